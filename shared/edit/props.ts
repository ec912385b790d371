/**
 * Edits of one value: a resource's name or prop, a connection's field, the design's region,
 * a whole new layout, saved scenarios. Setting a multi-subnet resource's `subnets` goes through
 * setPlacedSubnets so its shapes follow (removing a subnet removes its replica shape).
 */
import { isMessageKey } from '../i18n/index';
import type { Connection, ConnectionKind, LayoutBox, Protocol } from '../model/types';
import { findResource } from './ids';
import { isMultiSubnet, setPlacedSubnets } from './subnets';
import type { Message } from './types';
import { ok, operation, refuse } from './types';

/** The label of a field: its catalog name when it has one, else the key itself. */
export function fieldMessage(key: string): Message | string {
  const messageKey = `field.${key}`;
  return isMessageKey(messageKey) ? { key: messageKey } : key;
}

export const rename = operation<{ id: string; name: string }>(
  'rename',
  () => ({ key: 'ui.action.rename' }),
  (draft, args) => {
    const resource = findResource(draft, args.id);
    if (!resource) return refuse('edit.refused.unknown', { id: args.id });
    const name = args.name.trim();
    if (name === '') delete resource.name;
    else resource.name = name;
    return ok();
  },
);

/** Sets one prop; undefined removes it (the engine then assumes the documented default). */
export const setProp = operation<{ id: string; key: string; value: unknown }>(
  'setProp',
  (args) => ({ key: 'ui.action.edit', params: { field: fieldMessage(args.key) } }),
  (draft, args) => {
    const resource = findResource(draft, args.id);
    if (!resource) return refuse('edit.refused.unknown', { id: args.id });
    if (args.key === 'subnets' && isMultiSubnet(resource)) {
      const list = Array.isArray(args.value)
        ? args.value.filter((s): s is string => typeof s === 'string')
        : [];
      setPlacedSubnets(draft, args.id, list);
      return ok();
    }
    const props = resource.props as Record<string, unknown>;
    if (args.value === undefined) delete props[args.key];
    else props[args.key] = args.value;
    // A gateway endpoint is not placed in subnets: it goes back to the VPC level.
    if (resource.type === 'vpc-endpoint' && args.key === 'endpointType' && args.value === 'gateway') {
      setPlacedSubnets(draft, args.id, []);
    }
    return ok();
  },
);

export type ConnectionField =
  | { field: 'name'; value: string }
  | { field: 'kind'; value: ConnectionKind }
  | { field: 'protocol'; value: Protocol }
  | { field: 'port'; value: number | undefined }
  | { field: 'ipVersion'; value: 4 | 6 };

const FIELD_LABEL: Record<ConnectionField['field'], Message> = {
  name: { key: 'ui.inspector.name' },
  kind: { key: 'ui.inspector.kind' },
  protocol: { key: 'ui.inspector.protocol' },
  port: { key: 'ui.inspector.port' },
  ipVersion: { key: 'field.ipVersion' },
};

function applyConnectionField(connection: Connection, change: ConnectionField): void {
  switch (change.field) {
    case 'name': {
      const name = change.value.trim();
      if (name === '') delete connection.name;
      else connection.name = name;
      return;
    }
    case 'kind':
      // Only network traffic has a protocol and port; a flow kind drops them.
      if (change.value === 'network') {
        delete connection.kind;
        connection.protocol ??= 'tcp';
        connection.port ??= 443;
      } else {
        connection.kind = change.value;
        delete connection.protocol;
        delete connection.port;
      }
      return;
    case 'protocol':
      connection.protocol = change.value;
      if (change.value === 'all' || change.value === 'icmp') delete connection.port;
      return;
    case 'port':
      if (change.value === undefined) delete connection.port;
      else connection.port = change.value;
      return;
    case 'ipVersion':
      // IPv4 is the default: written only when the traffic is IPv6.
      if (change.value === 6) connection.ipVersion = 6;
      else delete connection.ipVersion;
  }
}

export const setConnectionField = operation<{ id: string } & ConnectionField>(
  'setConnectionField',
  (args) => ({ key: 'ui.action.edit', params: { field: FIELD_LABEL[args.field] } }),
  (draft, args) => {
    const connection = draft.connections.find((c) => c.id === args.id);
    if (!connection) return refuse('edit.refused.unknown', { id: args.id });
    applyConnectionField(connection, args);
    return ok();
  },
);

export const setRegion = operation<{ region: string }>(
  'setRegion',
  () => ({ key: 'costPanel.action.region' }),
  (draft, args) => {
    draft.region = args.region;
    return ok();
  },
);

/** Replaces layout boxes (Tidy up): one undo entry, so a bad result is one Ctrl+Z. */
export const applyLayout = operation<{ boxes: Readonly<Record<string, LayoutBox>> }>(
  'applyLayout',
  () => ({ key: 'ui.action.layout' }),
  (draft, args) => {
    draft.layout = { ...draft.layout, ...args.boxes };
    return ok();
  },
);
