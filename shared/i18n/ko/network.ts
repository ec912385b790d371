import type { network as en } from '../en/network';

export const network: Record<keyof typeof en, string> = {
  'network.hop.sourceEni': '{resource}이(가) 서브넷 {subnet} (가용 영역 {az})의 {ip}에서 보냅니다',
  'network.hop.sourceInternet': '인터넷의 클라이언트가 {ip}(대표 퍼블릭 주소)에서 보냅니다',
  'network.hop.sourceService': '{resource}이(가) AWS 퍼블릭 주소(대표 주소 {ip})에서 호출합니다',
  'network.hop.sourceServiceDirect': '{resource}은(는) VPC 밖에서 실행되며 {target}을(를) 직접 호출합니다',
  'network.hop.poll':
    '{target}이(가) {resource}에서 메시지를 폴링하므로 트래픽은 {target}에서 {resource}(으)로 갑니다',

  'network.hop.sgEgress':
    '보안 그룹 {group}이(가) 나가는 트래픽을 허용합니다: 아웃바운드 규칙 {rule} ({protocol} {ports} → {peer})',
  'network.hop.sgEgressAll':
    '보안 그룹 {group}에 아웃바운드 규칙이 없으므로 모든 아웃바운드 트래픽이 허용됩니다 (AWS 기본값)',
  'network.hop.sgEgressDefault':
    '{resource}에 보안 그룹이 없어 VPC 기본 보안 그룹이 적용되며, 모든 아웃바운드 트래픽을 허용합니다',
  'network.hop.sgIngress':
    '보안 그룹 {group}이(가) 들어오는 트래픽을 허용합니다: 인바운드 규칙 {rule} ({protocol} {ports} ← {peer})',
  'network.hop.sgIngressDefault':
    '{resource}에 보안 그룹이 없어 VPC 기본 보안 그룹이 적용되며, 같은 그룹 구성원인 {source}을(를) 허용합니다',
  'network.hop.sgReturn': '보안 그룹은 상태 저장(stateful)이므로 {resource}의 응답은 규칙 없이도 돌아옵니다',

  'network.hop.naclEgress':
    '서브넷 {subnet}의 네트워크 ACL {nacl}: 아웃바운드 규칙 {rule}이(가) {address}(으)로 가는 {protocol} {ports}을(를) 허용합니다',
  'network.hop.naclIngress':
    '서브넷 {subnet}의 네트워크 ACL {nacl}: 인바운드 규칙 {rule}이(가) {address}에서 오는 {protocol} {ports}을(를) 허용합니다',
  'network.hop.naclDefaultEgress':
    '서브넷 {subnet}은(는) 기본 네트워크 ACL을 사용하며, 모든 아웃바운드 트래픽을 허용합니다',
  'network.hop.naclDefaultIngress':
    '서브넷 {subnet}은(는) 기본 네트워크 ACL을 사용하며, 모든 인바운드 트래픽을 허용합니다',

  'network.hop.route':
    '서브넷 {subnet}은(는) 라우팅 테이블 {table}을(를) 사용합니다: {destination} → {target}',
  'network.hop.routeMain':
    '서브넷 {subnet}에 연결된 라우팅 테이블이 없어 VPC 기본 라우팅 테이블 {table}이(가) 적용됩니다: {destination} → {target}',
  'network.hop.routeImplicit':
    '서브넷 {subnet}에 라우팅 테이블이 없고 VPC에 기본 테이블도 없습니다: 로컬 경로 {destination}만 적용됩니다',
  'network.hop.routeEndpoint':
    '서브넷 {subnet}은(는) 라우팅 테이블 {table}을(를) 사용합니다: {service} 접두사 목록 → 게이트웨이 엔드포인트 {endpoint}',
  'network.hop.nat':
    '서브넷 {subnet}의 NAT 게이트웨이 {nat}이(가) 출발지 주소를 자신의 퍼블릭 주소로 바꿉니다',
  'network.hop.natReturn': 'NAT 게이트웨이 {nat}이(가) 응답을 {ip}(으)로 되돌려 보냅니다',
  'network.hop.natInstance': '서브넷 {subnet}의 인스턴스 {nat}이(가) NAT 인스턴스로서 전달합니다',
  'network.hop.igwOut': '인터넷 게이트웨이 {igw}이(가) {resource}의 퍼블릭 주소로 인터넷에 보냅니다',
  'network.hop.igwIn': '인터넷 게이트웨이 {igw}이(가) {resource}의 퍼블릭 주소를 {ip}(으)로 변환합니다',
  'network.hop.igwReturnOut': '인터넷 게이트웨이 {igw}이(가) 응답을 인터넷의 {ip}(으)로 보냅니다',
  'network.hop.igwReturnIn': '인터넷 게이트웨이 {igw}이(가) 응답을 {resource}의 퍼블릭 주소로 가져옵니다',

  'network.hop.gatewayEndpoint':
    '게이트웨이 엔드포인트 {endpoint}이(가) AWS 네트워크 안에서 {service}(으)로 전달합니다',
  'network.hop.gatewayEndpointReturn':
    '{service}의 응답이 게이트웨이 엔드포인트 {endpoint}을(를) 통해 돌아옵니다',
  'network.hop.interfaceEndpoint':
    '프라이빗 DNS가 {service}을(를) 서브넷 {subnet}의 {ip}에 있는 인터페이스 엔드포인트 {endpoint}(으)로 해석합니다',
  'network.hop.endpointHandsOver':
    '인터페이스 엔드포인트 {endpoint}이(가) PrivateLink로 요청을 {service}에 넘깁니다',
  'network.hop.listener':
    '{resource}의 포트 {port} 리스너 {listener}이(가) 받아서 {targets}(으)로 전달합니다',
  'network.hop.deliver': '{resource}이(가) {protocol} {ports}(으)로 받습니다',
  'network.hop.serviceDeliver': '{service}이(가) 리전 엔드포인트({resource})에서 요청을 받습니다',
  'network.hop.invoke': '{resource}이(가) {target}을(를) 호출합니다 ({kind})',
  'network.hop.handOn': '{resource}이(가) {target}(으)로 전달합니다 ({kind})',
  'network.hop.publicEndpoint': '{resource}은(는) AWS 퍼블릭 엔드포인트로 접근하며 VPC를 거치지 않습니다',

  'network.blocked.noRoute':
    '서브넷 {subnet}의 라우팅 테이블({table})에 {destination}(으)로 가는 경로가 없습니다',
  'network.fix.noRouteInternet':
    '퍼블릭 서브넷에 NAT 게이트웨이를 두고 {table}에 0.0.0.0/0 → NAT 경로를 추가하세요 (퍼블릭 서브넷이라면 인터넷 게이트웨이로 가는 경로)',
  'network.fix.noRoute': '{table}에 {destination} 경로를 추가하세요',
  'network.blocked.crossVpc':
    '{resource}은(는) VPC {vpc}에, {target}은(는) VPC {otherVpc}에 있습니다: 두 VPC를 잇는 경로가 없습니다',
  'network.fix.crossVpc':
    '두 VPC를 피어링 연결이나 트랜짓 게이트웨이로 잇고(양쪽 VPC에 경로 추가) 또는 {target}에 퍼블릭 주소를 주세요',
  'network.blocked.lambdaOutsideVpc':
    '{resource}은(는) VPC 밖에서 실행되므로 퍼블릭 주소로만 {target}에 갈 수 있는데, {target}에는 퍼블릭 주소가 없습니다',
  'network.fix.lambdaOutsideVpc':
    '{resource}을(를) {vpc}의 프라이빗 서브넷에 연결하고, {target}의 보안 그룹이 허용하는 보안 그룹을 지정하세요',
  'network.blocked.blackhole':
    '{table}의 경로 {destination}이(가) 존재하지 않는 {target}을(를) 가리킵니다 (블랙홀 경로)',
  'network.fix.blackhole':
    '경로가 존재하는 인터넷 게이트웨이, NAT 게이트웨이나 엔드포인트를 가리키게 하거나 삭제하세요',
  'network.blocked.badTarget':
    '{table}의 경로 {destination}이(가) {target}({type})을(를) 가리키지만, 이것은 이 트래픽을 전달할 수 없습니다',
  'network.fix.badTarget':
    '{table}의 {destination}이(가) 인터넷 게이트웨이나 NAT 게이트웨이를 가리키게 하세요',
  'network.blocked.notLocal':
    '{table}의 경로 {destination}이(가) {ip}(으)로 가는 트래픽을 로컬 경로 대신 {target}(으)로 보냅니다',
  'network.fix.notLocal': '{table}에서 더 구체적인 경로 {destination}을(를) 삭제하세요',
  'network.blocked.returnNotPublic':
    '{resource}에서 {ip}(으)로 가는 응답이 인터넷 게이트웨이 {igw}이(가) 아닌 {target}(으)로 서브넷 {subnet}을(를) 나갑니다: 퍼블릭 서브넷이 아닙니다',
  'network.fix.returnNotPublic':
    '{table}의 0.0.0.0/0을 인터넷 게이트웨이 {igw}(으)로 보내거나, {resource}을(를) 퍼블릭 서브넷에 두세요',
  'network.blocked.noIgw':
    'VPC {vpc}에 인터넷 게이트웨이가 없어 {resource}와(과) 인터넷 사이에 길이 없습니다',
  'network.fix.noIgw': '{vpc}에 인터넷 게이트웨이를 추가하고 퍼블릭 서브넷에서 0.0.0.0/0을 그쪽으로 보내세요',
  'network.blocked.igwOtherVpc':
    '{table}의 경로 {destination}이(가) 인터넷 게이트웨이 {igw}을(를) 가리키지만, 그것은 {vpc}이(가) 아닌 VPC {otherVpc}에 연결되어 있습니다',
  'network.fix.igwOtherVpc': '{table}의 {destination}을(를) {vpc}의 인터넷 게이트웨이로 보내세요',
  'network.blocked.noPublicIp':
    '서브넷 {subnet}의 {resource}에 퍼블릭 IPv4 주소가 없어 인터넷 게이트웨이 {igw}이(가) 트래픽을 전달할 수 없습니다',
  'network.fix.noPublicIp':
    '{resource}에 퍼블릭 주소(publicIp, 서브넷의 mapPublicIp, assignPublicIp 또는 탄력적 IP)를 주거나, 0.0.0.0/0이 NAT 게이트웨이로 가는 프라이빗 서브넷으로 옮기세요',
  'network.fix.noPublicIpLambda':
    'Lambda 함수는 퍼블릭 주소를 받지 못합니다: {resource}을(를) 0.0.0.0/0이 NAT 게이트웨이로 가는 프라이빗 서브넷에 연결하거나 VPC 엔드포인트를 쓰세요',
  'network.blocked.noPublicIpIngress': '{resource}에 퍼블릭 주소가 없어 인터넷에서 접근할 수 없습니다',
  'network.fix.noPublicIpIngress':
    '{resource} 앞에 인터넷 연결(internet-facing) 로드밸런서를 두거나, 퍼블릭 서브넷에서 퍼블릭 주소를 주세요',
  'network.blocked.natNotPublic':
    'NAT 게이트웨이 {nat}이(가) 있는 서브넷 {subnet}의 라우팅 테이블({table})에 인터넷 게이트웨이로 가는 경로가 없습니다: 퍼블릭 서브넷이 아닙니다',
  'network.fix.natNotPublic':
    '{nat}을(를) 퍼블릭 서브넷으로 옮기거나, {table}의 0.0.0.0/0을 인터넷 게이트웨이로 보내세요',
  'network.blocked.natPrivate': 'NAT 게이트웨이 {nat}은(는) 프라이빗 연결 유형이라 인터넷에 나갈 수 없습니다',
  'network.fix.natPrivate':
    '{nat}의 연결 유형을 퍼블릭으로 바꾸세요 (탄력적 IP와 퍼블릭 서브넷이 필요합니다)',
  'network.blocked.sgEgress':
    '{resource}의 보안 그룹 {groups}이(가) {peer}(으)로 가는 {protocol} {ports} 아웃바운드를 허용하지 않습니다',
  'network.fix.sgEgress': '{group}에 {suggestion}(으)로 가는 {protocol} {ports} 아웃바운드 규칙을 추가하세요',
  'network.blocked.sgIngress':
    '{resource}의 보안 그룹 {groups}이(가) {source}({peer})에서 오는 {protocol} {ports} 인바운드를 허용하지 않습니다',
  'network.fix.sgIngress': '{group}에 {suggestion}에서 오는 {protocol} {ports} 인바운드 규칙을 추가하세요',
  'network.blocked.sgIngressDefault':
    '{resource}에 보안 그룹이 없습니다: VPC 기본 보안 그룹은 자기 구성원만 허용하는데 {source}은(는) 구성원이 아닙니다',
  'network.fix.sgIngressDefault':
    '{resource}에 {suggestion}에서 오는 {protocol} {ports}을(를) 허용하는 보안 그룹을 지정하세요',
  'network.blocked.naclEgress':
    '서브넷 {subnet}의 네트워크 ACL {nacl}이(가) {address}(으)로 가는 {protocol} {ports} 아웃바운드를 거부합니다 (규칙 {rule})',
  'network.fix.naclEgress':
    '{nacl}에 {address}(으)로 가는 {protocol} {ports} 아웃바운드 허용 규칙을, 일치하는 거부 규칙보다 낮은 번호로 추가하세요',
  'network.blocked.naclIngress':
    '서브넷 {subnet}의 네트워크 ACL {nacl}이(가) {address}에서 오는 {protocol} {ports} 인바운드를 거부합니다 (규칙 {rule})',
  'network.fix.naclIngress':
    '{nacl}에 {address}에서 오는 {protocol} {ports} 인바운드 허용 규칙을, 일치하는 거부 규칙보다 낮은 번호로 추가하세요',
  'network.blocked.naclReturnOut':
    '서브넷 {subnet}의 네트워크 ACL {nacl}이(가) 응답을 버립니다: {address}의 포트 {missing}(으)로 가는 {protocol} 아웃바운드가 거부됩니다 (규칙 {rule}). 네트워크 ACL은 상태 비저장(stateless)이고, 응답은 클라이언트의 임시 포트({ports} 중 하나)로 갑니다 (NAT 게이트웨이와 로드밸런서는 1024-65535, Amazon Linux는 32768-60999, Windows는 49152-65535)',
  'network.fix.naclReturnOut':
    '{nacl}에 {address}(으)로 가는 {protocol} {ports} 아웃바운드 허용 규칙을 추가하세요',
  'network.blocked.naclReturnIn':
    '서브넷 {subnet}의 네트워크 ACL {nacl}이(가) 응답을 버립니다: {address}에서 포트 {missing}(으)로 오는 {protocol} 인바운드가 거부됩니다 (규칙 {rule}). 네트워크 ACL은 상태 비저장(stateless)이고, 응답은 클라이언트의 임시 포트({ports} 중 하나)로 돌아옵니다 (NAT 게이트웨이와 로드밸런서는 1024-65535, Amazon Linux는 32768-60999, Windows는 49152-65535)',
  'network.fix.naclReturnIn':
    '{nacl}에 {address}에서 오는 {protocol} {ports} 인바운드 허용 규칙을 추가하세요',
  'network.blocked.noListener': '{resource}에 {protocol} 포트 {port} 리스너가 없습니다 (리스너: {listeners})',
  'network.fix.noListener': '{resource}에 포트 {port} 리스너를 추가하거나, 기존 리스너 포트로 보내세요',
  'network.blocked.internalAlb': '{resource}은(는) 내부(internal) 로드밸런서라 인터넷에서 접근할 수 없습니다',
  'network.fix.internalAlb':
    '{resource}의 스킴을 internet-facing으로 바꾸고 퍼블릭 서브넷에 두거나, VPC 안에서 접근하세요',
  'network.blocked.privateApi':
    '{resource}은(는) 프라이빗 API라 execute-api 인터페이스 엔드포인트가 있는 VPC 안의 클라이언트만 호출할 수 있습니다',
  'network.fix.privateApi':
    'execute-api 인터페이스 엔드포인트를 통해 VPC 안에서 {resource}을(를) 호출하거나, 엔드포인트 유형을 regional로 바꾸세요',
  'network.blocked.serviceUnreachable':
    '서브넷 {subnet}에서 {service}에 갈 길이 없습니다: 엔드포인트가 없고 {table}에 NAT나 인터넷 게이트웨이로 가는 0.0.0.0/0 경로도 없습니다',
  'network.fix.serviceGateway':
    '{table}에 연결된 {service} 게이트웨이 엔드포인트(무료)를 추가하거나, 퍼블릭 서브넷에 NAT 게이트웨이를 두고 0.0.0.0/0 경로를 추가하세요',
  'network.fix.serviceInterface':
    'VPC에 {service} 인터페이스 엔드포인트(프라이빗 DNS 켬)를 추가하거나, 퍼블릭 서브넷에 NAT 게이트웨이를 두고 0.0.0.0/0 경로를 추가하세요',
  'network.blocked.resourceFailed': '{resource}이(가) 중단되었습니다 (장애 시뮬레이션)',
  'network.fix.resourceFailed':
    '다른 가용 영역에 {type}을(를) 하나 더 두어 한 번의 장애로 경로가 끊기지 않게 하세요',
  'network.blocked.azFailed':
    '{resource}이(가) 실행되는 가용 영역({azs})이 모두 중단되었습니다 (장애 시뮬레이션)',
  'network.fix.azFailed': '{resource}을(를) 두 개 이상의 가용 영역에 있는 서브넷에 분산하세요',
  'network.blocked.natAzFailed':
    '서브넷 {subnet}은(는) 인터넷 트래픽을 가용 영역 {az}의 NAT 게이트웨이 {nat}(으)로 보내는데, 그 가용 영역이 중단되었습니다 (장애 시뮬레이션)',
  'network.fix.natAzFailed':
    '가용 영역마다 NAT 게이트웨이를 하나씩 두고, 각 가용 영역의 프라이빗 라우팅 테이블이 자기 NAT 게이트웨이를 가리키게 하세요',
  'network.blocked.noTarget': '로드밸런서 {resource}에 전달할 대상이 없습니다',
  'network.fix.noTarget': '{resource}을(를) 대상(ECS 서비스, 인스턴스 또는 Lambda 함수)에 연결하세요',
  'network.blocked.noTargetAlive': '로드밸런서 {resource}의 모든 대상이 중단되었습니다 (장애 시뮬레이션)',
  'network.fix.noTargetAlive': '{resource}의 대상을 두 개 이상의 가용 영역에서 실행하세요',
  'network.blocked.cycle': '{resource}에서 나간 경로가 다시 {target}(으)로 돌아옵니다: 경로가 순환합니다',
  'network.fix.cycle':
    'NAT 게이트웨이가 있는 서브넷의 0.0.0.0/0을 NAT 게이트웨이가 아닌 인터넷 게이트웨이로 보내세요',
  'network.blocked.tooManyHops': '경로가 {max}홉보다 깁니다. 순환하고 있을 가능성이 큽니다',
  'network.fix.tooManyHops': '서로를 가리키는 경로가 없는지 라우팅 테이블을 확인하세요',
  'network.blocked.unsupported':
    'AWS에서 {resource}({type})은(는) {target}({targetType})(으)로 보내지 않습니다',
  'network.fix.unsupported': '연결을 바꾸세요: {resource}의 트래픽을 받을 수 있는 대상에 연결하세요',
  'network.blocked.notEndpoint': '{resource}은(는) {type}이며 트래픽의 출발지나 목적지가 아닙니다',
  'network.fix.notEndpoint': '워크로드, 로드밸런서, AWS 서비스 또는 인터넷에서/으로 추적하세요',
  'network.blocked.notPlaced': '{resource}이(가) 어떤 서브넷에도 배치되지 않아 네트워크 주소가 없습니다',
  'network.fix.notPlaced': '{resource}을(를) 서브넷에 두거나 서브넷 목록을 지정하세요',
  'network.blocked.unknown': '설계에 id가 {resource}인 리소스가 없습니다',
  'network.fix.unknown': '설계에 있는 리소스의 id를 쓰세요',

  'network.word.internet': '인터넷',
  'network.word.none': '없음',

  'cli.simulate.summary': '요청을 홉 단위로 추적하고 어디서 왜 막히는지 설명합니다',
  'cli.simulate.usage':
    'skyplan simulate FILE --from ID --to ID [--protocol tcp] [--port N] [--fail-az A] [--fail ID] [--format text|json]',
  'cli.simulate.option.from': '요청이 출발하는 리소스 id (인터넷 사용자는 "internet")',
  'cli.simulate.option.to': '요청이 도착하는 리소스 id',
  'cli.simulate.option.protocol': 'tcp, udp, icmp 또는 all (기본값 tcp)',
  'cli.simulate.option.port': '목적지 포트 (기본값: 리스너, 컨테이너 또는 데이터베이스 포트, 없으면 443)',
  'cli.simulate.option.failAz': '중단된 가용 영역을 시뮬레이션: 문자 하나 또는 쉼표로 구분한 문자들',
  'cli.simulate.option.fail': '중단된 리소스를 시뮬레이션: id 하나 또는 쉼표로 구분한 id들',
  'cli.simulate.missingOption': '"simulate"에는 {option}이(가) 필요합니다: {usage}',
  'cli.simulate.unknownId': '{file}: id가 "{id}"인 리소스가 없습니다 ({option}에 지정됨)',
  'cli.simulate.badProtocol': '--protocol은 tcp, udp, icmp, all 중 하나여야 합니다 (입력: "{found}")',
  'cli.simulate.badPort': '--port는 0부터 65535 사이의 정수여야 합니다 (입력: "{found}")',
  'cli.simulate.badAz': '--fail-az는 a 또는 a,b 같은 가용 영역 문자여야 합니다 (입력: "{found}")',
  'cli.simulate.header': '{file}에서 {from} → {to} 경로 ({protocol} {port}):',
  'cli.simulate.forward': '순방향 경로:',
  'cli.simulate.return': '응답 경로:',
  'cli.simulate.reachable': '도달 가능: {from}에서 {to}에 도달할 수 있습니다.',
  'cli.simulate.blocked': '차단됨 ({resource}): {code}{ra}',
  'cli.simulate.why': '원인: {message}',
  'cli.simulate.fix': '해결: {fix}',
  'cli.simulate.raCode': ' (Reachability Analyzer: {code})',
  'cli.simulate.failed': '시뮬레이션한 장애: {failed}',
};
