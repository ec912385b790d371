/// <reference types="vite/client" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../shared/model/load';
import { serializeDesign } from '../../../shared/model/serialize';
import { runRules, findingToJson } from '../../../shared/rules/index';
import {
  BROKEN_BUNDLED,
  EXAMPLES,
  uniqueExamples,
  instantiate,
  readEntries,
  templateLabel,
  TEMPLATES,
} from '../../../renderer/welcome/templates';

const TEMPLATE_DIR = 'assets/templates';
const files = readdirSync(TEMPLATE_DIR).filter((name) => name.endsWith('.skyplan.json'));

describe('bundled templates', () => {
  it('are all offered on the welcome screen, and every bundled file loads', () => {
    expect(BROKEN_BUNDLED).toEqual([]);
    expect(TEMPLATES.map((entry) => `${entry.id}.skyplan.json`).sort()).toEqual([...files].sort());
    expect(TEMPLATES.map((entry) => entry.id)).toEqual([
      'static-site',
      'serverless-api',
      'sns-sqs-fan-out',
      'two-tier-web-app',
      'private-subnets-nat',
      'ecs-rolling-update',
    ]);
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(`${TEMPLATE_DIR}/${file}`, 'utf8');
      const parsed = parseDesign(text);

      it('loads without issues', () => {
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      });

      it('passes every design rule', () => {
        if (!parsed.ok) throw new Error('does not load');
        expect(runRules(parsed.design).map((finding) => findingToJson(finding))).toEqual([]);
      });

      it('has a name and a description in English and Korean', () => {
        if (!parsed.ok) throw new Error('does not load');
        const entry = { id: file, kind: 'template' as const, design: parsed.design };
        const en = templateLabel(entry, 'en');
        const ko = templateLabel(entry, 'ko');
        expect(en.name.length).toBeGreaterThan(0);
        expect(en.description.length).toBeGreaterThan(20);
        expect(ko.name).toMatch(/[가-힣]/);
        expect(ko.description).toMatch(/[가-힣]/);
      });
    });
  }

  it('the ECS rolling-update template states its deployment settings', () => {
    const entry = TEMPLATES.find((candidate) => candidate.id === 'ecs-rolling-update');
    const service = entry?.design.resources.find((resource) => resource.type === 'ecs-service');
    expect(service?.props).toMatchObject({ desiredCount: 2 });
    expect(entry?.design.description).toMatch(/minimumHealthyPercent 50.*maximumPercent 200/);
  });
});

describe('starting from a template', () => {
  it('names the new design in the user language and drops the translations block', () => {
    const entry = TEMPLATES.find((candidate) => candidate.id === 'serverless-api');
    if (!entry) throw new Error('no serverless template');
    const design = instantiate(entry, 'ko');
    expect(design.name).toBe(templateLabel(entry, 'ko').name);
    expect(design.description).toBe(templateLabel(entry, 'ko').description);
    expect('i18n' in design).toBe(false);
    // A copy: editing it leaves the template alone.
    design.resources.pop();
    expect(entry.design.resources.length).toBe(design.resources.length + 1);
  });

  it('names examples from the message catalogue', () => {
    // Read from its folder: the welcome screen lists this one once, as the template.
    const path = 'assets/examples/serverless-api.skyplan.json';
    const example = readEntries({ [path]: readFileSync(path, 'utf8') }, 'example').entries[0];
    if (!example) throw new Error('no serverless example');
    expect(templateLabel(example, 'ko').name).toBe('서버리스 API');
    const template = TEMPLATES.find((candidate) => candidate.id === 'serverless-api');
    if (!template) throw new Error('no serverless template');
    expect(templateLabel(template, 'en').name).toBe(template.design.name);
  });

  it('leaves out a bundled file that does not load, and says which', () => {
    const { entries, broken } = readEntries(
      { '/x/good.skyplan.json': serializeGood(), '/x/bad.skyplan.json': '{' },
      'template',
    );
    expect(entries.map((entry) => entry.id)).toEqual(['good']);
    expect(broken).toEqual(['/x/bad.skyplan.json']);
  });
});

function serializeGood(): string {
  return serializeDesign({
    format: 'skyplan',
    version: 1,
    name: 'G',
    region: 'us-east-1',
    resources: [],
    connections: [],
  });
}

describe('welcome lists', () => {
  it('list no design twice: an example that is also a template is left out', () => {
    const templateIds = new Set(TEMPLATES.map((entry) => entry.id));
    expect(EXAMPLES.filter((entry) => templateIds.has(entry.id))).toEqual([]);
    const template = TEMPLATES[0];
    if (!template) throw new Error('no template');
    const twin = { ...template, kind: 'example' as const };
    const other = { ...template, id: 'only-an-example', kind: 'example' as const };
    expect(uniqueExamples([twin, other], TEMPLATES).map((entry) => entry.id)).toEqual(['only-an-example']);
  });
});
