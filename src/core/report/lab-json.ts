// The lab report and the comparison as versioned JSON documents.
import type { Comparison, LabSummary } from '../lab/stats.js'

/** Bumped when a field of the report JSON changes meaning or is removed; new fields keep the version. */
export const LAB_REPORT_SCHEMA = 1

export function renderLabJson(summary: LabSummary): string {
  return (
    JSON.stringify({ schemaVersion: LAB_REPORT_SCHEMA, kind: 'build-lab-report', ...summary }, null, 2) + '\n'
  )
}

export function renderCompareJson(comparison: Comparison): string {
  return (
    JSON.stringify({ schemaVersion: LAB_REPORT_SCHEMA, kind: 'build-lab-compare', ...comparison }, null, 2) +
    '\n'
  )
}
