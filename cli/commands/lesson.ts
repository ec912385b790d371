/**
 * skyplan lesson: the command-line side of graded exercises. `list` shows the bundled lessons,
 * `answer` prints a lesson's answer design, `check` grades designs against a lesson's goals; a
 * folder of student submissions becomes one CSV for a gradebook (PKA Marker's job, offline).
 */
import type { BundledLesson, Lesson, LessonResult } from '../../shared/lessons/index';
import {
  bundledLessons,
  defaultEngine,
  evaluateLesson,
  faultForSeed,
  findBundledLesson,
  goalTitleText,
  isSeed,
  lessonForSeed,
  parseLesson,
  resultText,
} from '../../shared/lessons/index';
import type { Design } from '../../shared/model/index';
import { describeIssue, issueMessage, pathToString, serializeDesign } from '../../shared/model/index';
import { csvField } from '../../shared/io/escape';
import type { Command, CommandContext } from '../context';
import { CliError, writeJson } from '../context';

const SUBCOMMANDS = ['list', 'answer', 'check', 'start'] as const;
type Sub = (typeof SUBCOMMANDS)[number];
const FORMATS_OF: Record<Sub, readonly string[]> = {
  list: ['text', 'json'],
  answer: ['text'],
  check: ['text', 'json', 'csv'],
  start: ['text', 'json'],
};

function subOf(ctx: CommandContext): Sub {
  const sub = ctx.positionals[0];
  if (!sub) throw new CliError('cli.lesson.missingSub', { usage: ctx.t('cli.lesson.usage') });
  if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw new CliError('cli.lesson.unknownSub', { sub });
  const formats = FORMATS_OF[sub as Sub];
  if (!formats.includes(ctx.format)) {
    throw new CliError('cli.lesson.badFormatFor', { format: ctx.format, sub, formats: formats.join('|') });
  }
  return sub as Sub;
}

/** A bundled lesson id (or number), else a path to a .lesson.json file. */
function loadLesson(ctx: CommandContext, sub: Sub): Lesson {
  const key = ctx.positionals[1];
  if (!key) throw new CliError('cli.lesson.missingLesson', { sub });
  const bundled = findBundledLesson(key);
  if (bundled) return bundled.lesson;
  if (!/[\\/]|\.json$/.test(key)) {
    throw new CliError('lessons.unknown', {
      lesson: key,
      ids: bundledLessons()
        .map((entry) => entry.lesson.id)
        .join(', '),
    });
  }
  const result = parseLesson(ctx.readText(key));
  if (result.ok) return result.lesson;
  throw new CliError(
    'lessons.parse.invalid',
    { file: key, count: result.issues.length },
    result.issues.map((found) => `  ${describeIssue(found, ctx.locale, key)}`),
    {
      file: key,
      errors: result.issues.map((found) => ({
        code: found.code,
        path: pathToString(found.path),
        line: found.line ?? null,
        column: found.column ?? null,
        message: issueMessage(found, ctx.locale),
      })),
    },
  );
}

function list(ctx: CommandContext): number {
  const lessons = bundledLessons();
  if (ctx.format === 'json') {
    writeJson(ctx.io, {
      lessons: lessons.map(({ lesson, path }: BundledLesson) => ({
        id: lesson.id,
        title: lesson.title[ctx.locale],
        path,
      })),
    });
    return 0;
  }
  ctx.io.stdout(`${ctx.t('cli.lesson.listHeader')}\n`);
  const width = Math.max(...lessons.map(({ lesson }) => lesson.id.length)) + 2;
  for (const { lesson, path } of lessons) {
    ctx.io.stdout(`  ${lesson.id.padEnd(width)}${lesson.title[ctx.locale]}\n  ${' '.repeat(width)}${path}\n`);
  }
  return 0;
}

/** Designs named on the command line; a folder stands for the designs in it. */
function designFiles(ctx: CommandContext): string[] {
  const files: string[] = [];
  for (const arg of ctx.positionals.slice(2)) {
    let names: string[] | undefined;
    try {
      names = ctx.io.listDir?.(arg);
    } catch {
      names = undefined; // not a folder: read it as a file (and report it if it is neither)
    }
    if (!names) {
      files.push(arg);
      continue;
    }
    const designs = names
      .filter((name) => name.endsWith('.json') && !name.endsWith('.lesson.json'))
      .sort()
      .map((name) => `${arg.replace(/[\\/]+$/, '')}/${name}`);
    if (designs.length === 0) throw new CliError('cli.lesson.noDesigns', { folder: arg });
    files.push(...designs);
  }
  return files;
}

interface Graded {
  file: string;
  result?: LessonResult;
  error?: CliError;
}

/**
 * --seed N: the student number of a troubleshooting lesson. `start` needs it there; `check`
 * without it grades the goals every student shares (not the fault's own goals).
 */
function seeded(ctx: CommandContext, lesson: Lesson, required: boolean): Lesson {
  const raw = ctx.options.seed;
  const hasFaults = (lesson.faults ?? []).length > 0;
  if (raw === undefined) {
    if (required && hasFaults) throw new CliError('cli.lesson.needsSeed', { lesson: lesson.id });
    return lesson;
  }
  const seed = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!isSeed(seed)) throw new CliError('cli.lesson.badSeed', { found: String(raw) });
  if (!hasFaults) throw new CliError('cli.lesson.noFaults', { lesson: lesson.id });
  return lessonForSeed(lesson, seed);
}

function check(ctx: CommandContext): number {
  const lesson = seeded(ctx, loadLesson(ctx, 'check'), false);
  const files = designFiles(ctx);
  const engine = defaultEngine();
  const grade = (file: string, design: Design): Graded => ({
    file,
    result: evaluateLesson(lesson, design, engine),
  });
  let graded: Graded[];
  if (files.length === 0) {
    graded = [grade(ctx.t('cli.lesson.startDesign', { lesson: lesson.id }), lesson.start)];
  } else if (files.length === 1) {
    const file = files[0] as string;
    graded = [grade(file, ctx.readDesign(file))];
  } else {
    // A gradebook run keeps going past a broken submission; it is reported and the exit is 2.
    graded = files.map((file) => {
      try {
        return grade(file, ctx.readDesign(file));
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        ctx.io.stderr(
          `skyplan: ${ctx.t(error.key, error.params)}\n${error.details.map((l) => `${l}\n`).join('')}`,
        );
        return { file, error };
      }
    });
  }

  if (ctx.format === 'json') {
    const one = (entry: Graded) => ({
      file: entry.file,
      progress: entry.result?.progress ?? null,
      goals: (entry.result?.goals ?? []).map((goal) => ({
        id: goal.id,
        passed: goal.passed,
        message: resultText(goal, ctx.locale),
      })),
      ...(entry.error ? { error: ctx.t(entry.error.key, entry.error.params) } : {}),
    });
    if (graded.length === 1) {
      const { progress, goals } = one(graded[0] as Graded);
      writeJson(ctx.io, { lesson: lesson.id, progress, goals });
    } else {
      writeJson(ctx.io, { lesson: lesson.id, designs: graded.map(one) });
    }
  } else if (ctx.format === 'csv') {
    const ids = lesson.goals.map((goal) => goal.id);
    ctx.io.stdout(`${['file', 'progress', ...ids, 'error'].map(csvField).join(',')}\n`);
    for (const entry of graded) {
      const cells = entry.result
        ? [entry.file, entry.result.progress, ...entry.result.goals.map((goal) => (goal.passed ? 1 : 0)), '']
        : [
            entry.file,
            '',
            ...ids.map(() => ''),
            entry.error ? ctx.t(entry.error.key, entry.error.params) : '',
          ];
      ctx.io.stdout(`${cells.map(csvField).join(',')}\n`);
    }
  } else {
    ctx.io.stdout(`${lesson.id}: ${lesson.title[ctx.locale]}\n`);
    for (const entry of graded) {
      if (!entry.result) continue;
      const passed = entry.result.goals.filter((goal) => goal.passed).length;
      ctx.io.stdout(
        `${ctx.t('cli.lesson.progress', { file: entry.file, progress: entry.result.progress, passed, total: entry.result.goals.length })}\n`,
      );
      entry.result.goals.forEach((goal, i) => {
        const source = lesson.goals[i];
        const title = source ? goalTitleText(source, ctx.locale) : goal.id;
        ctx.io.stdout(
          `  [${goal.passed ? 'x' : ' '}] ${goal.id}: ${title}\n        ${resultText(goal, ctx.locale)}\n`,
        );
      });
    }
  }
  if (graded.some((entry) => entry.error)) return 2;
  return graded.every((entry) => entry.result?.progress === 100) ? 0 : 1;
}

export const lessonCommand: Command = {
  name: 'lesson',
  summary: 'cli.lesson.summary',
  usage: 'cli.lesson.usage',
  exitCodes: 'cli.exitCodes.lesson',
  formats: ['text', 'json', 'csv'],
  options: { seed: { type: 'string', help: 'cli.option.lessonSeed', valueName: 'N' } },
  // list | answer LESSON | start LESSON | check LESSON [DESIGN...]: as many designs as a class hands in.
  maxPositionals: 10_000,
  run(ctx) {
    const sub = subOf(ctx);
    if (sub === 'list') {
      if (ctx.positionals[1] !== undefined)
        throw new CliError('cli.lesson.extraArgs', { sub, arg: ctx.positionals[1] });
      return list(ctx);
    }
    if (sub === 'answer') {
      const lesson = loadLesson(ctx, sub);
      if (ctx.positionals[2] !== undefined)
        throw new CliError('cli.lesson.extraArgs', { sub, arg: ctx.positionals[2] });
      ctx.io.stdout(serializeDesign(lesson.answer));
      return 0;
    }
    if (sub === 'start') {
      // The student's design: the start design, with their fault when the lesson has faults.
      const source = loadLesson(ctx, sub);
      const lesson = seeded(ctx, source, true);
      if (ctx.positionals[2] !== undefined)
        throw new CliError('cli.lesson.extraArgs', { sub, arg: ctx.positionals[2] });
      if (ctx.format === 'json') {
        // The instructor's answer key: which fault this student number got, with the design.
        const seed = typeof ctx.options.seed === 'string' ? Number(ctx.options.seed) : null;
        const fault = seed === null ? undefined : faultForSeed(source, seed);
        writeJson(ctx.io, {
          lesson: lesson.id,
          seed,
          fault: fault ? { id: fault.id, title: fault.title[ctx.locale] } : null,
          design: JSON.parse(serializeDesign(lesson.start)) as unknown,
        });
        return 0;
      }
      ctx.io.stdout(serializeDesign(lesson.start));
      return 0;
    }
    return check(ctx);
  },
};
