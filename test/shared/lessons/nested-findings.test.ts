// A no-findings goal that fails shows the first finding as its reason. Findings whose rule puts
// a message inside a parameter (`nested`: a resource type, a direction, the network engine's
// explanation) must read with that parameter filled in, in the reader's language, not as
// "{type}".
import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../shared/lessons/index';
import { defaultEngine, evaluateGoal, findBundledLesson, resultText } from '../../../shared/lessons/index';
import type { Design } from '../../../shared/model/index';

function lessonStart(): Design {
  const found = findBundledLesson('01');
  if (!found) throw new Error('no lesson 01');
  return JSON.parse(JSON.stringify(found.lesson.answer)) as Design;
}

describe('no-findings goal reasons with nested finding parameters', () => {
  const design = lessonStart();
  const subnet = design.resources.find((r) => r.type === 'subnet');
  if (!subnet || subnet.type !== 'subnet') throw new Error('lesson 01 has no subnet');
  // A /29 is outside what AWS accepts: cidr-prefix-size reports it with a nested type label.
  subnet.props.cidr = subnet.props.cidr.replace(/\/\d+$/, '/29');
  const goal: Goal = { id: 'sizes', type: 'no-findings', rule: 'cidr-prefix-size' };
  const result = evaluateGoal(design, goal, defaultEngine());

  it('fails and keeps the nested parameter with the reason', () => {
    expect(result.passed).toBe(false);
    expect(result.reason?.nested).toEqual({ type: { key: 'type.subnet' } });
  });

  it('fills the nested parameter in English and Korean', () => {
    const en = resultText(result, 'en');
    const ko = resultText(result, 'ko');
    expect(en).not.toMatch(/\{\w+\}/);
    expect(ko).not.toMatch(/\{\w+\}/);
    expect(en).toContain('Subnet');
    expect(ko).toContain('서브넷');
    expect(en).toContain('/29');
  });
});
