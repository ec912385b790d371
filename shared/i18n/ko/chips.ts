import type { chips as en } from '../en/chips';

export const chips: Record<keyof typeof en, string> = {
  'chips.hint.table': '다른 서브넷으로 끌어다 놓으면 그 서브넷을 이 테이블과 연결합니다',
  'chips.hint.group': '다른 리소스로 끌어다 놓으면 이 그룹을 그 리소스에 연결합니다',
};
