/**
 * The palette, generated from the catalog: grouped by category, searchable in English and
 * Korean whatever the UI language. Items drag onto the canvas (HTML5 DnD carrying the type)
 * or add with a click / Enter for keyboard users.
 */
import { useMemo, useState } from 'react';
import type { DragEvent } from 'react';
import { CATALOG, CATEGORIES, paletteTypes } from '../../shared/catalog/index';
import type { ResourceType } from '../../shared/model/types';
import { DRAG_TYPE } from '../canvas/dnd';
import { iconUrl } from '../canvas/icons';
import { useAddResource } from '../canvas/useAddResource';
import { useT } from '../i18n';
import { matchesQuery } from './search';

function onDragStart(event: DragEvent, type: ResourceType) {
  event.dataTransfer.setData(DRAG_TYPE, type);
  event.dataTransfer.effectAllowed = 'copy';
}

export function Palette() {
  const t = useT();
  const [query, setQuery] = useState('');
  const { addSomewhere } = useAddResource();
  const groups = useMemo(() => {
    const types = paletteTypes().filter((type) => matchesQuery(type, query));
    return CATEGORIES.map((category) => ({
      category,
      types: types.filter((type) => CATALOG[type].category === category),
    })).filter((group) => group.types.length > 0);
  }, [query]);

  return (
    <div className="palette" data-testid="palette">
      <h2 className="panel-title">{t('ui.palette.title')}</h2>
      <input
        type="search"
        className="palette-search"
        placeholder={t('ui.palette.search')}
        aria-label={t('ui.palette.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {groups.length === 0 && <p className="muted">{t('ui.palette.noMatch', { query })}</p>}
      {groups.map(({ category, types }) => (
        <section key={category} className="palette-group">
          <h3>{t(`category.${category}`)}</h3>
          <ul>
            {types.map((type) => (
              <li key={type}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  data-testid={`palette-${type}`}
                  title={`${t(`typeHelp.${type}`)}\n${t('ui.palette.addHint', { type: t(`type.${type}`) })}`}
                  onDragStart={(event) => onDragStart(event, type)}
                  onClick={() => addSomewhere(type)}
                >
                  <img src={iconUrl(type)} alt="" width={24} height={24} draggable={false} />
                  <span>{t(`type.${type}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
