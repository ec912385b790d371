/**
 * The designs the welcome screen offers: templates (assets/templates, made to start from) and
 * examples (assets/examples, made to look at). Both are bundled as text and parsed with the same
 * loader as a user's file, so a template that stops loading fails the unit test, not a user.
 *
 * Names and descriptions: a template carries its translations in the file, under
 * `"i18n": { "ko": { "name", "description" } }` (an extra top-level field, which the format
 * allows); examples have no such block and take theirs from `welcome.example.<id>.*` messages.
 * Starting from either gives a new design named in the user's language, without the block.
 */
import type { Locale } from '../../shared/i18n/index';
import { isMessageKey, t } from '../../shared/i18n/index';
import { parseDesign } from '../../shared/model/load';
import type { Design } from '../../shared/model/types';

export type TemplateKind = 'template' | 'example';

export interface TemplateEntry {
  /** The file name without `.skyplan.json`, e.g. "two-tier-web-app". */
  id: string;
  kind: TemplateKind;
  design: Design;
}

export interface TemplateLabel {
  name: string;
  description: string;
}

const templateFiles = import.meta.glob<string>('../../assets/templates/*.skyplan.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const exampleFiles = import.meta.glob<string>('../../assets/examples/*.skyplan.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function idOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.skyplan\.json$/, '');
}

/** Parses bundled files; one that does not load is left out and reported in `broken`. */
export function readEntries(
  files: Record<string, string>,
  kind: TemplateKind,
): { entries: TemplateEntry[]; broken: string[] } {
  const entries: TemplateEntry[] = [];
  const broken: string[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const result = parseDesign(text);
    if (result.ok) entries.push({ id: idOf(path), kind, design: result.design });
    else broken.push(path);
  }
  return { entries, broken };
}

const templates = readEntries(templateFiles, 'template');
const examples = readEntries(exampleFiles, 'example');

/** Order on the welcome screen: simplest first, as a course would introduce them. */
const TEMPLATE_ORDER = [
  'static-site',
  'serverless-api',
  'sns-sqs-fan-out',
  'two-tier-web-app',
  'private-subnets-nat',
  'ecs-rolling-update',
];

function rank(id: string): number {
  const index = TEMPLATE_ORDER.indexOf(id);
  return index === -1 ? TEMPLATE_ORDER.length : index;
}

export const TEMPLATES: readonly TemplateEntry[] = [...templates.entries].sort(
  (a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1),
);
/**
 * Examples not also offered as a template: a design bundled in both folders (kept in
 * assets/examples for the CLI and its tests) is listed once, as the template.
 */
export function uniqueExamples(
  examples: readonly TemplateEntry[],
  templates: readonly TemplateEntry[],
): TemplateEntry[] {
  const templateIds = new Set(templates.map((entry) => entry.id));
  return examples.filter((entry) => !templateIds.has(entry.id));
}

export const EXAMPLES: readonly TemplateEntry[] = uniqueExamples(examples.entries, TEMPLATES);
/** Bundled files that did not load (a unit test keeps this empty). */
export const BROKEN_BUNDLED: readonly string[] = [...templates.broken, ...examples.broken];

function translations(design: Design, locale: Locale): Partial<TemplateLabel> {
  const block = design.i18n;
  if (typeof block !== 'object' || block === null) return {};
  const entry = (block as Record<string, unknown>)[locale];
  if (typeof entry !== 'object' || entry === null) return {};
  const { name, description } = entry as Record<string, unknown>;
  return {
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof description === 'string' ? { description } : {}),
  };
}

export function templateLabel(entry: TemplateEntry, locale: Locale): TemplateLabel {
  const inFile = translations(entry.design, locale);
  // Only examples read messages: a template and an example may share an id (two-tier-web-app).
  const prefix = entry.kind === 'example' ? `welcome.example.${entry.id}` : '';
  const nameKey = `${prefix}.name`;
  const descriptionKey = `${prefix}.description`;
  return {
    name: inFile.name ?? (isMessageKey(nameKey) ? t(locale, nameKey) : entry.design.name),
    description:
      inFile.description ??
      (isMessageKey(descriptionKey) ? t(locale, descriptionKey) : (entry.design.description ?? '')),
  };
}

/** A fresh copy to edit: named in the user's language, without the translations block. */
export function instantiate(entry: TemplateEntry, locale: Locale): Design {
  const { i18n: _translations, ...rest } = structuredClone(entry.design);
  const label = templateLabel(entry, locale);
  return { ...rest, name: label.name, description: label.description } as Design;
}
