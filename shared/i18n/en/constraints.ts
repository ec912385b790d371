/**
 * Messages for what AWS refuses to create or silently drops (engine fidelity): the network
 * engine's extra blocked reasons, the props they read, the cost lines of SNS deliveries and the
 * design rules that check AWS's creation-time constraints (`rules.<rule-id>.` keys).
 */
export const constraints = {
  'field.sourceDestCheck': 'Source/destination check',
  'field.emailSubscriptions': 'Email subscriptions',

  'network.blocked.sourceDestCheck':
    '{nat} forwards traffic for subnet {subnet}, but its source/destination check is on, so it drops every packet not addressed to itself',
  'network.fix.sourceDestCheck':
    'turn the source/destination check of {nat} off (sourceDestCheck: false), as every NAT instance needs',
  'network.fix.noPublicIpEcsEc2':
    'tasks of {resource} use the EC2 launch type, whose awsvpc network interfaces never get a public address: place them in private subnets routed through a NAT gateway, or use Fargate with assignPublicIp',
  'network.blocked.albListenerProtocol':
    '{resource} has a {protocol} listener on port {port}, but an Application Load Balancer listens on HTTP and HTTPS only (TCP, TLS and UDP are Network Load Balancer protocols)',
  'network.fix.albListenerProtocol':
    'make the listener on port {port} of {resource} HTTP or HTTPS, or use a Network Load Balancer for TCP, TLS or UDP',

  'cost.line.sns.http': 'Deliveries to {subscribers} HTTP/S subscriber(s)',
  'cost.line.sns.email': 'Deliveries to {subscribers} email subscription(s)',
  'cost.line.sns.otherDeliveries': 'Deliveries to {subscribers} {type} subscriber(s): no price known',
  'cost.note.sns.emailEstimate':
    "AWS's SNS table prices email deliveries per 100,000; this Region's figure is not confirmed (estimate)",
  'cost.note.vpce.unknownService':
    "{service} is not in Skyplan's list of AWS endpoint services; priced at the standard interface endpoint rate (estimate)",

  'inspector.openEnum.invalid':
    'a service name: lowercase words joined by dots or hyphens (execute-api, ecr.dkr)',

  'inspector.ephemeral.label': 'Return traffic',
  'inspector.ephemeral.choose': 'Add an ephemeral-port rule...',
  'inspector.ephemeral.nat': 'NAT gateway, load balancer, Lambda: {from}-{to}',
  'inspector.ephemeral.amazonLinux': 'Amazon Linux: {from}-{to}',
  'inspector.ephemeral.windows': 'Windows: {from}-{to}',
};
