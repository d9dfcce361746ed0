// Small validators for CLI flag values; each failure is a one-line usage error (exit 2).
import { type BuildArg, parseBuildArgs, parseSecretArgNames } from '../core/build/args.js'
import { type BuildSecret, checkUniqueSecretIds, parseSecretFlag } from '../core/build/secrets.js'
import { requireOneLine } from '../core/log-safety.js'
import { BuildLabError } from '../core/errors.js'
import { builderName, type Network } from '../buildkit/args.js'
import { parseArgs, type ParseArgsConfig } from 'node:util'

/**
 * node:util parseArgs as every command calls it: strict, with positionals. Its errors (code
 * ERR_PARSE_ARGS_*) become one usage line in main.ts.
 */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(config: {
  args: string[]
  options: O
}) {
  return parseArgs({ args: config.args, options: config.options, allowPositionals: true, strict: true })
}

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

/** The one positional when given, else null (the caller's default applies); more than one is a usage error. */
export function optionalPositional(positionals: string[], name: string, usage: string): string | null {
  return positionals.length === 0 ? null : singlePositional(positionals, name, usage)
}

/** The flags that say what to build, shared by every command that builds (node:util parseArgs options). */
export const BUILD_OPTIONS = {
  file: { type: 'string', short: 'f' },
  target: { type: 'string' },
  'build-arg': { type: 'string', multiple: true },
  network: { type: 'string' },
  platform: { type: 'string', multiple: true },
  secret: { type: 'string', multiple: true },
  'secret-build-arg': { type: 'string', multiple: true },
  builder: { type: 'string' }
} as const

export interface BuildFlags {
  file: string | null
  target: string | null
  buildArgs: BuildArg[]
  platforms: string[]
  network: Network
  secrets: BuildSecret[]
  secretBuildArgs: string[]
  /** the buildx builder or docker context to build on; null: the current builder */
  builder: string | null
}

/** Validates the BUILD_OPTIONS values; `--platform` may repeat and may hold comma-separated lists. */
export function buildFlags(values: {
  file?: string
  target?: string
  'build-arg'?: string[]
  network?: string
  platform?: string[]
  secret?: string[]
  'secret-build-arg'?: string[]
  builder?: string
}): BuildFlags {
  const secrets = (values.secret ?? []).map(s => parseSecretFlag(s))
  checkUniqueSecretIds(secrets.map(s => s.id))
  return {
    file: values.file === undefined ? null : requireOneLine(values.file, '-f / --file'),
    target: values.target === undefined ? null : requireOneLine(values.target, '--target'),
    buildArgs: parseBuildArgs(values['build-arg'] ?? [], '--build-arg'),
    platforms: (values.platform ?? [])
      .map(p => requireOneLine(p, '--platform'))
      .flatMap(p => p.split(','))
      .map(p => p.trim())
      .filter(p => p !== ''),
    network: oneOf(values.network ?? 'default', ['none', 'host', 'default'] as const, '--network'),
    secrets,
    secretBuildArgs: parseSecretArgNames(values['secret-build-arg'] ?? [], '--secret-build-arg'),
    builder: builderName(values.builder, '--builder')
  }
}
