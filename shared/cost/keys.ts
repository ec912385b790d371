/**
 * Price keys built from a design's values ("ec2." + instance type + ".hour"), made once per
 * value: a template string per line is a fresh string, and looking a fresh string up in a price
 * table means searching V8's string table every time. The canvas re-prices on every edit.
 */
export class KeyCache {
  private readonly made = new Map<string, string>();

  constructor(
    private readonly prefix: string,
    private readonly suffix: string,
  ) {}

  of(part: string): string {
    let key = this.made.get(part);
    if (key === undefined) {
      // Values are typed by users: keep the cache small rather than let it grow without bound.
      if (this.made.size >= 256) this.made.clear();
      key = `${this.prefix}${part}${this.suffix}`;
      this.made.set(part, key);
    }
    return key;
  }
}
