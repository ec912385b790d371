/**
 * Messages of the design rules (shared/rules/) and of `skyplan rules`. Each rule has a
 * description, one or more root-cause messages and their fixes, under `rules.<rule-id>.`.
 * A message names the resources by name (or id) and says why; a fix says what to change.
 */
export const rules = {
  'rules.direction.inbound': 'inbound',
  'rules.direction.outbound': 'outbound',
  'rules.queueKind.fifo': 'a FIFO queue',
  'rules.queueKind.standard': 'a standard queue',

  'rules.cli.summary': 'list every design rule: id, severity, category and what it checks',
  'rules.cli.usage': 'skyplan rules [--format text|json]',
  'rules.cli.header.id': 'RULE',
  'rules.cli.header.severity': 'SEVERITY',
  'rules.cli.header.category': 'CATEGORY',
  'rules.cli.header.description': 'CHECKS',
  'rules.cli.count': '{count} rules',

  'rules.admin-ports-open-to-world.description': 'SSH (22) and RDP (3389) are not open to the whole internet',
  'rules.admin-ports-open-to-world.open':
    'Security group {group} opens port {port} ({service}) to {peer}, the whole internet; such ports are scanned within minutes',
  'rules.admin-ports-open-to-world.fix':
    'allow port {port} only from your office or VPN CIDR, or reach the hosts through Session Manager or a bastion with a narrow rule',

  'rules.alb-internet-facing-public-subnets.description':
    'an internet-facing load balancer is in public subnets',
  'rules.alb-internet-facing-public-subnets.private':
    'Internet-facing load balancer {alb} is in subnet(s) {subnets}, which have no route to an internet gateway, so its nodes there cannot be reached from the internet',
  'rules.alb-internet-facing-public-subnets.fix':
    'place {alb} in public subnets (0.0.0.0/0 -> internet gateway), one per Availability Zone, and keep its targets private',

  'rules.alb-multi-az.description':
    'an Application Load Balancer has subnets in at least two Availability Zones',
  'rules.alb-multi-az.tooFewAzs':
    'Load balancer {alb} has subnets only in Availability Zone {azs}; AWS requires an ALB to have subnets in at least two',
  'rules.alb-multi-az.fix': 'add a subnet of another Availability Zone to {alb}',
  'rules.alb-multi-az.sameAz':
    'Load balancer {alb} has several subnets in Availability Zone {az} ({subnets}); an ALB takes one subnet per zone',
  'rules.alb-multi-az.sameAzFix': 'keep one subnet of zone {az} in {alb}',

  'rules.async-lambda-dead-letter.description':
    'a Lambda function invoked asynchronously (SNS, S3, EventBridge) has a dead-letter target',
  'rules.async-lambda-dead-letter.missing':
    'Function {fn} is invoked asynchronously by {source}; an event that still fails after the two automatic retries is dropped, because {fn} has no dead-letter target',
  'rules.async-lambda-dead-letter.fix':
    'give {fn} a dead-letter queue (an SQS queue or SNS topic) so failed events are kept',

  'rules.aws-service-through-nat.description':
    'S3 and DynamoDB traffic uses a free gateway endpoint, not a NAT gateway',
  'rules.aws-service-through-nat.viaNat':
    '{client} reaches {target} ({service}) from subnet {subnet} through NAT gateway {nat}, which bills every GB it processes; a gateway endpoint for {service} is free',
  'rules.aws-service-through-nat.fix':
    'add a {service} gateway endpoint and associate it with {table}, so {service} traffic skips the NAT gateway',

  'rules.cidr-prefix-size.description': 'VPC and subnet blocks are between /16 and /28',
  'rules.cidr-prefix-size.outOfRange':
    '{type} {name} uses {cidr}; AWS accepts only blocks from /16 (65,536 addresses) to /28 (16 addresses)',
  'rules.cidr-prefix-size.fix': 'choose a block between /16 and /28, for example {suggestion}',

  'rules.connection-reachable.description': 'every connection in the design can actually be made',
  'rules.connection-reachable.blocked':
    'Connection {connection} ({from} -> {to}, {flow}) is blocked at {at}: {reason}',
  'rules.connection-reachable.fix': '{howTo}',

  'rules.database-internet-reachable.description': 'no database can be reached from the internet',
  'rules.database-internet-reachable.reachable':
    'Database {db} can be reached from the internet on port {port}: it has a public address in a public subnet and security group {group} lets the internet in',
  'rules.database-internet-reachable.fix':
    "turn off public access for {db}, move it to private subnets, and let in only the application's security group",

  'rules.dead-letter-queue-type.description':
    "a queue's dead-letter queue has the same type (FIFO or standard) and is another queue",
  'rules.dead-letter-queue-type.mismatch':
    'Queue {queue} is {kind} but its dead-letter queue {dlq} is {dlqKind}; AWS requires both to be of the same type',
  'rules.dead-letter-queue-type.mismatchFix': 'use a dead-letter queue of the same type as {queue}',
  'rules.dead-letter-queue-type.self':
    'Queue {queue} names itself as its dead-letter queue, so failed messages never leave it',
  'rules.dead-letter-queue-type.selfFix': 'create a separate dead-letter queue for {queue}',

  'rules.elastic-ip-unattached.description': 'every Elastic IP is attached to something',
  'rules.elastic-ip-unattached.idle':
    'Elastic IP {eip} is attached to nothing, yet AWS bills every public IPv4 address by the hour',
  'rules.elastic-ip-unattached.fix': 'attach {eip} to a NAT gateway or an instance, or release it',

  'rules.endpoint-without-association.description':
    'a gateway endpoint has route tables and an interface endpoint has subnets',
  'rules.endpoint-without-association.noRouteTables':
    'Gateway endpoint {endpoint} for {service} is associated with no route table, so no subnet sends {service} traffic through it',
  'rules.endpoint-without-association.noRouteTablesFix':
    'associate {endpoint} with the route tables of the subnets that call {service}',
  'rules.endpoint-without-association.noSubnets':
    'Interface endpoint {endpoint} for {service} has no subnets, so it has no network interface anyone can reach',
  'rules.endpoint-without-association.noSubnetsFix':
    'place {endpoint} in one subnet per Availability Zone where its clients run',

  'rules.fan-out-through-sns.description':
    'a producer does not call several consumers itself (use SNS with an SQS queue per consumer)',
  'rules.fan-out-through-sns.direct':
    '{producer} sends each message straight to {count} consumers ({consumers}); when one of them is down, its copy is lost',
  'rules.fan-out-through-sns.fix':
    'publish once to an SNS topic and subscribe one SQS queue per consumer (SNS -> SQS fan-out), so every copy waits until its consumer takes it',

  'rules.fargate-image-pull.description': 'a Fargate service can pull its container image',
  'rules.fargate-image-pull.ecr':
    'Fargate service {service} cannot pull its image from ECR in subnet(s) {subnets}: there is no path to {missing}',
  'rules.fargate-image-pull.ecrFix':
    'route 0.0.0.0/0 of those subnets to a NAT gateway, or add interface endpoints for ecr.api and ecr.dkr plus the S3 gateway endpoint (the image layers are in S3)',
  'rules.fargate-image-pull.public':
    'Fargate service {service} pulls its image from a public registry, but subnet(s) {subnets} have no way to the internet',
  'rules.fargate-image-pull.publicFix':
    'route 0.0.0.0/0 of those subnets to a NAT gateway, or copy the image to ECR and add the ECR endpoints',
  'rules.fargate-image-pull.noPublicIp':
    'Fargate service {service} runs in public subnet(s) {subnets} without a public IP, so its tasks cannot use the internet gateway to pull their image',
  'rules.fargate-image-pull.noPublicIpFix':
    'turn on assignPublicIp for {service}, or move it to private subnets whose 0.0.0.0/0 route goes to a NAT gateway',

  'rules.gateway-endpoint-service.description': 'gateway endpoints are used only for S3 and DynamoDB',
  'rules.gateway-endpoint-service.unsupported':
    'Endpoint {endpoint} is a gateway endpoint for {service}, but gateway endpoints exist only for S3 and DynamoDB',
  'rules.gateway-endpoint-service.fix':
    'make it an interface endpoint (PrivateLink) in the subnets that call {service}',

  'rules.interface-endpoint-private-dns.description':
    'an interface endpoint that clients reach by the service name has private DNS on',
  'rules.interface-endpoint-private-dns.bypassed':
    'Interface endpoint {endpoint} for {service} has private DNS off, so {client} still resolves the public {service} name and does not use the endpoint',
  'rules.interface-endpoint-private-dns.fix':
    "turn on private DNS for {endpoint}, or make {client} call the endpoint's own DNS name",

  'rules.internet-gateway-attached.description':
    'routes use the internet gateway of their own VPC, and a VPC that faces the internet has one',
  'rules.internet-gateway-attached.otherVpc':
    'Route table {table} in VPC {vpc} sends {destination} to internet gateway {igw}, which is attached to VPC {otherVpc}',
  'rules.internet-gateway-attached.otherVpcFix':
    'attach an internet gateway to {vpc} and point the route at it',
  'rules.internet-gateway-attached.missing':
    'VPC {vpc} has no internet gateway, but {type} {resource} is set up to face the internet',
  'rules.internet-gateway-attached.missingFix':
    "add an internet gateway to {vpc} and a 0.0.0.0/0 route to it in the public subnets' route table",

  'rules.lambda-in-public-subnet.description':
    'a VPC-attached Lambda function is not placed in public subnets',
  'rules.lambda-in-public-subnet.public':
    'Function {fn} is attached to public subnet(s) {subnets}, but Lambda never gives its network interfaces a public address, so it cannot reach the internet from there',
  'rules.lambda-in-public-subnet.fix':
    'attach {fn} to private subnets whose 0.0.0.0/0 route goes to a NAT gateway (or use VPC endpoints for AWS services)',

  'rules.lambda-limits.description': 'Lambda memory is 128-10,240 MB and the timeout at most 900 s',
  'rules.lambda-limits.memory': 'Function {fn} has {memory} MB of memory; Lambda allows {min} MB to {max} MB',
  'rules.lambda-limits.memoryFix': 'set the memory of {fn} between {min} and {max} MB',
  'rules.lambda-limits.timeout':
    'Function {fn} has a timeout of {timeout} s; Lambda allows {min} s to {max} s (15 minutes)',
  'rules.lambda-limits.timeoutFix':
    'keep the timeout of {fn} at most 900 s: split longer work with Step Functions or run it on ECS/Fargate',

  'rules.lambda-timeout-api-gateway.description':
    'a Lambda function behind API Gateway finishes before the API stops waiting',
  'rules.lambda-timeout-api-gateway.longer':
    'Function {fn} may run for {timeout} s, but API {api} stops waiting after {limit} s and answers 504 while {fn} keeps running',
  'rules.lambda-timeout-api-gateway.fix':
    'set the timeout of {fn} to {limit} s or less, or hand long work to a queue and answer at once',

  'rules.nacl-duplicate-rule-number.description': 'network ACL rule numbers are unique in each direction',
  'rules.nacl-duplicate-rule-number.duplicate':
    'Network ACL {nacl} has two {direction} rules numbered {number}; AWS keys rules by number, so only one can exist',
  'rules.nacl-duplicate-rule-number.fix': 'renumber one of the {direction} rules {number} of {nacl}',

  'rules.nacl-ephemeral-return.description':
    'a network ACL lets the replies of the traffic it admits go back',
  'rules.nacl-ephemeral-return.noReturn':
    'Network ACL {nacl} lets {direction} traffic on port(s) {ports} pass for {cidr} (rule {number}), but its {replyDirection} rules drop the replies to ephemeral ports 1024-65535; network ACLs are stateless',
  'rules.nacl-ephemeral-return.fix':
    'add an {replyDirection} rule to {nacl} allowing TCP 1024-65535 for {cidr}, numbered before any deny that matches',

  'rules.nat-gateway-in-public-subnet.description': 'a public NAT gateway is placed in a public subnet',
  'rules.nat-gateway-in-public-subnet.private':
    'NAT gateway {nat} is in subnet {subnet}, which has no route to an internet gateway, so the traffic it forwards cannot get out',
  'rules.nat-gateway-in-public-subnet.fix':
    'move {nat} to a public subnet, or add 0.0.0.0/0 -> {igw} to {table}, the route table of {subnet}',
  'rules.nat-gateway-in-public-subnet.fixNoGateway':
    'add an internet gateway to {vpc} and route 0.0.0.0/0 of {subnet} to it, or move {nat} to a public subnet',

  'rules.nat-gateway-per-az.description': 'each Availability Zone has its own NAT gateway',
  'rules.nat-gateway-per-az.crossAz':
    'NAT gateway {nat} in Availability Zone {az} also carries the internet traffic of {subnets} in zone(s) {azs}; if zone {az} fails, they lose their way out',
  'rules.nat-gateway-per-az.fix':
    "add a NAT gateway in each Availability Zone and route each private subnet to its own zone's NAT gateway",

  'rules.nat-gateway-unused.description': 'every NAT gateway is the target of some route',
  'rules.nat-gateway-unused.unused':
    'NAT gateway {nat} is the target of no route, so no subnet uses it, yet it is billed by the hour',
  'rules.nat-gateway-unused.fix':
    'route 0.0.0.0/0 of the private subnets in its Availability Zone to {nat}, or delete it',

  'rules.no-overlapping-subnets.description': 'the subnets of a VPC do not overlap',
  'rules.no-overlapping-subnets.overlap':
    'Subnets {subnet} ({cidr}) and {other} ({otherCidr}) overlap; every address of a VPC belongs to one subnet only',
  'rules.no-overlapping-subnets.fix': 'give {subnet} a block outside {otherCidr}',

  'rules.public-ip-in-private-subnet.description': 'public addresses are given only in public subnets',
  'rules.public-ip-in-private-subnet.resource':
    '{type} {resource} gets a public IPv4 address in subnet {subnet}, which has no route to an internet gateway: the address is billed and never used',
  'rules.public-ip-in-private-subnet.resourceFix':
    'turn off the public address of {resource}, or place it in a public subnet if it must face the internet',
  'rules.public-ip-in-private-subnet.subnet':
    'Subnet {subnet} gives every instance a public IPv4 address, but has no route to an internet gateway: the addresses are billed and never used',
  'rules.public-ip-in-private-subnet.subnetFix':
    'turn off auto-assign public IP on {subnet}, or route its 0.0.0.0/0 to an internet gateway',

  'rules.queue-dead-letter.description': 'a queue with a consumer has a dead-letter queue',
  'rules.queue-dead-letter.missing':
    'Queue {queue} has no dead-letter queue: a message its consumer {consumer} can never process comes back after every visibility timeout until it expires',
  'rules.queue-dead-letter.fix': 'add a dead-letter queue to {queue} with a maximum receive count such as 5',

  'rules.rds-not-public.description': 'databases have no public address and sit in private subnets',
  'rules.rds-not-public.publiclyAccessible':
    'Database {db} is publicly accessible: RDS gives it a public address that anyone can try',
  'rules.rds-not-public.publiclyAccessibleFix':
    'turn off public access for {db} and reach it from inside the VPC',
  'rules.rds-not-public.publicSubnet':
    'Database {db} can be placed in public subnet(s) {subnets}, which route 0.0.0.0/0 to an internet gateway',
  'rules.rds-not-public.publicSubnetFix':
    'give {db} a subnet group of private subnets only, in two or more Availability Zones',

  'rules.route-table-duplicate-destination.description': 'a route table has one route per destination',
  'rules.route-table-duplicate-destination.duplicate':
    'Route table {table} has two routes for {destination} (to {first} and to {second}); AWS accepts one route per destination',
  'rules.route-table-duplicate-destination.fix': 'keep one route for {destination} in {table}',

  'rules.route-table-unassociated.description': 'every route table is used by a subnet or is the main table',
  'rules.route-table-unassociated.unused':
    'Route table {table} is associated with no subnet and is not the main table, so its routes are never used',
  'rules.route-table-unassociated.fix':
    'associate {table} with the subnets that need its routes, or delete it',

  'rules.route-target-same-vpc.description': "route targets exist and are in the route table's VPC",
  'rules.route-target-same-vpc.missing':
    'Route table {table} sends {destination} to {target}, which is not in the design (a blackhole route)',
  'rules.route-target-same-vpc.missingFix':
    'point the {destination} route of {table} at an existing target, or remove it',
  'rules.route-target-same-vpc.otherVpc':
    'Route table {table} in VPC {vpc} sends {destination} to {type} {target} in VPC {otherVpc}; a route can only target something in its own VPC',
  'rules.route-target-same-vpc.otherVpcFix': 'add a target inside {vpc} and route {destination} to it',

  'rules.security-group-same-vpc.description': 'security groups are used only inside their own VPC',
  'rules.security-group-same-vpc.attached':
    '{resource} in VPC {vpc} uses security group {group} of VPC {groupVpc}; a security group protects only network interfaces of its own VPC',
  'rules.security-group-same-vpc.attachedFix':
    'give {resource} a security group of {vpc} with the same rules',
  'rules.security-group-same-vpc.peer':
    'Security group {group} in VPC {vpc} names group {peer} of VPC {peerVpc} as a peer; group references work only inside one VPC',
  'rules.security-group-same-vpc.peerFix':
    "use the CIDR of {peerVpc}'s subnets as the peer, or a group of {vpc}",

  'rules.security-group-unused.description': 'every security group is attached or referenced',
  'rules.security-group-unused.unused':
    'Security group {group} is attached to nothing and referenced by no rule',
  'rules.security-group-unused.fix': 'attach {group} to the resources it was made for, or delete it',

  'rules.single-az-service.description': 'services and databases do not depend on a single Availability Zone',
  'rules.single-az-service.oneZone':
    '{type} {service} runs only in Availability Zone {az}; when that zone fails, it stops',
  'rules.single-az-service.oneZoneFix': 'place {service} in subnets of at least two Availability Zones',
  'rules.single-az-service.database':
    'Database {db} is single-AZ: a zone failure or maintenance takes it down until it is restored',
  'rules.single-az-service.databaseFix': 'turn on Multi-AZ for {db} (a standby in a second zone)',

  'rules.single-internet-gateway.description': 'a VPC has at most one internet gateway',
  'rules.single-internet-gateway.several':
    'VPC {vpc} has {count} internet gateways ({gateways}); AWS attaches only one internet gateway to a VPC',
  'rules.single-internet-gateway.fix': 'keep {keep} and delete the others',

  'rules.single-main-route-table.description': 'a VPC has exactly one main route table',
  'rules.single-main-route-table.several':
    'VPC {vpc} has {count} main route tables ({tables}); a VPC has exactly one, used by every subnet without its own',
  'rules.single-main-route-table.fix':
    'keep {keep} as the main table and associate the others with subnets explicitly',

  'rules.sns-standard-to-fifo-queue.description': 'a FIFO queue subscribes only to a FIFO topic',
  'rules.sns-standard-to-fifo-queue.mismatch':
    'Standard topic {topic} cannot deliver to FIFO queue {queue}: a FIFO queue can subscribe only to a FIFO topic',
  'rules.sns-standard-to-fifo-queue.fix':
    'make {topic} a FIFO topic (its name ends in .fifo), or make {queue} a standard queue',

  'rules.sqs-visibility-timeout.description':
    "a queue's visibility timeout is at least six times its Lambda consumer's timeout",
  'rules.sqs-visibility-timeout.tooShort':
    'Queue {queue} hides a message for {visibility} s, less than six times the {timeout} s timeout of its consumer {fn}; a message can reappear and be processed twice',
  'rules.sqs-visibility-timeout.belowTimeout':
    'Queue {queue} hides a message for {visibility} s, less than the {timeout} s timeout of its consumer {fn}; Lambda refuses such a queue as an event source',
  'rules.sqs-visibility-timeout.fix': 'set the visibility timeout of {queue} to at least {recommended} s',

  'rules.subnet-capacity.description':
    'a subnet has enough addresses for what runs in it (AWS keeps five per subnet)',
  'rules.subnet-capacity.full':
    'Subnet {subnet} ({cidr}) has {usable} usable addresses (AWS keeps 5), but its resources need {needed}',
  'rules.subnet-capacity.fix':
    'give {subnet} a larger block (at least /{prefix}), or spread the resources over more subnets',

  'rules.subnet-cidr-in-vpc.description': "a subnet's block lies inside its VPC's block",
  'rules.subnet-cidr-in-vpc.outside': 'Subnet {subnet} ({cidr}) lies outside its VPC {vpc} ({vpcCidr})',
  'rules.subnet-cidr-in-vpc.fix': 'choose a block for {subnet} inside {vpcCidr}',

  'rules.subnet-az-in-region.description': "a subnet's Availability Zone exists in the design's Region",
  'rules.subnet-az-in-region.unknownZone':
    'Subnet {subnet} is in Availability Zone {zone}, which Region {region} does not have; AWS cannot create it',
  'rules.subnet-az-in-region.fix': 'put {subnet} in one of {zones}',

  'rules.interface-endpoint-subnet-per-az.description':
    'an interface endpoint has at most one subnet per Availability Zone',
  'rules.interface-endpoint-subnet-per-az.sameAz':
    'Interface endpoint {endpoint} has several subnets in Availability Zone {az} ({subnets}); AWS takes one subnet per zone',
  'rules.interface-endpoint-subnet-per-az.fix':
    'keep one subnet of zone {az} in {endpoint}; clients in the other subnets reach it there',

  'rules.alb-subnet-size.description': "an Application Load Balancer's subnets are /27 or larger",
  'rules.alb-subnet-size.tooSmall':
    'Load balancer {alb} uses subnet {subnet} ({cidr}); AWS requires each load balancer subnet to be at least a /27 with 8 free addresses',
  'rules.alb-subnet-size.fix':
    'give {subnet} a /27 or larger block, or place {alb} in a larger subnet of that zone',

  'rules.interface-endpoint-dns-conflict.description':
    'one interface endpoint per service and VPC has private DNS on',
  'rules.interface-endpoint-dns-conflict.conflict':
    'Interface endpoints {endpoint} and {other} both serve {service} in VPC {vpc} with private DNS on; AWS refuses the second one (conflicting DNS domain)',
  'rules.interface-endpoint-dns-conflict.fix':
    'remove {endpoint} and add its subnets to {other}, or turn private DNS off on {endpoint}',

  'rules.rds-subnet-group-azs.description':
    "a database's subnet group covers at least two Availability Zones",
  'rules.rds-subnet-group-azs.tooFewAzs':
    "Database {db}'s subnet group covers only Availability Zone {azs}; AWS requires a DB subnet group to cover at least two, even for a Single-AZ database",
  'rules.rds-subnet-group-azs.fix': 'add a subnet of another Availability Zone to {db}',

  'rules.alb-listener-protocol.description': 'Application Load Balancer listeners use HTTP or HTTPS',
  'rules.alb-listener-protocol.notHttp':
    'Load balancer {alb} has a {protocol} listener on port {port}; an Application Load Balancer accepts HTTP and HTTPS listeners only',
  'rules.alb-listener-protocol.fix':
    'make the listener HTTP or HTTPS, or use a Network Load Balancer for TCP, TLS or UDP traffic',

  'rules.ecs-public-ip-launch-type.description': 'only Fargate tasks ask for a public IP address',
  'rules.ecs-public-ip-launch-type.ec2':
    'Service {service} uses the EC2 launch type and asks for a public IP (assignPublicIp); AWS accepts that for Fargate only, so EC2 tasks never get one',
  'rules.ecs-public-ip-launch-type.fix':
    'turn assignPublicIp off and route the tasks through a NAT gateway, or switch {service} to Fargate',

  'rules.nat-instance-source-dest-check.description':
    'an EC2 instance used as a route target has its source/destination check off',
  'rules.nat-instance-source-dest-check.on':
    'Route table {table} sends {destination} to instance {instance}, whose source/destination check is on: it drops every packet not addressed to itself',
  'rules.nat-instance-source-dest-check.fix':
    'turn off the source/destination check of {instance} (sourceDestCheck: false), or route to a NAT gateway',

  'rules.security-group-prefix-list.description':
    'security-group rules name prefix lists Skyplan knows (S3, DynamoDB)',
  'rules.security-group-prefix-list.unknown':
    'Security group {group} names prefix list {list}, whose CIDRs the design does not give; Skyplan treats its rules as matching nothing',
  'rules.security-group-prefix-list.fix':
    'use pl-s3 or pl-dynamodb (the AWS-managed lists) or write the CIDRs of {list} as rules',

  'rules.api-gateway-endpoint-type.description':
    'edge-optimized and private endpoints are used with REST APIs only',
  'rules.api-gateway-endpoint-type.restOnly':
    'API {api} is a {apiType} API with endpoint type {endpointType}; only REST APIs can be edge-optimized or private',
  'rules.api-gateway-endpoint-type.fix': 'make {api} a REST API, or set its endpoint type to regional',

  'rules.fargate-task-size.description': 'a Fargate task asks for a CPU and memory pair Fargate offers',
  'rules.fargate-task-size.cpu':
    'Service {service} asks for {cpu} vCPU; Fargate tasks come in 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU',
  'rules.fargate-task-size.cpuFix': 'choose one of {cpus} vCPU',
  'rules.fargate-task-size.memory':
    'Service {service} asks for {cpu} vCPU with {memory} GB; Fargate refuses that pair',
  'rules.fargate-task-size.memoryFix': 'with {cpu} vCPU, choose {choices} GB of memory',

  'rules.rds-port-range.description': 'a database listens on a port RDS accepts (1150-65535)',
  'rules.rds-port-range.outOfRange':
    'Database {db} listens on port {port}; RDS accepts ports {min} to {max} only',
  'rules.rds-port-range.fix':
    "use the engine's usual port for {engine} (3306 or 5432) or another port from 1150 up",

  'rules.elastic-ip-association.description':
    'an Elastic IP is associated with one resource, and never with a private NAT gateway',
  'rules.elastic-ip-association.twice':
    'Elastic IP {eip} is associated with {holders}; AWS associates an address with one network interface at a time',
  'rules.elastic-ip-association.twiceFix': 'give each of {holders} its own Elastic IP',
  'rules.elastic-ip-association.privateNat':
    'NAT gateway {nat} has private connectivity but holds Elastic IP {eip}; AWS gives private NAT gateways no Elastic IP',
  'rules.elastic-ip-association.privateNatFix':
    'release {eip} from {nat}, or make {nat} a public NAT gateway in a public subnet',

  'rules.security-groups-per-interface.description':
    'a network interface has no more security groups than AWS allows (5; 16 for an instance with a raised quota)',
  'rules.security-groups-per-interface.tooMany':
    '{type} {resource} has {count} security groups; AWS allows at most {max} per network interface',
  'rules.security-groups-per-interface.fix': 'merge the rules of {resource} into fewer security groups',
  'rules.security-groups-per-interface.quota':
    'Instance {resource} has {count} security groups; the default quota is {max} per network interface',
  'rules.security-groups-per-interface.quotaFix':
    'merge rules into fewer groups, or ask AWS to raise the security-groups-per-interface quota (at most {raised})',

  'rules.subnets-same-vpc.description':
    "a resource's subnets, and a gateway endpoint's route tables, are all in its VPC",
  'rules.subnets-same-vpc.subnet':
    '{resource} is in VPC {vpc} but lists subnet {child} of VPC {otherVpc}; AWS takes subnets of one VPC only',
  'rules.subnets-same-vpc.routeTable':
    'Gateway endpoint {resource} in VPC {vpc} is associated with route table {child} of VPC {otherVpc}; AWS takes route tables of its own VPC only',
  'rules.subnets-same-vpc.fix':
    'replace {child} with one of VPC {vpc}, or add a separate {resource} to VPC {otherVpc}',

  'rules.sns-fifo-subscribers.description':
    'a FIFO topic delivers to SQS queues only, and S3 does not publish to it',
  'rules.sns-fifo-subscribers.subscriber':
    'FIFO topic {topic} delivers to {type} {target}; a FIFO topic takes SQS queue subscriptions only',
  'rules.sns-fifo-subscribers.email':
    'FIFO topic {topic} has {count} email subscription(s); a FIFO topic takes SQS queue subscriptions only',
  'rules.sns-fifo-subscribers.fix':
    'subscribe an SQS queue to {topic} and let the other consumers read from it, or make {topic} a standard topic',
  'rules.sns-fifo-subscribers.fromS3':
    'Bucket {bucket} sends its event notifications to FIFO topic {topic}; S3 publishes to standard topics only',
  'rules.sns-fifo-subscribers.fromS3Fix':
    'send the events of {bucket} to a standard topic, or to an SQS queue',
} as const;
