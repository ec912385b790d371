import { useT } from '../i18n';
import { dismissToast, useToasts } from './toast';

export function Toasts() {
  const toasts = useToasts();
  const t = useT();
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{toast.message}</span>
          <button type="button" aria-label={t('ui.toast.close')} onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
