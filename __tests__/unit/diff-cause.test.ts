import { describe, expect, it } from '@jest/globals'
import { classifyContent, classifyName, differingTokens, metadataCause } from '../../src/core/diff/cause.js'
import type { Change } from '../../src/core/diff/types.js'
import { xorshiftBytes } from './fixtures/diff/noise.js'

const none = { args: [], env: [] }
const text = (s: string): Buffer => Buffer.from(s)

describe('classifyContent', () => {
  it.each([
    ['date output', 'Thu Jan  1 00:00:00 UTC 1970\n', 'Mon Nov 23 15:37:49 UTC 2026\n', 'clock'],
    ['an ISO build time', 'built=2024-01-01T10:00:00Z\n', 'built=2024-01-02T11:12:13Z\n', 'clock'],
    ['epoch seconds', 'ts 1700000000\n', 'ts 1700000123\n', 'clock'],
    [
      'od of urandom',
      ' 3a 5f 11 9c 02 77 aa 10 3a 5f 11 9c 02 77 aa 10\n',
      ' 01 ff 23 9d 12 07 ba 10 3a 5f 11 9c 02 77 aa 99\n',
      'random'
    ],
    [
      'a uuid',
      'id=3f2b8c1e-8d4a-4c2e-9b1a-0c5d6e7f8a9b\n',
      'id=9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\n',
      'random'
    ],
    ['a hex key', 'key: deadbeefcafe0123\n', 'key: 0123456789abcdef\n', 'random'],
    ['$RANDOM', 'n=12345\n', 'n=2291\n', 'random'],
    [
      'an ls -l listing',
      'total 4\n-rw-r--r--    1 0        0                6 Nov 23 15:37 a.txt\n',
      'total 4\n-rw-r--r--    1 0        0                6 Jun 15  2025 a.txt\n',
      'checkout-mtimes'
    ],
    [
      'a tar -tv listing',
      '-rw-r--r-- root/root 6 2026-11-23 15:37 src/a.txt\n',
      '-rw-r--r-- root/root 6 2025-06-15 15:06 src/a.txt\n',
      'checkout-mtimes'
    ],
    ['a changed word', 'hello world\n', 'hello there\n', 'unknown']
  ])('names %s', (_name, a, b, cause) => {
    expect(classifyContent(text(a), text(b), 'f', none).cause).toBe(cause)
  })

  it('finds a build arg value that leaked into a file', () => {
    const leaked = { args: [{ name: 'VERSION', a: '1.0', b: '2.0' }], env: [] }
    const v = classifyContent(text('version 1.0\n'), text('version 2.0\n'), 'f', leaked)
    expect(v.cause).toBe('build-arg')
    expect(v.evidence).toContain('VERSION')
  })

  it('recognises the context mtime of run 2 in the file', () => {
    const v = classifyContent(text('src 1600000000\n'), text('src 1750000000\n'), 'f', none, 1750000000)
    expect(v.cause).toBe('checkout-mtimes')
  })

  it.each([
    [
      'random bytes',
      Buffer.from([0, 1, 2, 3, ...Array.from({ length: 64 }, (_, i) => (i * 37) % 256)]),
      'random'
    ],
    ['a little-endian time stamp', Buffer.from([0, 0, 0, 0, 0x00, 0xf1, 0x53, 0x65, 0, 0]), 'clock']
  ])('names %s in binary files', (_name, bBytes, cause) => {
    const a = Buffer.alloc(bBytes.length)
    a[0] = 0
    expect(classifyContent(a, bBytes, 'bin', none).cause).toBe(cause)
  })

  it('names a big-endian time stamp read a few minutes apart', () => {
    const a = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x65, 0x53, 0xf1, 0x00, 1, 2])
    const b = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x65, 0x53, 0xf2, 0x2c, 1, 2])
    expect(classifyContent(a, b, 'bin/app', none).cause).toBe('clock')
  })

  it('names pairs of random bytes random, never a time stamp', () => {
    // A seeded generator (xorshift32): 2000 pairs of 16 random bytes, as `head -c 16 /dev/urandom` writes.
    const next = xorshiftBytes(0x9e3779b9)
    const counts = new Map<string, number>()
    for (let i = 0; i < 2000; i++) {
      const a = Buffer.from(Array.from({ length: 16 }, next))
      const b = Buffer.from(Array.from({ length: 16 }, next))
      const cause = classifyContent(a, b, 'id', none).cause
      counts.set(cause, (counts.get(cause) ?? 0) + 1)
    }
    expect(counts.get('clock')).toBeUndefined()
    expect(Object.fromEntries(counts)).toEqual({ random: 2000 })
  })

  it('names a .pyc whose source mtime differs', () => {
    const a = Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0])
    const b = Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 9, 9, 9, 9, 0, 0])
    expect(classifyContent(a, b, 'app/__pycache__/m.cpython-311.pyc', none).cause).toBe('checkout-mtimes')
  })
})

describe('classifyName', () => {
  it.each([
    ['tmp/tmp.3f9aKx81Qz7b', 'random'],
    ['var/log/build-2024-05-01.log', 'clock'],
    ['etc/hosts', 'unknown']
  ])('names %p as %p', (path, cause) => {
    expect(classifyName(path).cause).toBe(cause)
  })
})

describe('metadataCause', () => {
  it.each<[Change[], string]>([
    [['mtime'], 'timestamps'],
    [['mode'], 'permissions'],
    [['uid', 'mtime'], 'permissions'],
    [['xattrs'], 'permissions'],
    [['order'], 'order'],
    [['device'], 'unknown']
  ])('%p → %p', (changes, cause) => {
    expect(metadataCause(changes)).toBe(cause)
  })
})

describe('differingTokens', () => {
  it('trims the common lines and tokens around each change', () => {
    expect(differingTokens('a\nx 1 y\nb\n', 'a\nx 2 y\nb\n').map(p => [p.a, p.b])).toEqual([['1', '2']])
  })
})
