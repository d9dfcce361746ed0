// The allow-list: glob parsing and matching, and the strict verdict over recorded diagnoses.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  allowedBy,
  allowedCount,
  applyAllowList,
  parseAllowGlob,
  parseAllowList
} from '../../src/core/allow-list.js'
import type { ImageDiff } from '../../src/core/diff/index.js'
import type { GateResult } from '../../src/core/gate.js'
import { gatePasses } from '../../src/core/gate.js'
import { renderGateText } from '../../src/core/report/gate-text.js'
import { renderGateMarkdown } from '../../src/core/report/gate-markdown.js'
import { renderGateHtml } from '../../src/core/report/gate-html.js'
import { validateGateReport } from '../../src/core/report/gate-report-schema.js'

const recorded = (name: string): GateResult =>
  JSON.parse(
    readFileSync(new URL(`fixtures/report/${name}.gate.json`, import.meta.url), 'utf8')
  ) as GateResult
const diffOf = (name: string): ImageDiff => {
  const diff = recorded(name).diff
  if (diff === null) throw new Error(`${name} has no diff`)
  return diff
}

describe('parseAllowGlob', () => {
  it.each<[string, string, string | null]>([
    ['var/log/**', 'var/log/**', null],
    ['/var/log/** # apt logs', 'var/log/**', 'apt logs'],
    ['  root/.npm/**   #  npm cache  ', 'root/.npm/**', 'npm cache'],
    ['etc/app/built-at#not-a-reason', 'etc/app/built-at#not-a-reason', null],
    ['./etc//app/*', 'etc/app/*', null]
  ])('%j is glob %j with reason %j', (text, glob, reason) => {
    expect(parseAllowGlob(text, '--ignore')).toEqual({ glob, reason })
  })

  it.each(['', '/', ' # only a reason', '../etc/**', 'var/../../x'])('refuses %j in one line', text => {
    expect(() => parseAllowGlob(text, '--ignore')).toThrow(/^--ignore ".*" is not a path glob: give a path/)
  })

  it('reads the input one glob a line, skipping blank and comment lines', () => {
    expect(parseAllowList('# logs\nvar/log/** # apt\n\r\n  etc/app/id\n', 'input ignore-paths:')).toEqual([
      { glob: 'var/log/**', reason: 'apt' },
      { glob: 'etc/app/id', reason: null }
    ])
  })
})

describe('allowedBy', () => {
  const globs = parseAllowList('var/log/**\netc/app/*.txt\nopt/?/id\nroot/**/debug-*.log', 'x')
  it.each<[string, string | null]>([
    ['var/log/build.log', 'var/log/**'],
    ['var/log/apt/term.log', 'var/log/**'],
    ['var/log', null],
    ['var/logs/x', null],
    ['etc/app/a.txt', 'etc/app/*.txt'],
    ['etc/app/sub/a.txt', null],
    ['opt/a/id', 'opt/?/id'],
    ['opt/ab/id', null],
    ['root/.npm/_logs/debug-0.log', 'root/**/debug-*.log'],
    ['root/debug-0.log', 'root/**/debug-*.log'],
    ['/var/log/x', 'var/log/**']
  ])('%j is allowed by %j', (path, glob) => {
    expect(allowedBy(globs, path)?.glob ?? null).toBe(glob)
  })
})

describe('applyAllowList', () => {
  it('passes when every differing file of a recorded diagnosis is allowed, and lists them per glob', () => {
    const result = applyAllowList(
      parseAllowList('etc/app/built-at # build stamp\netc/app/id # instance id\nunused/**', 'x'),
      diffOf('nondeterministic')
    )
    expect(result).toEqual({
      passed: true,
      reason: 'reproducible except 2 allowed paths (etc/app/built-at, etc/app/id)',
      allowed: [
        { glob: 'etc/app/built-at', reason: 'build stamp', files: ['etc/app/built-at'] },
        { glob: 'etc/app/id', reason: 'instance id', files: ['etc/app/id'] }
      ],
      outside: []
    })
    expect(allowedCount(result)).toBe(2)
  })

  it('fails when one differing file is outside the list, and names it', () => {
    const result = applyAllowList(parseAllowList('etc/app/built-at', 'x'), diffOf('nondeterministic'))
    expect(result.passed).toBe(false)
    expect(result.reason).toBe(
      'not reproducible: 1 differing file outside the list; 1 allowed path (etc/app/built-at)'
    )
    expect(result.outside).toEqual(['etc/app/id'])
  })

  it('groups many files under one glob (npm cache and logs)', () => {
    const result = applyAllowList(parseAllowList('root/.npm/** # npm state', 'x'), diffOf('node-naive'))
    expect(result.passed).toBe(true)
    expect(result.allowed).toHaveLength(1)
    expect(result.allowed[0]?.files).toHaveLength(5)
  })

  const all = parseAllowList('**', 'x')
  const base = diffOf('nondeterministic')
  it.each<[string, ImageDiff | null, string]>([
    ['no diagnosis', null, 'the allow-list cannot apply: there is no diagnosis of the difference'],
    [
      'files the diagnosis did not list',
      { ...base, truncated: 3 },
      'not reproducible: 3 differing files not listed by the diagnosis; 2 allowed paths (**)'
    ],
    [
      'a config field',
      {
        ...base,
        config: [{ field: 'created', a: '1', b: '2', cause: 'timestamps', hint: 'h' }]
      },
      'not reproducible: 1 config field (created); 2 allowed paths (**)'
    ],
    [
      'an index annotation',
      {
        ...base,
        index: [{ field: 'index.annotations.x', a: '1', b: '2', cause: 'unknown', hint: 'h' }]
      },
      'not reproducible: 1 index field (index.annotations.x); 2 allowed paths (**)'
    ],
    [
      'a layer that differs with no differing file (compression)',
      {
        ...base,
        layers: [...base.layers, { ...base.layers[0]!, index: 5, a: 'sha256:c', b: 'sha256:d', files: 0 }]
      },
      'not reproducible: 1 layer that differ with no differing file; 2 allowed paths (**)'
    ],
    [
      'the same content, only compression',
      { ...base, files: [], layers: [], sameContent: true },
      'not reproducible: no differing file to allow; 0 allowed paths (none)'
    ]
  ])('fails on %s, even with **', (_what, diff, reason) => {
    const result = applyAllowList(all, diff)
    expect(result.passed).toBe(false)
    expect(result.reason).toBe(reason)
  })
})

describe('gate result with an allow-list', () => {
  const base = recorded('nondeterministic')
  const allowList = applyAllowList(parseAllowList('etc/app/** # <b>stamp</b> | id', 'x'), base.diff)
  const passed: GateResult = { ...base, allowList }

  it('passes without claiming the digests equal', () => {
    expect(passed.reproducible).toBe(false)
    expect(gatePasses(passed)).toBe(true)
    expect(gatePasses(base)).toBe(false)
    expect(gatePasses({ ...base, allowList: { ...allowList, passed: false } })).toBe(false)
    expect(typeof validateGateReport(JSON.parse(JSON.stringify(passed)))).toBe('object')
  })

  it('lists the allowed files in the text, the markdown and the HTML, escaped', () => {
    const text = renderGateText(passed)
    expect(text.split('\n').slice(0, 2)).toEqual([
      'WARN  reproducible except 2 allowed paths (etc/app/**)',
      `  ${base.reason}`
    ])
    expect(text).toContain(
      '  allowed  etc/app/** (<b>stamp</b> | id): 2 files\n    etc/app/built-at\n    etc/app/id\n'
    )
    const md = renderGateMarkdown(passed)
    expect(md).toContain('## ⚠️ build-lab: reproducible except 2 allowed paths (etc/app/\\*\\*)')
    expect(md).toContain('### Allowed differences')
    expect(md).toContain('`etc/app/built-at`, `etc/app/id`')
    expect(md).not.toContain('<b>stamp')
    const html = renderGateHtml(passed)
    expect(html).toContain('<section id="allowed"><h2>Allowed differences</h2>')
    expect(html).toContain('<code>etc/app/id</code>')
    expect(html).toContain('&lt;b&gt;stamp&lt;/b&gt;')
    expect(html).toContain('PASS, ALLOWED')
  })
})
