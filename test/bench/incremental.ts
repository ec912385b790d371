/**
 * Edit → findings with the incremental runner (shared/rules/utils/incremental.ts), as the engine
 * worker does it: the runner has seen the design before the edit, and every design arrives as a
 * structured clone (no object shared with the previous run). Printed as notes of the Rules
 * section, next to the full runRules on the same edited design. "patched" is what the worker
 * does now (renderer/engine/patch.ts): the page diffs the edit by identity, the patch is
 * structured-cloned and applied to the worker's copy, and the runner sees unchanged resources
 * as the same objects; its time includes the diff, the clone of the patch and applying it.
 */
import { Session } from 'node:inspector/promises';
import type { Design, Resource } from '../../shared/model/types';
import { runRules } from '../../shared/rules/index';
import { createIncrementalRunner } from '../../shared/rules/utils/incremental';
import { applyDesignPatch, diffDesign } from '../../renderer/engine/patch';
import { generateDesign } from './generate';
import { ms } from './table';

const RUNS = 9;

type Edit = (design: Design, step: number) => Design;

function editResource(design: Design, id: string, change: (resource: Resource) => Resource): Design {
  return { ...design, resources: design.resources.map((r) => (r.id === id ? change(r) : r)) };
}

const EDITS: [string, Edit][] = [
  ['rename', (d, i) => editResource(d, 'v0vpc', (r) => ({ ...r, name: `VPC ${i}` }))],
  [
    'route target',
    (d, i) =>
      editResource(
        d,
        'v0rtA',
        (r) =>
          ({
            ...r,
            props: { routes: [{ destination: '0.0.0.0/0', target: i % 2 ? 'v0natb' : 'v0nata' }] },
          }) as Resource,
      ),
  ],
  [
    'connection port',
    (d, i) => ({ ...d, connections: d.connections.map((c, n) => (n === 0 ? { ...c, port: 8000 + i } : c)) }),
  ],
  ['layout move', (d, i) => ({ ...d, layout: { ...d.layout, v0vpc: { x: i, y: 0, w: 2100, h: 1300 } } })],
];

/**
 * The worker's copy after the page's edit from `before` to `after`: the page diffs the edit by
 * identity, the patch is structured-cloned across and applied to the copy (the whole document
 * when no patch can say it).
 */
function asWorkerGetsIt(copy: Design, before: Design, after: Design): Design {
  const patch = diffDesign(before, after);
  return patch ? applyDesignPatch(copy, structuredClone(patch)) : structuredClone(after);
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/** One note per size: median ms of a full run and of the incremental run after each edit. */
export function incrementalNotes(sizes: number[]): string[] {
  return sizes.map((size) => {
    const base = generateDesign(size);
    const parts = EDITS.map(([label, edit]) => {
      const runner = createIncrementalRunner();
      const worker = createIncrementalRunner();
      let design = base;
      runner.run(structuredClone(design));
      let copy = structuredClone(design);
      worker.run(copy);
      const full: number[] = [];
      const incremental: number[] = [];
      const patched: number[] = [];
      for (let i = 1; i <= RUNS; i++) {
        const before = design;
        design = edit(design, i);
        const [a, b] = [structuredClone(design), structuredClone(design)];
        let start = performance.now();
        runRules(a);
        full.push(performance.now() - start);
        start = performance.now();
        runner.run(b);
        incremental.push(performance.now() - start);
        start = performance.now();
        copy = asWorkerGetsIt(copy, before, design);
        worker.run(copy);
        patched.push(performance.now() - start);
      }
      return `${label} ${ms(median(full))} → ${ms(median(incremental))} → patched ${ms(median(patched))} (${runner.stats.traced} traced)`;
    });
    return `edit → findings at ${size.toLocaleString('en')} resources, full → incremental → patched ms: ${parts.join(', ')}`;
  });
}

/** Edits measured for the allocation figure, after as many to warm both the code and the caches. */
const ALLOCATION_EDITS = 20;

/**
 * What the engine worker allocates per edit at `size` resources: the route-target edit above,
 * patched as the worker gets it, sampled by V8's heap profiler with collected objects included.
 * The worker's young-generation collections pause an answer for 4-14 ms each at 1,000
 * resources, and they come as often as it allocates.
 */
export async function workerAllocationNote(size: number): Promise<string> {
  const [, edit] = EDITS[1]!;
  let design = generateDesign(size);
  let copy = structuredClone(design);
  const runner = createIncrementalRunner();
  runner.run(copy);
  const step = (i: number) => {
    const before = design;
    design = edit(design, i);
    copy = asWorkerGetsIt(copy, before, design);
    runner.run(copy);
  };
  for (let i = 1; i <= ALLOCATION_EDITS; i++) step(i);
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    // Collected objects too: the protocol has the flags, Node's typings do not yet.
    const collected = { includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true };
    await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, ...collected });
    for (let i = 1; i <= ALLOCATION_EDITS; i++) step(ALLOCATION_EDITS + i);
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const add = (node: typeof profile.head): void => {
      bytes += node.selfSize;
      node.children.forEach(add);
    };
    add(profile.head);
    const perEdit = bytes / ALLOCATION_EDITS / 1e6;
    return `engine worker at ${size.toLocaleString('en')} resources: ${perEdit.toFixed(2)} MB allocated per route-target edit (patch applied + incremental run; V8 sampling heap profiler, 1 KB interval, collected objects included)`;
  } finally {
    session.disconnect();
  }
}
