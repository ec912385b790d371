/**
 * Defensive readers for props. The canvas asks the engine about half-edited designs before the
 * schema check has run, so a list may be a string and a rule may be null; these readers turn
 * such values into "nothing there" instead of an exception.
 */

const NO_IDS: readonly string[] = [];

/**
 * The strings of a list of ids; anything else reads as an empty list. A list of strings only
 * (what a valid design holds) is given back as it is: the rules read every resource's lists on
 * every edit, and a copy of each was most of some rules' garbage.
 */
export function idsOf(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return NO_IDS;
  return value.every((item) => typeof item === 'string')
    ? (value as readonly string[])
    : value.filter((item): item is string => typeof item === 'string');
}

/** The object entries of a list of rules or routes; anything else reads as an empty list. */
export function entriesOf<T extends object>(value: unknown): T[] {
  return Array.isArray(value)
    ? value.filter((item): item is T => typeof item === 'object' && item !== null && !Array.isArray(item))
    : [];
}
