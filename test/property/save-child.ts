/**
 * Child process of kill-during-save.test.ts: saves designs over one file through the real
 * desktop file store, forever, until the parent kills it. Prints "ready" when it starts saving.
 * Arguments: target path, then the versions' files (each a complete, valid design).
 */
import { readFileSync } from 'node:fs';
import { saveDesignFile } from '../../electron/file-store';

const [target, ...versionFiles] = process.argv.slice(2);
const versions = versionFiles.map((file) => readFileSync(file, 'utf8'));

process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const result = await saveDesignFile(target as string, versions[i % versions.length] as string);
  if (!result.ok) {
    process.stderr.write(`save failed: ${JSON.stringify(result.error)}\n`);
    process.exit(3);
  }
}
