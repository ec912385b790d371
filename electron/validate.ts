/**
 * Shape checks for every IPC payload. The renderer is treated as untrusted: a compromised or
 * buggy page must not be able to make main write outside what the user chose, write an invalid
 * document, or allocate without bound. Designs are checked with the same schema the file loader
 * uses (shared/model); everything else by shape and size.
 *
 * Every check returns a boolean and never throws, whatever it is given: each is wrapped in
 * `never throws` below, so a hostile payload is refused instead of failing the IPC handler.
 */
import type { Draft, ExportFile, FileRef, SaveOptions } from '../shared/host/host';
import { parseDesign } from '../shared/model/index';
import { isPortableFileName } from './file-names';
import { MAX_DESIGN_BYTES } from './file-store';

/** Wraps a check so that any exception means "no". */
function neverThrows<T>(check: (value: unknown) => boolean): (value: unknown) => value is T {
  return (value: unknown): value is T => {
    try {
      return check(value) === true;
    } catch {
      return false;
    }
  };
}

/** Exports carry images as data URLs; a 2x PNG of a large diagram stays far below this. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;
const MAX_PATH = 4096;
const MAX_NAME = 255;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown, max: number, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

/** A file name without folders, control or bidi characters, usable on every system (file-names.ts). */
export const isSafeFileName = neverThrows<string>((value) => isPortableFileName(value));

export const isFileRef = neverThrows<FileRef>(
  (value) => isObject(value) && isString(value.id, MAX_PATH, 1) && isString(value.name, MAX_NAME, 1),
);

export const isSaveOptions = neverThrows<SaveOptions | undefined>((value) => {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  return (
    Object.keys(value).every((key) => key === 'saveAs' || key === 'force') &&
    (value.saveAs === undefined || typeof value.saveAs === 'boolean') &&
    (value.force === undefined || typeof value.force === 'boolean')
  );
});

/**
 * Design text of a size the app can open again: MAX_DESIGN_BYTES in UTF-8 bytes, the limit
 * open applies (its content is checked where it is written).
 */
export const isDesignText = neverThrows<string>(
  (value) =>
    isString(value, MAX_DESIGN_BYTES, 1) &&
    // A string of n UTF-16 units is at most 3n UTF-8 bytes: count only when it could matter.
    (value.length * 3 <= MAX_DESIGN_BYTES || Buffer.byteLength(value, 'utf8') <= MAX_DESIGN_BYTES),
);

/** True when `text` is a design the schema accepts (never writes half-valid documents). */
export const isValidDesignText = neverThrows<string>((value) => isDesignText(value) && parseDesign(value).ok);

export const isExportFile = neverThrows<ExportFile>((value) => {
  if (!isObject(value) || !isSafeFileName(value.name) || !isString(value.mime, 100, 1)) return false;
  const data = value.data;
  if (typeof data === 'string') return data.length <= MAX_EXPORT_BYTES;
  return data instanceof Uint8Array && data.byteLength <= MAX_EXPORT_BYTES;
});

export const isDraftId = neverThrows<string>(
  (value) => typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value),
);

/**
 * A draft's shape, its text of a size that can be opened (checked as a design by the handler,
 * off the main thread when large: design-check.ts).
 */
export const isDraftShape = neverThrows<Draft>(
  (value) =>
    isObject(value) &&
    isDraftId(value.id) &&
    (value.file === null || isFileRef(value.file)) &&
    isString(value.savedAt, 40, 1) &&
    !Number.isNaN(Date.parse(value.savedAt)) &&
    isDesignText(value.text),
);

/** A draft as stored on disk or sent by the renderer; its text must be a valid design. */
export const isDraftRecord = neverThrows<Draft>(
  (value) =>
    isObject(value) &&
    isDraftId(value.id) &&
    (value.file === null || isFileRef(value.file)) &&
    isString(value.savedAt, 40, 1) &&
    !Number.isNaN(Date.parse(value.savedAt)) &&
    isValidDesignText(value.text),
);

export const isWindowState = neverThrows<{ title: string; dirty: boolean }>(
  (value) => isObject(value) && isString(value.title, 300) && typeof value.dirty === 'boolean',
);

export const isReportHtml = neverThrows<string>((value) => isString(value, MAX_EXPORT_BYTES, 1));
