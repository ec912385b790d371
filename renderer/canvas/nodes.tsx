/**
 * Node components. Both are memo'd and read only their props plus the translator, so a change
 * to one resource re-renders one node. The nodeTypes map lives at module scope (React Flow
 * warns and re-mounts every node when it gets a new map).
 */
import { Handle, NodeResizer, Position } from '@xyflow/react';
import type { NodeProps, NodeTypes } from '@xyflow/react';
import { memo, startTransition, useEffect, useState } from 'react';
import { FONTS } from '../../shared/diagram/style';
import { chipText } from '../../shared/diagram/chip-text';
import { cachedFitName } from '../../shared/diagram/name-fit';
import { textWidth } from '../../shared/diagram/svg-text';
import { typeLine } from '../../shared/diagram/type-line';
import { useT } from '../i18n';
import { useEditorStore } from '../store/index';
import type { ResourceFindings } from '../engine/findings';
import { CanvasTasks } from '../deploy/CanvasTasks';
import { useTracedVia } from '../simulation/tracedVia';
import type { ResourceFlowNode } from './flow';
import type { AzFlowNode, Chip } from './flowExtras';
import { iconUrl, iconUrlOfPath, PUBLIC_SUBNET_ICON } from './icons';
import { ReplicaBadge, setHoveredResource, useReplicaHover } from './replicas';
import { useChipDrag } from './chipDrag';
import { fullShapeBudget } from './mountBudget';
import { useLowDetail } from './detail';
import { LowDetailContainer, LowDetailResource } from './lowDetail';
import { displayName, stateClasses } from './nodeState';
import { useShapeData } from './shapeData';
import './names.css';

function Badges({ findings }: { findings: ResourceFindings | undefined }) {
  const t = useT();
  if (!findings || (findings.errors === 0 && findings.warnings === 0)) return null;
  return (
    <span className="badges">
      {findings.errors > 0 && (
        <span
          className="badge badge-error"
          data-testid="badge-error"
          title={t('ui.canvas.errors', { count: findings.errors })}
        >
          {findings.errors}
        </span>
      )}
      {findings.warnings > 0 && (
        <span
          className="badge badge-warning"
          data-testid="badge-warning"
          title={t('ui.canvas.warnings', { count: findings.warnings })}
        >
          {findings.warnings}
        </span>
      )}
    </span>
  );
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$33/mo" under priced resources; free ones (IGW, route tables) show nothing. */
function CostBadge({ monthly }: { monthly: number | undefined }) {
  const t = useT();
  if (monthly === undefined || monthly <= 0) return null;
  const amount = monthly < 1 ? `$${monthly.toFixed(2)}` : usd.format(monthly);
  return (
    <span
      className="cost-badge"
      data-testid="badge-cost"
      title={t('ui.canvas.costTitle', { amount: `$${monthly.toFixed(2)}` })}
    >
      {t('ui.canvas.perMonth', { amount })}
    </span>
  );
}

/** The name's box is as wide as the shape plus most of the gap (app.css .resource-name). */
const NAME_WIDTH = 130;

let context: CanvasRenderingContext2D | null | undefined;
let contextSize = 0;
let nameFamily: string | undefined;

/**
 * The width of a name in the canvas's bold name font, measured by the browser with one canvas
 * context. The font family is read once (reading computed style during a render can force a
 * style recalculation) and the context's font is set only when the size changes (parsing a
 * font string each time costs more than the measuring).
 */
function measureNameNow(text: string, fontSize: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return textWidth(text, fontSize) * 1.1;
  if (contextSize !== fontSize) {
    nameFamily ??= getComputedStyle(document.documentElement).fontFamily;
    context.font = `600 ${fontSize}px ${nameFamily}`;
    contextSize = fontSize;
  }
  return context.measureText(text).width;
}

/** Names fitted once per text and room (shared/diagram/name-fit.ts caches widths and fits). */
const fitNameCached = cachedFitName(measureNameNow);

/**
 * A resource's name on up to two lines. A name too long for two lines takes a third when
 * nothing hangs under the shape (its type line then sits a little lower), else a smaller font;
 * either way the whole name shows, never an ellipsis.
 */
function ResourceName({ name, roomBelow }: { name: string; roomBelow: boolean }) {
  const { size, lines } = fitNameCached(name, NAME_WIDTH - 2, { roomBelow });
  const style =
    size < FONTS.name || lines > 2
      ? { fontSize: size, lineHeight: `${size + 2}px`, WebkitLineClamp: lines }
      : undefined;
  return (
    <div className="resource-name" style={style}>
      {name}
    </div>
  );
}

/** What dragging a chip does (chipDrag.tsx): only a route table chip also routes to gateways. */
const CHIP_HINT = {
  'route-table': 'chips.hint.routeTable',
  'network-acl': 'chips.hint.table',
  'security-group': 'chips.hint.group',
} as const;

const CHIP_KEY = {
  'route-table': 'diagram.chip.routeTable',
  'network-acl': 'diagram.chip.networkAcl',
  'security-group': 'diagram.chip.securityGroup',
} as const;

/**
 * Attachments drawn on a shape: a route table / NACL on a subnet, security groups on a resource.
 * Dragging a chip onto another shape associates it there (chipDrag.tsx).
 */
function Chips({ chips, owner }: { chips: readonly Chip[]; owner: string }) {
  const t = useT();
  const store = useEditorStore();
  const startDrag = useChipDrag(owner);
  if (chips.length === 0) return null;
  return (
    <span className="chips">
      {chips.map((chip) => {
        const title = [
          t(CHIP_KEY[chip.kind], { name: chip.label }),
          chip.routes?.length ? t('diagram.chip.routes', { routes: chip.routes.join(', ') }) : undefined,
          t(CHIP_HINT[chip.kind]),
        ]
          .filter(Boolean)
          .join('\n');
        return (
          <span
            key={chip.id}
            // A click selects the attached resource (its inspector), not the shape it sits on.
            className={['chip', `chip-${chip.kind}`, chip.state, chip.selected ? 'selected' : '', 'nodrag']
              .filter(Boolean)
              .join(' ')}
            onClick={(event) => {
              event.stopPropagation();
              store.select([chip.id]);
            }}
            onPointerDown={(event) => startDrag(event, chip)}
            data-testid={`chip-${chip.kind}`}
            data-chip={chip.id}
            title={title}
          >
            {chip.kind === 'security-group' ? chipText(chip.label) : chip.label}
          </span>
        );
      })}
    </span>
  );
}

/** A resource shape: full detail, or a coloured tile when zoomed far out (detail.ts). */
export const ResourceNode = memo(function ResourceNode({ id, data: handed }: NodeProps<ResourceFlowNode>) {
  const data = useShapeData(id, handed);
  return useLowDetail() ? <LowDetailResource data={data} /> : <DetailedResource data={data} />;
});

/**
 * A full shape, or while a whole design is mounting (mountBudget.ts) its bare frame first: the
 * same box and handles (what React Flow measures), its content a frame later. Most shapes of a
 * large design opened far out turn into tiles before then and never draw their content.
 */
function DetailedResource({ data }: { data: ResourceFlowNode['data'] }) {
  const [full, setFull] = useState(() => fullShapeBudget.take());
  useEffect(() => {
    if (full) return;
    const frame = requestAnimationFrame(() => startTransition(() => setFull(true)));
    return () => cancelAnimationFrame(frame);
  }, [full]);
  if (!full) {
    return (
      <div className="resource-node" data-resource={data.resource.id} data-type={data.resource.type}>
        <Handle type="target" position={Position.Left} />
        <Handle type="source" position={Position.Right} />
      </div>
    );
  }
  return <FullResource data={data} />;
}

function FullResource({ data }: { data: ResourceFlowNode['data'] }) {
  const t = useT();
  const { resource } = data;
  const icon = iconUrl(resource.type);
  const typeLabel = t(`type.${resource.type}`);
  const guarded = data.chips.some((chip) => chip.kind === 'security-group');
  const title = data.replicaIn
    ? t('diagram.replica', { name: displayName(resource) })
    : `${typeLabel}: ${displayName(resource)}`;
  const classes = [
    'resource-node',
    stateClasses(data),
    guarded ? 'guarded' : '',
    data.replicaIn ? 'is-replica' : '',
    useReplicaHover(resource.id) ? 'replica-hover' : '',
    // A peering or transit gateway part the traced flow crosses (renderer/simulation/tracedVia.ts).
    useTracedVia(resource.id) ? 'sim-via' : '',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      title={title}
      data-resource={resource.id}
      data-type={resource.type}
      onMouseEnter={() => setHoveredResource(resource.id)}
      onMouseLeave={() => setHoveredResource(null)}
    >
      <Handle type="target" position={Position.Left} />
      <div className="resource-icon">
        {icon && <img src={icon} alt="" draggable={false} width={40} height={40} />}
      </div>
      <ResourceName name={displayName(resource)} roomBelow={data.chips.length === 0} />
      <div className="resource-type">{typeLine(resource.type, t)}</div>
      {/* After the name and type: the name stays the shape's first line of text. */}
      <ReplicaBadge resource={resource} subnet={data.replicaIn ?? resource.parent} />
      <CostBadge monthly={data.monthly} />
      <Badges findings={data.findings} />
      <Chips chips={data.chips} owner={resource.id} />
      {/* During a deploy (Deploy panel), the tasks in this shape's subnet. */}
      <CanvasTasks resource={resource.id} subnet={data.replicaIn ?? resource.parent} />
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

/** A VPC or subnet box: full detail, or the bare box when zoomed far out (detail.ts). */
export const ContainerNode = memo(function ContainerNode({
  id,
  data: handed,
  selected,
}: NodeProps<ResourceFlowNode>) {
  const data = useShapeData(id, handed);
  return useLowDetail() ? (
    <LowDetailContainer id={id} data={data} />
  ) : (
    <DetailedContainer id={id} data={data} selected={selected} />
  );
});

function DetailedContainer({
  id,
  data,
  selected,
}: {
  id: string;
  data: ResourceFlowNode['data'];
  selected: boolean;
}) {
  const t = useT();
  const store = useEditorStore();
  const { resource, isPublic } = data;
  const subnet = resource.type === 'subnet' ? resource : null;
  const iconPath = subnet && isPublic ? PUBLIC_SUBNET_ICON : undefined;
  const icon = iconPath ? iconUrlOfPath(iconPath) : iconUrl(resource.type);
  const cidr = resource.type === 'vpc' || resource.type === 'subnet' ? resource.props.cidr : undefined;
  const ipv6Cidr =
    resource.type === 'vpc' || resource.type === 'subnet' ? resource.props.ipv6Cidr : undefined;
  const tone = subnet ? (isPublic === undefined ? 'unknown' : isPublic ? 'public' : 'private') : 'vpc';
  return (
    <div className={`container-node container-${tone} ${stateClasses(data)}`} data-testid={`container-${id}`}>
      <NodeResizer
        isVisible={selected}
        minWidth={subnet ? 160 : 240}
        minHeight={subnet ? 120 : 160}
        onResizeStart={() => store.beginGesture(t('ui.action.resize'))}
        onResizeEnd={() => store.endGesture()}
      />
      <div
        className="container-header"
        title={[
          displayName(resource),
          cidr,
          ipv6Cidr,
          subnet ? t('ui.canvas.az', { az: subnet.props.az }) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      >
        {icon && <img src={icon} alt="" draggable={false} width={24} height={24} />}
        <span className="container-name">{displayName(resource)}</span>
        {cidr && <span className="container-cidr">{cidr}</span>}
        {ipv6Cidr && (
          <span className="container-cidr container-cidr6" data-testid="container-ipv6">
            {ipv6Cidr}
          </span>
        )}
        {subnet && <span className="container-az">{t('ui.canvas.az', { az: subnet.props.az })}</span>}
        {subnet && isPublic !== undefined && (
          <span className={`container-tag tag-${tone}`} data-testid="subnet-kind">
            {isPublic ? t('ui.canvas.public') : t('ui.canvas.private')}
          </span>
        )}
        <Badges findings={data.findings} />
      </div>
      <Chips chips={data.chips} owner={resource.id} />
      {/* Anchors for the network-details links (subnet → route table); not for drawing. */}
      <Handle type="target" position={Position.Left} className="container-handle" isConnectable={false} />
      <Handle type="source" position={Position.Right} className="container-handle" isConnectable={false} />
    </div>
  );
}

/** An Availability Zone: a dashed group around that AZ's subnets (not a resource: never selected). */
export const AzNode = memo(function AzNode({ id, data: handed }: NodeProps<AzFlowNode>) {
  const data = useShapeData(id, handed);
  const t = useT();
  const low = useLowDetail();
  return (
    <div className="az-node" data-testid={`az-${data.az}`}>
      {!low && <span className="az-label">{t('diagram.az', { az: data.az })}</span>}
    </div>
  );
});

export const nodeTypes: NodeTypes = { resource: ResourceNode, container: ContainerNode, az: AzNode };
