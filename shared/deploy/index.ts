/**
 * The deploy engine: rolling and blue/green deployments of ECS services, simulated step by
 * step (shared/deploy/README.md), and Lambda concurrency. Pure TypeScript, no DOM or Node.
 */
export * from './types';
export { deploySettings } from './settings';
export type { DeploySettings } from './settings';
export { capacityOf, instanceFit, INSTANCE_SIZES } from './capacity';
export { planDeploy, extraTaskHours, DeployTargetError } from './plan';
export { shiftSchedule } from './blue-green';
export {
  lambdaConcurrency,
  coldStartEstimate,
  concurrencyDemand,
  invocationModel,
  DEFAULT_LAMBDA_CONCURRENCY_LIMIT,
  UNRESERVED_MINIMUM,
} from './lambda';
export type {
  LambdaConcurrencyReport,
  LambdaCaller,
  ColdStartEstimate,
  LambdaProblem,
  InvocationModel,
} from './lambda';
export { scalingRange, roomAtMax } from './scaling';
export type { ScalingRange, RoomAtMax } from './scaling';
