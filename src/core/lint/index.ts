// The Dockerfile lint engine: rules over a parsed Dockerfile, and text and SARIF renderers of the findings.
export { hasErrors, lintDockerfile } from './engine.js'
export { renderLintText, summarize } from './render-text.js'
export { renderSarif, SARIF_SCHEMA } from './sarif.js'
export type { SarifOptions } from './sarif.js'
export { ruleName, rules } from './rules.js'
export { applyPolicy, failsAt, parseIgnores } from './policy.js'
export { BUILDKIT_OVERLAPS, BUILDKIT_PREFIX, parseBuildkitChecks } from './buildkit.js'
export type { BuildkitChecks } from './buildkit.js'
export { parseLintConfig } from './config.js'
export type {
  ContextEntry,
  ContextInfo,
  DiagnosisLink,
  Finding,
  LintConfig,
  LintInput,
  RuleInfo,
  Severity,
  StepEvidence
} from './types.js'
