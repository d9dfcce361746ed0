// Small validators for CLI flag values; each failure is a one-line usage error (exit 2).
import { BuildLabError } from '../core/errors.js'

export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const found = allowed.find(a => a === value)
  if (found === undefined) {
    throw new BuildLabError(`${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`)
  }
  return found
}

export function singlePositional(positionals: string[], name: string, usage: string): string {
  if (positionals.length === 0) throw new BuildLabError(`missing <${name}>\n${usage}`)
  if (positionals.length > 1) {
    throw new BuildLabError(
      `expected one <${name}>, got ${positionals.length}: ${positionals.join(' ')}\n${usage}`
    )
  }
  return positionals[0]
}
