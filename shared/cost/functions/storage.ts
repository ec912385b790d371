/**
 * S3 Standard (storage tiered by GB-month; PUT-class requests cost about ten times GET-class)
 * and DynamoDB on demand (write and read request units; storage, with 25 GB free a month
 * under the always-free tier). S3's own free tier is a 12-month one and does not apply.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import { grouped } from '../money';
import type { CostLine } from '../types';

export function priceS3Bucket(resource: ResourceOf<'s3-bucket'>, ctx: PricingContext): CostLine[] {
  const gb = ctx.number(resource, 'storageGb');
  const puts = ctx.number(resource, 'putRequestsPerMonth');
  const gets = ctx.number(resource, 'getRequestsPerMonth');
  return [
    ...ctx.tiered(
      {
        id: 'storage',
        description: 'cost.line.s3.storage',
        params: { gb },
        quantity: gb,
        unit: 'cost.unit.gbMonth',
      },
      's3.standardGbMonth',
    ),
    ctx.line(
      {
        id: 'put',
        description: 'cost.line.s3.put',
        params: { requests: grouped(puts) },
        quantity: puts / 1000,
        unit: 'cost.unit.thousandRequests',
      },
      's3.tier1Per1000',
    ),
    ctx.line(
      {
        id: 'get',
        description: 'cost.line.s3.get',
        params: { requests: grouped(gets) },
        quantity: gets / 1000,
        unit: 'cost.unit.thousandRequests',
      },
      's3.tier2Per1000',
    ),
  ];
}

export function priceDynamoDbTable(resource: ResourceOf<'dynamodb-table'>, ctx: PricingContext): CostLine[] {
  const writes = ctx.number(resource, 'writeRequestUnitsPerMonth');
  const reads = ctx.number(resource, 'readRequestUnitsPerMonth');
  const gb = ctx.number(resource, 'storageGb');
  return [
    ctx.line(
      {
        id: 'writes',
        description: 'cost.line.dynamodb.writes',
        params: { units: grouped(writes) },
        quantity: writes / 1e6,
        unit: 'cost.unit.millionWru',
      },
      'dynamodb.writeMillion',
    ),
    ctx.line(
      {
        id: 'reads',
        description: 'cost.line.dynamodb.reads',
        params: { units: grouped(reads) },
        quantity: reads / 1e6,
        unit: 'cost.unit.millionRru',
      },
      'dynamodb.readMillion',
    ),
    ...ctx.tiered(
      {
        id: 'storage',
        description: 'cost.line.dynamodb.storage',
        params: { gb },
        quantity: gb,
        unit: 'cost.unit.gbMonth',
      },
      'dynamodb.storageGbMonth',
      { key: 'dynamodb.freeStorageGb', note: 'cost.note.free.gbMonth' },
    ),
  ];
}
