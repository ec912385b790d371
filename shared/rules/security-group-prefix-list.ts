/**
 * A security-group rule may name a prefix list. Skyplan knows the AWS-managed S3 and DynamoDB
 * lists (pl-s3, pl-dynamodb, or com.amazonaws.<region>.s3 / .dynamodb); a customer-managed list
 * (pl-0abc...) holds CIDRs the design does not say, so the engine lets it match nothing. Said
 * here, so a blocked path is not a mystery.
 */
import { isPrefixListPeer, prefixListService } from '../network/prefix-lists';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'security-group-prefix-list',
    severity: 'warning',
    category: 'security',
    docs: { description: 'rules.security-group-prefix-list.description' },
    messages: ['rules.security-group-prefix-list.unknown', 'rules.security-group-prefix-list.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const group of index.ofType('security-group')) {
      const seen = new Set<string>();
      for (const entry of [...group.props.inbound, ...(group.props.outbound ?? [])]) {
        const peer = entry.peer;
        if (!isPrefixListPeer(peer) || prefixListService(peer) !== undefined || seen.has(peer)) continue;
        seen.add(peer);
        ctx.report({
          resources: [group.id],
          message: 'rules.security-group-prefix-list.unknown',
          params: { group: index.label(group.id), list: peer },
          fix: 'rules.security-group-prefix-list.fix',
        });
      }
    }
  },
};

export default rule;
