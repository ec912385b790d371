/**
 * Security-group rules may name a prefix list instead of a CIDR or a group, as architects do for
 * endpoint traffic ("allow 443 out to the S3 prefix list"). AWS manages one list per Region for
 * S3 and one for DynamoDB, named `com.amazonaws.<region>.s3` / `.dynamodb`
 * (https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html).
 * Skyplan writes them `pl-s3` and `pl-dynamodb` (the same names its route hops show); the
 * AWS-managed names are accepted too. Any other `pl-…` id is a customer-managed list whose CIDRs
 * Skyplan cannot know: its rules match nothing, and a rule says so.
 */

const SYMBOLIC = /^pl-(s3|dynamodb)$/;
const AWS_MANAGED = /^com\.amazonaws\.[a-z]{2}(?:-gov)?-[a-z]+-\d\.(s3|dynamodb)$/;
const ANY_LIST = /^pl-[a-z0-9]+$/;

/** The peer text names a prefix list (a known one or not), rather than a CIDR or a group. */
export function isPrefixListPeer(peer: unknown): boolean {
  return typeof peer === 'string' && (ANY_LIST.test(peer) || AWS_MANAGED.test(peer));
}

/** The AWS service a prefix-list peer stands for ("s3", "dynamodb"), or undefined when unknown. */
export function prefixListService(peer: string): string | undefined {
  return SYMBOLIC.exec(peer)?.[1] ?? AWS_MANAGED.exec(peer)?.[1];
}
