// Build-arg parsing and the rule for which values must never be printed.
import { BuildLabError } from './errors.js'

export interface BuildArg {
  name: string
  value: string
}

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL/i

/** Names that look secret (`*TOKEN*`, `*SECRET*`, `*PASSWORD*`, `*KEY*`): their values are never printed. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name)
}

/** Parses `NAME=value` entries (value may be empty or contain `=`). Blank lines and `#` comments are skipped. */
export function parseBuildArgs(entries: readonly string[], origin = 'build-arg'): BuildArg[] {
  const args: BuildArg[] = []
  for (const raw of entries) {
    const entry = raw.replace(/\r$/, '')
    if (entry.trim() === '' || entry.trimStart().startsWith('#')) continue
    const eq = entry.indexOf('=')
    if (eq <= 0) {
      const name = entry.trim()
      throw new BuildLabError(
        `${origin} ${JSON.stringify(isSecretName(name) ? '<redacted>' : name)} has no "=": write it as NAME=value (use NAME= for an empty value)`
      )
    }
    const name = entry.slice(0, eq).trim()
    if (!NAME_PATTERN.test(name)) {
      throw new BuildLabError(
        `${origin} name ${JSON.stringify(name)} is not valid: use letters, digits and underscores, as in NAME=value`
      )
    }
    args.push({ name, value: entry.slice(eq + 1) })
  }
  return args
}

/** Splits a newline-separated action input into entries. */
export function splitLines(input: string): string[] {
  return input.split('\n')
}

/** `NAME=value`, or `NAME=***` when the name looks secret. */
export function displayBuildArg(arg: BuildArg): string {
  return `${arg.name}=${isSecretName(arg.name) ? '***' : arg.value}`
}

/** The values that must be masked in logs. */
export function secretValues(args: readonly BuildArg[]): string[] {
  return args.filter(a => isSecretName(a.name) && a.value !== '').map(a => a.value)
}
