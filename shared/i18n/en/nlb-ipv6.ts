// Network Load Balancer, IPv6 / dual stack and seeded troubleshooting lessons (issue 17).
export const nlbIpv6 = {
  'type.nlb': 'Network Load Balancer',
  'typeHelp.nlb':
    'A layer-4 load balancer (TCP, UDP, TLS). Keeps the client IP; security groups are optional; cross-zone is off by default.',
  'type.egress-only-internet-gateway': 'Egress-only internet gateway',
  'typeHelp.egress-only-internet-gateway':
    'IPv6 only: lets instances start connections to the internet and refuses connections from it. IPv6 has no NAT. Free.',
  'field.ipv6Cidr': 'IPv6 CIDR block',
  'field.crossZone': 'Cross-zone load balancing',
  'field.activeConnections': 'Active connections',
  'field.ipVersion': 'IP version',

  'network.hop.nlbNoSg': 'load balancer {resource} has no security group: every client gets through (NLB)',
  'network.hop.nlbPreserve':
    'network load balancer {resource} forwards to {target} keeping the client address {client} (client IP preservation)',
  'network.blocked.nlbListenerProtocol':
    'network load balancer {resource} has a {protocol} listener on port {port}; an NLB listens on TCP, TLS, UDP or TCP_UDP only',
  'network.fix.nlbListenerProtocol':
    'change the listener on port {port} of {resource} to TCP or TLS, or use an Application Load Balancer for HTTP(S)',
  'network.blocked.nlbZoneNoTarget':
    'the node of {resource} in AZ {az} (subnet {subnet}) has no healthy target in its zone, and cross-zone load balancing is off: it drops what it receives',
  'network.fix.nlbZoneNoTarget':
    'put a target of {resource} in AZ {az}, or turn cross-zone load balancing on',
  'network.blocked.noIpv6': '{resource} has no IPv6 address: subnet {subnet} has no IPv6 CIDR block',
  'network.fix.noIpv6': 'give VPC {vpc} an IPv6 CIDR block (a /56) and subnet {subnet} a /64 from it',
  'network.fix.noRoute6':
    'add a ::/0 route in {table}: to the internet gateway for a public subnet, to an egress-only internet gateway for outbound only',
  'network.blocked.natIpv6':
    'route {destination} in {table} points to NAT gateway {nat}; NAT gateways do not carry IPv6 traffic to the internet (IPv6 needs no address translation)',
  'network.fix.natIpv6':
    'route {destination} in {table} to an egress-only internet gateway (outbound only) or to the internet gateway',
  'network.blocked.egressOnlyInbound':
    'subnet {subnet} sends IPv6 traffic out through egress-only internet gateway {eigw} ({table}): it refuses connections started from the internet, so {resource} cannot be reached',
  'network.fix.egressOnlyInbound':
    'to serve the internet, put {resource} in a subnet whose ::/0 route goes to the internet gateway (or put an internet-facing load balancer in front); keep {table} egress-only for servers nobody should reach',
  'network.fix.noIgw6': 'add an internet gateway to {vpc} and route ::/0 to it from the public subnets',
  'network.fix.returnNotPublic6':
    'route ::/0 in {table} to internet gateway {igw} so the reply to the client of {resource} goes back out',
  'network.hop.igwOut6':
    'internet gateway {igw} sends it to the internet from {ip}, the IPv6 address of {resource} (no translation)',
  'network.hop.igwReturnIn6': 'internet gateway {igw} brings the reply back to {resource}',
  'network.hop.igwIn6': 'internet gateway {igw} brings it in to {ip}, the IPv6 address of {resource}',
  'network.hop.eigwOut':
    'egress-only internet gateway {igw} sends it to the internet from {ip} ({resource}) and remembers the connection',
  'network.hop.eigwReturn':
    'egress-only internet gateway {igw} lets the reply in: {resource} started the connection',

  'cost.line.free.egress-only-internet-gateway':
    'Egress-only internet gateway: free (the data that leaves through it is billed as data transfer out)',
  'cost.line.nlb.hours': 'Network load balancer hours ({hours} h)',
  'cost.line.nlb.nlcu':
    'Capacity units: {nlcu} NLCU x {hours} h ({protocol}: largest of new connections {newConnections}, active connections {activeConnections}, processed bytes {processedBytes})',
  'cost.line.nlb.ipv4': 'Public IPv4 addresses: one in each of {azs} AZ(s) x {hours} h',
  'cost.unit.nlcuHour': 'NLCU-hour',

  'rules.nlb-listener-protocol.description':
    'A Network Load Balancer listens on TCP, TLS, UDP or TCP_UDP only',
  'rules.nlb-listener-protocol.notLayer4':
    '{nlb} has a {protocol} listener on port {port}; a Network Load Balancer works at layer 4 and AWS refuses HTTP and HTTPS listeners on it',
  'rules.nlb-listener-protocol.fix':
    'use TCP (or TLS to end TLS at the load balancer), or an Application Load Balancer for HTTP routing',
  'rules.nlb-cross-zone-targets.description':
    'With cross-zone load balancing off, every zone of a Network Load Balancer needs its own target',
  'rules.nlb-cross-zone-targets.emptyZone':
    '{nlb} is enabled in AZ {az} but has no target there, and cross-zone load balancing is off: clients sent to that zone are dropped',
  'rules.nlb-cross-zone-targets.fix': 'add a target in AZ {az}, or turn cross-zone load balancing on',
  'rules.ipv6-route-target.description':
    'IPv6 routes go to an internet gateway or an egress-only internet gateway; only the NAT64 prefix 64:ff9b::/96 goes to a NAT gateway',
  'rules.ipv6-route-target.natIpv6':
    'route {destination} in {table} goes to NAT gateway {target}; NAT gateways do not take IPv6 traffic to the internet',
  'rules.ipv6-route-target.natIpv6Fix':
    'send {destination} to an egress-only internet gateway (outbound only) or to the internet gateway',
  'rules.ipv6-route-target.eigwIpv4':
    'route {destination} in {table} goes to egress-only internet gateway {target}, which carries IPv6 only',
  'rules.ipv6-route-target.eigwIpv4Fix':
    'send IPv4 traffic through a NAT gateway; keep the egress-only gateway for ::/0',
  'rules.ipv6-route-target.eigwNoIpv6':
    'egress-only internet gateway {eigw} is in {vpc}, which has no IPv6 CIDR block',
  'rules.ipv6-route-target.eigwNoIpv6Fix': 'give {vpc} an IPv6 CIDR block, or remove {eigw}',
  'rules.subnet-ipv6-in-vpc.description': "A subnet's IPv6 block lies inside its VPC's IPv6 block",
  'rules.subnet-ipv6-in-vpc.vpcHasNone':
    'subnet {subnet} has the IPv6 block {cidr}, but {vpc} has no IPv6 CIDR block',
  'rules.subnet-ipv6-in-vpc.outside':
    'the IPv6 block {cidr} of subnet {subnet} is outside {vpcCidr}, the IPv6 block of {vpc}',
  'rules.subnet-ipv6-in-vpc.fix':
    'give {vpc} an IPv6 block (AWS hands out a /56) and take a /64 from it for {subnet}',

  'cli.option.lessonSeed': 'student number: picks the fault of a troubleshooting lesson (start, check)',
  'cli.lesson.badSeed': '--seed must be a whole number from 0 to 4294967295, not "{found}"',
  'cli.lesson.needsSeed':
    'lesson {lesson} is a troubleshooting lesson: give the student number with --seed N (each number gets its own fault)',
  'cli.lesson.noFaults':
    'lesson {lesson} has no faults to choose from; --seed applies to troubleshooting lessons',
  'cli.lesson.seedLine': 'student number (seed) {seed}',
  'lessonPanel.seed': 'Student number',
  'lessonPanel.seedHelp': 'Troubleshooting lesson: your number picks which fault your network has.',
  'lessonPanel.seedShown': 'Student number {seed}',
  'lessonPanel.seedInvalid': 'Enter a whole number (0 or more).',
};
