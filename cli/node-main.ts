/** The Node entry of the skyplan command: wires real stdout, stderr and files into `run`. */
import { run } from './main';
import { nodeIO } from './node-io';

// `skyplan rules | head` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await run(process.argv.slice(2), nodeIO(process.env));
process.exitCode = code;
