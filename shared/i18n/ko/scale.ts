import type { scale as en } from '../en/scale';

// 대규모 캔버스: 큰 설계를 열 때 자동 배치 진행 상태.
export const scale: Record<keyof typeof en, string> = {
  'scale.layout.running': '리소스 {count}개를 배치하는 중…',
  'scale.layout.hint': '그동안 화면을 이동하고 확대하며 둘러볼 수 있습니다.',
};
