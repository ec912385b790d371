/**
 * The Host interface and the records it exchanges, as the renderer names them. The declarations
 * live in shared/host/host.ts because the desktop shell speaks the same types over IPC; the
 * renderer's modules import them from here so that its only door to the outside stays in
 * renderer/host/.
 */
export type {
  Draft,
  ExportFile,
  FileRef,
  Host,
  MenuCommand,
  OpenResult,
  RecentFile,
  SaveOptions,
  SaveResult,
} from '../../shared/host/host';
