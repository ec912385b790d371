/**
 * Messages of the network engine (hops, blocked paths and their fixes) and of `skyplan simulate`.
 * Hop details name what decided: the route and its table, the security-group rule, the NACL rule.
 */
export const network = {
  // Where a trace starts.
  'network.hop.sourceEni': '{resource} sends from {ip} in subnet {subnet} (AZ {az})',
  'network.hop.sourceInternet': 'a client on the internet sends from {ip} (a representative public address)',
  'network.hop.sourceService': '{resource} calls from an AWS public address (represented by {ip})',
  'network.hop.sourceServiceDirect': '{resource} runs outside any VPC and calls {target} directly',
  'network.hop.poll':
    '{target} polls {resource} for messages, so the traffic goes from {target} to {resource}',

  // Security groups.
  'network.hop.sgEgress':
    'security group {group} allows it out: outbound rule {rule} ({protocol} {ports} to {peer})',
  'network.hop.sgEgressAll':
    'security group {group} lists no outbound rules, so all outbound traffic is allowed (AWS default)',
  'network.hop.sgEgressDefault':
    '{resource} has no security group: the VPC default group applies and allows all outbound traffic',
  'network.hop.sgIngress':
    'security group {group} allows it in: inbound rule {rule} ({protocol} {ports} from {peer})',
  'network.hop.sgIngressDefault':
    '{resource} has no security group: the VPC default group admits its own members, and {source} is one',
  'network.hop.sgReturn':
    'security groups are stateful: the reply from {resource} is allowed back without a matching rule',

  // Network ACLs.
  'network.hop.naclEgress':
    'network ACL {nacl} of subnet {subnet}: outbound rule {rule} allows {protocol} {ports} to {address}',
  'network.hop.naclIngress':
    'network ACL {nacl} of subnet {subnet}: inbound rule {rule} allows {protocol} {ports} from {address}',
  'network.hop.naclDefaultEgress':
    'subnet {subnet} uses the default network ACL, which allows all outbound traffic',
  'network.hop.naclDefaultIngress':
    'subnet {subnet} uses the default network ACL, which allows all inbound traffic',

  // Routing.
  'network.hop.route': 'subnet {subnet} uses route table {table}: {destination} -> {target}',
  'network.hop.routeMain':
    'subnet {subnet} has no route table of its own, so the VPC main table {table} applies: {destination} -> {target}',
  'network.hop.routeImplicit':
    'subnet {subnet} has no route table and the VPC has no main table: only the local route {destination} applies',
  'network.hop.routeEndpoint':
    'subnet {subnet} uses route table {table}: the {service} prefix list -> gateway endpoint {endpoint}',
  'network.hop.nat':
    'NAT gateway {nat} in subnet {subnet} replaces the source address with its public address',
  'network.hop.natReturn': 'NAT gateway {nat} maps the reply back to {ip}',
  'network.hop.natInstance': 'instance {nat} in subnet {subnet} forwards it as a NAT instance',
  'network.hop.igwOut':
    'internet gateway {igw} sends it to the internet from the public address of {resource}',
  'network.hop.igwIn': 'internet gateway {igw} translates the public address of {resource} to {ip}',
  'network.hop.igwReturnOut': 'internet gateway {igw} sends the reply to {ip} on the internet',
  'network.hop.igwReturnIn':
    'internet gateway {igw} brings the reply back to the public address of {resource}',

  // Endpoints, load balancers, delivery.
  'network.hop.gatewayEndpoint': 'gateway endpoint {endpoint} carries it to {service} inside the AWS network',
  'network.hop.gatewayEndpointReturn':
    'the reply from {service} comes back through gateway endpoint {endpoint}',
  'network.hop.interfaceEndpoint':
    'private DNS resolves {service} to interface endpoint {endpoint} at {ip} in subnet {subnet}',
  'network.hop.endpointHandsOver':
    'interface endpoint {endpoint} hands the request to {service} over PrivateLink',
  'network.hop.listener':
    'listener {listener} on port {port} of {resource} accepts it and forwards to {targets}',
  'network.hop.deliver': '{resource} receives it on {protocol} {ports}',
  'network.hop.serviceDeliver': '{service} receives the request at its regional endpoint ({resource})',
  'network.hop.invoke': '{resource} invokes {target} ({kind})',
  'network.hop.handOn': '{resource} delivers to {target} ({kind})',
  'network.hop.publicEndpoint': '{resource} is reached at its public AWS endpoint; no VPC is involved',

  // Why a path is blocked, and what to do.
  'network.blocked.noRoute': 'subnet {subnet} has no route to {destination} in its route table ({table})',
  'network.fix.noRouteInternet':
    'add a NAT gateway in a public subnet and a 0.0.0.0/0 route to it in {table} (or, for a public subnet, a route to the internet gateway)',
  'network.fix.noRoute': 'add a route for {destination} to {table}',
  'network.blocked.crossVpc':
    '{resource} is in VPC {vpc} and {target} is in VPC {otherVpc}: no route connects the two VPCs',
  'network.fix.crossVpc':
    'join the two VPCs with a peering connection or a transit gateway (routes in both VPCs), or give {target} a public address',
  'network.blocked.lambdaOutsideVpc':
    '{resource} runs outside any VPC, so it can reach {target} only at a public address, and {target} has none',
  'network.fix.lambdaOutsideVpc':
    "attach {resource} to private subnets of {vpc} with a security group that {target}'s security group admits",
  'network.blocked.blackhole':
    'route {destination} in {table} points to {target}, which does not exist (a blackhole route)',
  'network.fix.blackhole':
    'point the route at an existing internet gateway, NAT gateway or endpoint, or delete it',
  'network.blocked.badTarget':
    'route {destination} in {table} points to {target}, a {type}, which cannot forward this traffic',
  'network.fix.badTarget': 'point {destination} in {table} at an internet gateway or a NAT gateway',
  'network.blocked.notLocal':
    'route {destination} in {table} sends traffic for {ip} to {target} instead of the local route',
  'network.fix.notLocal': 'remove the more specific route {destination} from {table}',
  'network.blocked.returnNotPublic':
    'replies from {resource} to {ip} leave subnet {subnet} through {target}, not internet gateway {igw}: the subnet is not public',
  'network.fix.returnNotPublic':
    'route 0.0.0.0/0 in {table} to internet gateway {igw}, or place {resource} in a public subnet',
  'network.blocked.noIgw':
    'VPC {vpc} has no internet gateway, so traffic between {resource} and the internet has no way through',
  'network.fix.noIgw': 'add an internet gateway to {vpc} and route 0.0.0.0/0 to it from the public subnets',
  'network.blocked.igwOtherVpc':
    'route {destination} in {table} points to internet gateway {igw}, which is attached to VPC {otherVpc}, not {vpc}',
  'network.fix.igwOtherVpc': 'route {destination} in {table} to the internet gateway of {vpc}',
  'network.blocked.noPublicIp':
    '{resource} in subnet {subnet} has no public IPv4 address, so internet gateway {igw} cannot carry its traffic',
  'network.fix.noPublicIp':
    "give {resource} a public address (publicIp, the subnet's mapPublicIp, assignPublicIp or an Elastic IP), or move it to a private subnet whose 0.0.0.0/0 route goes to a NAT gateway",
  'network.fix.noPublicIpLambda':
    'a Lambda function never gets a public address: attach {resource} to private subnets whose 0.0.0.0/0 route goes to a NAT gateway, or use VPC endpoints',
  'network.blocked.noPublicIpIngress':
    '{resource} has no public address, so nothing on the internet can reach it',
  'network.fix.noPublicIpIngress':
    'put an internet-facing load balancer in front of {resource}, or give it a public address in a public subnet',
  'network.blocked.natNotPublic':
    'NAT gateway {nat} sits in subnet {subnet}, whose route table ({table}) has no route to an internet gateway: the subnet is not public',
  'network.fix.natNotPublic':
    'move {nat} to a public subnet, or route 0.0.0.0/0 in {table} to the internet gateway',
  'network.blocked.natPrivate': 'NAT gateway {nat} has private connectivity: it cannot reach the internet',
  'network.fix.natPrivate':
    'set the connectivity of {nat} to public (it then needs an Elastic IP and a public subnet)',
  'network.blocked.sgEgress':
    'security group {groups} of {resource} allows no outbound {protocol} {ports} to {peer}',
  'network.fix.sgEgress': 'add an outbound rule {protocol} {ports} to {suggestion} in {group}',
  'network.blocked.sgIngress':
    'security group {groups} of {resource} allows no inbound {protocol} {ports} from {source} ({peer})',
  'network.fix.sgIngress': 'add an inbound rule {protocol} {ports} from {suggestion} to {group}',
  'network.blocked.sgIngressDefault':
    '{resource} has no security group: the VPC default group admits only its own members, and {source} is not one',
  'network.fix.sgIngressDefault':
    'give {resource} a security group that allows {protocol} {ports} from {suggestion}',
  'network.blocked.naclEgress':
    'network ACL {nacl} of subnet {subnet} denies outbound {protocol} {ports} to {address} (rule {rule})',
  'network.fix.naclEgress':
    'add an outbound allow rule for {protocol} {ports} to {address} in {nacl}, numbered below any deny that matches',
  'network.blocked.naclIngress':
    'network ACL {nacl} of subnet {subnet} denies inbound {protocol} {ports} from {address} (rule {rule})',
  'network.fix.naclIngress':
    'add an inbound allow rule for {protocol} {ports} from {address} in {nacl}, numbered below any deny that matches',
  'network.blocked.naclReturnOut':
    "network ACL {nacl} of subnet {subnet} drops the reply: outbound {protocol} to ports {missing} of {address} is denied (rule {rule}); network ACLs are stateless, and the reply goes to the client's ephemeral port, anywhere in {ports} (NAT gateways and load balancers use 1024-65535, Amazon Linux 32768-60999, Windows 49152-65535)",
  'network.fix.naclReturnOut': 'add an outbound rule allowing {protocol} {ports} to {address} in {nacl}',
  'network.blocked.naclReturnIn':
    "network ACL {nacl} of subnet {subnet} drops the reply: inbound {protocol} to ports {missing} from {address} is denied (rule {rule}); network ACLs are stateless, and the reply comes back to the client's ephemeral port, anywhere in {ports} (NAT gateways and load balancers use 1024-65535, Amazon Linux 32768-60999, Windows 49152-65535)",
  'network.fix.naclReturnIn': 'add an inbound rule allowing {protocol} {ports} from {address} in {nacl}',
  'network.blocked.noListener':
    '{resource} has no listener for {protocol} port {port} (listeners: {listeners})',
  'network.fix.noListener':
    'add a listener on port {port} to {resource}, or send to one of its listener ports',
  'network.blocked.internalAlb': '{resource} is an internal load balancer: the internet cannot reach it',
  'network.fix.internalAlb':
    'set the scheme of {resource} to internet-facing and place it in public subnets, or reach it from inside the VPC',
  'network.blocked.privateApi':
    '{resource} is a private API: only clients in a VPC with an execute-api interface endpoint can call it',
  'network.fix.privateApi':
    'call {resource} from inside a VPC through an execute-api interface endpoint, or make its endpoint type regional',
  'network.blocked.serviceUnreachable':
    'subnet {subnet} has no way to reach {service}: no endpoint for it, and no 0.0.0.0/0 route to a NAT or internet gateway in {table}',
  'network.fix.serviceGateway':
    'add a gateway endpoint for {service} associated with {table} (free), or a NAT gateway in a public subnet and a 0.0.0.0/0 route to it',
  'network.fix.serviceInterface':
    'add an interface endpoint for {service} in the VPC (private DNS on), or a NAT gateway in a public subnet and a 0.0.0.0/0 route to it',
  'network.blocked.resourceFailed': '{resource} is down (simulated failure)',
  'network.fix.resourceFailed':
    'run a second {type} in another Availability Zone so one failure does not cut the path',
  'network.blocked.azFailed':
    '{resource} is down: every Availability Zone it runs in ({azs}) has failed (simulated failure)',
  'network.fix.azFailed': 'spread {resource} over subnets in at least two Availability Zones',
  'network.blocked.natAzFailed':
    'subnet {subnet} sends its internet traffic to NAT gateway {nat} in AZ {az}, which is down (simulated failure)',
  'network.fix.natAzFailed':
    "put one NAT gateway in each AZ and point each AZ's private route table at its own NAT gateway",
  'network.blocked.noTarget': 'load balancer {resource} has no target to forward to',
  'network.fix.noTarget': 'connect {resource} to a target (an ECS service, instances or a Lambda function)',
  'network.blocked.noTargetAlive': 'every target of load balancer {resource} is down (simulated failure)',
  'network.fix.noTargetAlive': 'run the targets of {resource} in at least two Availability Zones',
  'network.blocked.cycle': 'the route from {resource} leads back to {target}: the path loops',
  'network.fix.cycle':
    "route 0.0.0.0/0 of the NAT gateway's subnet to the internet gateway, not to a NAT gateway",
  'network.blocked.tooManyHops': 'the path is longer than {max} hops; it is probably looping',
  'network.fix.tooManyHops': 'check the route tables for routes that point back at each other',
  'network.blocked.unsupported': '{resource} (a {type}) does not send to {target} (a {targetType}) in AWS',
  'network.fix.unsupported':
    'change the connection: connect {resource} to something that accepts its traffic',
  'network.blocked.notEndpoint': '{resource} is a {type}: it is not a source or destination of traffic',
  'network.fix.notEndpoint': 'trace from or to a workload, a load balancer, an AWS service or the internet',
  'network.blocked.notPlaced': '{resource} is not placed in any subnet, so it has no network address',
  'network.fix.notPlaced': 'place {resource} in a subnet, or list its subnets',
  'network.blocked.unknown': 'the design has no resource with id {resource}',
  'network.fix.unknown': 'use the id of a resource in the design',

  // Words used inside messages.
  'network.word.internet': 'the internet',
  'network.word.none': 'none',

  // skyplan simulate.
  'cli.simulate.summary': 'trace a request hop by hop and explain where and why it is dropped',
  'cli.simulate.usage':
    'skyplan simulate FILE --from ID --to ID [--protocol tcp] [--port N] [--fail-az A] [--fail ID] [--format text|json]',
  'cli.simulate.option.from':
    'the resource id the request starts from ("internet" for users on the internet)',
  'cli.simulate.option.to': 'the resource id the request goes to',
  'cli.simulate.option.protocol': 'tcp, udp, icmp or all (default tcp)',
  'cli.simulate.option.port':
    'destination port (default: the listener, container or database port, else 443)',
  'cli.simulate.option.failAz':
    'simulate Availability Zones being down: a letter, or letters separated by commas',
  'cli.simulate.option.fail': 'simulate resources being down: an id, or ids separated by commas',
  'cli.simulate.missingOption': '"simulate" needs {option}: {usage}',
  'cli.simulate.unknownId': '{file}: no resource with id "{id}" (given to {option})',
  'cli.simulate.badProtocol': '--protocol must be tcp, udp, icmp or all (found "{found}")',
  'cli.simulate.badPort': '--port must be a whole number from 0 to 65535 (found "{found}")',
  'cli.simulate.badAz': '--fail-az must be Availability Zone letters such as a or a,b (found "{found}")',
  'cli.simulate.header': 'Path from {from} to {to} ({protocol} {port}) in {file}:',
  'cli.simulate.forward': 'Forward path:',
  'cli.simulate.return': 'Return path:',
  'cli.simulate.reachable': 'REACHABLE: {from} can reach {to}.',
  'cli.simulate.blocked': 'BLOCKED at {resource}: {code}{ra}',
  'cli.simulate.why': 'Why: {message}',
  'cli.simulate.fix': 'Fix: {fix}',
  'cli.simulate.raCode': ' (Reachability Analyzer: {code})',
  'cli.simulate.failed': 'Simulated failures: {failed}',
} as const;
