/** Palette search: matches English and Korean labels and help whatever the UI language. */
import { paletteTypes } from '../../shared/catalog/index';
import { t } from '../../shared/i18n/index';
import type { ResourceType } from '../../shared/model/types';

function searchText(type: ResourceType): string {
  return [
    type,
    t('en', `type.${type}`),
    t('ko', `type.${type}`),
    t('en', `typeHelp.${type}`),
    t('ko', `typeHelp.${type}`),
  ]
    .join(' ')
    .toLowerCase();
}

const SEARCH = new Map(paletteTypes().map((type) => [type, searchText(type)]));

/** Every word of the query must appear in the type's labels or help, in either language. */
export function matchesQuery(type: ResourceType, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const text = SEARCH.get(type) ?? '';
  return words.every((word) => text.includes(word));
}
