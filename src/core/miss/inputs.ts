// The inputs of each Dockerfile step that BuildKit keys its cache on, recorded beside the cache so the next run can compare.
import { createHash } from 'node:crypto'
import type { BuildArg } from '../build/args.js'
import {
  copyOperands,
  type Dockerfile,
  flagValue,
  type Instruction,
  isRemote,
  readDockerfile
} from '../dockerfile/reader.js'
import type { Step as ProgressStep } from '../progress.js'
import { isCopied } from '../lab/scenario.js'

export const INPUT_RECORD_VERSION = 1
/** The file name of the record, inside the cache directory that is saved and restored. */
export const INPUT_RECORD_FILE = 'build-lab-inputs.json'
/** Files named per COPY/ADD; beyond it only the digest of all of them is kept. */
export const MAX_FILES_PER_COPY = 2000
/** Files named in the whole record, so that it stays small beside the cache. */
export const MAX_FILES_TOTAL = 20_000
const MAX_TEXT_CHARS = 4000

export interface FileHash {
  path: string
  sha256: string
}

/** What a COPY/ADD from the context read: each file's content hash, bounded, and a digest of all of them. */
export interface CopySources {
  files: FileHash[]
  /** how many files it read; more than `files.length` when the bound cut the list */
  total: number
  digest: string
}

/** One step that BuildKit runs as a vertex (FROM, RUN, COPY, ADD, WORKDIR), with what its cache key sees. */
export interface RecordedStep {
  /** index of the stage in the Dockerfile */
  stage: number
  /** the stage's name as BuildKit prints it: its `AS` name, else `stage-<n>` */
  stageName: string
  /** the step's number within its stage, as in BuildKit's `[2/5]` (FROM is 1) */
  index: number
  keyword: string
  line: number
  /** the instruction as written, whitespace collapsed */
  text: string
  /** the sha256 of each ARG and ENV value the step sees, by name: no value is stored */
  vars: Record<string, string>
  /** where each variable was declared (ARG/ENV line), by name */
  varLines: Record<string, { via: 'ARG' | 'ENV'; line: number }>
  /** for a COPY/ADD from the build context */
  sources: CopySources | null
  /** for COPY --from=<stage> and FROM <stage>: the stage index it reads */
  fromStage: number | null
}

export interface InputRecord {
  version: typeof INPUT_RECORD_VERSION
  /** sha256 of each build-arg value, by name (SOURCE_DATE_EPOCH included) */
  buildArgs: Record<string, string>
  /** the digest each stage's FROM resolved to, from the progress stream; null when it named none */
  baseImages: { stage: number; ref: string; digest: string | null }[]
  steps: RecordedStep[]
}

const VERTEX_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR'])

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** The instruction on one line, flags included, whitespace collapsed, as BuildKit names its vertex. */
function instructionText(ins: Instruction): string {
  const flags = ins.flags.map(f => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`))
  return [ins.keyword, ...flags, ins.content].join(' ').replace(/\s+/g, ' ').trim()
}

/** The context sources of a COPY/ADD: none for --from, URLs and heredocs (copyOperands drops those). */
function contextSources(ins: Instruction): string[] {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return []
  if (flagValue(ins, 'from') !== undefined) return []
  return copyOperands(ins).sources.filter(s => !isRemote(s))
}

/** The stage a `--from=`/FROM names, by name or number; null for an image. */
function stageRef(model: Dockerfile, ref: string | null | undefined, before: number): number | null {
  if (ref === null || ref === undefined) return null
  const lower = ref.toLowerCase()
  const byName = model.stages.findIndex(s => s.name === lower)
  if (byName >= 0 && byName < before) return byName
  if (/^\d+$/.test(ref) && Number(ref) < before) return Number(ref)
  return null
}

/**
 * The record of one build. `files` maps each context-relative file the build can see to its sha256;
 * `steps` is the build's progress, where each FROM names the digest it resolved.
 */
export function recordInputs(input: {
  dockerfile: string
  buildArgs: readonly BuildArg[]
  epoch: number
  files: ReadonlyMap<string, string>
  steps: readonly ProgressStep[]
}): InputRecord {
  const model = readDockerfile(input.dockerfile)
  if (model.error !== null) throw new Error(`the Dockerfile was not read: ${model.error}`)
  const given = new Map(input.buildArgs.map(a => [a.name, a.value]))
  if (!given.has('SOURCE_DATE_EPOCH')) given.set('SOURCE_DATE_EPOCH', String(input.epoch))
  const globals = new Map<string, string | null>(model.globalArgs.map(a => [a.name, a.value]))
  const paths = [...input.files.keys()].sort()
  let budget = MAX_FILES_TOTAL
  const steps: RecordedStep[] = []
  const baseImages: InputRecord['baseImages'] = []
  type Seen = Map<string, { hash: string; via: 'ARG' | 'ENV'; line: number }>
  for (const stage of model.stages) {
    const stageName = stage.name ?? `stage-${stage.index}`
    const vars: Seen = new Map()
    let index = 0
    for (const ins of [stage.from, ...stage.instructions]) {
      if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
        for (const v of ins.variables) {
          const value =
            ins.keyword === 'ARG'
              ? (given.get(v.name) ?? v.value ?? globals.get(v.name) ?? null)
              : (v.raw ?? v.value)
          if (value !== null) vars.set(v.name, { hash: sha256(value), via: ins.keyword, line: ins.line })
        }
        continue
      }
      if (!VERTEX_KEYWORDS.has(ins.keyword)) continue
      index++
      let sources: CopySources | null = null
      const local = contextSources(ins)
      if (local.length > 0) {
        const read = paths.filter(p => isCopied(p, local))
        const hash = createHash('sha256')
        for (const p of read) hash.update(`${p}\0${input.files.get(p) ?? ''}\0`)
        const kept = read.slice(0, Math.max(0, Math.min(MAX_FILES_PER_COPY, budget)))
        budget -= kept.length
        sources = {
          files: kept.map(p => ({ path: p, sha256: input.files.get(p) ?? '' })),
          total: read.length,
          digest: hash.digest('hex')
        }
      }
      const fromStage =
        ins.keyword === 'FROM'
          ? stageRef(model, stage.image, stage.index)
          : stageRef(model, flagValue(ins, 'from'), stage.index)
      const seen: Seen = ins.keyword === 'RUN' ? vars : new Map()
      steps.push({
        stage: stage.index,
        stageName,
        index,
        keyword: ins.keyword,
        line: ins.line,
        text: instructionText(ins).slice(0, MAX_TEXT_CHARS),
        vars: Object.fromEntries([...seen].map(([k, v]) => [k, v.hash])),
        varLines: Object.fromEntries([...seen].map(([k, v]) => [k, { via: v.via, line: v.line }])),
        sources,
        fromStage
      })
    }
    baseImages.push({
      stage: stage.index,
      ref: stage.image,
      digest: fromDigest(input.steps, stageName, model.stages.length)
    })
  }
  return {
    version: INPUT_RECORD_VERSION,
    buildArgs: Object.fromEntries([...given].map(([k, v]) => [k, sha256(v)])),
    baseImages,
    steps
  }
}

/** The digest the stage's FROM resolved to: BuildKit names it `FROM docker.io/x:tag@sha256:...`. */
function fromDigest(steps: readonly ProgressStep[], stageName: string, stages: number): string | null {
  const step = steps.find(
    s =>
      s.index === 1 &&
      /^FROM\s/i.test(s.instruction ?? '') &&
      (s.stage === stageName || (s.stage === null && stages === 1))
  )
  const match = /@(sha256:[0-9a-f]{64})/.exec(step?.instruction ?? '')
  return match?.[1] ?? null
}

/**
 * The recorded step a progress step is, by stage and number; null for internal vertexes. A step with no
 * stage prefix (a one-stage build) is matched in the last stage that has it.
 */
export function recordedStep(
  record: InputRecord,
  step: Pick<ProgressStep, 'stage' | 'index' | 'instruction'>
): RecordedStep | null {
  if (step.index === null) return null
  const keyword = (step.instruction ?? '').split(/\s/)[0]?.toUpperCase() ?? ''
  const same = record.steps.filter(
    s =>
      s.index === step.index && s.keyword === keyword && (step.stage === null || s.stageName === step.stage)
  )
  return same.at(-1) ?? null
}

/** Parses a stored record; null when it is not one (a damaged or older file is simply not compared). */
export function parseInputRecord(text: string): InputRecord | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const v = value as Partial<Record<keyof InputRecord, unknown>>
  if (v.version !== INPUT_RECORD_VERSION || !Array.isArray(v.steps) || !Array.isArray(v.baseImages))
    return null
  if (typeof v.buildArgs !== 'object' || v.buildArgs === null) return null
  const stepsOk = v.steps.every(
    (s: unknown) =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as RecordedStep).index === 'number' &&
      typeof (s as RecordedStep).text === 'string' &&
      typeof (s as RecordedStep).line === 'number' &&
      typeof (s as RecordedStep).vars === 'object'
  )
  return stepsOk ? (value as InputRecord) : null
}
