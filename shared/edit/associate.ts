/**
 * Connection gestures and the associations they make: `connect` performs what
 * `connectionMeaning` (connect.ts) says a drawn line means; `associate` / `disassociate` link or
 * unlink a pair directly (subnet ↔ route table, subnet ↔ network ACL, resource ↔ security
 * group, gateway endpoint ↔ route table), for chips and drops on the canvas.
 */
import type { Design, Resource } from '../model/types';
import type { ConnectMeaning } from './connect';
import { connectionMeaning, meaningLabel } from './connect';
import { applyRoutePlan } from './gateway-routes';
import { findResource, freshId } from './ids';
import type { Message } from './types';
import { ok, operation, refuse, typeName } from './types';
import { displayName } from './where';

export interface ConnectResult {
  meaning: ConnectMeaning;
  /** What to select afterwards: the new connection, or the resource whose props changed. */
  select: string;
}

function perform(draft: Design, meaning: ConnectMeaning): string {
  const find = (id: string): Resource => findResource(draft, id) as Resource;
  switch (meaning.kind) {
    case 'traffic': {
      const id = freshId(draft, 'c');
      draft.connections.push({ id, ...meaning.connection });
      return id;
    }
    case 'route': {
      const table = find(meaning.routeTable);
      if (table.type === 'route-table') applyRoutePlan(table, meaning);
      return table.id;
    }
    case 'endpointRoute': {
      const endpoint = find(meaning.endpoint);
      if (endpoint.type === 'vpc-endpoint') {
        endpoint.props.routeTables = [...(endpoint.props.routeTables ?? []), meaning.routeTable];
      }
      return endpoint.id;
    }
    case 'associate': {
      const subnet = find(meaning.subnet);
      if (subnet.type === 'subnet') subnet.props[meaning.field] = meaning.table;
      return subnet.id;
    }
    case 'attach': {
      const props = find(meaning.resource).props as { securityGroups?: string[] };
      props.securityGroups = [...(props.securityGroups ?? []), meaning.group];
      return meaning.resource;
    }
  }
}

/**
 * A line drawn from `from` to `to`: becomes a route, an association, an attachment or a traffic
 * connection (its port from the target), or is refused with the reason.
 */
export const connect = operation<{ from: string; to: string }, ConnectResult>(
  'connect',
  (args, design) => {
    const meaning = connectionMeaning(design, args.from, args.to);
    return meaning.ok ? meaningLabel(design, meaning.value) : { key: 'ui.action.connect' };
  },
  (draft, args) => {
    const meaning = connectionMeaning(draft, args.from, args.to);
    if (!meaning.ok) return meaning;
    return ok({ meaning: meaning.value, select: perform(draft, meaning.value) });
  },
);

/**
 * Like connect, but never a traffic connection: an association, an attachment, or a route table
 * dropped on a gateway (the route it means). Traffic pairs are refused.
 */
export const associate = operation<{ from: string; to: string }, ConnectResult>(
  'associate',
  connect.label,
  (draft, args) => {
    const meaning = connectionMeaning(draft, args.from, args.to);
    if (!meaning.ok) return meaning;
    if (meaning.value.kind === 'traffic') {
      const a = findResource(draft, args.from) as Resource;
      const b = findResource(draft, args.to) as Resource;
      return refuse('edit.connect.meaningless', { from: typeName(a.type), to: typeName(b.type) });
    }
    return ok({ meaning: meaning.value, select: perform(draft, meaning.value) });
  },
);

/**
 * A route table dragged onto a gateway (its chip dropped there, or the table's shape in the
 * network details view): the routes `gatewayRoutePlan` (gateway-routes.ts) says it means, or the
 * table joins a gateway endpoint. Anything else is refused, so the gesture can never make a
 * traffic connection.
 */
export const routeToGateway = operation<{ table: string; gateway: string }, ConnectResult>(
  'routeToGateway',
  (args, design) => connect.label({ from: args.table, to: args.gateway }, design),
  (draft, args) => {
    const table = findResource(draft, args.table);
    const gateway = findResource(draft, args.gateway);
    if (!table) return refuse('edit.refused.unknown', { id: args.table });
    if (!gateway) return refuse('edit.refused.unknown', { id: args.gateway });
    if (table.type !== 'route-table') {
      return refuse('edit.connect.meaningless', { from: typeName(table.type), to: typeName(gateway.type) });
    }
    const meaning = connectionMeaning(draft, args.table, args.gateway);
    if (!meaning.ok) return meaning;
    if (meaning.value.kind !== 'route' && meaning.value.kind !== 'endpointRoute') {
      return refuse('edit.connect.notRouteTarget', { type: typeName(gateway.type) });
    }
    return ok({ meaning: meaning.value, select: perform(draft, meaning.value) });
  },
);

/** Undoes an association between two resources, whichever order they are given in. */
export const disassociate = operation<{ from: string; to: string }, void>(
  'disassociate',
  (args, design): Message => {
    const a = findResource(design, args.from);
    const b = findResource(design, args.to);
    if (!a || !b) return { key: 'ui.action.delete' };
    const group = a.type === 'security-group' ? a : b.type === 'security-group' ? b : undefined;
    if (group) {
      const other = group === a ? b : a;
      return {
        key: 'edit.action.detach',
        params: { group: displayName(group), resource: displayName(other) },
      };
    }
    const [table, subnet] = a.type === 'subnet' ? [b, a] : [a, b];
    return {
      key: 'edit.action.disassociate',
      params: { table: displayName(table), subnet: displayName(subnet) },
    };
  },
  (draft, args) => {
    const a = findResource(draft, args.from);
    const b = findResource(draft, args.to);
    if (!a) return refuse('edit.refused.unknown', { id: args.from });
    if (!b) return refuse('edit.refused.unknown', { id: args.to });
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (x.type === 'subnet' && (y.type === 'route-table' || y.type === 'network-acl')) {
        const field = y.type === 'route-table' ? 'routeTable' : 'networkAcl';
        if (x.props[field] !== y.id) break;
        delete x.props[field];
        return ok();
      }
      if (y.type === 'security-group') {
        const props = x.props as { securityGroups?: string[] };
        if (!props.securityGroups?.includes(y.id)) break;
        props.securityGroups = props.securityGroups.filter((g) => g !== y.id);
        return ok();
      }
      if (x.type === 'vpc-endpoint' && y.type === 'route-table') {
        if (!x.props.routeTables?.includes(y.id)) break;
        x.props.routeTables = x.props.routeTables.filter((t) => t !== y.id);
        return ok();
      }
    }
    return refuse('edit.connect.meaningless', { from: typeName(a.type), to: typeName(b.type) });
  },
);
