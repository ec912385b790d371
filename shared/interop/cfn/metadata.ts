/**
 * Template-level facts import reads before and after mapping: the transforms it declares, and the
 * `Metadata.Skyplan` block a Skyplan export writes (the design's connections and internet).
 */
import type { Connection } from '../../model/types';
import type { Mapper } from './mapper';
import { isRecord } from './values';

export function transformsOf(template: Record<string, unknown>): string[] {
  const value = template.Transform;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (isRecord(item) ? String(item.Name ?? '') : String(item)));
}

export function skyplanMetadata(value: Record<string, unknown>): Record<string, unknown> | undefined {
  const metadata = isRecord(value.Metadata) ? value.Metadata.Skyplan : undefined;
  return isRecord(metadata) ? metadata : undefined;
}

export function metadataConnections(m: Mapper, value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  // The design's own flows replace what the mappers inferred from subscriptions and mappings.
  m.connections.length = 0;
  for (const item of value) {
    if (!isRecord(item)) continue;
    const connection = { ...item } as unknown as Connection;
    if (m.byId.has(connection.from) && m.byId.has(connection.to)) m.connections.push(connection);
  }
  return true;
}

export function metadataInternet(m: Mapper, value: unknown): void {
  for (const item of Array.isArray(value) ? value : []) {
    if (!isRecord(item) || typeof item.id !== 'string' || m.byId.has(item.id)) continue;
    m.add({
      id: item.id,
      type: 'internet',
      ...(typeof item.name === 'string' ? { name: item.name } : {}),
      props: isRecord(item.props) ? item.props : {},
    });
  }
}
