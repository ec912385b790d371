// The automatic layout runs in the app's engine worker: loading ELK there must leave the
// worker's own message handler in place (elk.bundled.js installs itself as `self.onmessage`
// when it finds a worker scope), or the worker answers one layout request and then no other.
import { expect, it } from 'vitest';

it('loading ELK in a worker scope keeps the worker message handler', async () => {
  const scope = globalThis as { self?: unknown; onmessage?: unknown };
  const handler = () => undefined;
  scope.self = globalThis;
  scope.onmessage = handler;
  try {
    const { computeLayout } = await import('../../../shared/diagram/layout');
    const boxes = await computeLayout({
      format: 'skyplan',
      version: 1,
      name: 'worker',
      region: 'us-east-1',
      resources: [{ id: 'u', type: 'internet', name: 'Users' }],
      connections: [],
    } as never);
    expect(boxes.u).toBeDefined();
    expect(scope.onmessage).toBe(handler);
  } finally {
    delete scope.self;
    delete scope.onmessage;
  }
});
