/**
 * The cost engine's public API. The UI, the desktop export and `skyplan cost` call:
 *   computeCost(design, { region?, krwPerUsd? }) -> CostReport   (throws UnsupportedRegionError)
 *   formatCost(report, 'text' | 'json' | 'csv' | 'md', locale)   and the single formatters
 *   costToJson(report, locale)                                   (docs/file-format.md JSON)
 *   costInputIssues(design)                                      (bad connection usage fields)
 *   SUPPORTED_REGIONS, isSupportedRegion, priceTableFor          (price tables)
 */
export * from './types';
export {
  computeCost,
  costInputIssues,
  DEFAULT_KRW_AS_OF,
  DEFAULT_KRW_PER_USD,
  UnsupportedRegionError,
} from './engine';
export type { CostInputIssue } from './engine';
export { DEFAULT_HOURS_PER_MONTH } from './context';
export { isSupportedRegion, priceTableFor, SUPPORTED_REGIONS, checkPriceTable } from './prices';
export type { PriceEntry, PriceTable, PriceTier } from './prices';
export {
  COST_FORMATS,
  costToJson,
  formatCost,
  formatCostCsv,
  formatCostMarkdown,
  formatCostText,
  formatKrw,
  formatUnitPrice,
  formatUsd,
} from './report';
export type { CostFormat, CostJson, CostLineJson } from './report';
export { lcuDimensions } from './functions/alb';
export { roundCents } from './money';
