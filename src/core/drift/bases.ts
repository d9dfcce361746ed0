// The base images a build resolved, read from its FROM steps, and how two builds' bases differ.
import type { Step } from '../progress.js'
import type { RecordedBase } from '../crossrunner/record.js'

/** BuildKit names a resolved FROM `[stage 1/3] FROM <ref>@sha256:<hex>` (also for COPY --from=<image>). */
const RESOLVED_FROM = /^FROM\s+(\S+?)@(sha256:[0-9a-f]{64})(?:\s|$)/

export interface BaseChange {
  ref: string
  platform: string | null
  /** the digest in the record; null: the base is new */
  from: string | null
  /** null: the build no longer uses it */
  to: string | null
}

function key(b: Pick<RecordedBase, 'ref' | 'platform'>): string {
  return `${b.platform ?? ''} ${b.ref}`
}

/** Each image the build's FROM steps resolved, once per platform, sorted. */
export function resolvedBases(steps: readonly Step[]): RecordedBase[] {
  const found = new Map<string, RecordedBase>()
  for (const step of steps) {
    const m = RESOLVED_FROM.exec(step.instruction ?? step.name.replace(/^\[[^\]]*\]\s*/, ''))
    if (m === null) continue
    const base: RecordedBase = { ref: m[1]!, digest: m[2]!, platform: step.platform }
    found.set(key(base), base)
  }
  return [...found.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** The bases whose digest moved, appeared or went away between a record and a rebuild. */
export function diffBases(before: readonly RecordedBase[], after: readonly RecordedBase[]): BaseChange[] {
  const a = new Map(before.map(b => [key(b), b]))
  const b = new Map(after.map(x => [key(x), x]))
  const changes: BaseChange[] = []
  for (const k of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(k)
    const y = b.get(k)
    if (x?.digest === y?.digest) continue
    const ref = (x ?? y)!
    changes.push({ ref: ref.ref, platform: ref.platform, from: x?.digest ?? null, to: y?.digest ?? null })
  }
  return changes
}
