/** Undo/redo labels as text in the current language (they are stored as message keys). */
import { translateMessage } from '../../shared/edit/index';
import type { Translate } from '../../shared/i18n/index';
import type { HistoryLabel } from './types';

export function historyLabelText(t: Translate, label: HistoryLabel): string {
  return typeof label === 'string' ? label : translateMessage(t, label);
}
