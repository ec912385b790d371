/**
 * Fargate runs only certain CPU and memory pairs: 0.25 vCPU with 0.5, 1 or 2 GB; 0.5 vCPU with
 * 1-4 GB; 1 vCPU with 2-8 GB; 2 vCPU with 4-16 GB; 4 vCPU with 8-30 GB (1 GB steps); 8 vCPU with
 * 16-60 GB (4 GB steps); 16 vCPU with 32-120 GB (8 GB steps). AWS refuses any other task size
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size).
 */
import type { Rule } from './types';
import { designIndex } from './utils/design-index';

interface Size {
  cpu: number;
  memory: readonly number[];
}

function steps(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let gb = from; gb <= to; gb += step) values.push(gb);
  return values;
}

export const FARGATE_SIZES: readonly Size[] = [
  { cpu: 0.25, memory: [0.5, 1, 2] },
  { cpu: 0.5, memory: steps(1, 4, 1) },
  { cpu: 1, memory: steps(2, 8, 1) },
  { cpu: 2, memory: steps(4, 16, 1) },
  { cpu: 4, memory: steps(8, 30, 1) },
  { cpu: 8, memory: steps(16, 60, 4) },
  { cpu: 16, memory: steps(32, 120, 8) },
];

/** "2, 3, 4" or "16-60 GB in steps of 4" style text for the fix. */
function memoryText(memory: readonly number[]): string {
  if (memory.length <= 4) return memory.join(', ');
  const step = (memory[1] ?? 0) - (memory[0] ?? 0);
  return `${memory[0]}-${memory[memory.length - 1]} (step ${step})`;
}

const rule: Rule = {
  meta: {
    id: 'fargate-task-size',
    severity: 'error',
    category: 'containers',
    docs: { description: 'rules.fargate-task-size.description' },
    messages: [
      'rules.fargate-task-size.cpu',
      'rules.fargate-task-size.cpuFix',
      'rules.fargate-task-size.memory',
      'rules.fargate-task-size.memoryFix',
    ],
  },
  check(ctx) {
    const index = designIndex(ctx.design);
    for (const service of index.ofType('ecs-service')) {
      if (index.prop(service, 'launchType') !== 'fargate') continue;
      const cpu = index.prop(service, 'cpu');
      const memory = index.prop(service, 'memoryGb');
      if (typeof cpu !== 'number' || typeof memory !== 'number') continue;
      const size = FARGATE_SIZES.find((candidate) => candidate.cpu === cpu);
      const name = index.label(service.id);
      if (!size) {
        ctx.report({
          resources: [service.id],
          message: 'rules.fargate-task-size.cpu',
          params: { service: name, cpu },
          fix: 'rules.fargate-task-size.cpuFix',
          fixParams: { cpus: FARGATE_SIZES.map((s) => s.cpu).join(', ') },
        });
        continue;
      }
      if (size.memory.includes(memory)) continue;
      ctx.report({
        resources: [service.id],
        message: 'rules.fargate-task-size.memory',
        params: { service: name, cpu, memory },
        fix: 'rules.fargate-task-size.memoryFix',
        fixParams: { cpu, choices: memoryText(size.memory) },
      });
    }
  },
};

export default rule;
