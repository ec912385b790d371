/**
 * The Availability Zone letters each Region offers (the letter after the Region code in
 * "us-east-1a"), from AWS's Regions and Zones page
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html).
 * Letters map to physical zones per account, but the set of letters is fixed per Region: a
 * design asking for "ap-northeast-2e" cannot be built. Regions missing here (new or opt-in
 * ones) accept a to f, the widest any Region is known to offer, so an unlisted Region never
 * raises a false alarm. Add a Region: one line.
 */
const ZONES: Readonly<Record<string, string>> = {
  'us-east-1': 'abcdef',
  'us-east-2': 'abc',
  'us-west-1': 'abc',
  'us-west-2': 'abcd',
  'ca-central-1': 'abd',
  'sa-east-1': 'abc',
  'eu-west-1': 'abc',
  'eu-west-2': 'abc',
  'eu-west-3': 'abc',
  'eu-central-1': 'abc',
  'eu-north-1': 'abc',
  'ap-northeast-1': 'acd',
  'ap-northeast-2': 'abcd',
  'ap-northeast-3': 'abc',
  'ap-southeast-1': 'abc',
  'ap-southeast-2': 'abc',
  'ap-south-1': 'abc',
};

const FALLBACK = 'abcdef';

/** The zone letters of a Region, in order ("a".."f" for a Region Skyplan does not list). */
export function zoneLettersOf(region: string): readonly string[] {
  return [...(ZONES[region] ?? FALLBACK)];
}

/** Whether Skyplan knows the Region's zones (otherwise `zoneLettersOf` is the a-f fallback). */
export function knowsZonesOf(region: string): boolean {
  return region in ZONES;
}
