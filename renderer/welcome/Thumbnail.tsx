/**
 * A template's or example's picture on its welcome card, drawn from the design itself by the
 * shared diagram renderer (the same SVG the exports use), in the app's theme and language. The
 * design's stored layout is used as it is (templates carry one), so no layout engine runs; the
 * SVG is made once per design, language and theme, and shown as an image (its text is part of
 * the picture, not of the page).
 */
import { useEffect, useState } from 'react';
import type { Locale } from '../../shared/i18n/index';
import type { Theme } from '../../shared/diagram/style';
import { renderDiagramSvg } from '../../shared/diagram/svg';
import type { Design } from '../../shared/model/types';
import { loadIconSet } from '../export/iconText';

const cache = new Map<string, string>();

async function thumbnailUrl(key: string, design: Design, locale: Locale, theme: Theme): Promise<string> {
  const known = cache.get(key);
  if (known) return known;
  const icons = await loadIconSet();
  const svg = renderDiagramSvg(design, { icons, locale, theme, margin: 16 });
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  cache.set(key, url);
  return url;
}

export function Thumbnail({
  id,
  design,
  locale,
  theme,
}: {
  id: string;
  design: Design;
  locale: Locale;
  theme: Theme;
}) {
  const key = `${id}|${locale}|${theme}`;
  const [url, setUrl] = useState<string | undefined>(() => cache.get(key));
  useEffect(() => {
    let live = true;
    thumbnailUrl(key, design, locale, theme).then(
      (made) => {
        if (live) setUrl(made);
      },
      () => undefined, // no picture rather than a broken card
    );
    return () => {
      live = false;
    };
  }, [key, design, locale, theme]);
  return (
    <span className="welcome-card-thumb" data-testid="welcome-thumb" data-ready={url ? 'true' : 'false'}>
      {url && <img src={url} alt="" draggable={false} />}
    </span>
  );
}
