import { readFileSync } from 'node:fs';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../shared/model/index';
import { parseDesign } from '../../../shared/model/index';
import { costOf } from '../../../renderer/engine/cost';
import { findingsByResource, findingsOf } from '../../../renderer/engine/findings';
import { identityKey, memoOnContent, sameContent } from '../../../renderer/engine/memo';
import { publicSubnetsOf } from '../../../renderer/engine/network';

function example(): Design {
  const result = parseDesign(readFileSync('assets/examples/private-subnets-nat.skyplan.json', 'utf8'));
  if (!result.ok) throw new Error('example does not load');
  return result.design;
}

function counted() {
  let runs = 0;
  const memo = memoOnContent(
    (design: Design, key: string) => {
      runs++;
      return { key, count: design.resources.length };
    },
    (key: string) => key,
  );
  return { memo, runs: () => runs };
}

describe('memoOnContent: derived data computed once per design content', () => {
  it('keeps the result when only the layout changes (a drag)', () => {
    const design = example();
    const dragged = produce(design, (draft) => {
      draft.layout = { ...draft.layout, moved: { x: 1, y: 2 } };
    });
    const { memo, runs } = counted();
    expect(memo(dragged, 'a')).toBe(memo(design, 'a'));
    expect(runs()).toBe(1);
    expect(sameContent(design, dragged)).toBe(true);
  });

  it('recomputes on every kind of content edit: props, connections, region, assumptions, name, scenarios', () => {
    const design = example();
    const edits: ((draft: Design) => void)[] = [
      (draft) => {
        draft.resources[0]!.name = 'renamed';
      },
      (draft) => {
        draft.connections.pop();
      },
      (draft) => {
        draft.region = 'ap-northeast-2';
      },
      (draft) => {
        draft.assumptions = { ...draft.assumptions, hoursPerMonth: 100 };
      },
      (draft) => {
        draft.name = 'another name';
      },
      (draft) => {
        draft.scenarios = [];
      },
    ];
    for (const edit of edits) {
      const { memo, runs } = counted();
      const before = memo(design, 'a');
      expect(memo(produce(design, edit), 'a')).not.toBe(before);
      expect(runs()).toBe(2);
    }
  });

  it('keeps one result per key for the same content', () => {
    const design = example();
    const { memo, runs } = counted();
    const a = memo(design, 'a');
    const b = memo(design, 'b');
    expect(a).not.toBe(b);
    expect(memo(design, 'a')).toBe(a);
    expect(runs()).toBe(2);
  });

  it('gives each object its own stable identity key', () => {
    const one = {};
    const two = {};
    expect(identityKey(one)).toBe(identityKey(one));
    expect(identityKey(one)).not.toBe(identityKey(two));
  });
});

describe('the engine caches share the one helper', () => {
  it('findings, badges, cost and public subnets survive a drag and follow an edit', () => {
    const design = example();
    const dragged = produce(design, (draft) => {
      draft.layout = {};
    });
    expect(findingsOf(dragged)).toBe(findingsOf(design));
    expect(findingsByResource(dragged)).toBe(findingsByResource(design));
    expect(costOf(dragged, 'us-east-1')).toBe(costOf(design, 'us-east-1'));
    expect(publicSubnetsOf(dragged)).toBe(publicSubnetsOf(design));

    const edited = produce(design, (draft) => {
      draft.assumptions = { ...draft.assumptions, hoursPerMonth: 100 };
    });
    expect(costOf(edited, 'us-east-1')).not.toBe(costOf(design, 'us-east-1'));
    expect(findingsOf(edited)).not.toBe(findingsOf(design));
  });
});
