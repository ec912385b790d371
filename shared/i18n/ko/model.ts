import type { model as en } from '../en/model';

export const model: Record<keyof typeof en, string> = {
  'json.unexpectedEnd': '파일이 너무 일찍 끝납니다: 괄호, 중괄호 또는 문자열이 닫히지 않았습니다',
  'json.unexpectedToken': '예상하지 못한 {token}; {expected}이(가) 와야 합니다',
  'json.badEscape': '문자열 안의 이스케이프 시퀀스가 잘못되었습니다',
  'json.controlCharacter': '문자열에 제어 문자가 그대로 들어 있습니다 (\\n 또는 \\t를 쓰세요)',
  'json.badNumber': '숫자 형식이 잘못되었습니다',
  'json.trailingData': '문서가 끝난 뒤에 예상하지 못한 {token}이(가) 있습니다',
  'json.empty': '파일이 비어 있습니다',
  'json.duplicateKey': '같은 객체 안에 키 "{key}"가 두 번 나옵니다',
  'json.expected.value': '값',
  'json.expected.key': '큰따옴표로 감싼 속성 이름',
  'json.expected.colon': "속성 이름 뒤의 ':'",
  'json.expected.commaOrBrace': "',' 또는 '}'",
  'json.expected.commaOrBracket': "',' 또는 ']'",

  'schema.notObject': '{field}은(는) JSON 객체여야 합니다',
  'schema.notArray': '{field}은(는) 목록(JSON 배열)이어야 합니다',
  'schema.format': 'format은 "skyplan"이어야 합니다 (현재 {found}): Skyplan 설계 파일이 아닙니다',
  'schema.versionMissing': 'version이 없습니다: Skyplan 설계에는 "version": {supported}이(가) 필요합니다',
  'schema.versionNotInteger': 'version은 정수여야 합니다 (현재 {found})',
  'schema.versionNewer':
    '이 설계는 버전 {found}으로, 이 Skyplan이 이해하는 버전(최대 {supported})보다 새롭습니다: Skyplan을 업데이트한 뒤 여세요',
  'schema.versionTooOld':
    '버전 {found}은(는) 이 Skyplan이 업그레이드할 수 있는 가장 오래된 버전({oldest})보다 오래되었습니다',
  'schema.required': '{field}은(는) 필수입니다',
  'schema.type': '{field}은(는) {expected}여야 합니다 (현재 {found})',
  'schema.enum': '{field}은(는) {options} 중 하나여야 합니다 (현재 {found})',
  'schema.cidr': '{field}은(는) 10.0.0.0/16 같은 IPv4 CIDR 블록이어야 합니다 (현재 {found})',
  'schema.cidrHostBits':
    '{field}의 값 {found}에 호스트 비트가 켜져 있습니다: 네트워크 주소는 {suggestion}입니다',
  'schema.az': '{field}은(는) 가용 영역 문자 하나("a"~"z")여야 합니다 (현재 {found})',
  'schema.id': '{field} "{found}"은(는) 올바른 id가 아닙니다: 영문자, 숫자, "-", "_"로 1~64자를 쓰세요',
  'schema.unknownType': '알 수 없는 리소스 유형 "{found}"; 알려진 유형: {options}',
  'schema.range': '{field}은(는) {min}에서 {max} 사이여야 합니다 (현재 {found})',
  'schema.integer': '{field}은(는) 정수여야 합니다 (현재 {found})',
  'schema.ports':
    '{field}은(는) "443" 같은 포트 하나 또는 "1024-65535" 같은 범위(0~65535)여야 합니다 (현재 {found})',
  'schema.region': '리전 "{found}"은(는) us-east-1, ap-northeast-2 같은 AWS 리전 코드가 아닙니다',
  'schema.expected.string': '문자열',
  'schema.expected.number': '숫자',
  'schema.expected.boolean': 'true 또는 false',
  'schema.expected.object': '객체',
  'schema.expected.array': '목록',

  'ref.duplicateId': 'id "{id}"가 두 번 이상 쓰였습니다 (처음 위치: {firstPath})',
  'ref.unknown': '{field}이(가) 가리키는 "{id}"가 설계에 없습니다',
  'ref.wrongType': '{field}이(가) 가리키는 "{id}"는 {actual}입니다; {expected}여야 합니다',
  'ref.parentWrongType': '{type}은(는) {parentType} 안에 둘 수 없습니다: {allowed}에 두어야 합니다',
  'ref.parentRequired': '{type}은(는) {allowed}에 두어야 합니다',
  'ref.parentCycle': '"{id}"의 parent를 따라가면 자기 자신으로 돌아옵니다',
  'ref.or': ' 또는 ',
  'ref.topLevel': '최상위',
  'ref.inside': '{type} 안',

  'migrate.noPath': '버전 {from}에서 버전 {to}(으)로 가는 마이그레이션이 없습니다',
};
