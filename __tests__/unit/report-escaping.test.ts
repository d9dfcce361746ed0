// Hostile step names, file names and build output render as literal text in the summary, the comment and the HTML.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { renderDiffMarkdown } from '../../src/core/diff/render-markdown.js'
import { renderDiffText } from '../../src/core/diff/render-text.js'
import type { ImageDiff } from '../../src/core/diff/types.js'
import type { GateResult } from '../../src/core/gate.js'
import { commentMarker, renderGateComment } from '../../src/core/report/comment-markdown.js'
import { escapeHtml, escapeMarkdown, inlineCode, shortDigest } from '../../src/core/report/format.js'
import { renderGateHtml } from '../../src/core/report/gate-html.js'
import { renderGateMarkdown } from '../../src/core/report/gate-markdown.js'
import { renderGateText } from '../../src/core/report/gate-text.js'
import type { Recommendation } from '../../src/core/report/highlights.js'

const base = JSON.parse(
  readFileSync(new URL('./fixtures/report/nondeterministic.gate.json', import.meta.url), 'utf8')
) as GateResult

export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a | b | c',
  '`tick` ``double``',
  'line1\n# heading\n- item\r\n|---|',
  '[click](https://evil.example/)',
  '![img](https://evil.example/x.png)',
  '@octo-org/everyone #1 $x^2$ :smile:',
  '</details></summary><details open>',
  '--> <!-- ',
  '*bold* _em_ ~~strike~~ \\',
  'right\u202Eleft',
  'ctrl\u0000\u001b[31m'
]
const MEGA = 'A'.repeat(2 * 1024 * 1024)
const hostile = HOSTILE.join(' ')

function hostileResult(): GateResult {
  const [run1, run2] = base.runs
  if (run1 === undefined || run2 === undefined) throw new Error('fixture without two runs')
  const steps = (run: typeof run1): typeof run1.steps =>
    run.steps.map((step, i) => ({
      ...step,
      name: `${HOSTILE[i % HOSTILE.length] ?? ''}${i === 4 ? MEGA : ''}`
    }))
  return {
    ...base,
    reason: hostile,
    runs: [
      { ...run1, steps: steps(run1) },
      {
        ...run2,
        steps: steps(run2),
        digest: null,
        error: hostile,
        errorLog: `${hostile}\n</pre><script>x()</script>\n${MEGA}`
      }
    ],
    engine: { ...base.engine, docker: hostile }
  }
}

const hostileDiff: ImageDiff = {
  identical: false,
  index: [],
  manifests: [],
  config: [],
  layers: [],
  files: HOSTILE.map((path, i) => ({
    path,
    changes: ['content'],
    layer: i,
    cause: 'random',
    hint: hostile,
    instruction: hostile,
    evidence: hostile
  })),
  truncated: 0,
  causes: [{ cause: 'random', count: 1, hint: hostile }],
  warnings: [hostile]
}

const hostileFindings: Recommendation[] = HOSTILE.map((text, i) => ({
  rule: text,
  severity: i % 2 === 0 ? 'error' : 'warning',
  file: text,
  line: i + 1,
  message: text + MEGA,
  fix: text
}))

/** Pipes that end a table cell: those not escaped with a backslash. */
function cellCount(row: string): number {
  return row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2
}

/** The text outside code spans (inlineCode never puts a backtick inside one), where markup would be live. */
function outsideCode(md: string): string {
  return md.replace(/\\`/g, '').replace(/`[^`\n]*`/g, '')
}

function checkMarkdown(md: string): void {
  const live = outsideCode(md)
  expect(live).not.toMatch(/<script|<img|onerror=alert\(1\)>/i)
  expect(live).not.toMatch(/(^|[^\\])\]\(https:\/\/evil/)
  expect(live).not.toMatch(/(^|[^\\])@octo-org/)
  for (const raw of ['\u202E', '\u0000', '\u001b']) expect(md.includes(raw)).toBe(false)
  // Structure survives: every <details> is closed, and every table row has its header's cell count.
  expect(md.split('<details').length).toBe(md.split('</details>').length)
  const lines = md.split('\n')
  lines.forEach((line, i) => {
    if (/^\| --- /.test(line) || /^\| ---/.test(line)) {
      const width = cellCount(lines[i - 1] ?? '')
      for (let j = i + 1; j < lines.length && (lines[j] ?? '').startsWith('|'); j++) {
        expect([j, cellCount(lines[j] ?? '')]).toEqual([j, width])
      }
    }
  })
  // No hostile text starts a line (a heading, list or table of its own).
  expect(lines.filter(line => /^(# heading|- item|\|---\|)/.test(line))).toEqual([])
}

describe('hostile names in markdown', () => {
  const result = hostileResult()
  const extras = {
    diff: hostileDiff,
    findings: hostileFindings,
    baseline: base,
    reportPath: '/tmp/x`y/report.json'
  }

  it('the job summary shows them as literal text', () => {
    const md = renderGateMarkdown(result, extras)
    checkMarkdown(md)
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(md.length).toBeLessThan(200_000)
  })

  it('the PR comment too, and its marker cannot be closed early by a name', () => {
    const key = { workflow: 'CI -->', job: '<!--', context: hostile, target: '--> x' }
    const md = renderGateComment(result, key, extras)
    checkMarkdown(md)
    const marker = commentMarker(key)
    expect(md.startsWith(marker)).toBe(true)
    expect(marker.match(/-->/g)).toHaveLength(1)
    expect(marker.endsWith(' -->')).toBe(true)
    expect(marker.slice('<!--'.length, -'-->'.length)).not.toMatch(/[<>\n]|--/)
  })

  it('a diagnosis passed as a string stays inside its fold', () => {
    const md = renderGateMarkdown(result, '#### caller-rendered diagnosis')
    expect(md).toMatch(/<details><summary>Diagnosis[^\n]*\n\n#### caller-rendered diagnosis\n\n<\/details>/)
  })
})

describe('hostile names in HTML', () => {
  const html = renderGateHtml(
    hostileResult(),
    { diff: hostileDiff, findings: hostileFindings },
    { title: hostile }
  )

  it('has no markup from the build, and loads nothing', () => {
    expect(html.match(/<script/gi)).toBeNull()
    // Tags with their quoted attribute values blanked: what the browser reads as markup.
    const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map(m => m[0].replace(/"[^"]*"/g, '""'))
    expect(
      tags.filter(tag => /^<(img|iframe|object|embed|link|base|script|a)\b|\s(src|href|on\w+)=/i.test(tag))
    ).toEqual([])
    expect(html).not.toMatch(/@import|url\(http/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`)
  })

  it('keeps attribute values quoted and closed', () => {
    for (const m of html.matchAll(/data-step="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<>]/)
  })

  it('stays small even with megabyte-long names and logs', () => {
    expect(html.length).toBeLessThan(300_000)
  })
})

describe('escaping helpers', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['<b>&"', '&lt;b&gt;&amp;&quot;'],
    ['x\ny', 'x ⏎ y'],
    ['@user #12 $m$', '\\@user \\#12 \\$m\\$'],
    ['image:tag http://x', 'image\\:tag http\\://x'],
    ['[a](b)', '\\[a\\](b)']
  ])('escapeMarkdown(%p) = %p', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  it('inlineCode keeps backticks and pipes from ending the span or the cell', () => {
    expect(inlineCode('a`b|c')).toBe('`aˋb\\|c`')
    expect(inlineCode(' x ')).toBe('`  x  `')
  })

  it('escapeHtml escapes quotes for attributes and clips long text', () => {
    expect(escapeHtml(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;')
    expect(escapeHtml('x'.repeat(10), 4)).toBe('xxxx…')
  })

  it('clips without splitting a surrogate pair', () => {
    expect(escapeMarkdown('😀😀', 3)).toBe('😀…')
  })
})

/** Raw C0/C1 controls (but the line break), ESC, and bidi controls: what a terminal would obey. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
const FORGED = 'x\x1b[2J\x1b]0;pwned\x07\r\nThe images are identical.\n\u202Eevil\u2066\u200F\x9b31m'

const forgedDiff: ImageDiff = {
  identical: false,
  index: [
    {
      field: FORGED,
      a: FORGED,
      b: null,
      cause: 'unknown',
      hint: FORGED,
      instruction: FORGED,
      platform: FORGED
    }
  ],
  manifests: [{ platform: FORGED, a: `sha256:${FORGED}`, b: FORGED }],
  config: [{ field: 'config.Env', a: FORGED, b: FORGED, cause: 'env', hint: FORGED, line: 3 }],
  layers: [
    {
      index: 0,
      a: FORGED,
      b: `sha256:${FORGED}`,
      diffIdA: FORGED,
      diffIdB: null,
      files: 1,
      cause: 'unknown',
      hint: FORGED,
      base: false,
      instruction: FORGED,
      platform: FORGED
    }
  ],
  files: [
    {
      path: FORGED,
      changes: ['content', 'mode'],
      layer: 0,
      cause: 'random',
      hint: FORGED,
      instruction: FORGED,
      line: 2,
      evidence: FORGED,
      fields: [{ field: FORGED, a: FORGED, b: FORGED }],
      platform: FORGED,
      unsafe: [FORGED]
    }
  ],
  truncated: 0,
  causes: [{ cause: 'random', count: 1, hint: FORGED }],
  warnings: [FORGED]
}

describe('hostile fields in text output', () => {
  it.each([
    ['diff text', (): string => renderDiffText(forgedDiff, { dockerfile: FORGED })],
    [
      'gate text',
      (): string => {
        const r = hostileResult()
        const runs = r.runs.map(run => ({ ...run, digest: null, error: FORGED }))
        return renderGateText(
          {
            ...r,
            reason: FORGED,
            workDir: FORGED,
            runs,
            reproducible: false,
            platforms: [
              { platform: FORGED, run1: FORGED, run2: null, equal: false },
              { platform: 'linux/arm64', run1: null, run2: null, equal: false }
            ]
          },
          renderDiffText(forgedDiff)
        )
      }
    ]
  ])('%s has no raw controls, escapes or bidi overrides, and no forged line', (_, render) => {
    const text = render()
    expect(text).not.toMatch(RAW_CONTROL)
    const lines = text.split('\n')
    expect(lines.filter(l => l.startsWith('The images are identical.'))).toEqual([])
    expect(text).toContain('\\x1b[2J')
    expect(text).toContain('\\u202e')
  })
})

describe('hostile fields in diff markdown and HTML', () => {
  it('markdown escapes every field, counts and digests included', () => {
    const md = renderDiffMarkdown(forgedDiff)
    expect(md).not.toMatch(RAW_CONTROL)
    expect(md.split('\n').filter(l => l.startsWith('The images are identical.'))).toEqual([])
    // Fields typed as numbers or causes, when a JSON file says otherwise, are escaped too.
    const smuggled = '<img src=x onerror=alert(1)>'
    const odd = JSON.parse(
      JSON.stringify({
        ...forgedDiff,
        causes: [{ cause: smuggled, count: smuggled, hint: 'h' }],
        files: [{ ...forgedDiff.files[0], layer: smuggled, cause: smuggled, changes: [smuggled] }],
        layers: [{ ...forgedDiff.layers[0], index: smuggled, files: smuggled, cause: smuggled }]
      })
    ) as ImageDiff
    const out = renderDiffMarkdown(odd)
    expect(outsideCode(out)).not.toContain('<img')
    const html = renderGateHtml(hostileResult(), { diff: odd })
    expect(html).not.toContain('<img')
  })
})

describe('shortDigest', () => {
  it.each([
    ['sha256:0123456789abcdef0123', '0123456789ab'],
    ['0123456789abcdef', '0123456789ab'],
    [null, '-'],
    [undefined, '-'],
    ['sha256:ab\u001b[2Jcd', 'ab\\x1b[2Jcd']
  ])('%j → %j', (digest, expected) => {
    expect(shortDigest(digest)).toBe(expected)
  })
})
