// Equality: what counts as the same image, from recorded cross-engine layouts and table tests of the pure comparison.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  RECORD_SCHEMA,
  compareRecords,
  type CrossRunnerRecord,
  diffImageMetadata
} from '../../src/core/crossrunner/record.js'
import { compressionHint } from '../../src/core/diff/cause.js'
import { diffImages, renderDiffMarkdown, renderDiffText } from '../../src/core/diff/index.js'
import { imageContent, parseEquality, type PlatformContent, sameContent } from '../../src/core/equality.js'
import { openImage } from '../../src/oci/open-image.js'

// The same Dockerfile, base image and epoch built with type=oci on dockerd 28.5.2 and on dockerd 26.1.5
// (BuildKit 0.13); only the index, manifests and configs were kept. The gzip bytes of the two new layers
// differ, so the manifests do; the configs (and with them the diff_ids) are byte for byte the same.
const FIXTURES = new URL('fixtures/cross-engine/', import.meta.url).pathname
const CURRENT = `${FIXTURES}dockerd-28.5`
const OLDEST = `${FIXTURES}dockerd-26.1`
const DOCKERFILE = { path: 'Dockerfile', text: readFileSync(`${FIXTURES}Dockerfile`, 'utf8') }

const D = (c: string) => `sha256:${c.repeat(64).slice(0, 64)}`
const content = (platform: string, config: string | null, diffIds: string[] | null): PlatformContent => ({
  platform,
  config,
  diffIds
})

describe('parseEquality', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'digest'],
    ['', 'digest'],
    [' content ', 'content'],
    ['digest', 'digest']
  ])('%p → %p', (raw, mode) => {
    expect(parseEquality(raw, '--equality')).toBe(mode)
  })

  it('rejects anything else in one line', () => {
    expect(() => parseEquality('layers', 'input equality')).toThrow(
      /^input equality must be digest or content \(got "layers"\): content compares/
    )
  })
})

describe('sameContent', () => {
  const a = [content('linux/amd64', D('c'), [D('1'), D('2')])]
  it.each<[string, PlatformContent[], PlatformContent[], boolean]>([
    ['equal config and diff_ids', a, [content('linux/amd64', D('c'), [D('1'), D('2')])], true],
    ['another config', a, [content('linux/amd64', D('d'), [D('1'), D('2')])], false],
    ['another layer', a, [content('linux/amd64', D('c'), [D('1'), D('3')])], false],
    ['an unknown config proves nothing', a, [content('linux/amd64', null, [D('1'), D('2')])], false],
    ['unknown diff_ids prove nothing', a, [content('linux/amd64', D('c'), null)], false],
    ['another platform', a, [content('linux/arm64', D('c'), [D('1'), D('2')])], false],
    ['a platform more', a, [...a, content('linux/arm64', D('e'), [])], false],
    ['no platforms', [], [], false]
  ])('%s: %p', (_name, x, y, expected) => {
    expect(sameContent(x, y)).toBe(expected)
  })
})

describe('the recorded cross-engine layouts', () => {
  it('hold the same content under different manifest digests', async () => {
    const [a, b] = await Promise.all([
      imageContent(await openImage(CURRENT)),
      imageContent(await openImage(OLDEST))
    ])
    expect(a).toHaveLength(1)
    expect(a[0]!.platform).toBe('linux/amd64')
    expect(a[0]!.diffIds).toHaveLength(3)
    expect(sameContent(a, b)).toBe(true)
  })

  it('the diff names it, with both BuildKit versions and the fixes that work', async () => {
    const [a, b] = await Promise.all([openImage(CURRENT), openImage(OLDEST)])
    const diff = await diffImages(a, b, { dockerfile: DOCKERFILE, buildkit: { a: '0.25.1', b: '0.13.2' } })
    expect(diff.identical).toBe(false)
    expect(diff.sameContent).toBe(true)
    expect(diff.config).toEqual([])
    expect(diff.layers.map(l => [l.index, l.cause])).toEqual([
      [1, 'compression'],
      [2, 'compression']
    ])
    expect(diff.causes.map(c => c.cause)).toEqual(['compression'])
    const hint = diff.causes[0]!.hint
    expect(hint).toBe(compressionHint({ a: '0.25.1', b: '0.13.2' }))
    expect(hint).toMatch(
      /^The uncompressed layers are equal \(same diff_ids\), only their compressed bytes differ: BuildKit 0.25.1 \(image a\) and 0.13.2 \(image b\) compress differently\./
    )
    expect(hint).toContain('driver-opts: image=moby/buildkit:vX.Y.Z')
    expect(hint).toContain('equality: content')
    // The old advice, pinning the gzip level, does not help (measured at levels 6 and 9).
    expect(hint).not.toMatch(/compression-level/)
    expect(renderDiffText(diff)).toMatch(
      /^The images differ: 1 manifest, 2 layers\. Same content \(equal diff_ids and config\), compressed bytes differ\.\n/
    )
    expect(renderDiffMarkdown(diff)).toContain(
      'Same content (equal diff\\_ids and config), compressed bytes differ.'
    )
  })

  it('the metadata-only diff of compare mode says the same', async () => {
    const [a, b] = await Promise.all([openImage(CURRENT), openImage(OLDEST)])
    const diff = await diffImageMetadata(a, b, { buildkit: { a: '0.25.1', b: null } })
    expect(diff.sameContent).toBe(true)
    expect(diff.layers.every(l => l.cause === 'compression')).toBe(true)
    expect(diff.causes.find(c => c.cause === 'compression')?.hint).toMatch(
      /different BuildKit versions compress differently/
    )
  })
})

function record(
  label: string,
  buildkit: string,
  manifest: string,
  config: string,
  diffIds: string[]
): CrossRunnerRecord {
  return {
    schema: RECORD_SCHEMA,
    runner: { label, os: 'Linux', arch: 'X64', name: label, image: '' },
    workflow: { runId: '7', runAttempt: '1', repository: 'o/r', workflow: 'w', job: 'record', sha: 'abc' },
    build: {
      context: '.',
      dockerfile: 'Dockerfile',
      target: null,
      platforms: [],
      buildArgs: [],
      epoch: 0,
      network: 'none',
      provenance: false
    },
    digest: manifest,
    platforms: [{ platform: 'linux/amd64', manifest, config, diffIds }],
    error: null,
    durationMs: 1000,
    startedAt: '2025-01-01T00:00:00.000Z',
    engine: { docker: null, buildx: null, buildkit, driver: 'docker' },
    image: { uploaded: false, bytes: 1, note: null }
  }
}

describe('cross-runner compare under each equality', () => {
  const ids = [D('1'), D('2')]
  const records = [record('new', '0.25.1', D('a'), D('c'), ids), record('old', '0.13.2', D('b'), D('c'), ids)]
  const expect7 = { runId: '7', runners: [] }

  it('digest: fails, and names the cause and both BuildKit versions', () => {
    const r = compareRecords(records, expect7)
    expect(r.reproducible).toBe(false)
    expect(r.equality).toBe('digest')
    expect(r.sameContent).toBe(true)
    expect(r.reason).toBe(
      'per-platform digests differ across runners on linux/amd64 (old vs new): same content (equal diff_ids and config), compressed bytes differ (BuildKit: new 0.25.1, old 0.13.2)'
    )
  })

  it('content: passes, and says it did by content', () => {
    const r = compareRecords(records, { ...expect7, equality: 'content' })
    expect(r.reproducible).toBe(true)
    expect(r.mismatches).toEqual([])
    expect(r.rows.map(x => x.status)).toEqual(['match', 'match'])
    expect(r.reason).toMatch(
      /^2 runners agree on linux\/amd64 by content \(equality: content\); same content/
    )
  })

  it('content: still fails other diff_ids', () => {
    const changed = [records[0]!, record('old', '0.13.2', D('b'), D('d'), [D('1'), D('3')])]
    const r = compareRecords(changed, { ...expect7, equality: 'content' })
    expect(r.reproducible).toBe(false)
    expect(r.sameContent).toBe(false)
    expect(r.mismatches).toEqual([{ reference: 'new', other: 'old', platforms: ['linux/amd64'] }])
    expect(r.reason).toMatch(/^per-platform content \(config and diff_ids\) differ across runners/)
  })

  it('the summary states the equality and the fix', async () => {
    const { renderCrossRunnerMarkdown } = await import('../../src/core/crossrunner/record.js')
    const digest = renderCrossRunnerMarkdown(compareRecords(records, expect7))
    expect(digest).toContain(`Equality: digest (the image and per-platform manifest digests are compared)`)
    expect(digest).toContain('BuildKit 0.25.1 (image a) and 0.13.2 (image b) compress differently')
    const byContent = renderCrossRunnerMarkdown(compareRecords(records, { ...expect7, equality: 'content' }))
    expect(byContent).toContain('Equality: content (per platform')
  })
})
