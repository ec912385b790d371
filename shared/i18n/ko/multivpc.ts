import type { multivpc as en } from '../en/multivpc';

/** VPC 피어링과 트랜짓 게이트웨이: 유형 이름, 추적 메시지, 규칙, 비용 항목. */
export const multivpc: Record<keyof typeof en, string> = {
  'type.vpc-peering': 'VPC 피어링',
  'type.transit-gateway': '트랜짓 게이트웨이',
  'type.transit-gateway-attachment': '트랜짓 게이트웨이 연결',
  'type.transit-gateway-route-table': '트랜짓 게이트웨이 라우팅 테이블',
  'typeHelp.vpc-peering':
    '두 VPC를 일대일로 잇습니다. 양쪽 라우팅 테이블 모두 상대 CIDR로 가는 경로가 필요하며, 전이되지 않고, CIDR이 겹치면 안 됩니다.',
  'typeHelp.transit-gateway':
    '연결된 VPC 사이를 라우팅하는 리전 허브입니다. VPC 라우팅 테이블은 게이트웨이를 대상으로 하고, 게이트웨이 자신의 라우팅 테이블이 결정합니다.',
  'typeHelp.transit-gateway-attachment':
    'VPC를 트랜짓 게이트웨이에 연결합니다. AZ마다 서브넷 하나가 필요합니다. 연결 시간과 들어가는 GB당 과금됩니다.',
  'typeHelp.transit-gateway-route-table':
    '연결(association)된 attachment는 이 테이블에서 경로를 찾고, 전파(propagation)하는 attachment는 자기 VPC CIDR을 추가합니다. 정적 경로는 블랙홀일 수 있습니다.',
  'field.requesterVpc': '요청자 VPC',
  'field.accepterVpc': '수락자 VPC',
  'field.crossAzGbPerMonth': 'AZ 간 데이터',
  'field.interRegionGbPerMonth': '다른 리전으로 보내는 데이터',
  'field.transitGateway': '트랜짓 게이트웨이',
  'field.associations': '연결된 attachment',
  'field.propagations': '전파하는 attachment',

  'network.hop.peering': '피어링 {peering}이(가) 패킷을 VPC {vpc}에서 VPC {peerVpc}로 전달합니다',
  'network.hop.peeringReturn': '피어링 {peering}이(가) 응답을 VPC {vpc}로 돌려보냅니다',
  'network.hop.tgwIn':
    'attachment {attachment}(서브넷 {subnet}, AZ {az})이(가) 패킷을 트랜짓 게이트웨이 {tgw}에 넘깁니다',
  'network.hop.tgwRouteStatic':
    '{attachment}에 연결된 트랜짓 게이트웨이 라우팅 테이블 {tgwTable}: 정적 경로 {destination} → {target}',
  'network.hop.tgwRoutePropagated':
    '{attachment}에 연결된 트랜짓 게이트웨이 라우팅 테이블 {tgwTable}: 전파된 경로 {destination} → {target}',
  'network.hop.tgwOut': 'attachment {attachment}이(가) 패킷을 VPC {vpc}의 {resource}(으)로 전달합니다',
  'network.hop.tgwReturn':
    '응답이 트랜짓 게이트웨이 {tgw}와 attachment {attachment}을(를) 거쳐 VPC {vpc}로 돌아옵니다',

  'network.blocked.cidrOverlap':
    'VPC {vpc}({cidr})와 VPC {otherVpc}({otherCidr})의 CIDR이 겹칩니다: AWS는 {via}을(를) 통해 겹치는 VPC 사이로 트래픽을 보내지 않습니다',
  'network.fix.cidrOverlap': 'VPC {vpc}에 다른 VPC와 겹치지 않는 CIDR 블록을 주세요',
  'network.blocked.peeringOtherVpc':
    '{table}의 경로 {destination}이(가) 피어링 {peering}을(를) 가리키지만, 이 피어링은 VPC {vpc}에 연결되어 있지 않습니다',
  'network.fix.peeringOtherVpc': '{table}에서 {destination}을(를) VPC {vpc}의 피어링 연결로 보내세요',
  'network.blocked.peeringNotTransitive':
    '{table}의 경로 {destination}이(가) {resource}행 트래픽을 피어링 {peering}으로 보내지만, 이 피어링은 {vpc}와 {peerVpc}만 잇습니다. {resource}은(는) {targetVpc}에 있고, 피어링은 전이되지 않습니다',
  'network.fix.peeringNotTransitive':
    'VPC {vpc}와 VPC {targetVpc}를 직접 피어링하고(또는 트랜짓 게이트웨이를 쓰고) 두 VPC 모두에서 {destination}을(를) 그 연결로 보내세요',
  'network.blocked.peeringEdgeToEdge':
    '{table}의 경로 {destination}이(가) 트래픽을 피어링 {peering}으로 보냅니다: 피어 VPC의 인터넷 게이트웨이, NAT 게이트웨이, 엔드포인트는 피어링을 통해 쓸 수 없습니다(엣지 간 라우팅)',
  'network.fix.peeringEdgeToEdge':
    'VPC {vpc}에 자체 인터넷 게이트웨이, NAT 게이트웨이 또는 엔드포인트를 두고 {table}이(가) 그것을 가리키게 하세요',
  'network.blocked.peerNoRoute':
    '{resource}의 응답이 돌아갈 수 없습니다: 서브넷 {subnet}의 라우팅 테이블({table})에 {destination}(으)로 가는 경로가 없습니다',
  'network.blocked.peerReturnElsewhere':
    '{resource}에서 {destination}(으)로 가는 응답이 {via}이(가) 아니라 {target}(으)로 나갑니다(라우팅 테이블: {table})',
  'network.fix.peerNoRoute':
    '{table}에 {destination} → {via} 경로를 추가하세요(두 VPC 모두 서로를 향한 경로가 필요합니다)',
  'network.blocked.tgwNotAttached':
    '{table}이(가) 트래픽을 트랜짓 게이트웨이 {tgw}로 보내지만, VPC {vpc}는 그 게이트웨이에 연결되어 있지 않습니다',
  'network.fix.tgwNotAttached': '사용하는 AZ마다 서브넷 하나씩으로 VPC {vpc}를 {tgw}에 연결하세요',
  'network.blocked.tgwNoAttachmentInAz':
    'VPC {vpc}의 attachment {attachment}에 AZ {az}의 서브넷이 없어 {resource}(서브넷 {subnet})이(가) 트랜짓 게이트웨이 {tgw}에 닿지 못합니다',
  'network.fix.tgwNoAttachmentInAz': 'attachment {attachment}에 VPC {vpc}의 AZ {az} 서브넷을 추가하세요',
  'network.blocked.tgwAttachmentDown':
    '서브넷 {subnet}(AZ {az})에 있는 attachment {attachment}의 인터페이스가 다운되었습니다',
  'network.fix.tgwAttachmentDown': 'attachment {attachment}에 VPC가 쓰는 모든 AZ의 서브넷을 넣으세요',
  'network.blocked.tgwNotAssociated':
    'attachment {attachment}이(가) 트랜짓 게이트웨이 {tgw}의 어떤 라우팅 테이블에도 연결(association)되어 있지 않아, 게이트웨이가 보낸 트래픽을 버립니다',
  'network.fix.tgwNotAssociated': '{attachment}을(를) {tgw}의 라우팅 테이블에 연결(association)하세요',
  'network.blocked.tgwNoRoute':
    '트랜짓 게이트웨이 라우팅 테이블 {tgwTable}에 {destination}(VPC {targetVpc})(으)로 가는 경로가 없습니다',
  'network.fix.tgwNoRoute':
    'VPC {targetVpc}의 attachment를 {tgwTable}에 전파(propagation)하거나, 그쪽으로 가는 정적 경로 {cidr}을(를) 추가하세요',
  'network.blocked.tgwWrongAttachment':
    '트랜짓 게이트웨이 라우팅 테이블 {tgwTable}이(가) {destination}을(를) {target}(경로 {route})로 보내는데, 이는 {targetVpc}가 아니라 VPC {otherVpc}의 attachment입니다',
  'network.blocked.tgwBlackhole':
    '트랜짓 게이트웨이 라우팅 테이블 {tgwTable}이(가) {destination}행 트래픽을 버립니다: 경로 {route}은(는) 블랙홀입니다',
  'network.fix.tgwBlackhole':
    'VPC {targetVpc}에 닿아야 한다면 {tgwTable}에서 블랙홀 경로 {route}을(를) 지우세요',
  'network.blocked.tgwEgress':
    '{table}의 경로 {destination}이(가) 인터넷 트래픽을 트랜짓 게이트웨이 {tgw}로 보냅니다. 다른 VPC를 거치는 송신은 Skyplan이 아직 추적하지 않습니다',
  'network.fix.tgwEgress':
    'VPC {vpc}에 자체 NAT 게이트웨이나 인터넷 게이트웨이를 두고 {table}이(가) 그것을 가리키게 하세요',
  'rules.vpc-peering-cidr-overlap.description':
    '피어링하는 VPC의 IPv4 블록은 겹치면 안 되며, VPC는 자기 자신과 피어링할 수 없습니다.',
  'rules.vpc-peering-cidr-overlap.overlap':
    '피어링 {peering}이(가) 잇는 {vpc}({cidr})와 {otherVpc}({otherCidr})의 CIDR 블록이 겹칩니다: AWS가 거부합니다.',
  'rules.vpc-peering-cidr-overlap.overlapFix':
    '{otherVpc}에 겹치지 않는 CIDR 블록을 주거나 피어링을 지우세요.',
  'rules.vpc-peering-cidr-overlap.self': '피어링 {peering}이(가) {vpc}를 자기 자신과 잇습니다.',
  'rules.vpc-peering-cidr-overlap.selfFix': '요청자와 수락자로 서로 다른 VPC를 고르세요.',
  'rules.vpc-peering-routes.description':
    '피어링의 두 VPC 모두 그 피어링을 통해 서로에게 가는 경로가 필요하며, 경로는 자기 VPC의 피어링만 가리킬 수 있습니다.',
  'rules.vpc-peering-routes.oneSided':
    '{vpc}만 피어링 {peering}으로 라우팅합니다: {otherVpc}에 돌아오는 경로가 없어 모든 응답이 버려집니다.',
  'rules.vpc-peering-routes.oneSidedFix':
    '피어링된 워크로드가 쓰는 {otherVpc}의 라우팅 테이블에 {cidr} → {peering} 경로를 추가하세요.',
  'rules.vpc-peering-routes.otherVpc':
    '{table}의 경로 {destination}이(가) {vpc}와 이어지지 않은 피어링 {peering}을(를) 가리킵니다.',
  'rules.vpc-peering-routes.otherVpcFix': '{vpc}의 피어링을 가리키거나, 먼저 {vpc}를 그 VPC와 피어링하세요.',
  'rules.transit-gateway-association.description':
    '트랜짓 게이트웨이 attachment는 자기 게이트웨이의 라우팅 테이블 하나에만 연결(association)됩니다.',
  'rules.transit-gateway-association.none':
    'attachment {attachment}이(가) {tgw}의 어떤 라우팅 테이블에도 연결되어 있지 않습니다: 게이트웨이가 그 VPC가 보내는 모든 것을 버립니다.',
  'rules.transit-gateway-association.noneFix':
    '{tgw}의 라우팅 테이블 하나의 associations에 {attachment}을(를) 추가하세요.',
  'rules.transit-gateway-association.many':
    'attachment {attachment}이(가) 여러 라우팅 테이블({tables})에 연결되어 있습니다. AWS는 하나만 허용합니다.',
  'rules.transit-gateway-association.manyFix':
    '{attachment}은(는) 라우팅 테이블 하나의 associations에만 두세요.',
  'rules.transit-gateway-association.otherGateway':
    '{tgw}의 라우팅 테이블 {table}에 {otherTgw}에 속한 attachment {attachment}이(가) 있습니다.',
  'rules.transit-gateway-association.otherGatewayFix':
    '이 테이블에서 {attachment}을(를) 빼거나, 그 VPC를 이 게이트웨이에 연결하세요.',
  'rules.transit-gateway-attachment-subnets.description':
    '트랜짓 게이트웨이 attachment는 자기 VPC 안에서 AZ마다 서브넷 하나를 쓰며, VPC가 쓰는 모든 AZ를 덮어야 합니다.',
  'rules.transit-gateway-attachment-subnets.sameAz':
    'attachment {attachment}에 같은 AZ {az}의 {subnet}과(와) {other}이(가) 있습니다. AWS는 AZ마다 서브넷 하나만 허용합니다.',
  'rules.transit-gateway-attachment-subnets.sameAzFix': 'AZ {az}의 서브넷은 하나만 남기세요.',
  'rules.transit-gateway-attachment-subnets.otherVpc':
    'attachment {attachment}에 자기 VPC {vpc}에 없는 {subnet}이(가) 있습니다.',
  'rules.transit-gateway-attachment-subnets.otherVpcFix': '{vpc}의 서브넷만 쓰세요.',
  'rules.transit-gateway-attachment-subnets.missingAz':
    'attachment {attachment}에 {vpc}의 AZ {azs} 서브넷이 없습니다: 그 AZ의 워크로드는 트랜짓 게이트웨이를 쓸 수 없습니다.',
  'rules.transit-gateway-attachment-subnets.missingAzFix':
    'AZ({azs})마다 서브넷 하나씩을 attachment에 추가하세요.',
  'cost.line.peering.connection': '피어링 연결(시간당 요금 없음)',
  'cost.line.peering.crossAz': '피어링을 통해 AZ 간 월 {gb} GB, 나가는 쪽과 들어오는 쪽 모두 과금',
  'cost.line.peering.interRegion': '다른 리전의 수락자 VPC로 월 {gb} GB(리전 간 전송)',
  'cost.line.tgw.attachmentHours': 'attachment, {hours}시간',
  'cost.line.tgw.data': '트랜짓 게이트웨이로 보내는 월 {gb} GB',
  'cost.line.tgw.gateway': '트랜짓 게이트웨이(자체 요금 없음, attachment에 과금)',
  'cost.line.tgw.routeTable': '트랜짓 게이트웨이 라우팅 테이블(요금 없음)',
};
