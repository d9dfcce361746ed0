// Builds the buildx argument lists for the two gate runs; runs nothing.
import type { BuildArg } from '../core/build/args.js'
import type { BuildSecret } from '../core/build/secrets.js'
import { BuildLabError } from '../core/errors.js'

export type Network = 'none' | 'host' | 'default'

export type CacheRef =
  | { type: 'local'; dir: string }
  /** ignoreError: a failed export (registry down, push refused) must not fail the build */
  | { type: 'registry'; ref: string; ignoreError?: boolean }

/**
 * Where the builds run. A buildx builder is named with `--builder`; buildx refuses `--builder` for a docker
 * context other than the current one ("use docker --context=NAME buildx"), so a context goes before buildx.
 */
export interface BuilderTarget {
  /** the buildx builder or docker context asked for; null or absent: the current builder */
  builder?: string | null
  /** set when that name is a docker context: commands go to its daemon with `docker --context NAME` */
  dockerContext?: string | null
}

/** What both runs share. */
export interface BuildPlan extends BuilderTarget {
  /** the Dockerfile, as a path the builder can read */
  dockerfile: string
  target: string | null
  buildArgs: BuildArg[]
  platforms: string[]
  network: Network
  epoch: number
  provenance: boolean
  /** BuildKit secrets, the same for both runs; buildx reads their values, the argument list holds only sources */
  secrets?: BuildSecret[]
  /** --pull: resolve every FROM at the registry, not from the daemon's own images (drift) */
  pull?: boolean
}

/** What one run adds. */
export interface RunSpec {
  context: string
  outputDir: string
  metadataFile: string
  noCache: boolean
  cacheFrom: CacheRef[]
  cacheTo: CacheRef[]
}

/** Quotes a field of buildx's comma-separated option values when it holds a comma or a quote. */
export function csvField(field: string): string {
  return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

function cacheValue(ref: CacheRef, direction: 'from' | 'to'): string {
  const fields =
    ref.type === 'local'
      ? ['type=local', direction === 'from' ? `src=${ref.dir}` : `dest=${ref.dir}`]
      : ['type=registry', `ref=${ref.ref}`]
  if (direction === 'to') fields.push('mode=max')
  // BuildKit fails the whole build when a registry export fails (push refused, registry down).
  if (direction === 'to' && ref.type === 'registry' && ref.ignoreError) fields.push('ignore-error=true')
  return fields.map(csvField).join(',')
}

/** The argument list after `docker`, for one gate run. */
export function buildxArgs(plan: BuildPlan, run: RunSpec): string[] {
  const args = ['buildx', 'build', '--progress=rawjson', '--metadata-file', run.metadataFile]
  args.push('--file', plan.dockerfile)
  if (plan.target) args.push('--target', plan.target)
  for (const arg of plan.buildArgs) {
    if (arg.name !== 'SOURCE_DATE_EPOCH') args.push('--build-arg', `${arg.name}=${arg.value}`)
  }
  args.push('--build-arg', `SOURCE_DATE_EPOCH=${plan.epoch}`)
  for (const secret of plan.secrets ?? []) {
    const source = secret.from === 'env' ? `env=${secret.source}` : `src=${secret.source}`
    args.push('--secret', [`id=${secret.id}`, source].map(csvField).join(','))
  }
  if (plan.platforms.length > 0) args.push('--platform', plan.platforms.join(','))
  if (plan.network !== 'default') args.push(`--network=${plan.network}`)
  args.push(`--provenance=${plan.provenance ? 'mode=min' : 'false'}`)
  args.push(
    '--output',
    ['type=oci', 'tar=false', `dest=${run.outputDir}`, 'rewrite-timestamp=true'].map(csvField).join(',')
  )
  if (run.noCache) args.push('--no-cache')
  if (plan.pull === true) args.push('--pull')
  for (const ref of run.cacheFrom) args.push('--cache-from', cacheValue(ref, 'from'))
  for (const ref of run.cacheTo) args.push('--cache-to', cacheValue(ref, 'to'))
  args.push(run.context)
  return onBuilder(plan, args)
}

/** A builder name as buildx accepts it; empty: the current builder. */
export function builderName(value: string | undefined, what: string): string | null {
  const name = (value ?? '').trim()
  if (name === '') return null
  if (!/^[A-Za-z0-9][A-Za-z0-9_.+-]*$/.test(name)) {
    throw new BuildLabError(
      `${what} ${JSON.stringify(name)} is not a builder name: pass the name of a buildx builder or docker context (docker buildx ls lists them)`
    )
  }
  return name
}

/** A `docker buildx ...` argument list aimed at the target: `--context NAME` first, or `buildx --builder NAME`. */
export function onBuilder(target: BuilderTarget, args: readonly string[]): string[] {
  if (target.dockerContext) return daemonArgs(target.dockerContext, args)
  if (target.builder && args[0] === 'buildx') return ['buildx', '--builder', target.builder, ...args.slice(1)]
  return [...args]
}

/** A daemon-level docker command (version, info, image inspect) aimed at a docker context, or at DOCKER_HOST. */
export function daemonArgs(context: string | null | undefined, args: readonly string[]): string[] {
  return context ? ['--context', context, ...args] : [...args]
}

/** The same list for logs: the values of `--build-arg` entries with secret names as `***`. */
export function displayArgs(args: readonly string[], isSecret: (name: string) => boolean): string[] {
  return args.map((a, i) => {
    if (args[i - 1] !== '--build-arg') return a
    const eq = a.indexOf('=')
    return eq > 0 && isSecret(a.slice(0, eq)) ? `${a.slice(0, eq)}=***` : a
  })
}
