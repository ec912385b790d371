/**
 * Keep it so (issue 14): a save killed at any moment leaves the design file as one complete
 * version, a .bak that parses, and no pile of temporary files. The real desktop file store runs
 * in a child process (bundled with esbuild) that saves in a loop; the test SIGKILLs it after a
 * random delay, checks the folder, and starts it again. SKYPLAN_KILL_TRIALS sets the count.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from '../../shared/model/index';
import type { Design } from '../../shared/model/index';
import { KILL_TRIALS } from './settings';

let folder: string;
let child: string;
const versions: string[] = [];

/** A valid design of about `resources` x 150 bytes, so a save takes long enough to interrupt. */
function version(name: string, resources: number): string {
  const design: Design = {
    format: 'skyplan',
    version: 1,
    name,
    region: 'us-east-1',
    resources: Array.from({ length: resources }, (_, i) => ({
      id: `q${i}`,
      type: 'sqs-queue' as const,
      name: `${name} queue ${i}`,
      props: { requestsPerMonth: i * 1000 },
    })),
    connections: [],
  };
  return serializeDesign(design);
}

beforeAll(async () => {
  folder = fs.mkdtempSync(join(tmpdir(), 'skyplan-kill-'));
  child = join(folder, 'save-child.mjs');
  await build({
    entryPoints: ['test/property/save-child.ts'],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  versions.push(version('Small', 20), version('Large', 2000), version('Medium', 800));
  versions.forEach((text, i) => fs.writeFileSync(join(folder, `v${i}.json`), text));
});

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Starts the saver, waits until it starts saving, then kills it `delayMs` later. */
function runAndKill(work: string, target: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const saver = spawn(
      process.execPath,
      [child, target, ...versions.map((_, i) => join(folder, `v${i}.json`))],
      { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let errors = '';
    saver.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    saver.stdout.once('data', () => setTimeout(() => saver.kill('SIGKILL'), delayMs));
    saver.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`saver stopped by itself (${code}): ${errors}`));
    });
  });
}

describe('kill during save', () => {
  it(
    `leaves one complete version and a parsable .bak after ${KILL_TRIALS} kills`,
    async () => {
      const work = join(folder, 'work');
      fs.mkdirSync(work);
      const target = join(work, 'design.skyplan.json');
      fs.writeFileSync(target, versions[0]!);
      let torn = 0;
      let tornBackups = 0;
      let mostTemps = 0;
      for (let trial = 0; trial < KILL_TRIALS; trial++) {
        await runAndKill(work, target, Math.random() * 40);
        const text = fs.readFileSync(target, 'utf8');
        if (!versions.includes(text)) torn++;
        const backup = `${target}.bak`;
        if (fs.existsSync(backup)) {
          const saved = fs.readFileSync(backup, 'utf8');
          if (!versions.includes(saved) || !parseDesign(saved).ok) tornBackups++;
        }
        const temps = fs.readdirSync(work).filter((name) => name.endsWith('.tmp')).length;
        mostTemps = Math.max(mostTemps, temps);
      }
      if (process.env.SKYPLAN_PROPERTY_REPORT) {
        console.info(
          `kill-during-save: ${KILL_TRIALS} kills, ${torn} torn files, ${tornBackups} torn backups, at most ${mostTemps} temporary files at once`,
        );
      }
      expect({ torn, tornBackups }).toEqual({ torn: 0, tornBackups: 0 });
      // Each save removes what killed saves left: never more than one kill's worth at a time.
      expect(mostTemps).toBeLessThanOrEqual(2);
    },
    Math.max(120_000, KILL_TRIALS * 1500),
  );
});
