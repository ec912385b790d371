/** `skyplan lesson start LESSON --seed N` and `lesson check ... --seed N` (troubleshooting lessons). */
import { describe, expect, it } from 'vitest';
import { faultForSeed, findBundledLesson, lessonForSeed, repairFault } from '../../shared/lessons/index';
import { serializeDesign } from '../../shared/model/index';
import { runCli } from './fake-io';

const lesson = findBundledLesson('15-troubleshoot-web-tier')!.lesson;

describe('skyplan lesson start', () => {
  it('writes the student design with the fault of the seed', async () => {
    const result = await runCli(['lesson', 'start', '15', '--seed', '7']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(serializeDesign(lessonForSeed(lesson, 7).start));
    expect(result.stdout).not.toBe(serializeDesign(lesson.start));
  });

  it('gives two students different designs', async () => {
    const seeds = [1, 2, 3, 4, 5, 6];
    const outputs = new Set<string>();
    for (const seed of seeds)
      outputs.add((await runCli(['lesson', 'start', '15', '--seed', String(seed)])).stdout);
    expect(outputs.size).toBeGreaterThan(1);
  });

  it('needs a seed for a troubleshooting lesson, refuses one for an ordinary lesson and bad seeds', async () => {
    const missing = await runCli(['lesson', 'start', '15']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--seed N');
    expect((await runCli(['lesson', 'start', '05', '--seed', '1'])).code).toBe(2);
    const bad = await runCli(['lesson', 'start', '15', '--seed', '-3']);
    expect(bad.code).toBe(2);
    const word = await runCli(['lesson', 'start', '15', '--seed', 'abc']);
    expect(word.stderr).toContain('"abc"');
  });

  it('gives the instructor the fault of a seed as JSON', async () => {
    const result = await runCli(['lesson', 'start', '15', '--seed', '7', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = result.json<{ lesson: string; seed: number; fault: { id: string; title: string } }>();
    expect(json.lesson).toBe('15-troubleshoot-web-tier');
    expect(json.seed).toBe(7);
    expect(json.fault.id).toBe(faultForSeed(lesson, 7)?.id);
  });

  it('prints an ordinary lesson’s start design without a seed', async () => {
    const result = await runCli(['lesson', 'start', '13']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(serializeDesign(findBundledLesson('13')!.lesson.start));
  });
});

describe('skyplan lesson check --seed', () => {
  const seed = 11;
  const student = lessonForSeed(lesson, seed);
  const fault = faultForSeed(lesson, seed)!;

  it('fails the student design as handed out, and passes it once the fault is repaired', async () => {
    const files = {
      'broken.skyplan.json': serializeDesign(student.start),
      'fixed.skyplan.json': serializeDesign(repairFault(student.start, lesson.start, fault)),
    };
    const broken = await runCli(
      ['lesson', 'check', '15', 'broken.skyplan.json', '--seed', String(seed)],
      files,
    );
    expect(broken.code).toBe(1);
    const fixed = await runCli(
      ['lesson', 'check', '15', 'fixed.skyplan.json', '--seed', String(seed), '--format', 'json'],
      files,
    );
    expect(fixed.code).toBe(0);
    expect(fixed.json<{ progress: number }>().progress).toBe(100);
  });

  it('grades the start design of the seed when no design is given', async () => {
    const result = await runCli(['lesson', 'check', '15', '--seed', String(seed)]);
    expect(result.code).toBe(1);
  });
});
