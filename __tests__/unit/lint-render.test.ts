import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import type { SchemaObject } from 'ajv'
import { readFileSync } from 'node:fs'
import { lintDockerfile, renderLintText, renderSarif, rules } from '../../src/core/lint/index.js'
import type { Finding } from '../../src/core/lint/index.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/lint/${name}`, import.meta.url), 'utf8')

// The SARIF 2.1.0 schema as shipped in @microsoft/jest-sarif 1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json).
// It is written in draft-04; Ajv 8 speaks draft-07, which reads this schema the same way once the draft-04
// `id` is renamed `$id` (the schema uses no draft-04-only keywords such as boolean exclusiveMinimum).
// unicodeRegExp is off because the schema's `language` pattern has a stray `]`, invalid under the `u` flag.
function sarifValidator(): (data: unknown) => { valid: boolean; errors: string } {
  const schema = JSON.parse(fixture('sarif-schema-2.1.0.json')) as SchemaObject
  const { $schema, id, ...rest } = schema
  expect($schema).toBe('http://json-schema.org/draft-04/schema#')
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false })
  const validate = ajv.compile({ ...rest, $id: String(id) })
  return data => {
    const valid = validate(data)
    return { valid, errors: ajv.errorsText(validate.errors) }
  }
}

const allFindings = (): Finding[] =>
  ['node-naive.Dockerfile', 'BL009-bad.Dockerfile', 'BL012-bad.Dockerfile', 'BL004-bad.Dockerfile'].flatMap(
    name =>
      lintDockerfile({
        file: `example dir/${name}`,
        text: fixture(name),
        context: { hasDockerignore: false, entries: [{ path: 'src', size: 10 }] },
        evidence: [{ name: '[4/4] RUN npm ci', instruction: null, cached: false, durationMs: 38_000 }],
        diagnoses: [
          { instruction: 'RUN date > /build-time && echo $RANDOM > /seed', reference: 'report.md#random' }
        ]
      })
  )

describe('renderSarif', () => {
  const check = sarifValidator()

  it('the validator is strict enough to reject a broken log', () => {
    expect(check({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }).valid).toBe(false)
    expect(check({ version: '2.0.0', runs: [] }).valid).toBe(false)
    const log = renderSarif(allFindings(), '0.1.0') as { runs: { results: { level: string }[] }[] }
    log.runs[0]!.results[0]!.level = 'fatal'
    expect(check(log).valid).toBe(false)
  })

  it('validates against the SARIF 2.1.0 schema, with and without findings', () => {
    const findings = allFindings()
    expect(findings.length).toBeGreaterThan(5)
    for (const log of [
      renderSarif(findings, '0.1.0'),
      renderSarif([], '0.1.0', { informationUri: 'https://example.test/lint.md' })
    ]) {
      const result = check(log)
      expect(result.errors).toBe('No errors')
      expect(result.valid).toBe(true)
    }
  })

  it('maps severities to SARIF levels, rules to indexes, and files to URI references', () => {
    const findings = allFindings()
    const log = renderSarif(findings, '1.2.3') as {
      version: string
      runs: {
        tool: {
          driver: {
            name: string
            version: string
            rules: { id: string; defaultConfiguration: { level: string } }[]
          }
        }
        results: {
          ruleId: string
          ruleIndex: number
          level: string
          message: { text: string }
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          }[]
        }[]
      }[]
    }
    const run = log.runs[0]!
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver).toMatchObject({ name: 'build-lab', version: '1.2.3' })
    expect(run.tool.driver.rules.map(r => r.id)).toEqual(rules.map(r => r.id))
    expect(run.results).toHaveLength(findings.length)
    run.results.forEach((r, i) => {
      const f = findings[i]!
      expect(r.ruleId).toBe(f.rule)
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(f.rule)
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity])
      expect(r.locations[0]!.physicalLocation.region.startLine).toBe(f.line)
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^example%20dir\//)
      expect(r.message.text).toContain(f.fix)
    })
    const levels = new Set(run.results.map(r => r.level))
    expect([...levels].sort()).toEqual(['error', 'note', 'warning'])
    expect(run.tool.driver.rules.find(r => r.id === 'BL009')?.defaultConfiguration.level).toBe('error')
  })
})

describe('renderLintText', () => {
  it('prints file:line, severity, rule, why, fix and measured evidence, then a count', () => {
    const text = renderLintText(
      lintDockerfile({
        file: 'Dockerfile',
        text: fixture('node-naive.Dockerfile'),
        evidence: [{ name: '[4/4] RUN npm ci', instruction: null, cached: false, durationMs: 38_000 }]
      })
    )
    expect(text).toContain(
      'Dockerfile:3: warning BL001 copy-context-before-install\n  `COPY . .` on line 3 copies'
    )
    expect(text).toContain(
      '  measured: step 4 `RUN npm ci` re-ran after a source-only edit (38 s) because `COPY . .` on line 3 comes before it'
    )
    expect(text).toMatch(/\n {2}why: .+\n {2}fix: .+/)
    expect(text).toMatch(/\n\d+ findings: 0 errors, \d+ warnings, 1 info\n$/)
    expect(text).toContain('info BL019 final-stage-runs-as-root (hadolint DL3002)')
  })

  it('says so when there is nothing to report, and counts one finding in the singular', () => {
    expect(renderLintText([])).toBe('No lint findings.\n')
    const one = lintDockerfile({ file: 'D', text: 'FROM alpine@sha256:abc\nRUN uuidgen > /id\nUSER 1\n' })
    expect(renderLintText(one)).toMatch(/\n1 finding: 1 error, 0 warnings, 0 info\n$/)
    expect(renderLintText(one)).toContain('D:2: error BL009 run-uses-clock-or-randomness')
  })
})
