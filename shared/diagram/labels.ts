/** Text drawn on a diagram besides names: a connection's label. */
import type { Connection } from '../model/types';
import { FONTS } from './style';

/** Edge label: "tcp/443", "all", or the kind of a service-to-service connection ("invoke"). */
export function connectionLabel(connection: Connection): string {
  const kind = connection.kind ?? 'network';
  if (kind !== 'network') return kind;
  const protocol = connection.protocol ?? 'tcp';
  if (protocol === 'all' || protocol === 'icmp') return protocol;
  return connection.port !== undefined ? `${protocol}/${connection.port}` : protocol;
}

/** Width of a connection label in diagram units (generous: layouts keep this much room clear). */
export function labelWidth(text: string): number {
  return Math.ceil(text.length * FONTS.edgeLabel * 0.62) + 10;
}
