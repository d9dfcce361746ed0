// Renders lint findings as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.
import { BUILDKIT_PREFIX } from './buildkit.js'
import { ruleName, rules } from './rules.js'
import type { Finding, Severity } from './types.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note'
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifOptions {
  /** Where the rules are documented (docs/lint.md on the web); each rule links to its heading. */
  informationUri?: string
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map(segment => encodeURIComponent(segment))
    .join('/')
}

function resultText(f: Finding): string {
  const parts = [f.message]
  if (f.evidence !== undefined) parts.push(`Measured: ${f.evidence}.`)
  parts.push(`Fix: ${f.fix}`)
  if (f.diagnosis !== undefined) parts.push(`Diagnosis: ${f.diagnosis}`)
  return parts.join(' ')
}

export function renderSarif(
  findings: readonly Finding[],
  toolVersion: string,
  options: SarifOptions = {}
): object {
  const docs = options.informationUri
  // BuildKit's checks are not in our catalogue: list those that reported, with BuildKit's own page.
  const buildkit = [
    ...new Map(findings.filter(f => f.rule.startsWith(BUILDKIT_PREFIX)).map(f => [f.rule, f])).values()
  ]
  const index = new Map([...rules.map(r => r.id), ...buildkit.map(f => f.rule)].map((id, i) => [id, i]))
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'build-lab',
            version: toolVersion,
            ...(docs === undefined ? {} : { informationUri: docs }),
            rules: [
              ...rules.map(r => ({
                id: r.id,
                name: r.name,
                shortDescription: { text: r.title },
                fullDescription: { text: r.why },
                help: { text: `${r.why} Fix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
                ...(docs === undefined ? {} : { helpUri: `${docs}#${r.id.toLowerCase()}-${r.name}` }),
                defaultConfiguration: { level: LEVEL[r.severity] },
                properties: { tags: [r.kind], ...(r.hadolint.length > 0 ? { hadolint: r.hadolint } : {}) }
              })),
              ...buildkit.map(f => ({
                id: f.rule,
                name: ruleName(f.rule),
                shortDescription: { text: f.why },
                help: { text: `${f.why} Fix: ${f.fix}` },
                ...(f.url === undefined ? {} : { helpUri: f.url }),
                defaultConfiguration: { level: LEVEL[f.severity] },
                properties: { tags: ['buildkit'] }
              }))
            ]
          }
        },
        results: findings.map(f => {
          const region: { startLine: number; endLine?: number } = { startLine: Math.max(1, f.line) }
          if (f.endLine !== undefined && f.endLine > region.startLine) region.endLine = f.endLine
          const properties: Record<string, string> = { why: f.why, fix: f.fix }
          if (f.evidence !== undefined) properties.evidence = f.evidence
          if (f.diagnosis !== undefined) properties.diagnosis = f.diagnosis
          if (f.hadolint !== undefined) properties.hadolint = f.hadolint
          return {
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: resultText(f) },
            locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.file) }, region } }],
            properties
          }
        })
      }
    ]
  }
}
