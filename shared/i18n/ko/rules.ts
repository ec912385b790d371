import type { rules as en } from '../en/rules';

export const rules: Record<keyof typeof en, string> = {
  'rules.direction.inbound': '인바운드',
  'rules.direction.outbound': '아웃바운드',
  'rules.queueKind.fifo': 'FIFO 큐',
  'rules.queueKind.standard': '표준 큐',

  'rules.cli.summary': '모든 설계 규칙 목록: ID, 심각도, 분류, 검사 내용',
  'rules.cli.usage': 'skyplan rules [--format text|json]',
  'rules.cli.header.id': '규칙',
  'rules.cli.header.severity': '심각도',
  'rules.cli.header.category': '분류',
  'rules.cli.header.description': '검사 내용',
  'rules.cli.count': '규칙 {count}개',

  'rules.admin-ports-open-to-world.description': 'SSH(22)와 RDP(3389)가 인터넷 전체에 열려 있지 않은지',
  'rules.admin-ports-open-to-world.open':
    '보안 그룹 {group}이(가) 포트 {port}({service})를 인터넷 전체인 {peer}에 열어 두었습니다. 이런 포트는 몇 분 안에 스캔됩니다',
  'rules.admin-ports-open-to-world.fix':
    '포트 {port}는 사무실이나 VPN의 CIDR에서만 허용하거나, Session Manager 또는 좁은 규칙의 배스천 호스트로 접속하세요',

  'rules.alb-internet-facing-public-subnets.description': '인터넷 연결 로드밸런서가 퍼블릭 서브넷에 있는지',
  'rules.alb-internet-facing-public-subnets.private':
    '인터넷 연결 로드밸런서 {alb}이(가) 인터넷 게이트웨이로 가는 라우트가 없는 서브넷 {subnets}에 있어서, 그곳의 노드는 인터넷에서 접근할 수 없습니다',
  'rules.alb-internet-facing-public-subnets.fix':
    '{alb}을(를) 가용 영역마다 하나씩 퍼블릭 서브넷(0.0.0.0/0 -> 인터넷 게이트웨이)에 두고, 대상은 프라이빗으로 유지하세요',

  'rules.alb-multi-az.description': '애플리케이션 로드밸런서가 두 개 이상의 가용 영역에 서브넷을 가지는지',
  'rules.alb-multi-az.tooFewAzs':
    '로드밸런서 {alb}의 서브넷이 가용 영역 {azs}에만 있습니다. AWS는 ALB에 두 개 이상의 가용 영역의 서브넷을 요구합니다',
  'rules.alb-multi-az.fix': '{alb}에 다른 가용 영역의 서브넷을 추가하세요',
  'rules.alb-multi-az.sameAz':
    '로드밸런서 {alb}에 가용 영역 {az}의 서브넷이 여러 개({subnets}) 있습니다. ALB는 영역마다 서브넷 하나만 받습니다',
  'rules.alb-multi-az.sameAzFix': '{alb}에 영역 {az}의 서브넷을 하나만 남기세요',

  'rules.async-lambda-dead-letter.description':
    '비동기로 호출되는 Lambda 함수(SNS, S3, EventBridge)에 데드레터 대상이 있는지',
  'rules.async-lambda-dead-letter.missing':
    '함수 {fn}은(는) {source}에 의해 비동기로 호출됩니다. {fn}에 데드레터 대상이 없어서, 자동 재시도 두 번 후에도 실패한 이벤트는 버려집니다',
  'rules.async-lambda-dead-letter.fix':
    '실패한 이벤트가 남도록 {fn}에 데드레터 큐(SQS 큐 또는 SNS 토픽)를 지정하세요',

  'rules.aws-service-through-nat.description':
    'S3와 DynamoDB 트래픽이 NAT 게이트웨이가 아닌 무료 게이트웨이 엔드포인트를 쓰는지',
  'rules.aws-service-through-nat.viaNat':
    '{client}이(가) 서브넷 {subnet}에서 NAT 게이트웨이 {nat}을(를) 거쳐 {target}({service})에 접근합니다. NAT 게이트웨이는 처리하는 GB마다 요금을 받지만, {service}용 게이트웨이 엔드포인트는 무료입니다',
  'rules.aws-service-through-nat.fix':
    '{service} 게이트웨이 엔드포인트를 추가하고 {table}에 연결해서, {service} 트래픽이 NAT 게이트웨이를 거치지 않게 하세요',

  'rules.cidr-prefix-size.description': 'VPC와 서브넷의 블록이 /16에서 /28 사이인지',
  'rules.cidr-prefix-size.outOfRange':
    '{type} {name}이(가) {cidr}을(를) 씁니다. AWS는 /16(주소 65,536개)부터 /28(주소 16개)까지의 블록만 받습니다',
  'rules.cidr-prefix-size.fix': '/16에서 /28 사이의 블록을 고르세요. 예: {suggestion}',

  'rules.connection-reachable.description': '설계의 모든 연결이 실제로 이루어질 수 있는지',
  'rules.connection-reachable.blocked':
    '연결 {connection}({from} -> {to}, {flow})이(가) {at}에서 막힙니다: {reason}',
  'rules.connection-reachable.fix': '{howTo}',

  'rules.database-internet-reachable.description': '인터넷에서 접근할 수 있는 데이터베이스가 없는지',
  'rules.database-internet-reachable.reachable':
    '데이터베이스 {db}에 인터넷에서 포트 {port}로 접근할 수 있습니다. 퍼블릭 서브넷에서 퍼블릭 주소를 가지고 있고, 보안 그룹 {group}이(가) 인터넷을 들여보냅니다',
  'rules.database-internet-reachable.fix':
    '{db}의 퍼블릭 액세스를 끄고 프라이빗 서브넷으로 옮긴 뒤, 애플리케이션의 보안 그룹만 들여보내세요',

  'rules.dead-letter-queue-type.description': '큐의 데드레터 큐가 같은 종류(FIFO 또는 표준)의 다른 큐인지',
  'rules.dead-letter-queue-type.mismatch':
    '큐 {queue}은(는) {kind}인데 데드레터 큐 {dlq}은(는) {dlqKind}입니다. AWS는 두 큐가 같은 종류이기를 요구합니다',
  'rules.dead-letter-queue-type.mismatchFix': '{queue}와(과) 같은 종류의 데드레터 큐를 쓰세요',
  'rules.dead-letter-queue-type.self':
    '큐 {queue}이(가) 자기 자신을 데드레터 큐로 지정해서, 실패한 메시지가 큐를 떠나지 못합니다',
  'rules.dead-letter-queue-type.selfFix': '{queue}에 별도의 데드레터 큐를 만드세요',

  'rules.elastic-ip-unattached.description': '모든 탄력적 IP가 어딘가에 연결되어 있는지',
  'rules.elastic-ip-unattached.idle':
    '탄력적 IP {eip}이(가) 아무것에도 연결되어 있지 않지만, AWS는 모든 퍼블릭 IPv4 주소에 시간당 요금을 부과합니다',
  'rules.elastic-ip-unattached.fix': '{eip}을(를) NAT 게이트웨이나 인스턴스에 연결하거나 해제하세요',

  'rules.endpoint-without-association.description':
    '게이트웨이 엔드포인트에 라우팅 테이블이, 인터페이스 엔드포인트에 서브넷이 있는지',
  'rules.endpoint-without-association.noRouteTables':
    '{service}용 게이트웨이 엔드포인트 {endpoint}에 연결된 라우팅 테이블이 없어서, 어떤 서브넷도 {service} 트래픽을 이 엔드포인트로 보내지 않습니다',
  'rules.endpoint-without-association.noRouteTablesFix':
    '{service}를 호출하는 서브넷들의 라우팅 테이블을 {endpoint}에 연결하세요',
  'rules.endpoint-without-association.noSubnets':
    '{service}용 인터페이스 엔드포인트 {endpoint}에 서브넷이 없어서, 접속할 수 있는 네트워크 인터페이스가 없습니다',
  'rules.endpoint-without-association.noSubnetsFix':
    '클라이언트가 실행되는 가용 영역마다 서브넷 하나씩에 {endpoint}을(를) 두세요',

  'rules.fan-out-through-sns.description':
    '생산자가 여러 소비자를 직접 호출하지 않는지 (소비자마다 SQS 큐를 둔 SNS를 쓰기)',
  'rules.fan-out-through-sns.direct':
    '{producer}이(가) 각 메시지를 소비자 {count}개({consumers})에 직접 보냅니다. 그중 하나가 멈춰 있으면 그 몫의 메시지는 사라집니다',
  'rules.fan-out-through-sns.fix':
    'SNS 토픽에 한 번 게시하고 소비자마다 SQS 큐를 구독시키세요(SNS -> SQS 팬아웃). 각 메시지는 소비자가 가져갈 때까지 기다립니다',

  'rules.fargate-image-pull.description': 'Fargate 서비스가 컨테이너 이미지를 받아 올 수 있는지',
  'rules.fargate-image-pull.ecr':
    'Fargate 서비스 {service}은(는) 서브넷 {subnets}에서 ECR의 이미지를 받아 올 수 없습니다: {missing}(으)로 가는 경로가 없습니다',
  'rules.fargate-image-pull.ecrFix':
    '그 서브넷들의 0.0.0.0/0을 NAT 게이트웨이로 보내거나, ecr.api와 ecr.dkr 인터페이스 엔드포인트와 S3 게이트웨이 엔드포인트(이미지 레이어는 S3에 있음)를 추가하세요',
  'rules.fargate-image-pull.public':
    'Fargate 서비스 {service}은(는) 퍼블릭 레지스트리에서 이미지를 받아 오는데, 서브넷 {subnets}에서는 인터넷으로 나갈 길이 없습니다',
  'rules.fargate-image-pull.publicFix':
    '그 서브넷들의 0.0.0.0/0을 NAT 게이트웨이로 보내거나, 이미지를 ECR에 복사하고 ECR 엔드포인트를 추가하세요',
  'rules.fargate-image-pull.noPublicIp':
    'Fargate 서비스 {service}은(는) 퍼블릭 IP 없이 퍼블릭 서브넷 {subnets}에서 실행되어, 태스크가 인터넷 게이트웨이로 이미지를 받아 올 수 없습니다',
  'rules.fargate-image-pull.noPublicIpFix':
    '{service}의 assignPublicIp를 켜거나, 0.0.0.0/0 라우트가 NAT 게이트웨이로 가는 프라이빗 서브넷으로 옮기세요',

  'rules.gateway-endpoint-service.description': '게이트웨이 엔드포인트를 S3와 DynamoDB에만 쓰는지',
  'rules.gateway-endpoint-service.unsupported':
    '엔드포인트 {endpoint}은(는) {service}용 게이트웨이 엔드포인트인데, 게이트웨이 엔드포인트는 S3와 DynamoDB에만 있습니다',
  'rules.gateway-endpoint-service.fix':
    '{service}를 호출하는 서브넷에 인터페이스 엔드포인트(PrivateLink)로 만드세요',

  'rules.interface-endpoint-private-dns.description':
    '서비스 이름으로 접속하는 인터페이스 엔드포인트에 프라이빗 DNS가 켜져 있는지',
  'rules.interface-endpoint-private-dns.bypassed':
    '{service}용 인터페이스 엔드포인트 {endpoint}의 프라이빗 DNS가 꺼져 있어서, {client}은(는) 여전히 {service}의 퍼블릭 이름을 조회하고 엔드포인트를 쓰지 않습니다',
  'rules.interface-endpoint-private-dns.fix':
    '{endpoint}의 프라이빗 DNS를 켜거나, {client}이(가) 엔드포인트 고유의 DNS 이름을 호출하게 하세요',

  'rules.internet-gateway-attached.description':
    '라우트가 자기 VPC의 인터넷 게이트웨이를 쓰고, 인터넷을 향하는 VPC에 인터넷 게이트웨이가 있는지',
  'rules.internet-gateway-attached.otherVpc':
    'VPC {vpc}의 라우팅 테이블 {table}이(가) {destination}을(를) 인터넷 게이트웨이 {igw}로 보내는데, 이 게이트웨이는 VPC {otherVpc}에 연결되어 있습니다',
  'rules.internet-gateway-attached.otherVpcFix':
    '{vpc}에 인터넷 게이트웨이를 연결하고 라우트가 그것을 가리키게 하세요',
  'rules.internet-gateway-attached.missing':
    'VPC {vpc}에 인터넷 게이트웨이가 없는데, {type} {resource}은(는) 인터넷을 향하도록 설정되어 있습니다',
  'rules.internet-gateway-attached.missingFix':
    '{vpc}에 인터넷 게이트웨이를 추가하고, 퍼블릭 서브넷의 라우팅 테이블에 0.0.0.0/0 라우트를 그 게이트웨이로 추가하세요',

  'rules.lambda-in-public-subnet.description': 'VPC에 연결된 Lambda 함수가 퍼블릭 서브넷에 있지 않은지',
  'rules.lambda-in-public-subnet.public':
    '함수 {fn}이(가) 퍼블릭 서브넷 {subnets}에 연결되어 있지만, Lambda는 네트워크 인터페이스에 퍼블릭 주소를 주지 않으므로 그곳에서는 인터넷에 나갈 수 없습니다',
  'rules.lambda-in-public-subnet.fix':
    '{fn}을(를) 0.0.0.0/0 라우트가 NAT 게이트웨이로 가는 프라이빗 서브넷에 연결하세요(AWS 서비스는 VPC 엔드포인트로)',

  'rules.lambda-limits.description': 'Lambda 메모리가 128-10,240 MB이고 제한 시간이 900초 이하인지',
  'rules.lambda-limits.memory':
    '함수 {fn}의 메모리가 {memory} MB입니다. Lambda는 {min} MB부터 {max} MB까지 허용합니다',
  'rules.lambda-limits.memoryFix': '{fn}의 메모리를 {min}에서 {max} MB 사이로 정하세요',
  'rules.lambda-limits.timeout':
    '함수 {fn}의 제한 시간이 {timeout}초입니다. Lambda는 {min}초부터 {max}초(15분)까지 허용합니다',
  'rules.lambda-limits.timeoutFix':
    '{fn}의 제한 시간을 900초 이하로 두세요. 더 긴 작업은 Step Functions로 나누거나 ECS/Fargate에서 실행하세요',

  'rules.lambda-timeout-api-gateway.description':
    'API Gateway 뒤의 Lambda 함수가 API가 기다리는 시간 안에 끝나는지',
  'rules.lambda-timeout-api-gateway.longer':
    '함수 {fn}은(는) {timeout}초까지 실행될 수 있지만, API {api}는 {limit}초 후 기다림을 멈추고 504를 응답합니다. 그동안 {fn}은(는) 계속 실행됩니다',
  'rules.lambda-timeout-api-gateway.fix':
    '{fn}의 제한 시간을 {limit}초 이하로 정하거나, 긴 작업은 큐에 넘기고 바로 응답하세요',

  'rules.nacl-duplicate-rule-number.description': '네트워크 ACL 규칙 번호가 방향마다 유일한지',
  'rules.nacl-duplicate-rule-number.duplicate':
    '네트워크 ACL {nacl}에 번호가 {number}인 {direction} 규칙이 두 개 있습니다. AWS는 규칙을 번호로 구분하므로 하나만 존재할 수 있습니다',
  'rules.nacl-duplicate-rule-number.fix': '{nacl}의 {direction} 규칙 {number} 중 하나의 번호를 바꾸세요',

  'rules.nacl-ephemeral-return.description': '네트워크 ACL이 들여보낸 트래픽의 응답을 돌려보내는지',
  'rules.nacl-ephemeral-return.noReturn':
    '네트워크 ACL {nacl}은(는) {cidr}에 대해 포트 {ports}의 {direction} 트래픽을 통과시키지만(규칙 {number}), {replyDirection} 규칙이 임시 포트 1024-65535로 가는 응답을 버립니다. 네트워크 ACL은 상태를 기억하지 않습니다',
  'rules.nacl-ephemeral-return.fix':
    '{nacl}에 {cidr}에 대해 TCP 1024-65535를 허용하는 {replyDirection} 규칙을, 일치하는 거부 규칙보다 앞 번호로 추가하세요',

  'rules.nat-gateway-in-public-subnet.description': '퍼블릭 NAT 게이트웨이가 퍼블릭 서브넷에 있는지',
  'rules.nat-gateway-in-public-subnet.private':
    'NAT 게이트웨이 {nat}이(가) 인터넷 게이트웨이로 가는 라우트가 없는 서브넷 {subnet}에 있어서, 전달하는 트래픽이 밖으로 나갈 수 없습니다',
  'rules.nat-gateway-in-public-subnet.fix':
    '{nat}을(를) 퍼블릭 서브넷으로 옮기거나, {subnet}의 라우팅 테이블 {table}에 0.0.0.0/0 -> {igw}를 추가하세요',
  'rules.nat-gateway-in-public-subnet.fixNoGateway':
    '{vpc}에 인터넷 게이트웨이를 추가하고 {subnet}의 0.0.0.0/0을 그리로 보내거나, {nat}을(를) 퍼블릭 서브넷으로 옮기세요',

  'rules.nat-gateway-per-az.description': '가용 영역마다 자기 NAT 게이트웨이가 있는지',
  'rules.nat-gateway-per-az.crossAz':
    '가용 영역 {az}의 NAT 게이트웨이 {nat}이(가) 영역 {azs}에 있는 {subnets}의 인터넷 트래픽도 맡고 있습니다. 영역 {az}에 장애가 나면 이들은 밖으로 나갈 길을 잃습니다',
  'rules.nat-gateway-per-az.fix':
    '가용 영역마다 NAT 게이트웨이를 두고, 각 프라이빗 서브넷을 자기 영역의 NAT 게이트웨이로 라우팅하세요',

  'rules.nat-gateway-unused.description': '모든 NAT 게이트웨이가 어떤 라우트의 대상인지',
  'rules.nat-gateway-unused.unused':
    'NAT 게이트웨이 {nat}은(는) 어떤 라우트의 대상도 아니어서 쓰는 서브넷이 없는데, 시간당 요금은 나갑니다',
  'rules.nat-gateway-unused.fix':
    '같은 가용 영역의 프라이빗 서브넷의 0.0.0.0/0을 {nat}(으)로 보내거나 삭제하세요',

  'rules.no-overlapping-subnets.description': 'VPC의 서브넷들이 서로 겹치지 않는지',
  'rules.no-overlapping-subnets.overlap':
    '서브넷 {subnet}({cidr})과(와) {other}({otherCidr})이(가) 겹칩니다. VPC의 모든 주소는 한 서브넷에만 속합니다',
  'rules.no-overlapping-subnets.fix': '{subnet}에 {otherCidr} 밖의 블록을 주세요',

  'rules.public-ip-in-private-subnet.description': '퍼블릭 주소를 퍼블릭 서브넷에서만 주는지',
  'rules.public-ip-in-private-subnet.resource':
    '{type} {resource}은(는) 인터넷 게이트웨이로 가는 라우트가 없는 서브넷 {subnet}에서 퍼블릭 IPv4 주소를 받습니다. 이 주소는 요금만 나가고 쓰이지 않습니다',
  'rules.public-ip-in-private-subnet.resourceFix':
    '{resource}의 퍼블릭 주소를 끄거나, 인터넷을 향해야 한다면 퍼블릭 서브넷에 두세요',
  'rules.public-ip-in-private-subnet.subnet':
    '서브넷 {subnet}은(는) 모든 인스턴스에 퍼블릭 IPv4 주소를 주지만 인터넷 게이트웨이로 가는 라우트가 없습니다. 이 주소들은 요금만 나가고 쓰이지 않습니다',
  'rules.public-ip-in-private-subnet.subnetFix':
    '{subnet}의 퍼블릭 IP 자동 할당을 끄거나, 0.0.0.0/0을 인터넷 게이트웨이로 보내세요',

  'rules.queue-dead-letter.description': '소비자가 있는 큐에 데드레터 큐가 있는지',
  'rules.queue-dead-letter.missing':
    '큐 {queue}에 데드레터 큐가 없습니다. 소비자 {consumer}이(가) 끝내 처리하지 못하는 메시지는 만료될 때까지 가시성 제한 시간마다 다시 나타납니다',
  'rules.queue-dead-letter.fix': '{queue}에 최대 수신 횟수(예: 5)를 둔 데드레터 큐를 추가하세요',

  'rules.rds-not-public.description': '데이터베이스에 퍼블릭 주소가 없고 프라이빗 서브넷에 있는지',
  'rules.rds-not-public.publiclyAccessible':
    '데이터베이스 {db}은(는) 퍼블릭 액세스가 켜져 있습니다. RDS가 누구나 시도할 수 있는 퍼블릭 주소를 줍니다',
  'rules.rds-not-public.publiclyAccessibleFix': '{db}의 퍼블릭 액세스를 끄고 VPC 안에서 접근하세요',
  'rules.rds-not-public.publicSubnet':
    '데이터베이스 {db}이(가) 0.0.0.0/0을 인터넷 게이트웨이로 보내는 퍼블릭 서브넷 {subnets}에 놓일 수 있습니다',
  'rules.rds-not-public.publicSubnetFix':
    '{db}에 두 개 이상의 가용 영역의 프라이빗 서브넷만으로 된 서브넷 그룹을 주세요',

  'rules.route-table-duplicate-destination.description': '라우팅 테이블에 대상마다 라우트가 하나인지',
  'rules.route-table-duplicate-destination.duplicate':
    '라우팅 테이블 {table}에 {destination}의 라우트가 두 개({first}, {second}) 있습니다. AWS는 대상마다 라우트 하나만 받습니다',
  'rules.route-table-duplicate-destination.fix': '{table}에 {destination} 라우트를 하나만 남기세요',

  'rules.route-table-unassociated.description':
    '모든 라우팅 테이블이 서브넷에 연결되어 있거나 기본 테이블인지',
  'rules.route-table-unassociated.unused':
    '라우팅 테이블 {table}은(는) 어떤 서브넷에도 연결되지 않았고 기본 테이블도 아니어서, 그 라우트는 쓰이지 않습니다',
  'rules.route-table-unassociated.fix': '{table}을(를) 그 라우트가 필요한 서브넷에 연결하거나 삭제하세요',

  'rules.route-target-same-vpc.description': '라우트 대상이 존재하고 라우팅 테이블과 같은 VPC에 있는지',
  'rules.route-target-same-vpc.missing':
    '라우팅 테이블 {table}이(가) {destination}을(를) 설계에 없는 {target}(으)로 보냅니다(블랙홀 라우트)',
  'rules.route-target-same-vpc.missingFix':
    '{table}의 {destination} 라우트가 있는 대상을 가리키게 하거나 삭제하세요',
  'rules.route-target-same-vpc.otherVpc':
    'VPC {vpc}의 라우팅 테이블 {table}이(가) {destination}을(를) VPC {otherVpc}에 있는 {type} {target}(으)로 보냅니다. 라우트는 자기 VPC 안의 대상만 가리킬 수 있습니다',
  'rules.route-target-same-vpc.otherVpcFix':
    '{vpc} 안에 대상을 추가하고 {destination}을(를) 그쪽으로 보내세요',

  'rules.security-group-same-vpc.description': '보안 그룹을 자기 VPC 안에서만 쓰는지',
  'rules.security-group-same-vpc.attached':
    'VPC {vpc}의 {resource}이(가) VPC {groupVpc}의 보안 그룹 {group}을(를) 씁니다. 보안 그룹은 자기 VPC의 네트워크 인터페이스만 보호합니다',
  'rules.security-group-same-vpc.attachedFix': '{resource}에 같은 규칙을 가진 {vpc}의 보안 그룹을 주세요',
  'rules.security-group-same-vpc.peer':
    'VPC {vpc}의 보안 그룹 {group}이(가) VPC {peerVpc}의 그룹 {peer}을(를) 피어로 지정합니다. 그룹 참조는 한 VPC 안에서만 동작합니다',
  'rules.security-group-same-vpc.peerFix': '{peerVpc} 서브넷의 CIDR을 피어로 쓰거나, {vpc}의 그룹을 쓰세요',

  'rules.security-group-unused.description': '모든 보안 그룹이 연결되거나 참조되는지',
  'rules.security-group-unused.unused':
    '보안 그룹 {group}은(는) 아무것에도 연결되지 않았고 어떤 규칙도 참조하지 않습니다',
  'rules.security-group-unused.fix': '{group}을(를) 원래 목적의 리소스에 연결하거나 삭제하세요',

  'rules.single-az-service.description': '서비스와 데이터베이스가 한 가용 영역에만 의존하지 않는지',
  'rules.single-az-service.oneZone':
    '{type} {service}은(는) 가용 영역 {az}에서만 실행됩니다. 그 영역에 장애가 나면 멈춥니다',
  'rules.single-az-service.oneZoneFix': '{service}을(를) 두 개 이상의 가용 영역의 서브넷에 두세요',
  'rules.single-az-service.database':
    '데이터베이스 {db}은(는) 단일 AZ입니다. 영역 장애나 유지 보수 동안 복구될 때까지 멈춥니다',
  'rules.single-az-service.databaseFix': '{db}의 다중 AZ를 켜세요(두 번째 영역의 대기 인스턴스)',

  'rules.single-internet-gateway.description': 'VPC에 인터넷 게이트웨이가 하나 이하인지',
  'rules.single-internet-gateway.several':
    'VPC {vpc}에 인터넷 게이트웨이가 {count}개({gateways}) 있습니다. AWS는 VPC에 인터넷 게이트웨이를 하나만 연결합니다',
  'rules.single-internet-gateway.fix': '{keep}만 남기고 나머지를 삭제하세요',

  'rules.single-main-route-table.description': 'VPC에 기본 라우팅 테이블이 정확히 하나인지',
  'rules.single-main-route-table.several':
    'VPC {vpc}에 기본 라우팅 테이블이 {count}개({tables}) 있습니다. VPC의 기본 테이블은 하나이며, 자기 테이블이 없는 모든 서브넷이 씁니다',
  'rules.single-main-route-table.fix': '{keep}만 기본 테이블로 두고 나머지는 서브넷에 명시적으로 연결하세요',

  'rules.sns-standard-to-fifo-queue.description': 'FIFO 큐가 FIFO 토픽만 구독하는지',
  'rules.sns-standard-to-fifo-queue.mismatch':
    '표준 토픽 {topic}은(는) FIFO 큐 {queue}에 전달할 수 없습니다. FIFO 큐는 FIFO 토픽만 구독할 수 있습니다',
  'rules.sns-standard-to-fifo-queue.fix':
    '{topic}을(를) FIFO 토픽(이름이 .fifo로 끝남)으로 만들거나 {queue}을(를) 표준 큐로 만드세요',

  'rules.sqs-visibility-timeout.description':
    '큐의 가시성 제한 시간이 Lambda 소비자 제한 시간의 여섯 배 이상인지',
  'rules.sqs-visibility-timeout.tooShort':
    '큐 {queue}은(는) 메시지를 {visibility}초 동안 숨기는데, 이는 소비자 {fn}의 제한 시간 {timeout}초의 여섯 배보다 짧습니다. 메시지가 다시 나타나 두 번 처리될 수 있습니다',
  'rules.sqs-visibility-timeout.belowTimeout':
    '큐 {queue}은(는) 메시지를 {visibility}초 동안 숨기는데, 이는 소비자 {fn}의 제한 시간 {timeout}초보다 짧습니다. Lambda는 이런 큐를 이벤트 소스로 받지 않습니다',
  'rules.sqs-visibility-timeout.fix': '{queue}의 가시성 제한 시간을 {recommended}초 이상으로 정하세요',

  'rules.subnet-capacity.description':
    '서브넷에 그 안에서 실행되는 것들을 위한 주소가 충분한지 (AWS는 서브넷마다 5개를 예약)',
  'rules.subnet-capacity.full':
    '서브넷 {subnet}({cidr})의 사용 가능한 주소는 {usable}개인데(AWS가 5개 예약), 그 안의 리소스에는 {needed}개가 필요합니다',
  'rules.subnet-capacity.fix':
    '{subnet}에 더 큰 블록(/{prefix} 이상)을 주거나, 리소스를 더 많은 서브넷에 나누세요',

  'rules.subnet-cidr-in-vpc.description': '서브넷의 블록이 VPC의 블록 안에 있는지',
  'rules.subnet-cidr-in-vpc.outside': '서브넷 {subnet}({cidr})이(가) VPC {vpc}({vpcCidr}) 밖에 있습니다',
  'rules.subnet-cidr-in-vpc.fix': '{subnet}의 블록을 {vpcCidr} 안에서 고르세요',

  'rules.subnet-az-in-region.description': '서브넷의 가용 영역이 설계의 리전에 있는지',
  'rules.subnet-az-in-region.unknownZone':
    '서브넷 {subnet}은(는) 가용 영역 {zone}에 있지만 리전 {region}에는 그런 영역이 없어 AWS가 만들 수 없습니다',
  'rules.subnet-az-in-region.fix': '{subnet}을(를) {zones} 중 하나에 두세요',

  'rules.interface-endpoint-subnet-per-az.description':
    '인터페이스 엔드포인트가 가용 영역마다 서브넷을 하나만 쓰는지',
  'rules.interface-endpoint-subnet-per-az.sameAz':
    '인터페이스 엔드포인트 {endpoint}에 가용 영역 {az}의 서브넷이 여러 개({subnets}) 있습니다. AWS는 영역마다 서브넷 하나만 받습니다',
  'rules.interface-endpoint-subnet-per-az.fix':
    '{endpoint}에는 영역 {az}의 서브넷을 하나만 남기세요. 다른 서브넷의 클라이언트도 그 주소로 연결됩니다',

  'rules.alb-subnet-size.description': 'Application Load Balancer의 서브넷이 /27 이상인지',
  'rules.alb-subnet-size.tooSmall':
    '로드밸런서 {alb}이(가) 서브넷 {subnet}({cidr})을(를) 씁니다. AWS는 로드밸런서 서브넷마다 /27 이상, 빈 주소 8개 이상을 요구합니다',
  'rules.alb-subnet-size.fix':
    '{subnet}에 /27 이상의 블록을 주거나, {alb}을(를) 그 영역의 더 큰 서브넷에 두세요',

  'rules.interface-endpoint-dns-conflict.description':
    '서비스와 VPC마다 프라이빗 DNS를 켠 인터페이스 엔드포인트가 하나인지',
  'rules.interface-endpoint-dns-conflict.conflict':
    '인터페이스 엔드포인트 {endpoint}와(과) {other}이(가) 모두 VPC {vpc}에서 프라이빗 DNS를 켜고 {service}을(를) 제공합니다. AWS는 두 번째를 거부합니다 (DNS 도메인 충돌)',
  'rules.interface-endpoint-dns-conflict.fix':
    '{endpoint}을(를) 지우고 그 서브넷을 {other}에 더하거나, {endpoint}의 프라이빗 DNS를 끄세요',

  'rules.rds-subnet-group-azs.description': '데이터베이스의 서브넷 그룹이 가용 영역 두 곳 이상에 걸치는지',
  'rules.rds-subnet-group-azs.tooFewAzs':
    '데이터베이스 {db}의 서브넷 그룹은 가용 영역 {azs}에만 걸칩니다. AWS는 단일 AZ 데이터베이스라도 DB 서브넷 그룹이 두 영역 이상에 걸치도록 요구합니다',
  'rules.rds-subnet-group-azs.fix': '{db}에 다른 가용 영역의 서브넷을 더하세요',

  'rules.alb-listener-protocol.description': 'Application Load Balancer 리스너가 HTTP나 HTTPS인지',
  'rules.alb-listener-protocol.notHttp':
    '로드밸런서 {alb}의 포트 {port}에 {protocol} 리스너가 있습니다. Application Load Balancer는 HTTP와 HTTPS 리스너만 받습니다',
  'rules.alb-listener-protocol.fix':
    '리스너를 HTTP나 HTTPS로 바꾸거나, TCP·TLS·UDP 트래픽에는 Network Load Balancer를 쓰세요',

  'rules.ecs-public-ip-launch-type.description': 'Fargate 태스크만 퍼블릭 IP를 요청하는지',
  'rules.ecs-public-ip-launch-type.ec2':
    '서비스 {service}은(는) EC2 시작 유형인데 퍼블릭 IP(assignPublicIp)를 요청합니다. AWS는 Fargate에서만 이를 받으므로 EC2 태스크는 퍼블릭 IP를 얻지 못합니다',
  'rules.ecs-public-ip-launch-type.fix':
    'assignPublicIp를 끄고 태스크를 NAT 게이트웨이로 라우팅하거나, {service}을(를) Fargate로 바꾸세요',

  'rules.nat-instance-source-dest-check.description':
    '라우팅 대상으로 쓰는 EC2 인스턴스의 소스/대상 확인이 꺼져 있는지',
  'rules.nat-instance-source-dest-check.on':
    '라우팅 테이블 {table}이(가) {destination}을(를) 인스턴스 {instance}(으)로 보내지만, 소스/대상 확인이 켜져 있어 자기에게 오지 않은 패킷을 모두 버립니다',
  'rules.nat-instance-source-dest-check.fix':
    '{instance}의 소스/대상 확인을 끄거나 (sourceDestCheck: false), NAT 게이트웨이로 라우팅하세요',

  'rules.security-group-prefix-list.description':
    '보안 그룹 규칙이 Skyplan이 아는 접두사 목록(S3, DynamoDB)을 쓰는지',
  'rules.security-group-prefix-list.unknown':
    '보안 그룹 {group}이(가) 접두사 목록 {list}을(를) 쓰지만 설계에 그 CIDR이 없어, Skyplan은 이 규칙이 아무것에도 맞지 않는 것으로 봅니다',
  'rules.security-group-prefix-list.fix':
    'AWS 관리형 목록인 pl-s3나 pl-dynamodb를 쓰거나, {list}의 CIDR을 규칙으로 적으세요',

  'rules.api-gateway-endpoint-type.description': '엣지 최적화와 프라이빗 엔드포인트는 REST API에서만 쓰는지',
  'rules.api-gateway-endpoint-type.restOnly':
    'API {api}은(는) 엔드포인트 유형이 {endpointType}인 {apiType} API입니다. 엣지 최적화나 프라이빗은 REST API만 가능합니다',
  'rules.api-gateway-endpoint-type.fix':
    '{api}을(를) REST API로 만들거나, 엔드포인트 유형을 리전(regional)으로 바꾸세요',

  'rules.fargate-task-size.description': 'Fargate 태스크가 Fargate에서 제공하는 CPU·메모리 조합을 쓰는지',
  'rules.fargate-task-size.cpu':
    '서비스 {service}이(가) vCPU {cpu}개를 요청합니다. Fargate 태스크는 0.25, 0.5, 1, 2, 4, 8, 16 vCPU만 있습니다',
  'rules.fargate-task-size.cpuFix': 'vCPU를 {cpus} 중에서 고르세요',
  'rules.fargate-task-size.memory':
    '서비스 {service}이(가) vCPU {cpu}개에 메모리 {memory}GB를 요청합니다. Fargate는 이 조합을 거부합니다',
  'rules.fargate-task-size.memoryFix': 'vCPU {cpu}개에는 메모리를 {choices}GB 중에서 고르세요',

  'rules.rds-port-range.description': '데이터베이스가 RDS에서 허용하는 포트(1150-65535)를 쓰는지',
  'rules.rds-port-range.outOfRange':
    '데이터베이스 {db}이(가) 포트 {port}을(를) 씁니다. RDS는 {min}부터 {max}까지의 포트만 받습니다',
  'rules.rds-port-range.fix': '{engine} 엔진의 기본 포트(3306 또는 5432)나 1150 이상의 다른 포트를 쓰세요',

  'rules.elastic-ip-association.description':
    '탄력적 IP가 리소스 하나에만 연결되고, 프라이빗 NAT 게이트웨이에는 연결되지 않는지',
  'rules.elastic-ip-association.twice':
    '탄력적 IP {eip}이(가) {holders}에 연결되어 있습니다. AWS는 주소 하나를 한 번에 네트워크 인터페이스 하나에만 연결합니다',
  'rules.elastic-ip-association.twiceFix': '{holders}에 각각 자기 탄력적 IP를 주세요',
  'rules.elastic-ip-association.privateNat':
    'NAT 게이트웨이 {nat}은(는) 프라이빗 연결 유형인데 탄력적 IP {eip}을(를) 갖고 있습니다. AWS는 프라이빗 NAT 게이트웨이에 탄력적 IP를 주지 않습니다',
  'rules.elastic-ip-association.privateNatFix':
    '{nat}에서 {eip}을(를) 해제하거나, {nat}을(를) 퍼블릭 서브넷의 퍼블릭 NAT 게이트웨이로 만드세요',

  'rules.security-groups-per-interface.description':
    '네트워크 인터페이스의 보안 그룹 수가 AWS 한도(5개, 할당량을 올린 인스턴스는 16개) 이내인지',
  'rules.security-groups-per-interface.tooMany':
    '{type} {resource}에 보안 그룹이 {count}개 있습니다. AWS는 네트워크 인터페이스마다 최대 {max}개까지 허용합니다',
  'rules.security-groups-per-interface.fix': '{resource}의 규칙을 더 적은 보안 그룹으로 합치세요',
  'rules.security-groups-per-interface.quota':
    '인스턴스 {resource}에 보안 그룹이 {count}개 있습니다. 기본 할당량은 네트워크 인터페이스마다 {max}개입니다',
  'rules.security-groups-per-interface.quotaFix':
    '규칙을 더 적은 그룹으로 합치거나, AWS에 인터페이스당 보안 그룹 할당량 상향(최대 {raised}개)을 요청하세요',

  'rules.subnets-same-vpc.description':
    '리소스의 서브넷과 게이트웨이 엔드포인트의 라우팅 테이블이 모두 그 VPC에 있는지',
  'rules.subnets-same-vpc.subnet':
    '{resource}은(는) VPC {vpc}에 있지만 VPC {otherVpc}의 서브넷 {child}을(를) 씁니다. AWS는 한 VPC의 서브넷만 받습니다',
  'rules.subnets-same-vpc.routeTable':
    'VPC {vpc}의 게이트웨이 엔드포인트 {resource}이(가) VPC {otherVpc}의 라우팅 테이블 {child}에 연결되어 있습니다. AWS는 자기 VPC의 라우팅 테이블만 받습니다',
  'rules.subnets-same-vpc.fix':
    '{child}을(를) VPC {vpc}의 것으로 바꾸거나, VPC {otherVpc}에 따로 {resource}을(를) 두세요',

  'rules.sns-fifo-subscribers.description':
    'FIFO 토픽이 SQS 큐에만 전달하고, S3가 FIFO 토픽에 게시하지 않는지',
  'rules.sns-fifo-subscribers.subscriber':
    'FIFO 토픽 {topic}이(가) {type} {target}에 전달합니다. FIFO 토픽은 SQS 큐 구독만 받습니다',
  'rules.sns-fifo-subscribers.email':
    'FIFO 토픽 {topic}에 이메일 구독이 {count}개 있습니다. FIFO 토픽은 SQS 큐 구독만 받습니다',
  'rules.sns-fifo-subscribers.fix':
    '{topic}에 SQS 큐를 구독시키고 다른 소비자는 그 큐에서 읽게 하거나, {topic}을(를) 표준 토픽으로 바꾸세요',
  'rules.sns-fifo-subscribers.fromS3':
    '버킷 {bucket}이(가) 이벤트 알림을 FIFO 토픽 {topic}(으)로 보냅니다. S3는 표준 토픽에만 게시합니다',
  'rules.sns-fifo-subscribers.fromS3Fix': '{bucket}의 이벤트를 표준 토픽이나 SQS 큐로 보내세요',
};
