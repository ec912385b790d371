/** Peering connections and transit gateways: type labels, trace messages, rules and cost lines. */
export const multivpc = {
  'type.vpc-peering': 'VPC peering',
  'type.transit-gateway': 'Transit gateway',
  'type.transit-gateway-attachment': 'Transit gateway attachment',
  'type.transit-gateway-route-table': 'Transit gateway route table',
  'typeHelp.vpc-peering':
    'Joins two VPCs one to one. Both route tables need a route to the other CIDR; not transitive; CIDRs must not overlap.',
  'typeHelp.transit-gateway':
    'A regional hub that routes between attached VPCs. Routes in a VPC table target the gateway; its own route tables decide.',
  'typeHelp.transit-gateway-attachment':
    'Attaches a VPC to a transit gateway, with one subnet per AZ. Billed per attachment-hour and per GB sent in.',
  'typeHelp.transit-gateway-route-table':
    'Associated attachments look up their traffic here; propagating attachments add their VPC CIDR; static routes may be blackholes.',
  'field.requesterVpc': 'Requester VPC',
  'field.accepterVpc': 'Accepter VPC',
  'field.crossAzGbPerMonth': 'Data across AZs',
  'field.interRegionGbPerMonth': 'Data to another Region',
  'field.transitGateway': 'Transit gateway',
  'field.associations': 'Associated attachments',
  'field.propagations': 'Propagating attachments',

  'network.hop.peering': 'peering {peering} carries the packet from VPC {vpc} to VPC {peerVpc}',
  'network.hop.peeringReturn': 'peering {peering} carries the reply back to VPC {vpc}',
  'network.hop.tgwIn':
    'attachment {attachment} (subnet {subnet}, AZ {az}) hands the packet to transit gateway {tgw}',
  'network.hop.tgwRouteStatic':
    'transit gateway route table {tgwTable}, associated with {attachment}: static route {destination} -> {target}',
  'network.hop.tgwRoutePropagated':
    'transit gateway route table {tgwTable}, associated with {attachment}: propagated route {destination} -> {target}',
  'network.hop.tgwOut': 'attachment {attachment} delivers the packet into VPC {vpc} towards {resource}',
  'network.hop.tgwReturn':
    'the reply comes back through transit gateway {tgw} and attachment {attachment} into VPC {vpc}',

  'network.blocked.cidrOverlap':
    'VPC {vpc} ({cidr}) and VPC {otherVpc} ({otherCidr}) overlap: AWS routes no traffic between overlapping VPCs through {via}',
  'network.fix.cidrOverlap': 'give VPC {vpc} a CIDR block that does not overlap the other VPC',
  'network.blocked.peeringOtherVpc':
    'route {destination} in {table} targets peering {peering}, which does not join VPC {vpc}',
  'network.fix.peeringOtherVpc': 'in {table}, route {destination} to a peering connection of VPC {vpc}',
  'network.blocked.peeringNotTransitive':
    'route {destination} in {table} sends traffic for {resource} to peering {peering}, which joins {vpc} and {peerVpc} only; {resource} is in {targetVpc}, and peering is not transitive',
  'network.fix.peeringNotTransitive':
    'peer VPC {vpc} with VPC {targetVpc} directly (or use a transit gateway) and route {destination} to that connection in both VPCs',
  'network.blocked.peeringEdgeToEdge':
    "route {destination} in {table} sends traffic to peering {peering}: a peer VPC's internet gateway, NAT gateway or endpoint cannot be used through a peering (edge-to-edge routing)",
  'network.fix.peeringEdgeToEdge':
    'give VPC {vpc} its own internet gateway, NAT gateway or endpoint and point {table} at it',
  'network.blocked.peerNoRoute':
    'the reply from {resource} cannot get back: subnet {subnet} has no route to {destination} in its route table ({table})',
  'network.blocked.peerReturnElsewhere':
    'the reply from {resource} to {destination} leaves by {target} (its route table: {table}), not back through {via}',
  'network.fix.peerNoRoute':
    'add the route {destination} -> {via} to {table} (both VPCs need a route to each other)',
  'network.blocked.tgwNotAttached':
    '{table} sends traffic to transit gateway {tgw}, but VPC {vpc} is not attached to it',
  'network.fix.tgwNotAttached': 'attach VPC {vpc} to {tgw} with one subnet in each AZ it uses',
  'network.blocked.tgwNoAttachmentInAz':
    'attachment {attachment} of VPC {vpc} has no subnet in AZ {az}, so {resource} (subnet {subnet}) cannot reach transit gateway {tgw}',
  'network.fix.tgwNoAttachmentInAz': 'add a subnet of VPC {vpc} in AZ {az} to attachment {attachment}',
  'network.blocked.tgwAttachmentDown':
    'the interface of attachment {attachment} in subnet {subnet} (AZ {az}) is down',
  'network.fix.tgwAttachmentDown': 'give attachment {attachment} a subnet in every AZ the VPC uses',
  'network.blocked.tgwNotAssociated':
    'attachment {attachment} is associated with no route table of transit gateway {tgw}, so the gateway drops what it sends',
  'network.fix.tgwNotAssociated': 'associate {attachment} with a route table of {tgw}',
  'network.blocked.tgwNoRoute':
    'transit gateway route table {tgwTable} has no route to {destination} (VPC {targetVpc})',
  'network.fix.tgwNoRoute':
    'propagate the attachment of VPC {targetVpc} into {tgwTable}, or add a static route {cidr} to it',
  'network.blocked.tgwWrongAttachment':
    'transit gateway route table {tgwTable} sends {destination} to {target} (route {route}), an attachment of VPC {otherVpc}, not of {targetVpc}',
  'network.blocked.tgwBlackhole':
    'transit gateway route table {tgwTable} drops traffic to {destination}: route {route} is a blackhole',
  'network.fix.tgwBlackhole':
    'if VPC {targetVpc} should be reachable, remove the blackhole route {route} from {tgwTable}',
  'network.blocked.tgwEgress':
    'route {destination} in {table} sends internet traffic to transit gateway {tgw}; egress through another VPC is not traced by Skyplan yet',
  'network.fix.tgwEgress': 'give VPC {vpc} its own NAT gateway or internet gateway and point {table} at it',
  'rules.vpc-peering-cidr-overlap.description':
    'Peered VPCs must have IPv4 blocks that do not overlap, and a VPC cannot peer with itself.',
  'rules.vpc-peering-cidr-overlap.overlap':
    'Peering {peering} joins {vpc} ({cidr}) and {otherVpc} ({otherCidr}), whose CIDR blocks overlap: AWS refuses it.',
  'rules.vpc-peering-cidr-overlap.overlapFix':
    'Give {otherVpc} a CIDR block that does not overlap, or remove the peering.',
  'rules.vpc-peering-cidr-overlap.self': 'Peering {peering} joins {vpc} with itself.',
  'rules.vpc-peering-cidr-overlap.selfFix': 'Choose two different VPCs as requester and accepter.',
  'rules.vpc-peering-routes.description':
    'Both VPCs of a peering need a route to each other through it; routes may only target peerings of their own VPC.',
  'rules.vpc-peering-routes.oneSided':
    'Only {vpc} routes through peering {peering}: {otherVpc} has no route back, so every reply is dropped.',
  'rules.vpc-peering-routes.oneSidedFix':
    'Add a route {cidr} -> {peering} to the route tables of {otherVpc} that serve the peered workloads.',
  'rules.vpc-peering-routes.otherVpc':
    'Route {destination} in {table} targets peering {peering}, which does not join {vpc}.',
  'rules.vpc-peering-routes.otherVpcFix': 'Target a peering of {vpc}, or peer {vpc} with that VPC first.',
  'rules.transit-gateway-association.description':
    'Each transit gateway attachment is associated with exactly one route table of its own gateway.',
  'rules.transit-gateway-association.none':
    'Attachment {attachment} is associated with no route table of {tgw}: the gateway drops everything its VPC sends.',
  'rules.transit-gateway-association.noneFix':
    'Add {attachment} to the associations of a route table of {tgw}.',
  'rules.transit-gateway-association.many':
    'Attachment {attachment} is associated with several route tables ({tables}); AWS allows one.',
  'rules.transit-gateway-association.manyFix':
    'Keep {attachment} in the associations of one route table only.',
  'rules.transit-gateway-association.otherGateway':
    'Route table {table} of {tgw} lists attachment {attachment}, which belongs to {otherTgw}.',
  'rules.transit-gateway-association.otherGatewayFix':
    'Remove {attachment} from this table, or attach its VPC to this gateway.',
  'rules.transit-gateway-attachment-subnets.description':
    'A transit gateway attachment takes one subnet per AZ, in its own VPC, and should cover every AZ its VPC uses.',
  'rules.transit-gateway-attachment-subnets.sameAz':
    'Attachment {attachment} lists {subnet} and {other}, both in AZ {az}; AWS allows one subnet per AZ.',
  'rules.transit-gateway-attachment-subnets.sameAzFix': 'Keep one subnet of AZ {az} in the attachment.',
  'rules.transit-gateway-attachment-subnets.otherVpc':
    'Attachment {attachment} lists {subnet}, which is not in its VPC {vpc}.',
  'rules.transit-gateway-attachment-subnets.otherVpcFix': 'Use subnets of {vpc} only.',
  'rules.transit-gateway-attachment-subnets.missingAz':
    'Attachment {attachment} has no subnet in AZ {azs} of {vpc}: workloads there cannot use the transit gateway.',
  'rules.transit-gateway-attachment-subnets.missingAzFix':
    'Add one subnet of each AZ ({azs}) to the attachment.',
  'cost.line.peering.connection': 'Peering connection (no hourly charge)',
  'cost.line.peering.crossAz': '{gb} GB/month across AZs over the peering, billed out and in',
  'cost.line.peering.interRegion':
    '{gb} GB/month to the accepter VPC in another Region (inter-Region transfer)',
  'cost.line.tgw.attachmentHours': 'Attachment, {hours} hours',
  'cost.line.tgw.data': '{gb} GB/month sent into the transit gateway',
  'cost.line.tgw.gateway': 'Transit gateway (no charge of its own; attachments are billed)',
  'cost.line.tgw.routeTable': 'Transit gateway route table (no charge)',
};
