/**
 * An Application Load Balancer listens on HTTP and HTTPS only; AWS refuses a TCP, TLS, UDP or
 * TCP_UDP listener on it (those belong to Network Load Balancers,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html).
 * The network engine drops traffic to such a listener with the same explanation.
 */
import { ALB_LISTENER_PROTOCOLS } from '../network/index';
import { entriesOf } from '../network/read';
import type { Listener } from '../model/types';
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

const rule: Rule = {
  meta: {
    id: 'alb-listener-protocol',
    severity: 'error',
    category: 'network',
    docs: { description: 'rules.alb-listener-protocol.description' },
    messages: ['rules.alb-listener-protocol.notHttp', 'rules.alb-listener-protocol.fix'],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const alb of index.ofType('alb')) {
      for (const listener of entriesOf<Listener>(alb.props.listeners)) {
        if (ALB_LISTENER_PROTOCOLS.includes(listener.protocol)) continue;
        ctx.report({
          resources: [alb.id],
          message: 'rules.alb-listener-protocol.notHttp',
          params: { alb: index.label(alb.id), protocol: listener.protocol, port: listener.port },
          fix: 'rules.alb-listener-protocol.fix',
        });
      }
    }
  },
};

export default rule;
