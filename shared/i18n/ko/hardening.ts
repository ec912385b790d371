import type { hardening as en } from '../en/hardening';

export const hardening: Record<keyof typeof en, string> = {
  'json.tooDeep': '여기서 객체와 배열이 {max}단계보다 깊게 중첩되어 있습니다',
  'cost.note.outOfRange': '금액이 숫자가 아니거나 월 ${max}를 넘어 합계에서 뺐습니다. 사용량 값을 확인하세요',
  'cost.col.name': '이름',
  'cost.col.typeName': '유형 이름',
  'lessons.result.costBelow.unpriced':
    '비용을 확인할 수 없습니다: {region} 리전은 Skyplan에 가격표가 없습니다 (가격이 있는 리전: {regions}). 예산은 {amount} USD입니다.',
  'cli.reason.loop': '심볼릭 링크가 순환합니다 ({code})',
  'cli.reason.notRegular': '일반 파일이 아닙니다 (장치, FIFO 또는 소켓)',
  'cli.reason.tooLarge': '{limit} MB 제한보다 큽니다',
  'cli.cost.badRegionIn': '{where}: "{region}" 리전은 가격이 없습니다. 지원하는 리전: {regions}',
};
