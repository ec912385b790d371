import type { nlbIpv6 as en } from '../en/nlb-ipv6';

// 네트워크 로드 밸런서, IPv6 / 듀얼 스택, 시드 기반 문제 해결 실습 (이슈 17).
export const nlbIpv6: Record<keyof typeof en, string> = {
  'type.nlb': 'Network Load Balancer',
  'typeHelp.nlb':
    '4계층 로드 밸런서(TCP, UDP, TLS)입니다. 클라이언트 IP를 유지하고, 보안 그룹은 선택 사항이며, 교차 영역은 기본적으로 꺼져 있습니다.',
  'type.egress-only-internet-gateway': '송신 전용 인터넷 게이트웨이',
  'typeHelp.egress-only-internet-gateway':
    'IPv6 전용: 인스턴스가 인터넷으로 연결을 시작할 수 있게 하고, 인터넷에서 시작한 연결은 거부합니다. IPv6에는 NAT가 없습니다. 무료입니다.',
  'field.ipv6Cidr': 'IPv6 CIDR 블록',
  'field.crossZone': '교차 영역 로드 밸런싱',
  'field.activeConnections': '활성 연결',
  'field.ipVersion': 'IP 버전',

  'network.hop.nlbNoSg': '로드 밸런서 {resource}에는 보안 그룹이 없어 모든 클라이언트가 통과합니다 (NLB)',
  'network.hop.nlbPreserve':
    '네트워크 로드 밸런서 {resource}이(가) 클라이언트 주소 {client}을(를) 유지한 채 {target}(으)로 전달합니다 (클라이언트 IP 보존)',
  'network.blocked.nlbListenerProtocol':
    '네트워크 로드 밸런서 {resource}의 포트 {port} 리스너가 {protocol}입니다. NLB는 TCP, TLS, UDP, TCP_UDP만 수신합니다',
  'network.fix.nlbListenerProtocol':
    '{resource}의 포트 {port} 리스너를 TCP 또는 TLS로 바꾸거나, HTTP(S)에는 Application Load Balancer를 쓰세요',
  'network.blocked.nlbZoneNoTarget':
    '{resource}의 AZ {az} 노드(서브넷 {subnet})에는 같은 영역에 정상 대상이 없고 교차 영역 로드 밸런싱이 꺼져 있어, 받은 트래픽을 버립니다',
  'network.fix.nlbZoneNoTarget': 'AZ {az}에 {resource}의 대상을 두거나, 교차 영역 로드 밸런싱을 켜세요',
  'network.blocked.noIpv6':
    '{resource}에는 IPv6 주소가 없습니다: 서브넷 {subnet}에 IPv6 CIDR 블록이 없습니다',
  'network.fix.noIpv6': 'VPC {vpc}에 IPv6 CIDR 블록(/56)을 주고, 서브넷 {subnet}에 그 안의 /64를 주세요',
  'network.fix.noRoute6':
    '{table}에 ::/0 경로를 추가하세요: 퍼블릭 서브넷은 인터넷 게이트웨이로, 아웃바운드 전용이면 송신 전용 인터넷 게이트웨이로',
  'network.blocked.natIpv6':
    '{table}의 경로 {destination}이(가) NAT 게이트웨이 {nat}을(를) 가리킵니다. NAT 게이트웨이는 인터넷으로 가는 IPv6 트래픽을 처리하지 않습니다 (IPv6에는 주소 변환이 필요 없습니다)',
  'network.fix.natIpv6':
    '{table}의 경로 {destination}을(를) 송신 전용 인터넷 게이트웨이(아웃바운드 전용) 또는 인터넷 게이트웨이로 보내세요',
  'network.blocked.egressOnlyInbound':
    '서브넷 {subnet}은(는) IPv6 트래픽을 송신 전용 인터넷 게이트웨이 {eigw}({table})로 내보냅니다. 이 게이트웨이는 인터넷에서 시작한 연결을 거부하므로 {resource}에 도달할 수 없습니다',
  'network.fix.egressOnlyInbound':
    '인터넷에 서비스하려면 ::/0 경로가 인터넷 게이트웨이로 가는 서브넷에 {resource}을(를) 두거나 인터넷 연결 로드 밸런서를 앞에 두세요. 아무도 접근하면 안 되는 서버에는 {table}을(를) 송신 전용으로 유지하세요',
  'network.fix.noIgw6': '{vpc}에 인터넷 게이트웨이를 추가하고 퍼블릭 서브넷에서 ::/0을 그쪽으로 보내세요',
  'network.fix.returnNotPublic6':
    '{resource}의 클라이언트에게 응답이 나갈 수 있도록 {table}의 ::/0을 인터넷 게이트웨이 {igw}(으)로 보내세요',
  'network.hop.igwOut6':
    '인터넷 게이트웨이 {igw}이(가) {resource}의 IPv6 주소 {ip}에서 인터넷으로 보냅니다 (주소 변환 없음)',
  'network.hop.igwReturnIn6': '인터넷 게이트웨이 {igw}이(가) 응답을 {resource}(으)로 돌려보냅니다',
  'network.hop.igwIn6': '인터넷 게이트웨이 {igw}이(가) {resource}의 IPv6 주소 {ip}(으)로 들여보냅니다',
  'network.hop.eigwOut':
    '송신 전용 인터넷 게이트웨이 {igw}이(가) {ip}({resource})에서 인터넷으로 보내고 연결을 기억합니다',
  'network.hop.eigwReturn':
    '송신 전용 인터넷 게이트웨이 {igw}이(가) 응답을 들여보냅니다: {resource}이(가) 연결을 시작했습니다',

  'cost.line.free.egress-only-internet-gateway':
    '송신 전용 인터넷 게이트웨이: 무료 (이를 통해 나가는 데이터는 데이터 송신 요금으로 청구됩니다)',
  'cost.line.nlb.hours': '네트워크 로드 밸런서 시간 ({hours}시간)',
  'cost.line.nlb.nlcu':
    '용량 단위: {nlcu} NLCU x {hours}시간 ({protocol}: 새 연결 {newConnections}, 활성 연결 {activeConnections}, 처리 바이트 {processedBytes} 중 최댓값)',
  'cost.line.nlb.ipv4': '퍼블릭 IPv4 주소: {azs}개 AZ마다 하나 x {hours}시간',
  'cost.unit.nlcuHour': 'NLCU-시간',

  'rules.nlb-listener-protocol.description': 'Network Load Balancer는 TCP, TLS, UDP, TCP_UDP로만 수신합니다',
  'rules.nlb-listener-protocol.notLayer4':
    '{nlb}의 포트 {port} 리스너가 {protocol}입니다. Network Load Balancer는 4계층에서 동작하며 AWS는 HTTP, HTTPS 리스너를 거부합니다',
  'rules.nlb-listener-protocol.fix':
    'TCP(로드 밸런서에서 TLS를 종료하려면 TLS)를 쓰거나, HTTP 라우팅에는 Application Load Balancer를 쓰세요',
  'rules.nlb-cross-zone-targets.description':
    '교차 영역 로드 밸런싱이 꺼져 있으면 Network Load Balancer의 각 영역에 대상이 있어야 합니다',
  'rules.nlb-cross-zone-targets.emptyZone':
    '{nlb}은(는) AZ {az}에서 활성화되어 있지만 그곳에 대상이 없고 교차 영역 로드 밸런싱이 꺼져 있습니다: 그 영역으로 간 클라이언트는 버려집니다',
  'rules.nlb-cross-zone-targets.fix': 'AZ {az}에 대상을 추가하거나 교차 영역 로드 밸런싱을 켜세요',
  'rules.ipv6-route-target.description':
    'IPv6 경로는 인터넷 게이트웨이나 송신 전용 인터넷 게이트웨이로 갑니다. NAT 게이트웨이로 가는 것은 NAT64 접두사 64:ff9b::/96뿐입니다',
  'rules.ipv6-route-target.natIpv6':
    '{table}의 경로 {destination}이(가) NAT 게이트웨이 {target}(으)로 갑니다. NAT 게이트웨이는 인터넷으로 가는 IPv6 트래픽을 처리하지 않습니다',
  'rules.ipv6-route-target.natIpv6Fix':
    '{destination}을(를) 송신 전용 인터넷 게이트웨이(아웃바운드 전용) 또는 인터넷 게이트웨이로 보내세요',
  'rules.ipv6-route-target.eigwIpv4':
    '{table}의 경로 {destination}이(가) IPv6만 처리하는 송신 전용 인터넷 게이트웨이 {target}(으)로 갑니다',
  'rules.ipv6-route-target.eigwIpv4Fix':
    'IPv4 트래픽은 NAT 게이트웨이로 보내고, 송신 전용 게이트웨이는 ::/0에 쓰세요',
  'rules.ipv6-route-target.eigwNoIpv6':
    '송신 전용 인터넷 게이트웨이 {eigw}이(가) IPv6 CIDR 블록이 없는 {vpc}에 있습니다',
  'rules.ipv6-route-target.eigwNoIpv6Fix': '{vpc}에 IPv6 CIDR 블록을 주거나 {eigw}을(를) 제거하세요',
  'rules.subnet-ipv6-in-vpc.description': '서브넷의 IPv6 블록은 VPC의 IPv6 블록 안에 있어야 합니다',
  'rules.subnet-ipv6-in-vpc.vpcHasNone':
    '서브넷 {subnet}에는 IPv6 블록 {cidr}이(가) 있지만 {vpc}에는 IPv6 CIDR 블록이 없습니다',
  'rules.subnet-ipv6-in-vpc.outside':
    '서브넷 {subnet}의 IPv6 블록 {cidr}이(가) {vpc}의 IPv6 블록 {vpcCidr} 밖에 있습니다',
  'rules.subnet-ipv6-in-vpc.fix':
    '{vpc}에 IPv6 블록(AWS는 /56을 줍니다)을 주고 그 안에서 {subnet}에 /64를 주세요',

  'cli.option.lessonSeed': '학생 번호: 문제 해결 실습의 고장을 고릅니다 (start, check)',
  'cli.lesson.badSeed': '--seed는 0부터 4294967295까지의 정수여야 합니다. "{found}"은(는) 쓸 수 없습니다',
  'cli.lesson.needsSeed':
    '실습 {lesson}은(는) 문제 해결 실습입니다: --seed N으로 학생 번호를 주세요 (번호마다 고장이 다릅니다)',
  'cli.lesson.noFaults': '실습 {lesson}에는 고를 고장이 없습니다. --seed는 문제 해결 실습에만 씁니다',
  'cli.lesson.seedLine': '학생 번호(시드) {seed}',
  'lessonPanel.seed': '학생 번호',
  'lessonPanel.seedHelp': '문제 해결 실습: 번호에 따라 네트워크의 고장이 정해집니다.',
  'lessonPanel.seedShown': '학생 번호 {seed}',
  'lessonPanel.seedInvalid': '0 이상의 정수를 입력하세요.',
};
