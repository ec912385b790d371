import type { edit as en } from '../en/edit';

// 헤드리스 편집기(shared/edit): 문서 작업의 실행 취소 이름과 거절 사유.
export const edit: Record<keyof typeof en, string> = {
  'edit.refused.unknown': '이 설계에 {id}(이)라는 항목이 없습니다.',
  'edit.refused.needsSubnet': '{type}은(는) 서브넷 안에 있어야 합니다. 다음 중 하나에 넣으세요: {subnets}.',
  'edit.refused.needsSubnetNone':
    '{type}은(는) 서브넷 안에 있어야 하는데, 아직 서브넷이 없습니다. 먼저 서브넷을 추가하세요.',
  'edit.refused.otherVpc':
    '{type}은(는) 한 VPC의 서브넷에만 걸칠 수 있습니다. 다음 중 하나에 넣으세요: {subnets}.',
  'edit.refused.singleSubnet': '{type}은(는) 서브넷 하나에만 있으므로 두 번째 서브넷으로 확장할 수 없습니다.',
  'edit.refused.alreadyIn': '{name}은(는) 이미 {subnet}에 배치되어 있습니다.',
  'edit.connect.routeExists':
    '{table}은(는) 이미 {destination}을(를) {target}(으)로 보내므로 추가할 경로가 없습니다. 바꾸려면 인스펙터에서 경로를 편집하세요.',
  'edit.connect.notRouteTarget':
    '라우팅 테이블은 인터넷·NAT·송신 전용 게이트웨이, 피어링, 트랜짓 게이트웨이, 게이트웨이 엔드포인트로 트래픽을 보냅니다. {type}(으)로는 보낼 수 없습니다.',
  'edit.connect.interfaceEndpoint':
    '인터페이스 엔드포인트에는 경로가 필요 없습니다. 리소스는 서브넷을 통해 도달합니다. 사용하는 서브넷에 넣으세요.',
  'edit.connect.noSecurityGroups': '{type}에는 보안 그룹을 연결할 수 없습니다.',
  'edit.connect.alreadyAttached': '{group}은(는) 이미 {resource}에 연결되어 있습니다.',
  'edit.connect.alreadyAssociated': '{subnet}은(는) 이미 {table}을(를) 사용합니다.',
  'edit.connect.otherVpc': '{from}과(와) {to}은(는) 서로 다른 VPC에 있습니다.',
  'edit.connect.meaningless':
    '{from}을(를) {to}에 연결할 수 없습니다. 라우팅 테이블은 게이트웨이로, 서브넷은 라우팅 테이블이나 네트워크 ACL로, 보안 그룹은 리소스로 끌고, 트래픽은 서비스끼리 연결하세요.',
  'edit.action.addRoute': '경로 추가 {destination} → {target}',
  'edit.action.associate': '{subnet}에 {table} 연결',
  'edit.action.disassociate': '{subnet}에서 {table} 해제',
  'edit.action.attach': '{resource}에 {group} 연결',
  'edit.action.detach': '{resource}에서 {group} 분리',
  'edit.action.extend': '{name}을(를) {subnet}(으)로 확장',
};
