/**
 * The canvas's cost tags (monthly USD per resource), priced by the engine worker. Pricing a
 * 1,000-resource design takes 5-30 ms, and on the page it ran in the task right after the
 * render that showed an edit's problems, where the next edit's frame or the next answer then
 * waited behind it. The worker prices after it has answered with the findings; the page only
 * reads the answer. Where no worker runs, the page prices a task after the render, as before.
 */
import { startTransition, useEffect, useState } from 'react';
import type { Design } from '../../shared/model/types';
import { costOf, tagsOf } from './cost';
import type { CostTags } from './cost';
import { engineClient } from './live';
import { memoOnContent, sameContent } from './memo';

/** Tags per document content and region: answers from the worker, or priced here. */
const costTags = memoOnContent(
  (design: Design, region: string) => tagsOf(costOf(design, region)),
  (region: string) => region,
);

const NO_TAGS: CostTags = new Map();

/**
 * The cost tags of `design` in `region`, once priced (an earlier document's until then, none
 * before the first): followed in a background render, so an edit that changes no price re-maps
 * nothing.
 */
export function useCostTags(design: Design, region: string): CostTags {
  const [shown, setShown] = useState<{ design: Design; region: string; tags: CostTags } | null>(null);
  const current = shown !== null && shown.region === region && sameContent(shown.design, design);
  // Read while rendering: a worker that fails to start turns this to null (live.ts re-renders
  // its readers then), and a request it never answered is asked here again.
  const engine = engineClient();
  useEffect(() => {
    if (current) return;
    let open = true;
    const show = (tags: CostTags) => {
      if (open) startTransition(() => setShown({ design, region, tags }));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const here = () => {
      timer = setTimeout(() => show(costTags(design, region)), 0);
    };
    if (costTags.has(design, region) || !engine) here();
    else {
      engine.request('cost', design, region).then(
        (tags) => {
          if (!tags) return; // superseded by a newer document
          costTags.prime(tags, design, region);
          show(tags);
        },
        (error: unknown) => {
          console.warn('engine worker: pricing failed; pricing here', error);
          here();
        },
      );
    }
    return () => {
      open = false;
      clearTimeout(timer);
    };
  }, [current, design, region, engine]);
  return shown?.tags ?? NO_TAGS;
}
