// The lab renderers: golden markdown reports from recorded records, text and HTML, versioned JSON, and the comparison tables.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { compareRuns, summarizeLab } from '../../src/core/lab/stats.js'
import { renderLabHtml } from '../../src/core/report/lab-html.js'
import { LAB_REPORT_SCHEMA, renderCompareJson, renderLabJson } from '../../src/core/report/lab-json.js'
import {
  renderCompareMarkdown,
  renderCompareText,
  renderLabMarkdown
} from '../../src/core/report/lab-markdown.js'
import { renderLabText } from '../../src/core/report/lab-text.js'
import type { LabRecord } from '../../src/core/lab/scenario.js'
import { expectGolden } from '../support/golden.js'

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/lab')

function load(name: string): LabRecord[] {
  return readFileSync(path.join(FIXTURES, name), 'utf8')
    .split('\n')
    .filter(l => l.trim() !== '')
    .map(l => JSON.parse(l) as LabRecord)
}

/** Recorded by a build-lab that counted WORKDIR and had no isolated scenario. */
const records = () => load('node-naive.results.jsonl')
/** Recorded with cold-fresh-checkout and --repeat 3. */
const isolated = () => load('node-naive-isolated.results.jsonl')

const golden = (name: string, actual: string): void => expectGolden(path.join(FIXTURES, name), actual)

describe('the lab report', () => {
  it('keeps its markdown format (golden)', () => {
    golden('node-naive.report.md', renderLabMarkdown(summarizeLab(records())))
    golden('node-naive-isolated.report.md', renderLabMarkdown(summarizeLab(isolated())))
  })

  it('prints every field the spec names', () => {
    const md = renderLabMarkdown(summarizeLab(isolated()))
    for (const field of [
      'cold_duration',
      'warm_duration',
      'cache_hit_ratio',
      'digest_stability',
      'recommended_actions'
    ]) {
      expect(md).toContain(field)
    }
    expect(md).toContain('| digest_stability | **FAIL** |')
  })

  it('shows min/median/max and CV of repeated runs and flags noise from three runs', () => {
    const md = renderLabMarkdown(summarizeLab(isolated()))
    expect(md).toContain(
      '| `warm-source-edit` | edit-source | local | 3 | 11.0 s | 9.1 s | 12.5 s | 15.7% | 0% | 0/2 | 3 digests | ok |'
    )
    expect(md).not.toContain('noisy |')
    expect(renderLabMarkdown(summarizeLab(isolated(), { noiseThreshold: 0.1 }))).toContain(
      '| 3 digests | ok, noisy |'
    )
    // two runs are never called noisy, however far apart
    expect(renderLabMarkdown(summarizeLab(records(), { noiseThreshold: 0.01 }))).not.toContain('noisy |')
  })

  it('recounts records of an older build-lab without WORKDIR: a --no-cache build is 0%', () => {
    const s = summarizeLab(records())
    const cold = s.scenarios.find(x => x.scenario === 'cold')
    expect([cold?.cache_hit_ratio?.median, cold?.cachedSteps, cold?.totalSteps]).toEqual([0, 0, 2])
    expect(renderLabMarkdown(s)).toContain('FROM and WORKDIR are left out')
  })

  it('carries a schema version in JSON', () => {
    const json = JSON.parse(renderLabJson(summarizeLab(isolated()))) as Record<string, unknown>
    expect(json['schemaVersion']).toBe(LAB_REPORT_SCHEMA)
    expect(json['kind']).toBe('build-lab-report')
    expect(json).toHaveProperty('cold_duration', 8.223)
    expect(json).toHaveProperty('digest_stability', 'FAIL')
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

describe('the lab report as text', () => {
  it('reads plainly: no markdown escapes, entities or code spans', () => {
    const text = renderLabText(summarizeLab(isolated()))
    expect(text).not.toMatch(/\\[:@#`*_[\]|]|&quot;|&lt;|&amp;|`/)
    expect(text).toMatch(/^digest_stability +FAIL: /m)
    expect(text).toContain('Run "build-lab gate" on this context')
    expect(text).toMatch(/^cold-fresh-checkout +fresh-checkout +none +1 /m)
  })

  it('shows control characters from a record instead of sending them to the terminal', () => {
    const rs = isolated()
    rs[rs.length - 1].notes = ['\u001b[2Jgone\u0007']
    const text = renderLabText(summarizeLab(rs))
    expect(text.includes('\u001b') || text.includes('\u0007')).toBe(false)
    expect(text).toContain('\\x1b[2Jgone\\x07')
  })
})

describe('the lab report as HTML', () => {
  it('is one page that loads nothing', () => {
    const html = renderLabHtml(summarizeLab(isolated()))
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
  })

  it('escapes every field that comes from a record', () => {
    const evil = '<script>alert(1)</script>"\'&'
    const rs = isolated().map(r => ({
      ...r,
      scenario: r.scenario === 'warm' ? evil : r.scenario,
      notes: [evil],
      mutatedFile: r.mutatedFile === null ? null : evil,
      build: { ...r.build, context: evil },
      steps: r.steps.map(s => ({ ...s, name: `${s.name} ${evil}` }))
    }))
    const html = renderLabHtml(summarizeLab(rs))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain(`"'&`)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;')
  })

  it('marks the steps that re-ran after an edit, and only there', () => {
    const html = renderLabHtml(summarizeLab(isolated()))
    const section = (name: string) =>
      html.slice(html.indexOf(`<svg data-scenario="${name}"`)).split('</svg>')[0]
    expect(section('warm-source-edit')).toContain('class="bar rerun"')
    expect(section('cold')).not.toContain('class="bar rerun"')
    expect(section('warm')).toContain('class="bar cached"')
  })
})

describe('the comparison', () => {
  it('fails digest stability across the two recorded runs (npm ci is not reproducible)', () => {
    const c = compareRuns(records(), 2)
    expect(c.digest_stability).toBe('FAIL')
    const text = renderCompareText(c)
    expect(text.split('\n')[0]).toBe(`compare ${c.runIds.join(' → ')}`)
    expect(text).toMatch(
      /^cold +4\.9 s +6\.4 s +\+1\.6 s +\+32\.0% +0% → 0% +11ef48e4db39 → e856db7a8f4e +FAIL$/m
    )
    expect(text).toMatch(/^warm-source-edit +7\.3 s +- +- +- +0% → - +6805e544f12d → - +n\/a \(edited\)$/m)
    expect(text.trimEnd().split('\n').pop()).toMatch(
      /^digest_stability: FAIL: 6 builds of unchanged inputs \(cold, warm\) gave 3 different digests$/
    )
  })

  it('renders markdown and versioned JSON', () => {
    const c = compareRuns(records(), 2)
    expect(renderCompareMarkdown(c)).toContain(
      '| `cold` | 4.9 s | 6.4 s | +1.6 s | +32.0% | 0% → 0% | `11ef48e4db39 → e856db7a8f4e` | FAIL |'
    )
    const json = JSON.parse(renderCompareJson(c)) as Record<string, unknown>
    expect(json['schemaVersion']).toBe(LAB_REPORT_SCHEMA)
    expect(json['kind']).toBe('build-lab-compare')
  })
})
