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
  /** PAX SCHILY.xattr.* values, escaped (frozen: entries of one layer can share it). */
  xattrs: Readonly<Record<string, string>>
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
  /** Bytes to keep of this regular file instead of `sampleBytes` (its path and size as in TarEntry). */
  sampleFor?: (path: string, size: number) => number
  /** Name of the stream in error messages. */
  label?: string
}

const BLOCK = 512
/** Longest name shown in full; longer ones are cut with a byte count and a hash, so distinct names stay distinct. */
const MAX_SHOWN_NAME = 4096
/** Longest user or group name kept (ustar's field holds 32 bytes); longer ones are cut the same way. */
const MAX_SHOWN_OWNER = 256
/** Longest xattr value kept per attribute; a real one (a capability set, an ACL) is well under this. */
const MAX_SHOWN_XATTR = 1024
/** Characters of xattr names and values kept per entry; the rest are folded into one hashed summary. */
const XATTR_BUDGET = 16 * 1024
/**
 * Biggest PAX or GNU long-name record accepted: a real one is a few hundred bytes (a long path plus a
 * few xattrs). 1 MiB leaves room for big ACLs and still bounds what one header can make us hold.
 */
const MAX_META = 1 << 20
/** Bytes of global PAX values kept at once: they apply to every later entry, so they are bounded too. */
const MAX_GLOBAL_PAX = 1 << 20
/** Records in one PAX header: real ones have under 20 (path, times, ids, names, a few xattrs). */
const MAX_PAX_RECORDS = 1000
/** Metadata headers (x, g, L, K) in a row before one entry: real tars write at most three or four. */
const MAX_META_RUN = 16
/**
 * Largest entry size accepted: 1 TiB. Layers hold files of a few GB at most, and the bound keeps all
 * size arithmetic exact (far below 2^53); a bigger value is a corrupt or hostile header.
 */
export const MAX_ENTRY_SIZE = 2 ** 40
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6'])
const EMPTY_XATTRS: Readonly<Record<string, string>> = Object.freeze({})

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

/**
 * Escapes bytes for display: valid UTF-8 stays, control characters, backslash and invalid bytes become
 * \xNN. A loop, never a spread or recursion, so a value of any length is safe to pass.
 */
export function escapeBytes(bytes: Uint8Array): string {
  const parts: string[] = []
  let i = 0
  while (i < bytes.length) {
    const c = bytes[i]!
    if (c >= 0x20 && c < 0x7f && c !== 0x5c) {
      let j = i + 1
      while (j < bytes.length && bytes[j]! >= 0x20 && bytes[j]! < 0x7f && bytes[j] !== 0x5c) j++
      parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + i, j - i).toString('latin1'))
      i = j
      continue
    }
    const len = utf8SequenceLength(bytes, i)
    if (len > 1) {
      parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + i, len).toString('utf8'))
      i += len
    } else {
      parts.push(`\\x${c.toString(16).padStart(2, '0')}`)
      i++
    }
  }
  return parts.join('')
}

/** The marker that replaces the end of a value longer than we keep: its length and a short hash of all of it. */
function cutMarker(raw: Uint8Array): string {
  return `…[${raw.length} bytes, sha256:${createHash('sha256').update(raw).digest('hex').slice(0, 16)}]`
}

/** A value escaped for display, cut at `max` bytes; two long values that differ anywhere still differ. */
export function shownBytes(raw: Uint8Array, max: number): string {
  if (raw.length <= max) return escapeBytes(raw)
  return escapeBytes(raw.subarray(0, max)) + cutMarker(raw)
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
  if (shown !== raw) path += cutMarker(raw)
  return { path, unsafe }
}

/** What the PAX records of one header say, parsed and escaped once (global ones are shared by every entry). */
interface PaxView {
  path?: Uint8Array
  linkpath?: Uint8Array
  size?: number
  uid?: number
  gid?: number
  mtime?: number
  atime?: number
  ctime?: number
  uname?: string
  gname?: string
  xattrs?: Readonly<Record<string, string>>
}

interface MetaCollect {
  kind: 'L' | 'K' | 'x' | 'g'
  parts: Uint8Array[]
}

const DECIMAL = /^[0-9]+$/
const SECONDS = /^-?[0-9]+(\.[0-9]+)?$/

/**
 * PAX records (`<length> <key>=<value>\n`), or why they are malformed. Values are views into `data`.
 * At most MAX_PAX_RECORDS of them; the OCI tar index and the layer reader both read them here.
 */
export function parsePaxRecords(data: Uint8Array): Map<string, Uint8Array> | string {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.length)
  const records = new Map<string, Uint8Array>()
  let pos = 0
  while (pos < buf.length) {
    if (buf[pos] === 0) break
    const space = buf.indexOf(0x20, pos)
    const lenText = space < 0 ? '' : buf.toString('latin1', pos, Math.min(space, pos + 16))
    if (!DECIMAL.test(lenText) || space - pos > 15) return 'a PAX record has no valid length'
    const len = Number(lenText)
    if (len <= space - pos + 1 || pos + len > buf.length || buf[pos + len - 1] !== 0x0a) {
      return 'a PAX record is malformed'
    }
    const record = buf.subarray(space + 1, pos + len - 1)
    const eq = record.indexOf(0x3d)
    if (eq <= 0) return 'a PAX record has no key'
    if (records.size >= MAX_PAX_RECORDS) return `a PAX header has more than ${MAX_PAX_RECORDS} records`
    records.set(record.toString('utf8', 0, eq), record.subarray(eq + 1))
    pos += len
  }
  return records
}

/** A number from a header field (octal, or GNU base-256), or undefined when it is not one. */
export function numberField(h: Uint8Array, off: number, len: number): number | undefined {
  const first = h[off]!
  if (first & 0x80) {
    // GNU base-256: big-endian two's complement, 0x80 first for a positive number and 0xff for a negative one.
    if (first !== 0x80 && first !== 0xff) return undefined
    let n = 0n
    for (let i = 0; i < len; i++) n = (n << 8n) | BigInt(i === 0 ? first & 0x7f : h[off + i]!)
    if (first === 0xff) n -= 1n << BigInt(8 * len - 1)
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) return undefined
    return Number(n)
  }
  const text = ascii(h, off, len)
    .replace(/[\0 ]+$/, '')
    .replace(/^[\0 ]+/, '')
  if (text === '') return 0
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined
}

/** A value for an error message: shown when it is short printable ASCII, else only its length. */
function quoted(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1').replace(/\0+$/, '')
  return /^[\x20-\x7e]{0,40}$/.test(text) ? JSON.stringify(text) : `of ${bytes.length} bytes`
}

/** The SCHILY.xattr.* records, escaped; past XATTR_BUDGET characters the rest become one hashed summary. */
function xattrsOf(records: Map<string, Uint8Array>): Readonly<Record<string, string>> | undefined {
  let out: Record<string, string> | undefined
  let used = 0
  let rest: Hash | undefined
  let restCount = 0
  for (const [key, value] of records) {
    if (!key.startsWith('SCHILY.xattr.')) continue
    const name = key.slice('SCHILY.xattr.'.length)
    // A null prototype: a name like __proto__ is just a name.
    out ??= Object.create(null) as Record<string, string>
    const cost = name.length + Math.min(value.length, MAX_SHOWN_XATTR)
    if (used + cost <= XATTR_BUDGET) {
      out[name] = shownBytes(value, MAX_SHOWN_XATTR)
      used += cost
    } else {
      rest ??= createHash('sha256')
      rest.update(key).update('\0').update(value).update('\0')
      restCount++
    }
  }
  if (out !== undefined && rest !== undefined) {
    out['…'] = `${restCount} more, sha256:${rest.digest('hex').slice(0, 16)}`
  }
  return out === undefined ? undefined : Object.freeze(out)
}

class TarParser {
  private readonly sampleBytes: number
  private readonly sampleFor: ((path: string, size: number) => number) | undefined
  private readonly label: string
  private state: 'header' | 'content' | 'padding' | 'eof' = 'header'
  private readonly headerBuf = Buffer.alloc(BLOCK)
  private headerFill = 0
  private remaining = 0
  private padding = 0
  private zeroBlocks = 0
  private index = 0
  private bytes = 0
  /** Global PAX records (copied, so a big header's buffer is not kept for one small value). */
  private readonly globalRecords = new Map<string, Uint8Array>()
  private globalBytes = 0
  private globalPax: PaxView = {}
  private localPax: PaxView = {}
  private metaRun = 0
  private longName: Uint8Array | undefined
  private longLink: Uint8Array | undefined
  private meta: MetaCollect | undefined
  private current: TarEntry | undefined
  private hash: Hash | undefined
  private sample: Buffer | undefined
  private sampleFill = 0

  constructor(options: TarReadOptions) {
    this.sampleBytes = options.sampleBytes ?? 0
    this.sampleFor = options.sampleFor
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

  /** A header number that must be a whole number from 0 up (negative only where `signed`). */
  private num(h: Uint8Array, off: number, len: number, field: string, signed = false): number {
    const n = numberField(h, off, len)
    if (n === undefined || (!signed && n < 0)) {
      throw this.corrupt(
        `entry ${this.index + 1} has a bad ${field} field ${quoted(h.subarray(off, off + len))}`
      )
    }
    return n
  }

  private checkSize(size: number, from: string): number {
    if (size > MAX_ENTRY_SIZE) {
      throw this.corrupt(`entry ${this.index + 1} has ${from} ${size}, more than any layer holds`)
    }
    return size
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
    let size = this.checkSize(this.num(h, 124, 12, 'size'), 'size')
    if (flag === 'L' || flag === 'K' || flag === 'x' || flag === 'g') {
      if (size > MAX_META) throw this.corrupt(`a ${flag} header record of ${size} bytes is too large`)
      if (++this.metaRun > MAX_META_RUN) {
        throw this.corrupt(
          `more than ${MAX_META_RUN} metadata headers in a row before entry ${this.index + 1}`
        )
      }
      this.meta = { kind: flag, parts: [] }
      this.startData(size, out)
      return
    }
    this.metaRun = 0
    const local = this.localPax
    const global = this.globalPax
    const ustar = ascii(h, 257, 5) === 'ustar'
    let nameBytes: Uint8Array = cstr(h, 0, 100)
    if (ustar) {
      const prefix = cstr(h, 345, 155)
      if (prefix.length > 0) nameBytes = Buffer.concat([prefix, Buffer.from('/'), nameBytes])
    }
    if (this.longName !== undefined) nameBytes = this.longName
    nameBytes = local.path ?? global.path ?? nameBytes
    let linkBytes: Uint8Array = cstr(h, 157, 100)
    if (this.longLink !== undefined) linkBytes = this.longLink
    linkBytes = local.linkpath ?? global.linkpath ?? linkBytes
    size = local.size ?? global.size ?? size
    const { path, unsafe } = normalizeName(nameBytes)
    if (nameBytes.length > 255 && !unsafe.includes('long-name')) unsafe.push('long-name')
    const type = entryType(flag)
    if (type === 'char' || type === 'block') unsafe.push('device')
    const xattrs =
      local.xattrs !== undefined && global.xattrs !== undefined
        ? Object.freeze(
            Object.assign(Object.create(null) as Record<string, string>, global.xattrs, local.xattrs)
          )
        : (local.xattrs ?? global.xattrs ?? EMPTY_XATTRS)
    const entry: TarEntry = {
      path,
      type,
      mode: this.num(h, 100, 8, 'mode') & 0o7777,
      uid: local.uid ?? global.uid ?? this.num(h, 108, 8, 'uid'),
      gid: local.gid ?? global.gid ?? this.num(h, 116, 8, 'gid'),
      uname: local.uname ?? global.uname ?? shownBytes(cstr(h, 265, 32), MAX_SHOWN_OWNER),
      gname: local.gname ?? global.gname ?? shownBytes(cstr(h, 297, 32), MAX_SHOWN_OWNER),
      mtime: local.mtime ?? global.mtime ?? this.num(h, 136, 12, 'mtime', true),
      size: HEADER_ONLY.has(flag) ? 0 : size,
      linkname: type === 'symlink' || type === 'hardlink' ? shownBytes(linkBytes, MAX_SHOWN_NAME) : '',
      devmajor: ustar ? this.num(h, 329, 8, 'devmajor') : 0,
      devminor: ustar ? this.num(h, 337, 8, 'devminor') : 0,
      xattrs,
      sha256: '',
      index: this.index++,
      unsafe
    }
    const atime = local.atime ?? global.atime
    const ctime = local.ctime ?? global.ctime
    if (atime !== undefined) entry.atime = atime
    if (ctime !== undefined) entry.ctime = ctime
    this.localPax = {}
    this.longName = undefined
    this.longLink = undefined
    this.current = entry
    if (type === 'file') {
      this.hash = createHash('sha256')
      const keep = Math.min(this.sampleFor?.(entry.path, entry.size) ?? this.sampleBytes, entry.size)
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
      else if (meta.kind === 'x') this.localPax = this.paxView(this.records(data))
      else this.setGlobal(this.records(data))
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

  private records(data: Uint8Array): Map<string, Uint8Array> {
    const records = parsePaxRecords(data)
    if (typeof records === 'string') throw this.corrupt(`${records} (before entry ${this.index + 1})`)
    return records
  }

  /** Merges a `g` header into the global records, within MAX_GLOBAL_PAX, and parses them once for all entries. */
  private setGlobal(records: Map<string, Uint8Array>): void {
    for (const [key, value] of records) {
      const old = this.globalRecords.get(key)
      this.globalBytes += key.length + value.length - (old === undefined ? 0 : key.length + old.length)
      if (value.length === 0) {
        // An empty value deletes the keyword (POSIX pax).
        this.globalRecords.delete(key)
        this.globalBytes -= key.length
      } else this.globalRecords.set(key, Buffer.from(value))
    }
    if (this.globalBytes > MAX_GLOBAL_PAX) {
      throw this.corrupt(`its global PAX headers hold more than ${MAX_GLOBAL_PAX} bytes`)
    }
    this.globalPax = this.paxView(this.globalRecords)
  }

  private paxView(records: Map<string, Uint8Array>): PaxView {
    const view: PaxView = {}
    const path = records.get('path')
    const linkpath = records.get('linkpath')
    if (path !== undefined) view.path = path
    if (linkpath !== undefined) view.linkpath = linkpath
    const size = records.get('size')
    if (size !== undefined) view.size = this.checkSize(this.paxNumber(size, 'size', DECIMAL), 'PAX size')
    for (const key of ['uid', 'gid'] as const) {
      const v = records.get(key)
      if (v !== undefined) view[key] = this.paxNumber(v, key, DECIMAL)
    }
    for (const key of ['mtime', 'atime', 'ctime'] as const) {
      const v = records.get(key)
      if (v !== undefined) view[key] = this.paxNumber(v, key, SECONDS)
    }
    for (const key of ['uname', 'gname'] as const) {
      const v = records.get(key)
      if (v !== undefined) view[key] = shownBytes(v, MAX_SHOWN_OWNER)
    }
    const xattrs = xattrsOf(records)
    if (xattrs !== undefined) view.xattrs = xattrs
    return view
  }

  private paxNumber(v: Uint8Array, key: string, form: RegExp): number {
    const text = v.length <= 64 ? Buffer.from(v).toString('latin1') : ''
    const n = Number(text)
    if (!form.test(text) || !Number.isFinite(n) || (form === DECIMAL && !Number.isSafeInteger(n))) {
      const what = form === DECIMAL ? 'a whole number from 0 up' : 'a time in seconds'
      throw this.corrupt(`entry ${this.index + 1} has PAX ${key} ${quoted(v)}, not ${what}`)
    }
    return n
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
  const size = numberField(h, 124, 12)
  if (size === undefined || size < 0 || size > MAX_ENTRY_SIZE) return undefined
  let raw: Uint8Array = cstr(h, 0, 100)
  if (ascii(h, 257, 5) === 'ustar') {
    const prefix = cstr(h, 345, 155)
    if (prefix.length > 0) raw = Buffer.concat([prefix, Buffer.from('/'), raw])
  }
  return { name: normalizeName(raw).path, flag, size: HEADER_ONLY.has(flag) ? 0 : size, raw, zero: false }
}
