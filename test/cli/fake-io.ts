/**
 * Runs the skyplan command in process with an in-memory file system, so CLI tests check
 * output and exit status without spawning Node. Paths in `files` are exact strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { run } from '../../cli/main';
import type { CliIO } from '../../cli/context';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

export async function runCli(
  argv: string[],
  files: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile(path) {
      if (Object.prototype.hasOwnProperty.call(files, path)) return files[path] as string;
      // Fall back to the real repository files (examples, lessons) so tests can use them.
      return readFileSync(path, 'utf8');
    },
    listDir(path) {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const inMemory = Object.keys(files)
        .filter((name) => name.startsWith(prefix))
        .map((name) => name.slice(prefix.length));
      return inMemory.length > 0 ? inMemory : readdirSync(path);
    },
    env,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}
