import type { deploy as en } from '../en/deploy';

/** 배포와 용량: ECS 롤링·블루그린 배포, Lambda 동시성. */
export const deploy: Record<keyof typeof en, string> = {
  'field.deploymentStrategy': '배포 전략',
  'field.minimumHealthyPercent': '최소 정상 비율',
  'field.maximumPercent': '최대 비율',
  'field.trafficShifting': '트래픽 전환 (블루그린)',
  'field.shiftPercent': '전환 비율',
  'field.shiftIntervalMinutes': '전환 간격',
  'field.rollbackOnFailure': '실패 시 롤백',
  'field.hostPort': '호스트 포트 (0 = 동적)',
  'field.containerInstanceType': '컨테이너 인스턴스 유형 (EC2)',
  'field.containerInstanceCount': '컨테이너 인스턴스 수 (EC2)',
  'field.reservedMemoryMb': '인스턴스별 예약 메모리',
  'field.deploysPerMonth': '배포 횟수',
  'field.deployStepMinutes': '배포 배치당 소요 시간',
  'field.reservedConcurrency': '예약된 동시성',
  'field.provisionedConcurrency': '프로비저닝된 동시성',
  'field.runtime': '런타임',
  'field.packageSizeMb': '패키지 크기',
  'field.peakRequestsPerSec': '최대 요청 수',
  'field.provisionedHoursPerMonth': '프로비저닝된 동시성 사용 시간',
  'field.provisionedRequestsPerMonth': '프로비저닝된 동시성이 처리한 요청',
  'field.provisionedAvgDurationMs': '프로비저닝된 동시성 실행 시간',
  'unit.percent': '%',
  'unit.minutes': '분',

  'deploy.event.begin': '현재 버전 태스크 {count}개가 트래픽을 처리합니다',
  'deploy.event.azFailed': '가용 영역 {azs} 장애: 그곳의 태스크 {lost}개를 잃었습니다',
  'deploy.event.healthy': '새 태스크 {count}개가 상태 확인을 통과했습니다',
  'deploy.event.stopReplaced': '정상인 새 태스크로 대체된 이전 태스크 {count}개를 중지했습니다',
  'deploy.event.stopForRoom':
    '자리를 만들려고 이전 태스크 {count}개를 중지했습니다 (최소 정상 개수 {minHealthy}개가 허용)',
  'deploy.event.started': '새 태스크 {count}개를 시작했습니다 (배치 {batch})',
  'deploy.event.partial':
    '허용된 새 태스크 {wanted}개 중 {started}개만 시작할 수 있습니다: {subnets}에 빈 자리가 없어 나머지는 다음 배치로 넘어갑니다',
  'deploy.event.stalled': '더 바뀔 것이 없습니다: 배포를 진행할 수 없습니다',
  'deploy.event.done': '완료: 새 버전 태스크 {count}개가 트래픽을 처리합니다',
  'deploy.event.greenStarted': '그린 태스크 세트: 블루 옆에 태스크 {desired}개 중 {count}개를 시작했습니다',
  'deploy.event.greenHealthy': '그린 태스크 {count}개가 그린 대상 그룹(테스트 리스너)에서 정상입니다',
  'deploy.event.shift': '리스너 가중치: 블루 {blue}%, 그린 {green}%',
  'deploy.event.alarm': '트래픽 {green}%를 받은 새 버전이 상태 확인에 실패합니다',
  'deploy.event.rollback': '롤백: 모든 트래픽을 블루로 되돌리고 그린 태스크 {count}개를 중지했습니다',
  'deploy.event.blueStopped': '블루 태스크 세트를 드레이닝한 뒤 중지했습니다 (태스크 {count}개)',

  'deploy.note.rounding':
    '원하는 개수 {desired}: 최소 정상 {minPct}%는 올림하여 {minHealthy}개, 최대 {maxPct}%는 내림하여 {maxRunning}개입니다 (AWS 반올림 규칙). ECS는 새 태스크를 최대 {desired}개까지만 시작합니다',
  'deploy.note.batches':
    '추가 태스크가 일부만 들어가므로 배포가 더 작은 배치 {batches}개로 진행됩니다 (새 태스크 {sizes}개)',
  'deploy.note.noTasks': '서비스 {service}의 원하는 개수가 0입니다: 교체할 태스크가 없습니다',

  'deploy.problem.deadlock':
    '서비스 {service}을(를) 배포할 수 없습니다: 원하는 개수 {desired}에 최소 정상 {minPct}%라 이전 태스크 {minHealthy}개가 계속 실행되어야 하고, 최대 {maxPct}%라 전체 {maxRunning}개까지만 허용되므로 새 태스크를 시작할 수도, 이전 태스크를 중지할 수도 없습니다',
  'deploy.fix.deadlock':
    '{service}의 minimumHealthyPercent를 낮추거나(50이면 절반이 계속 처리) maximumPercent를 높이세요(200이면 새 세트 전체를 먼저 시작)',
  'deploy.problem.noFreeAddress':
    '서비스 {service}이(가) 새 태스크를 시작할 수 없습니다: {subnets}에 빈 IPv4 주소가 없고(AWS 예약 5개를 빼면 {usable}개, 다른 인터페이스가 {others}개 사용), 최소 정상 개수 {minHealthy}개 때문에 이전 태스크가 남아 있습니다',
  'deploy.problem.noFreeAddressBlueGreen':
    '서비스 {service}이(가) 그린 플릿을 시작할 수 없습니다: 블루그린은 블루 옆에 태스크 {desired}개를 더 실행하는데 {subnets}에 빈 IPv4 주소가 없습니다(AWS 예약 5개를 빼면 {usable}개, 다른 인터페이스가 {others}개 사용)',
  'deploy.fix.noFreeAddress':
    '더 큰 서브넷(/{prefix} 이상)을 쓰거나, 다른 가용 영역에 서브넷을 추가하거나, minimumHealthyPercent(현재 {minPct}%)를 낮춰 이전 태스크가 먼저 중지되어 주소를 비우게 하세요',
  'deploy.problem.noSubnets':
    '서비스 {service}이(가) 어떤 서브넷에도 배치되지 않았습니다: 태스크가 실행될 곳이 없습니다',
  'deploy.fix.noSubnets': '서비스를 서브넷 안에 두거나 서브넷 목록을 지정하세요',
  'deploy.problem.noInstanceCapacity':
    '서비스 {service}에 새 태스크를 둘 자리가 없습니다: {type}은(는) {memoryMb} MB이고 예약 {reservedMb} MB를 빼면 {availableMb} MB, 태스크 하나가 {taskMb} MB를 쓰므로 메모리로는 {byMemory}개(CPU로는 {byCpu}개) 들어갑니다. 인스턴스 {instances}대에 태스크 {slots}개가 들어가는데 서비스가 이미 {desired}개를 실행합니다',
  'deploy.fix.noInstanceCapacity':
    '컨테이너 인스턴스를 추가하거나(또는 확장되는 용량 공급자), 더 큰 인스턴스 유형을 쓰거나, minimumHealthyPercent(현재 {minPct}%)를 낮춰 이전 태스크가 먼저 중지되게 하세요',
  'deploy.problem.hostPort':
    '서비스 {service}이(가) 컨테이너를 고정 호스트 포트 {hostPort}에 매핑합니다: 인스턴스마다 태스크 하나만 그 포트를 쓸 수 있어, 태스크 {desired}개로 이미 찬 인스턴스 {instances}대에는 새 태스크를 둘 자리가 없습니다',
  'deploy.fix.hostPort':
    '동적 포트 매핑(hostPort 0, ALB 대상 그룹이 태스크마다 다른 포트로 등록)을 써서 여러 태스크가 인스턴스를 함께 쓰게 하세요. 컨테이너는 계속 {containerPort} 포트에서 받습니다',
  'deploy.problem.unknownInstanceType':
    '서비스 {service}: 인스턴스 유형 {type}이(가) 크기 표에 없어 자리를 확인할 수 없습니다',
  'deploy.fix.unknownInstanceType': '표에 있는 인스턴스 유형(t3, t4g, m5, m6i, c5 크기)을 고르세요',
  'deploy.problem.azFailed': '배포 중 가용 영역 {azs}에 장애가 났습니다: 그곳의 태스크 {lost}개를 잃었습니다',
  'deploy.fix.azFailed':
    '서비스를 최소 두 개 가용 영역의 서브넷에서 실행하고 각 서브넷에 추가 태스크를 둘 여유를 두어, 다른 가용 영역의 태스크가 계속 처리하고 잃은 태스크를 대체하게 하세요',
  'deploy.problem.notServing':
    '{step}단계({minute}분)에서 서비스가 중단됩니다: 로드밸런서에 등록된 정상 태스크가 없습니다',
  'deploy.fix.notServing':
    'minimumHealthyPercent(현재 {minPct}%)를 높여 일부 태스크가 계속 처리하게 하고, 태스크를 두 개 이상의 가용 영역에서 실행하세요',
  'deploy.problem.rolledBack':
    '새 버전이 상태 확인에 실패해 배포가 롤백되었고, 블루가 계속 트래픽을 처리했습니다',
  'deploy.fix.rolledBack': '새 버전을 고친 뒤 다시 배포하세요. 카나리가 피해를 그 비율로 제한했습니다',
  'deploy.problem.greenFailing':
    '새 버전이 상태 확인에 실패하는데 트래픽이 그대로 남습니다: 실패 시 롤백이 꺼져 있습니다',
  'deploy.fix.greenFailing': 'rollbackOnFailure를 켜서 그린이 실패하면 트래픽이 블루로 돌아가게 하세요',

  'deploy.outcome.completed': '완료: 배포가 끝나고 서비스가 계속 트래픽을 처리합니다.',
  'deploy.outcome.stalled': '정체: 배포를 진행할 수 없습니다.',
  'deploy.outcome.not-serving': '중단: 배포 중 서비스가 트래픽을 처리하지 못합니다.',
  'deploy.outcome.rolled-back': '롤백: 새 버전이 실패했고 블루가 계속 처리했습니다.',

  'cli.deploy.summary': 'ECS 서비스의 배포를 단계별로 시뮬레이션합니다',
  'cli.deploy.usage':
    'skyplan deploy FILE --service ID [--fail-az AZ] [--fail-at-step N] [--fail-new-version] [--format text|json]',
  'cli.deploy.option.service': '배포할 ecs-service',
  'cli.deploy.option.failAz': '배포 중 장애가 나는 가용 영역 (쉼표로 구분한 문자)',
  'cli.deploy.option.failAtStep': '가용 영역 장애가 나는 단계 (기본값 1)',
  'cli.deploy.option.failNewVersion': '새 버전이 상태 확인에 실패합니다 (블루그린: 롤백을 보여 줍니다)',
  'cli.deploy.missingService': '--service ID가 없습니다\n사용법: {usage}',
  'cli.deploy.unknownService': '{file}: "{id}" 리소스가 없습니다 (--service)',
  'cli.deploy.notEcs': '{file}: {id}은(는) {type}이며 ecs-service가 아닙니다 (--service)',
  'cli.deploy.badStep': '--fail-at-step은 1 이상의 정수여야 합니다. 입력값: "{found}"',
  'cli.deploy.header': '{file}의 {service} 배포 ({strategy}, {launchType})',
  'cli.deploy.rolling':
    '롤링 업데이트: 원하는 개수 {desired}, 최소 정상 {minPct}% ({minHealthy}개), 최대 {maxPct}% ({maxRunning}개)',
  'cli.deploy.blueGreen':
    '블루그린: 원하는 개수 {desired}, 트래픽 전환 {mode} ({interval}분마다 {percent}%), 롤백 {rollback}',
  'cli.deploy.step':
    '{index}단계 ({minute}분): 이전 {old}, 시작 중인 새 태스크 {starting}, 정상인 새 태스크 {fresh}; {serving}',
  'cli.deploy.weights': '가중치 블루 {blue}% / 그린 {green}%',
  'cli.deploy.serving': '처리 중',
  'cli.deploy.notServing': '처리 불가',
  'cli.deploy.subnet':
    '{subnet} (가용 영역 {az}): 이전 {old}, 시작 중 {starting}, 정상인 새 태스크 {fresh}, 빈 자리 {free}{failed}',
  'cli.deploy.failed': ', 가용 영역 장애',
  'cli.deploy.note': '참고: {note}',
  'cli.deploy.problem': '문제: {message}',
  'cli.deploy.fix': '  해결: {fix}',
  'cli.deploy.surge':
    '추가 태스크: 배포 한 번에 {hours} 태스크-시간 (전체 {minutes}분, 배치당 {stepMinutes}분 가정)',
  'cli.exitCodes.deploy': '1 배포를 진행할 수 없거나, 롤백되거나, 서비스가 중단됨; 2 입력을 사용할 수 없음',
  'cost.line.deploy.surge.vcpu':
    '배포 추가 태스크 ({strategy}), vCPU: 배포당 추가 {hours} 태스크-시간 x 배포 {deploys}회 x {cpu} vCPU',
  'cost.line.deploy.surge.memory':
    '배포 추가 태스크 ({strategy}), 메모리: 배포당 추가 {hours} 태스크-시간 x 배포 {deploys}회 x {memoryGb} GB',
  'cost.line.lambda.provisioned': 'Lambda 프로비저닝된 동시성: {concurrency} x {memoryMb} MB, {hours}시간',
  'cost.line.lambda.provisionedDuration':
    '프로비저닝된 동시성에서의 Lambda 실행 시간: {requests} x {durationMs} ms x {memoryMb} MB',
  'cost.note.lambda.provisionedArm':
    'Arm용 프로비저닝된 동시성 가격은 추정치입니다(다른 모든 Lambda 가격처럼 x86 가격 x 0.8)',
  'lambda.coldStart.basis':
    '측정값이 아닌 추정치: vCPU 1개 기준 {runtime} 초기화 시간에 {packageMb} MB 패키지의 MB당 몇 ms를 더하고, 1,769 MB 미만이면 더 느려집니다(CPU가 메모리에 비례, 설정값 {memoryMb} MB). 프로비저닝된 동시성이 따뜻하게 유지하는 비율만큼은 콜드 스타트가 없습니다',
  'lambda.effect.sync':
    '동기 호출자(API Gateway, ALB, SDK 호출)는 바로 제한을 받습니다: Lambda가 429 TooManyRequestsException으로 응답하고, 호출자가 재시도하지 않으면 요청이 실패합니다',
  'lambda.effect.async':
    '비동기 이벤트(SNS, EventBridge, S3)는 Lambda 자체 큐에서 기다립니다: 제한된 이벤트는 간격을 늘려 가며 최대 6시간 재시도한 뒤 데드레터 큐로 가거나 버려집니다',
  'lambda.effect.poll':
    'SQS 이벤트 소스는 실패하지 않고 느려집니다: 제한된 메시지는 큐에 남아 가시성 제한 시간 뒤 다시 보이고 재시도되며, maxReceiveCount를 넘으면 데드레터 큐로 옮겨집니다',
  'lambda.problem.throttledAccount':
    '함수 {fn}은(는) 최대 부하에서 동시 실행 {demand}개가 필요하지만(초당 {rps}건 x {durationMs} ms), 이 리전의 계정 한도 {limit} 중 예약되지 않은 몫은 {max}개뿐이라 초과분이 제한됩니다',
  'lambda.problem.throttledReserved':
    '함수 {fn}은(는) 최대 부하에서 동시 실행 {demand}개가 필요하지만(초당 {rps}건 x {durationMs} ms), 예약된 동시성이 {max}개로 제한하므로 초과분이 제한됩니다',
  'lambda.fix.throttledAccount':
    'AWS에 리전 동시성 한도 상향을 요청하거나(Service Quotas), 이 함수에 {demand}개를 예약하거나, 실행 시간을 줄이세요',
  'lambda.fix.throttledReserved': '예약된 동시성을 {demand}개 이상으로 올리거나 실행 시간을 줄이세요',
  'lambda.problem.reservedTooHigh':
    '함수 {fn}이(가) {reserved}개, 다른 함수들이 {others}개를 예약합니다: 한도 {limit}에서 AWS가 예약하지 않고 남기는 {keep}개를 뺀 것보다 많습니다',
  'lambda.fix.reservedTooHigh': '이 함수에는 최대 {max}개만 예약하거나 리전 한도를 올리세요',
  'lambda.problem.provisionedAboveReserved':
    '함수 {fn}이(가) 실행 환경 {provisioned}개를 프로비저닝하지만 예약은 {reserved}개뿐입니다: 프로비저닝된 동시성은 예약된 동시성을 넘을 수 없습니다',
  'lambda.fix.provisionedAboveReserved': '프로비저닝된 동시성을 낮추거나 예약된 동시성을 올리세요',
  'cli.lambda.header': '{file}의 {fn} 동시성',
  'cli.lambda.limit':
    '이 리전의 계정 한도: {limit} ({source}); 다른 함수가 예약: {others}; 이 함수: {reserved}',
  'cli.lambda.limitDefault': 'AWS 기본값, 가정',
  'cli.lambda.limitDesign': '설계에서 지정',
  'cli.lambda.unreserved': '예약 없음 (공유 풀)',
  'cli.lambda.peak':
    '최대 부하: 초당 {rps}건 x {durationMs} ms = 동시 실행 {demand}개; 최대 {max}개 실행 가능; 프로비저닝 {provisioned}개',
  'cli.lambda.throttled': '제한됨: 최대 부하 요청의 {share}%',
  'cli.lambda.notThrottled': '최대 부하에서도 제한되지 않음',
  'cli.lambda.callers': '호출자: {callers}',
  'cli.lambda.noCallers': '그려진 호출자가 없어 동기 호출자 기준으로 보여 줍니다',
  'cli.lambda.coldStart':
    '콜드 스타트: 약 {minMs}-{maxMs} ms; 최대 부하의 {warm}%를 프로비저닝된 동시성이 따뜻하게 유지',
  'cli.lambda.basis': '  ({basis})',
  'field.autoScalingMin': '오토 스케일링 최소 태스크',
  'field.autoScalingMax': '오토 스케일링 최대 태스크',
  'field.scalingMetric': '대상 추적 지표',
  'field.scalingTargetValue': '목표값',
  'scaling.problem.noRoomAtMax':
    '서비스 {service}은(는) 태스크 {max}개까지 확장하고 배포 때 {needed}개까지 늘어날 수 있지만, 서브넷의 빈 자리는 {slots}개뿐입니다',
  'scaling.fix.noRoomAtMax':
    '더 큰 서브넷(/{prefix} 이상)이나 더 많은 가용 영역을 쓰거나 autoScalingMax를 낮추세요',
  'cli.scaling.range':
    '오토 스케일링: 태스크 {min}..{max}개, 대상 추적 {metric} 목표 {target}; 비용 월 {low}..{high} USD (가정: 한 달 내내 최소 / 최대)',
  'cli.scaling.room': '최대일 때: 배포 추가분 포함 태스크 {needed}개, 서브넷의 자리 {slots}개',
  'deploy.panel.title': '배포',
  'deploy.panel.noService':
    'ECS 서비스(또는 Lambda 함수)를 추가하면 배포(또는 동시성)를 시뮬레이션할 수 있습니다.',
  'deploy.panel.service': '서비스',
  'deploy.panel.failAz': '장애 가용 영역',
  'deploy.panel.none': '없음',
  'deploy.panel.failNew': '새 버전이 상태 확인에 실패',
  'deploy.panel.rolling':
    '롤링: 원하는 개수 {desired}, 최소 정상 {minPct}% ({minHealthy}개), 최대 {maxPct}% ({maxRunning}개)',
  'deploy.panel.blueGreen': '블루그린: 원하는 개수 {desired}, {mode} ({interval}분마다 {percent}%)',
  'deploy.panel.stepOf': '{total}단계 중 {step}단계 · {minute}분',
  'deploy.panel.az': '가용 영역 {az}',
  'deploy.panel.free': '빈 자리 {free}',
  'deploy.panel.azFailed': '가용 영역 장애',
  'deploy.panel.blue': '블루 {percent}%',
  'deploy.panel.green': '그린 {percent}%',
  'deploy.panel.legend.old': '이전 버전',
  'deploy.panel.legend.blue': '블루 (현재)',
  'deploy.panel.legend.starting': '새 태스크, 시작 중',
  'deploy.panel.legend.fresh': '새 태스크, 정상',
  'deploy.panel.legend.green': '그린, 정상',
  'deploy.panel.surge': '추가 태스크: 배포당 {hours} 태스크-시간, 전체 {minutes}분.',
  'rules.ecs-deploy-blocked.description':
    '각 ECS 서비스의 배포를 그 설정대로 시뮬레이션했을 때 끝까지 진행되고 계속 트래픽을 처리합니다',
  'deploy.canvas.rolling.counts': '이전 {old} · 새 {new} (정상 {fresh})',
  'deploy.canvas.rolling.title':
    '배포 중 가용 영역 {az}: 이전 태스크 {old}개, 시작 중인 새 태스크 {starting}개, 정상인 새 태스크 {fresh}개',
  'deploy.canvas.blueGreen.counts': '블루 {old} · 그린 {new} (정상 {fresh})',
  'deploy.canvas.blueGreen.title':
    '배포 중 가용 영역 {az}: 블루 태스크 {old}개, 시작 중인 그린 {starting}개, 정상인 그린 {fresh}개',
  'cost.unit.tasksAtMax': '최대 태스크 수',
  'cost.line.ecs.scalingRange':
    '서비스 오토 스케일링 태스크 {min}..{max}개 (대상 추적 {metric} 목표 {target}): 월 {low}..{high} USD',
  'cost.note.ecs.scalingRange':
    '가정: 한 달 내내 최소 / 한 달 내내 최대로 계산; 합계는 원하는 개수 {desired}개 기준',
  'rules.lambda-throttling.description':
    '버스트(최대 초당 요청 x 실행 시간)가 각 함수의 예약 동시성과 계정의 리전 동시성 한도 안에 들어가는지',
  'rules.lambda-throttling.reserved':
    'Lambda 함수 {fn}은(는) 최대 부하에서 동시 실행 {demand}개가 필요하지만(초당 요청 {rps}개 x {durationMs} ms) 예약 동시성이 {reserved}개로 제한하므로 나머지는 스로틀링됩니다: {effect}',
  'rules.lambda-throttling.reservedFix':
    '{fn}의 예약 동시성을 {demand}개 이상으로 올리거나 실행 시간을 줄이세요',
  'rules.lambda-throttling.account':
    '예약 동시성이 없는 Lambda 함수들({fns})은 최대 부하에서 함께 동시 실행 {demand}개가 필요하지만, 이 리전의 계정 한도 {limit}개 중 {pool}개만 나눠 쓸 수 있으므로(나머지는 예약됨) 초과분은 스로틀링됩니다: {effect}',
  'rules.lambda-throttling.accountFix':
    'AWS에 리전 동시성 한도 상향을 요청하고(Service Quotas) assumptions.lambdaConcurrencyLimit을 그 값으로 바꾸거나(현재 {limit}), 가장 바쁜 함수에 동시성을 예약하거나, 실행 시간을 줄이세요',
  'rules.lambda-throttling.effect.sync':
    'API Gateway 같은 동기 호출자는 즉시 HTTP 429(TooManyRequestsException)를 받고, 아무도 대신 재시도하지 않습니다',
  'rules.lambda-throttling.effect.poll':
    'SQS 트리거는 실패하지 않고 밀립니다: 폴러가 속도를 늦추고, 스로틀링된 메시지는 표시 제한 시간이 지나면 큐로 돌아와 재시도되며, maxReceiveCount를 넘으면 배달 못한 편지 큐로 갑니다',
  'rules.lambda-throttling.effect.async':
    '비동기 이벤트(SNS, EventBridge, S3)는 Lambda 자체 큐에서 기다리며 최대 6시간 재시도된 뒤 배달 못한 편지 큐로 가거나 버려집니다',
  'rules.lambda-throttling.effect.syncAndPoll':
    'API Gateway(동기) 호출자는 즉시 HTTP 429를 받지만, SQS 트리거는 밀립니다: 그 메시지는 표시 제한 시간이 지나면 큐로 돌아와 재시도됩니다',
};
