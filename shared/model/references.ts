/**
 * Reference checks: ids are unique, every reference names a resource that exists and is of a
 * type that makes sense there, and containment follows the catalog. A design that fails these
 * cannot be drawn or analysed, so they make a file unusable (exit 2), unlike rule findings.
 */
import type { ParentRule } from '../catalog/index';
import { CATALOG } from '../catalog/index';
import type { MessageParams } from '../i18n/index';
import type { DesignIssue } from './issues';
import { issue } from './issues';
import { isPrefixListPeer } from '../network/prefix-lists';
import { pathToString } from './json';
import type { Design, Resource, ResourceType } from './types';

type Path = (string | number)[];

function typeLabel(type: ResourceType | 'none'): string {
  return type === 'none' ? '{ref.topLevel}' : `{type.${type}}`;
}

/** "inside a VPC or at the top level": nested message keys are translated by issueMessage. */
function placesText(rules: readonly ParentRule[]): string {
  return rules.map((rule) => (rule === 'none' ? '{ref.topLevel}' : `{ref.inside}:${rule}`)).join('|');
}

export function checkReferences(design: Design): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const byId = new Map<string, Resource>();
  const firstPath = new Map<string, string>();

  const claim = (id: string, path: Path): void => {
    const first = firstPath.get(id);
    if (first !== undefined) issues.push(issue('ref.duplicateId', path, { id, firstPath: first }));
    else firstPath.set(id, pathToString(path));
  };
  design.resources.forEach((resource, i) => {
    claim(resource.id, ['resources', i, 'id']);
    if (!byId.has(resource.id)) byId.set(resource.id, resource);
  });
  design.connections.forEach((connection, i) => claim(connection.id, ['connections', i, 'id']));

  const refTo = (id: unknown, path: Path, allowed?: readonly ResourceType[]): void => {
    if (typeof id !== 'string') return;
    const target = byId.get(id);
    const field = String(path[path.length - 1]);
    const params: MessageParams = {
      field: typeof path[path.length - 1] === 'number' ? String(path[path.length - 2]) : field,
      id,
    };
    if (!target) {
      issues.push(issue('ref.unknown', path, params));
    } else if (allowed && !allowed.includes(target.type)) {
      issues.push(
        issue('ref.wrongType', path, {
          ...params,
          actual: typeLabel(target.type),
          expected: allowed.map((type) => typeLabel(type)).join('|'),
        }),
      );
    }
  };

  design.resources.forEach((resource, i) => {
    const path: Path = ['resources', i];
    checkParent(resource, byId, [...path, 'parent'], issues);
    const props = resource.props as Record<string, unknown>;
    for (const field of CATALOG[resource.type].fields) {
      const value = props[field.key];
      const fieldPath = [...path, 'props', field.key];
      if (field.kind === 'ref') refTo(value, fieldPath, field.refTypes);
      if (field.kind === 'refs' && Array.isArray(value)) {
        value.forEach((id, j) => refTo(id, [...fieldPath, j], field.refTypes));
      }
      if (field.kind === 'routes' && Array.isArray(value)) {
        value.forEach((route: { target?: unknown }, j) => {
          // A transit gateway route table's static route may drop traffic instead (AWS: blackhole).
          if (resource.type === 'transit-gateway-route-table' && route.target === 'blackhole') return;
          refTo(route.target, [...fieldPath, j, 'target'], field.refTypes);
        });
      }
      if (field.kind === 'sgRules' && Array.isArray(value)) {
        value.forEach((rule: { peer?: unknown }, j) => {
          // CIDR peers contain a dot or slash; anything else names a security group.
          if (typeof rule.peer === 'string' && !/[./]/.test(rule.peer) && !isPrefixListPeer(rule.peer)) {
            refTo(rule.peer, [...fieldPath, j, 'peer'], ['security-group']);
          }
        });
      }
    }
  });

  design.connections.forEach((connection, i) => {
    refTo(connection.from, ['connections', i, 'from']);
    refTo(connection.to, ['connections', i, 'to']);
  });
  return issues;
}

function checkParent(
  resource: Resource,
  byId: Map<string, Resource>,
  path: Path,
  issues: DesignIssue[],
): void {
  const allowed = CATALOG[resource.type].allowedParents;
  if (resource.parent === undefined) {
    if (!allowed.includes('none')) {
      issues.push(
        issue('ref.parentRequired', path, { type: typeLabel(resource.type), allowed: placesText(allowed) }),
      );
    }
    return;
  }
  const parent = byId.get(resource.parent);
  if (!parent) {
    issues.push(issue('ref.unknown', path, { field: 'parent', id: resource.parent }));
    return;
  }
  if (!allowed.includes(parent.type)) {
    issues.push(
      issue('ref.parentWrongType', path, {
        type: typeLabel(resource.type),
        parentType: typeLabel(parent.type),
        allowed: placesText(allowed),
      }),
    );
    return;
  }
  const seen = new Set([resource.id]);
  for (let up = parent; up.parent !== undefined;) {
    if (seen.has(up.id)) {
      issues.push(issue('ref.parentCycle', path, { id: resource.id }));
      return;
    }
    seen.add(up.id);
    const next = byId.get(up.parent);
    if (!next) return;
    up = next;
  }
}
