// Turns Dockerfile text into stages and steps (via the Dockerfile reader), and lists its syntax problems.
import {
  copyOperands as readerCopyOperands,
  flagValue,
  type Instruction,
  isRemote,
  readDockerfile,
  runCommand,
  type Span
} from '../dockerfile/reader.js'
import { Keyword } from 'dockerfile-ast'

export { flagValue, isRemote }
export type { Span }

export interface Flag {
  name: string
  value: string | null
  /** Where the value is written; null when there is none. */
  valueSpan: Span | null
}

/** One instruction, with what the rules need already extracted. */
export interface Step {
  /** upper-case: RUN, COPY, ... */
  keyword: string
  /** 1-based */
  line: number
  endLine: number
  flags: Flag[]
  /** Arguments after the flags, split on whitespace (COPY/ADD/FROM/ARG). */
  args: string[]
  /** Where each of `args` is written, for edits that keep everything else as it is. */
  argSpans: Span[]
  /** For RUN: the shell text, continuations joined, comments dropped, heredoc bodies kept. */
  command: string
  /**
   * For RUN: the text the shell executes. A heredoc that is the script, or that feeds a shell, is kept;
   * the body of a heredoc that feeds another command (`cat > f <<'EOF'`) is data, so only its `$(...)`
   * and backquote substitutions are kept, and none of them when the delimiter is quoted.
   */
  script: string
  /** The instruction on one line, flags included, whitespace collapsed (for messages and matching). */
  text: string
  /** Index into `stages`; -1 before the first FROM. */
  stage: number
  /** Whether a source is a heredoc (COPY <<EOF) or the command is one (RUN <<EOF). */
  heredoc: boolean
  /** What the reader read. */
  instruction: Instruction
}

export interface Stage {
  index: number
  /** lower-case `AS` name */
  name: string | null
  from: Step
  steps: Step[]
}

export interface GlobalArg {
  name: string
  value: string | null
  line: number
  /** Where the default value is written (quotes included); null when it has none. */
  valueSpan: Span | null
}

export interface SyntaxProblem {
  line: number
  message: string
}

export interface Model {
  steps: Step[]
  stages: Stage[]
  /** ARGs declared before the first FROM. */
  globalArgs: GlobalArg[]
  problems: SyntaxProblem[]
}

const KEYWORDS = new Set<string>(Object.values(Keyword))

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const SHELLS = /^(\S*\/)?(sh|bash|dash|ash|zsh|ksh)$/
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g

/** See `Step.script`. */
export function executedScript(command: string, heredoc: boolean): string {
  if (!heredoc) return command
  const lines = command.split('\n')
  const out: string[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    out.push(line)
    i++
    const docs = [...line.matchAll(HEREDOC)]
    if (docs.length === 0) continue
    // What the heredoc feeds: the words before the first `<<` on this line.
    const before = line.slice(0, docs[0]!.index).trim()
    const fed = before.split(/\s+/).filter(w => w !== '' && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w))[0]
    const executes = fed === undefined || SHELLS.test(fed)
    for (const doc of docs) {
      const [, dash, quoteMark, name] = doc
      const body: string[] = []
      while (i < lines.length) {
        const text = dash === '-' ? lines[i]!.replace(/^\t+/, '') : lines[i]!
        i++
        if (text === name) break
        body.push(lines[i - 1]!)
      }
      if (executes) out.push(...body)
      else if (quoteMark === '') out.push(...body.flatMap(b => b.match(/\$\([^)]*\)|`[^`]*`/g) ?? []))
    }
  }
  return out.join('\n')
}

function toStep(instruction: Instruction): Step {
  const keyword = instruction.keyword
  const flags = instruction.flags.map(f => ({
    name: f.name.toLowerCase(),
    value: f.value,
    valueSpan: f.valueSpan
  }))
  const heredoc = instruction.heredocs.length > 0
  const command = keyword === 'RUN' ? runCommand(instruction) : instruction.content
  const flagText = flags.map(f => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`)).join(' ')
  return {
    keyword,
    line: instruction.line,
    endLine: instruction.endLine,
    flags,
    args: instruction.args,
    argSpans: instruction.argSpans,
    command,
    script: keyword === 'RUN' ? executedScript(command, heredoc) : '',
    text: collapse(`${keyword} ${flagText} ${instruction.content}`),
    stage: instruction.stage,
    heredoc,
    instruction
  }
}

function syntaxProblems(step: Step): SyntaxProblem[] {
  const problems: SyntaxProblem[] = []
  const at = (message: string): void => {
    problems.push({ line: step.line, message })
  }
  const word = step.instruction.word
  if (!KEYWORDS.has(step.keyword)) {
    at(`unknown instruction \`${word.replace(/[^\x20-\x7e]/g, '?')}\``)
    return problems
  }
  if (step.stage < 0 && step.keyword !== 'ARG' && step.keyword !== 'FROM') {
    at(`\`${step.keyword}\` comes before the first FROM; only ARG may`)
  }
  for (const { name } of step.instruction.heredocs.filter(h => !h.terminated))
    at(`heredoc \`${name}\` is never terminated`)
  if (step.keyword === 'FROM' && step.args.length === 0) at('FROM names no image')
  if (step.keyword === 'FROM' && step.args.length > 1) {
    const ok = step.args.length === 3 && step.args[1]!.toUpperCase() === 'AS'
    if (!ok) at(`FROM takes \`image [AS name]\`, got \`${step.text}\``)
  }
  if ((step.keyword === 'COPY' || step.keyword === 'ADD') && !step.heredoc && step.args.length < 2) {
    const json = step.command.trim().startsWith('[')
    if (!json) at(`${step.keyword} needs a source and a destination`)
  }
  if (step.keyword === 'ARG' && step.args.length === 0) at('ARG names no variable')
  // A bare `RUN` (or an empty heredoc) builds: BuildKit runs an empty command.
  return problems
}

/** Parses the text; never throws (text the reader refuses becomes a syntax problem on line 1). */
export function buildModel(text: string): Model {
  const dockerfile = readDockerfile(text)
  const model: Model = {
    steps: [],
    stages: [],
    globalArgs: dockerfile.globalArgs.map(({ name, value, line, valueSpan }) => ({
      name,
      value,
      line,
      valueSpan
    })),
    problems: []
  }
  if (dockerfile.error !== null) {
    model.problems.push({ line: 1, message: dockerfile.error })
    return model
  }
  for (const instruction of dockerfile.instructions) {
    const step = toStep(instruction)
    model.problems.push(...syntaxProblems(step))
    model.steps.push(step)
    if (step.keyword === 'FROM') {
      const stage = dockerfile.stages[step.stage]!
      model.stages.push({ index: stage.index, name: stage.name, from: step, steps: [] })
    } else if (step.stage >= 0) {
      model.stages[step.stage]!.steps.push(step)
    }
  }
  if (model.stages.length === 0) {
    const line = model.steps[0]?.line ?? 1
    model.problems.push({ line, message: 'there is no FROM instruction' })
  }
  return model
}

/** Sources and destination of a COPY/ADD; heredoc sources are left out. */
export function copyOperands(step: Step): { sources: string[]; destination: string | null } {
  return readerCopyOperands(step.instruction)
}

export function sourcesOf(step: Step): string[] {
  return copyOperands(step).sources
}

/** Whether the step has a `--mount=type=cache` (optionally with a target under `prefix`). */
export function hasCacheMount(step: Step, prefix?: string): boolean {
  return step.flags.some(f => {
    if (f.name !== 'mount' || f.value === null) return false
    const options = new Map(
      f.value.split(',').map(part => {
        const eq = part.indexOf('=')
        return eq < 0 ? [part.trim(), ''] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()]
      })
    )
    if (options.get('type') !== 'cache') return false
    if (prefix === undefined) return true
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? ''
    return target.startsWith(prefix)
  })
}

/** A COPY/ADD that reads from the build context (not `--from`, not a URL, not a heredoc). */
export function readsContext(step: Step): boolean {
  if (step.keyword !== 'COPY' && step.keyword !== 'ADD') return false
  if (flagValue(step, 'from') !== undefined) return false
  return sourcesOf(step).some(s => !isRemote(s))
}

const WHOLE_CONTEXT = new Set(['.', './', '*', './*', '.*'])

/** A COPY/ADD of the whole context, like `COPY . .`. */
export function copiesWholeContext(step: Step): boolean {
  return readsContext(step) && sourcesOf(step).some(s => WHOLE_CONTEXT.has(s))
}
