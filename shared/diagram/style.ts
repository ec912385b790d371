/**
 * The drawing conventions of a Skyplan diagram, in one place for every renderer (the canvas,
 * the SVG and draw.io exports): group colours (after the AWS Architecture Icons group rules),
 * sizes, fonts, connection styles and which resources are drawn as attachments rather than as
 * nodes. Change a colour or a size here and every picture follows.
 *
 * Light values are the AWS deck's own; dark values keep the hue and lift the lightness, and
 * group fills become the border colour at low alpha (as draw.io does in dark mode).
 */
import type { ConnectionKind, ResourceType } from '../model/types';
import type { Category } from '../catalog/types';

export type Theme = 'light' | 'dark';

/** The kinds of group box a diagram draws. AZs are groups too, although not resources. */
export type GroupKind =
  'cloud' | 'region' | 'vpc' | 'az' | 'public' | 'private' | 'unknown' | 'security-group';

export interface GroupStyle {
  border: string;
  /** `none` for an outline-only group. */
  fill: string;
  label: string;
  dashed: boolean;
}

const GROUPS: Record<Theme, Record<GroupKind, GroupStyle>> = {
  light: {
    cloud: { border: '#232F3E', fill: 'none', label: '#232F3E', dashed: false },
    region: { border: '#00A4A6', fill: 'none', label: '#147EBA', dashed: true },
    vpc: { border: '#8C4FFF', fill: 'none', label: '#6A3DC4', dashed: false },
    az: { border: '#147EBA', fill: 'none', label: '#147EBA', dashed: true },
    public: { border: '#7AA116', fill: '#F2F6E8', label: '#248814', dashed: false },
    private: { border: '#00A4A6', fill: '#E6F6F7', label: '#147EBA', dashed: false },
    unknown: { border: '#7D8998', fill: '#F2F3F5', label: '#5F6B7A', dashed: false },
    'security-group': { border: '#DD3522', fill: 'none', label: '#DD3522', dashed: true },
  },
  dark: {
    cloud: { border: '#D5DBDB', fill: 'none', label: '#D5DBDB', dashed: false },
    region: { border: '#3FD0D2', fill: 'none', label: '#5CB8F0', dashed: true },
    vpc: { border: '#A97DFF', fill: 'rgba(169,125,255,0.05)', label: '#C2A6FF', dashed: false },
    az: { border: '#5CB8F0', fill: 'none', label: '#7CC6F3', dashed: true },
    public: { border: '#9BCB3A', fill: 'rgba(155,203,58,0.08)', label: '#A9D86A', dashed: false },
    private: { border: '#3FD0D2', fill: 'rgba(63,208,210,0.08)', label: '#7CC6F3', dashed: false },
    unknown: { border: '#9AA5B4', fill: 'rgba(154,165,180,0.06)', label: '#9AA5B4', dashed: false },
    'security-group': { border: '#FF6B5A', fill: 'none', label: '#FF8A7C', dashed: true },
  },
};

export function groupStyle(kind: GroupKind, theme: Theme = 'light'): GroupStyle {
  return GROUPS[theme][kind];
}

/** Icon tile colour per catalog category (the AWS deck's category colours). */
export const CATEGORY_COLOUR: Record<Category, string> = {
  compute: '#ED7100',
  networking: '#8C4FFF',
  database: '#C925D1',
  storage: '#7AA116',
  integration: '#E7157B',
  security: '#DD344C',
  external: '#232F3E',
};

/** Sizes in diagram units (px at zoom 1). Layout, canvas and exports all use these. */
export const SIZES = {
  /** A resource node: icon with its name (up to two lines) and its type underneath. */
  resource: { w: 112, h: 104 },
  icon: 44,
  /** Height of a container's header (name, CIDR, chips); children start below it. */
  header: 40,
  /** Space between a container's border and its children. */
  padding: 16,
  /** Gap between sibling resources and between sibling subnets. */
  gap: 24,
  /** An empty subnet and an empty VPC when first dropped. */
  subnet: { w: 288, h: 176 },
  vpc: { w: 720, h: 480 },
  /** An Availability Zone column's padding around its subnets (the AZ label sits in the top band). */
  azPadding: 12,
  azHeader: 24,
  grid: 16,
} as const;

export const FONTS = {
  // Concrete families before the generic one: renderers without system-ui (resvg, Inkscape,
  // ImageMagick) otherwise fall back to whatever font they find first, which changes text widths.
  family:
    "system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Apple SD Gothic Neo', 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif",
  /**
   * A resource's name under its icon, on up to two lines as wide as the shape and half the gap
   * on each side (large: it must stay legible when a ~30-resource design is fitted).
   */
  name: 18,
  nameLine: 20,
  /** The type or key figure under the name. */
  detail: 11,
  /** A group's name in its header. */
  group: 13,
  /** A connection's label (protocol/port or kind). */
  edgeLabel: 11,
} as const;

/** Connection lines: one arrowhead at the receiving end; dashed for asynchronous/event flows. */
export const EDGE = {
  light: { stroke: '#545B64', label: '#232F3E', labelBg: '#FFFFFF' },
  dark: { stroke: '#B8C2CC', label: '#E6E9EE', labelBg: '#1E2228' },
  width: 1.5,
  dash: '6 4',
  /** Arrowhead size at width 1.5. */
  arrow: 14,
  /** Links of the network-details view (subnet → route table, resource → security group). */
  detail: { dash: '2 4', width: 1 },
} as const;

const ASYNC_KINDS: ReadonlySet<ConnectionKind> = new Set<ConnectionKind>(['publish', 'subscribe', 'trigger']);

/** Asynchronous/event flows (SNS → SQS, S3 → Lambda) are drawn dashed, requests solid. */
export function isAsyncKind(kind: ConnectionKind | undefined): boolean {
  return kind !== undefined && ASYNC_KINDS.has(kind);
}

/**
 * Types drawn by default as attachments (chips on the subnet header or on the resource, a red
 * dashed frame for security groups) rather than as loose nodes. The "network details" view
 * draws them as nodes again.
 */
export const ATTACHMENT_TYPES: ReadonlySet<ResourceType> = new Set<ResourceType>([
  'route-table',
  'network-acl',
  'security-group',
]);

export function isAttachmentType(type: ResourceType): boolean {
  return ATTACHMENT_TYPES.has(type);
}
