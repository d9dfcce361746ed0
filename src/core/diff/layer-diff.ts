// Compares two layer tar streams entry by entry, reading both at once and keeping only metadata + hashes.
import type { Change, FieldChange } from './types.js'
import type { TarEntry } from './tar-stream.js'

export interface EntryDiff {
  path: string
  changes: Change[]
  fields: FieldChange[]
  /** The entry in run a and run b (samples dropped once classified). */
  a?: TarEntry
  b?: TarEntry
  unsafe: string[]
}

export interface LayerCompareOptions {
  /** Called for each differing entry as soon as it is known, while both samples are still held. */
  onDiff: (d: EntryDiff) => void
  /** Total bytes of samples kept for entries still waiting for their other side (default 64 MiB). */
  pendingSampleBudget?: number
}

/** Walks both entry streams together; unmatched entries wait in maps keyed by path. Returns the count of differing entries. */
export async function compareEntryStreams(
  a: AsyncIterable<TarEntry>,
  b: AsyncIterable<TarEntry>,
  options: LayerCompareOptions
): Promise<number> {
  const budget = options.pendingSampleBudget ?? 64 * 1024 * 1024
  let held = 0
  const itA = a[Symbol.asyncIterator]()
  const itB = b[Symbol.asyncIterator]()
  const pendingA = new Map<string, TarEntry>()
  const pendingB = new Map<string, TarEntry>()
  // Positions of matched pairs, to find entries that moved.
  const order: Array<[number, number, string]> = []
  const differing = new Set<string>()
  let count = 0
  let doneA = false
  let doneB = false

  const report = (d: EntryDiff): void => {
    count++
    options.onDiff(d)
  }
  const park = (map: Map<string, TarEntry>, e: TarEntry): void => {
    const size = e.sample?.length ?? 0
    if (size > 0 && held + size > budget) delete e.sample
    else held += size
    map.set(e.path, e)
  }
  const unpark = (e: TarEntry): void => {
    held -= e.sample?.length ?? 0
  }
  const match = (ea: TarEntry, eb: TarEntry): void => {
    order.push([ea.index, eb.index, ea.path])
    const d = compareEntries(ea, eb)
    if (d.changes.length > 0) {
      differing.add(ea.path)
      report(d)
    }
    delete ea.sample
    delete eb.sample
  }
  const take = (
    e: TarEntry,
    mine: Map<string, TarEntry>,
    theirs: Map<string, TarEntry>,
    isA: boolean
  ): void => {
    const other = theirs.get(e.path)
    if (other === undefined) {
      park(mine, e)
      return
    }
    theirs.delete(e.path)
    unpark(other)
    if (isA) match(e, other)
    else match(other, e)
  }

  while (!doneA || !doneB) {
    const [ra, rb] = await Promise.all([doneA ? undefined : itA.next(), doneB ? undefined : itB.next()])
    if (ra !== undefined) {
      if (ra.done === true) doneA = true
      else take(ra.value, pendingA, pendingB, true)
    }
    if (rb !== undefined) {
      if (rb.done === true) doneB = true
      else take(rb.value, pendingB, pendingA, false)
    }
  }
  for (const e of pendingA.values()) report(presence(e, 'removed'))
  for (const e of pendingB.values()) report(presence(e, 'added'))
  // Entries outside the longest run that keeps its relative order are the ones that moved.
  for (const [ia, ib, path] of movedEntries(order)) {
    if (differing.has(path)) continue
    report({
      path,
      changes: ['order'],
      fields: [{ field: 'position', a: String(ia), b: String(ib) }],
      unsafe: []
    })
  }
  return count
}

function presence(e: TarEntry, change: 'added' | 'removed'): EntryDiff {
  const d: EntryDiff = { path: e.path, changes: [change], fields: [], unsafe: e.unsafe }
  if (change === 'removed') d.a = e
  else d.b = e
  return d
}

function unionUnsafe(a: TarEntry, b: TarEntry): string[] {
  return [...new Set([...a.unsafe, ...b.unsafe])]
}

const octal = (n: number): string => `0${n.toString(8).padStart(3, '0')}`

/** The changes between two entries with the same path. */
export function compareEntries(a: TarEntry, b: TarEntry): EntryDiff {
  const changes: Change[] = []
  const fields: FieldChange[] = []
  const add = (change: Change, field: string, va: string, vb: string): void => {
    if (!changes.includes(change)) changes.push(change)
    fields.push({ field, a: va, b: vb })
  }
  if (a.type !== b.type) add('type', 'type', a.type, b.type)
  if (a.sha256 !== b.sha256) add('content', 'sha256', a.sha256, b.sha256)
  if (a.size !== b.size) add('size', 'size', String(a.size), String(b.size))
  if (a.mode !== b.mode) add('mode', 'mode', octal(a.mode), octal(b.mode))
  if (a.uid !== b.uid) add('uid', 'uid', String(a.uid), String(b.uid))
  if (a.gid !== b.gid) add('gid', 'gid', String(a.gid), String(b.gid))
  if (a.uname !== b.uname) add('owner', 'uname', a.uname, b.uname)
  if (a.gname !== b.gname) add('owner', 'gname', a.gname, b.gname)
  if (a.mtime !== b.mtime) add('mtime', 'mtime', isoTime(a.mtime), isoTime(b.mtime))
  if (a.atime !== b.atime) add('atime', 'atime', isoTime(a.atime), isoTime(b.atime))
  if (a.ctime !== b.ctime) add('ctime', 'ctime', isoTime(a.ctime), isoTime(b.ctime))
  if (a.linkname !== b.linkname && a.type === b.type) {
    add(a.type === 'hardlink' ? 'hardlink' : 'symlink', 'target', a.linkname, b.linkname)
  }
  if (a.devmajor !== b.devmajor || a.devminor !== b.devminor) {
    add('device', 'device', `${a.devmajor},${a.devminor}`, `${b.devmajor},${b.devminor}`)
  }
  const xa = JSON.stringify(sortedEntries(a.xattrs))
  const xb = JSON.stringify(sortedEntries(b.xattrs))
  if (xa !== xb) add('xattrs', 'xattrs', xa, xb)
  return { path: a.path, changes, fields, a, b, unsafe: unionUnsafe(a, b) }
}

function sortedEntries(r: Record<string, string>): Array<[string, string]> {
  return Object.entries(r).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
}

function isoTime(t: number | undefined): string {
  if (t === undefined) return '(none)'
  const d = new Date(t * 1000)
  return Number.isNaN(d.getTime()) ? String(t) : `${d.toISOString().replace('.000Z', 'Z')} (${t})`
}

/** Matched pairs that are not in a longest subsequence ordered in both archives. */
export function movedEntries(pairs: Array<[number, number, string]>): Array<[number, number, string]> {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0])
  // Patience sorting for the longest increasing subsequence of b-positions.
  const tails: number[] = []
  const prev = new Int32Array(sorted.length).fill(-1)
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k]![1]
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[tails[mid]!]![1] < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[k] = tails[lo - 1]!
    tails[lo] = k
  }
  const keep = new Set<number>()
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) keep.add(k)
  return sorted.filter((_, k) => !keep.has(k))
}
