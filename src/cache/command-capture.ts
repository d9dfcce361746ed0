// Catches the warnings @actions/cache prints as workflow commands, so a failure is reported once, by us.

/** A workflow command line (`::warning::message`) decoded; plain lines come as `info`. */
export interface CapturedCommand {
  command: 'warning' | 'error' | 'debug' | 'info'
  message: string
}

type Listener = (line: CapturedCommand) => void

/**
 * Messages @actions/cache 6 prints with core.warning / core.error when it swallows a failure.
 * Only these are held back: any other warning printed meanwhile (the gate's own) goes through.
 */
const SWALLOWED_PREFIXES = [
  'Failed to restore: ',
  'Failed to save: ',
  'Cache reservation failed: ',
  "You've hit a rate limit",
  'uploadCacheArchiveSDK: '
]

const listeners = new Set<Listener>()
let originalWrite: typeof process.stdout.write | null = null
let patchedWrite: typeof process.stdout.write | null = null

/**
 * Runs `operation` while @actions/cache's warnings go to `listener` instead of stdout. The
 * capture lasts until the operation settles, even when the caller stopped waiting for it,
 * because a timed-out restore may still print its failure later.
 */
export function captureCacheCommands<T>(operation: () => Promise<T>, listener: Listener): Promise<T> {
  listeners.add(listener)
  install()
  let running: Promise<T>
  try {
    running = operation()
  } catch (error) {
    running = Promise.reject(error)
  }
  return running.finally(() => {
    listeners.delete(listener)
    if (listeners.size === 0) uninstall()
  })
}

/** Decodes one `::command props::message` line; null for anything else. */
export function parseCommand(line: string): CapturedCommand | null {
  const match = /^::(warning|error|debug)(?: [^:]*)?::(.*)$/.exec(line.replace(/\r?\n$/, ''))
  if (match === null) return null
  const command = match[1] === 'warning' ? 'warning' : match[1] === 'error' ? 'error' : 'debug'
  const message = (match[2] ?? '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  return { command, message }
}

function install(): void {
  if (originalWrite !== null) return
  const original = process.stdout.write
  originalWrite = original
  type Callback = (error?: Error | null) => void
  // The two overloads of Writable.write, named.
  const withCallback: (this: NodeJS.WriteStream, chunk: string | Uint8Array, cb?: Callback) => boolean =
    original
  const withEncoding: (
    this: NodeJS.WriteStream,
    chunk: string | Uint8Array,
    encoding?: BufferEncoding,
    cb?: Callback
  ) => boolean = original
  const patched = function (
    this: NodeJS.WriteStream,
    chunk: string | Uint8Array,
    encodingOrCallback?: BufferEncoding | Callback,
    callback?: Callback
  ): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const command =
      listeners.size > 0 ? (parseCommand(text) ?? { command: 'info', message: text.trimEnd() }) : null
    if (command !== null) {
      for (const listener of listeners) listener(command)
      if (
        (command.command === 'warning' || command.command === 'error') &&
        SWALLOWED_PREFIXES.some(p => command.message.startsWith(p))
      ) {
        return true
      }
    }
    return typeof encodingOrCallback === 'function'
      ? withCallback.call(this, chunk, encodingOrCallback)
      : withEncoding.call(this, chunk, encodingOrCallback, callback)
  }
  process.stdout.write = patched
  patchedWrite = patched
}

function uninstall(): void {
  if (originalWrite === null) return
  // Someone patched stdout after us (a test reporter): leave their wrapper in place.
  if (process.stdout.write === patchedWrite) process.stdout.write = originalWrite
  originalWrite = null
  patchedWrite = null
}
