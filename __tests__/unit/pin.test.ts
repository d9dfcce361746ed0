// `build-lab pin`, pure: which images a Dockerfile names, the edit that pins each, and the PR body of a bump.
import { describe, expect, it } from '@jest/globals'
import {
  applyPins,
  decide,
  pinBranch,
  type PinResult,
  renderPinLine,
  type Resolution,
  resolutionKey,
  scanDockerfile
} from '../../src/core/pin/plan.js'
import { parsePinReport, type PinReport, reportImage, renderPrBody } from '../../src/core/pin/report.js'
import { readFileSync } from 'node:fs'
import { validateGateReport } from '../../src/core/report/gate-report-schema.js'

// Digests recorded from docker-registry 2.8 (fixtures/registry): the busybox manifest and the two-platform index.
const OLD = 'sha256:fb32cc07ec7bb092fb0b9fcb5afcd069dec31ceb10f38aa4074f0282b6f3ba83'
const NEW = 'sha256:509809e3f69f3d3305a198b732e96f4e375be94a5bc2be3bef3c807aeb44c8b7'

function pin(
  text: string,
  digests: Record<string, string>
): { text: string; results: PinResult[]; notes: string[] } {
  const scan = scanDockerfile(text)
  const results = scan.sites.map(site => {
    const digest = digests[resolutionKey(site.ref)]
    const resolution: Resolution | null = digest === undefined ? null : { digest }
    return decide(site, resolution)
  })
  return { text: applyPins(text, scan.sites, results), results, notes: scan.notes }
}

describe('scanDockerfile + applyPins', () => {
  it('pins FROM, COPY --from and RUN --mount=from; keeps comments, flags, stage names, scratch and CRLF', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      '# the build stage',
      'FROM --platform=$BUILDPLATFORM node:22 AS build',
      'COPY --from=busybox:1.36 /bin/busybox /bin/busybox',
      'RUN --mount=type=bind,from=ghcr.io/o/tools:v2,target=/t  /t/run   # trailing',
      '',
      'FROM scratch AS out',
      'COPY --from=build /app /app',
      'COPY --from=0 /x /x',
      'FROM build',
      ''
    ].join('\r\n')
    const digests = {
      'docker.io/library/node:22': NEW,
      'docker.io/library/busybox:1.36': OLD,
      'ghcr.io/o/tools:v2': NEW
    }
    const r = pin(text, digests)
    expect(r.text).toBe(
      [
        '# syntax=docker/dockerfile:1',
        '# the build stage',
        `FROM --platform=$BUILDPLATFORM node:22@${NEW} AS build`,
        `COPY --from=busybox:1.36@${OLD} /bin/busybox /bin/busybox`,
        `RUN --mount=type=bind,from=ghcr.io/o/tools:v2@${NEW},target=/t  /t/run   # trailing`,
        '',
        'FROM scratch AS out',
        'COPY --from=build /app /app',
        'COPY --from=0 /x /x',
        'FROM build',
        ''
      ].join('\r\n')
    )
    expect(r.results.map(x => [x.where, x.line, x.status])).toEqual([
      ['FROM', 3, 'unpinned'],
      ['COPY --from', 4, 'unpinned'],
      ['RUN --mount=from', 5, 'unpinned']
    ])
    // Pinning twice changes nothing more: every pin is fresh.
    const again = pin(r.text, digests)
    expect(again.text).toBe(r.text)
    expect(again.results.map(x => x.status)).toEqual(['fresh', 'fresh', 'fresh'])
  })

  it('an ARG-based FROM pins the ARG default (quoted too), once for two stages, and says so', () => {
    const text = 'ARG BASE="node:22"\nARG TOOL=busybox\nFROM ${BASE} AS a\nFROM $BASE\nFROM ${TOOL}\n'
    const r = pin(text, { 'docker.io/library/node:22': NEW, 'docker.io/library/busybox:latest': OLD })
    expect(r.text).toBe(
      `ARG BASE="node:22@${NEW}"\nARG TOOL=busybox:latest@${OLD}\nFROM \${BASE} AS a\nFROM $BASE\nFROM \${TOOL}\n`
    )
    expect(r.results.map(x => renderPinLine(x, false))).toEqual([
      `FROM \${BASE} on line 3 (from \`ARG BASE\` on line 1): node:22 → node:22@${NEW} (in the default of ARG BASE)`,
      `FROM $BASE on line 4 (from \`ARG BASE\` on line 1): node:22 → node:22@${NEW} (in the default of ARG BASE)`,
      `FROM \${TOOL} on line 5 (from \`ARG TOOL\` on line 2): busybox → busybox:latest@${OLD} (in the default of ARG TOOL)`
    ])
  })

  it('a reference built from ARGs is reported, not edited; an ARG with no default is a note', () => {
    const text = 'ARG V=22\nARG NONE\nFROM node:${V}\nFROM ${NONE}\n'
    const r = pin(text, { 'docker.io/library/node:22': NEW })
    expect(r.text).toBe(text)
    expect(r.results.map(x => renderPinLine(x, true))).toEqual([
      'FROM node:${V} on line 3 (from `ARG V` on line 1): unpinned; not edited: the reference is built from ARGs (node:${V}): move the whole reference into one ARG default, e.g. `ARG BASE=node:22` and `FROM ${BASE}`, to pin it'
    ])
    expect(r.notes).toEqual([
      'FROM ${NONE} on line 4: skipped, its ARG has no default value to resolve (give the ARG a default, e.g. `ARG BASE=node:22`)'
    ])
  })

  it('a stale pin is replaced; a digest-only pin is left alone', () => {
    const text = `FROM node:22@${OLD}\nFROM alpine@${OLD}\n`
    const r = pin(text, { 'docker.io/library/node:22': NEW })
    expect(r.text).toBe(`FROM node:22@${NEW}\nFROM alpine@${OLD}\n`)
    expect(r.results.map(x => renderPinLine(x, true))).toEqual([
      `FROM node:22@${OLD} on line 1: stale: pinned ${OLD}, the tag now points at ${NEW}`,
      `FROM alpine@${OLD} on line 2: pinned by digest alone, no tag to compare with (write name:tag@digest so it can be refreshed)`
    ])
    expect(r.results.map(x => renderPinLine(x, false))[0]).toBe(
      `FROM node:22@${OLD} on line 1: ${OLD} → ${NEW}`
    )
  })

  it('an invalid reference is a note, not a crash', () => {
    const r = pin('FROM Node:22\n', {})
    expect(r.results).toEqual([])
    expect(r.notes).toEqual([
      'FROM on line 1: skipped "Node:22": the repository "Node" must be lower-case letters, digits and separators (. _ __ -) between \'/\''
    ])
  })

  it("keeps a FROM's literal --platform to check against the tag, not $BUILDPLATFORM", () => {
    const sites = scanDockerfile(
      'FROM --platform=linux/arm64 node:22\nFROM --platform=$BUILDPLATFORM node:22\n'
    ).sites
    expect(sites.map(s => s.platform)).toEqual(['linux/arm64', null])
  })

  it('names one branch per image', () => {
    expect(pinBranch('docker.io/library/node:22-bookworm')).toBe(
      'build-lab/pin/docker.io-library-node-22-bookworm'
    )
    expect(pinBranch('127.0.0.1:5000/a/b:1.2')).toBe('build-lab/pin/127.0.0.1-5000-a-b-1.2')
  })
})

const hostile = '`x` <img src=x onerror=alert(1)> @team #1 [link](http://evil) | $x$ :+1: \u001b[31m\u202e'

function report(overrides: Partial<PinReport['images'][number]> = {}): PinReport {
  const result = pin('FROM node:22\n', { 'docker.io/library/node:22': NEW }).results[0]!
  return {
    file: 'Dockerfile',
    check: false,
    changed: true,
    platform: null,
    images: [{ ...reportImage(result, { old: null, current: '2026-12-02T00:40:33Z' }), ...overrides }],
    notes: []
  }
}

describe('renderPrBody', () => {
  it('old → new digest, the created dates, the gate verdict and the review list', () => {
    const body = renderPrBody(
      report({
        status: 'stale',
        old: OLD,
        created: { old: '2026-11-01T00:00:00Z', current: '2026-12-02T00:40:33Z' }
      }),
      null
    )
    expect(body).toContain('## Bump `node:22` to the digest its tag points at now')
    expect(body).toContain(`| old | \`${OLD}\` | 2026-11-01T00\\:00\\:00Z |`)
    expect(body).toContain(`| new | \`${NEW}\` | 2026-12-02T00\\:40\\:33Z |`)
    expect(body).toContain('The gate did not run on the bumped Dockerfile.')
    expect(body).toContain('- [ ] Read the security advisories')
  })

  it('escapes every hostile field: file, image, created date, gate reason and paths', () => {
    // A recorded gate result (fixtures/report), its reason and first differing path made hostile.
    const recorded = JSON.parse(
      readFileSync(new URL('fixtures/report/nondeterministic.gate.json', import.meta.url), 'utf8')
    ) as Record<string, unknown>
    const gate = validateGateReport({ ...recorded, reason: hostile })
    if (typeof gate === 'string') throw new Error(gate)
    const files = gate.result.diff?.files ?? []
    expect(files.length).toBeGreaterThan(0)
    files[0]!.path = hostile
    const r = report({ image: `node:22${hostile}`, created: { old: null, current: hostile } })
    const body = renderPrBody({ ...r, file: hostile }, gate)
    // Outside code spans (where GitHub shows text as is) nothing hostile is left; inside them no backtick breaks out.
    const prose = body.replace(/(?<!\\)`[^`\n]*`/g, '')
    for (const raw of [/<img/, /(?<!\\)@team/, /(?<!\\)#1/, /(?<!\\)\[link/, /(?<!\\)\$x/, /(?<!\\):\+1/]) {
      expect(prose).not.toMatch(raw)
    }
    const raw = [...body].filter(c => (c < ' ' && c !== '\n') || /[\u202a-\u202e]/.test(c))
    expect(raw).toEqual([])
    expect(body).toContain('❌ **not reproducible**: \\`x\\` &lt;img')
    expect(body).toContain('- files that differ: ')
  })

  it('reads back a report pin --json wrote, and refuses a tampered one with one line', () => {
    const r = report()
    expect(parsePinReport(JSON.parse(JSON.stringify(r)))).toEqual(r)
    expect(parsePinReport({ ...r, images: [{ ...r.images[0], current: 'sha256:evil' }] })).toBe(
      '.images[0].current must be a sha256 digest or null'
    )
    expect(parsePinReport({ ...r, images: [{ ...r.images[0], status: 'pwned' }] })).toBe(
      '.images[0].status must be one of unpinned, stale, fresh, digest-only'
    )
    expect(parsePinReport([])).toBe('is not a JSON object')
  })
})

describe('the example Dockerfiles and the refresh workflow', () => {
  const root = new URL('../../', import.meta.url)

  it('pin finds each example base in its ARG default, ready to refresh', () => {
    const sites = ['reproducible', 'node-optimized', 'nondeterministic'].map(name => {
      const text = readFileSync(new URL(`example-dockerfiles/${name}/Dockerfile`, root), 'utf8')
      return scanDockerfile(text).sites.map(s => [
        name,
        s.where,
        s.edit?.argName,
        s.ref.tag,
        s.ref.digest !== null
      ])
    })
    expect(sites).toEqual([
      [['reproducible', 'FROM', 'BASE', '1.37.0', true]],
      [['node-optimized', 'FROM', 'BASE', '22-bookworm-slim', true]],
      [['nondeterministic', 'FROM', 'BASE', '1.36', false]]
    ])
  })

  it('pin-refresh.yml uses the flags pin has: --check --json, --only, --pr-body with --gate-result', () => {
    const workflow = readFileSync(new URL('.github/workflows/pin-refresh.yml', root), 'utf8')
    expect(workflow).toMatch(/schedule:\n\s+- cron: '[^']+'/)
    expect(workflow).toContain('workflow_dispatch:')
    for (const flags of [
      'pin "$CONTEXT" --check --json',
      'pin "$CONTEXT" --only "$key" --json',
      'pin --pr-body',
      '--gate-result'
    ]) {
      expect(workflow).toContain(flags)
    }
  })
})
