import { describe, expect, it, vi } from 'vitest';
import { createFlowMapper, resourceIdOfNode } from '../../../renderer/canvas/flow';
import type { FlowInputs } from '../../../renderer/canvas/flow';
import type { ResourceFindings } from '../../../renderer/engine/findings';
import * as structure from '../../../shared/diagram/structure';
import type { Design } from '../../../shared/model/types';
import { healthyVpc } from '../../fixtures/designs';
import { resourceNode } from './flowInputs';

vi.mock('../../../shared/diagram/structure', { spy: true });

type Engines = Pick<FlowInputs, 'findings' | 'publicSubnets' | 'costs'>;

/** Inputs that keep the document, selection and simulation and take the engines' values given. */
function fixedDocument(design: Design): (engines: Engines) => FlowInputs {
  const selection = ['app'];
  const simulation = { focus: null, failed: { azs: [], resources: [] } };
  return (engines) => ({ design, selection, simulation, ...engines });
}

function counts(errors: number, warnings = 0): ResourceFindings {
  return { errors, warnings, infos: 0, worst: errors ? 'error' : warnings ? 'warning' : 'info' };
}

const NONE: Engines = { findings: new Map(), publicSubnets: new Map(), costs: new Map() };

describe('an answer of the engines for the document already mapped', () => {
  it('replaces only the nodes and edges whose badge, shading or cost tag changed', () => {
    const map = createFlowMapper();
    const at = fixedDocument(healthyVpc());
    const first = map(at(NONE));
    const second = map(
      at({
        findings: new Map([
          ['db', counts(1)],
          ['cApp', counts(0, 2)],
        ]),
        publicSubnets: new Map([['pubA', true]]),
        costs: new Map([['alb1', 20]]),
      }),
    );
    // Every shape of db shows its badge; alb1 has a replica, and only its home shape shows the cost.
    const changed = (id: string) => resourceIdOfNode(id) === 'db' || id === 'pubA' || id === 'alb1';
    expect(second.nodes).toHaveLength(first.nodes.length);
    second.nodes.forEach((n, i) => {
      if (changed(n.id)) expect(n).not.toBe(first.nodes[i]);
      else expect(n).toBe(first.nodes[i]);
    });
    expect(resourceNode(second.nodes, 'db').data.findings?.errors).toBe(1);
    expect(resourceNode(second.nodes, 'db@dataA').data.findings?.errors).toBe(1);
    expect(resourceNode(second.nodes, 'pubA').data.isPublic).toBe(true);
    expect(resourceNode(second.nodes, 'alb1').data.monthly).toBe(20);
    expect(resourceNode(second.nodes, 'alb1@pubB').data.monthly).toBeUndefined();
    second.edges.forEach((edge, i) => {
      if (edge.id === 'cApp') expect(edge).not.toBe(first.edges[i]);
      else expect(edge).toBe(first.edges[i]);
    });
    expect(second.edges.find((e) => e.id === 'cApp')?.className).toContain('has-warning');
    expect(second.allEdges.slice(0, second.edges.length)).toEqual(second.edges);
  });

  it('hands back the same arrays when no badge changed (new maps, equal counts)', () => {
    const map = createFlowMapper();
    const at = fixedDocument(healthyVpc());
    const first = map(at({ ...NONE, findings: new Map([['db', counts(1)]]) }));
    const second = map(at({ ...NONE, findings: new Map([['db', counts(1)]]), costs: new Map() }));
    expect(second.nodes).toBe(first.nodes);
    expect(second.allEdges).toBe(first.allEdges);
  });

  it('does not walk the document again', () => {
    const map = createFlowMapper();
    const at = fixedDocument(healthyVpc());
    map(at(NONE));
    const walks = vi.mocked(structure.shapesOf).mock.calls.length;
    map(at({ ...NONE, findings: new Map([['app', counts(2)]]) }));
    map(at({ ...NONE, publicSubnets: new Map([['pubB', false]]) }));
    expect(vi.mocked(structure.shapesOf).mock.calls.length).toBe(walks);
  });

  it('gives the same model as a full mapping, after any sequence of answers and clicks', () => {
    const design = healthyVpc();
    const ids = [...design.resources.map((r) => r.id), ...design.connections.map((c) => c.id)];
    const subnets = design.resources.filter((r) => r.type === 'subnet').map((r) => r.id);
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const simulation = { focus: null, failed: { azs: [], resources: [] } };
    let selection: string[] = [];
    const map = createFlowMapper();
    for (let step = 0; step < 60; step++) {
      // Mostly answers of the engines, sometimes a click in between.
      if (step % 5 === 4) selection = ids.filter(() => next() < 0.2);
      const engines: Engines = {
        findings: new Map(ids.filter(() => next() < 0.3).map((id) => [id, counts(next() < 0.5 ? 1 : 0, 1)])),
        publicSubnets: new Map(subnets.map((id) => [id, next() < 0.5])),
        costs: new Map(ids.filter(() => next() < 0.3).map((id) => [id, Math.round(next() * 100)])),
      };
      const inputs: FlowInputs = { design, selection, simulation, ...engines };
      const patched = map(inputs);
      const fresh = createFlowMapper()(inputs);
      expect(patched.nodes).toEqual(fresh.nodes);
      expect(patched.allEdges).toEqual(fresh.allEdges);
    }
  });
});
