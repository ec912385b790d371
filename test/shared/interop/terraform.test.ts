import { readFileSync } from 'node:fs';
import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { exportTerraform } from '../../../shared/interop/index';
import type { Design } from '../../../shared/model/index';
import { BUNDLED } from './bundled';

type Blocks = Record<string, Record<string, unknown>>;

/** Every `aws_x.name`, `data.aws_x.name` and `var.name` an expression mentions. */
function references(node: unknown, into: Set<string>): Set<string> {
  if (typeof node === 'string') {
    for (const match of node.matchAll(/\$\{([^}]*)\}/g)) {
      for (const ref of (match[1] ?? '').matchAll(
        /\b(data\.[a-z0-9_]+\.[A-Za-z0-9_-]+|var\.[A-Za-z0-9_]+|aws_[a-z0-9_]+\.[A-Za-z0-9_-]+)/g,
      )) {
        into.add(ref[1] ?? '');
      }
    }
  } else if (Array.isArray(node)) {
    for (const item of node) references(item, into);
  } else if (node && typeof node === 'object') {
    for (const value of Object.values(node)) references(value, into);
  }
  return into;
}

function declared(config: {
  resource?: Blocks;
  data?: Blocks;
  variable?: Record<string, unknown>;
}): Set<string> {
  const out = new Set<string>();
  for (const [type, byName] of Object.entries(config.resource ?? {}))
    for (const name of Object.keys(byName)) out.add(`${type}.${name}`);
  for (const [type, byName] of Object.entries(config.data ?? {}))
    for (const name of Object.keys(byName)) out.add(`data.${type}.${name}`);
  for (const name of Object.keys(config.variable ?? {})) out.add(`var.${name}`);
  return out;
}

describe('Terraform export', () => {
  it.each(BUNDLED)(
    '%s parses as HCL and every reference resolves',
    async (file) => {
      const design = JSON.parse(readFileSync(file, 'utf8')) as Design;
      const text = exportTerraform(design);
      const config = (await parse('main.tf', text)) as {
        resource?: Blocks;
        data?: Blocks;
        variable?: Record<string, unknown>;
        provider?: unknown;
      };
      expect(config.provider).toBeDefined();
      const known = declared(config);
      const used = references(config, new Set());
      expect(used.size).toBeGreaterThan(0);
      expect([...used].filter((ref) => !known.has(ref))).toEqual([]);
      // Every design resource but the internet is declared under its own name.
      for (const resource of design.resources) {
        if (resource.type === 'internet') continue;
        expect([...known].some((name) => name.endsWith(`.${resource.id}`))).toBe(true);
      }
    },
    30_000,
  );

  it('never writes a database password, and uses data sources for the AZs', () => {
    const text = exportTerraform(
      JSON.parse(readFileSync('assets/examples/two-tier-web-app.skyplan.json', 'utf8')) as Design,
    );
    expect(text).toContain('manage_master_user_password = true');
    expect(text).not.toMatch(/\bpassword\s*=/);
    expect(text).toContain('data.aws_availability_zones.available.names[1]');
    expect(text).toContain('resource "aws_route_table_association"');
    expect(text).toMatch(
      /resource "aws_nat_gateway" "natA" \{\n {2}subnet_id = aws_subnet\.pubA\.id\n {2}allocation_id = aws_eip\.natA_eip\.id/,
    );
  });
});
