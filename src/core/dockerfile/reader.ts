// Reads Dockerfile text into stages and instructions (on dockerfile-ast), as BuildKit's parser splits them.
import {
  Copy,
  DockerfileParser,
  type Heredoc as AstHeredoc,
  type Instruction as AstInstruction,
  ModifiableInstruction,
  PropertyInstruction,
  Run
} from 'dockerfile-ast'

/** Text past this size is not parsed (the parser's time grows with it); `Dockerfile.error` says so. */
export const MAX_DOCKERFILE_CHARS = 1024 * 1024

/** Where text sits in the Dockerfile as given (CRLF included): UTF-16 offsets, end exclusive, as String.slice takes them. */
export interface Span {
  start: number
  end: number
}

/** A `--name[=value]` flag before the arguments, name as written, value as written (quotes kept). */
export interface Flag {
  name: string
  value: string | null
  /** Where the value is written; null when there is none. */
  valueSpan: Span | null
}

export interface Heredoc {
  name: string
  /** `<<-EOF`: leading tabs are stripped from the body and the terminator. */
  stripTabs: boolean
  /** `<<"EOF"` or `<<'EOF'`: the body is not expanded. */
  quoted: boolean
  /** The lines between the operator's line and the terminator (tabs stripped for `<<-`). */
  body: string
  terminated: boolean
}

export interface Instruction {
  /** Upper case: RUN, COPY, ... */
  keyword: string
  /** The keyword as written. */
  word: string
  /** 1-based, first and last line (continuations and heredoc bodies included). */
  line: number
  endLine: number
  flags: Flag[]
  /** The arguments after the flags, split on whitespace, quotes kept, heredoc bodies included. */
  args: string[]
  /** Where each of `args` is written, for edits that keep everything else as it is. */
  argSpans: Span[]
  /** The argument text after the flags: continuations joined, comments inside them dropped, heredoc bodies kept. */
  content: string
  /** The arguments of the exec (JSON) form, or null for the shell form (invalid JSON is shell form). */
  json: string[] | null
  /** Heredocs of RUN, COPY and ADD, in order. */
  heredocs: Heredoc[]
  /** ARG and ENV: the names they set, with their values. */
  variables: Variable[]
  /** Index into `stages`; -1 before the first FROM. */
  stage: number
}

export interface Stage {
  index: number
  /** The `AS` name, lower case (stage names are case-insensitive). */
  name: string | null
  /** The image or stage the FROM names, as written (variables not expanded). */
  image: string
  /** The `--platform` value, as written. */
  platform: string | null
  line: number
  from: Instruction
  /** The instructions after the FROM. */
  instructions: Instruction[]
}

/** One name of an ARG or ENV, with its value (quotes and escapes removed), null when it has none. */
export interface Variable {
  name: string
  value: string | null
  /** The value as written (quotes and escapes kept), for `expandWord`. */
  raw: string | null
  /** Where the value is written (quotes included); null when it has none. */
  valueSpan: Span | null
  line: number
}

export interface Dockerfile {
  /** The `# escape=` directive: `\` or a backtick. */
  escape: string
  /** The `# syntax=` directive, null when absent. */
  syntax: string | null
  instructions: Instruction[]
  stages: Stage[]
  /** ARGs declared before the first FROM. */
  globalArgs: Variable[]
  /** Why the text was not read (too large, or the parser failed); then there are no instructions. */
  error: string | null
}

/** Reads the text; never throws. */
export function readDockerfile(text: string): Dockerfile {
  const out: Dockerfile = {
    escape: '\\',
    syntax: null,
    instructions: [],
    stages: [],
    globalArgs: [],
    error: null
  }
  if (text.length > MAX_DOCKERFILE_CHARS) {
    out.error = `the Dockerfile is larger than ${MAX_DOCKERFILE_CHARS / 1024 / 1024} MiB`
    return out
  }
  let parsed: ReturnType<typeof DockerfileParser.parse>
  try {
    // BuildKit reads CRLF files as LF ones.
    const normal = text.replace(/\r\n/g, '\n')
    parsed = DockerfileParser.parse(normal)
    out.escape = parsed.getEscapeCharacter()
    out.syntax =
      parsed
        .getDirectives()
        .find(d => d.getName().toLowerCase() === 'syntax')
        ?.getValue() ?? null
    const lines = normal.split('\n')
    const span = spanOf(text, normal)
    for (const ast of parsed.getInstructions()) {
      const keyword = ast.getKeyword().toUpperCase()
      const stage = keyword === 'FROM' ? out.stages.length : out.stages.length - 1
      const instruction = toInstruction(ast, keyword, stage, lines, span)
      out.instructions.push(instruction)
      if (keyword === 'FROM') {
        out.stages.push(toStage(instruction))
      } else if (stage >= 0) {
        out.stages[stage]!.instructions.push(instruction)
      } else if (keyword === 'ARG') {
        out.globalArgs.push(...instruction.variables)
      }
    }
  } catch (error) {
    return {
      ...out,
      instructions: [],
      stages: [],
      globalArgs: [],
      error: `the parser failed: ${String(error)}`
    }
  }
  return out
}

type Range = ReturnType<AstInstruction['getRange']>

/**
 * Turns the parser's positions (line and character in the LF text) into offsets in the text as
 * given: each CR of a CRLF that the reading dropped is counted back in.
 */
function spanOf(original: string, normal: string): (range: Range) => Span {
  const starts = [0]
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i)
    if (c === 10 || (c === 13 && normal.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  // Normalised offsets of the LFs that had a CR before them.
  const dropped: number[] = []
  for (let i = 0, k = 0; i < original.length; i++) {
    if (original.charCodeAt(i) === 13 && original.charCodeAt(i + 1) === 10) dropped.push(i - k++)
  }
  const back = (n: number): number => {
    let lo = 0
    let hi = dropped.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (dropped[mid]! < n) lo = mid + 1
      else hi = mid
    }
    return n + lo
  }
  const at = (line: number, character: number): number =>
    back(Math.min(normal.length, (starts[line] ?? normal.length) + character))
  return range => ({
    start: at(range.start.line, range.start.character),
    end: at(range.end.line, range.end.character)
  })
}

function toInstruction(
  ast: AstInstruction,
  keyword: string,
  stage: number,
  lines: string[],
  span: (range: Range) => Span
): Instruction {
  const range = ast.getRange()
  const line = range.start.line + 1
  const content = ast.getArgumentsContent() ?? ''
  return {
    keyword,
    word: ast.getInstruction(),
    line,
    endLine: range.end.line + 1,
    flags:
      ast instanceof ModifiableInstruction
        ? ast.getFlags().map(f => {
            const valueRange = f.getValueRange()
            return {
              name: f.getName(),
              value: f.getValue(),
              valueSpan: valueRange === null ? null : span(valueRange)
            }
          })
        : [],
    args: ast.getArguments().map(a => a.getValue()),
    argSpans: ast.getArguments().map(a => span(a.getRange())),
    content,
    json: jsonForm(content),
    heredocs:
      ast instanceof Run || ast instanceof Copy ? ast.getHeredocs().map(h => toHeredoc(h, lines)) : [],
    variables: keyword === 'ARG' || keyword === 'ENV' ? variables(ast, line, span) : [],
    stage
  }
}

function toHeredoc(heredoc: AstHeredoc, lines: string[]): Heredoc {
  const start = heredoc.getStartRange()
  const operator = (lines[start.start.line] ?? '').slice(start.start.character, start.end.character)
  const stripTabs = operator.startsWith('<<-')
  const content = heredoc.getContentRange()
  let body: string[] = []
  if (content !== null) {
    body = lines.slice(content.start.line, content.end.line + 1)
    if (body.length > 0) {
      const last = body.length - 1
      body[last] = body[last]!.slice(
        0,
        content.end.line === content.start.line ? undefined : content.end.character
      )
      body[0] = body[0]!.slice(content.start.character)
    }
  }
  const terminated = heredoc.getDelimiterRange() !== null
  if (!terminated && body.at(-1) === '') body.pop()
  return {
    name: heredoc.getName(),
    stripTabs,
    quoted: /["']/.test(operator),
    body: (stripTabs ? body.map(b => b.replace(/^\t+/, '')) : body).join('\n'),
    terminated
  }
}

function toStage(from: Instruction): Stage {
  const named = from.args.length === 3 && from.args[1]!.toUpperCase() === 'AS'
  const platform = from.flags.find(f => f.name.toLowerCase() === 'platform')
  return {
    index: from.stage,
    name: named ? from.args[2]!.toLowerCase() : null,
    image: from.args[0] ?? '',
    platform: platform?.value ?? null,
    line: from.line,
    from,
    instructions: []
  }
}

function variables(ast: AstInstruction, line: number, span: (range: Range) => Span): Variable[] {
  if (!(ast instanceof PropertyInstruction)) return []
  return ast.getProperties().map(p => {
    const valueRange = p.getValueRange()
    return {
      name: p.getName(),
      value: p.getValue(),
      raw: p.getUnescapedValue(),
      valueSpan: valueRange === null ? null : span(valueRange),
      line
    }
  })
}

function jsonForm(content: string): string[] | null {
  const trimmed = content.trim()
  if (!trimmed.startsWith('[')) return null
  try {
    const parsed: unknown = JSON.parse(trimmed)
    if (Array.isArray(parsed) && parsed.every(p => typeof p === 'string')) return parsed
  } catch {
    // BuildKit runs invalid JSON as the shell form.
  }
  return null
}

/** The value of a flag: undefined when absent, null when given without `=`. */
export function flagValue(instruction: Pick<Instruction, 'flags'>, name: string): string | null | undefined {
  const flag = instruction.flags.find(f => f.name.toLowerCase() === name)
  return flag === undefined ? undefined : flag.value
}

/** The command of a RUN: the exec form joined with spaces, the shell form as written. */
export function runCommand(instruction: Instruction): string {
  return instruction.json?.join(' ') ?? instruction.content
}

/** Sources and destination of a COPY/ADD; heredoc sources are left out. */
export function copyOperands(instruction: Instruction): { sources: string[]; destination: string | null } {
  // A heredoc's body follows the first line; the operands are on the first line only.
  const words =
    instruction.json ??
    (instruction.heredocs.length > 0
      ? (instruction.content.split('\n')[0] ?? '').trim().split(/\s+/)
      : instruction.args)
  const destination = words.at(-1) ?? null
  const sources = words.slice(0, -1).filter(w => !w.startsWith('<<'))
  return { sources, destination }
}

/** A URL or git address that ADD fetches instead of reading the context. */
export function isRemote(source: string): boolean {
  return /^(https?|git):\/\//i.test(source) || /^git@/i.test(source)
}

/**
 * One word as BuildKit's shell lexer reads it for FROM and ARG: quotes removed (nothing expands inside
 * single quotes), the escape character makes the next character literal, and `$NAME`, `${NAME}`,
 * `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}` expand (an unknown name is empty).
 */
export function expandWord(raw: string, vars: ReadonlyMap<string, string>, escape = '\\', depth = 0): string {
  let out = ''
  let quote: '"' | "'" | null = null
  let i = 0
  while (i < raw.length) {
    const c = raw[i]!
    if (quote === "'") {
      if (c === "'") quote = null
      else out += c
      i++
    } else if (c === escape && i + 1 < raw.length) {
      const next = raw[i + 1]!
      // Inside double quotes the escape only protects what the quotes would otherwise read.
      out += quote === '"' && !'"$`\\'.includes(next) && next !== escape ? c + next : next
      i += 2
    } else if (c === '"' || (c === "'" && quote === null)) {
      quote = quote === c ? null : c
      i++
    } else if (c === '$') {
      const { value, end } = expansion(raw, i, vars, escape, depth)
      out += value
      i = end
    } else {
      out += c
      i++
    }
  }
  return out
}

const MAX_NESTING = 16

function expansion(
  raw: string,
  at: number,
  vars: ReadonlyMap<string, string>,
  escape: string,
  depth: number
): { value: string; end: number } {
  const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(at + 1, at + 1 + 256))
  if (bare !== null) return { value: vars.get(bare[0]) ?? '', end: at + 1 + bare[0].length }
  if (raw[at + 1] !== '{') return { value: '$', end: at + 1 }
  let close = -1
  for (let i = at + 2, depth = 0; i < raw.length && close < 0; i++) {
    if (raw[i] === '$' && raw[i + 1] === '{') {
      depth++
      i++
    } else if (raw[i] === '}') {
      if (depth === 0) close = i
      else depth--
    }
  }
  // Unclosed, or nested past any real use: left as written, so hostile text costs linear time and no deep stack.
  if (close < 0 || depth >= MAX_NESTING) return { value: raw.slice(at), end: raw.length }
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])(.*))?$/s.exec(raw.slice(at + 2, close))
  if (m === null) return { value: raw.slice(at, close + 1), end: close + 1 }
  const [, name, colon, op, word] = m
  const value = vars.get(name!)
  const unset = value === undefined || (colon === ':' && value === '')
  const expanded =
    op === undefined
      ? (value ?? '')
      : op === '-'
        ? unset
          ? expandWord(word ?? '', vars, escape, depth + 1)
          : value
        : unset
          ? ''
          : expandWord(word ?? '', vars, escape, depth + 1)
  return { value: expanded, end: close + 1 }
}

/**
 * The global ARG values after build args (which win over defaults, for declared names only), each
 * default expanded with the ARGs before it.
 */
export function globalArgValues(
  dockerfile: Dockerfile,
  buildArgs: ReadonlyMap<string, string>
): Map<string, string> {
  const vars = new Map<string, string>()
  for (const arg of dockerfile.globalArgs) {
    const value =
      buildArgs.get(arg.name) ?? (arg.raw === null ? undefined : expandWord(arg.raw, vars, dockerfile.escape))
    if (value !== undefined) vars.set(arg.name, value)
  }
  return vars
}
