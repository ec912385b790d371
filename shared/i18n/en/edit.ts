// The headless editor (shared/edit): history labels and refusals of document operations.
export const edit = {
  'edit.refused.unknown': 'Nothing named {id} is in this design.',
  'edit.refused.needsSubnet': '{type} goes inside a subnet. Put it in one of: {subnets}.',
  'edit.refused.needsSubnetNone':
    '{type} goes inside a subnet, and there is none here yet. Add a subnet first.',
  'edit.refused.otherVpc': '{type} can only span subnets of one VPC. Put it in one of: {subnets}.',
  'edit.refused.singleSubnet': '{type} lives in exactly one subnet, so it cannot extend to a second one.',
  'edit.refused.alreadyIn': '{name} is already placed in {subnet}.',
  'edit.connect.routeExists':
    '{table} already sends {destination} to {target}: there is nothing to add. Edit its routes in the inspector to change them.',
  'edit.connect.notRouteTarget':
    'A route table sends traffic to an internet, NAT or egress-only gateway, a peering, a transit gateway or a gateway endpoint, not to {type}.',
  'edit.connect.interfaceEndpoint':
    'An interface endpoint needs no route: resources reach it through its subnets. Put it in the subnets that use it.',
  'edit.connect.noSecurityGroups': '{type} takes no security groups.',
  'edit.connect.alreadyAttached': '{group} is already attached to {resource}.',
  'edit.connect.alreadyAssociated': '{subnet} already uses {table}.',
  'edit.connect.otherVpc': '{from} and {to} are in different VPCs.',
  'edit.connect.meaningless':
    'Cannot connect {from} to {to}. Drag a route table to a gateway, a subnet to a route table or network ACL, a security group to a resource, or traffic between services.',
  'edit.action.addRoute': 'Add route {destination} → {target}',
  'edit.action.associate': 'Associate {subnet} with {table}',
  'edit.action.disassociate': 'Remove {table} from {subnet}',
  'edit.action.attach': 'Attach {group} to {resource}',
  'edit.action.detach': 'Detach {group} from {resource}',
  'edit.action.extend': 'Extend {name} to {subnet}',
};
