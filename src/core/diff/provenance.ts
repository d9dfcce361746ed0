// Maps config history entries and layers to the Dockerfile instruction (and line) that made them.
import { type Instruction, readDockerfile } from '../dockerfile/reader.js'
import type { LayerOrigin } from './types.js'

export interface DockerInstruction {
  keyword: string
  /** The instruction as written, continuation lines joined, whitespace collapsed. */
  text: string
  /** 1-based first line. */
  line: number
  stage: number
}

export interface DockerStage {
  index: number
  name?: string
  /** The image or stage named in FROM. */
  from: string
  line: number
  instructions: DockerInstruction[]
}

export interface HistoryEntry {
  created?: string
  created_by?: string
  comment?: string
  empty_layer?: boolean
}

export interface HistoryOrigin extends LayerOrigin {
  /** Index into config.history. */
  history: number
  empty: boolean
}

/** The Dockerfile's stages and their instructions, as the Dockerfile reader reads them. */
export function parseDockerfile(text: string): DockerStage[] {
  return readDockerfile(text).stages.map(stage => {
    const out: DockerStage = {
      index: stage.index,
      from: stage.image,
      line: stage.line,
      instructions: stage.instructions.map(instruction => ({
        keyword: instruction.keyword,
        text: writtenText(instruction),
        line: instruction.line,
        stage: stage.index
      }))
    }
    if (stage.name !== null) out.name = stage.name
    return out
  })
}

/** The instruction as written on one line, whitespace collapsed, then each heredoc body on its own lines. */
function writtenText(instruction: Instruction): string {
  const flags = instruction.flags.map(f => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`))
  const heredoc = instruction.heredocs.length > 0
  const args = heredoc ? (instruction.content.split('\n')[0] ?? '') : instruction.content
  const head = [instruction.word, ...flags, args].join(' ').trim().replace(/\s+/g, ' ')
  return head + instruction.heredocs.map(h => `\n${h.body}`).join('')
}

/** The stages the target is built on (it, its parent stage, and so on), oldest first. */
export function stageChain(stages: DockerStage[], target?: string): DockerStage[] {
  let stage =
    target !== undefined ? stages.find(s => s.name === target.toLowerCase()) : stages[stages.length - 1]
  const chain: DockerStage[] = []
  while (stage !== undefined && !chain.includes(stage)) {
    chain.unshift(stage)
    const from = stage.from.toLowerCase()
    const before = stages.slice(0, stage.index)
    stage = before.find(s => s.name === from) ?? (/^\d+$/.test(from) ? before[Number(from)] : undefined)
  }
  return chain
}

/** The Dockerfile keyword of a created_by string ("RUN |1 A=b /bin/sh -c ..." → RUN). */
export function historyKeyword(createdBy: string | undefined): string | undefined {
  if (createdBy === undefined) return undefined
  const m = /^\s*([A-Z]+)\b/.exec(createdBy)
  return m === null ? undefined : m[1]
}

/** created_by without BuildKit's decorations: the `# buildkit` tail, the `|N k=v` args and `/bin/sh -c`. */
export function cleanCreatedBy(createdBy: string): string {
  let s = createdBy.replace(/\s*# buildkit\s*$/, '').trim()
  const run = /^RUN \|(\d+) (.*)$/s.exec(s)
  if (run !== null) {
    const words = run[2]!.split(' ')
    s = `RUN ${words.slice(Number(run[1])).join(' ')}`
  }
  return s.replace(/^RUN \/bin\/sh -c /, 'RUN ').replace(/\s+/g, ' ')
}

/** The build args recorded in a RUN created_by ("RUN |2 A=1 B=2 ..." → {A: '1', B: '2'}). */
export function historyArgs(createdBy: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  const run = /^RUN \|(\d+) (.*)$/s.exec(createdBy ?? '')
  if (run === null) return out
  for (const word of run[2]!.split(' ').slice(0, Number(run[1]))) {
    const eq = word.indexOf('=')
    if (eq > 0) out[word.slice(0, eq)] = word.slice(eq + 1)
  }
  return out
}

const NO_HISTORY = new Set(['ONBUILD'])

/**
 * Aligns history with the target stage's instructions from the end: each instruction of the
 * chain makes one history entry, and whatever comes before the first one is the base image.
 */
export function mapHistory(
  history: HistoryEntry[],
  dockerfile?: { path: string; text: string },
  target?: string
): HistoryOrigin[] {
  const origins: HistoryOrigin[] = history.map((h, k) => {
    const origin: HistoryOrigin = {
      history: k,
      empty: h.empty_layer === true,
      base: h.comment !== 'buildkit.dockerfile.v0' && !/# buildkit\s*$/.test(h.created_by ?? '')
    }
    if (h.created_by !== undefined) {
      origin.createdBy = h.created_by
      origin.instruction = cleanCreatedBy(h.created_by)
    }
    return origin
  })
  if (dockerfile === undefined) return origins
  const chain = stageChain(parseDockerfile(dockerfile.text), target)
  if (chain.length === 0) return origins
  const instructions = chain.flatMap(s => s.instructions).filter(x => !NO_HISTORY.has(x.keyword))
  let i = history.length - 1
  let j = instructions.length - 1
  while (i >= 0 && j >= 0) {
    const keyword = historyKeyword(history[i]!.created_by)
    if (keyword === undefined) break
    if (keyword === instructions[j]!.keyword) {
      const origin = origins[i]!
      origin.instruction = instructions[j]!.text
      origin.line = instructions[j]!.line
      origin.base = false
      i--
    }
    j--
  }
  const root = chain[0]!
  for (let k = 0; k <= i; k++) {
    const origin = origins[k]!
    origin.base = true
    origin.instruction = `FROM ${root.from}`
    origin.line = root.line
  }
  return origins
}

/** The origin of each layer: the non-empty history entries, in order. */
export function layerOrigins(origins: HistoryOrigin[], layerCount: number): LayerOrigin[] {
  const layers = origins.filter(o => !o.empty)
  if (layers.length !== layerCount) return Array.from({ length: layerCount }, () => ({ base: false }))
  return layers.map(o => {
    const out: LayerOrigin = { base: o.base }
    if (o.createdBy !== undefined) out.createdBy = o.createdBy
    if (o.instruction !== undefined) out.instruction = o.instruction
    if (o.line !== undefined) out.line = o.line
    return out
  })
}
