/**
 * The lessons that ship with Skyplan. The JSON files are imported, not read at run time, so the
 * bundled CLI (esbuild) and the web app (Vite) carry them inside; `path` still says where each
 * file lives in the repository, for people who want to copy and edit one.
 */
import l01 from '../../assets/lessons/01-public-private-subnets.lesson.json';
import l02 from '../../assets/lessons/02-nat-gateway-egress.lesson.json';
import l03 from '../../assets/lessons/03-nat-in-public-subnet.lesson.json';
import l04 from '../../assets/lessons/04-s3-gateway-endpoint.lesson.json';
import l05 from '../../assets/lessons/05-alb-two-azs.lesson.json';
import l06 from '../../assets/lessons/06-sg-nacl-ephemeral-ports.lesson.json';
import l07 from '../../assets/lessons/07-sns-sqs-fan-out.lesson.json';
import l08 from '../../assets/lessons/08-fargate-ecr-private.lesson.json';
import l09 from '../../assets/lessons/09-rolling-update-small-subnets.lesson.json';
import l10 from '../../assets/lessons/10-blue-green-canary-rollback.lesson.json';
import l11 from '../../assets/lessons/11-vpc-peering-not-transitive.lesson.json';
import l12 from '../../assets/lessons/12-transit-gateway-hub-spoke.lesson.json';
import l13 from '../../assets/lessons/13-nlb-vs-alb.lesson.json';
import l14 from '../../assets/lessons/14-ipv6-egress-only.lesson.json';
import l15 from '../../assets/lessons/15-troubleshoot-web-tier.lesson.json';
import l16 from '../../assets/lessons/16-troubleshoot-private-egress.lesson.json';
import l17 from '../../assets/lessons/17-troubleshoot-dual-stack.lesson.json';
import l18 from '../../assets/lessons/18-troubleshoot-nlb.lesson.json';
import { describeIssue } from '../model/index';
import { checkLessonValue } from './parse';
import type { Lesson } from './types';

export interface BundledLesson {
  lesson: Lesson;
  /** Where the file lives in the repository. */
  path: string;
}

const FILES: readonly { file: string; value: unknown }[] = [
  { file: '01-public-private-subnets.lesson.json', value: l01 },
  { file: '02-nat-gateway-egress.lesson.json', value: l02 },
  { file: '03-nat-in-public-subnet.lesson.json', value: l03 },
  { file: '04-s3-gateway-endpoint.lesson.json', value: l04 },
  { file: '05-alb-two-azs.lesson.json', value: l05 },
  { file: '06-sg-nacl-ephemeral-ports.lesson.json', value: l06 },
  { file: '07-sns-sqs-fan-out.lesson.json', value: l07 },
  { file: '08-fargate-ecr-private.lesson.json', value: l08 },
  { file: '09-rolling-update-small-subnets.lesson.json', value: l09 },
  { file: '10-blue-green-canary-rollback.lesson.json', value: l10 },
  { file: '11-vpc-peering-not-transitive.lesson.json', value: l11 },
  { file: '12-transit-gateway-hub-spoke.lesson.json', value: l12 },
  { file: '13-nlb-vs-alb.lesson.json', value: l13 },
  { file: '14-ipv6-egress-only.lesson.json', value: l14 },
  { file: '15-troubleshoot-web-tier.lesson.json', value: l15 },
  { file: '16-troubleshoot-private-egress.lesson.json', value: l16 },
  { file: '17-troubleshoot-dual-stack.lesson.json', value: l17 },
  { file: '18-troubleshoot-nlb.lesson.json', value: l18 },
];

let cache: BundledLesson[] | undefined;

/** Every bundled lesson, checked once. A broken bundled file is a build bug: it throws, naming it. */
export function bundledLessons(): readonly BundledLesson[] {
  if (cache) return cache;
  cache = FILES.map(({ file, value }) => {
    const path = `assets/lessons/${file}`;
    const result = checkLessonValue(value);
    if (!result.ok)
      throw new Error(result.issues.map((found) => describeIssue(found, 'en', path)).join('\n'));
    return { lesson: result.lesson, path };
  });
  return cache;
}

/** A bundled lesson by id, or by its number ("3" or "03"). */
export function findBundledLesson(key: string): BundledLesson | undefined {
  const lessons = bundledLessons();
  const exact = lessons.find((entry) => entry.lesson.id === key);
  if (exact) return exact;
  if (/^\d{1,2}$/.test(key))
    return lessons.find((entry) => entry.lesson.id.startsWith(`${key.padStart(2, '0')}-`));
  return undefined;
}
