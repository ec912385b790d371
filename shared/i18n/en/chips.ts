// Dragging attachment chips (a route table, network ACL or security group) onto other shapes,
// a subnet onto a chip, and a route table onto a gateway. The editor's own refusals and history
// labels for these gestures (shared/edit/gateway-routes.ts) are here too, under `edit.`.
export const chips = {
  'chips.hint.table': 'Drag onto another subnet to associate it with this table',
  'chips.hint.group': 'Drag onto another resource to attach this group to it',
  'chips.hint.routeTable':
    'Drag onto another subnet to associate it with this table, or onto a gateway to add a route to it',
  'chips.hint.escape': 'Esc cancels',
  'edit.action.replaceRoute': 'Route {destination} to {target} instead of {previous}',
  'edit.route.natLoop':
    '{nat} sits in a subnet that uses {table}: a default route to it would send its own traffic back to itself. Route this table to the internet gateway, and the private subnets’ tables to {nat}.',
  'edit.route.noIpv6':
    '{gateway} carries IPv6 only, and {vpc} has no IPv6 block. Give the VPC an IPv6 CIDR in the inspector first.',
  'edit.route.peeringElsewhere':
    '{peering} joins {vpcs}; {table} is in neither, so it cannot route through it. Drag a table of one of those VPCs instead.',
  'edit.route.tgwNotAttached':
    '{vpc} is not attached to {tgw}: a route to it would go nowhere. Add a transit gateway attachment in the VPC’s subnets first.',
  'edit.route.tgwAlone':
    'No other VPC is attached to {tgw} yet, so there is nothing to route to. Attach the other VPCs first.',
};
