/**
 * Shape checks for every IPC payload. The renderer is treated as untrusted: a compromised or
 * buggy page must not be able to make main write outside what the user chose, write an invalid
 * document, or allocate without bound. Designs are checked with the same schema the file loader
 * uses (shared/model); everything else by shape and size.
 */
import type { Draft, ExportFile, FileRef, SaveOptions } from '../renderer/host/host';
import { parseDesign } from '../shared/model/index';
import { MAX_DESIGN_BYTES } from './file-store';

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

/** A file name without folders or control characters, as offered in a save dialog. */
export function isSafeFileName(value: unknown): value is string {
  return isString(value, MAX_NAME, 1) && !/[/\\\p{Cc}]/u.test(value) && value !== '.' && value !== '..';
}

export function isFileRef(value: unknown): value is FileRef {
  return isObject(value) && isString(value.id, MAX_PATH, 1) && isString(value.name, MAX_NAME, 1);
}

export function isSaveOptions(value: unknown): value is SaveOptions | undefined {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  return (
    Object.keys(value).every((key) => key === 'saveAs' || key === 'force') &&
    (value.saveAs === undefined || typeof value.saveAs === 'boolean') &&
    (value.force === undefined || typeof value.force === 'boolean')
  );
}

/** Design text of a plausible size (its content is checked where it is written). */
export function isDesignText(value: unknown): value is string {
  return isString(value, MAX_DESIGN_BYTES, 1);
}

/** True when `text` is a design the schema accepts (never writes half-valid documents). */
export function isValidDesignText(value: unknown): value is string {
  return isDesignText(value) && parseDesign(value).ok;
}

export function isExportFile(value: unknown): value is ExportFile {
  if (!isObject(value) || !isSafeFileName(value.name) || !isString(value.mime, 100, 1)) return false;
  const data = value.data;
  if (typeof data === 'string') return data.length <= MAX_EXPORT_BYTES;
  return data instanceof Uint8Array && data.byteLength <= MAX_EXPORT_BYTES;
}

export function isDraftId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/** A draft as stored on disk or sent by the renderer; its text must be a valid design. */
export function isDraftRecord(value: unknown): value is Draft {
  return (
    isObject(value) &&
    isDraftId(value.id) &&
    (value.file === null || isFileRef(value.file)) &&
    isString(value.savedAt, 40, 1) &&
    !Number.isNaN(Date.parse(value.savedAt)) &&
    isValidDesignText(value.text)
  );
}

export function isWindowState(value: unknown): value is { title: string; dirty: boolean } {
  return isObject(value) && isString(value.title, 300) && typeof value.dirty === 'boolean';
}

export function isReportHtml(value: unknown): value is string {
  return isString(value, MAX_EXPORT_BYTES, 1);
}
