/**
 * Interop: CloudFormation import (cfn/), CloudFormation and Terraform export (export/), and the
 * comparison of two designs (diff/). Pure TypeScript: callers pass text in and get text or a
 * design out; reading files (and nested templates) is the caller's job.
 */
export { InteropError } from './messages';
export type { InteropNote } from './messages';
export { importCloudFormation } from './cfn/import';
export type { ImportOptions, ImportReport, ImportResult } from './cfn/import';
export { diffDesigns } from './diff/diff';
export type {
  DesignDiff,
  FieldChange,
  ItemChange,
  Verdict,
  VerdictChange,
  CostLineChange,
} from './diff/diff';
export { DIFF_FORMATS, formatDiff, formatDiffMarkdown, formatDiffText } from './diff/format';
export type { DiffFormat } from './diff/format';
export { designToCloudFormationObject, exportCloudFormation } from './export/cloudformation';
export { exportTerraform } from './export/terraform';
