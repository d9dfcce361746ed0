// The Dockerfile lint engine: rules over a parsed Dockerfile, and text and SARIF renderers of the findings.
export { hasErrors, lintDockerfile } from './engine.js'
export { renderLintText, summarize } from './render-text.js'
export { renderSarif, SARIF_SCHEMA } from './sarif.js'
export type { SarifOptions } from './sarif.js'
export { rules } from './rules.js'
export type {
  ContextEntry,
  ContextInfo,
  DiagnosisLink,
  Finding,
  LintInput,
  RuleInfo,
  Severity,
  StepEvidence
} from './types.js'
