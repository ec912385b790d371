import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledLessons } from '../../shared/lessons/index';
import { serializeDesign } from '../../shared/model/index';
import { runCli } from './fake-io';

const lessons = bundledLessons();
const answerOf = (index: number): string => serializeDesign(lessons[index]!.lesson.answer);
const startOf = (index: number): string => serializeDesign(lessons[index]!.lesson.start);

interface CheckJson {
  lesson: string;
  progress: number;
  goals: { id: string; passed: boolean; message: string }[];
}

describe('skyplan lesson list', () => {
  it('lists every bundled lesson with its id, title and path as JSON', async () => {
    const result = await runCli(['lesson', 'list', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = result.json<{ lessons: { id: string; title: string; path: string }[] }>();
    expect(json.lessons).toHaveLength(lessons.length);
    expect(json.lessons[0]).toEqual({
      id: '01-public-private-subnets',
      title: 'Public and private subnets',
      path: 'assets/lessons/01-public-private-subnets.lesson.json',
    });
    for (const lesson of json.lessons)
      expect(readFileSync(lesson.path, 'utf8')).toContain(`"id": "${lesson.id}"`);
  });

  it('lists titles in Korean with --lang ko', async () => {
    const result = await runCli(['lesson', 'list', '--lang', 'ko']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('내장 실습:');
    expect(result.stdout).toContain('퍼블릭 서브넷과 프라이빗 서브넷');
  });

  it('refuses csv for list and extra arguments', async () => {
    expect((await runCli(['lesson', 'list', '--format', 'csv'])).code).toBe(2);
    const extra = await runCli(['lesson', 'list', 'x']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('"lesson list" takes no argument "x"');
  });
});

describe('skyplan lesson answer', () => {
  it('prints the answer design in the stable format', async () => {
    const result = await runCli(['lesson', 'answer', '03-nat-in-public-subnet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(answerOf(2));
  });

  it('accepts a lesson number or a lesson file path', async () => {
    expect((await runCli(['lesson', 'answer', '3'])).stdout).toBe(answerOf(2));
    const byPath = await runCli(['lesson', 'answer', 'assets/lessons/03-nat-in-public-subnet.lesson.json']);
    expect(byPath.stdout).toBe(answerOf(2));
  });

  it('exits 2 naming the bundled lessons when the lesson is unknown', async () => {
    const result = await runCli(['lesson', 'answer', 'nat']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no bundled lesson "nat"');
    expect(result.stderr).toContain('01-public-private-subnets');
  });
});

describe('skyplan lesson check', () => {
  it.each(lessons.map((entry, index) => [entry.lesson.id, index] as const))(
    '%s: grades the start below 100% (exit 1) and the answer at 100% (exit 0)',
    async (id, index) => {
      // A troubleshooting lesson starts healthy; a student's --seed brings the fault.
      const seed = lessons[index]!.lesson.faults ? ['--seed', '1'] : [];
      const start = await runCli(['lesson', 'check', id, '--format', 'json', ...seed]);
      expect(start.code).toBe(1);
      expect(start.json<CheckJson>().progress).toBeLessThan(100);
      const answer = await runCli(['lesson', 'check', id, 'answer.json', '--format', 'json'], {
        'answer.json': answerOf(index),
      });
      expect(answer.code).toBe(0);
      expect(answer.json<CheckJson>()).toMatchObject({ lesson: id, progress: 100 });
    },
  );

  it('prints JSON with lesson, progress and one entry per goal', async () => {
    const result = await runCli(['lesson', 'check', '02', '--format', 'json']);
    const json = result.json<CheckJson>();
    expect(Object.keys(json)).toEqual(['lesson', 'progress', 'goals']);
    expect(json.progress).toBe(25);
    expect(json.goals.map((goal) => [goal.id, goal.passed])).toEqual([
      ['app-egress', false],
      ['app-private', true],
      ['has-nat', false],
      ['nat-eip', false],
    ]);
    expect(json.goals[0]!.message).toMatch(/blocked at Private routes\. subnet Private A has no route/);
  });

  it('prints a checklist as text, in Korean too', async () => {
    const text = await runCli(['lesson', 'check', '02']);
    expect(text.stdout).toContain('start design of 02-nat-gateway-egress: 25% (1 of 4 goals)');
    expect(text.stdout).toContain('  [ ] app-egress: The app server reaches the internet on tcp/443');
    expect(text.stdout).toContain('  [x] app-private:');
    const ko = await runCli(['lesson', 'check', '02', '--lang', 'ko']);
    expect(ko.stdout).toContain('앱 서버가 인터넷 tcp/443에 도달한다');
  });

  it('turns a folder of submissions into one CSV row per design', async () => {
    const files = {
      'class/alice.skyplan.json': answerOf(1),
      'class/bob.skyplan.json': startOf(1),
      'class/notes.txt': 'not a design',
    };
    const result = await runCli(['lesson', 'check', '02', 'class', '--format', 'csv'], files);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'file,progress,app-egress,app-private,has-nat,nat-eip,error',
        'class/alice.skyplan.json,100,1,1,1,1,',
        'class/bob.skyplan.json,25,0,1,0,0,',
        '',
      ].join('\n'),
    );
  });

  it('accepts several design files and reports a broken one in its row with exit 2', async () => {
    const files = { 'a.json': answerOf(1), 'b.json': '{ "format": "skyplan",' };
    const result = await runCli(['lesson', 'check', '02', 'a.json', 'b.json', '--format', 'csv'], files);
    expect(result.code).toBe(2);
    const rows = result.stdout.trim().split('\n');
    expect(rows[1]).toBe('a.json,100,1,1,1,1,');
    expect(rows[2]).toMatch(/^b\.json,,,,,,b\.json is not a usable design/);
    expect(result.stderr).toMatch(/b\.json:1:\d+/);
  });

  it('gives several designs as a JSON list', async () => {
    const files = { 'a.json': answerOf(1), 'b.json': startOf(1) };
    const result = await runCli(['lesson', 'check', '02', 'a.json', 'b.json', '--format', 'json'], files);
    const json = result.json<{ lesson: string; designs: { file: string; progress: number }[] }>();
    expect(json.designs.map((d) => [d.file, d.progress])).toEqual([
      ['a.json', 100],
      ['b.json', 25],
    ]);
    expect(result.code).toBe(1);
  });

  it('exits 2 on a single unreadable design, naming the file', async () => {
    const result = await runCli(['lesson', 'check', '02', 'missing.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read missing.json: no such file');
  });

  it('exits 2 on a bad lesson file with its JSON path', async () => {
    const lesson = JSON.parse(readFileSync('assets/lessons/02-nat-gateway-egress.lesson.json', 'utf8')) as {
      goals: Record<string, unknown>[];
    };
    lesson.goals[0]!.protocol = 'tcpp';
    const result = await runCli(['lesson', 'check', 'mine.lesson.json'], {
      'mine.lesson.json': JSON.stringify(lesson, null, 2),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('mine.lesson.json is not a usable lesson (1 problem(s)):');
    expect(result.stderr).toMatch(
      /mine\.lesson\.json:\d+:\d+ \$\.goals\[0\]\.protocol: protocol must be one of tcp, udp, icmp, all/,
    );
  });

  it('exits 2 without a sub-command, with an unknown one, or without a lesson', async () => {
    expect((await runCli(['lesson'])).stderr).toContain('needs a sub-command: list, answer, start or check');
    expect((await runCli(['lesson', 'grade'])).stderr).toContain('unknown lesson sub-command "grade"');
    const missing = await runCli(['lesson', 'check']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"lesson check" needs a LESSON');
  });
});
