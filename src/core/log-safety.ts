// Keeps user- and image-controlled text from becoming a workflow command (`::error::`, `::stop-commands::`) in a log.
import { BuildLabError } from './errors.js'

// The runner reads a line as a command when it starts with `::`, after any leading whitespace.
const COMMAND_START = /^(\s*):(?=:)/

/**
 * Text for a runner log: every line that would begin a workflow command gets its first `:` written as `%3A`,
 * so the runner prints it instead of obeying it. CR alone is a line break to the runner too.
 */
export function neutraliseCommands(text: string): string {
  if (!text.includes('::')) return text
  return text
    .split(/(\r\n|\r|\n)/)
    .map(part => part.replace(COMMAND_START, '$1%3A'))
    .join('')
}

/** Rejects a value that must be one line (a target, a Dockerfile path, a platform) with one clear line. */
export function requireOneLine(value: string, what: string): string {
  if (/[\r\n]/.test(value)) {
    throw new BuildLabError(
      `${what} holds a line break (${JSON.stringify(value.slice(0, 60))}): give it on one line`
    )
  }
  return value
}
