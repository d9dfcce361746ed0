// The cross-runner core: record validation, artifact names, the verdict over N runners, the summary, metadata diffs.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  type CrossRunnerRecord,
  RECORD_SCHEMA,
  compareRecords,
  defaultRunnerLabel,
  diffImageMetadata,
  isRecordArtifact,
  parseRecord,
  recordArtifactName,
  renderCrossRunnerMarkdown
} from '../../src/core/crossrunner/record.js'
import type { BlobSource } from '../../src/core/diff/index.js'
import { BuildLabError } from '../../src/core/errors.js'

const D = (c: string) => `sha256:${c.repeat(64).slice(0, 64)}`

function record(
  label: string,
  platforms: Record<string, string>,
  over: Partial<CrossRunnerRecord> = {}
): CrossRunnerRecord {
  return {
    schema: RECORD_SCHEMA,
    runner: {
      label,
      os: 'Linux',
      arch: label.endsWith('arm') ? 'ARM64' : 'X64',
      name: `r-${label}`,
      image: ''
    },
    workflow: { runId: '7', runAttempt: '1', repository: 'o/r', workflow: 'w', job: 'record', sha: 'abc' },
    build: {
      context: 'app',
      dockerfile: 'app/Dockerfile',
      target: null,
      platforms: [],
      buildArgs: [],
      epoch: 1700000000,
      network: 'default',
      provenance: false
    },
    digest: Object.values(platforms)[0] ?? null,
    platforms: Object.entries(platforms).map(([platform, manifest]) => ({
      platform,
      manifest,
      config: null
    })),
    error: null,
    durationMs: 1000,
    startedAt: '2025-01-01T00:00:00.000Z',
    engine: { docker: '28.0', buildx: '0.20', buildkit: '0.20.0', driver: 'docker-container' },
    image: { uploaded: true, bytes: 100, note: null },
    ...over
  }
}

function thrown(fn: () => unknown): BuildLabError {
  try {
    fn()
  } catch (e) {
    if (e instanceof BuildLabError) return e
    throw e
  }
  throw new Error('expected a BuildLabError')
}

describe('artifact names', () => {
  it.each([
    ['build-lab-record', 'ubuntu-24.04', 'build-lab-record-ubuntu-24.04'],
    ['build-lab-record', 'Ubuntu 24.04 / ARM', 'build-lab-record-ubuntu-24.04-arm'],
    ['app:web', 'a"b|c', 'app-web-a-b-c']
  ])('%s + %s → %s', (prefix, label, name) => {
    expect(recordArtifactName(prefix, label)).toBe(name)
    expect(isRecordArtifact(prefix, name)).toBe(true)
  })

  it('rejects a label with nothing left after cleaning', () => {
    expect(thrown(() => recordArtifactName('p', '///')).message).toMatch(
      /runner-label "\/\/\/" has no letters/
    )
  })

  it('keeps other prefixes apart', () => {
    expect(isRecordArtifact('build-lab-record', 'other-ubuntu')).toBe(false)
  })

  it('labels a hosted runner by image and arch, others by os and arch', () => {
    expect(defaultRunnerLabel({ os: 'Linux', arch: 'ARM64' }, 'ubuntu24')).toBe('ubuntu24-arm64')
    expect(defaultRunnerLabel({ os: 'Linux', arch: 'X64' }, '')).toBe('linux-x64')
  })
})

describe('parseRecord', () => {
  it('accepts what the record mode writes', () => {
    const r = record('a', { 'linux/amd64': D('1') })
    expect(parseRecord(JSON.parse(JSON.stringify(r)), 'record a')).toEqual(r)
  })

  it.each([
    [{ schema: 'other' }, /not a build-lab\/cross-runner-record@2 record/],
    [{ build: { ...record('a', {}).build, epoch: '1' } }, /record x build: epoch must be a number/],
    [
      { platforms: [{ platform: 'linux/amd64', manifest: 'sha256:nope', config: null }] },
      /platforms\[0\]: manifest must be a sha256 digest/
    ],
    [{ digest: null, platforms: [] }, /neither an image digest/]
  ])('rejects %j', (patch, message) => {
    const data = { ...record('a', { 'linux/amd64': D('1') }), ...patch }
    const e = thrown(() => parseRecord(data, 'record x'))
    expect(e.message).toMatch(message)
    expect(e.exitCode).toBe(2)
  })
})

describe('compareRecords', () => {
  const expect7 = { runId: '7', runners: [] }

  it('passes when every platform digest agrees', () => {
    const r = compareRecords(
      [record('b', { 'linux/amd64': D('1') }), record('a', { 'linux/amd64': D('1') })],
      expect7
    )
    expect(r.reproducible).toBe(true)
    expect(r.digest).toBe(D('1'))
    expect(r.rows.map(x => [x.label, x.status])).toEqual([
      ['a', 'match'],
      ['b', 'match']
    ])
    expect(r.reason).toBe('2 runners agree on linux/amd64')
  })

  it('finds the odd one out against the majority and pairs it for diagnosis', () => {
    const r = compareRecords(
      [
        record('x', { 'linux/amd64': D('1'), 'linux/arm64': D('a') }),
        record('y', { 'linux/amd64': D('1'), 'linux/arm64': D('b') }),
        record('z', { 'linux/amd64': D('2'), 'linux/arm64': D('a') })
      ],
      expect7
    )
    expect(r.reproducible).toBe(false)
    expect(r.digest).toBeNull()
    expect(r.rows.map(x => [x.label, x.status, x.note])).toEqual([
      ['x', 'match', null],
      ['y', 'differs', 'differs on linux/arm64'],
      ['z', 'differs', 'differs on linux/amd64']
    ])
    expect(r.mismatches).toEqual([
      { reference: 'x', other: 'z', platforms: ['linux/amd64'] },
      { reference: 'x', other: 'y', platforms: ['linux/arm64'] }
    ])
  })

  it('compares native builds per platform and notes a platform only one runner built', () => {
    const r = compareRecords(
      [
        record('ubuntu-24.04', { 'linux/amd64': D('1') }),
        record('ubuntu-22.04', { 'linux/amd64': D('1') }),
        record('ubuntu-24.04-arm', { 'linux/arm64': D('9') })
      ],
      expect7
    )
    expect(r.reproducible).toBe(true)
    expect(r.digest).toBeNull()
    expect(r.rows.find(x => x.label === 'ubuntu-24.04-arm')?.status).toBe('alone')
    expect(r.notes).toEqual(['linux/arm64 was built by ubuntu-24.04-arm only, so it was not compared'])
  })

  it('fails the verdict when a runner could not build', () => {
    const r = compareRecords(
      [
        record('a', { 'linux/amd64': D('1') }),
        record(
          'b',
          {},
          { digest: null, error: 'RUN make: exit code 2', image: { uploaded: false, bytes: null, note: 'x' } }
        )
      ],
      expect7
    )
    expect(r.reproducible).toBe(false)
    expect(r.reason).toBe('the build failed on b: RUN make: exit code 2')
    expect(r.rows[1]?.status).toBe('failed')
  })

  it.each<[string, CrossRunnerRecord[], string[], RegExp]>([
    ['no records', [], [], /^no build-lab records in this workflow run/],
    ['one record', [record('a', { 'linux/amd64': D('1') })], [], /^only one record \(a\)/],
    [
      'another run',
      [
        record('a', { 'linux/amd64': D('1') }),
        record('b', { 'linux/amd64': D('1') }, { workflow: { ...record('b', {}).workflow, runId: '6' } })
      ],
      [],
      /^records from another workflow run: b \(run 6\); this run is 7/
    ],
    [
      'another target',
      [
        record('a', { 'linux/amd64': D('1') }),
        record('b', { 'linux/amd64': D('1') }, { build: { ...record('b', {}).build, target: 'test' } })
      ],
      [],
      /^the records describe different builds \(target differ\): a built .*target \(last stage\).*; b built .*target test/
    ],
    [
      'another context and file',
      [
        record('a', { 'linux/amd64': D('1') }),
        record(
          'b',
          { 'linux/amd64': D('1') },
          { build: { ...record('b', {}).build, context: 'web', dockerfile: 'web/Dockerfile' } }
        )
      ],
      [],
      /^the records describe different builds \(context, file differ\)/
    ],
    [
      'a missing runner',
      [record('a', { 'linux/amd64': D('1') }), record('b', { 'linux/amd64': D('1') })],
      ['a', 'b', 'arm'],
      /^missing records for arm \(found a, b\)/
    ],
    [
      'a duplicate label',
      [record('a', { 'linux/amd64': D('1') }), record('a', { 'linux/amd64': D('1') })],
      [],
      /two records carry the runner label "a"/
    ],
    [
      'no shared platform',
      [record('a', { 'linux/amd64': D('1') }), record('b', { 'linux/arm64': D('2') })],
      [],
      /^nothing to compare: no platform was built by two runners/
    ]
  ])('one clear error for %s', (_name, records, runners, message) => {
    const e = thrown(() => compareRecords(records, { runId: '7', runners }))
    expect(e.message).toMatch(message)
    expect(e.message).not.toContain('\n')
    expect(e.exitCode).toBe(2)
  })
})

describe('renderCrossRunnerMarkdown', () => {
  it('gives one row per runner, with names escaped', () => {
    const r = compareRecords(
      [record('a|b <x>', { 'linux/amd64': D('1') }), record('@c', { 'linux/amd64': D('2') })],
      { runId: '7', runners: [] }
    )
    const md = renderCrossRunnerMarkdown(r, [
      { reference: '@c', other: 'a|b <x>', depth: 'metadata', markdown: '#### The images differ: 1 layer.\n' }
    ])
    const rows = md
      .split('\n')
      .filter(l => l.startsWith('| ') && !l.startsWith('| Runner') && !l.startsWith('| ---'))
    expect(rows).toHaveLength(2)
    expect(md).toContain('| \\@c |')
    expect(md).toContain('| a\\|b &lt;x&gt; |')
    expect(md).toContain('❌ **Not reproducible across runners**')
    expect(md).toContain('### Diagnosis: \\@c (run 1) vs a\\|b &lt;x&gt; (run 2)')
    expect(md).toContain('Only manifests and configs were uploaded')
    expect(md.match(/\|/g)?.length).toBeGreaterThan(0)
    for (const row of rows)
      expect(row.split(/(?<!\\)\|/).length).toBe(
        md
          .split('\n')
          .find(l => l.startsWith('| Runner'))!
          .split('|').length
      )
  })
})

describe('diffImageMetadata', () => {
  const json = (v: unknown) => JSON.stringify(v)
  const digestOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`

  function image(runLayer: string): BlobSource {
    const blobs = new Map<string, string>()
    const put = (text: string) => {
      const d = digestOf(text)
      blobs.set(d, text)
      return d
    }
    const history = [
      { created_by: 'ADD rootfs / # buildkit', comment: 'buildkit.dockerfile.v0' },
      { created_by: 'RUN /bin/sh -c date > /t # buildkit', comment: 'buildkit.dockerfile.v0' }
    ]
    const config = put(
      json({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [D('e'), runLayer] },
        history
      })
    )
    const manifest = put(
      json({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config, size: 1 },
        layers: [
          { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: D('b'), size: 1 },
          { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: runLayer, size: 1 }
        ]
      })
    )
    return {
      index: async () => ({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: manifest,
            size: 1,
            platform: { os: 'linux', architecture: 'amd64' }
          }
        ]
      }),
      readJson: async d => {
        const text = blobs.get(d)
        if (text === undefined) throw new Error(`no blob ${d}`)
        return JSON.parse(text)
      },
      open: d => {
        throw new Error(`layer ${d} was read, but layers were never uploaded`)
      }
    }
  }

  it('names the differing layer and its instruction without reading any layer', async () => {
    const dockerfile = { path: 'Dockerfile', text: 'FROM scratch\nADD rootfs /\nRUN date > /t\n' }
    const diff = await diffImageMetadata(image(D('1')), image(D('2')), { dockerfile })
    expect(diff.identical).toBe(false)
    expect(diff.files).toEqual([])
    expect(diff.layers).toEqual([
      expect.objectContaining({
        index: 1,
        a: D('1'),
        b: D('2'),
        files: 0,
        line: 3,
        instruction: 'RUN date > /t'
      })
    ])
    expect(diff.manifests).toHaveLength(1)
    expect(diff.warnings.join(' ')).toMatch(/layer contents were not uploaded/)
  })

  it('reports identical images as identical', async () => {
    const diff = await diffImageMetadata(image(D('1')), image(D('1')))
    expect(diff.identical).toBe(true)
    expect(diff.layers).toEqual([])
    expect(diff.warnings).toEqual([])
  })
})
