/**
 * Designs for the editor tests, built on the shared renderer fixture: the two-subnet VPC, and a
 * two-AZ variant (public and private subnet in AZ a and b) with room to drop things.
 */
import type { Design, Resource } from '../../../shared/model/types';
import { twoTierDesign } from '../../fixtures/designs';

export { twoTierDesign };

/**
 * VPC vpc1 (0,0 800x800): pub (a, public) and priv (a) in the top row, pubB (b, public) and
 * privB (b) below; igw1, rtPub, rtPriv, sg1 along the bottom. All absolute = relative + VPC.
 */
export function twoAzDesign(): Design {
  const design = twoTierDesign();
  const extra: Resource[] = [
    {
      id: 'pubB',
      type: 'subnet',
      parent: 'vpc1',
      props: { cidr: '10.0.3.0/24', az: 'b', routeTable: 'rtPub' },
    },
    { id: 'privB', type: 'subnet', parent: 'vpc1', props: { cidr: '10.0.4.0/24', az: 'b' } },
  ];
  design.resources.push(...extra);
  design.layout = {
    ...design.layout,
    vpc1: { x: 0, y: 0, w: 800, h: 800 },
    pubB: { x: 20, y: 300, w: 300, h: 200 },
    privB: { x: 400, y: 300, w: 300, h: 200 },
    igw1: { x: 300, y: 680 },
    rtPub: { x: 100, y: 680 },
    rtPriv: { x: 500, y: 680 },
    sg1: { x: 650, y: 680 },
  };
  return design;
}
