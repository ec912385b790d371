/**
 * Renders the question asked with `askConfirm` or `askFileName` (./confirm.ts) as a modal
 * <dialog>: showModal() traps focus, Escape answers "no", Tab moves between the controls and
 * Enter or Space presses the focused button (Enter in the name field saves). For a yes/no
 * question Cancel has the focus first, so a stray Enter never deletes anything.
 * It borrows the look of the file dialogs (renderer/files/files.css, always loaded by App).
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n';
import { useValue } from '../store/valueStore';
import { confirmStore } from './confirm';
import type { PendingConfirm } from './confirm';

export function ConfirmDialog() {
  const question = useValue(confirmStore);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!question || !element) return;
    if (!element.open) element.showModal();
    const first = element.querySelector<HTMLElement>('[data-autofocus]');
    first?.focus();
    if (first instanceof HTMLInputElement) first.select();
    return () => element.close();
  }, [question]);

  if (!question) return null;
  return (
    <dialog
      ref={ref}
      className="file-dialog file-dialog-confirm app-confirm"
      data-testid="app-confirm"
      aria-labelledby="app-confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        question.answer(false);
      }}
    >
      {question.fileName === undefined ? (
        <YesNo question={question} />
      ) : (
        <FileNameForm key={question.fileName} question={question} />
      )}
    </dialog>
  );
}

function YesNo({ question }: { question: PendingConfirm }) {
  const t = useT();
  return (
    <>
      <h2 id="app-confirm-title">{t('polish.confirm.title')}</h2>
      <p>{question.message}</p>
      <div className="file-dialog-buttons">
        <button
          type="button"
          data-testid="app-confirm-cancel"
          data-autofocus
          onClick={() => question.answer(false)}
        >
          {t('polish.confirm.cancel')}
        </button>
        <button
          type="button"
          className={question.danger ? 'danger' : 'primary'}
          data-testid="app-confirm-ok"
          onClick={() => question.answer(true)}
        >
          {question.confirmLabel ?? t('polish.confirm.ok')}
        </button>
      </div>
    </>
  );
}

function FileNameForm({ question }: { question: PendingConfirm }) {
  const t = useT();
  const [name, setName] = useState(question.fileName ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) question.answer(true, name);
  };
  return (
    <form onSubmit={submit}>
      <h2 id="app-confirm-title">{t('polish.save.nameTitle')}</h2>
      <p>
        <label>
          {t('polish.save.name')}
          <br />
          <input
            className="app-confirm-name"
            data-testid="app-confirm-name"
            data-autofocus
            value={name}
            spellCheck={false}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
      </p>
      <div className="file-dialog-buttons">
        <button type="button" data-testid="app-confirm-cancel" onClick={() => question.answer(false)}>
          {t('polish.confirm.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="app-confirm-ok" disabled={!name.trim()}>
          {t('polish.save.nameSave')}
        </button>
      </div>
    </form>
  );
}
