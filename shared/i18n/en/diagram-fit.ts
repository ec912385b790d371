// The standard short names a shape's type line falls back to where the full type name does not
// fit under the icon (shared/diagram/type-line.ts).
export const diagramFit = {
  'type.short.alb': 'ALB',
  'type.short.nlb': 'NLB',
  'type.short.transit-gateway-attachment': 'TGW attachment',
  'type.short.transit-gateway-route-table': 'TGW route table',
  'type.short.egress-only-internet-gateway': 'Egress-only IGW',
};
