/** The top bar: document title, menus generated from the command registry, status and toggles. */
import { useFindings } from '../engine/index';
import { useT } from '../i18n';
import { historyLabelText, useEditor, useEditorStore } from '../store/index';
import { COMMAND_GROUPS } from './command';
import { COMMANDS } from './commands';
import { Menu } from './Menu';
import { useHost } from './host';
import { sessionFor } from '../files/registry';
import { emptyDesign } from '../store/editorStore';

const DEFAULT_NAME = emptyDesign().name;

function ProblemCount() {
  const t = useT();
  // Urgent: the count shows in the frame after the engine answers, before the canvas re-maps.
  const findings = useFindings('urgent');
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors === 0 && warnings === 0) {
    return (
      <span className="status status-ok" data-testid="problem-count" data-errors={0} data-warnings={0}>
        {t('ui.status.noProblems')}
      </span>
    );
  }
  return (
    <span className="status" data-testid="problem-count" data-errors={errors} data-warnings={warnings}>
      {errors > 0 && <span className="status-error">{t('ui.status.errors', { count: errors })}</span>}
      {warnings > 0 && <span className="status-warning">{t('ui.status.warnings', { count: warnings })}</span>}
    </span>
  );
}

export function TopBar() {
  const t = useT();
  const store = useEditorStore();
  const host = useHost();
  const name = useEditor((s) => s.design.name);
  const fileName = useEditor((s) => s.file?.name ?? null);
  const dirty = useEditor((s) => s.dirty);
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const undoLabel = useEditor((s) => s.undoLabel);
  const redoLabel = useEditor((s) => s.redoLabel);
  const theme = useEditor((s) => s.theme);
  const locale = useEditor((s) => s.locale);

  return (
    <header className="topbar">
      <button
        type="button"
        className="brand"
        data-testid="brand"
        title={t('polish.welcome.logo')}
        aria-label={t('polish.welcome.logo')}
        onClick={() => sessionFor(store, host).showWelcome()}
      >
        {t('ui.app.title')}
      </button>
      <nav className="menus">
        {COMMAND_GROUPS.map((group) => {
          const commands = COMMANDS.filter((command) => command.group === group);
          return commands.length > 0 ? <Menu key={group} group={group} commands={commands} /> : null;
        })}
      </nav>
      <span className="doc-title" title={fileName ?? undefined}>
        {/* A new design's stored default name is shown in the reader's language. */}
        {!name || name === DEFAULT_NAME ? t('ui.app.untitled') : name}
        {dirty && (
          <span className="dirty-dot" title={t('ui.app.unsaved')} aria-label={t('ui.app.unsaved')}>
            ●
          </span>
        )}
      </span>
      <div className="topbar-tools">
        <button
          type="button"
          className="icon-button"
          disabled={!canUndo}
          title={
            undoLabel ? t('ui.cmd.undoAction', { action: historyLabelText(t, undoLabel) }) : t('ui.cmd.undo')
          }
          aria-label={t('ui.cmd.undo')}
          onClick={() => store.undo()}
        >
          ↶
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={!canRedo}
          title={
            redoLabel ? t('ui.cmd.redoAction', { action: historyLabelText(t, redoLabel) }) : t('ui.cmd.redo')
          }
          aria-label={t('ui.cmd.redo')}
          onClick={() => store.redo()}
        >
          ↷
        </button>
        <ProblemCount />
        <button
          type="button"
          className="icon-button"
          aria-pressed={theme === 'dark'}
          title={t('ui.cmd.toggleTheme')}
          aria-label={t('ui.cmd.toggleTheme')}
          data-testid="theme-toggle"
          onClick={() => store.setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? '☀' : '☾'}
        </button>
        <select
          aria-label={t('ui.locale.label')}
          data-testid="locale-select"
          value={locale}
          onChange={(event) => store.setLocale(event.target.value === 'ko' ? 'ko' : 'en')}
        >
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </div>
    </header>
  );
}
