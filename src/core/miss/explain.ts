// Why each step of a build ran instead of coming from the cache: the first changed input BuildKit would see.
import { doesWork, isFromStep, orderSteps, type Step } from '../progress.js'
import { type InputRecord, type RecordedStep, recordedStep } from './inputs.js'

/** How the cache of the build was found: the gate's Actions cache restore, the lab's local cache, or none. */
export interface CacheOrigin {
  /** exact/partial/miss from the restore; off: no cache was imported */
  hit: 'exact' | 'partial' | 'miss' | 'off'
  /** which part of the key matched on a partial hit: the Dockerfile and lockfiles, the Dockerfile only, or neither */
  level?: 'sources' | 'lockfiles' | 'definition' | null
  /** why the cache was not used, when it degraded */
  note?: string | null
}

export interface BuildSettings {
  noCache: boolean
  /** --no-cache-filter stages */
  noCacheFilter?: readonly string[]
}

export type MissCause =
  | { kind: 'no-cache' }
  | { kind: 'no-cache-filter'; stage: string }
  | {
      kind: 'cache-not-restored'
      hit: CacheOrigin['hit']
      level: CacheOrigin['level'] | null
      note: string | null
    }
  | { kind: 'base-image'; ref: string; before: string | null; after: string | null; line: number }
  | { kind: 'build-arg'; name: string }
  | {
      kind: 'sources'
      line: number
      instruction: string
      /** changed, added and removed files, the first ones (bounded) */
      files: string[]
      changed: number
      /** true when the bound of the record cut the list: `changed` is then a lower bound */
      partial: boolean
    }
  | { kind: 'instruction'; line: number; instruction: string; previous: string | null }
  | { kind: 'variable'; name: string; via: 'ARG' | 'ENV'; line: number }
  | { kind: 'inherited'; from: { step: string; line: number | null; instruction: string } }
  | { kind: 'unknown'; why: string }

export interface StepMiss {
  /** the vertex name, as in the runs' steps */
  step: string
  instruction: string
  /** the Dockerfile line of the step */
  line: number | null
  durationMs: number | null
  cause: MissCause
  /** the step whose own input changed (itself, or the one it inherited from) */
  root: { step: string; line: number | null; instruction: string }
  /** the root's own cause (for an inherited miss, the cause of the step it inherited from) */
  rootCause: Exclude<MissCause, { kind: 'inherited' }>
}

const MAX_NAMED_FILES = 20

/** Files whose content differs, that appeared or that went, between two recorded COPY/ADD sources. */
function changedFiles(
  before: RecordedStep,
  after: RecordedStep
): { files: string[]; changed: number; partial: boolean } | null {
  const a = before.sources
  const b = after.sources
  if (a === null || b === null || a.digest === b.digest) return null
  const old = new Map(a.files.map(f => [f.path, f.sha256]))
  const now = new Map(b.files.map(f => [f.path, f.sha256]))
  const differing: string[] = []
  for (const [p, hash] of now) if (old.get(p) !== hash) differing.push(p)
  for (const p of old.keys()) if (!now.has(p)) differing.push(p)
  const partial = a.files.length < a.total || b.files.length < b.total
  differing.sort()
  return {
    files: differing.slice(0, MAX_NAMED_FILES),
    changed: Math.max(differing.length, partial ? 1 : 0),
    partial
  }
}

/** The first variable the step sees whose value changed, a --build-arg before an ARG default or an ENV. */
function changedVariable(
  before: RecordedStep,
  after: RecordedStep,
  previous: InputRecord,
  current: InputRecord
): OwnCause | null {
  const names = [...new Set([...Object.keys(before.vars), ...Object.keys(after.vars)])].sort()
  for (const name of names) {
    if (before.vars[name] === after.vars[name]) continue
    const where = after.varLines[name] ?? before.varLines[name]
    if (current.buildArgs[name] !== previous.buildArgs[name] && where?.via !== 'ENV') {
      return { kind: 'build-arg', name }
    }
    return { kind: 'variable', name, via: where?.via ?? 'ARG', line: where?.line ?? after.line }
  }
  return null
}

type OwnCause = Exclude<MissCause, { kind: 'inherited' }>

function ownCause(
  now: RecordedStep | null,
  previous: InputRecord | null,
  current: InputRecord,
  origin: CacheOrigin
): OwnCause {
  const notRestored = (): MissCause & { kind: 'cache-not-restored' } => ({
    kind: 'cache-not-restored',
    hit: origin.hit,
    level: origin.level ?? null,
    note: origin.note ?? null
  })
  if (previous === null || now === null) return notRestored()
  // A new base invalidates every step of the stage: it is the first input BuildKit compares.
  const base = current.baseImages.find(b => b.stage === now.stage)
  const old = previous.baseImages.find(b => b.stage === now.stage)
  if (base && old && base.digest !== null && old.digest !== null && base.digest !== old.digest) {
    return {
      kind: 'base-image',
      ref: base.ref,
      before: old.digest,
      after: base.digest,
      line: fromLine(current, now)
    }
  }
  const before = previous.steps.find(
    s => s.stage === now.stage && s.index === now.index && s.keyword === now.keyword
  )
  if (before === undefined || before.text !== now.text) {
    return { kind: 'instruction', line: now.line, instruction: now.text, previous: before?.text ?? null }
  }
  const files = changedFiles(before, now)
  if (files !== null) return { kind: 'sources', line: now.line, instruction: now.text, ...files }
  const variable = changedVariable(before, now, previous, current)
  if (variable !== null) return variable
  if (origin.hit === 'miss' || origin.hit === 'off') return notRestored()
  return {
    kind: 'unknown',
    why: `its inputs match the recorded build, but the ${origin.hit} cache did not hold it`
  }
}

function fromLine(record: InputRecord, step: RecordedStep): number {
  return record.steps.find(s => s.stage === step.stage && s.index === 1)?.line ?? step.line
}

/**
 * Explains every step of `steps` that ran (not cached, not FROM). BuildKit walks each stage from its
 * base: a step whose parent ran inherits the parent's cause, else its own inputs are compared with the
 * previous record. `previous` is the record restored with the cache; null when there was none.
 */
export function explainMisses(input: {
  steps: readonly Step[]
  current: InputRecord
  previous: InputRecord | null
  origin: CacheOrigin
  build: BuildSettings
}): StepMiss[] {
  const { current, previous, origin, build } = input
  const ordered = orderSteps(input.steps).filter(s => s.index !== null)
  const ran = new Map<string, StepMiss>()
  /** the miss of a recorded step, by stage and index, once seen */
  const missOf = new Map<string, StepMiss>()
  const key = (s: Pick<RecordedStep, 'stage' | 'index'>): string => `${s.stage}/${s.index}`
  const lastOfStage = (stage: number): StepMiss | null => {
    const steps = current.steps.filter(s => s.stage === stage)
    for (const s of [...steps].reverse()) {
      const miss = missOf.get(key(s))
      if (miss !== undefined) return miss
    }
    return null
  }
  /**
   * The miss of the step before `s` in its stage. WORKDIR is reported cached even when it ran, so it is
   * looked through; any other cached step ends the chain.
   */
  const parentMiss = (s: RecordedStep): StepMiss | undefined => {
    for (let index = s.index - 1; index >= 2; index--) {
      const miss = missOf.get(`${s.stage}/${index}`)
      if (miss !== undefined) return miss
      const before = current.steps.find(r => r.stage === s.stage && r.index === index)
      if (before?.keyword !== 'WORKDIR') return undefined
    }
    return undefined
  }
  const out: StepMiss[] = []
  for (const step of ordered) {
    if (step.cached || isFromStep(step) || !doesWork(step) || step.error !== null) continue
    const now = recordedStep(current, step)
    const instruction = step.instruction ?? step.name
    const self = { step: step.name, line: now?.line ?? null, instruction: now?.text ?? instruction }
    let miss: StepMiss
    const make = (cause: MissCause, root: StepMiss['root'], rootCause: StepMiss['rootCause']): StepMiss => ({
      step: step.name,
      instruction: self.instruction,
      line: self.line,
      durationMs: step.durationMs,
      cause,
      root,
      rootCause
    })
    const filtered = now !== null && (build.noCacheFilter ?? []).includes(now.stageName)
    const parent = now === null ? undefined : parentMiss(now)
    const fromStage = now?.fromStage ?? null
    const upstream =
      fromStage !== null
        ? lastOfStage(fromStage)
        : now !== null && now.index === 2
          ? stageBase(current, now)
          : null
    const inheritedFrom = parent ?? upstream
    if (build.noCache) {
      miss = make({ kind: 'no-cache' }, self, { kind: 'no-cache' })
    } else if (filtered && now !== null) {
      const cause = { kind: 'no-cache-filter', stage: now.stageName } as const
      miss = make(cause, self, cause)
    } else if (inheritedFrom !== undefined && inheritedFrom !== null) {
      miss = make(
        {
          kind: 'inherited',
          from: { step: inheritedFrom.step, line: inheritedFrom.line, instruction: inheritedFrom.instruction }
        },
        inheritedFrom.root,
        inheritedFrom.rootCause
      )
    } else {
      const cause = ownCause(now, previous, current, origin)
      miss = make(cause, self, cause)
    }
    ran.set(step.name, miss)
    if (now !== null) missOf.set(key(now), miss)
    out.push(miss)

    function stageBase(record: InputRecord, s: RecordedStep): StepMiss | null {
      const from = record.steps.find(r => r.stage === s.stage && r.index === 1)
      return from?.fromStage !== null && from?.fromStage !== undefined ? lastOfStage(from.fromStage) : null
    }
  }
  return out
}
