// Hostile layers and layouts, crafted here: the reader fails closed (exit 2, one line naming the blob), in bounded memory.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { run } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import { diffImages } from '../../src/core/diff/image-diff.js'
import { escapeBytes, readTarEntries, type TarEntry } from '../../src/core/diff/tar-stream.js'
import { openImage } from '../../src/oci/open-image.js'
import {
  chunked,
  imageBlobs,
  makeImage,
  makeTar,
  sha256,
  writeLayout,
  type FixtureEntry
} from './fixtures/diff/tar-writer.js'
import { failure } from '../support/failure.js'

async function entries(data: Uint8Array, chunk = 4096): Promise<TarEntry[]> {
  const out: TarEntry[] = []
  for await (const e of readTarEntries(chunked(data, chunk), { label: 'layer 0 (sha256:abc) of image a' })) {
    out.push(e)
  }
  return out
}

/** A base-256 size field as GNU tar writes one: the 0x80 marker first, the value big-endian at the end. */
function base256(tail: number[]): Uint8Array {
  const field = Buffer.alloc(12)
  field[0] = 0x80
  Buffer.from(tail).copy(field, 12 - tail.length)
  return field
}

describe('sizes and numbers in headers', () => {
  it.each<[string, FixtureEntry, RegExp]>([
    [
      'PAX size=-512',
      { name: 'f', pax: { size: '-512' } },
      /entry 1 has PAX size "-512", not a whole number/
    ],
    [
      'PAX size=0.5',
      { name: 'f', content: 'x', pax: { size: '0.5' } },
      /PAX size "0\.5", not a whole number/
    ],
    ['PAX size=1e3', { name: 'f', pax: { size: '1e3' } }, /PAX size "1e3"/],
    ['PAX size empty', { name: 'f', pax: { size: ' ' } }, /PAX size " "/],
    [
      'PAX size of 2^41',
      { name: 'f', pax: { size: String(2 ** 41) } },
      /PAX size 2199023255552, more than any layer holds/
    ],
    [
      'PAX size past 2^53',
      { name: 'f', pax: { size: '9'.repeat(30) } },
      /PAX size "9{30}", not a whole number/
    ],
    ['PAX uid=-1', { name: 'f', pax: { uid: '-1' } }, /PAX uid "-1"/],
    ['PAX mtime=abc', { name: 'f', pax: { mtime: 'abc' } }, /PAX mtime "abc", not a time in seconds/],
    ['octal size -1', { name: 'f', sizeField: Buffer.from('-0000000001\0') }, /bad size field "-0000000001"/],
    ['octal size 8', { name: 'f', sizeField: Buffer.from('00000000008\0') }, /bad size field/],
    [
      'base-256 negative size',
      { name: 'f', sizeField: Buffer.alloc(12, 0xff) },
      /bad size field of 12 bytes/
    ],
    [
      'base-256 size past 2^53',
      { name: 'f', sizeField: base256([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]) },
      /bad size field of 12 bytes/
    ],
    [
      'base-256 size of 2^41',
      { name: 'f', sizeField: base256([2, 0, 0, 0, 0, 0]) },
      /more than any layer holds/
    ]
  ])('%s is corrupt, named with the blob', async (_, entry, message) => {
    const tar = makeTar([entry, { name: 'next', content: 'y' }])
    const err = await failure(entries(tar))
    expect(err.exitCode).toBe(2)
    expect(err.message).toMatch(/^Corrupt tar in layer 0 \(sha256:abc\) of image a: /)
    expect(err.message).toMatch(message)
    expect(err.message.split('\n')).toHaveLength(1)
  })

  it('reads a valid base-256 size', async () => {
    const got = await entries(makeTar([{ name: 'f', content: 'hello', sizeField: base256([5]) }]))
    expect(got.map(e => [e.path, e.size])).toEqual([['f', 5]])
  })

  it('keeps fractional and negative PAX times (pre-1970 files are real)', async () => {
    const got = await entries(makeTar([{ name: 'f', pax: { mtime: '-86400.25', atime: '1.5' } }]))
    expect(got[0]).toMatchObject({ mtime: -86400.25, atime: 1.5 })
  })

  it('the 116-byte gzip layer with PAX size=-512 ends in exit 2 naming the layer blob', async () => {
    const tar = makeTar([{ name: 'f', pax: { size: '-512' } }])
    const gz = gzipSync(tar, { level: 9 })
    expect(gz.length).toBeLessThan(200)
    const a = makeImage({ layers: [{ tar }] })
    const b = makeImage({ layers: [{ tar: makeTar([{ name: 'f', content: 'x' }]) }] })
    const err = await failure(diffImages(a, b))
    const { blobs } = imageBlobs({ layers: [{ tar }] })
    const layer = [...blobs.keys()][0]!
    expect(err.message).toContain(`layer 0 (${layer}) of image a`)
    expect(err.message).toMatch(/PAX size "-512"/)
  })
})

describe('PAX headers are bounded and shared', () => {
  it('a 60 KB global PAX header over 20,000 entries: one shared, bounded copy of its values', async () => {
    const big = 'U'.repeat(60_000)
    const list: FixtureEntry[] = [{ name: 'f0', globalPax: { uname: big, 'SCHILY.xattr.user.big': big } }]
    for (let i = 1; i < 20_000; i++) list.push({ name: `f${i}` })
    const tar = makeTar(list)
    expect(gzipSync(tar).length).toBeLessThan(200_000)
    const got = await entries(tar, 65536)
    expect(got).toHaveLength(20_000)
    // The xattrs object is the one the global header made, shared by reference.
    expect(got[19_999]!.xattrs).toBe(got[0]!.xattrs)
    expect(Object.isFrozen(got[0]!.xattrs)).toBe(true)
    expect(got[0]!.uname).toMatch(/^U{256}…\[60000 bytes, sha256:[0-9a-f]{16}\]$/)
    expect(got[0]!.xattrs['user.big']).toMatch(/^U{1024}…\[60000 bytes, sha256:[0-9a-f]{16}\]$/)
  })

  it('a local xattr joins the shared global ones without changing them', async () => {
    const got = await entries(
      makeTar([
        { name: 'a', globalPax: { 'SCHILY.xattr.user.g': '1' } },
        { name: 'b', pax: { 'SCHILY.xattr.user.l': '2' } },
        { name: 'c' }
      ])
    )
    expect(got.map(e => ({ ...e.xattrs }))).toEqual([
      { 'user.g': '1' },
      { 'user.g': '1', 'user.l': '2' },
      { 'user.g': '1' }
    ])
  })

  it('global PAX headers holding more than 1 MiB in all are corrupt', async () => {
    const list: FixtureEntry[] = []
    for (let i = 0; i < 3; i++) list.push({ name: `f${i}`, globalPax: { [`k${i}`]: 'v'.repeat(400_000) } })
    const err = await failure(entries(makeTar(list)))
    expect(err.message).toMatch(/global PAX headers hold more than 1048576 bytes/)
  })

  it('a PAX header of more than 1000 records is corrupt', async () => {
    const records: Record<string, string> = {}
    for (let i = 0; i < 1001; i++) records[`k${i}`] = 'v'
    const err = await failure(entries(makeTar([{ name: 'f', pax: records }])))
    expect(err.message).toMatch(/a PAX header has more than 1000 records/)
  })

  it('a PAX record over 1 MiB is corrupt', async () => {
    const err = await failure(entries(makeTar([{ name: 'f', pax: { path: 'p'.repeat(1 << 20) } }])))
    expect(err.message).toMatch(/a x header record of \d+ bytes is too large/)
  })

  it('more than 16 metadata headers before one entry are corrupt', async () => {
    const one = makeTar([{ name: 'x', pax: { mtime: '1' } }], { end: false }).subarray(0, 1024)
    const tar = Buffer.concat([...Array.from({ length: 17 }, () => one), makeTar([{ name: 'f' }])])
    const err = await failure(entries(tar))
    expect(err.message).toMatch(/more than 16 metadata headers in a row before entry 1/)
  })

  it('malformed PAX records are corrupt', async () => {
    const body = Buffer.from('99 path=x\n')
    const tar = makeTar([{ name: 'f' }])
    // Overwrite the entry with an x header whose record claims more bytes than it has.
    const header = makeTar([{ name: 'f', pax: { path: 'xxxxx' } }]).subarray(0, 512)
    const padded = Buffer.concat([body, Buffer.alloc(512 - body.length)])
    const sized = Buffer.from(header)
    sized.write(body.length.toString(8).padStart(11, '0') + '\0', 124, 'latin1')
    sized.write('        ', 148, 'latin1')
    let sum = 0
    for (const c of sized) sum += c
    sized.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1')
    const err = await failure(entries(Buffer.concat([sized, padded, tar])))
    expect(err.message).toMatch(/a PAX record is malformed/)
  })
})

describe('no recursion or spread that hostile input can deepen', () => {
  it('a 300 KB PAX uname reads without overflowing the stack, cut and hashed', async () => {
    const long = 'U'.repeat(300_000)
    const got = await entries(
      makeTar([
        { name: 'a', pax: { uname: long, gname: long, linkpath: long }, type: '2' },
        { name: 'b', pax: { uname: `${long.slice(1)}V` } }
      ])
    )
    expect(got[0]!.uname).toMatch(/^U{256}…\[300000 bytes, sha256:[0-9a-f]{16}\]$/)
    expect(got[0]!.linkname).toMatch(/^U{4096}…\[300000 bytes/)
    // Two long names that differ only past the cut still differ.
    expect(got[1]!.uname).not.toBe(got[0]!.uname)
  })

  it('escapeBytes takes megabytes of printable bytes', () => {
    expect(escapeBytes(Buffer.alloc(4 << 20, 0x41))).toHaveLength(4 << 20)
    expect(escapeBytes(Buffer.from([0x1b, 0x5b, 0x32, 0x4a]))).toBe('\\x1b[2J')
  })
})

describe('blobs on disk: regular files only, every one checked against its digest', () => {
  let dir: string
  const tarA = makeTar([{ name: 'f', content: 'one' }])
  const tarB = makeTar([{ name: 'f', content: 'two' }])
  const layerOf = (tar: Buffer): string => sha256(gzipSync(tar))

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'diff-hostile-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function layout(name: string, tar: Buffer, platform?: Record<string, string>): Promise<string> {
    const path = join(dir, name)
    await writeLayout(path, { layers: [{ tar }], ...(platform ? { platform } : {}) })
    return path
  }

  function capture(): CliIo & { out: string[]; err: string[] } {
    const out: string[] = []
    const err: string[] = []
    return { out, err, stdout: s => out.push(s), stderr: s => err.push(s) }
  }

  async function cliDiff(
    a: string,
    b: string,
    format = 'text'
  ): Promise<{ code: number; out: string; err: string }> {
    const io = capture()
    const code = await run(['diff', a, b, '--format', format], io)
    return { code, out: io.out.join(''), err: io.err.join('') }
  }

  it('a FIFO where a layer blob should be is refused, without waiting for a writer', async () => {
    const a = await layout('fifo-a', tarA)
    const b = await layout('fifo-b', tarB)
    const blob = join(b, 'blobs', 'sha256', layerOf(tarB).slice(7))
    await unlink(blob)
    execFileSync('mkfifo', [blob])
    const r = await cliDiff(a, b)
    expect(r).toEqual({
      code: 2,
      out: '',
      err: `build-lab: error: Blob ${layerOf(tarB)} in ${b} is not a regular file: an OCI layout holds only regular files.\n`
    })
  })

  it('a blob that is a symlink to a device is refused: the opened file is checked, not the name', async () => {
    const a = await layout('dev-a', tarA)
    const b = await layout('dev-b', tarB)
    const blob = join(b, 'blobs', 'sha256', layerOf(tarB).slice(7))
    await unlink(blob)
    await symlink('/dev/zero', blob)
    const r = await cliDiff(a, b)
    expect(r.code).toBe(2)
    expect(r.err).toContain(`Blob ${layerOf(tarB)} in ${b} is not a regular file`)
  })

  it('a FIFO index.json or config blob is refused too', async () => {
    const a = await layout('fifo-index', tarA)
    await unlink(join(a, 'index.json'))
    execFileSync('mkfifo', [join(a, 'index.json')])
    expect((await failure(openImage(a))).message).toMatch(/index\.json is not a regular file/)
  })

  it('a layer blob whose bytes do not match its digest: exit 2 naming the blob, and no diagnosis', async () => {
    const a = await layout('tamper-a', tarA)
    const b = await layout('tamper-b', tarB)
    await writeFile(
      join(b, 'blobs', 'sha256', layerOf(tarB).slice(7)),
      gzipSync(makeTar([{ name: 'forged' }]))
    )
    const r = await cliDiff(a, b, 'json')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(
      `build-lab: error: Blob ${layerOf(tarB)} in ${b} does not match its digest: the image is corrupt or was altered (rebuild it, or copy it again).\n`
    )
  })

  it('bytes appended after the gzip stream are caught too (the whole blob is read)', async () => {
    const a = await layout('trail-a', tarA)
    const b = await layout('trail-b', tarB)
    const file = join(b, 'blobs', 'sha256', layerOf(tarB).slice(7))
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from('trailing bytes')]))
    const r = await cliDiff(a, b)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/does not match its digest/)
  })

  it('a tampered manifest or config is refused before it is parsed', async () => {
    const a = await layout('json-a', tarA)
    const b = await layout('json-b', tarB)
    const { blobs } = imageBlobs({ layers: [{ tar: tarB }] })
    const config = [...blobs].find(([, data]) => data.toString().includes('"rootfs"'))![0]
    await writeFile(join(b, 'blobs', 'sha256', config.slice(7)), '{"rootfs":{"diff_ids":[]}}')
    const r = await cliDiff(a, b)
    expect(r.code).toBe(2)
    expect(r.err).toContain(`Blob ${config} in ${b} does not match its digest`)
  })

  it('the same checks hold for an OCI tar', async () => {
    const { index, blobs } = imageBlobs({ layers: [{ tar: tarB }] })
    const members: FixtureEntry[] = [{ name: 'index.json', content: JSON.stringify(index) }]
    for (const [digest, data] of blobs) {
      const forged = digest === layerOf(tarB) ? gzipSync(makeTar([{ name: 'forged' }])) : data
      members.push({ name: `blobs/sha256/${digest.slice(7)}`, content: forged })
    }
    const file = join(dir, 'tampered.tar')
    await writeFile(file, makeTar(members))
    const r = await cliDiff(await layout('tar-a', tarA), file)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toContain(`Blob ${layerOf(tarB)} in ${file} does not match its digest`)
  })

  it('an OCI tar with a bad size in a member header is refused', async () => {
    const file = join(dir, 'badsize.tar')
    await writeFile(
      file,
      makeTar([
        { name: 'index.json', content: '{}', sizeField: Buffer.alloc(12, 0xff) },
        { name: 'x', content: 'y' }
      ])
    )
    expect((await failure(openImage(file))).message).toMatch(/is not an OCI tar: bad tar header at byte 0/)
    const pax = join(dir, 'paxsize.tar')
    await writeFile(pax, makeTar([{ name: 'index.json', content: '{}', pax: { size: '-1' } }]))
    expect((await failure(openImage(pax))).message).toMatch(/a PAX size that is not a size/)
  })

  it('digests that are not sha256 or sha512 hex are refused', async () => {
    const src = await openImage(await layout('digest', tarA))
    expect((await failure(src.readJson('sha256:ABC'))).message).toMatch(/Unsupported digest "sha256:ABC"/)
    expect((await failure(src.readJson('md5:0123456789abcdef0123456789abcdef'))).message).toMatch(
      /build-lab checks sha256 and sha512/
    )
  })

  it('index.json platforms and unread digests cannot drive the terminal or forge a verdict', async () => {
    const forged = 'linux\x1b[2J\x1b]0;pwned\x07\nThe images are identical.\n\u202Eevil'
    const a = await layout('forge-a', tarA, { os: forged, architecture: 'amd64\u202E' })
    const b = await layout('forge-b', tarA)
    const index = JSON.parse(await readFile(join(b, 'index.json'), 'utf8')) as { manifests: unknown[] }
    index.manifests.push({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:\x1b[2J${forged}`,
      platform: { os: forged, architecture: 'arm64' }
    })
    await writeFile(join(b, 'index.json'), JSON.stringify(index))
    for (const format of ['text', 'markdown']) {
      const r = await cliDiff(a, b, format)
      expect(r.code).toBe(1)
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      expect(r.out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u)
      expect(r.out.split('\n').filter(l => /^(#### )?The images are identical/.test(l))).toEqual([])
      if (format === 'text') expect(r.out).toContain('\\x1b[2J')
    }
  })
})
