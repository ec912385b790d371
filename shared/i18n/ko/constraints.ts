import type { constraints as en } from '../en/constraints';

export const constraints: Record<keyof typeof en, string> = {
  'field.sourceDestCheck': '소스/대상 확인',
  'field.emailSubscriptions': '이메일 구독 수',

  'network.blocked.sourceDestCheck':
    '{nat}이(가) 서브넷 {subnet}의 트래픽을 전달하지만 소스/대상 확인이 켜져 있어, 자기에게 오지 않은 패킷을 모두 버립니다',
  'network.fix.sourceDestCheck':
    'NAT 인스턴스는 모두 그래야 하듯 {nat}의 소스/대상 확인을 끄세요 (sourceDestCheck: false)',
  'network.fix.noPublicIpEcsEc2':
    '{resource}의 태스크는 EC2 시작 유형이라 awsvpc 네트워크 인터페이스에 퍼블릭 주소가 붙지 않습니다: NAT 게이트웨이로 라우팅되는 프라이빗 서브넷에 두거나, Fargate와 assignPublicIp를 쓰세요',
  'network.blocked.albListenerProtocol':
    '{resource}의 포트 {port}에 {protocol} 리스너가 있지만, Application Load Balancer는 HTTP와 HTTPS로만 수신합니다 (TCP, TLS, UDP는 Network Load Balancer 프로토콜입니다)',
  'network.fix.albListenerProtocol':
    '{resource}의 포트 {port} 리스너를 HTTP나 HTTPS로 바꾸거나, TCP·TLS·UDP에는 Network Load Balancer를 쓰세요',

  'cost.line.sns.http': 'HTTP/S 구독자 {subscribers}곳으로의 전송',
  'cost.line.sns.email': '이메일 구독 {subscribers}개로의 전송',
  'cost.line.sns.otherDeliveries': '{type} 구독자 {subscribers}곳으로의 전송: 알려진 가격 없음',
  'cost.note.sns.emailEstimate':
    'AWS SNS 요금표는 이메일 전송을 10만 건 단위로 매기며, 이 리전의 금액은 확인되지 않았습니다 (추정)',
  'cost.note.vpce.unknownService':
    '{service}은(는) Skyplan이 아는 AWS 엔드포인트 서비스 목록에 없어 표준 인터페이스 엔드포인트 요금으로 계산했습니다 (추정)',

  'inspector.openEnum.invalid': '서비스 이름: 점이나 하이픈으로 이은 소문자 단어 (execute-api, ecr.dkr)',

  'inspector.ephemeral.label': '응답 트래픽',
  'inspector.ephemeral.choose': '임시 포트 규칙 추가...',
  'inspector.ephemeral.nat': 'NAT 게이트웨이, 로드밸런서, Lambda: {from}-{to}',
  'inspector.ephemeral.amazonLinux': 'Amazon Linux: {from}-{to}',
  'inspector.ephemeral.windows': 'Windows: {from}-{to}',
};
