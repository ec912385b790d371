// The per-frame budget of full-detail shapes (renderer/canvas/mountBudget.ts): a design opening
// thousands of shapes at once gets bare frames past the budget; the next frame starts over.
import { describe, expect, it } from 'vitest';
import { createMountBudget } from '../../../renderer/canvas/mountBudget';

describe('createMountBudget', () => {
  it('grants `limit` mounts per frame and starts over on the next frame', () => {
    const frames: (() => void)[] = [];
    const budget = createMountBudget(3, (callback) => frames.push(callback));
    expect([budget.take(), budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    // One frame callback per frame, however many mounts asked.
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(budget.take()).toBe(true);
    expect(frames).toHaveLength(1);
  });

  it('never refuses a frame that mounts fewer than the budget', () => {
    const frames: (() => void)[] = [];
    const budget = createMountBudget(300, (callback) => frames.push(callback));
    for (let frame = 0; frame < 5; frame++) {
      for (let i = 0; i < 300; i++) expect(budget.take()).toBe(true);
      frames.shift()?.();
    }
  });
});
