// Error values that carry an exit code, and one way to turn any thrown value into a message.

/** Exit codes shared by every command: 0 pass, 1 the check failed, 2 usage, input or engine error. */
export const ExitCode = { Pass: 0, CheckFailed: 1, Error: 2 } as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** An expected failure: its message is one line that says what is wrong and how to fix it. */
export class BuildLabError extends Error {
  readonly exitCode: ExitCode
  /** Extra lines shown after the message (for example the last lines of a build log). */
  readonly detail: string | undefined

  constructor(message: string, options: { exitCode?: ExitCode; detail?: string } = {}) {
    super(message)
    this.name = 'BuildLabError'
    this.exitCode = options.exitCode ?? ExitCode.Error
    this.detail = options.detail
  }
}

/** The message of any thrown value, Error or not, on one line. */
/** Whether a file system error says the path does not exist (ENOENT), from any realm. */
export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  if (typeof error === 'string') return error
  try {
    const json = JSON.stringify(error)
    return json === undefined ? String(error) : json
  } catch {
    return String(error)
  }
}

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const
export type TerminationSignal = keyof typeof SIGNAL_EXIT

/** The command was stopped by SIGINT or SIGTERM: it stops its builds, cleans up and exits 128 + the signal's number. */
export class Interrupted extends Error {
  readonly signal: TerminationSignal
  readonly exitCode: (typeof SIGNAL_EXIT)[TerminationSignal]

  constructor(signal: TerminationSignal) {
    super(`interrupted by ${signal}`)
    this.name = 'Interrupted'
    this.signal = signal
    this.exitCode = SIGNAL_EXIT[signal]
  }
}

/** The signal an aborted AbortSignal's reason names (SIGTERM when it names none). */
export function terminationSignal(signal: AbortSignal): TerminationSignal {
  const reason: unknown = signal.reason
  return reason === 'SIGINT' || reason === 'SIGTERM' ? reason : 'SIGTERM'
}

/** Throws Interrupted once the signal has aborted. */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Interrupted(terminationSignal(signal))
}
