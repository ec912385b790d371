import type { polish as en } from '../en/polish';

export const polish: Record<keyof typeof en, string> = {
  'polish.confirm.title': '확인해 주세요',
  'polish.confirm.ok': '확인',
  'polish.confirm.cancel': '취소',
  'polish.confirm.delete': '삭제',
  'polish.confirm.reset': '처음부터 다시',
  'polish.confirm.openLesson': '실습 열기',

  'polish.panel.resizeRight': '옆 패널 크기 조절 (끌거나 화살표 키 사용)',
  'polish.panel.resizeDock': '아래 패널 크기 조절 (끌거나 화살표 키 사용)',

  'polish.cmd.minimap': '미니맵',

  'polish.cost.detail': '{quantity} × {price} {per}',
  'polish.cost.qty.hour': '{n}시간',
  'polish.cost.per.hour': '(시간당)',
  'polish.cost.qty.azHour': '{n} 엔드포인트-AZ-시간',
  'polish.cost.per.azHour': '(엔드포인트-AZ-시간당)',
  'polish.cost.qty.ipHour': '{n} IP-시간',
  'polish.cost.per.ipHour': '(IP-시간당)',
  'polish.cost.qty.lcuHour': '{n} LCU-시간',
  'polish.cost.per.lcuHour': '(LCU-시간당)',
  'polish.cost.qty.vcpuHour': '{n} vCPU-시간',
  'polish.cost.per.vcpuHour': '(vCPU-시간당)',
  'polish.cost.qty.gbHour': '{n} GB-시간',
  'polish.cost.per.gbHour': '(GB-시간당)',
  'polish.cost.qty.gb': '{n} GB',
  'polish.cost.per.gb': '(GB당)',
  'polish.cost.qty.gbMonth': '{n} GB-월',
  'polish.cost.per.gbMonth': '(GB-월당)',
  'polish.cost.qty.gbSecond': '{n} GB-초',
  'polish.cost.per.gbSecond': '(GB-초당)',
  'polish.cost.qty.millionRequests': '요청 {n}백만 건',
  'polish.cost.per.millionRequests': '(백만 건당)',
  'polish.cost.qty.millionMessages': '메시지 {n}백만 건',
  'polish.cost.per.millionMessages': '(백만 건당)',
  'polish.cost.qty.millionEvents': '이벤트 {n}백만 건',
  'polish.cost.per.millionEvents': '(백만 건당)',
  'polish.cost.qty.thousandRequests': '요청 {n}천 건',
  'polish.cost.per.thousandRequests': '(천 건당)',
  'polish.cost.qty.millionWru': '쓰기 요청 단위 {n}백만',
  'polish.cost.per.millionWru': '(백만 단위당)',
  'polish.cost.qty.millionRru': '읽기 요청 단위 {n}백만',
  'polish.cost.per.millionRru': '(백만 단위당)',
  'polish.cost.qty.resource': '{n}개 ×',
  'polish.cost.per.resource': '(개당)',

  'polish.welcome.logo': 'Skyplan: 시작 화면으로 돌아가기',

  'polish.save.name': '저장할 파일 이름:',
  'polish.save.nameTitle': '설계 저장',
  'polish.save.nameSave': '저장',

  'polish.cli.unknownId':
    '{file}: id가 "{id}"인 리소스가 없습니다 ({option}에 지정됨). 사용할 수 있는 id: {ids}',
  'polish.cli.ambiguousType':
    '{file}: {option} {id}은(는) 이 설계에 {count}개 있는 리소스 유형입니다 ({ids}). id 하나를 지정하세요',
  'names.mainTableOf': 'VPC {value}의 기본 라우팅 테이블',
  'rules.alb-multi-az.noSubnets':
    '로드밸런서 {alb}에 서브넷이 없습니다. AWS는 ALB에 두 개 이상의 가용 영역의 서브넷을 요구합니다',
  'rules.alb-multi-az.noSubnetsFix': '{alb}에 서로 다른 두 가용 영역의 서브넷을 추가하세요',
  'polish.validate.partial':
    '{file} 중 읽을 수 있는 부분에 규칙을 적용했습니다 (위 문제 때문에 제외: {ids}):',
  'polish.validate.noRules': '규칙을 실행하지 않았습니다: 위 문제를 먼저 고치세요.',
  'polish.hop.tgw': '전송 게이트웨이',
  'polish.hop.peering': 'VPC 피어링',
};
