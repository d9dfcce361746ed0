// Groups differing files by the catalogue entry that explains them, per step: one finding, one fix, a count.
import { archiveCause } from './archive-diff.js'
import { CATALOGUE, GENERIC_ENTRIES, recognise, type Candidate, type CatalogueEntry } from './catalogue.js'
import { CAUSE_ORDER } from './cause.js'
import { patchDockerfile } from './fix-patch.js'
import type { Cause, FileDiff, Finding } from './types.js'

const EXAMPLES = 5
const MEMBERS = 5

interface Group {
  entry: CatalogueEntry
  finding: Finding
  prefix?: string
  /** (weight, path) of the clearest examples. */
  best: Array<[number, string]>
  /** Entries folded into this one (their remove lists join the fix). */
  joined: CatalogueEntry[]
  evidenceWeight: number
}

/** Where a finding's fix goes, for the fix text. */
function whereOf(f: Finding, dockerfile: string): string {
  if (f.line !== undefined) return `${dockerfile}:${f.line}`
  if (f.instruction !== undefined) return `the step \`${f.instruction.slice(0, 80)}\``
  return `the step that made layer ${f.layer}`
}

export class FindingSet {
  private readonly groups = new Map<string, Group>()
  private readonly fileKeys = new Map<FileDiff, { key: string; weight: number }>()

  /** @param dockerfile the Dockerfile's name, as the fixes cite it ("Dockerfile:4"). */
  constructor(
    private readonly dockerfile = 'Dockerfile',
    private readonly contextMtime?: number,
    /** The Dockerfile's text, to write fixes as edits of it. */
    private readonly dockerfileText?: string
  ) {}

  /**
   * Recognises one file, sets its cause, hint, owner and finding, and counts it. `held` says
   * whether the file object is kept (for ranking and for the joins' updates).
   */
  add(file: FileDiff, c: Omit<Candidate, 'path' | 'changes' | 'cause'>, held: boolean): void {
    const candidate: Candidate = { path: file.path, changes: file.changes, cause: file.cause, ...c }
    if (file.instruction !== undefined) candidate.instruction = file.instruction
    if (file.archive !== undefined) candidate.archive = file.archive
    const hit =
      file.cause === 'base-image' ? { entry: GENERIC_ENTRIES['base-image'], weight: 2 } : recognise(candidate)
    const entry = hit.entry
    let cause: Cause = entry.cause ?? file.cause
    if (entry.cause === null && file.archive !== undefined)
      cause = archiveCause(file.archive, this.contextMtime) ?? cause
    file.cause = cause
    file.finding = entry.id
    if (!isGeneric(entry)) file.owner = entry.owner
    if (hit.evidence !== undefined && (file.evidence === undefined || !isGeneric(entry)))
      file.evidence = hit.evidence
    const key = [entry.id, file.platform ?? '', file.layer].join('\0')
    let group = this.groups.get(key)
    if (group === undefined) {
      const finding: Finding = {
        id: entry.id,
        owner: entry.owner,
        title: entry.title,
        cause,
        explanation: entry.explanation,
        fix: '',
        files: 0,
        examples: [],
        layer: file.layer
      }
      if (file.instruction !== undefined) finding.instruction = file.instruction
      if (file.line !== undefined) finding.line = file.line
      if (file.platform !== undefined) finding.platform = file.platform
      group = { entry, finding, best: [], joined: [], evidenceWeight: Infinity }
      if (hit.prefix !== undefined) group.prefix = hit.prefix
      this.groups.set(key, group)
    }
    const f = group.finding
    f.files++
    // The evidence of the clearest file, like the first example.
    if (file.evidence !== undefined && (f.evidence === undefined || hit.weight < group.evidenceWeight)) {
      f.evidence = file.evidence
      group.evidenceWeight = hit.weight
    }
    if (file.archive !== undefined && (f.members?.length ?? 0) < MEMBERS) {
      const lines = file.archive.members.map(m => `${file.path} → ${m.path}: ${m.changes.join(', ')}`)
      const head = file.archive.header.map(h => `${file.path} (${file.archive?.format} header): ${h.field}`)
      f.members = [...(f.members ?? []), ...head, ...lines].slice(0, MEMBERS)
    }
    group.best.push([hit.weight, file.path])
    group.best.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
    if (group.best.length > EXAMPLES) group.best.length = EXAMPLES
    if (held) this.fileKeys.set(file, { key, weight: hit.weight })
  }

  /** Folds joining entries into their host of the same step, writes the fixes, and ranks the findings. */
  finish(): Finding[] {
    for (const [key, group] of this.groups) {
      const into = group.entry.joins
      if (into === undefined) continue
      const hostKey = key.replace(/^[^\0]*/, into)
      const host = this.groups.get(hostKey)
      if (host === undefined) continue
      host.finding.files += group.finding.files
      host.best = [...host.best, ...group.best].sort((x, y) => x[0] - y[0]).slice(0, EXAMPLES)
      host.joined.push(group.entry)
      this.groups.delete(key)
      for (const [file, k] of this.fileKeys) {
        if (k.key !== key) continue
        k.key = hostKey
        file.finding = host.entry.id
      }
    }
    const out: Finding[] = []
    for (const group of this.groups.values()) {
      const f = group.finding
      f.examples = group.best.map(([, p]) => p)
      const ctx = {
        where: whereOf(f, this.dockerfile),
        paths: f.examples,
        remove: group.joined.flatMap(e => e.remove ?? []),
        ...(f.instruction !== undefined ? { instruction: f.instruction } : {}),
        ...(group.prefix !== undefined ? { prefix: group.prefix } : {})
      }
      f.fix = group.entry.fix(ctx)
      const edit = group.entry.edit?.(ctx)
      if (edit !== undefined && f.line !== undefined && this.dockerfileText !== undefined) {
        const patch = patchDockerfile(this.dockerfileText, f.line, edit)
        if (patch !== undefined) f.patch = patch
      }
      out.push(f)
    }
    out.sort(compareFindings)
    const rank = new Map(out.map((f, i) => [[f.id, f.platform ?? '', f.layer].join('\0'), i]))
    for (const [file, k] of this.fileKeys) {
      const f = out[rank.get(k.key) ?? -1]
      if (f !== undefined && !isGenericId(f.id)) file.hint = f.fix
    }
    this.rank = rank
    return out
  }

  private rank = new Map<string, number>()

  /** Files in the order of their findings, clearest evidence first within one. */
  compare(x: FileDiff, y: FileDiff): number {
    const kx = this.fileKeys.get(x)
    const ky = this.fileKeys.get(y)
    const rx = kx === undefined ? Infinity : (this.rank.get(kx.key) ?? Infinity)
    const ry = ky === undefined ? Infinity : (this.rank.get(ky.key) ?? Infinity)
    if (rx !== ry) return rx < ry ? -1 : 1
    return (kx?.weight ?? 2) - (ky?.weight ?? 2)
  }
}

const GENERIC_IDS = new Set(Object.keys(GENERIC_ENTRIES))

/** True for the generic classes (clock, random ...), false for catalogue entries with a tool and a fix. */
export function isGenericFinding(id: string): boolean {
  return GENERIC_IDS.has(id)
}

const isGenericId = isGenericFinding

function isGeneric(entry: CatalogueEntry): boolean {
  return isGenericId(entry.id) && !CATALOGUE.includes(entry)
}

/** Specific entries before generic classes, then the cause order, later layers first, bigger first. */
export function compareFindings(x: Finding, y: Finding): number {
  const gx = isGenericId(x.id) ? 1 : 0
  const gy = isGenericId(y.id) ? 1 : 0
  if (gx !== gy) return gx - gy
  const cause = CAUSE_ORDER.indexOf(x.cause) - CAUSE_ORDER.indexOf(y.cause)
  if (cause !== 0) return cause
  if (x.layer !== y.layer) return y.layer - x.layer
  return y.files - x.files
}
