/**
 * Every address of a VPC belongs to at most one subnet. Subnets are sorted by start address
 * once per VPC and swept, so the check is O(n log n) however many subnets a VPC has.
 */
import type { Cidr } from '../network/cidr';
import { lastAddress, parseCidr } from '../network/cidr';
import type { ResourceOf } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

interface Block {
  subnet: ResourceOf<'subnet'>;
  cidr: Cidr;
  end: number;
}

const rule: Rule = {
  meta: {
    id: 'no-overlapping-subnets',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.no-overlapping-subnets.description' },
    messages: ['rules.no-overlapping-subnets.overlap', 'rules.no-overlapping-subnets.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    const byVpc = new Map<string, Block[]>();
    for (const subnet of index.ofType('subnet')) {
      const cidr = parseCidr(subnet.props.cidr);
      if (!cidr || subnet.parent === undefined) continue;
      const blocks = byVpc.get(subnet.parent) ?? [];
      blocks.push({ subnet, cidr, end: lastAddress(cidr) });
      byVpc.set(subnet.parent, blocks);
    }
    for (const blocks of byVpc.values()) {
      blocks.sort((a, b) => a.cidr.network - b.cidr.network || a.cidr.prefix - b.cidr.prefix);
      // CIDR blocks either nest or are disjoint, so a block overlaps an earlier one exactly when
      // it starts before the furthest end seen so far; that earlier block is the one to name.
      let widest: Block | undefined;
      for (const block of blocks) {
        if (widest && block.cidr.network <= widest.end) {
          ctx.report({
            resources: [block.subnet.id, widest.subnet.id],
            message: 'rules.no-overlapping-subnets.overlap',
            params: {
              subnet: index.label(block.subnet.id),
              cidr: block.subnet.props.cidr,
              other: index.label(widest.subnet.id),
              otherCidr: widest.subnet.props.cidr,
            },
            fix: 'rules.no-overlapping-subnets.fix',
            fixParams: { subnet: index.label(block.subnet.id), otherCidr: widest.subnet.props.cidr },
          });
        }
        if (!widest || block.end > widest.end) widest = block;
      }
    }
  },
};

export default rule;
