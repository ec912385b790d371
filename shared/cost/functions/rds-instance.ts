/**
 * RDS instance: instance hours (Multi-AZ runs a standby, priced about twice Single-AZ) and
 * General Purpose storage per GB-month (doubled for Multi-AZ). The table holds MySQL prices;
 * another engine is priced at the MySQL figure, flagged as an estimate. A publicly accessible
 * instance also has a public IPv4 address.
 */
import type { ResourceOf } from '../../model/types';
import type { PricingContext } from '../context';
import type { CostLine, Text } from '../types';

export function priceRdsInstance(resource: ResourceOf<'rds-instance'>, ctx: PricingContext): CostLine[] {
  const hours = ctx.hours;
  const engine = String(ctx.usage(resource, 'engine'));
  const instanceClass = String(ctx.usage(resource, 'instanceClass'));
  const multiAz = ctx.usage(resource, 'multiAz') === true;
  const storageGb = ctx.number(resource, 'storageGb');
  const deployment = multiAz ? 'multiAz' : 'singleAz';
  const own = `rds.${engine}.${instanceClass}.${deployment}.hour`;
  const mysql = `rds.mysql.${instanceClass}.${deployment}.hour`;
  const spec = {
    id: 'hours',
    description: (multiAz ? 'cost.line.rds.hoursMultiAz' : 'cost.line.rds.hours') as
      'cost.line.rds.hoursMultiAz' | 'cost.line.rds.hours',
    params: { instanceClass, engine, hours },
    quantity: hours,
    unit: 'cost.unit.hour' as const,
  };
  let hoursLine: CostLine;
  if (ctx.entry(own)) {
    hoursLine = ctx.line(spec, own);
  } else if (ctx.entry(mysql)) {
    const note: Text = { key: 'cost.note.rdsEngineFallback', params: { engine } };
    hoursLine = { ...ctx.line({ ...spec, note }, mysql), estimate: true };
  } else {
    hoursLine = ctx.unpriced({
      ...spec,
      note: {
        key: 'cost.note.noPrice',
        params: { what: `${engine} ${instanceClass}`, region: ctx.table.region },
      },
    });
  }
  const lines = [
    hoursLine,
    ctx.line(
      {
        id: 'storage',
        description: multiAz ? 'cost.line.rds.storageMultiAz' : 'cost.line.rds.storage',
        params: { gb: storageGb },
        quantity: storageGb,
        unit: 'cost.unit.gbMonth',
      },
      multiAz ? 'rds.storage.multiAzGbMonth' : 'rds.storage.singleAzGbMonth',
    ),
  ];
  if (ctx.usage(resource, 'publiclyAccessible') === true) {
    lines.push(
      ctx.line(
        {
          id: 'ipv4',
          description: 'cost.line.rds.ipv4',
          params: { hours },
          quantity: hours,
          unit: 'cost.unit.ipHour',
        },
        'ipv4.inUseHour',
      ),
    );
  }
  return lines;
}
