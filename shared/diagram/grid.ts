/**
 * The inside of a VPC, laid out the way reference architectures draw it: one column per
 * Availability Zone (sorted by letter), rows top-down public subnets then private ones, every
 * subnet of a row equally tall and every subnet of a column equally wide, so the AZ boxes line
 * up. Inside a subnet its shapes (home shapes and replicas) sit in rows of at most two, in
 * document order, so a resource and its replicas take the same place in each of its subnets.
 * Shapes with connections come first in a subnet, so a line arriving from the side does not
 * cross a neighbour. The VPC's own shapes stand in side columns: the internet gateway on the
 * left (towards the internet, above the height of the first row's icons, so lines from the
 * left reach the subnets clear), gateway endpoints and the rest on the right, towards the
 * managed services they reach.
 */
import type { Design, LayoutBox } from '../model/types';
import { attachmentsOf } from './attachments';
import { defaultSize } from './geometry';
import { connectionLabel, labelWidth } from './labels';
import { SIZES } from './style';
import { azColumns, rowKeys } from './structure';
import type { Shape } from './structure';

const PER_ROW = 2;
/** Room under a resource for its security-group chips. */
const CHIP_ROOM = 14;
/**
 * Space under a subnet's last row of shapes: a chip row hanging under a shape still clears the
 * subnet's border. Kept small, with the VPC's header below, so that a ~30-resource design fitted
 * on a 1440x900 screen still shows its names at 11 px or more.
 */
const SUBNET_BOTTOM = 8;
/** A VPC's own header (name and CIDR): its AZ boxes start right under it. */
export const VPC_HEADER = 32;

function cell(gap: number = SIZES.gap, chips = true) {
  return { w: SIZES.resource.w + gap, h: SIZES.resource.h + SIZES.gap + (chips ? CHIP_ROOM : 0) };
}

/** Whether any of these shapes hangs a security-group chip under itself. */
function hasChips(shapes: readonly Shape[], design: Design): boolean {
  const guarded = attachmentsOf(design);
  return shapes.some((shape) => (guarded.get(shape.resource.id)?.securityGroups.length ?? 0) > 0);
}

/**
 * The gap between neighbours in a subnet: wide enough for the label of a connection between
 * two of its shapes (a label never crosses a neighbour's name: the grid widens instead).
 */
function gapFor(shapes: Shape[], design: Design): number {
  const here = new Set(shapes.map((shape) => shape.resource.id));
  let gap: number = SIZES.gap;
  for (const c of design.connections) {
    if (here.has(c.from) && here.has(c.to)) gap = Math.max(gap, labelWidth(connectionLabel(c)) + 24);
  }
  return gap;
}

/** Boxes of a subnet's shapes (relative to the subnet) and the size the subnet needs. */
function layoutSubnet(
  unordered: Shape[],
  design: Design,
  connected: ReadonlySet<string>,
  boxes: Record<string, LayoutBox>,
): { w: number; h: number } {
  const gap = gapFor(unordered, design);
  const { w: cw, h: ch } = cell(gap, hasChips(unordered, design));
  const shapes = [...unordered].sort(
    (a, b) => Number(!connected.has(a.resource.id)) - Number(!connected.has(b.resource.id)),
  );
  shapes.forEach((shape, i) => {
    boxes[shape.key] = {
      x: SIZES.padding + (i % PER_ROW) * cw,
      y: SIZES.header + 8 + Math.floor(i / PER_ROW) * ch,
    };
  });
  if (shapes.length === 0) return { ...SIZES.subnet };
  const columns = Math.min(PER_ROW, shapes.length);
  const rows = Math.ceil(shapes.length / PER_ROW);
  return {
    w: Math.max(SIZES.subnet.w - 64, 2 * SIZES.padding + columns * cw - gap),
    h: SIZES.header + 8 + rows * ch - SIZES.gap + SUBNET_BOTTOM,
  };
}

const rowOrder = (key: string) => {
  const [kind, ordinal] = key.split(':');
  return (kind === 'public' ? 0 : 1000) + Number(ordinal ?? 0);
};

/**
 * Lays out one VPC's contents into `boxes` and returns the VPC's size. `inside` maps a
 * container id to the shapes drawn directly in it.
 */
export function layoutVpc(
  design: Design,
  vpcId: string,
  inside: ReadonlyMap<string, Shape[]>,
  isPublic: ReadonlyMap<string, boolean>,
  boxes: Record<string, LayoutBox>,
): { w: number; h: number } {
  const columns = azColumns(design, vpcId, isPublic);
  const connected = new Set(design.connections.flatMap((c) => [c.from, c.to]));
  const size = new Map<string, { w: number; h: number }>();
  for (const column of columns) {
    for (const subnet of column.subnets) {
      size.set(subnet.id, layoutSubnet(inside.get(subnet.id) ?? [], design, connected, boxes));
    }
  }
  // Row heights are shared across AZ columns, so the same row lines up in every AZ.
  const rowHeight = new Map<string, number>();
  const keysOf = new Map<string, string[]>();
  for (const column of columns) {
    const keys = rowKeys(column, isPublic);
    keysOf.set(column.az, keys);
    keys.forEach((key, i) => {
      const h = size.get(column.subnets[i]?.id ?? '')?.h ?? 0;
      rowHeight.set(key, Math.max(rowHeight.get(key) ?? 0, h));
    });
  }
  const rows = [...rowHeight.keys()].sort((a, b) => rowOrder(a) - rowOrder(b));
  const rowTop = new Map<string, number>();
  const top = VPC_HEADER + SIZES.azHeader + 8;
  let y = top;
  for (const key of rows) {
    rowTop.set(key, y);
    y += (rowHeight.get(key) ?? 0) + SIZES.gap;
  }
  const bottom = rows.length > 0 ? y - SIZES.gap : top;

  // The VPC's own shapes: the internet gateway in a column on the left, the rest on the right.
  const own = (inside.get(vpcId) ?? []).filter((shape) => shape.resource.type !== 'subnet');
  const left = own.filter((shape) => shape.resource.type === 'internet-gateway');
  const right = own.filter((shape) => shape.resource.type !== 'internet-gateway');
  const ownWidth = left.length > 0 ? SIZES.resource.w + SIZES.gap : 0;
  left.forEach((shape, i) => {
    boxes[shape.key] = { x: SIZES.padding, y: VPC_HEADER + 8 + i * cell().h };
  });

  let x = SIZES.padding + ownWidth + SIZES.azPadding;
  let lastRight = SIZES.padding + ownWidth - SIZES.gap;
  for (const column of columns) {
    const width = Math.max(...column.subnets.map((s) => size.get(s.id)?.w ?? 0));
    const keys = keysOf.get(column.az) ?? [];
    column.subnets.forEach((subnet, i) => {
      const key = keys[i] ?? '';
      boxes[subnet.id] = { x, y: rowTop.get(key) ?? top, w: width, h: rowHeight.get(key) ?? 0 };
    });
    lastRight = x + width + SIZES.azPadding;
    x = lastRight + SIZES.gap + SIZES.azPadding;
  }
  const rightX = lastRight + SIZES.gap;
  right.forEach((shape, i) => {
    boxes[shape.key] = { x: rightX, y: VPC_HEADER + 8 + i * cell().h };
  });
  if (columns.length === 0 && own.length === 0) return defaultSize('vpc');
  const ownBottom = VPC_HEADER + 8 + Math.max(left.length, right.length) * cell().h;
  return {
    w: Math.max(
      (right.length > 0 ? rightX + SIZES.resource.w : lastRight) + SIZES.padding,
      2 * SIZES.padding,
    ),
    h: Math.max(bottom + SIZES.azPadding + SIZES.padding, ownBottom + SIZES.padding),
  };
}
