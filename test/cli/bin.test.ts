import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// These run the real command (cli/bin/skyplan.js over the bundle `npm ci` builds), as a user would.
describe('skyplan binary', () => {
  it('prints its version and exits 0', () => {
    const result = spawnSync(process.execPath, ['cli/bin/skyplan.js', '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^skyplan \d+\.\d+\.\d+/);
  });

  it('exits quietly when the reader closes the pipe early (skyplan rules | head -1)', async () => {
    const child = spawn(process.execPath, ['cli/bin/skyplan.js', 'rules'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, then close our end, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
