/**
 * File > Import CloudFormation… and File > Compare with…: the app side of shared/interop.
 * Import replaces the open design only after the unsaved-changes guard and only when the
 * template could be read; a template that cannot be used leaves the open work as it was.
 */
import { diffDesigns, importCloudFormation, InteropError } from '../../shared/interop/index';
import { describeIssue, parseDesign } from '../../shared/model/index';
import type { Command, CommandContext } from '../app/command';
import { sessionFor } from '../files/registry';
import { markDiff } from './marks';
import { pickText } from './pickText';
import { setInterop, showInteropPanel } from './state';

async function importTemplate({ store, host, t, toast }: CommandContext): Promise<void> {
  let picked;
  try {
    picked = await pickText('.yaml,.yml,.json,.template,.txt');
  } catch (error) {
    toast(t('interop.ui.readFailed', { reason: String(error) }), 'error');
    return;
  }
  if (!picked) return;
  try {
    const { design, report } = await importCloudFormation(picked.text, { fileName: picked.name });
    if (!(await sessionFor(store, host).startFrom(design))) return;
    setInterop({ imported: { file: picked.name, report }, baseline: null });
    markDiff(null);
    toast(t('interop.report.title', { imported: report.imported, total: report.total, file: picked.name }));
    showInteropPanel();
  } catch (error) {
    if (!(error instanceof InteropError)) throw error;
    const { note } = error;
    const message = t(note.key, note.params);
    toast(
      t('cli.import.failed', { file: picked.name, line: note.line ?? 1, column: note.column ?? 1, message }),
      'error',
    );
  }
}

async function compareWith({ store, t, toast }: CommandContext): Promise<void> {
  let picked;
  try {
    picked = await pickText('.json');
  } catch (error) {
    toast(t('interop.ui.readFailed', { reason: String(error) }), 'error');
    return;
  }
  if (!picked) return;
  const parsed = parseDesign(picked.text);
  if (!parsed.ok) {
    const [first] = parsed.issues;
    toast(first ? describeIssue(first, store.getState().locale, picked.name) : picked.name, 'error');
    return;
  }
  setInterop({ baseline: { file: picked.name, design: parsed.design } });
  markDiff(diffDesigns(parsed.design, store.getState().design, store.getState().locale));
  showInteropPanel();
}

export const interopCommands: Command[] = [
  { id: 'file.importCloudFormation', labelKey: 'interop.ui.import', group: 'file', run: importTemplate },
  { id: 'file.compareWith', labelKey: 'interop.ui.compare', group: 'file', run: compareWith },
];
