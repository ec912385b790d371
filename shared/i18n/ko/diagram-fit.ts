import type { diagramFit as en } from '../en/diagram-fit';

export const diagramFit: Record<keyof typeof en, string> = {
  'type.short.alb': 'ALB',
  'type.short.nlb': 'NLB',
  'type.short.transit-gateway-attachment': 'TGW 연결',
  'type.short.transit-gateway-route-table': 'TGW 라우팅 테이블',
  'type.short.egress-only-internet-gateway': '송신 전용 IGW',
};
