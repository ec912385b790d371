/**
 * AWS facts the catalog carries for the engine and the editor: the open list of endpoint
 * services (execute-api included, any name of the right shape accepted), the zones of each
 * Region, and prefix-list peers in security-group rules (accepted by the schema and the
 * reference check, not mistaken for CIDRs or group ids).
 */
import { describe, expect, it } from 'vitest';
import {
  ENDPOINT_SERVICES,
  fieldOf,
  isKnownEndpointService,
  knowsZonesOf,
  zoneLettersOf,
} from '../../../shared/catalog/index';
import { checkReferences } from '../../../shared/model/references';
import { checkSchema } from '../../../shared/model/schema';
import type { Design } from '../../../shared/model/types';

function withEndpoint(service: unknown): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'e',
    region: 'us-east-1',
    resources: [
      { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
      {
        id: 'e',
        type: 'vpc-endpoint',
        parent: 'vpc1',
        props: { service, endpointType: 'interface' },
      } as never,
    ],
    connections: [],
  };
}

function withPeer(peer: string): Design {
  return {
    format: 'skyplan',
    version: 1,
    name: 'p',
    region: 'us-east-1',
    resources: [
      { id: 'vpc1', type: 'vpc', props: { cidr: '10.0.0.0/16' } },
      {
        id: 'sg',
        type: 'security-group',
        parent: 'vpc1',
        props: { inbound: [], outbound: [{ protocol: 'tcp', ports: '443', peer }] },
      },
    ],
    connections: [],
  };
}

describe('endpoint services: an open list', () => {
  it('offers execute-api and the services the engine names', () => {
    expect(ENDPOINT_SERVICES).toEqual(
      expect.arrayContaining(['execute-api', 's3', 'dynamodb', 'sqs', 'ecr.dkr']),
    );
    expect(fieldOf('vpc-endpoint', 'service')).toMatchObject({ kind: 'enum', open: true });
    expect(isKnownEndpointService('execute-api')).toBe(true);
    expect(isKnownEndpointService('aps-workspaces')).toBe(false);
  });

  it('accepts any service name of the right shape, and refuses others', () => {
    expect(checkSchema(withEndpoint('execute-api'))).toEqual([]);
    expect(checkSchema(withEndpoint('aps-workspaces'))).toEqual([]);
    expect(checkSchema(withEndpoint('sagemaker.runtime-fips'))).toEqual([]);
    for (const bad of ['S3', 'ecr..dkr', '', 'com amazonaws', 42]) {
      expect(
        checkSchema(withEndpoint(bad)).map((i) => i.code),
        String(bad),
      ).toEqual(['schema.enum']);
    }
  });
});

describe('Availability Zones per Region', () => {
  it('knows us-east-1 (a-f) and Seoul (a-d)', () => {
    expect(zoneLettersOf('us-east-1')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(zoneLettersOf('ap-northeast-2')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('falls back to a-f for a Region it does not list', () => {
    expect(knowsZonesOf('me-central-1')).toBe(false);
    expect(zoneLettersOf('me-central-1')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('prefix lists as security-group peers', () => {
  for (const peer of ['pl-s3', 'pl-dynamodb', 'pl-0a1b2c3d', 'com.amazonaws.us-east-1.s3']) {
    it(`accepts ${peer} in the schema and the reference check`, () => {
      expect(checkSchema(withPeer(peer))).toEqual([]);
      expect(checkReferences(withPeer(peer))).toEqual([]);
    });
  }

  it('still checks CIDRs and group ids', () => {
    expect(checkSchema(withPeer('10.0.0.0/33')).map((i) => i.code)).toEqual(['schema.cidr']);
    expect(checkReferences(withPeer('sgMissing')).map((i) => i.code)).toEqual(['ref.unknown']);
  });
});
