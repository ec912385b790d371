// 다이어그램: 가용 영역 그룹, 연결 칩, 네트워크 상세 보기.
import type { diagram as en } from '../en/diagram';

export const diagram: Record<keyof typeof en, string> = {
  'diagram.az': '가용 영역 {az}',
  'diagram.cmd.networkDetails': '네트워크 상세 (라우팅 테이블, NACL, 보안 그룹)',
  'diagram.chip.routeTable': '라우팅 테이블: {name}',
  'diagram.chip.networkAcl': '네트워크 ACL: {name}',
  'diagram.chip.securityGroup': '보안 그룹: {name}',
  'diagram.chip.routes': '경로: {routes}',
  'diagram.replica': '여기에도 배치됨: {name} (하나의 리소스를 배치된 서브넷마다 그림)',
  'diagram.link.routeTable': '라우팅 테이블 사용',
  'diagram.link.route': '경로 {destination}',
  'diagram.link.securityGroup': '보안 그룹',
  'diagram.link.networkAcl': '네트워크 ACL 사용',
  'diagram.link.deadLetter': '배달 못한 편지',
  'diagram.preview.traffic': '새 연결 {label}',
  'diagram.preview.refused': '거부됨: {reason}',
  'diagram.replicaBadge': '{count}개 중 {index}번째 도형: 하나의 리소스를 서브넷마다 그린 것입니다',
};
