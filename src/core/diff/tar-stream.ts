// Streaming tar reader: entry metadata + sha256 of contents, never a file on disk.
import { createHash, type Hash } from 'node:crypto'
import { BuildLabError } from '../errors.js'

export type EntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo' | 'other'

export interface TarEntry {
  /** Escaped, relative to the root: no leading `/` or `./`, no trailing `/`. */
  path: string
  type: EntryType
  /** Permission bits (mode & 0o7777). */
  mode: number
  uid: number
  gid: number
  uname: string
  gname: string
  /** Seconds since the epoch, fractional when a PAX header says so. */
  mtime: number
  atime?: number
  ctime?: number
  size: number
  /** Symlink target or hardlink source, escaped. */
  linkname: string
  devmajor: number
  devminor: number
  /** PAX SCHILY.xattr.* values, escaped. */
  xattrs: Record<string, string>
  /** Hex sha256 of the contents ('' for entries without data). */
  sha256: string
  /** The first `sampleBytes` of the contents, for classifying content differences. */
  sample?: Uint8Array
  /** 0-based position in the archive. */
  index: number
  /** Why extracting this entry would be unsafe: absolute, dotdot, device, long-name, non-utf8. */
  unsafe: string[]
}

export interface TarReadOptions {
  /** Keep the first N bytes of each regular file (default 0). */
  sampleBytes?: number
  /** Name of the stream in error messages. */
  label?: string
}

const BLOCK = 512
/** Longest name shown in full; longer ones are cut with a byte count. */
const MAX_SHOWN_NAME = 4096
/** Biggest PAX or GNU long-name record accepted; a real one is a few KB. */
const MAX_META = 1 << 20
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6'])

/** Reads tar entries from a stream of (already decompressed) bytes. Throws BuildLabError on a corrupt tar. */
export async function* readTarEntries(
  chunks: AsyncIterable<Uint8Array>,
  options: TarReadOptions = {}
): AsyncGenerator<TarEntry> {
  const parser = new TarParser(options)
  for await (const chunk of chunks) {
    for (const entry of parser.push(chunk)) yield entry
  }
  parser.end()
}

/** Escapes bytes for display: valid UTF-8 stays, control characters, backslash and invalid bytes become \xNN. */
export function escapeBytes(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const c = bytes[i]!
    if (c >= 0x20 && c < 0x7f && c !== 0x5c) {
      let j = i + 1
      while (j < bytes.length && bytes[j]! >= 0x20 && bytes[j]! < 0x7f && bytes[j] !== 0x5c) j++
      out += String.fromCharCode(...bytes.subarray(i, j))
      i = j
      continue
    }
    const len = utf8SequenceLength(bytes, i)
    if (len > 1) {
      out += Buffer.from(bytes.subarray(i, i + len)).toString('utf8')
      i += len
    } else {
      out += `\\x${c.toString(16).padStart(2, '0')}`
      i++
    }
  }
  return out
}

/** Length of a valid multi-byte UTF-8 sequence at i, or 0. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!
  const cont = (k: number): boolean => i + k < b.length && (b[i + k]! & 0xc0) === 0x80
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0
    const c1 = b[i + 1]!
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return 0
    return 3
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0
    const c1 = b[i + 1]!
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0
    return 4
  }
  return 0
}

/** Turns a raw entry name into the reported path and the reasons it would be unsafe to extract. */
export function normalizeName(raw: Uint8Array): { path: string; unsafe: string[] } {
  const unsafe: string[] = []
  let shown = raw
  if (raw.length > MAX_SHOWN_NAME) {
    unsafe.push('long-name')
    shown = raw.subarray(0, MAX_SHOWN_NAME)
  }
  let path = escapeBytes(shown)
  if (path.includes('\\x')) unsafe.push('non-utf8')
  if (path.startsWith('/')) unsafe.push('absolute')
  path = path.replace(/^(\.?\/)+/, '').replace(/\/+$/, '')
  if (path.split('/').includes('..')) unsafe.push('dotdot')
  if (path === '' || path === '.') path = '.'
  if (shown !== raw) path += `…[${raw.length} bytes]`
  return { path, unsafe }
}

interface PaxRecords {
  [key: string]: Uint8Array
}

interface MetaCollect {
  kind: 'L' | 'K' | 'x' | 'g'
  parts: Uint8Array[]
}

class TarParser {
  private readonly sampleBytes: number
  private readonly label: string
  private state: 'header' | 'content' | 'padding' | 'eof' = 'header'
  private readonly headerBuf = Buffer.alloc(BLOCK)
  private headerFill = 0
  private remaining = 0
  private padding = 0
  private zeroBlocks = 0
  private index = 0
  private bytes = 0
  private globalPax: PaxRecords = {}
  private localPax: PaxRecords = {}
  private longName: Uint8Array | undefined
  private longLink: Uint8Array | undefined
  private meta: MetaCollect | undefined
  private current: TarEntry | undefined
  private hash: Hash | undefined
  private sample: Buffer | undefined
  private sampleFill = 0

  constructor(options: TarReadOptions) {
    this.sampleBytes = options.sampleBytes ?? 0
    this.label = options.label ?? 'tar stream'
  }

  push(chunk: Uint8Array): TarEntry[] {
    const out: TarEntry[] = []
    this.bytes += chunk.length
    let off = 0
    while (off < chunk.length && this.state !== 'eof') {
      const avail = chunk.length - off
      if (this.state === 'header') {
        if (this.headerFill === 0 && avail >= BLOCK) {
          this.onHeader(chunk.subarray(off, off + BLOCK), out)
          off += BLOCK
        } else {
          const take = Math.min(BLOCK - this.headerFill, avail)
          this.headerBuf.set(chunk.subarray(off, off + take), this.headerFill)
          this.headerFill += take
          off += take
          if (this.headerFill === BLOCK) {
            this.headerFill = 0
            this.onHeader(this.headerBuf, out)
          }
        }
      } else if (this.state === 'content') {
        const take = Math.min(this.remaining, avail)
        this.onContent(chunk.subarray(off, off + take))
        off += take
        this.remaining -= take
        if (this.remaining === 0) this.finishContent(out)
      } else {
        const take = Math.min(this.padding, avail)
        off += take
        this.padding -= take
        if (this.padding === 0) this.state = 'header'
      }
    }
    return out
  }

  end(): void {
    if (this.state === 'eof') return
    const atBoundary = this.state === 'header' && this.headerFill === 0 && this.meta === undefined
    if (atBoundary && (this.zeroBlocks > 0 || this.bytes === 0)) return
    if (atBoundary)
      throw this.corrupt(`it has no end-of-archive blocks after ${this.index} entries (truncated?)`)
    throw this.corrupt(`it ends in the middle of an entry (after ${this.index} entries)`)
  }

  private corrupt(why: string): BuildLabError {
    return new BuildLabError(`Corrupt tar in ${this.label}: ${why}.`, { exitCode: 2 })
  }

  private onHeader(h: Uint8Array, out: TarEntry[]): void {
    if (isZero(h)) {
      this.zeroBlocks++
      if (this.zeroBlocks >= 2) this.state = 'eof'
      return
    }
    if (this.zeroBlocks > 0) throw this.corrupt('a header follows an end-of-archive block')
    if (!checksumOk(h)) throw this.corrupt(`bad header checksum at entry ${this.index + 1}`)
    const flag = h[156] === 0 ? '0' : String.fromCharCode(h[156]!)
    let size = this.num(h, 124, 12)
    if (flag === 'L' || flag === 'K' || flag === 'x' || flag === 'g') {
      if (size > MAX_META) throw this.corrupt(`a ${flag} header record of ${size} bytes is too large`)
      this.meta = { kind: flag, parts: [] }
      this.startData(size, out)
      return
    }
    const pax: PaxRecords = { ...this.globalPax, ...this.localPax }
    const ustar = ascii(h, 257, 5) === 'ustar'
    let nameBytes: Uint8Array = cstr(h, 0, 100)
    if (ustar) {
      const prefix = cstr(h, 345, 155)
      if (prefix.length > 0) nameBytes = Buffer.concat([prefix, Buffer.from('/'), nameBytes])
    }
    if (this.longName !== undefined) nameBytes = this.longName
    if (pax.path !== undefined) nameBytes = pax.path
    let linkBytes: Uint8Array = cstr(h, 157, 100)
    if (this.longLink !== undefined) linkBytes = this.longLink
    if (pax.linkpath !== undefined) linkBytes = pax.linkpath
    if (pax.size !== undefined) size = this.paxNumber(pax.size, 'size')
    const { path, unsafe } = normalizeName(nameBytes)
    if (nameBytes.length > 255 && !unsafe.includes('long-name')) unsafe.push('long-name')
    const type = entryType(flag)
    if (type === 'char' || type === 'block') unsafe.push('device')
    const xattrs: Record<string, string> = {}
    for (const [k, v] of Object.entries(pax)) {
      if (k.startsWith('SCHILY.xattr.')) xattrs[k.slice('SCHILY.xattr.'.length)] = escapeBytes(v)
    }
    const entry: TarEntry = {
      path,
      type,
      mode: this.num(h, 100, 8) & 0o7777,
      uid: pax.uid !== undefined ? this.paxNumber(pax.uid, 'uid') : this.num(h, 108, 8),
      gid: pax.gid !== undefined ? this.paxNumber(pax.gid, 'gid') : this.num(h, 116, 8),
      uname: pax.uname !== undefined ? escapeBytes(pax.uname) : escapeBytes(cstr(h, 265, 32)),
      gname: pax.gname !== undefined ? escapeBytes(pax.gname) : escapeBytes(cstr(h, 297, 32)),
      mtime: pax.mtime !== undefined ? this.paxNumber(pax.mtime, 'mtime') : this.num(h, 136, 12),
      size: HEADER_ONLY.has(flag) ? 0 : size,
      linkname: type === 'symlink' || type === 'hardlink' ? escapeBytes(linkBytes) : '',
      devmajor: ustar ? this.num(h, 329, 8) : 0,
      devminor: ustar ? this.num(h, 337, 8) : 0,
      xattrs,
      sha256: '',
      index: this.index++,
      unsafe
    }
    if (pax.atime !== undefined) entry.atime = this.paxNumber(pax.atime, 'atime')
    if (pax.ctime !== undefined) entry.ctime = this.paxNumber(pax.ctime, 'ctime')
    this.localPax = {}
    this.longName = undefined
    this.longLink = undefined
    this.current = entry
    if (type === 'file') {
      this.hash = createHash('sha256')
      const keep = Math.min(this.sampleBytes, entry.size)
      this.sample = keep > 0 ? Buffer.allocUnsafe(keep) : undefined
      this.sampleFill = 0
    }
    this.startData(entry.size, out)
  }

  private startData(size: number, out: TarEntry[]): void {
    if (size === 0) {
      this.finishContent(out)
      return
    }
    this.remaining = size
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK
    this.state = 'content'
  }

  private onContent(bytes: Uint8Array): void {
    if (this.meta !== undefined) {
      this.meta.parts.push(Buffer.from(bytes))
      return
    }
    this.hash?.update(bytes)
    if (this.sample !== undefined && this.sampleFill < this.sample.length) {
      const take = Math.min(this.sample.length - this.sampleFill, bytes.length)
      this.sample.set(bytes.subarray(0, take), this.sampleFill)
      this.sampleFill += take
    }
  }

  private finishContent(out: TarEntry[]): void {
    this.state = this.padding > 0 ? 'padding' : 'header'
    const meta = this.meta
    if (meta !== undefined) {
      this.meta = undefined
      const data = Buffer.concat(meta.parts)
      if (meta.kind === 'L') this.longName = cstr(data, 0, data.length)
      else if (meta.kind === 'K') this.longLink = cstr(data, 0, data.length)
      else if (meta.kind === 'x') this.localPax = this.parsePax(data)
      else this.globalPax = { ...this.globalPax, ...this.parsePax(data) }
      return
    }
    const entry = this.current
    if (entry === undefined) return
    this.current = undefined
    if (this.hash !== undefined) {
      entry.sha256 = this.hash.digest('hex')
      this.hash = undefined
    }
    if (this.sample !== undefined) {
      entry.sample = this.sample
      this.sample = undefined
    }
    out.push(entry)
  }

  private parsePax(data: Buffer): PaxRecords {
    const records: PaxRecords = {}
    let pos = 0
    while (pos < data.length) {
      if (data[pos] === 0) break
      const space = data.indexOf(0x20, pos)
      const len = space < 0 ? NaN : Number(data.toString('latin1', pos, space))
      if (!Number.isInteger(len) || len <= 0 || pos + len > data.length || space >= pos + len) {
        throw this.corrupt(`malformed PAX record at entry ${this.index + 1}`)
      }
      const record = data.subarray(space + 1, pos + len - 1)
      const eq = record.indexOf(0x3d)
      if (eq < 0) throw this.corrupt(`malformed PAX record at entry ${this.index + 1}`)
      records[record.toString('utf8', 0, eq)] = record.subarray(eq + 1)
      pos += len
    }
    return records
  }

  private paxNumber(v: Uint8Array, key: string): number {
    const n = Number(Buffer.from(v).toString('latin1'))
    if (!Number.isFinite(n)) throw this.corrupt(`PAX ${key} is not a number at entry ${this.index + 1}`)
    return n
  }

  private num(h: Uint8Array, off: number, len: number): number {
    const first = h[off]!
    if (first & 0x80) {
      // GNU base-256: big-endian, the top bit of the first byte marks it.
      let n = first & 0x7f
      for (let i = 1; i < len; i++) n = n * 256 + h[off + i]!
      return n
    }
    const text = ascii(h, off, len)
      .replace(/[\0 ]+$/, '')
      .replace(/^[\0 ]+/, '')
    if (text === '') return 0
    if (!/^[0-7]+$/.test(text)) throw this.corrupt(`bad number field at entry ${this.index + 1}`)
    return parseInt(text, 8)
  }
}

function entryType(flag: string): EntryType {
  switch (flag) {
    case '0':
    case '7':
      return 'file'
    case '1':
      return 'hardlink'
    case '2':
      return 'symlink'
    case '3':
      return 'char'
    case '4':
      return 'block'
    case '5':
      return 'dir'
    case '6':
      return 'fifo'
    default:
      return 'other'
  }
}

function isZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false
  return true
}

/** Header checksum: the sum of all bytes with the checksum field as spaces (unsigned, or signed as old tars did). */
export function checksumOk(h: Uint8Array): boolean {
  let unsigned = 0
  let signed = 0
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : h[i]!
    unsigned += c
    signed += c > 127 ? c - 256 : c
  }
  const text = ascii(h, 148, 8)
    .replace(/[\0 ]+$/, '')
    .trim()
  if (!/^[0-7]+$/.test(text)) return false
  const stored = parseInt(text, 8)
  return stored === unsigned || stored === signed
}

function ascii(b: Uint8Array, off: number, len: number): string {
  return Buffer.from(b.buffer, b.byteOffset + off, len).toString('latin1')
}

/** The bytes of a NUL-terminated field. */
function cstr(b: Uint8Array, off: number, len: number): Uint8Array {
  const field = b.subarray(off, off + len)
  const nul = field.indexOf(0)
  return nul < 0 ? field : field.subarray(0, nul)
}

/** Reads one tar header block into name and data size, for indexing an OCI tar without reading contents. */
export function parseTarHeader(
  h: Uint8Array
): { name: string; flag: string; size: number; raw: Uint8Array; zero: boolean } | undefined {
  if (h.length < BLOCK) return undefined
  if (isZero(h)) return { name: '', flag: '', size: 0, raw: new Uint8Array(), zero: true }
  if (!checksumOk(h)) return undefined
  const flag = h[156] === 0 ? '0' : String.fromCharCode(h[156]!)
  const sizeField = h.subarray(124, 136)
  let size: number
  if (sizeField[0]! & 0x80) {
    size = sizeField[0]! & 0x7f
    for (let i = 1; i < 12; i++) size = size * 256 + sizeField[i]!
  } else {
    const text = ascii(h, 124, 12)
      .replace(/[\0 ]+$/, '')
      .trim()
    size = text === '' ? 0 : parseInt(text, 8)
  }
  let raw: Uint8Array = cstr(h, 0, 100)
  if (ascii(h, 257, 5) === 'ustar') {
    const prefix = cstr(h, 345, 155)
    if (prefix.length > 0) raw = Buffer.concat([prefix, Buffer.from('/'), raw])
  }
  return { name: normalizeName(raw).path, flag, size: HEADER_ONLY.has(flag) ? 0 : size, raw, zero: false }
}

/** Parses PAX record text (for adapters that meet an `x` header). */
export function paxPath(data: Uint8Array): Uint8Array | undefined {
  const buf = Buffer.from(data)
  let pos = 0
  while (pos < buf.length) {
    const space = buf.indexOf(0x20, pos)
    const len = Number(buf.toString('latin1', pos, space))
    if (space < 0 || !Number.isInteger(len) || len <= 0) return undefined
    const record = buf.subarray(space + 1, pos + len - 1)
    const eq = record.indexOf(0x3d)
    if (eq > 0 && record.toString('utf8', 0, eq) === 'path') return record.subarray(eq + 1)
    pos += len
  }
  return undefined
}
