/** Deployments and capacity: ECS rolling and blue/green deploys, Lambda concurrency. */
export const deploy = {
  'field.deploymentStrategy': 'Deployment strategy',
  'field.minimumHealthyPercent': 'Minimum healthy percent',
  'field.maximumPercent': 'Maximum percent',
  'field.trafficShifting': 'Traffic shifting (blue/green)',
  'field.shiftPercent': 'Shift percent',
  'field.shiftIntervalMinutes': 'Shift interval',
  'field.rollbackOnFailure': 'Roll back on failure',
  'field.hostPort': 'Host port (0 = dynamic)',
  'field.containerInstanceType': 'Container instance type (EC2)',
  'field.containerInstanceCount': 'Container instances (EC2)',
  'field.reservedMemoryMb': 'Memory reserved per instance',
  'field.deploysPerMonth': 'Deploys',
  'field.deployStepMinutes': 'Minutes per deploy batch',
  'field.reservedConcurrency': 'Reserved concurrency',
  'field.provisionedConcurrency': 'Provisioned concurrency',
  'field.runtime': 'Runtime',
  'field.packageSizeMb': 'Package size',
  'field.peakRequestsPerSec': 'Peak requests',
  'field.provisionedHoursPerMonth': 'Provisioned concurrency hours',
  'field.provisionedRequestsPerMonth': 'Requests on provisioned concurrency',
  'field.provisionedAvgDurationMs': 'Duration on provisioned concurrency',
  'unit.percent': '%',
  'unit.minutes': 'min',

  'deploy.event.begin': '{count} task(s) of the current version serve traffic',
  'deploy.event.azFailed': 'AZ {azs} failed: {lost} task(s) there are lost',
  'deploy.event.healthy': '{count} new task(s) passed their health checks',
  'deploy.event.stopReplaced': 'stopped {count} old task(s), replaced by healthy new ones',
  'deploy.event.stopForRoom':
    'stopped {count} old task(s) to make room (the minimum healthy count {minHealthy} allows it)',
  'deploy.event.started': 'started {count} new task(s) (batch {batch})',
  'deploy.event.partial':
    'only {started} of the {wanted} new tasks allowed could start: no free slot in {subnets}; the rest follow in later batches',
  'deploy.event.stalled': 'nothing can change: the deployment cannot proceed',
  'deploy.event.done': 'done: {count} task(s) of the new version serve traffic',
  'deploy.event.greenStarted': 'green task set: started {count} of {desired} task(s) beside blue',
  'deploy.event.greenHealthy': '{count} green task(s) healthy on the green target group (test listener)',
  'deploy.event.shift': 'listener weights: blue {blue}%, green {green}%',
  'deploy.event.alarm': 'the new version fails its health checks with {green}% of traffic on it',
  'deploy.event.rollback': 'rollback: all traffic back to blue, {count} green task(s) stopped',
  'deploy.event.blueStopped': 'blue task set drained and stopped ({count} task(s))',

  'deploy.note.rounding':
    'desired {desired}: minimum healthy {minPct}% rounds up to {minHealthy} task(s), maximum {maxPct}% rounds down to {maxRunning} task(s) (AWS rounding); ECS starts at most {desired} new task(s)',
  'deploy.note.batches':
    'the surge only partly fits, so the deploy proceeds in {batches} smaller batches ({sizes} new tasks)',
  'deploy.note.noTasks': 'service {service} has a desired count of 0: there is nothing to replace',

  'deploy.problem.deadlock':
    'service {service} cannot deploy: desired {desired} with minimum healthy {minPct}% keeps {minHealthy} old task(s) running, and maximum {maxPct}% allows only {maxRunning} task(s) in all, so no new task can start and no old one may stop',
  'deploy.fix.deadlock':
    'lower minimumHealthyPercent (50 keeps half serving) or raise maximumPercent (200 lets a full new set start first) on {service}',
  'deploy.problem.noFreeAddress':
    'service {service} cannot start a new task: no free IPv4 address in {subnets} ({usable} usable after the 5 AWS reserves; {others} taken by other interfaces), and the minimum healthy count {minHealthy} keeps the old tasks',
  'deploy.problem.noFreeAddressBlueGreen':
    'service {service} cannot start its green fleet: blue/green runs {desired} more task(s) beside blue, and {subnets} has no free IPv4 address left ({usable} usable after the 5 AWS reserves; {others} taken by other interfaces)',
  'deploy.fix.noFreeAddress':
    'use larger subnets (a /{prefix} or bigger), add subnets in more AZs, or lower minimumHealthyPercent (now {minPct}%) so old tasks stop first and free their addresses',
  'deploy.problem.noSubnets': 'service {service} is placed in no subnet: its tasks have nowhere to run',
  'deploy.fix.noSubnets': 'put the service in a subnet, or list its subnets',
  'deploy.problem.noInstanceCapacity':
    'service {service} has no room for a new task: a {type} has {memoryMb} MB, {reservedMb} MB reserved leaves {availableMb} MB, and a task needs {taskMb} MB, so {byMemory} fit by memory ({byCpu} by CPU); {instances} instance(s) hold {slots} task(s) and the service already runs {desired}',
  'deploy.fix.noInstanceCapacity':
    'add a container instance (or a capacity provider that scales out), use a larger instance type, or lower minimumHealthyPercent (now {minPct}%) so old tasks stop first',
  'deploy.problem.hostPort':
    'service {service} maps its container to static host port {hostPort}: only one task can bind it per instance, so {instances} instance(s) already full with {desired} task(s) leave no room for a new one',
  'deploy.fix.hostPort':
    'use dynamic port mapping (hostPort 0; the ALB target group registers each task on its own port) so several tasks share an instance, with the container still listening on {containerPort}',
  'deploy.problem.unknownInstanceType':
    'service {service}: instance type {type} is not in the table of sizes, so its room cannot be checked',
  'deploy.fix.unknownInstanceType': 'choose a listed instance type (t3, t4g, m5, m6i, c5 sizes)',
  'deploy.problem.azFailed': 'AZ {azs} failed during the deploy: {lost} task(s) were lost there',
  'deploy.fix.azFailed':
    'run the service in subnets of at least two AZs, each with room for the surge, so tasks in the other AZs keep serving and replace the lost ones',
  'deploy.problem.notServing':
    'the service stops serving at step {step} (minute {minute}): no healthy task is registered with the load balancer',
  'deploy.fix.notServing':
    'raise minimumHealthyPercent (now {minPct}%) so some tasks keep serving, and run tasks in more than one AZ',
  'deploy.problem.rolledBack':
    'the new version failed its health checks; the deployment rolled back and blue kept serving',
  'deploy.fix.rolledBack': 'fix the new version and deploy again; the canary limited the harm to its share',
  'deploy.problem.greenFailing':
    'the new version fails its health checks and traffic stays on it: rollback on failure is off',
  'deploy.fix.greenFailing': 'turn on rollbackOnFailure so a failing green shifts traffic back to blue',

  'deploy.outcome.completed': 'COMPLETED: the deploy finishes and the service keeps serving.',
  'deploy.outcome.stalled': 'STALLED: the deployment cannot proceed.',
  'deploy.outcome.not-serving': 'DOWN: the service stops serving during the deploy.',
  'deploy.outcome.rolled-back': 'ROLLED BACK: the new version failed; blue kept serving.',

  'cli.deploy.summary': 'simulate a deployment of an ECS service, step by step',
  'cli.deploy.usage':
    'skyplan deploy FILE --service ID [--fail-az AZ] [--fail-at-step N] [--fail-new-version] [--format text|json]',
  'cli.deploy.option.service': 'the ecs-service to deploy',
  'cli.deploy.option.failAz': 'AZs that fail during the deploy (comma-separated letters)',
  'cli.deploy.option.failAtStep': 'the step at which the AZs fail (default 1)',
  'cli.deploy.option.failNewVersion':
    'the new version fails its health checks (blue/green: shows the rollback)',
  'cli.deploy.missingService': 'missing --service ID\nusage: {usage}',
  'cli.deploy.unknownService': '{file}: no resource "{id}" (--service)',
  'cli.deploy.notEcs': '{file}: {id} is of type {type}, not an ecs-service (--service)',
  'cli.deploy.badStep': '--fail-at-step must be a whole number from 1, found "{found}"',
  'cli.deploy.header': 'Deploy {service} ({strategy}, {launchType}) in {file}',
  'cli.deploy.rolling':
    'rolling update: desired {desired}, minimum healthy {minPct}% ({minHealthy} task(s)), maximum {maxPct}% ({maxRunning} task(s))',
  'cli.deploy.blueGreen':
    'blue/green: desired {desired}, traffic shifting {mode} ({percent}% every {interval} min), rollback {rollback}',
  'cli.deploy.step':
    'Step {index} (minute {minute}): old {old}, new starting {starting}, new healthy {fresh}; {serving}',
  'cli.deploy.weights': 'weights blue {blue}% / green {green}%',
  'cli.deploy.serving': 'serving',
  'cli.deploy.notServing': 'NOT SERVING',
  'cli.deploy.subnet':
    '{subnet} (AZ {az}): old {old}, starting {starting}, healthy new {fresh}, free {free}{failed}',
  'cli.deploy.failed': ', AZ FAILED',
  'cli.deploy.note': 'Note: {note}',
  'cli.deploy.problem': 'Problem: {message}',
  'cli.deploy.fix': '  Fix: {fix}',
  'cli.deploy.surge':
    'Surge: {hours} extra task-hour(s) per deploy ({minutes} minutes in all, {stepMinutes} min per batch assumed)',
  'cli.exitCodes.deploy':
    '1 the deployment cannot proceed, rolls back or stops serving; 2 the input could not be used',
  'cost.line.deploy.surge.vcpu':
    'Deploy surge ({strategy}), vCPU: {hours} extra task-hour(s) a deploy x {deploys} deploy(s) x {cpu} vCPU',
  'cost.line.deploy.surge.memory':
    'Deploy surge ({strategy}), memory: {hours} extra task-hour(s) a deploy x {deploys} deploy(s) x {memoryGb} GB',
  'cost.line.lambda.provisioned':
    'Lambda provisioned concurrency: {concurrency} x {memoryMb} MB for {hours} h',
  'cost.line.lambda.provisionedDuration':
    'Lambda duration on provisioned concurrency: {requests} x {durationMs} ms x {memoryMb} MB',
  'cost.note.lambda.provisionedArm':
    'Arm provisioned-concurrency price: an estimate (the x86 price x 0.8, as for every other Lambda price)',
  'lambda.coldStart.basis':
    'estimate, not a measurement: {runtime} init at one full vCPU, plus a few ms per MB of the {packageMb} MB package, slower below 1,769 MB (CPU scales with memory; {memoryMb} MB set); provisioned concurrency removes it for the share it keeps warm',
  'lambda.effect.sync':
    'synchronous callers (API Gateway, an ALB, SDK calls) get the throttle at once: Lambda answers 429 TooManyRequestsException and the request fails unless the caller retries',
  'lambda.effect.async':
    "asynchronous events (SNS, EventBridge, S3) wait in Lambda's own queue: throttled events are retried for up to 6 hours with growing delays, then go to the dead-letter queue or are dropped",
  'lambda.effect.poll':
    'an SQS event source slows down instead of failing: throttled messages stay in the queue, come back after the visibility timeout and are retried; after maxReceiveCount they move to the dead-letter queue',
  'lambda.problem.throttledAccount':
    'function {fn} needs {demand} concurrent executions at the peak ({rps} requests/s x {durationMs} ms) but the account has only {max} unreserved left of its {limit} in this Region: the excess is throttled',
  'lambda.problem.throttledReserved':
    'function {fn} needs {demand} concurrent executions at the peak ({rps} requests/s x {durationMs} ms) but its reserved concurrency caps it at {max}: the excess is throttled',
  'lambda.fix.throttledAccount':
    'ask AWS to raise the Regional concurrency limit (Service Quotas), reserve {demand} for this function, or shorten its duration',
  'lambda.fix.throttledReserved':
    'raise its reserved concurrency to at least {demand}, or shorten its duration',
  'lambda.problem.reservedTooHigh':
    'function {fn} reserves {reserved} and the other functions {others}: more than the {limit} limit minus the {keep} AWS keeps unreserved',
  'lambda.fix.reservedTooHigh': 'reserve at most {max} for this function, or raise the Regional limit',
  'lambda.problem.provisionedAboveReserved':
    'function {fn} provisions {provisioned} environments but reserves only {reserved}: provisioned concurrency cannot exceed the reservation',
  'lambda.fix.provisionedAboveReserved': 'lower provisioned concurrency or raise reserved concurrency',
  'cli.lambda.header': 'Concurrency of {fn} in {file}',
  'cli.lambda.limit':
    'account limit in this Region: {limit} ({source}); reserved by other functions: {others}; this function: {reserved}',
  'cli.lambda.limitDefault': 'AWS default, an assumption',
  'cli.lambda.limitDesign': 'from the design',
  'cli.lambda.unreserved': 'unreserved (shared pool)',
  'cli.lambda.peak':
    'peak: {rps} requests/s x {durationMs} ms = {demand} concurrent execution(s); at most {max} can run; provisioned {provisioned}',
  'cli.lambda.throttled': "THROTTLED: {share}% of the peak's requests",
  'cli.lambda.notThrottled': 'not throttled at the peak',
  'cli.lambda.callers': 'callers: {callers}',
  'cli.lambda.noCallers': 'no callers drawn: effects shown for a synchronous caller',
  'cli.lambda.coldStart':
    'cold start: about {minMs}-{maxMs} ms; {warm}% of the peak kept warm by provisioned concurrency',
  'cli.lambda.basis': '  ({basis})',
  'field.autoScalingMin': 'Auto scaling minimum tasks',
  'field.autoScalingMax': 'Auto scaling maximum tasks',
  'field.scalingMetric': 'Target-tracking metric',
  'field.scalingTargetValue': 'Target value',
  'scaling.problem.noRoomAtMax':
    'service {service} may scale to {max} tasks and deploy with a surge to {needed}, but its subnets have only {slots} free slot(s)',
  'scaling.fix.noRoomAtMax':
    'use larger subnets (a /{prefix} or bigger), more AZs, or a lower autoScalingMax',
  'cli.scaling.range':
    'Auto scaling: {min}..{max} tasks, target tracking {metric} at {target}; cost {low}..{high} USD a month (assumption: all month at min / at max)',
  'cli.scaling.room': 'At max: {needed} task(s) with the deploy surge, {slots} slot(s) in the subnets',
  'deploy.panel.title': 'Deploy',
  'deploy.panel.noService':
    'Add an ECS service (or a Lambda function) to simulate its deployment (or its concurrency).',
  'deploy.panel.service': 'Service',
  'deploy.panel.failAz': 'AZ fails',
  'deploy.panel.none': 'none',
  'deploy.panel.failNew': 'New version fails its health checks',
  'deploy.panel.rolling':
    'Rolling: desired {desired}, min healthy {minPct}% ({minHealthy}), max {maxPct}% ({maxRunning})',
  'deploy.panel.blueGreen': 'Blue/green: desired {desired}, {mode} ({percent}% every {interval} min)',
  'deploy.panel.stepOf': 'Step {step} of {total} · minute {minute}',
  'deploy.panel.az': 'AZ {az}',
  'deploy.panel.free': '{free} free',
  'deploy.panel.azFailed': 'AZ failed',
  'deploy.panel.blue': 'blue {percent}%',
  'deploy.panel.green': 'green {percent}%',
  'deploy.panel.legend.old': 'old version',
  'deploy.panel.legend.blue': 'blue (current)',
  'deploy.panel.legend.starting': 'new, starting',
  'deploy.panel.legend.fresh': 'new, healthy',
  'deploy.panel.legend.green': 'green, healthy',
  'deploy.panel.surge': 'Surge: {hours} extra task-hour(s) per deploy; {minutes} minutes in all.',
  'rules.ecs-deploy-blocked.description':
    'A deployment of each ECS service, simulated with its own settings, completes and keeps serving',
  'deploy.canvas.rolling.counts': 'old {old} · new {new} ({fresh} healthy)',
  'deploy.canvas.rolling.title':
    'AZ {az} during the deploy: {old} old task(s), {starting} new starting, {fresh} new healthy',
  'deploy.canvas.blueGreen.counts': 'blue {old} · green {new} ({fresh} healthy)',
  'deploy.canvas.blueGreen.title':
    'AZ {az} during the deploy: {old} blue task(s), {starting} green starting, {fresh} green healthy',
  'cost.unit.tasksAtMax': 'task(s) at max',
  'cost.line.ecs.scalingRange':
    'Service auto scaling {min}..{max} tasks (target tracking {metric} at {target}): {low}..{high} USD a month',
  'cost.note.ecs.scalingRange':
    'assumption: all month at min / all month at max; the total counts the desired {desired} task(s)',
  'rules.lambda-throttling.description':
    "A burst (peak requests/s x duration) fits each function's reserved concurrency and the account's Regional concurrency limit",
  'rules.lambda-throttling.reserved':
    'Lambda function {fn} needs {demand} concurrent executions at its peak ({rps} requests/s x {durationMs} ms) but its reserved concurrency caps it at {reserved}, so the rest is throttled: {effect}',
  'rules.lambda-throttling.reservedFix':
    'raise the reserved concurrency of {fn} to at least {demand}, or shorten its duration',
  'rules.lambda-throttling.account':
    'at their peak the Lambda functions without reserved concurrency ({fns}) need {demand} concurrent executions together, but they share only {pool} of the account limit of {limit} in this Region (the rest is reserved), so the excess is throttled: {effect}',
  'rules.lambda-throttling.accountFix':
    'ask AWS to raise the Regional concurrency limit (Service Quotas) and set assumptions.lambdaConcurrencyLimit to it (now {limit}), reserve concurrency for the busiest function, or shorten durations',
  'rules.lambda-throttling.effect.sync':
    'API Gateway and other synchronous callers get HTTP 429 (TooManyRequestsException) at once, and nothing retries for them',
  'rules.lambda-throttling.effect.poll':
    'an SQS trigger backs up instead of failing: the poller slows down, throttled messages return to the queue after the visibility timeout and are retried, and move to the dead-letter queue after maxReceiveCount',
  'rules.lambda-throttling.effect.async':
    "asynchronous events (SNS, EventBridge, S3) wait in Lambda's own queue and are retried for up to 6 hours, then go to the dead-letter queue or are dropped",
  'rules.lambda-throttling.effect.syncAndPoll':
    'its API Gateway (synchronous) callers get HTTP 429 at once, while its SQS trigger backs up: those messages return to the queue after the visibility timeout and are retried',
} as const;
