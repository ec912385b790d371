import type { chips as en } from '../en/chips';

export const chips: Record<keyof typeof en, string> = {
  'chips.hint.table': '다른 서브넷으로 끌어다 놓으면 그 서브넷을 이 테이블과 연결합니다',
  'chips.hint.group': '다른 리소스로 끌어다 놓으면 이 그룹을 그 리소스에 연결합니다',
  'chips.hint.routeTable':
    '다른 서브넷으로 끌어다 놓으면 그 서브넷을 이 테이블과 연결하고, 게이트웨이로 끌어다 놓으면 그쪽 경로를 추가합니다',
  'chips.hint.escape': 'Esc로 취소',
  'edit.action.replaceRoute': '{destination} 경로를 {previous} 대신 {target}(으)로 변경',
  'edit.route.natLoop':
    '{nat}이(가) 있는 서브넷이 {table}을(를) 사용하므로, 기본 경로를 그리로 보내면 NAT 자신의 트래픽이 자기에게 돌아옵니다. 이 테이블은 인터넷 게이트웨이로, 프라이빗 서브넷의 테이블은 {nat}(으)로 보내세요.',
  'edit.route.noIpv6':
    '{gateway}은(는) IPv6만 전달하는데 {vpc}에는 IPv6 블록이 없습니다. 먼저 인스펙터에서 VPC에 IPv6 CIDR을 지정하세요.',
  'edit.route.peeringElsewhere':
    '{peering}은(는) {vpcs}을(를) 잇습니다. {table}은(는) 둘 중 어느 VPC에도 없으므로 이 피어링으로 라우팅할 수 없습니다. 두 VPC 중 하나의 테이블을 끌어다 놓으세요.',
  'edit.route.tgwNotAttached':
    '{vpc}은(는) {tgw}에 연결되어 있지 않아 그쪽 경로는 아무 데도 가지 않습니다. 먼저 VPC의 서브넷에 트랜짓 게이트웨이 연결(attachment)을 추가하세요.',
  'edit.route.tgwAlone':
    '{tgw}에 연결된 다른 VPC가 아직 없어 라우팅할 대상이 없습니다. 먼저 다른 VPC를 연결하세요.',
};
