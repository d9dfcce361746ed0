import { describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { decompressLayer, sniffCompression } from '../../src/core/diff/layer-stream.js'
import { escapeBytes, normalizeName, readTarEntries, type TarEntry } from '../../src/core/diff/tar-stream.js'
import { chunked, makeTar, sha256 } from './fixtures/diff/tar-writer.js'
import { failure } from '../support/failure.js'

async function entries(data: Uint8Array, chunk = 100, sampleBytes = 0): Promise<TarEntry[]> {
  const out: TarEntry[] = []
  for await (const e of readTarEntries(chunked(data, chunk), { sampleBytes, label: 'test' })) out.push(e)
  return out
}

describe('readTarEntries', () => {
  const tar = makeTar([
    { name: 'etc/', type: '5', mode: 0o755 },
    { name: 'etc/hello', content: 'hello\n', mode: 0o640, uid: 1000, gid: 50, mtime: 1700000000 },
    { name: 'bin/sh', type: '2', linkname: 'busybox' },
    { name: 'bin/ls', type: '1', linkname: 'bin/busybox' }
  ])

  it.each([1, 7, 100, 512, 513, 65536])(
    'reads metadata and hashes contents with %d-byte chunks',
    async size => {
      const got = await entries(tar, size, 3)
      expect(got.map(e => [e.path, e.type, e.mode, e.index])).toEqual([
        ['etc', 'dir', 0o755, 0],
        ['etc/hello', 'file', 0o640, 1],
        ['bin/sh', 'symlink', 0o644, 2],
        ['bin/ls', 'hardlink', 0o644, 3]
      ])
      const hello = got[1]!
      expect(hello).toMatchObject({ uid: 1000, gid: 50, mtime: 1700000000, size: 6, unsafe: [] })
      expect(`sha256:${hello.sha256}`).toBe(sha256(Buffer.from('hello\n')))
      expect(Buffer.from(hello.sample!).toString()).toBe('hel')
      expect(got[2]!.linkname).toBe('busybox')
      expect(got[3]!.linkname).toBe('bin/busybox')
    }
  )

  it('takes long names from GNU L records and PAX path, and xattrs and times from PAX', async () => {
    const long = `${'d/'.repeat(150)}file`
    const got = await entries(
      makeTar([
        { name: long, gnuLongName: true, content: 'x' },
        {
          name: 'short',
          pax: {
            path: `pax/${long}`,
            mtime: '1700000000.5',
            'SCHILY.xattr.security.capability': 'cap',
            uid: '70000'
          },
          content: 'y'
        },
        { name: 'after', content: 'z' }
      ])
    )
    expect(got.map(e => e.path)).toEqual([long, `pax/${long}`, 'after'])
    expect(got[0]!.unsafe).toEqual(['long-name'])
    expect(got[1]).toMatchObject({
      mtime: 1700000000.5,
      uid: 70000,
      xattrs: { 'security.capability': 'cap' }
    })
    expect(got[2]).toMatchObject({ mtime: 0, uid: 0, xattrs: {} })
  })

  it('reports hostile names escaped and flagged, and touches nothing', async () => {
    const got = await entries(
      makeTar([
        { name: '../../etc/passwd', content: 'root' },
        { name: '/abs/path', content: 'a' },
        { name: Buffer.from([0x62, 0xff, 0xfe, 0x0a, 0x5c, 0x63]), content: 'b' },
        { name: 'dev/sda', type: '3', devmajor: 8, devminor: 1 },
        { name: 'loop', type: '2', linkname: 'loop' },
        { name: 'caf\u00e9', content: 'c' }
      ])
    )
    expect(got.map(e => [e.path, e.unsafe])).toEqual([
      ['../../etc/passwd', ['dotdot']],
      ['abs/path', ['absolute']],
      ['b\\xff\\xfe\\x0a\\x5cc', ['non-utf8']],
      ['dev/sda', ['device']],
      ['loop', []],
      ['caf\u00e9', []]
    ])
    expect(got[3]).toMatchObject({ type: 'char', devmajor: 8, devminor: 1 })
  })

  it('accepts an empty stream as an empty layer', async () => {
    expect(await entries(Buffer.alloc(0))).toEqual([])
    expect(await entries(Buffer.alloc(1024))).toEqual([])
  })

  it.each([
    [
      'a bad checksum',
      (t: Buffer) => Buffer.concat([t.subarray(0, 10), Buffer.from('X'), t.subarray(11)]),
      /bad header checksum/
    ],
    [
      'a stream cut in the middle of an entry',
      (t: Buffer) => t.subarray(0, 700),
      /ends in the middle of an entry/
    ],
    ['a stream with no end blocks', (t: Buffer) => t.subarray(0, t.length - 1024), /no end-of-archive/],
    [
      'bytes that are not a tar',
      () => Buffer.from('this is not a tar file at all'.repeat(40)),
      /bad header checksum/
    ]
  ])('throws one clear error for %s', async (_name, corrupt, message) => {
    const err = await failure(entries(corrupt(tar)))
    expect(err.exitCode).toBe(2)
    expect(err.message).toMatch(message)
    expect(err.message).not.toContain('\n')
  })
})

describe('escapeBytes and normalizeName', () => {
  it.each([
    [Buffer.from('plain/name'), 'plain/name'],
    [Buffer.from([0x61, 0x00, 0x62]), 'a\\x00b'],
    [Buffer.from([0xc3, 0xa9]), '\u00e9'],
    [Buffer.from([0xc3]), '\\xc3'],
    [Buffer.from([0xed, 0xa0, 0x80]), '\\xed\\xa0\\x80'],
    [Buffer.from('a\\b'), 'a\\x5cb']
  ])('escapes %p as %p', (bytes, expected) => {
    expect(escapeBytes(bytes)).toBe(expected)
  })

  it('cuts names longer than 4096 bytes and says how long they were, with a hash of the whole', () => {
    const { path, unsafe } = normalizeName(Buffer.from('a'.repeat(5000)))
    expect(path).toBe(
      `${'a'.repeat(4096)}…[5000 bytes, sha256:${sha256(Buffer.from('a'.repeat(5000))).slice(7, 23)}]`
    )
    expect(normalizeName(Buffer.from(`${'a'.repeat(4999)}b`)).path).not.toBe(path)
    expect(unsafe).toEqual(['long-name'])
  })

  it.each([
    ['./etc/', 'etc'],
    ['//x', 'x'],
    ['./', '.']
  ])('normalises %p to %p', (name, expected) => {
    expect(normalizeName(Buffer.from(name)).path).toBe(expected)
  })
})

describe('decompressLayer', () => {
  const tar = makeTar([{ name: 'f', content: 'data' }])

  it.each([
    ['gzip bytes under a gzip mediaType', gzipSync(tar), 'application/vnd.oci.image.layer.v1.tar+gzip', []],
    ['plain bytes under a plain mediaType', tar, 'application/vnd.oci.image.layer.v1.tar', []],
    [
      'gzip bytes under a plain mediaType',
      gzipSync(tar),
      'application/vnd.oci.image.layer.v1.tar',
      ['says none']
    ]
  ])('reads %s', async (_name, blob, mediaType, notes) => {
    const seen: string[] = []
    const parts: Uint8Array[] = []
    for await (const c of decompressLayer(chunked(blob, 50), mediaType, 'l', n => seen.push(n))) parts.push(c)
    expect(Buffer.concat(parts).equals(tar)).toBe(true)
    expect(seen.length).toBe(notes.length)
    for (const [k, n] of notes.entries()) expect(seen[k]).toContain(n)
  })

  it('turns corrupt gzip into one clear error', async () => {
    const gz = gzipSync(tar)
    gz[gz.length - 6] ^= 0xff
    const err = await failure(
      (async () => {
        for await (const c of decompressLayer(
          chunked(gz),
          'application/vnd.oci.image.layer.v1.tar+gzip',
          'layer 3'
        ))
          void c
      })()
    )
    expect(err.message).toMatch(/^Corrupt gzip data in layer 3: /)
    expect(err.exitCode).toBe(2)
  })

  it.each([
    [[0x1f, 0x8b, 8], '', 'gzip'],
    [[0x28, 0xb5, 0x2f, 0xfd], '', 'zstd'],
    [[0x61], 'application/vnd.oci.image.layer.v1.tar+zstd', 'zstd'],
    [[0x61], '', 'none']
  ])('sniffs %p (%p) as %p', (head, mediaType, expected) => {
    expect(sniffCompression(Uint8Array.from(head), mediaType)).toBe(expected)
  })
})
