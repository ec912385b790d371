/** Running an operation on a plain design (no immer): the CLI and scripts use this. */
import type { Design } from '../model/types';
import type { EditResult, Operation } from './types';

/**
 * Runs `op` on a deep copy of `design`; returns the new design and the result. A refused
 * operation returns the original design unchanged.
 */
export function runOperation<A, R>(
  design: Design,
  op: Operation<A, R>,
  args: A,
): { design: Design; result: EditResult<R> } {
  const draft = JSON.parse(JSON.stringify(design)) as Design;
  const result = op.run(draft, args);
  return { design: result.ok ? draft : design, result };
}
