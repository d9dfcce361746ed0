// Looks inside a differing archive (tar, gzip, zip/jar/whl) and names the members and header fields that differ.
import * as zlib from 'node:zlib'
import { errorMessage } from '../errors.js'
import { CAUSE_HINTS, classifyContent, type LeakedValues } from './cause.js'
import { compareEntryStreams, movedEntries, type EntryDiff } from './layer-diff.js'
import { checksumOk, normalizeName, readTarEntries, type TarEntry } from './tar-stream.js'
import type { ArchiveDiff, Cause, Change, FieldChange, MemberDiff } from './types.js'

/** Bounds of a look inside: no archive is unpacked beyond these. */
export interface ArchiveLimits {
  /** Biggest archive (and biggest decompressed stream) looked into. */
  maxBytes: number
  /** Members read per archive. */
  maxMembers: number
  /** Archives inside archives: 1 looks only into the file itself. */
  maxDepth: number
  /** Members listed per archive; the rest are counted. */
  listed: number
}

export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxMembers: 20_000,
  maxDepth: 3,
  listed: 20
}

/** Bytes of each member kept to classify a content difference. */
const MEMBER_SAMPLE = 64 * 1024

export type ArchiveFormat = ArchiveDiff['format']

export interface ArchiveContext {
  leaked: LeakedValues
  contextMtime?: number
  limits?: Partial<ArchiveLimits>
}

/** The archive format from the first bytes (and the name for tar, whose magic may be absent). */
export function sniffArchive(head: Uint8Array | undefined, path = ''): 'tar' | 'gzip' | 'zip' | undefined {
  if (head === undefined || head.length < 4) return undefined
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    (head[3] === 4 || head[3] === 6)
  ) {
    return 'zip'
  }
  if (head.length >= 512) {
    const magic = Buffer.from(head.buffer, head.byteOffset + 257, 5).toString('latin1')
    if (magic === 'ustar' || (/\.tar$/.test(path) && checksumOk(head.subarray(0, 512)))) return 'tar'
  }
  return undefined
}

/** True when the name says archive, so a file too big for the first sample is worth a second read. */
export function looksLikeArchive(path: string): boolean {
  return /\.(tar|tgz|gz|zip|jar|war|ear|aar|whl|egg|apk|nupkg)$/i.test(path)
}

/** What differs inside two versions of an archive; undefined when the bytes are not an archive. */
export async function diffArchive(
  a: Uint8Array,
  b: Uint8Array,
  path: string,
  ctx: ArchiveContext,
  depth = 1
): Promise<ArchiveDiff | undefined> {
  const limits = { ...ARCHIVE_LIMITS, ...ctx.limits }
  const fa = sniffArchive(a, path)
  const fb = sniffArchive(b, path)
  if (fa === undefined || fa !== fb) return undefined
  if (a.length > limits.maxBytes || b.length > limits.maxBytes) {
    return { format: fa, header: [], members: [], truncated: 0, note: `larger than ${limits.maxBytes} bytes` }
  }
  try {
    if (fa === 'gzip') return await diffGzip(a, b, path, ctx, limits, depth)
    if (fa === 'zip') return await diffZip(a, b, ctx, limits, depth)
    return await diffTar(a, b, ctx, limits, depth)
  } catch (e) {
    return {
      format: fa,
      header: [],
      members: [],
      truncated: 0,
      note: `could not be read: ${errorMessage(e)}`
    }
  }
}

/** What can be said of two archives only partly read: a gzip header, or nothing. */
export function headerOnly(a: Uint8Array, b: Uint8Array, path: string): ArchiveDiff | undefined {
  const format = sniffArchive(a, path)
  if (format === undefined) return undefined
  const ha = gzipHeader(a)
  const hb = gzipHeader(b)
  const header = ha !== undefined && hb !== undefined ? gzipFields(ha, hb) : []
  return {
    format,
    header,
    members: [],
    truncated: 0,
    note: `larger than ${ARCHIVE_LIMITS.maxBytes} bytes: not looked into`
  }
}

// ---- gzip ----------------------------------------------------------------------------------------

export interface GzipHeader {
  mtime: number
  name: string | null
  comment: string | null
  os: number
  xfl: number
}

/** The RFC 1952 header fields. */
export function gzipHeader(b: Uint8Array): GzipHeader | undefined {
  if (b.length < 10 || b[0] !== 0x1f || b[1] !== 0x8b) return undefined
  const flags = b[3]!
  const buf = Buffer.from(b.buffer, b.byteOffset, b.length)
  let pos = 10
  if (flags & 4) pos += 2 + (pos + 2 <= b.length ? buf.readUInt16LE(pos) : 0)
  const cstring = (): string | null => {
    const end = buf.indexOf(0, pos)
    if (end < 0 || end - pos > 4096) return null
    const s = normalizeName(buf.subarray(pos, end)).path
    pos = end + 1
    return s
  }
  const name = flags & 8 ? cstring() : null
  const comment = flags & 16 ? cstring() : null
  return { mtime: buf.readUInt32LE(4), name, comment, os: b[9]!, xfl: b[8]! }
}

const isoTime = (t: number): string => `${new Date(t * 1000).toISOString().replace('.000Z', 'Z')} (${t})`

function gzipFields(a: GzipHeader, b: GzipHeader): FieldChange[] {
  const out: FieldChange[] = []
  if (a.mtime !== b.mtime) out.push({ field: 'mtime', a: isoTime(a.mtime), b: isoTime(b.mtime) })
  if (a.name !== b.name) out.push({ field: 'name', a: a.name, b: b.name })
  if (a.comment !== b.comment) out.push({ field: 'comment', a: a.comment, b: b.comment })
  if (a.os !== b.os) out.push({ field: 'os', a: String(a.os), b: String(b.os) })
  if (a.xfl !== b.xfl) out.push({ field: 'xfl', a: String(a.xfl), b: String(b.xfl) })
  return out
}

async function diffGzip(
  a: Uint8Array,
  b: Uint8Array,
  path: string,
  ctx: ArchiveContext,
  limits: ArchiveLimits,
  depth: number
): Promise<ArchiveDiff> {
  const ha = gzipHeader(a)
  const hb = gzipHeader(b)
  const header = ha !== undefined && hb !== undefined ? gzipFields(ha, hb) : []
  const ua = zlib.gunzipSync(a, { maxOutputLength: limits.maxBytes })
  const ub = zlib.gunzipSync(b, { maxOutputLength: limits.maxBytes })
  const innerPath = path.replace(/\.t?gz$/i, m => (m.toLowerCase() === '.tgz' ? '.tar' : ''))
  if (Buffer.compare(ua, ub) === 0) {
    const format = sniffArchive(ua, innerPath) === 'tar' ? 'tar.gz' : 'gzip'
    return { format, header, members: [], truncated: 0 }
  }
  const inner = depth < limits.maxDepth ? await diffArchive(ua, ub, innerPath, ctx, depth + 1) : undefined
  if (inner !== undefined && inner.format === 'tar') return { ...inner, format: 'tar.gz', header }
  if (inner !== undefined) {
    const name = innerPath.slice(innerPath.lastIndexOf('/') + 1) || '(data)'
    return { format: 'gzip', header, members: nest(name, inner), truncated: inner.truncated }
  }
  const verdict = classifyContent(head(ua), head(ub), innerPath, ctx.leaked, ctx.contextMtime)
  const member: MemberDiff = { path: '(decompressed data)', changes: ['content'] }
  if (verdict.evidence !== undefined) member.evidence = `${verdict.cause}: ${verdict.evidence}`
  return { format: 'gzip', header, members: [member], truncated: 0 }
}

/** An inner archive's members under the member that holds them ("lib/a.jar → META-INF/MANIFEST.MF"). */
function nest(name: string, inner: ArchiveDiff): MemberDiff[] {
  const out: MemberDiff[] = []
  if (inner.header.length > 0) {
    out.push({ path: name, changes: ['content'], fields: inner.header, evidence: `${inner.format} header` })
  }
  for (const m of inner.members) out.push({ ...m, path: `${name} → ${m.path}` })
  if (out.length === 0)
    out.push({
      path: name,
      changes: ['content'],
      ...(inner.note !== undefined ? { evidence: inner.note } : {})
    })
  return out
}

/** A differ of the members of one archive format (tar, zip), for two archives of it within maxBytes. */
type MemberDiffer = (
  a: Uint8Array,
  b: Uint8Array,
  ctx: ArchiveContext,
  limits: ArchiveLimits,
  depth: number
) => Promise<ArchiveDiff>

// ---- tar -----------------------------------------------------------------------------------------

async function* once(b: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < b.length; i += 1 << 20) yield b.subarray(i, Math.min(b.length, i + (1 << 20)))
}

const diffTar: MemberDiffer = async (a, b, ctx, limits, depth) => {
  const nestedOk = depth < limits.maxDepth
  const sampleBytes = nestedOk ? limits.maxBytes : MEMBER_SAMPLE
  const rows: Array<{ member: MemberDiff; inner?: Promise<ArchiveDiff | undefined> }> = []
  let note: string | undefined
  const bounded = async function* (src: AsyncIterable<Uint8Array>, side: string): AsyncGenerator<TarEntry> {
    let n = 0
    for await (const e of readTarEntries(src, { sampleBytes, label: `an archive in image ${side}` })) {
      if (++n > limits.maxMembers) {
        note = `more than ${limits.maxMembers} members: only the first were compared`
        return
      }
      yield e
    }
  }
  const total = await compareEntryStreams(bounded(once(a), 'a'), bounded(once(b), 'b'), {
    pendingSampleBudget: limits.maxBytes,
    onDiff: d => {
      if (rows.length >= limits.maxMembers) return
      const row: { member: MemberDiff; inner?: Promise<ArchiveDiff | undefined> } = { member: toMember(d) }
      rows.push(row)
      const sa = d.a?.sample
      const sb = d.b?.sample
      if (!d.changes.includes('content') || sa === undefined || sb === undefined) return
      const whole = sa.length === d.a?.size && sb.length === d.b?.size
      if (nestedOk && whole && sniffArchive(sa, d.path) !== undefined) {
        row.inner = diffArchive(sa, sb, d.path, ctx, depth + 1)
        return
      }
      const v = classifyContent(head(sa), head(sb), d.path, ctx.leaked, ctx.contextMtime)
      row.member.evidence = v.evidence !== undefined ? `${v.cause}: ${v.evidence}` : v.cause
    }
  })
  const members: MemberDiff[] = []
  for (const row of rows) {
    const inner = row.inner === undefined ? undefined : await row.inner
    if (inner === undefined) {
      members.push(row.member)
      continue
    }
    // The member's own metadata changes stay; its content change is told by what differs inside it.
    const own = row.member.changes.filter(c => c !== 'content' && c !== 'size')
    if (own.length > 0) members.push({ ...row.member, changes: own })
    members.push(...nest(row.member.path, inner))
  }
  return finish('tar', [], members, Math.max(total, members.length), limits, note)
}

const head = (b: Uint8Array): Uint8Array => b.subarray(0, MEMBER_SAMPLE)

function toMember(d: EntryDiff): MemberDiff {
  const m: MemberDiff = { path: d.path, changes: d.changes }
  const fields = d.fields.filter(f => f.field !== 'sha256')
  if (fields.length > 0) m.fields = fields
  return m
}

const RANK: Partial<Record<Change, number>> = {
  content: 0,
  added: 1,
  removed: 1,
  type: 1,
  mode: 2,
  uid: 2,
  gid: 2,
  owner: 2,
  mtime: 3,
  order: 4
}

function finish(
  format: ArchiveFormat,
  header: FieldChange[],
  members: MemberDiff[],
  total: number,
  limits: ArchiveLimits,
  note: string | undefined
): ArchiveDiff {
  const rank = (m: MemberDiff): number => Math.min(...m.changes.map(c => RANK[c] ?? 5))
  const sorted = [...members].sort(
    (x, y) => rank(x) - rank(y) || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)
  )
  const listed = sorted.slice(0, limits.listed)
  const out: ArchiveDiff = { format, header, members: listed, truncated: Math.max(0, total - listed.length) }
  if (note !== undefined) out.note = note
  return out
}

// ---- zip -----------------------------------------------------------------------------------------

export interface ZipMember {
  path: string
  index: number
  method: number
  crc: number
  compressedSize: number
  size: number
  /** The DOS date and time, as written (local time, two-second steps). */
  dosTime: string
  /** The extended-timestamp (UT) mtime, when present. */
  mtime?: number
  /** Unix permission bits, when the entry was made on Unix. */
  mode?: number
  localOffset: number
}

/** Reads a zip's central directory (no zip64). Throws on a corrupt directory. */
export function readZipDirectory(
  b: Uint8Array,
  maxMembers = ARCHIVE_LIMITS.maxMembers
): { members: ZipMember[]; total: number } {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.length)
  let eocd = -1
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === 0x06054b50) {
      eocd = p
      break
    }
  }
  if (eocd < 0) throw new Error('no end-of-central-directory record')
  const total = buf.readUInt16LE(eocd + 10)
  const cdOffset = buf.readUInt32LE(eocd + 16)
  if (total === 0xffff || cdOffset === 0xffffffff) throw new Error('zip64 archives are not read')
  const members: ZipMember[] = []
  let pos = cdOffset
  for (let i = 0; i < Math.min(total, maxMembers); i++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== 0x02014b50)
      throw new Error(`bad central directory entry ${i + 1}`)
    const nameLen = buf.readUInt16LE(pos + 28)
    const extraLen = buf.readUInt16LE(pos + 30)
    const commentLen = buf.readUInt16LE(pos + 32)
    const end = pos + 46 + nameLen + extraLen + commentLen
    if (end > buf.length) throw new Error(`central directory entry ${i + 1} runs past the end`)
    const t = buf.readUInt16LE(pos + 12)
    const d = buf.readUInt16LE(pos + 14)
    const two = (n: number): string => String(n).padStart(2, '0')
    const member: ZipMember = {
      path: normalizeName(buf.subarray(pos + 46, pos + 46 + nameLen)).path,
      index: i,
      method: buf.readUInt16LE(pos + 10),
      crc: buf.readUInt32LE(pos + 16),
      compressedSize: buf.readUInt32LE(pos + 20),
      size: buf.readUInt32LE(pos + 24),
      dosTime: `${(d >> 9) + 1980}-${two((d >> 5) & 15)}-${two(d & 31)} ${two(t >> 11)}:${two((t >> 5) & 63)}:${two((t & 31) * 2)}`,
      localOffset: buf.readUInt32LE(pos + 42)
    }
    if (buf[pos + 5] === 3) member.mode = (buf.readUInt32LE(pos + 38) >>> 16) & 0o7777
    let x = pos + 46 + nameLen
    const xEnd = x + extraLen
    while (x + 4 <= xEnd) {
      const id = buf.readUInt16LE(x)
      const size = buf.readUInt16LE(x + 2)
      if (id === 0x5455 && size >= 5 && (buf[x + 4]! & 1) !== 0) member.mtime = buf.readUInt32LE(x + 5)
      x += 4 + size
    }
    members.push(member)
    pos = end
  }
  return { members, total }
}

/** A member's uncompressed bytes (stored or deflated), at most `max` of them; undefined when unreadable. */
function zipData(b: Uint8Array, m: ZipMember, max: number): Uint8Array | undefined {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.length)
  const p = m.localOffset
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) return undefined
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28)
  const data = buf.subarray(start, Math.min(buf.length, start + m.compressedSize))
  if (m.method === 0) return data.subarray(0, max)
  if (m.method !== 8) return undefined
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: max })
  } catch {
    // A member bigger than `max` is cut: keep what the first bytes give.
    return zlib.inflateRawSync(data, { maxOutputLength: max, finishFlush: zlib.constants.Z_SYNC_FLUSH })
  }
}

const diffZip: MemberDiffer = async (a, b, ctx, limits, depth) => {
  const za = readZipDirectory(a, limits.maxMembers)
  const zb = readZipDirectory(b, limits.maxMembers)
  const note =
    za.total > limits.maxMembers || zb.total > limits.maxMembers
      ? `more than ${limits.maxMembers} members: only the first were compared`
      : undefined
  const byPath = new Map(zb.members.map(m => [m.path, m]))
  const members: MemberDiff[] = []
  const pairs: Array<[number, number, string]> = []
  const changed = new Set<string>()
  for (const ma of za.members) {
    const mb = byPath.get(ma.path)
    if (mb === undefined) {
      members.push({ path: ma.path, changes: ['removed'] })
      continue
    }
    byPath.delete(ma.path)
    pairs.push([ma.index, mb.index, ma.path])
    const changes: Change[] = []
    const fields: FieldChange[] = []
    const add = (change: Change, field: string, va: string, vb: string): void => {
      if (!changes.includes(change)) changes.push(change)
      fields.push({ field, a: va, b: vb })
    }
    if (ma.crc !== mb.crc || ma.size !== mb.size)
      add('content', 'crc32', ma.crc.toString(16), mb.crc.toString(16))
    if (ma.dosTime !== mb.dosTime) add('mtime', 'mtime', ma.dosTime, mb.dosTime)
    if (ma.mtime !== mb.mtime)
      add('mtime', 'mtime (extended)', String(ma.mtime ?? '(none)'), String(mb.mtime ?? '(none)'))
    if (ma.mode !== mb.mode) add('mode', 'mode', (ma.mode ?? 0).toString(8), (mb.mode ?? 0).toString(8))
    if (ma.method !== mb.method) add('content', 'method', String(ma.method), String(mb.method))
    if (changes.length === 0) continue
    changed.add(ma.path)
    const member: MemberDiff = { path: ma.path, changes, fields }
    if (changes.includes('content')) {
      const nestedOk = depth < limits.maxDepth
      const cap = nestedOk ? limits.maxBytes : MEMBER_SAMPLE
      const da = zipData(a, ma, cap)
      const db = zipData(b, mb, cap)
      if (da !== undefined && db !== undefined) {
        const inner =
          nestedOk && da.length === ma.size && db.length === mb.size
            ? await diffArchive(da, db, ma.path, ctx, depth + 1)
            : undefined
        if (inner !== undefined) {
          members.push(...nest(ma.path, inner))
          continue
        }
        const v = classifyContent(head(da), head(db), ma.path, ctx.leaked, ctx.contextMtime)
        member.evidence = v.evidence !== undefined ? `${v.cause}: ${v.evidence}` : v.cause
      }
    }
    members.push(member)
  }
  for (const mb of byPath.values()) members.push({ path: mb.path, changes: ['added'] })
  for (const [ia, ib, path] of movedEntries(pairs)) {
    if (changed.has(path)) {
      const m = members.find(x => x.path === path)
      m?.changes.push('order')
      m?.fields?.push({ field: 'position', a: String(ia), b: String(ib) })
    } else {
      members.push({
        path,
        changes: ['order'],
        fields: [{ field: 'position', a: String(ia), b: String(ib) }]
      })
    }
  }
  return finish('zip', [], members, members.length, limits, note)
}

/** The cause class an archive's differences point to. */
export function archiveCause(g: ArchiveDiff, contextMtime?: number): Cause | undefined {
  const kinds = new Set<Change>(g.members.flatMap(m => m.changes))
  const evidence = g.members.find(m => m.changes.includes('content') && m.evidence !== undefined)?.evidence
  const named = evidence !== undefined ? /^([a-z-]+):/.exec(evidence)?.[1] : undefined
  if (named !== undefined && named !== 'unknown' && isCause(named)) return named
  const times = [...g.header, ...g.members.flatMap(m => m.fields ?? [])].filter(f => /mtime/.test(f.field))
  if (
    contextMtime !== undefined &&
    times.some(
      f =>
        f.b?.includes(`(${Math.floor(contextMtime)})`) ||
        f.b?.includes(new Date(contextMtime * 1000).toISOString().slice(0, 16).replace('T', ' '))
    )
  ) {
    return 'checkout-mtimes'
  }
  if (kinds.has('mode') || kinds.has('uid') || kinds.has('gid') || kinds.has('owner')) return 'permissions'
  if (kinds.has('mtime') || times.length > 0) return 'timestamps'
  if (kinds.has('order')) return 'order'
  return undefined
}

function isCause(s: string): s is Cause {
  return Object.prototype.hasOwnProperty.call(CAUSE_HINTS, s)
}
