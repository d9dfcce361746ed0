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
