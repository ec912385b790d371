/** The Node entry of the skyplan command: wires real stdout, stderr and files into `run`. */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { run } from './main';

// `skyplan rules | head` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  listDir: (path) => readdirSync(path),
  writeFile: (path, text) => {
    // Write beside the file and rename over it, so an interrupted write never leaves half a design.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  },
  env: process.env,
});
process.exitCode = code;
