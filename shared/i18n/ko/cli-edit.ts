import type { cliEdit as en } from '../en/cli-edit';

export const cliEdit: Record<keyof typeof en, string> = {
  'cli.edit.summary': '설계 변경: 추가, 연결, 연결(association), 이동, 확장, 값 설정, 이름 바꾸기, 삭제',
  'cli.edit.usage':
    'skyplan edit FILE 작업 인자... [--in 컨테이너] [--name 이름] [-o 출력] [--format text|json]',
  'cli.edit.option.output': '입력 파일을 바꾸지 않고 바뀐 설계를 FILE에 씁니다 ("-"는 화면에 출력)',
  'cli.edit.option.in': 'add: 새 리소스를 넣을 컨테이너(VPC 또는 서브넷)',
  'cli.edit.option.name': 'add: 새 리소스의 이름',
  'cli.edit.missingOp': '무엇을 바꿀지 지정하세요: {operations}',
  'cli.edit.unknownOp': '알 수 없는 작업 "{found}"; 다음 중 하나를 쓰세요: {operations}',
  'cli.edit.badArgs': '인자 개수가 맞지 않습니다. 사용법: {usage}',
  'cli.edit.addOnly': '{option}은(는) add 작업에만 쓸 수 있습니다',
  'cli.edit.badType': '알 수 없는 리소스 유형 "{found}"; 유형: {types}',
  'cli.edit.added': '{where}에 {id}을(를) 추가했습니다',
  'cli.edit.set': '{id}의 {key}을(를) {value}(으)로 설정했습니다',
  'cli.edit.renamed': '{id}의 이름을 "{name}"(으)로 바꿨습니다',
  'cli.edit.deleted': '{ids}을(를) 삭제했습니다',
  'cli.edit.refused': '{file}: 바꾸지 않았습니다: {reason}',
  'cli.edit.invalidResult': '결과가 올바른 설계가 아니게 됩니다 ({reason})',
  'cli.edit.cannotWrite': '{file}을(를) 쓸 수 없습니다: {reason}',
  'cli.edit.done': '{file}: {done}; {output}에 썼습니다',
  'cli.exitCodes.edit':
    '종료 코드: 0 변경하고 저장함, 1 변경이 거부됨(아무것도 쓰지 않음), 2 입력을 사용할 수 없음.',
};
