import type { MessageKey } from '../../shared/i18n/index';
import type { HopAction } from '../../shared/network/types';

/** A label for every hop action; the Record type makes a new action without a label fail to compile. */
const HOP_ACTION_LABELS: Record<HopAction, MessageKey> = {
  source: 'simulate.hop.source',
  route: 'simulate.hop.route',
  'sg-egress': 'simulate.hop.sg-egress',
  'sg-ingress': 'simulate.hop.sg-ingress',
  'sg-return': 'simulate.hop.sg-return',
  'nacl-egress': 'simulate.hop.nacl-egress',
  'nacl-ingress': 'simulate.hop.nacl-ingress',
  listener: 'simulate.hop.listener',
  nat: 'simulate.hop.nat',
  igw: 'simulate.hop.igw',
  endpoint: 'simulate.hop.endpoint',
  service: 'simulate.hop.service',
  invoke: 'simulate.hop.invoke',
  deliver: 'simulate.hop.deliver',
  tgw: 'polish.hop.tgw',
  peering: 'polish.hop.peering',
};

/** The message key labelling a hop's action, or undefined for an action the UI does not know. */
export function hopActionLabel(action: string): MessageKey | undefined {
  return Object.prototype.hasOwnProperty.call(HOP_ACTION_LABELS, action)
    ? HOP_ACTION_LABELS[action as HopAction]
    : undefined;
}
