/**
 * Text from a file (picked, recent, autosaved) to a design the editor can load, or to the list
 * of everything wrong with it. Nothing here touches the editor: the caller loads the design only
 * when this says ok, so opening a bad file never disturbs the open one.
 */
import type { Locale } from '../../shared/i18n/index';
import type { DesignIssue } from '../../shared/model/issues';
import { describeIssue } from '../../shared/model/issues';
import { normalizePlacement, placementNeedsRepair } from '../../shared/edit/index';
import { parseDesign } from '../../shared/model/load';
import type { Design } from '../../shared/model/types';

export type LoadedText =
  { ok: true; design: Design; migratedFrom?: number } | { ok: false; file: string; issues: DesignIssue[] };

export function loadText(text: string, fileName: string): LoadedText {
  const result = parseDesign(text);
  if (result.ok) {
    // Older files get their multi-subnet placement repaired here, on the freshly parsed objects
    // (nobody else holds them), before the first render: on an immer draft after loading
    // (useAutoLayoutOnLoad, for designs that come from elsewhere) it costs seconds at scale.
    if (placementNeedsRepair(result.design)) {
      const bare = Object.keys(result.design.layout ?? {}).length === 0;
      normalizePlacement(result.design);
      // A file without a layout stays without one: the normaliser's few boxes would make the
      // automatic layout merge around them instead of laying out the whole design.
      if (bare) delete result.design.layout;
    }
    return result.migratedFrom === undefined
      ? { ok: true, design: result.design }
      : { ok: true, design: result.design, migratedFrom: result.migratedFrom };
  }
  return { ok: false, file: fileName, issues: result.issues };
}

/** One line per issue: "shop.skyplan.json:12:7 $.resources[3].props.cidr: ..." */
export function issueLines(issues: readonly DesignIssue[], file: string, locale: Locale): string[] {
  return issues.map((found) => describeIssue(found, locale, file));
}
