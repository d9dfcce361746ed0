// Turns Dockerfile text into stages and steps (via dockerfile-ast), and lists its syntax problems.
import { Copy, DockerfileParser, Keyword, ModifiableInstruction, Run } from 'dockerfile-ast'
import type { Instruction } from 'dockerfile-ast'

export interface Flag {
  name: string
  value: string | null
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

function flagsOf(instruction: Instruction): Flag[] {
  if (!(instruction instanceof ModifiableInstruction)) return []
  return instruction.getFlags().map(f => ({ name: f.getName().toLowerCase(), value: f.getValue() }))
}

/** The command of a RUN: JSON form joined with spaces, shell form as written. */
function commandOf(instruction: Instruction): string {
  const content = instruction.getArgumentsContent() ?? ''
  const trimmed = content.trim()
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (Array.isArray(parsed) && parsed.every(p => typeof p === 'string')) return parsed.join(' ')
    } catch {
      // Docker runs invalid JSON as shell form, and so do we.
    }
  }
  return content
}

function heredocsOf(instruction: Instruction): { unterminated: string[]; any: boolean } {
  if (instruction instanceof Run || instruction instanceof Copy) {
    const docs = instruction.getHeredocs()
    return {
      any: docs.length > 0,
      unterminated: docs.filter(d => d.getDelimiterRange() === null).map(d => d.getName())
    }
  }
  return { any: false, unterminated: [] }
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

function toStep(instruction: Instruction, stage: number): { step: Step; unterminated: string[] } {
  const range = instruction.getRange()
  const keyword = instruction.getKeyword().toUpperCase()
  const flags = flagsOf(instruction)
  const args = instruction.getArguments().map(a => a.getValue())
  const heredocs = heredocsOf(instruction)
  const content = instruction.getArgumentsContent() ?? ''
  const flagText = flags.map(f => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`)).join(' ')
  const step: Step = {
    keyword,
    line: range.start.line + 1,
    endLine: range.end.line + 1,
    flags,
    args,
    command: keyword === 'RUN' ? commandOf(instruction) : content,
    script: keyword === 'RUN' ? executedScript(commandOf(instruction), heredocs.any) : '',
    text: collapse(`${keyword} ${flagText} ${content}`),
    stage,
    heredoc: heredocs.any
  }
  return { step, unterminated: heredocs.unterminated }
}

function syntaxProblems(instruction: Instruction, step: Step, unterminated: string[]): SyntaxProblem[] {
  const problems: SyntaxProblem[] = []
  const at = (message: string): void => {
    problems.push({ line: step.line, message })
  }
  const word = instruction.getInstruction()
  if (!KEYWORDS.has(step.keyword)) {
    at(`unknown instruction \`${word.replace(/[^\x20-\x7e]/g, '?')}\``)
    return problems
  }
  if (step.stage < 0 && step.keyword !== 'ARG' && step.keyword !== 'FROM') {
    at(`\`${step.keyword}\` comes before the first FROM; only ARG may`)
  }
  for (const name of unterminated) at(`heredoc \`${name}\` is never terminated`)
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

/** Parses the text; never throws (a parser failure becomes a syntax problem on line 1). */
export function buildModel(text: string): Model {
  const model: Model = { steps: [], stages: [], globalArgs: [], problems: [] }
  let instructions: Instruction[]
  try {
    instructions = DockerfileParser.parse(text).getInstructions()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    model.problems.push({ line: 1, message: `the parser failed: ${reason}` })
    return model
  }
  for (const instruction of instructions) {
    const isFrom = instruction.getKeyword().toUpperCase() === 'FROM'
    const stageIndex = isFrom ? model.stages.length : model.stages.length - 1
    const { step, unterminated } = toStep(instruction, stageIndex)
    model.problems.push(...syntaxProblems(instruction, step, unterminated))
    model.steps.push(step)
    if (isFrom) {
      const named = step.args.length === 3 && step.args[1]!.toUpperCase() === 'AS'
      model.stages.push({
        index: stageIndex,
        name: named ? step.args[2]!.toLowerCase() : null,
        from: step,
        steps: []
      })
    } else if (stageIndex >= 0) {
      model.stages[stageIndex]!.steps.push(step)
    } else if (step.keyword === 'ARG') {
      // `ARG A=1 B` declares several; a value may be quoted.
      for (const word of step.args) {
        const eq = word.indexOf('=')
        const name = eq < 0 ? word : word.slice(0, eq)
        const value = eq < 0 ? null : word.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2')
        model.globalArgs.push({ name, value, line: step.line })
      }
    }
  }
  if (model.stages.length === 0) {
    const line = model.steps[0]?.line ?? 1
    model.problems.push({ line, message: 'there is no FROM instruction' })
  }
  return model
}

function jsonForm(step: Step): string[] | null {
  const trimmed = step.command.trim()
  if (!trimmed.startsWith('[')) return null
  try {
    const parsed: unknown = JSON.parse(trimmed)
    if (Array.isArray(parsed) && parsed.every(p => typeof p === 'string')) return parsed
  } catch {
    // Docker reads invalid JSON as shell form.
  }
  return null
}

/** Sources and destination of a COPY/ADD; heredoc sources are left out. */
export function copyOperands(step: Step): { sources: string[]; destination: string | null } {
  const json = jsonForm(step)
  // A heredoc's body follows the first line; the operands are on the first line only.
  const words = json ?? (step.heredoc ? (step.command.split('\n')[0] ?? '').trim().split(/\s+/) : step.args)
  const destination = words.at(-1) ?? null
  const sources = words.slice(0, -1).filter(w => !w.startsWith('<<'))
  return { sources, destination }
}

export function sourcesOf(step: Step): string[] {
  return copyOperands(step).sources
}

export function flagValue(step: Step, name: string): string | null | undefined {
  const flag = step.flags.find(f => f.name === name)
  return flag === undefined ? undefined : flag.value
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

export function isRemote(source: string): boolean {
  return /^(https?|git):\/\//i.test(source) || /^git@/i.test(source)
}

const WHOLE_CONTEXT = new Set(['.', './', '*', './*', '.*'])

/** A COPY/ADD of the whole context, like `COPY . .`. */
export function copiesWholeContext(step: Step): boolean {
  return readsContext(step) && sourcesOf(step).some(s => WHOLE_CONTEXT.has(s))
}
