/**
 * A Network Load Balancer listens on TCP, TLS, UDP or TCP_UDP; AWS refuses an HTTP or HTTPS
 * listener on it (those belong to Application Load Balancers,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html).
 * The network engine drops traffic to such a listener with the same explanation.
 */
import type { Listener } from '../model/types';
import { NLB_LISTENER_PROTOCOLS } from '../network/nlb';
import { entriesOf } from '../network/read';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'nlb-listener-protocol',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.nlb-listener-protocol.description' },
    messages: ['rules.nlb-listener-protocol.notLayer4', 'rules.nlb-listener-protocol.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const nlb of index.ofType('nlb')) {
      for (const listener of entriesOf<Listener>(nlb.props.listeners)) {
        if (NLB_LISTENER_PROTOCOLS.includes(listener.protocol)) continue;
        ctx.report({
          resources: [nlb.id],
          message: 'rules.nlb-listener-protocol.notLayer4',
          params: { nlb: index.label(nlb.id), protocol: listener.protocol, port: listener.port },
          fix: 'rules.nlb-listener-protocol.fix',
        });
      }
    }
  },
};

export default rule;
