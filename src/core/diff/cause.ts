// Why two versions of a file differ: looks at the differing tokens or bytes and names a cause.
import type { Cause, Change } from './types.js'

/** One line each: what to do about it. */
export const CAUSE_HINTS: Record<Cause, string> = {
  timestamps:
    'Only times differ: build with SOURCE_DATE_EPOCH and --output ...,rewrite-timestamp=true (BuildKit ≥ 0.13), or use tools that honour SOURCE_DATE_EPOCH.',
  clock:
    'The build writes the current date or time into the file: derive it from SOURCE_DATE_EPOCH (e.g. date -d @$SOURCE_DATE_EPOCH) or drop it.',
  random:
    'The file holds random bytes (ids, keys, temp names): generate them at run time, or seed them from a fixed value.',
  order:
    'Entries come in a different order: sort inputs (e.g. tar --sort=name, sorted globbing) so the order is stable.',
  permissions:
    'Permissions or ownership differ: set them explicitly (COPY --chmod/--chown, chmod/chown in the step), not from umask or the checkout.',
  'build-arg':
    'A build argument differs between the runs and leaks into the image: pin it, or keep it out of ENV/LABEL/files.',
  env: 'An environment value differs between the runs: pin it in the Dockerfile instead of taking it from the build environment.',
  'base-image':
    'The base image changed between the runs: pin FROM to a digest (image@sha256:...) so both runs start from the same layers.',
  'checkout-mtimes':
    'The step records source file mtimes (ls -l, tar, zip, .pyc): normalise them in the step (find . -exec touch -d @$SOURCE_DATE_EPOCH {} +) or use tools that honour SOURCE_DATE_EPOCH.',
  leftover:
    "A tool's caches, logs or state are left in the image: remove them in the same step, or keep them in a cache mount (RUN --mount=type=cache,...).",
  compression: compressionHint(),
  unknown:
    'The cause is not clear from the bytes: compare the two files by hand (build-lab diff shows where they are).'
}

/**
 * The fix for layers that are equal uncompressed but compressed differently. Pinning the compression
 * level does not help: BuildKit versions write different gzip bytes at the same level (measured: dockerd
 * 26.1 / BuildKit 0.13 against 28.5, at levels 6 and 9). What helps is one BuildKit version, or comparing
 * content instead of digests.
 */
export function compressionHint(buildkit?: { a: string | null; b: string | null }): string {
  const a = buildkit?.a ?? null
  const b = buildkit?.b ?? null
  const who =
    a !== null && b !== null && a !== b
      ? `BuildKit ${a} (image a) and ${b} (image b) compress differently`
      : a !== null && a === b
        ? `BuildKit ${a} built both; compressed layers can also come from a cache that another BuildKit version wrote`
        : 'different BuildKit versions compress differently, and a cache written by another version carries its compressed layers'
  return `The uncompressed layers are equal (same diff_ids), only their compressed bytes differ: ${who}. Pin the BuildKit version on every runner (docker/setup-buildx-action with driver-opts: image=moby/buildkit:vX.Y.Z), or compare content instead of digests (equality: content, CLI --equality content).`
}

/** Most useful first: causes a user can act on directly come before bulk metadata noise. */
export const CAUSE_ORDER: Cause[] = [
  'build-arg',
  'env',
  'checkout-mtimes',
  'leftover',
  'clock',
  'random',
  'base-image',
  'permissions',
  'unknown',
  'order',
  'timestamps',
  'compression'
]

/** Values that differ between the runs, known from the config (build args, env). */
export interface LeakedValues {
  args: Array<{ name: string; a: string; b: string }>
  env: Array<{ name: string; a: string; b: string }>
}

export interface ContentVerdict {
  cause: Cause
  evidence?: string
}

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec'
const DAYS = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun'
const DATE_RE = new RegExp(
  [
    '\\b(19|20)\\d\\d-[01]\\d-[0-3]\\d', // ISO date
    '\\b[0-2]?\\d:[0-5]\\d(:[0-5]\\d)?', // time of day
    `\\b(${MONTHS})\\b`,
    `\\b(${DAYS})\\b`,
    '\\b(UTC|GMT|CET|CEST|PST|PDT|EST|EDT)\\b',
    '\\b(19[7-9]\\d|20\\d\\d)\\b' // a year
  ].join('|')
)
/** Epoch seconds or milliseconds between 2001 and 2100. */
const EPOCH_RE = /^(1\d{9}|[2-3]\d{9}|1\d{12}|[2-3]\d{12})(\.\d+)?$/
const HEX_RE = /^[0-9a-fA-F]{8,}$/
const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i
const LISTING_RE = new RegExp(
  `^\\s*[-dlcbps][-rwxsStT]{9}[.+@]?\\s+(\\d+\\s+)?\\S+\\s+(\\S+\\s+)?\\d+\\s+((${MONTHS})\\s+\\d+|(19|20)\\d\\d-\\d\\d-\\d\\d)`
)
const TOKEN_RE = /[^\s,;"'`()[\]{}<>|=]+/g

/** Classifies the difference between two versions of a file from the first bytes of each. */
export function classifyContent(
  a: Uint8Array | undefined,
  b: Uint8Array | undefined,
  path: string,
  leaked: LeakedValues,
  contextMtime?: number
): ContentVerdict {
  if (a === undefined || b === undefined) {
    const one = a ?? b
    if (one === undefined) return { cause: 'unknown' }
    return classifyName(path)
  }
  if (isText(a) && isText(b)) return classifyText(toText(a), toText(b), leaked, contextMtime)
  return classifyBinary(a, b, path, leaked)
}

/** Classifies an added or removed entry by its name (random temp names, dated names). */
export function classifyName(path: string): ContentVerdict {
  const base = path.slice(path.lastIndexOf('/') + 1)
  if (DATE_RE.test(base) || EPOCH_RE.test(base)) return { cause: 'clock', evidence: base }
  const tokens = base.split(/[._-]/)
  if (tokens.some(t => HEX_RE.test(t) || looksRandom(t)) || UUID_RE.test(base)) {
    return { cause: 'random', evidence: base }
  }
  return { cause: 'unknown' }
}

/** The cause of a metadata-only change set (no content involved). */
export function metadataCause(changes: Change[]): Cause {
  if (changes.some(c => c === 'mode' || c === 'uid' || c === 'gid' || c === 'owner' || c === 'xattrs')) {
    return 'permissions'
  }
  if (changes.some(c => c === 'mtime' || c === 'atime' || c === 'ctime')) return 'timestamps'
  if (changes.includes('order')) return 'order'
  return 'unknown'
}

function isText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192)
  let odd = 0
  for (let i = 0; i < n; i++) {
    const c = b[i]!
    if (c === 0) return false
    if (c < 0x09 || (c > 0x0d && c < 0x20) || c === 0x7f) odd++
  }
  if (odd > n / 100) return false
  // Random bytes often hold no control character at all, but they are almost never valid UTF-8.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, n), { stream: true })
    return true
  } catch {
    return false
  }
}

function toText(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8')
}

interface TokenPair {
  a: string
  b: string
  lineA: string
  lineB: string
}

/** The differing token runs of each differing line pair, after trimming common prefix and suffix. */
export function differingTokens(a: string, b: string, limit = 200): TokenPair[] {
  const la = a.split('\n')
  const lb = b.split('\n')
  let start = 0
  while (start < la.length && start < lb.length && la[start] === lb[start]) start++
  let endA = la.length
  let endB = lb.length
  while (endA > start && endB > start && la[endA - 1] === lb[endB - 1]) {
    endA--
    endB--
  }
  const pairs: TokenPair[] = []
  const n = Math.max(endA - start, endB - start)
  for (let k = 0; k < n && pairs.length < limit; k++) {
    const lineA = la[start + k] ?? ''
    const lineB = lb[start + k] ?? ''
    if (lineA === lineB) continue
    const ta = lineA.match(TOKEN_RE) ?? []
    const tb = lineB.match(TOKEN_RE) ?? []
    let p = 0
    while (p < ta.length && p < tb.length && ta[p] === tb[p]) p++
    let qa = ta.length
    let qb = tb.length
    while (qa > p && qb > p && ta[qa - 1] === tb[qb - 1]) {
      qa--
      qb--
    }
    pairs.push({ a: ta.slice(p, qa).join(' '), b: tb.slice(p, qb).join(' '), lineA, lineB })
  }
  return pairs
}

function classifyText(a: string, b: string, leaked: LeakedValues, contextMtime?: number): ContentVerdict {
  const pairs = differingTokens(a, b)
  if (pairs.length === 0) return { cause: 'unknown', evidence: 'the first bytes are equal; the rest differs' }
  const evidence = (p: TokenPair): string => `${clip(p.a)} → ${clip(p.b)}`
  for (const p of pairs) {
    for (const [kind, values] of [
      ['build-arg', leaked.args],
      ['env', leaked.env]
    ] as const) {
      const v = values.find(x => hasWord(p.a, x.a) && hasWord(p.b, x.b))
      if (v !== undefined) return { cause: kind, evidence: `${kind} ${v.name}: ${evidence(p)}` }
    }
  }
  const listing = pairs.find(
    p => (LISTING_RE.test(p.lineA) || LISTING_RE.test(p.lineB)) && (isDateLike(p.a) || isDateLike(p.b))
  )
  if (listing !== undefined) return { cause: 'checkout-mtimes', evidence: evidence(listing) }
  if (contextMtime !== undefined) {
    const marks = mtimeMarks(contextMtime)
    const hit = pairs.find(p => marks.some(m => p.b.includes(m)))
    if (hit !== undefined) return { cause: 'checkout-mtimes', evidence: evidence(hit) }
  }
  const dated = pairs.find(p => isDateLike(p.a) || isDateLike(p.b))
  if (dated !== undefined) return { cause: 'clock', evidence: evidence(dated) }
  const random = pairs.find(p => isRandomLike(p.a) || isRandomLike(p.b))
  if (random !== undefined) return { cause: 'random', evidence: evidence(random) }
  return { cause: 'unknown', evidence: evidence(pairs[0]!) }
}

/** True when `value` appears in `s` as whole words (so "1" is not found in "15:37:41"). */
function hasWord(s: string, value: string): boolean {
  if (value.trim() === '') return false
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^A-Za-z0-9_])${escaped}($|[^A-Za-z0-9_])`).test(s)
}

function isDateLike(s: string): boolean {
  if (s === '') return false
  return DATE_RE.test(s) || s.split(' ').some(t => EPOCH_RE.test(t))
}

function isRandomLike(s: string): boolean {
  if (s === '') return false
  if (UUID_RE.test(s)) return true
  if (/^[0-9a-fA-F]{16,}$/.test(s.replace(/\s+/g, ''))) return true
  return s.split(' ').some(t => HEX_RE.test(t) || looksRandom(t) || /^\d{3,}$/.test(t))
}

/** A token of 12+ characters with mixed classes and many distinct characters, like base64 or a key. */
function looksRandom(t: string): boolean {
  if (t.length < 12) return false
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter(r => r.test(t)).length
  return classes >= 2 && entropy(Buffer.from(t)) >= 3.3
}

/** Strings under which a tool would print the context mtime (epoch, ISO date and ls time). */
function mtimeMarks(epoch: number): string[] {
  const d = new Date(epoch * 1000)
  const iso = d.toISOString()
  const month = d.toUTCString().slice(8, 11)
  return [String(Math.floor(epoch)), iso.slice(0, 16).replace('T', ' '), `${month} ${d.getUTCDate()}`]
}

/** Shannon entropy in bits per byte. */
export function entropy(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0
  const counts = new Array<number>(256).fill(0)
  for (const c of bytes) counts[c]!++
  let h = 0
  for (const n of counts) {
    if (n === 0) continue
    const p = n / bytes.length
    h -= p * Math.log2(p)
  }
  return h
}

function classifyBinary(a: Uint8Array, b: Uint8Array, path: string, leaked: LeakedValues): ContentVerdict {
  // Regions that differ at the same offsets; a length change counts as one region at the end.
  const diffA: number[] = []
  const diffB: number[] = []
  let first = -1
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      if (first < 0) first = i
      if (diffB.length < 4096) {
        diffA.push(a[i]!)
        diffB.push(b[i]!)
      }
    }
  }
  if (first < 0) first = n
  const where = `bytes differ from offset ${first}`
  // Python bytecode keeps the source mtime at offset 8; zip entries keep DOS times at 10..13.
  if (/\.pyc$/.test(path) && first >= 8 && first < 12) return { cause: 'checkout-mtimes', evidence: where }
  if (/\.(zip|jar|war|whl|apk)$/.test(path)) return { cause: 'checkout-mtimes', evidence: where }
  if (first >= 4 && first < 8 && a[0] === 0x1f && a[1] === 0x8b) {
    return { cause: 'clock', evidence: `gzip header time: ${where}` }
  }
  const textA = Buffer.from(diffA).toString('latin1')
  const textB = Buffer.from(diffB).toString('latin1')
  for (const v of leaked.args) {
    if (v.a.length >= 4 && v.b.length >= 4 && Buffer.from(b).includes(v.b) && Buffer.from(a).includes(v.a)) {
      return { cause: 'build-arg', evidence: `build arg ${v.name}` }
    }
  }
  if (epochInBytes(a, b, first)) return { cause: 'clock', evidence: `${where} (a time stamp)` }
  if (isDateLike(textA) && isDateLike(textB)) return { cause: 'clock', evidence: where }
  if (diffB.length >= 8 && entropy(Buffer.from(diffB)) >= Math.min(5, Math.log2(diffB.length) - 1)) {
    return { cause: 'random', evidence: `${where}, high entropy` }
  }
  return { cause: 'unknown', evidence: where }
}

/**
 * True when a 32-bit little- or big-endian word around `at` reads as a clock read twice: run 2's value
 * is a plausible time a little later than run 1's (or replaces a zero). Three quarters of all 32-bit
 * values lie between 2000 and 2100, so the window, not the range, is what tells a clock from noise.
 */
function epochInBytes(a: Uint8Array, b: Uint8Array, at: number): boolean {
  const lo = 946684800 // 2000-01-01
  const hi = 4102444800 // 2100-01-01
  const window = 7 * 86_400
  for (let off = Math.max(0, at - 3); off <= at && off + 4 <= Math.min(a.length, b.length); off++) {
    const va = Buffer.from(a.buffer, a.byteOffset + off, 4)
    const vb = Buffer.from(b.buffer, b.byteOffset + off, 4)
    for (const read of ['readUInt32LE', 'readUInt32BE'] as const) {
      const x = va[read](0)
      const y = vb[read](0)
      const later = x >= lo && y > x && y - x <= window
      if (y >= lo && y < hi && (later || x === 0)) return true
    }
  }
  return false
}

function clip(s: string): string {
  const t = s === '' ? '(nothing)' : s
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 57)}...` : t)
}
