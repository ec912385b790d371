/**
 * How a panel names a resource or connection id: the name the user gave it, else the id, with
 * the translated type so "web" reads "web (ECS service)". Connections read "from → to".
 */
import type { Locale } from '../../shared/i18n/index';
import { t } from '../../shared/i18n/index';
import { resourceLookup } from '../../shared/diagram/attachments';
import type { Connection, Design } from '../../shared/model/types';

export interface ItemLabel {
  id: string;
  /** The name, or the id when unnamed. */
  label: string;
  /** Translated type ("ECS service"), or "" for a connection or an id not in the design. */
  kind: string;
  /** The id names nothing in the design (a finding about something since deleted). */
  missing: boolean;
}

export type Labeler = (id: string) => ItemLabel;

// Kept per list: the Problems panel makes a labeler for every engine answer, and an edit of a
// resource leaves the connections (and a map of them) as they were.
const connectionMaps = new WeakMap<Design['connections'], Map<string, Connection>>();

function connectionsById(design: Design): Map<string, Connection> {
  let map = connectionMaps.get(design.connections);
  if (!map) {
    map = new Map(design.connections.map((connection) => [connection.id, connection]));
    connectionMaps.set(design.connections, map);
  }
  return map;
}

export function labeler(design: Design, locale: Locale): Labeler {
  // The resources by id from the index the canvas keeps per resource list: no map per answer.
  const resourceOf = resourceLookup(design);
  const nameOf = (id: string): string => resourceOf(id)?.name || id;
  return (id) => {
    const resource = resourceOf(id);
    if (resource) {
      return { id, label: resource.name || id, kind: t(locale, `type.${resource.type}`), missing: false };
    }
    const connection = connectionsById(design).get(id);
    if (connection) {
      const label = connection.name || `${nameOf(connection.from)} → ${nameOf(connection.to)}`;
      return { id, label, kind: '', missing: false };
    }
    return { id, label: id, kind: '', missing: true };
  };
}
