import type { gaps as en } from '../en/gaps';

// 편집기가 새 리소스에 붙이는 기본 이름 (shared/edit/subnet-defaults.ts).
export const gaps: Record<keyof typeof en, string> = {
  'edit.default.subnet': '서브넷 {az}',
  'edit.default.publicSubnet': '퍼블릭 {az}',
  'deploy.canvas.rolling.wholeTitle':
    '배포 중 서비스 전체 (가용 영역 {az}): 이전 태스크 {old}개, 시작 중인 새 태스크 {starting}개, 정상인 새 태스크 {fresh}개',
  'deploy.canvas.blueGreen.wholeTitle':
    '배포 중 서비스 전체 (가용 영역 {az}): 블루 태스크 {old}개, 시작 중인 그린 태스크 {starting}개, 정상인 그린 태스크 {fresh}개',
};
