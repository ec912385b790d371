/**
 * draw.io styles for a Skyplan diagram: the `mxgraph.aws4` shapes of draw.io's "AWS" palette
 * (resource icons and groups) in the AWS colours of style.ts. Labels are plain text (no
 * `html=1`), so a name is never interpreted as markup when the file is opened.
 */
import { CATALOG } from '../catalog/index';
import type { ResourceType } from '../model/types';
import { CATEGORY_COLOUR, EDGE, groupStyle } from './style';
import type { GroupKind } from './style';

/** draw.io's name per type: `resIcon` for service tiles, `shape` for resource glyphs. */
const SHAPES: Record<ResourceType, { resIcon?: string; shape?: string }> = {
  internet: { shape: 'internet_alt2' },
  vpc: {},
  subnet: {},
  'route-table': { shape: 'route_table' },
  'internet-gateway': { shape: 'internet_gateway' },
  'nat-gateway': { shape: 'nat_gateway' },
  'elastic-ip': { shape: 'elastic_ip_address' },
  'vpc-endpoint': { shape: 'endpoints' },
  'security-group': {},
  'network-acl': { shape: 'network_access_control_list' },
  alb: { shape: 'application_load_balancer' },
  'ecs-service': { resIcon: 'fargate' },
  'ec2-instance': { resIcon: 'ec2' },
  'lambda-function': { resIcon: 'lambda' },
  'rds-instance': { resIcon: 'rds' },
  's3-bucket': { resIcon: 's3' },
  'dynamodb-table': { resIcon: 'dynamodb' },
  'sqs-queue': { resIcon: 'sqs' },
  'sns-topic': { resIcon: 'sns' },
  'api-gateway': { resIcon: 'api_gateway' },
  'eventbridge-bus': { resIcon: 'eventbridge' },
  'vpc-peering': { shape: 'peering' },
  'transit-gateway': { resIcon: 'transit_gateway' },
  'transit-gateway-attachment': { shape: 'transit_gateway_attachment' },
  'transit-gateway-route-table': { shape: 'route_table' },
  nlb: { shape: 'network_load_balancer' },
  'egress-only-internet-gateway': { shape: 'internet_gateway' },
};

const LABEL_BELOW =
  'outlineConnect=0;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;fontSize=12;fontStyle=0;aspect=fixed;fontColor=#232F3E;';

export function resourceStyle(type: ResourceType, replica: boolean): string {
  const colour = CATEGORY_COLOUR[CATALOG[type].category];
  const spec = SHAPES[type];
  const extra = replica ? 'opacity=70;' : '';
  if (type === 'security-group') {
    const sg = groupStyle('security-group');
    return `shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=${sg.border};fillColor=none;fontColor=${sg.label};dashed=1;verticalAlign=top;align=left;spacingLeft=30;fontSize=12;`;
  }
  if (spec.resIcon) {
    return `${LABEL_BELOW}gradientColor=none;fillColor=${colour};strokeColor=#ffffff;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.${spec.resIcon};${extra}`;
  }
  const shape = spec.shape ?? 'general';
  return `${LABEL_BELOW}gradientColor=none;fillColor=${colour};strokeColor=none;pointerEvents=1;shape=mxgraph.aws4.${shape};${extra}`;
}

const CONTAINER =
  'container=1;pointerEvents=0;collapsible=0;recursiveResize=0;verticalAlign=top;fontSize=12;';

export function groupCellStyle(kind: GroupKind): string {
  const style = groupStyle(kind);
  const fill = style.fill === 'none' ? 'none' : style.fill;
  const dashed = style.dashed ? 'dashed=1;' : 'dashed=0;';
  const colours = `strokeColor=${style.border};fillColor=${fill};fontColor=${style.label};${dashed}`;
  const heading = 'align=left;fontStyle=1;';
  switch (kind) {
    case 'vpc':
      return `shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc2;spacingLeft=30;${CONTAINER}${heading}${colours}`;
    case 'public':
    case 'private':
    case 'unknown':
      return `shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;spacingLeft=30;${CONTAINER}${heading}${colours}`;
    case 'region':
      return `shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;spacingLeft=30;${CONTAINER}${heading}${colours}`;
    case 'cloud':
      return `shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_aws_cloud_alt;spacingLeft=30;${CONTAINER}${heading}${colours}`;
    default:
      // Availability Zones and security groups are plain boxes in the AWS deck.
      return `rounded=0;${CONTAINER}align=center;fontStyle=0;${colours}`;
  }
}

export function edgeStyle(dashed: boolean): string {
  return `edgeStyle=orthogonalEdgeStyle;rounded=0;endArrow=block;endFill=1;strokeColor=${EDGE.light.stroke};strokeWidth=2;fontColor=${EDGE.light.label};labelBackgroundColor=#ffffff;fontSize=11;${dashed ? `dashed=1;dashPattern=6 4;` : ''}`;
}
