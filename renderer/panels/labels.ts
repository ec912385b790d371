/**
 * How a panel names a resource or connection id: the name the user gave it, else the id, with
 * the translated type so "web" reads "web (ECS service)". Connections read "from → to".
 */
import type { Locale } from '../../shared/i18n/index';
import { t } from '../../shared/i18n/index';
import type { Design } from '../../shared/model/types';

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

export function labeler(design: Design, locale: Locale): Labeler {
  const resources = new Map(design.resources.map((resource) => [resource.id, resource]));
  const connections = new Map(design.connections.map((connection) => [connection.id, connection]));
  const nameOf = (id: string): string => resources.get(id)?.name || id;
  return (id) => {
    const resource = resources.get(id);
    if (resource) {
      return { id, label: resource.name || id, kind: t(locale, `type.${resource.type}`), missing: false };
    }
    const connection = connections.get(id);
    if (connection) {
      const label = connection.name || `${nameOf(connection.from)} → ${nameOf(connection.to)}`;
      return { id, label, kind: '', missing: false };
    }
    return { id, label: id, kind: '', missing: true };
  };
}
