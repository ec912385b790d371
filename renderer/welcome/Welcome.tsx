/**
 * The welcome screen, shown at start and on "New": start empty, open a file, reopen a recent
 * design, or start from a template or an example. Picking anything that replaces the open
 * design goes through the session, which asks first when there are unsaved changes.
 */
import { useEffect, useState } from 'react';
import type { RecentFile } from '../host/host';
import { useHost } from '../app/host';
import { useLocale, useT } from '../i18n';
import { useEditor } from '../store/index';
import type { FileSession } from '../files/session';
import { EXAMPLES, TEMPLATES, instantiate, templateLabel } from './templates';
import type { TemplateEntry } from './templates';
import { Thumbnail } from './Thumbnail';
import './welcome.css';

function useRecentFiles(): RecentFile[] {
  const host = useHost();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    let live = true;
    host?.recentFiles().then(
      (files) => {
        if (live) setRecent(files);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  return recent;
}

function openedAt(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

function TemplateCard({ entry, session }: { entry: TemplateEntry; session: FileSession }) {
  const t = useT();
  const locale = useLocale();
  const label = templateLabel(entry, locale);
  const theme = useEditor((state) => state.theme);
  return (
    <li>
      <button
        type="button"
        className="welcome-card"
        data-testid={`${entry.kind}-${entry.id}`}
        onClick={() => void session.startFrom(instantiate(entry, locale))}
      >
        <Thumbnail id={`${entry.kind}-${entry.id}`} design={entry.design} locale={locale} theme={theme} />
        <span className="welcome-card-name">{label.name}</span>
        <span className="welcome-card-description">{label.description}</span>
        <span className="welcome-card-meta">
          {t('welcome.resources', { count: entry.design.resources.length })}
        </span>
      </button>
    </li>
  );
}

export function Welcome({ session }: { session: FileSession }) {
  const t = useT();
  const locale = useLocale();
  const host = useHost();
  const recent = useRecentFiles();
  // "Back to my design" only when there is one: not on first launch over an empty canvas.
  const hasDesign = useEditor((state) => state.design.resources.length > 0 || state.file !== null);

  // Escape goes back to the design, as the close button does (not while a dialog is open:
  // the dialog handles its own Escape).
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.key === 'Escape' && !session.ui.get().dialog) session.closeWelcome();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);

  return (
    <div
      className="welcome"
      data-testid="welcome"
      role="dialog"
      aria-modal="true"
      aria-labelledby="welcome-title"
    >
      <div className="welcome-inner">
        <header className="welcome-header">
          <div>
            <h1 id="welcome-title">{t('welcome.title')}</h1>
            <p>{t('welcome.subtitle')}</p>
          </div>
          {hasDesign && (
            <button
              type="button"
              className="welcome-close"
              data-testid="welcome-close"
              onClick={session.closeWelcome}
            >
              {t('welcome.close')}
            </button>
          )}
        </header>
        <div className="welcome-columns">
          <section className="welcome-start">
            <button
              type="button"
              className="primary"
              data-testid="welcome-new"
              onClick={() => void session.startEmpty()}
            >
              {t('welcome.new')}
            </button>
            <button
              type="button"
              data-testid="welcome-open"
              disabled={!host}
              onClick={() => void session.open()}
            >
              {t('welcome.open')}
            </button>
            <h2>{t('welcome.recent')}</h2>
            {recent.length === 0 ? (
              <p className="welcome-muted">{t('welcome.recentEmpty')}</p>
            ) : (
              <ul className="welcome-recent">
                {recent.map((file) => (
                  <li key={file.id}>
                    <button
                      type="button"
                      data-testid="recent-file"
                      onClick={() => void session.openRecent(file)}
                    >
                      <span className="welcome-card-name">{file.name}</span>
                      <span className="welcome-muted">
                        {t('welcome.recentOpened', { when: openedAt(file.openedAt, locale) })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="welcome-gallery">
            <h2>{t('welcome.templates')}</h2>
            <ul className="welcome-cards">
              {TEMPLATES.map((entry) => (
                <TemplateCard key={entry.id} entry={entry} session={session} />
              ))}
            </ul>
            {EXAMPLES.length > 0 && (
              <>
                <h2>{t('welcome.examples')}</h2>
                <ul className="welcome-cards">
                  {EXAMPLES.map((entry) => (
                    <TemplateCard key={entry.id} entry={entry} session={session} />
                  ))}
                </ul>
              </>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
