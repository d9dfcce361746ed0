import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { diffArchive, gzipHeader, readZipDirectory, sniffArchive } from '../../src/core/diff/archive-diff.js'
import { makeTar } from './fixtures/diff/tar-writer.js'
import { makeZip } from './fixtures/diff/zip-writer.js'

const ctx = { leaked: { args: [], env: [] } }
const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/diff/${name}`, import.meta.url))

/** A gzip stream with the FNAME field and the given header mtime, as `gzip -k` writes it. */
function gzipNamed(data: Uint8Array, name: string, mtime: number): Buffer {
  const plain = gzipSync(data)
  const header = Buffer.from(plain.subarray(0, 10))
  header[3] = 8
  header.writeUInt32LE(mtime, 4)
  return Buffer.concat([header, Buffer.from(`${name}\0`), plain.subarray(10)])
}

describe('sniffArchive', () => {
  it.each([
    ['gzip', gzipSync('x'), 'gzip'],
    ['zip', makeZip([{ name: 'a', content: 'x' }]), 'zip'],
    ['tar', makeTar([{ name: 'a', content: 'x' }]), 'tar'],
    ['text', Buffer.from('hello world, this is not an archive'), undefined]
  ])('%s', (_n, bytes, format) => {
    expect(sniffArchive(bytes, 'f')).toBe(format)
  })
})

describe('diffArchive', () => {
  it('names tar members whose mtime differs, and those that moved', async () => {
    const a = makeTar([
      { name: 'app/', type: '5', mtime: 100 },
      { name: 'app/VERSION', content: '1.0\n', mtime: 1_700_000_000 },
      { name: 'app/run.sh', content: 'echo hi\n', mtime: 100 },
      { name: 'app/z', content: 'z', mtime: 100 }
    ])
    const b = makeTar([
      { name: 'app/', type: '5', mtime: 100 },
      { name: 'app/z', content: 'z', mtime: 100 },
      { name: 'app/VERSION', content: '1.0\n', mtime: 1_750_000_000 },
      { name: 'app/run.sh', content: 'echo hi\n', mtime: 100 }
    ])
    const d = await diffArchive(a, b, 'opt/app-bundle.tar', ctx)
    expect(d?.format).toBe('tar')
    const byPath = Object.fromEntries((d?.members ?? []).map(m => [m.path, m.changes]))
    expect(byPath['app/VERSION']).toEqual(['mtime'])
    expect(Object.values(byPath).flat()).toContain('order')
  })

  it('classifies a member whose content differs', async () => {
    const a = makeTar([{ name: 'BUILD_INFO', content: 'built 2026-01-01T10:00:00Z\n' }])
    const b = makeTar([{ name: 'BUILD_INFO', content: 'built 2026-01-02T11:12:13Z\n' }])
    const d = await diffArchive(a, b, 'x.tar', ctx)
    expect(d?.members).toEqual([
      expect.objectContaining({
        path: 'BUILD_INFO',
        changes: ['content'],
        evidence: expect.stringMatching(/^clock: /)
      })
    ])
  })

  it('names the gzip header fields when the compressed data is the same', async () => {
    const data = Buffer.from('<h1>hi</h1>\n')
    const d = await diffArchive(
      gzipNamed(data, 'index.html', 1_700_000_000),
      gzipNamed(data, 'index.html', 1_750_000_000),
      'srv/index.html.gz',
      ctx
    )
    expect(d).toEqual({
      format: 'gzip',
      header: [
        { field: 'mtime', a: '2023-11-14T22:13:20Z (1700000000)', b: '2025-06-15T15:06:40Z (1750000000)' }
      ],
      members: [],
      truncated: 0
    })
    expect(gzipHeader(gzipNamed(data, 'index.html', 5))).toMatchObject({ name: 'index.html', mtime: 5 })
  })

  it('looks through a tar.gz into the tar, and through a tar into a nested tar', async () => {
    const inner = (t: number): Buffer => makeTar([{ name: 'VERSION', content: '1\n', mtime: t }])
    const outer = (t: number): Buffer =>
      makeTar([
        { name: 'lib/inner.tar', content: inner(t) },
        { name: 'README', content: 'same' }
      ])
    const d = await diffArchive(gzipSync(outer(1)), gzipSync(outer(2)), 'opt/app.tar.gz', ctx)
    expect(d?.format).toBe('tar.gz')
    expect(d?.members.map(m => `${m.path}: ${m.changes.join(',')}`)).toEqual([
      'lib/inner.tar → VERSION: mtime'
    ])
  })

  it('stops at the depth limit and says what it could not read', async () => {
    const inner = (t: number): Buffer => makeTar([{ name: 'VERSION', content: '1\n', mtime: t }])
    const outer = (t: number): Buffer => makeTar([{ name: 'inner.tar', content: inner(t) }])
    const d = await diffArchive(outer(1), outer(2), 'a.tar', { ...ctx, limits: { maxDepth: 1 } })
    expect(d?.members.map(m => m.path)).toEqual(['inner.tar'])
    const corrupt = Buffer.concat([makeTar([{ name: 'a', content: 'x' }], { end: false }).subarray(0, 600)])
    const broken = await diffArchive(corrupt, makeTar([{ name: 'a', content: 'y' }]), 'b.tar', ctx)
    expect(broken?.note).toMatch(/^could not be read: Corrupt tar/)
    const big = await diffArchive(outer(1), outer(2), 'a.tar', { ...ctx, limits: { maxBytes: 100 } })
    expect(big?.note).toBe('larger than 100 bytes')
  })

  it('names zip members whose time, content or position differ, and looks into a jar inside a war', async () => {
    const jar = (t: number): Buffer =>
      makeZip([{ name: 'META-INF/MANIFEST.MF', content: 'Manifest-Version: 1.0\n', mtime: t, deflate: true }])
    const a = makeZip([
      { name: 'index.html', content: 'hi', mtime: 1_700_000_000, ut: true },
      { name: 'WEB-INF/lib/app.jar', content: jar(1_700_000_000) },
      { name: 'b.txt', content: 'b' },
      { name: 'c.txt', content: 'c' }
    ])
    const b = makeZip([
      { name: 'index.html', content: 'hi', mtime: 1_750_000_000, ut: true },
      { name: 'WEB-INF/lib/app.jar', content: jar(1_750_000_000) },
      { name: 'c.txt', content: 'c' },
      { name: 'b.txt', content: 'b' }
    ])
    const d = await diffArchive(a, b, 'app.war', ctx)
    expect(d?.format).toBe('zip')
    const lines = d?.members.map(m => `${m.path}: ${m.changes.join(',')}`)
    expect(lines).toEqual(
      expect.arrayContaining(['index.html: mtime', 'WEB-INF/lib/app.jar → META-INF/MANIFEST.MF: mtime'])
    )
    expect(lines?.some(l => /^(b|c)\.txt: order$/.test(l))).toBe(true)
  })

  it('reads the central directory of zips written by python3 -m zipfile', async () => {
    const a = fixture('python-a.zip')
    const z = readZipDirectory(a)
    expect(z.members.map(m => [m.path, m.size])).toEqual([
      ['app', 0],
      ['app/VERSION', 4],
      ['app/main.py', 9]
    ])
    const d = await diffArchive(a, fixture('python-b.zip'), 'app.zip', ctx)
    expect(d?.members).toEqual(
      expect.arrayContaining([
        {
          path: 'app/VERSION',
          changes: ['mtime'],
          fields: [{ field: 'mtime', a: '2023-11-14 22:13:20', b: '2025-06-15 15:06:40' }]
        }
      ])
    )
  })

  it('throws no error on a zip with no directory, and says so', async () => {
    const d = await diffArchive(
      Buffer.from('PK\x03\x04 broken'),
      Buffer.from('PK\x03\x04 broken!'),
      'x.zip',
      ctx
    )
    expect(d?.note).toBe('could not be read: no end-of-central-directory record')
  })
})
