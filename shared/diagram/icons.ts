/**
 * The official AWS icons a diagram export embeds. shared/ cannot read files, so the icon SVG
 * text is an input (`IconSet`, keyed by the path inside the aws-icons package, e.g.
 * "resource/Internet.svg"): the command line reads the files from node_modules, the app imports
 * them with Vite's `?raw`. Each icon used becomes one `<symbol>` that every shape `<use>`s.
 */
import { CATALOG } from '../catalog/index';
import type { Resource } from '../model/types';
import { xmlId } from './escape';

/** SVG text of icons by their aws-icons path. */
export type IconSet = Readonly<Record<string, string>>;

export const PUBLIC_SUBNET_ICON_PATH = 'architecture-group/Publicsubnet.svg';

/** Every icon path a diagram may draw: the catalog's icons plus the public subnet lock. */
export function diagramIconPaths(): string[] {
  const paths = new Set(Object.values(CATALOG).map((entry) => entry.icon));
  paths.add(PUBLIC_SUBNET_ICON_PATH);
  return [...paths].sort();
}

/** The icon a resource is drawn with; a public subnet gets the green lock. */
export function iconPathOf(resource: Resource, isPublic?: boolean): string {
  if (resource.type === 'subnet' && isPublic) return PUBLIC_SUBNET_ICON_PATH;
  return CATALOG[resource.type].icon;
}

/** Resource-level icons (the `resource/` folder) are dark glyphs without a tile of their own. */
export function needsTile(path: string): boolean {
  return path.startsWith('resource/');
}

export function symbolId(path: string): string {
  return xmlId('icon-', path.replace(/\.svg$/, '').replace(/^.*\//, ''));
}

/**
 * One icon file as a `<symbol>`: keeps its viewBox and drawing, drops the XML prolog, `<title>`
 * and comments, and prefixes any ids inside (and the references to them) so two icons can never
 * clash. Returns undefined for text that is not an `<svg>` element.
 */
export function iconSymbol(path: string, svgText: string): string | undefined {
  const id = symbolId(path);
  const open = /<svg\b([^>]*)>/i.exec(svgText);
  const close = svgText.lastIndexOf('</svg>');
  if (!open || close < open.index) return undefined;
  const attributes = open[1] ?? '';
  const viewBox =
    /\bviewBox\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ??
    (() => {
      const w = /\bwidth\s*=\s*"(\d+(?:\.\d+)?)/.exec(attributes)?.[1];
      const h = /\bheight\s*=\s*"(\d+(?:\.\d+)?)/.exec(attributes)?.[1];
      return w && h ? `0 0 ${w} ${h}` : '0 0 64 64';
    })();
  const body = svgText
    .slice(open.index + open[0].length, close)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<title\b[\s\S]*?<\/title>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/\sid="([^"]+)"/g, ` id="${id}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${id}-$1"`)
    .trim();
  return `<symbol id="${id}" viewBox="${viewBox.replace(/[^0-9.\s-]/g, '')}">${body}</symbol>`;
}
