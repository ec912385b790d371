import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../../../shared/interop/index';
import type { Design } from '../../../shared/model/index';
import { BUNDLED } from './bundled';

const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const available = probe.status === 0;
const why = available ? '' : ` (skipped: cfn-lint is not on PATH: ${probe.error?.message ?? probe.stderr})`;

describe(`exported CloudFormation passes cfn-lint${why}`, () => {
  it.skipIf(!available)(
    'every bundled example and template: no errors',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'skyplan-cfn-'));
      const files = BUNDLED.map((file) => {
        const design = JSON.parse(readFileSync(file, 'utf8')) as Design;
        const out = join(
          folder,
          `${basename(file, '.skyplan.json')}-${file.includes('templates') ? 't' : 'e'}.yaml`,
        );
        writeFileSync(out, exportCloudFormation(design));
        return out;
      });
      // Errors only (warnings and informational notes are advice, not failures).
      const lint = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...files], { encoding: 'utf8' });
      const errors = lint.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line));
      expect(errors).toEqual([]);
      // cfn-lint's exit status is a bit mask: 2 means errors (4 warnings, 8 notes).
      expect(lint.status !== null && (lint.status & 2) === 0).toBe(true);
    },
    180_000,
  );
});
