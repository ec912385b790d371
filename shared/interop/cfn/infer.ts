/**
 * Connections a template states without naming them as such: listener → target group → ECS
 * service or instance, security-group-to-security-group ingress (who may talk to whom), and
 * the internet in front of internet-facing load balancers and APIs.
 */
import type { Resource } from '../../model/types';
import { parsePorts } from '../../network/ports';
import type { Mapper } from './mapper';

function groupsOf(resource: Resource): readonly string[] {
  const props = resource.props as { securityGroups?: string[] };
  return props.securityGroups ?? [];
}

function firstPort(ports: string | undefined): number | undefined {
  return ports ? parsePorts(ports).from : undefined;
}

export function inferConnections(m: Mapper): void {
  for (const link of m.facts.listenerGroups) {
    const group = m.facts.targetGroups.get(link.targetGroup);
    for (const service of m.facts.serviceGroups.filter((s) => s.targetGroup === link.targetGroup)) {
      const port = service.port ?? group?.port;
      m.connect(link.alb, service.service, { protocol: 'tcp', ...(port !== undefined ? { port } : {}) });
    }
    for (const target of group?.targets ?? []) {
      const resource = m.byId.get(target);
      if (!resource) continue;
      if (resource.type === 'lambda-function') m.connect(link.alb, resource.id, { kind: 'invoke' });
      else
        m.connect(link.alb, resource.id, {
          protocol: 'tcp',
          ...(group?.port !== undefined ? { port: group.port } : {}),
        });
    }
  }
  const placed = m.resources.filter((r) => groupsOf(r).length > 0 && r.type !== 'vpc-endpoint');
  for (const sg of m.resources) {
    if (sg.type !== 'security-group') continue;
    for (const rule of sg.props.inbound) {
      if (!m.get(rule.peer, 'security-group')) continue;
      const port = firstPort(rule.ports);
      const sources = placed.filter((r) => groupsOf(r).includes(rule.peer));
      const targets = placed.filter((r) => groupsOf(r).includes(sg.id));
      for (const from of sources) {
        for (const to of targets) {
          if (m.connections.some((c) => c.from === from.id && c.to === to.id)) continue;
          m.connect(from.id, to.id, {
            protocol: rule.protocol === 'all' ? 'tcp' : rule.protocol,
            ...(port !== undefined ? { port } : {}),
          });
        }
      }
    }
  }
  addInternet(m);
}

function addInternet(m: Mapper): void {
  const albs = m.resources.filter((r) => r.type === 'alb' && r.props.scheme === 'internet-facing');
  const apis = m.resources.filter((r) => r.type === 'api-gateway' && r.props.endpointType !== 'private');
  if (albs.length === 0 && apis.length === 0) return;
  const id = m.byId.has('internet') ? m.claimId('<external>', 'internet') : 'internet';
  m.add({ id, type: 'internet', name: 'Internet', props: {} });
  for (const alb of albs) {
    if (alb.type !== 'alb') continue;
    for (const listener of alb.props.listeners)
      m.connect(id, alb.id, { protocol: 'tcp', port: listener.port });
  }
  for (const api of apis) m.connect(id, api.id, { protocol: 'tcp', port: 443 });
}
