import type { interop as en } from '../en/interop';

export const interop: Record<keyof typeof en, string> = {
  'interop.error.syntax': '올바른 YAML 또는 JSON이 아닙니다: {detail}',
  'interop.error.notTemplate': 'CloudFormation 템플릿이 아닙니다: "Resources" 매핑이 있어야 합니다',
  'interop.error.refCycle': '리소스들이 서로 순환 참조합니다: {cycle}',
  'interop.error.conditionCycle': '조건들이 서로 순환 참조합니다: {cycle}',
  'interop.warn.unknownTag':
    '알 수 없는 YAML 태그 {tag}(다른 도구의 확장)입니다. 값은 적힌 그대로 사용합니다',
  'interop.warn.samTransform':
    '변환 {transform}(SAM)은 전개하지 않습니다. 이 변환이 만들 서버리스 리소스는 가져오지 않습니다',
  'interop.warn.unknownTransform': 'Skyplan이 모르는 변환 {transform}입니다. 템플릿을 적힌 그대로 읽습니다',
  'interop.warn.unusedParam': '--param {name}: 템플릿에 그런 파라미터가 없습니다',
  'interop.warn.externalParameter':
    '파라미터 {name}({type})은(는) 이 템플릿 밖의 리소스를 가리킵니다. 외부 자리표시자로 대신합니다',
  'interop.warn.missingParameter':
    '파라미터 {name}에 값도 기본값도 없습니다. --param {name}=값 으로 지정하세요. 자리표시자를 사용합니다',
  'interop.warn.ssmParameter':
    '파라미터 {name}은(는) 배포 시 SSM Parameter Store에서 읽습니다. 자리표시자를 사용합니다',
  'interop.warn.badForEach': '{name}은(는) 올바른 Fn::ForEach(식별자, 컬렉션, 출력 맵)가 아니어서 건너뜁니다',
  'interop.warn.unknownCondition': '조건 {name}이(가) 정의되어 있지 않아 거짓으로 봅니다',
  'interop.warn.conditionUnknown': '{path}의 조건은 배포 시에만 알 수 있는 값에 달려 있어 거짓으로 봅니다',
  'interop.warn.selectOutOfRange':
    'Fn::Select 인덱스 {index}이(가) 길이 {count}인 목록을 벗어납니다. 자리표시자를 사용합니다',
  'interop.warn.unresolved': '{fn}을(를) 오프라인으로 계산할 수 없습니다. 자리표시자를 사용합니다',
  'interop.warn.importValue': 'Fn::ImportValue {name}은(는) 다른 스택의 값입니다. 자리표시자를 사용합니다',
  'interop.warn.unknownFunction': '{fn}은(는) Skyplan이 아는 내장 함수가 아닙니다. 자리표시자를 사용합니다',
  'interop.warn.unknownRef': '{name}은(는) 템플릿의 파라미터도 리소스도 아닙니다. 자리표시자를 사용합니다',
  'interop.warn.mappingMissing': 'Fn::FindInMap {path}이(가) Mappings에 없습니다. 자리표시자를 사용합니다',
  'interop.warn.badCidr': 'Fn::Cidr [{args}]을(를) 계산할 수 없습니다. 자리표시자를 사용합니다',
  'interop.warn.placeholderValue': '{id}: {prop} 값을 오프라인으로 알 수 없어 자리표시 값을 사용합니다',
  'interop.warn.ruleSkipped':
    '{id}: Skyplan이 읽을 수 있는 프로토콜이나 대상이 없는 보안 그룹 규칙을 건너뛰었습니다',
  'interop.warn.notApplicationLb':
    '{id}: {type} 로드 밸런서는 모델링하지 않습니다(Application Load Balancer만 지원)',
  'interop.warn.noSubnetGroup':
    '{id}: 이 템플릿에 DBSubnetGroupName이 없어 데이터베이스를 배치할 수 없습니다',
  'interop.warn.unmappedType': '{id}({type})은(는) Skyplan에 대응하는 리소스가 없어 가져오지 않습니다',
  'interop.warn.notPlaced': '{id}({type})을(를) 배치할 수 없습니다: 필요한 참조가 없습니다',
  'interop.warn.igwNotAttached': '{id}: 인터넷 게이트웨이가 VPC에 연결되어 있지 않아 가져오지 않습니다',
  'interop.warn.nestedImported': '중첩 스택 {id}({url})을(를) 이 설계로 함께 가져왔습니다',
  'interop.warn.nestedRemote':
    '중첩 스택 {id}({url})은(는) 템플릿 옆의 로컬 파일이 아니어서 가져오지 않습니다',
  'interop.warn.nestedUnreadable': '중첩 스택 {id}: {url}을(를) 읽을 수 없어 가져오지 않습니다',
  'interop.warn.placeholders':
    '이 템플릿 밖에서 정의된 리소스 대신 외부 자리표시자 {count}개를 넣었습니다("external" 표시)',

  'interop.report.title': '{file}에서 리소스 {total}개 중 {imported}개를 가져왔습니다',
  'interop.report.unmapped': '가져오지 않은 리소스:',
  'interop.report.skipped': '만들어지지 않음(조건이 거짓):',
  'interop.report.renamed': 'Skyplan ID 규칙에 맞게 바뀐 ID:',
  'interop.report.placeholders': '외부 자리표시자:',
  'interop.report.warnings': '경고:',
  'interop.report.wrote': '{file}에 썼습니다',

  'cli.import.summary': 'CloudFormation 템플릿(YAML 또는 JSON)을 설계로 가져오기',
  'cli.import.usage':
    'skyplan import TEMPLATE [--param KEY=VALUE]... [--region CODE] [-o OUT] [--format text|json]',
  'cli.import.option.param': '파라미터 값(여러 번 지정 가능). 없으면 파라미터의 기본값을 사용합니다',
  'cli.import.option.region': '설계의 리전(기본값: us-east-1)',
  'cli.import.option.out': '설계를 표준 출력 대신 이 파일에 씁니다',
  'cli.import.badParam': '--param "{found}"이(가) KEY=VALUE 형식이 아닙니다',
  'cli.import.failed': '{file}:{line}:{column}: {message}',
  'cli.import.cannotWrite': '여기에는 {file}을(를) 쓸 수 없습니다',
  'cli.exitCodes.import': '종료 상태: 0 가져옴(가져오지 않은 것은 보고서에 나열), 2 템플릿을 사용할 수 없음.',

  'cli.diff.summary': '두 설계 비교: 리소스, 연결, 검사 결과, 도달 가능성, 비용',
  'cli.diff.usage': 'skyplan diff A B [--format text|json|md]',
  'cli.diff.missingB': '"diff"에는 설계 두 개가 필요합니다: {usage}',
  'cli.exitCodes.diff': '종료 상태: 0 B에 새 오류 없음, 1 B에 A에 없던 오류가 있음, 2 입력을 사용할 수 없음.',

  'interop.diff.title': '{a} → {b} 비교',
  'interop.diff.same': '차이가 없습니다.',
  'interop.diff.resources': '리소스: 추가 {added}, 삭제 {removed}, 변경 {changed}',
  'interop.diff.connections': '연결: 추가 {added}, 삭제 {removed}, 변경 {changed}',
  'interop.diff.findings': '검사 결과: 새로 생김 {added}, 해결됨 {resolved}',
  'interop.diff.reachability': '도달 가능성: 판정 {count}개가 바뀜',
  'interop.diff.cost': '월 비용: {before} → {after} ({delta})',
  'interop.diff.costLines': '바뀐 비용 항목:',
  'interop.diff.verdict.reachable': '도달 가능',
  'interop.diff.verdict.blocked': '차단됨',
  'interop.diff.verdict.absent': '없음',
  'interop.diff.newErrors': 'B에 A에 없던 오류가 {count}개 있습니다.',
  'interop.diff.section': '구분',
  'interop.diff.change': '변화',
  'interop.diff.item': '항목',
  'interop.diff.details': '내용',
  'interop.diff.kind.added': '추가',
  'interop.diff.kind.removed': '삭제',
  'interop.diff.kind.changed': '변경',
  'interop.diff.kind.new': '새로 생김',
  'interop.diff.kind.resolved': '해결됨',
  'interop.ui.import': 'CloudFormation 가져오기…',
  'interop.ui.compare': '다른 설계와 비교…',
  'interop.ui.panel': '비교',
  'interop.ui.readFailed': '파일을 읽을 수 없습니다: {reason}',
  'interop.ui.openDesign': '열려 있는 설계',
  'interop.ui.clear': '비교 끝내기',
  'interop.ui.empty':
    'CloudFormation 템플릿을 가져오거나(파일 > CloudFormation 가져오기…) 열려 있는 설계를 다른 설계와 비교하면(파일 > 다른 설계와 비교…) 결과가 여기에 나타납니다.',
};
