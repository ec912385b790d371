/**
 * What import, export and diff tell the user: a message key of the `interop` catalogue with its
 * parameters, and where known the template line it is about. The CLI and the app translate them.
 */
import type { MessageKey, MessageParams } from '../i18n/index';

export interface InteropNote {
  key: MessageKey;
  params: MessageParams;
  line?: number;
  column?: number;
  /** A nested template's path (as written in TemplateURL) when the note is about that file. */
  file?: string;
}

/** Thrown for input that cannot be imported at all (the CLI exits 2 with file and line). */
export class InteropError extends Error {
  constructor(readonly note: InteropNote) {
    super(note.key);
  }
}
