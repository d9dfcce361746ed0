// Streaming parser of `docker buildx build --progress=rawjson` output: steps, timings, cache hits, errors, log tails.
import { isRecord } from './json.js'

/** One vertex of the build graph, as the stream last described it. */
export interface Step {
  /** The vertex digest. */
  vertex: string
  /** As BuildKit names it, e.g. "[stage-1 2/4] RUN npm ci". */
  name: string
  /** "stage-1" / "build" / null for a single-stage "[2/4]". */
  stage: string | null
  /** The platform prefix of a multi-platform build ("linux/arm64"), else null. */
  platform: string | null
  index: number | null
  total: number | null
  /** The name without the bracket prefix ("RUN npm ci"), null for internal vertexes. */
  instruction: string | null
  /** The earliest `started` seen (a vertex can be started more than once). */
  startedAt: string | null
  /** The latest `completed` seen. */
  completedAt: string | null
  durationMs: number | null
  cached: boolean
  error: string | null
  /** The last bytes of this vertex's log (stdout and stderr interleaved), capped. */
  log: string
  /** How many log bytes the stream carried for this vertex, before the cap. */
  logBytes: number
}

export interface ProgressSummary {
  /** Dockerfile steps only (see isDockerfileStep), in first-seen order. See orderSteps for build order. */
  steps: Step[]
  /** Count of all vertexes seen, internal ones included. */
  vertexes: number
  cachedSteps: number
  /** Dockerfile steps excluding FROM. */
  totalSteps: number
  /** cachedSteps / totalSteps, null when totalSteps is 0. */
  cacheHitRatio: number | null
  /** Count of skipped unparseable fragments. */
  garbage: number
  /** The last 4 KiB of text that wasn't progress JSON, trimmed. buildx prints its own errors there. */
  otherText: string
  /** Every vertex (internal or not) with an error, in first-seen order. */
  errors: Step[]
}

export interface ProgressOptions {
  /** Default 16 KiB; the LAST bytes are kept. */
  maxLogBytesPerStep?: number
  /** Default 4 Mi characters: a longer unterminated object counts as garbage and the parser resyncs. */
  maxObjectChars?: number
  /** Called once per Dockerfile step, when first seen started. */
  onStepStarted?: (step: Step) => void
  /** Called once per Dockerfile step, when first seen completed (or cached/errored). */
  onStepCompleted?: (step: Step) => void
}

export interface StepName {
  stage: string | null
  platform: string | null
  index: number
  total: number
  instruction: string
}

const DEFAULT_MAX_LOG_BYTES = 16 * 1024
const DEFAULT_MAX_OBJECT_CHARS = 4 * 1024 * 1024
const MAX_OTHER_TEXT_CHARS = 4 * 1024

// BuildKit pads the index to the width of the total ("[build  9/10]") and prefixes the platform
// in multi-platform builds ("[linux/amd64 build 2/3]").
const STEP_NAME = /^\[(?:([^\]]*?)\s+)?(\d+)\/(\d+)\] ([\s\S]*)$/
const FROM_INSTRUCTION = /^FROM(?:\s|$)/i
const CANCELED = /context canceled$/
const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/i

/** A Dockerfile step is a vertex named `[N/M] ...` or `[stage N/M] ...`. */
export function isDockerfileStep(name: string): boolean {
  return parseStepName(name) !== null
}

/** FROM steps resolve a source; they are left out of the hit ratio. */
export function isFromStep(step: Pick<Step, 'instruction'>): boolean {
  return step.instruction !== null && FROM_INSTRUCTION.test(step.instruction)
}

/** The parts of a Dockerfile step's vertex name, or null for any other vertex. */
export function parseStepName(name: string): StepName | null {
  const match = STEP_NAME.exec(name)
  if (match === null) return null
  const [, prefix = '', index = '', total = '', instruction = ''] = match
  // Stage names can't contain '/', platforms always do.
  const words = prefix.split(/\s+/).filter(word => word !== '')
  const platform = words.filter(word => word.includes('/')).join(' ')
  const stage = words.filter(word => !word.includes('/')).join(' ')
  return {
    stage: stage === '' ? null : stage,
    platform: platform === '' ? null : platform,
    index: Number(index),
    total: Number(total),
    instruction
  }
}

/**
 * Steps in the order they ran: by start time, then index; never-started steps last.
 * (The stream first lists the whole graph from the last step backwards, so first-seen order is
 * roughly the reverse of the Dockerfile.)
 */
export function orderSteps(steps: readonly Step[]): Step[] {
  return orderBy(steps, step => timestampMs(step.startedAt))
}

function orderBy(steps: readonly Step[], time: (step: Step) => number | null): Step[] {
  return steps
    .map((step, position) => ({ step, position, time: time(step) }))
    .sort(
      (a, b) =>
        (a.time ?? Infinity) - (b.time ?? Infinity) ||
        (a.step.index ?? 0) - (b.step.index ?? 0) ||
        a.position - b.position
    )
    .map(entry => entry.step)
}

/**
 * The error that failed the build: the first to complete that isn't a cancellation. When one step
 * fails, BuildKit cancels the steps running beside it and they report errors ending in
 * "context canceled".
 */
export function rootError(errors: readonly Step[]): Step | null {
  const byCompletion = orderBy(errors, step => timestampMs(step.completedAt))
  return byCompletion.find(step => !CANCELED.test(step.error ?? '')) ?? byCompletion[0] ?? null
}

/** Parses a whole stream at once. */
export function parseProgress(text: string | Uint8Array, options?: ProgressOptions): ProgressSummary {
  const parser = new ProgressParser(options)
  parser.push(text)
  return parser.end()
}

/** Feed it chunks split anywhere; it never throws on malformed input, it counts it as garbage. */
export class ProgressParser {
  private readonly maxLogBytes: number
  private readonly options: ProgressOptions
  private readonly vertexes = new Map<string, VertexState>()
  private readonly scanner: ObjectScanner
  private readonly decoder = new TextDecoder('utf-8')
  private readonly pendingEvents: (() => void)[] = []
  private decoderHasBytes = false
  private garbage = 0
  private otherText = ''
  private ended: ProgressSummary | null = null

  constructor(options: ProgressOptions = {}) {
    this.maxLogBytes = checkedSize('maxLogBytesPerStep', options.maxLogBytesPerStep, DEFAULT_MAX_LOG_BYTES, 0)
    const maxObjectChars = checkedSize('maxObjectChars', options.maxObjectChars, DEFAULT_MAX_OBJECT_CHARS, 2)
    this.options = options
    this.scanner = new ObjectScanner(
      maxObjectChars,
      text => this.acceptObject(text),
      () => this.garbage++,
      text => this.keepOtherText(text)
    )
  }

  push(chunk: string | Uint8Array): void {
    if (this.ended !== null) throw new Error('ProgressParser.push() called after end()')
    if (typeof chunk === 'string') {
      this.flushDecoder()
      this.scanner.write(chunk)
    } else {
      this.decoderHasBytes = true
      this.scanner.write(this.decoder.decode(chunk, { stream: true }))
    }
    this.deliverEvents()
  }

  /** Flushes; a trailing partial object or text counts as garbage. Calling it again returns the same summary. */
  end(): ProgressSummary {
    if (this.ended === null) {
      this.flushDecoder()
      this.scanner.end()
      this.ended = this.summary()
      this.deliverEvents()
    }
    return this.ended
  }

  /** A snapshot at any time; later input doesn't change it. */
  summary(): ProgressSummary {
    const all = [...this.vertexes.values()]
    const steps = all.filter(vertex => vertex.step !== null).map(vertex => vertex.snapshot())
    const counted = steps.filter(step => !isFromStep(step))
    const cachedSteps = counted.filter(step => step.cached).length
    return {
      steps,
      vertexes: all.length,
      cachedSteps,
      totalSteps: counted.length,
      cacheHitRatio: counted.length === 0 ? null : cachedSteps / counted.length,
      garbage: this.garbage,
      otherText: this.otherText.trim(),
      errors: all.filter(vertex => vertex.error !== null).map(vertex => vertex.snapshot())
    }
  }

  private flushDecoder(): void {
    if (!this.decoderHasBytes) return
    this.decoderHasBytes = false
    this.scanner.write(this.decoder.decode())
  }

  // Callbacks run after the whole chunk is parsed, so one that throws can't leave the parser half-way.
  private deliverEvents(): void {
    const events = this.pendingEvents.splice(0)
    let failure: { error: unknown } | null = null
    for (const event of events) {
      try {
        event()
      } catch (error) {
        failure ??= { error }
      }
    }
    if (failure !== null) throw failure.error
  }

  private acceptObject(text: string): void {
    let status: unknown
    try {
      status = JSON.parse(text)
    } catch {
      this.garbage++
      this.keepOtherText(text)
      return
    }
    if (!isRecord(status)) {
      this.garbage++
      return
    }
    for (const vertex of records(status['vertexes'])) this.applyVertex(vertex)
    for (const log of records(status['logs'])) this.applyLog(log)
  }

  private keepOtherText(text: string): void {
    this.otherText = (this.otherText + text).slice(-MAX_OTHER_TEXT_CHARS)
  }

  private vertex(digest: string): VertexState {
    let state = this.vertexes.get(digest)
    if (state === undefined) {
      state = new VertexState(digest, this.maxLogBytes)
      this.vertexes.set(digest, state)
    }
    return state
  }

  private applyVertex(record: Record<string, unknown>): void {
    const digest = record['digest']
    if (typeof digest !== 'string' || digest === '') return
    const state = this.vertex(digest)
    const name = record['name']
    if (typeof name === 'string' && name !== '') state.setName(name)
    const started = record['started']
    if (typeof started === 'string') state.start(started)
    const completed = record['completed']
    if (typeof completed === 'string') state.complete(completed)
    if (record['cached'] === true) state.cached = true
    const error = record['error']
    if (typeof error === 'string' && error !== '') state.error = error
    this.queueEvents(state)
  }

  private applyLog(record: Record<string, unknown>): void {
    const vertex = record['vertex']
    const data = record['data']
    if (typeof vertex !== 'string' || vertex === '' || typeof data !== 'string') return
    this.vertex(vertex).log.append(Buffer.from(data, 'base64'))
  }

  private queueEvents(state: VertexState): void {
    if (state.step === null) return
    const { onStepStarted, onStepCompleted } = this.options
    const done = state.completedAt !== null || state.cached || state.error !== null
    if (!state.startedReported && (state.startedAt !== null || done)) {
      state.startedReported = true
      if (state.startedAt !== null && onStepStarted !== undefined) {
        const step = state.snapshot()
        this.pendingEvents.push(() => onStepStarted(step))
      }
    }
    if (!state.completedReported && done) {
      state.completedReported = true
      if (onStepCompleted !== undefined) {
        const step = state.snapshot()
        this.pendingEvents.push(() => onStepCompleted(step))
      }
    }
  }
}

class VertexState {
  readonly digest: string
  readonly log: LogTail
  name = ''
  step: StepName | null = null
  startedAt: string | null = null
  completedAt: string | null = null
  cached = false
  error: string | null = null
  startedReported = false
  completedReported = false
  private startedMs: number | null = null
  private completedMs: number | null = null

  constructor(digest: string, maxLogBytes: number) {
    this.digest = digest
    this.log = new LogTail(maxLogBytes)
  }

  setName(name: string): void {
    if (name === this.name) return
    this.name = name
    this.step = parseStepName(name)
  }

  start(at: string): void {
    const ms = timestampMs(at)
    if (this.startedAt === null || (ms !== null && (this.startedMs === null || ms < this.startedMs))) {
      this.startedAt = at
      this.startedMs = ms
    }
  }

  complete(at: string): void {
    const ms = timestampMs(at)
    if (this.completedAt === null || (ms !== null && (this.completedMs === null || ms > this.completedMs))) {
      this.completedAt = at
      this.completedMs = ms
    }
  }

  snapshot(): Step {
    const durationMs =
      this.startedMs === null || this.completedMs === null
        ? null
        : Math.max(0, Math.round((this.completedMs - this.startedMs) * 1000) / 1000)
    return {
      vertex: this.digest,
      name: this.name,
      stage: this.step?.stage ?? null,
      platform: this.step?.platform ?? null,
      index: this.step?.index ?? null,
      total: this.step?.total ?? null,
      instruction: this.step?.instruction ?? null,
      startedAt: this.startedAt,
      completedAt: this.completedAt,
      durationMs,
      cached: this.cached,
      error: this.error,
      log: this.log.text(),
      logBytes: this.log.total
    }
  }
}

/** The last `max` bytes of a log. */
class LogTail {
  total = 0
  private readonly max: number
  private chunks: Uint8Array[] = []
  private size = 0

  constructor(max: number) {
    this.max = max
  }

  append(bytes: Uint8Array): void {
    this.total += bytes.length
    if (this.max === 0 || bytes.length === 0) return
    if (bytes.length >= this.max) {
      this.chunks = [bytes.slice(bytes.length - this.max)]
      this.size = this.max
      return
    }
    this.chunks.push(bytes)
    this.size += bytes.length
    while (this.chunks.length > 0 && this.size - (this.chunks[0]?.length ?? 0) >= this.max) {
      this.size -= this.chunks.shift()?.length ?? 0
    }
    const first = this.chunks[0]
    if (first !== undefined && this.size > this.max) {
      this.chunks[0] = first.slice(this.size - this.max)
      this.size = this.max
    }
  }

  text(): string {
    const bytes = new Uint8Array(this.size)
    let offset = 0
    for (const chunk of this.chunks) {
      bytes.set(chunk, offset)
      offset += chunk.length
    }
    // When the cap cut a UTF-8 sequence in two, drop its tail rather than show U+FFFD.
    let start = 0
    if (this.total > this.size) {
      while (start < 3 && start < bytes.length && ((bytes[start] ?? 0) & 0xc0) === 0x80) start++
    }
    return new TextDecoder('utf-8').decode(bytes.subarray(start))
  }
}

const LEFT_BRACE = 0x7b
const RIGHT_BRACE = 0x7d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const NEWLINE = 0x0a

/**
 * Splits concatenated JSON objects out of a character stream, across chunks. Text between objects
 * is garbage (one fragment per run), and is passed on. An object that is cut short (a raw control character inside a
 * string, a `{` at the start of a line while it's open, or more than `maxChars`) is garbage too;
 * after one, the scanner skips to the next `{` that opens a line, which is where buildx starts
 * every object.
 */
class ObjectScanner {
  private mode: 'text' | 'object' | 'skip' = 'text'
  private depth = 0
  private inString = false
  private escaped = false
  private lineStart = true
  private textHasContent = false
  private pending = ''
  private textPending = ''
  private readonly maxChars: number
  private readonly onObject: (text: string) => void
  private readonly onGarbage: () => void
  private readonly onText: (text: string) => void

  constructor(
    maxChars: number,
    onObject: (text: string) => void,
    onGarbage: () => void,
    onText: (text: string) => void
  ) {
    this.maxChars = maxChars
    this.onObject = onObject
    this.onGarbage = onGarbage
    this.onText = onText
  }

  write(chunk: string): void {
    let start = 0
    let textStart = 0
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i)
      if (this.mode === 'text') {
        if (c === LEFT_BRACE) {
          if (this.textHasContent) {
            this.onGarbage()
            this.onText(this.textPending + chunk.slice(textStart, i))
          }
          this.textPending = ''
          this.open()
          start = i
        } else if (!isWhitespace(c)) {
          this.textHasContent = true
        }
      } else if (this.mode === 'skip') {
        if (c === LEFT_BRACE && this.lineStart) {
          this.open()
          start = i
        }
      } else if (this.inString) {
        if (c < 0x20) {
          this.abandon()
        } else if (this.escaped) {
          this.escaped = false
        } else if (c === BACKSLASH) {
          this.escaped = true
        } else if (c === QUOTE) {
          this.inString = false
        }
      } else if (c === QUOTE) {
        this.inString = true
      } else if (c === LEFT_BRACE) {
        if (this.lineStart) {
          this.onGarbage()
          this.open()
          start = i
        } else {
          this.depth++
        }
      } else if (c === RIGHT_BRACE) {
        this.depth--
        if (this.depth === 0) {
          const text = this.pending + chunk.slice(start, i + 1)
          this.pending = ''
          this.mode = 'text'
          this.textHasContent = false
          textStart = i + 1
          this.onObject(text)
        }
      }
      if (this.mode === 'object' && this.pending.length + (i + 1 - start) > this.maxChars) this.abandon()
      this.lineStart = c === NEWLINE
    }
    if (this.mode === 'object') this.pending += chunk.slice(start)
    if (this.mode === 'text') {
      this.textPending = (this.textPending + chunk.slice(textStart)).slice(-MAX_OTHER_TEXT_CHARS)
    }
  }

  end(): void {
    if (this.mode === 'object') this.onGarbage()
    if (this.mode === 'text' && this.textHasContent) {
      this.onGarbage()
      this.onText(this.textPending)
    }
    this.mode = 'text'
    this.textHasContent = false
    this.pending = ''
    this.textPending = ''
  }

  private open(): void {
    this.mode = 'object'
    this.depth = 1
    this.inString = false
    this.escaped = false
    this.pending = ''
  }

  private abandon(): void {
    this.onGarbage()
    this.mode = 'skip'
    this.pending = ''
  }
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === NEWLINE || c === 0x0d || c === 0x09 || c === 0xfeff
}

function records(value: unknown): Record<string, unknown>[] {
  const list: unknown[] = Array.isArray(value) ? value : []
  return list.filter(isRecord)
}

/** Milliseconds since the epoch of an RFC 3339 timestamp, keeping the sub-millisecond part. */
function timestampMs(iso: string | null): number | null {
  if (iso === null) return null
  const match = TIMESTAMP.exec(iso)
  if (match === null) return null
  const [, seconds = '', fraction = '', zone = ''] = match
  const whole = Date.parse(seconds + zone)
  if (Number.isNaN(whole)) return null
  return fraction === '' ? whole : whole + Number(`0${fraction}`) * 1000
}

function checkedSize(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer of at least ${min}, got ${value}`)
  }
  return value
}

/**
 * Whether a step does build work that a cache can save. FROM resolves a source; WORKDIR at most makes a
 * directory, and BuildKit reports it CACHED even under --no-cache. Both are left out of the lab's hit ratio,
 * so that a --no-cache build is 0%.
 */
export function doesWork(step: Pick<Step, 'instruction'>): boolean {
  return step.instruction === null || !/^(FROM|WORKDIR)(\s|$)/i.test(step.instruction)
}

/** Cached steps among those that do work (see doesWork), and their ratio; null when none does. */
export function workHits(steps: readonly Pick<Step, 'instruction' | 'cached'>[]): {
  cachedSteps: number
  totalSteps: number
  cacheHitRatio: number | null
} {
  const counted = steps.filter(doesWork)
  const cachedSteps = counted.filter(s => s.cached).length
  return {
    cachedSteps,
    totalSteps: counted.length,
    cacheHitRatio: counted.length === 0 ? null : cachedSteps / counted.length
  }
}
