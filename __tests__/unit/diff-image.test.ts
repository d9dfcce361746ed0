import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { diffImages, renderDiffMarkdown, renderDiffText } from '../../src/core/diff/index.js'
import type { BlobSource, ImageDiff } from '../../src/core/diff/types.js'
import { openImage } from '../../src/oci/open-image.js'
import { makeImage, makeTar, sha256, type FixtureEntry } from './fixtures/diff/tar-writer.js'
import { failure } from '../support/failure.js'

const base = makeTar([
  { name: 'bin/', type: '5', mode: 0o755 },
  { name: 'bin/sh', content: 'shell' }
])

function pair(
  a: FixtureEntry[],
  b: FixtureEntry[]
): [ReturnType<typeof makeImage>, ReturnType<typeof makeImage>] {
  return [
    makeImage({ layers: [{ tar: base }, { tar: makeTar(a) }] }),
    makeImage({ layers: [{ tar: base }, { tar: makeTar(b) }] })
  ]
}

describe('diffImages', () => {
  it('says identical images are identical and reads no layer', async () => {
    const [a, b] = pair([{ name: 'f', content: 'x' }], [{ name: 'f', content: 'x' }])
    const d = await diffImages(a, b)
    expect(d.identical).toBe(true)
    expect(d.files).toEqual([])
    expect(a.opened).toEqual([])
  })

  it('reads only the layers whose digests differ', async () => {
    const [a, b] = pair([{ name: 'f', content: 'x' }], [{ name: 'f', content: 'y' }])
    const d = await diffImages(a, b)
    expect(d.layers.map(l => l.index)).toEqual([1])
    expect(a.opened).toHaveLength(1)
    expect(b.opened).toHaveLength(1)
  })

  it.each<[string, FixtureEntry[], FixtureEntry[], { path: string; changes: string[]; cause: string }[]]>([
    [
      'a clock in a file',
      [{ name: 'etc/build-date', content: 'Thu Jan  1 00:00:00 UTC 1970\n' }],
      [{ name: 'etc/build-date', content: 'Mon Nov 23 15:37:49 UTC 2026\n' }],
      [{ path: 'etc/build-date', changes: ['content'], cause: 'clock' }]
    ],
    [
      'a permission flip',
      [{ name: 'app/run', content: 'x', mode: 0o755 }],
      [{ name: 'app/run', content: 'x', mode: 0o700 }],
      [{ path: 'app/run', changes: ['mode'], cause: 'permissions' }]
    ],
    [
      'mtimes only',
      [{ name: 'a', content: 'x', mtime: 0 }],
      [{ name: 'a', content: 'x', mtime: 1700000000 }],
      [{ path: 'a', changes: ['mtime'], cause: 'timestamps' }]
    ],
    [
      'an owner change',
      [{ name: 'a', content: 'x', uid: 0 }],
      [{ name: 'a', content: 'x', uid: 1000 }],
      [{ path: 'a', changes: ['uid'], cause: 'permissions' }]
    ],
    [
      'a symlink target',
      [{ name: 'cur', type: '2', linkname: 'v-3f9aKx81Qz7b' }],
      [{ name: 'cur', type: '2', linkname: 'v-Zq1x8Kp03LmN' }],
      [{ path: 'cur', changes: ['symlink'], cause: 'random' }]
    ],
    [
      'xattrs',
      [{ name: 'ping', content: 'x', pax: { 'SCHILY.xattr.security.capability': 'a' } }],
      [{ name: 'ping', content: 'x' }],
      [{ path: 'ping', changes: ['xattrs'], cause: 'permissions' }]
    ],
    [
      'entries that swapped places',
      [
        { name: 'a', content: '1' },
        { name: 'b', content: '2' },
        { name: 'c', content: '3' }
      ],
      [
        { name: 'b', content: '2' },
        { name: 'c', content: '3' },
        { name: 'a', content: '1' }
      ],
      [{ path: 'a', changes: ['order'], cause: 'order' }]
    ],
    [
      'added and removed temp files',
      [{ name: 'tmp/tmp.3f9aKx81Qz7b', content: '' }],
      [{ name: 'tmp/tmp.Zq1x8Kp03LmN', content: '' }],
      [
        { path: 'tmp/tmp.3f9aKx81Qz7b', changes: ['removed'], cause: 'random' },
        { path: 'tmp/tmp.Zq1x8Kp03LmN', changes: ['added'], cause: 'random' }
      ]
    ]
  ])('diagnoses %s', async (_name, entriesA, entriesB, expected) => {
    const [a, b] = pair(entriesA, entriesB)
    const d = await diffImages(a, b)
    expect(d.files.map(f => ({ path: f.path, changes: f.changes, cause: f.cause }))).toEqual(expected)
    expect(d.files.every(f => f.layer === 1 && f.instruction === 'RUN step1')).toBe(true)
    expect(d.layers).toHaveLength(1)
    expect(d.layers[0]!.cause).toBe(expected[0]!.cause)
  })

  it('reports hostile names escaped, flags them, and writes nothing', async () => {
    const hostile: FixtureEntry[] = [
      { name: '../../etc/shadow', content: 'a' },
      { name: Buffer.from([0x78, 0xff, 0x3c, 0x62, 0x3e]), content: 'a' },
      { name: `${'long/'.repeat(60)}x`, gnuLongName: true, content: 'a' },
      { name: 'dev/kmem', type: '3', devmajor: 1, devminor: 2 }
    ]
    const changed = hostile.map(e => ({
      ...e,
      content: e.content === undefined ? undefined : 'b',
      devminor: 3
    }))
    const [a, b] = pair(hostile, changed)
    const d = await diffImages(a, b)
    expect(d.files.map(f => [f.path, f.unsafe]).sort()).toEqual(
      [
        ['../../etc/shadow', ['dotdot']],
        ['x\\xff<b>', ['non-utf8']],
        [`${'long/'.repeat(60)}x`, ['long-name']],
        ['dev/kmem', ['device']]
      ].sort()
    )
    expect(d.warnings.some(w => w.includes('dotdot'))).toBe(true)
    const md = renderDiffMarkdown(d, { limit: 10 })
    expect(md).toContain('x\\\\xff&lt;b&gt;')
    expect(md).not.toContain('<b>')
  })

  it('throws one clear error for a corrupt layer', async () => {
    const tar = makeTar([{ name: 'f', content: 'x' }])
    const corrupt = Buffer.from(tar)
    corrupt[20] ^= 0xff
    const a = makeImage({ layers: [{ tar }] })
    const b = makeImage({ layers: [{ tar: corrupt }] })
    const err = await failure(diffImages(a, b))
    expect(err.exitCode).toBe(2)
    expect(err.message).toMatch(
      /^Corrupt tar in layer 0 \(sha256:[0-9a-f]{64}\) of image b: bad header checksum/
    )
  })

  it('says compressed bytes differ when the uncompressed layer is the same', async () => {
    const tar = makeTar([{ name: 'f', content: 'x'.repeat(1000) }])
    const a = makeImage({ layers: [{ tar }] })
    const b = makeImage({
      layers: [{ tar, gzip: false, mediaType: 'application/vnd.oci.image.layer.v1.tar' }]
    })
    const d = await diffImages(a, b)
    expect(d.layers[0]).toMatchObject({ cause: 'compression', files: 0 })
    expect(b.opened).toEqual([])
  })

  it('diagnoses config differences: created, env from a build arg, labels', async () => {
    const dockerfile = { path: 'Dockerfile', text: 'FROM scratch\nARG V\nENV X=$V\nLABEL l=$V\nCOPY f /f\n' }
    const history = (v: string): NonNullable<Parameters<typeof makeImage>[0]['history']> => [
      { created_by: `ARG V`, empty_layer: true, comment: 'buildkit.dockerfile.v0' },
      { created_by: `ENV X=${v}`, empty_layer: true, comment: 'buildkit.dockerfile.v0' },
      { created_by: `LABEL l=${v}`, empty_layer: true, comment: 'buildkit.dockerfile.v0' },
      { created_by: 'COPY f /f # buildkit', comment: 'buildkit.dockerfile.v0' }
    ]
    const tar = makeTar([{ name: 'f', content: 'x' }])
    const a = makeImage({ layers: [{ tar }], history: history('1'), env: ['X=1'], labels: { l: '1' } })
    const b = makeImage({
      layers: [{ tar }],
      history: history('2'),
      env: ['X=2'],
      labels: { l: '2' },
      created: '2026-01-01T00:00:00Z'
    })
    const d = await diffImages(a, b, { dockerfile })
    const byField = Object.fromEntries(d.config.map(c => [c.field, [c.cause, c.line]]))
    expect(byField).toEqual({
      created: ['timestamps', undefined],
      'env.X': ['build-arg', 3],
      'labels.l': ['build-arg', 4],
      'history[1].created_by': ['build-arg', 3],
      'history[2].created_by': ['build-arg', 4]
    })
    expect(d.layers).toEqual([])
  })

  it('ranks the most useful files first and counts the rest', async () => {
    const a: FixtureEntry[] = [{ name: 'stamp', content: 'at 10:00:01\n' }]
    const b: FixtureEntry[] = [{ name: 'stamp', content: 'at 10:00:02\n' }]
    for (let i = 0; i < 30; i++) {
      a.push({ name: `m${i}`, content: 'x', mtime: 1 })
      b.push({ name: `m${i}`, content: 'x', mtime: 2 })
    }
    const [ia, ib] = pair(a, b)
    const d = await diffImages(ia, ib, { maxFiles: 5 })
    expect(d.files).toHaveLength(5)
    expect(d.truncated).toBe(26)
    expect(d.files[0]).toMatchObject({ path: 'stamp', cause: 'clock' })
    expect(d.causes.map(c => [c.cause, c.count])).toEqual([
      ['clock', 1],
      ['timestamps', 30]
    ])
    const text = renderDiffText(d, { limit: 3 })
    expect(text).toContain('… and 28 more')
    expect(text.indexOf('stamp')).toBeLessThan(text.indexOf('m0'))
    expect(renderDiffMarkdown(d, { limit: 3 })).toContain('…and 28 more files.')
  })
})

describe('renderers', () => {
  const d: ImageDiff = {
    identical: false,
    index: [],
    manifests: [{ platform: 'linux/amd64', a: 'sha256:aaaa', b: 'sha256:bbbb' }],
    config: [],
    layers: [],
    files: [
      {
        path: 'a|b*c_[x](http://e)<img src=x>`@user #1\\n',
        changes: ['content'],
        layer: 0,
        cause: 'unknown',
        hint: 'h'
      }
    ],
    truncated: 0,
    causes: [],
    warnings: []
  }

  it('escapes Markdown and HTML metacharacters in file names', () => {
    const md = renderDiffMarkdown(d)
    const row = md.split('\n').find(l => l.startsWith('| a'))!
    expect(row).toContain('a\\|b\\*c\\_\\[x\\](http\\://e)&lt;img src=x&gt;\\`\\@user \\#1\\\\n')
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7)
  })

  it('keeps text output on one line per value', () => {
    const text = renderDiffText({ ...d, files: [{ ...d.files[0]!, path: 'new\nline\x1b[31m' }] })
    expect(text).toContain('new ⏎ line\\x1b[31m')
  })
})

describe('openImage', () => {
  let dir: string
  const tar = makeTar([{ name: 'f', content: 'hello' }])
  const gz = gzipSync(tar)

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'diff-oci-'))
    const layout = join(dir, 'layout')
    await mkdir(join(layout, 'blobs', 'sha256'), { recursive: true })
    const put = async (data: Buffer): Promise<string> => {
      const digest = sha256(data)
      await writeFile(join(layout, 'blobs', 'sha256', digest.slice(7)), data)
      return digest
    }
    const layer = await put(gz)
    const config = await put(
      Buffer.from(JSON.stringify({ rootfs: { diff_ids: [sha256(tar)] }, history: [] }))
    )
    const manifest = await put(
      Buffer.from(
        JSON.stringify({
          config: { digest: config, mediaType: 'application/vnd.oci.image.config.v1+json' },
          layers: [{ digest: layer, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }]
        })
      )
    )
    const index = JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: manifest }]
    })
    await writeFile(join(layout, 'index.json'), index)
    await writeFile(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    // The same image as an OCI tar, made with the fixture writer.
    const members: FixtureEntry[] = [
      { name: 'blobs/', type: '5' },
      { name: 'blobs/sha256/', type: '5' },
      { name: `blobs/sha256/${layer.slice(7)}`, content: gz },
      { name: 'index.json', content: index }
    ]
    await writeFile(join(dir, 'image.tar'), makeTar(members))
    await writeFile(join(dir, 'not-an-image'), 'hello')
    await writeFile(join(dir, 'garbage'), 'x'.repeat(2048))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function read(src: BlobSource, digest: string): Promise<Buffer> {
    const parts: Uint8Array[] = []
    for await (const c of src.open(digest)) parts.push(c)
    return Buffer.concat(parts)
  }

  it.each(['layout', 'image.tar'])('streams blobs from %s', async name => {
    const src = await openImage(join(dir, name))
    expect(await src.index()).toMatchObject({ schemaVersion: 2 })
    expect((await read(src, sha256(gz))).equals(gz)).toBe(true)
  })

  it.each([
    ['missing', /Cannot read image/],
    ['not-an-image', /is not an OCI tar: it has no index\.json/],
    ['garbage', /is not an OCI tar: bad tar header at byte 0/]
  ])('gives a clear error for %s', async (name, message) => {
    const err = await failure(openImage(join(dir, name)))
    expect(err.message).toMatch(message)
  })

  it('refuses digests that would leave the layout', async () => {
    const src = await openImage(join(dir, 'layout'))
    const err = await failure(src.readJson('sha256:../../etc/passwd'))
    expect(err.message).toMatch(/Invalid digest/)
  })
})
