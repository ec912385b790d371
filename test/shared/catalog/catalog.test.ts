import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  canPlace,
  defaultOf,
  initialProps,
  paletteTypes,
  withDefaults,
} from '../../../shared/catalog/index';
import { isMessageKey } from '../../../shared/i18n/index';
import { checkSchema } from '../../../shared/model/schema';
import { RESOURCE_TYPES } from '../../../shared/model/types';

describe('catalog', () => {
  it('has an entry for every resource type, listed once in the palette', () => {
    expect(Object.keys(CATALOG).sort()).toEqual([...RESOURCE_TYPES].sort());
    expect(paletteTypes().sort()).toEqual([...RESOURCE_TYPES].sort());
  });

  it('points every type at an icon that exists in the aws-icons package', () => {
    for (const entry of Object.values(CATALOG)) {
      expect(existsSync(`node_modules/aws-icons/icons/${entry.icon}`), entry.icon).toBe(true);
    }
  });

  it('has English and Korean labels for every type, category and field', () => {
    for (const entry of Object.values(CATALOG)) {
      expect(isMessageKey(`type.${entry.type}`), entry.type).toBe(true);
      expect(isMessageKey(`typeHelp.${entry.type}`), entry.type).toBe(true);
      expect(isMessageKey(`category.${entry.category}`), entry.category).toBe(true);
      for (const field of entry.fields) {
        expect(isMessageKey(`field.${field.key}`), `${entry.type}.${field.key}`).toBe(true);
        if (field.unit) expect(isMessageKey(`unit.${field.unit}`), field.unit).toBe(true);
      }
    }
  });

  it('gives every required field an initial value that passes the schema', () => {
    for (const type of RESOURCE_TYPES) {
      const entry = CATALOG[type];
      const parent = entry.allowedParents.find((p) => p !== 'none');
      const props = initialProps(type);
      for (const field of entry.fields.filter((f) => f.required)) {
        expect(props, `${type}.${field.key}`).toHaveProperty(field.key);
      }
      const issues = checkSchema({
        format: 'skyplan',
        version: 1,
        name: 'x',
        region: 'us-east-1',
        resources: [{ id: 'r1', type, parent: parent ? 'p' : undefined, props }],
        connections: [],
      });
      expect(issues, type).toEqual([]);
    }
  });

  it('hands out fresh initial values, never shared objects', () => {
    const a = initialProps('route-table') as { routes: unknown[] };
    a.routes.push({ destination: '0.0.0.0/0', target: 'x' });
    expect((initialProps('route-table') as { routes: unknown[] }).routes).toEqual([]);
  });

  it('fills documented defaults without changing the document', () => {
    const resource = { id: 'f', type: 'lambda-function' as const, props: { memoryMb: 512 } };
    expect(withDefaults(resource)).toMatchObject({ memoryMb: 512, timeoutSec: 3, architecture: 'x86_64' });
    expect(resource.props).toEqual({ memoryMb: 512 });
    expect(defaultOf('ecs-service', 'desiredCount')).toBe(2);
    expect(defaultOf('subnet', 'mapPublicIp')).toBe(false);
  });

  it('knows where things may be placed', () => {
    expect(canPlace('nat-gateway', 'subnet')).toBe(true);
    expect(canPlace('nat-gateway', 'vpc')).toBe(false);
    expect(canPlace('nat-gateway', undefined)).toBe(false);
    expect(canPlace('subnet', undefined)).toBe(false);
    expect(canPlace('vpc', undefined)).toBe(true);
    expect(canPlace('lambda-function', undefined)).toBe(true);
    expect(canPlace('lambda-function', 'subnet')).toBe(true);
  });

  it('documents the usage defaults docs/file-format.md names', () => {
    expect(defaultOf('ecs-service', 'cpu')).toBe(0.5);
    expect(defaultOf('ecs-service', 'memoryGb')).toBe(1);
    expect(defaultOf('lambda-function', 'ephemeralStorageMb')).toBe(512);
    expect(defaultOf('ecs-service', 'ephemeralStorageGb')).toBe(20);
    expect(defaultOf('rds-instance', 'instanceClass')).toBe('db.t3.micro');
  });
});
