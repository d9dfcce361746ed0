// The lab renderers: a golden markdown report from recorded records, versioned JSON, and the comparison tables.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { compareRuns, summarizeLab } from '../../src/core/lab-stats.js'
import { LAB_REPORT_SCHEMA, renderCompareJson, renderLabJson } from '../../src/core/report/lab-json.js'
import {
  renderCompareMarkdown,
  renderCompareText,
  renderLabMarkdown
} from '../../src/core/report/lab-markdown.js'
import type { LabRecord } from '../../src/core/scenario.js'

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/lab')

function records(): LabRecord[] {
  return readFileSync(path.join(FIXTURES, 'node-naive.results.jsonl'), 'utf8')
    .split('\n')
    .filter(l => l.trim() !== '')
    .map(l => JSON.parse(l) as LabRecord)
}

function golden(name: string, actual: string): void {
  const file = path.join(FIXTURES, name)
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual)
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 and review it`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('the lab report', () => {
  it('keeps its markdown format (golden)', () => {
    golden('node-naive.report.md', renderLabMarkdown(summarizeLab(records())))
  })

  it('prints every field the spec names', () => {
    const md = renderLabMarkdown(summarizeLab(records()))
    for (const field of [
      'cold_duration',
      'warm_duration',
      'cache_hit_ratio',
      'digest_stability',
      'recommended_actions'
    ]) {
      expect(md).toContain(field)
    }
    expect(md).toMatch(/\| digest_stability \| \*\*(PASS|FAIL)\*\* \|/)
  })

  it('shows min/median/max and CV of repeated runs and flags noise', () => {
    const md = renderLabMarkdown(summarizeLab(records()))
    expect(md).toContain(
      '| `warm-source-edit` | edit-source | local | 2 | 7.3 s | 6.4 s | 8.1 s | 16.5% | 33% | 1/3 | 2 digests | ok |'
    )
    expect(renderLabMarkdown(summarizeLab(records(), { noiseThreshold: 0.1 }))).toContain('| ok, noisy |')
  })

  it('carries a schema version in JSON', () => {
    const json = JSON.parse(renderLabJson(summarizeLab(records()))) as Record<string, unknown>
    expect(json['schemaVersion']).toBe(LAB_REPORT_SCHEMA)
    expect(json['kind']).toBe('build-lab-report')
    expect(json).toHaveProperty('cold_duration', 6.431)
    expect(json).toHaveProperty('digest_stability', 'PASS')
    expect(Array.isArray(json['recommended_actions'])).toBe(true)
  })

  it('marks an invalid report at the top', () => {
    const rs = records()
    const last = rs[rs.length - 1]
    last.baseImages = last.baseImages.map(b => ({ ...b, after: 'sha256:0000' }))
    const md = renderLabMarkdown(summarizeLab(rs))
    expect(md.split('\n')[2]).toMatch(
      /^> \*\*INVALID:\*\* base image build-lab\/node.*local changed during warm/
    )
  })
})

describe('the comparison', () => {
  it('fails digest stability across the two recorded runs (npm ci is not reproducible)', () => {
    const c = compareRuns(records(), 2)
    expect(c.digest_stability).toBe('FAIL')
    const text = renderCompareText(c)
    expect(text.split('\n')[0]).toBe(`compare ${c.runIds.join(' → ')}`)
    expect(text).toMatch(
      /^cold +4\.9 s +6\.4 s +\+1\.6 s +\+32\.0% +33% → 33% +11ef48e4db39 → e856db7a8f4e +FAIL$/m
    )
    expect(text).toMatch(/^warm-source-edit +7\.3 s +- +- +- +33% → - +6805e544f12d → - +n\/a \(edited\)$/m)
    expect(text.trimEnd().split('\n').pop()).toMatch(
      /^digest_stability: FAIL: 6 builds of unchanged inputs \(cold, warm\) gave 3 different digests$/
    )
  })

  it('renders markdown and versioned JSON', () => {
    const c = compareRuns(records(), 2)
    expect(renderCompareMarkdown(c)).toContain(
      '| `cold` | 4.9 s | 6.4 s | +1.6 s | +32.0% | 33% → 33% | `11ef48e4db39 → e856db7a8f4e` | FAIL |'
    )
    const json = JSON.parse(renderCompareJson(c)) as Record<string, unknown>
    expect(json['schemaVersion']).toBe(LAB_REPORT_SCHEMA)
    expect(json['kind']).toBe('build-lab-compare')
  })
})
