/**
 * The one dialog the file flows may show at a time: confirm (discard changes, overwrite), the
 * issues of a file that did not open, an error, or the offer to restore an autosaved draft.
 * A native <dialog> opened with showModal(): focus is trapped and Escape cancels.
 */
import { useEffect, useRef } from 'react';
import { useLocale, useT } from '../i18n';
import { issueLines } from './load';
import { draftTime } from './session';
import type { Dialog, Message } from './uiState';

function cancel(dialog: Dialog): void {
  if (dialog.kind === 'confirm') dialog.answer(false);
  else if (dialog.kind === 'draft') dialog.answer('later');
  else dialog.close();
}

export function FileDialog({ dialog }: { dialog: Dialog }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const say = (message: Message | string): string =>
    typeof message === 'string' ? message : t(message.key, message.params);

  useEffect(() => {
    const element = ref.current;
    if (element && !element.open) element.showModal();
    // showModal() focuses the first button; the safe choice (Cancel, Restore, OK) gets it instead,
    // so Enter never discards work by accident. React's autoFocus runs before showModal.
    element?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => element?.close();
  }, [dialog]);

  return (
    <dialog
      ref={ref}
      className={`file-dialog file-dialog-${dialog.kind}`}
      data-testid={`file-dialog-${dialog.kind}`}
      aria-labelledby="file-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        cancel(dialog);
      }}
    >
      <DialogBody dialog={dialog} say={say} />
    </dialog>
  );
}

function DialogBody({ dialog, say }: { dialog: Dialog; say: (message: Message | string) => string }) {
  const t = useT();
  const locale = useLocale();
  switch (dialog.kind) {
    case 'confirm':
      return (
        <>
          <h2 id="file-dialog-title">{say(dialog.title)}</h2>
          <p>{say(dialog.body)}</p>
          <div className="file-dialog-buttons">
            <button type="button" onClick={() => dialog.answer(false)} data-autofocus>
              {t('files.cancel')}
            </button>
            <button
              type="button"
              className={dialog.danger ? 'danger' : 'primary'}
              data-testid="confirm-ok"
              onClick={() => dialog.answer(true)}
            >
              {say(dialog.confirm)}
            </button>
          </div>
        </>
      );
    case 'issues':
      return (
        <>
          <h2 id="file-dialog-title">{t('files.openFailed.title', { file: dialog.file })}</h2>
          <p>{t('files.openFailed.body', { count: dialog.issues.length })}</p>
          <ol className="file-dialog-issue-list" data-testid="open-issues">
            {issueLines(dialog.issues, dialog.file, locale).map((line, index) => (
              <li key={index}>
                <code>{line}</code>
              </li>
            ))}
          </ol>
          <p className="file-dialog-hint">{t('files.openFailed.hint')}</p>
          <div className="file-dialog-buttons">
            <button type="button" className="primary" onClick={dialog.close} data-autofocus>
              {t('files.ok')}
            </button>
          </div>
        </>
      );
    case 'error':
      return (
        <>
          <h2 id="file-dialog-title">{say(dialog.title)}</h2>
          <p>{say(dialog.body)}</p>
          <div className="file-dialog-buttons">
            <button type="button" className="primary" onClick={dialog.close} data-autofocus>
              {t('files.ok')}
            </button>
          </div>
        </>
      );
    case 'draft':
      return (
        <>
          <h2 id="file-dialog-title">
            {t('files.draft.offer', { time: draftTime(dialog.draft.savedAt, locale, new Date()) })}
          </h2>
          <p>{t('files.draft.detail', { name: dialog.name })}</p>
          <div className="file-dialog-buttons">
            <button
              type="button"
              className="danger"
              data-testid="draft-discard"
              onClick={() => dialog.answer('discard')}
            >
              {t('files.draft.discard')}
            </button>
            <button
              type="button"
              className="primary"
              data-testid="draft-restore"
              onClick={() => dialog.answer('restore')}
              data-autofocus
            >
              {t('files.draft.restore')}
            </button>
          </div>
        </>
      );
  }
}
