/**
 * The state of one simulation run: which flow, where the cursor is, whether it plays and how
 * fast. The steps themselves are derived (simulateFlow, memoised on the design's content), so an
 * edit to a rule re-traces the flow and the cursor stays where it was (clamped to the new path).
 * While a run is shown, the canvas highlights the resource at the cursor (store.setSimulation).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Flow, Simulation } from '../../shared/simulate/steps';
import { focusAt, isLastStep, stepForward } from '../../shared/simulate/steps';
import { useCanvasActions } from '../canvas/actions';
import { useEditor, useEditorStore } from '../store/index';
import { simulateFlow } from './model';
import { publishTracedVia, tracedVia } from './tracedVia';

export const SPEEDS = [0.5, 1, 2, 4];

export interface Playback {
  flow: Flow | null;
  sim: Simulation | null;
  /** The cursor, always a valid step index of `sim`. */
  current: number;
  running: boolean;
  speed: number;
  /** Traces `flow` from its first step and frames the resources it passes. */
  start(flow: Flow): void;
  moveTo(index: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
}

export function usePlayback(): Playback {
  const store = useEditorStore();
  const canvas = useCanvasActions();
  const design = useEditor((state) => state.design);
  const failed = useEditor((state) => state.simulation.failed);
  const [flow, setFlow] = useState<Flow | null>(null);
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);

  // Traced again whenever the design or the failure changes: edit a rule, see the path change.
  const sim = useMemo(() => (flow ? simulateFlow(design, flow, failed) : null), [design, flow, failed]);
  const current = sim ? Math.min(position, Math.max(sim.steps.length - 1, 0)) : 0;
  const running = playing && !!sim && !isLastStep(sim, current);

  useEffect(() => {
    const focus = sim ? focusAt(sim, current) : null;
    store.setSimulation({
      focus: focus
        ? { resource: focus.resource, connection: focus.connection, blocked: !!focus.blocked }
        : null,
    });
  }, [sim, current, store]);
  useEffect(() => () => store.setSimulation({ focus: null }), [store]);
  // The peerings and transit gateway parts the whole path crosses stay marked on the canvas.
  useEffect(() => publishTracedVia(tracedVia(design, sim)), [design, sim]);
  useEffect(() => () => publishTracedVia(null), []);

  useEffect(() => {
    if (!running || !sim) return;
    const timer = setTimeout(() => setPosition(stepForward(sim, current)), 1000 / speed);
    return () => clearTimeout(timer);
  }, [running, sim, current, speed]);

  const start = (next: Flow): void => {
    setFlow(next);
    setPosition(0);
    setPlaying(false);
    const traced = simulateFlow(design, next, failed);
    if (traced) canvas.frame([...new Set(traced.steps.map((step) => step.resource))]);
  };

  return { flow, sim, current, running, speed, start, moveTo: setPosition, setPlaying, setSpeed };
}
