// `build-lab gate`: parse flags, run the gate, print the verdict, return the exit code.
import { BuildLabError, ExitCode } from '../core/errors.js'
import { renderGateText } from '../core/report/gate-text.js'
import { parseEquality } from '../core/equality.js'
import { dockerfileName, gatePasses, keptLayouts, keptLayoutsLine } from '../core/gate.js'
import { parseMaxDistinct, parseRuns } from '../core/runs.js'
import { parseAllowGlob } from '../core/allow-list.js'
import { runGate, type GateDeps } from '../gate/run-gate.js'
import type { CliIo } from './io.js'
import {
  BUILD_OPTIONS,
  type BuildFlags,
  buildFlags,
  oneOf,
  optionalPositional,
  parseCommandLine
} from './flags.js'
import { tempRoot } from '../build/temp-dir.js'
import { requireOneLine } from '../core/log-safety.js'
import { explicitScopes, imageRef, LOCAL_SCOPE } from '../core/cache/registry-tags.js'
import { secretDigests } from '../buildkit/secrets.js'
import { DEFAULT_RESTORE_TIMEOUT_MS, DEFAULT_SAVE_TIMEOUT_MS } from '../cache/build-cache.js'
import {
  type CacheReport,
  type GateCacheSettings,
  type PreparedCache,
  prepareGateCache
} from '../cache/gate-cache.js'

export const GATE_USAGE = `usage: build-lab gate [<context>] [-f Dockerfile] [--target T] [--build-arg K=V]... [--epoch N|commit]
                      [--secret id=ID,env=VAR | --secret id=ID,src=FILE]... [--secret-build-arg NAME]...
                      [--no-vary-mtime] [--network none|host|default] [--platform P[,P]] [--provenance]
                      [--builder NAME] [--equality digest|content] [--ignore 'GLOB[ # reason]']...
                      [--runs N] [--max-distinct-digests N]
                      [--cache-ref HOST/REPO [--cache-scope NAME] [--cache-read-scope NAME]... [--cache-key PREFIX]]
                      [--cache-from-image REF]... [--format text|json|markdown]`

export async function gateCommand(argv: string[], io: CliIo, deps: GateDeps): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: {
      ...BUILD_OPTIONS,
      epoch: { type: 'string' },
      'no-vary-mtime': { type: 'boolean' },
      provenance: { type: 'boolean' },
      equality: { type: 'string' },
      runs: { type: 'string' },
      'max-distinct-digests': { type: 'string' },
      ignore: { type: 'string', multiple: true },
      format: { type: 'string' },
      'work-dir': { type: 'string' },
      'cache-ref': { type: 'string' },
      'cache-scope': { type: 'string' },
      'cache-read-scope': { type: 'string', multiple: true },
      'cache-key': { type: 'string' },
      'cache-from-image': { type: 'string', multiple: true }
    }
  })
  const context = optionalPositional(positionals, 'context', GATE_USAGE) ?? '.'
  const format = oneOf(values.format ?? 'text', ['text', 'json', 'markdown'] as const, '--format')
  const runs = parseRuns(values.runs, '--runs')
  const maxDistinctDigests = parseMaxDistinct(values['max-distinct-digests'], '--max-distinct-digests', runs)
  const flags = buildFlags(values)
  const cache = cliCache(values, flags, io)
  const result = await runGate(
    {
      context,
      ...flags,
      epoch: values.epoch,
      varyMtime: !values['no-vary-mtime'],
      runs,
      maxDistinctDigests,
      equality: parseEquality(values.equality, '--equality'),
      provenance: values.provenance ?? false,
      ignore: (values.ignore ?? []).map(g => parseAllowGlob(g, '--ignore')),
      cacheFrom: [],
      cacheTo: [],
      ...(values['work-dir'] ? { workDir: values['work-dir'] } : {})
    },
    cache.settings === null ? deps : { ...deps, prepareCache: cache.prepare }
  )
  const cacheReport = await cache.finish(result.runs[0]?.cacheHitRatio ?? null)
  const dockerfile = dockerfileName(result)
  if (cacheReport !== null) io.stderr(`build-lab: ${cacheLine(cacheReport)}\n`)
  // The diff's renderers load only when there is a diff to render (never on the pass path).
  const diffs = result.diff ? await import('../core/diff/index.js') : null
  if (format === 'json') {
    io.stdout(
      JSON.stringify(cacheReport === null ? result : { ...result, cache: cacheReport }, null, 2) + '\n'
    )
  } else if (format === 'markdown') {
    const { renderGateMarkdown } = await import('../core/report/gate-markdown.js')
    io.stdout(
      renderGateMarkdown(
        result,
        result.diff && diffs ? diffs.renderDiffMarkdown(result.diff, { dockerfile }) : null
      )
    )
  } else
    io.stdout(
      renderGateText(result, result.diff && diffs ? diffs.renderDiffText(result.diff, { dockerfile }) : null)
    )
  // The text ends with where the layouts are; stdout holds only the document in the other formats.
  const kept = keptLayouts(result)
  if (format !== 'text' && kept.length === 2)
    io.stderr(`build-lab: ${keptLayoutsLine(result.workDir, kept)}\n`)
  return gatePasses(result) ? ExitCode.Pass : ExitCode.CheckFailed
}

/** One line on what the cache did: hit, matched level and scope, what was written. */
export function cacheLine(cache: CacheReport): string {
  const level = cache.matchedLevel ? ` (${cache.matchedLevel} level, scope ${cache.matchedScope ?? '?'})` : ''
  return `cache: ${cache.hit}${level}; ${cache.note}`
}

/**
 * `--cache-ref` turns on the keyed registry cache (scope `--cache-scope`, default `local`);
 * `--cache-from-image` alone adds read-only image sources. Neither: no cache, as before.
 */
function cliCache(
  values: {
    'cache-ref'?: string
    'cache-scope'?: string
    'cache-read-scope'?: string[]
    'cache-key'?: string
    'cache-from-image'?: string[]
    'work-dir'?: string
  },
  flags: BuildFlags,
  io: CliIo
): {
  settings: GateCacheSettings | null
  prepare: NonNullable<GateDeps['prepareCache']>
  finish: (ratio: number | null) => Promise<CacheReport | null>
} {
  const images = (values['cache-from-image'] ?? []).map(r => imageRef(r, '--cache-from-image'))
  const ref = values['cache-ref'] === undefined ? null : imageRef(values['cache-ref'], '--cache-ref')
  if (ref === null && (values['cache-scope'] !== undefined || values['cache-read-scope'] !== undefined)) {
    throw new BuildLabError('--cache-scope and --cache-read-scope need --cache-ref HOST/REPO')
  }
  const logger = {
    info: () => undefined,
    debug: () => undefined,
    warning: (message: string) => io.stderr(`build-lab: warning: ${message}\n`)
  }
  const settings: GateCacheSettings | null =
    ref === null && images.length === 0
      ? null
      : {
          enabled: true,
          backend: ref === null ? 'images' : 'registry',
          ref: ref ?? '',
          scopes: explicitScopes(
            requireOneLine(values['cache-scope'] ?? LOCAL_SCOPE, '--cache-scope'),
            values['cache-read-scope'] ?? []
          ),
          imageSources: images,
          prefix: values['cache-key'] ?? '',
          restoreTimeoutMs: DEFAULT_RESTORE_TIMEOUT_MS,
          saveTimeoutMs: DEFAULT_SAVE_TIMEOUT_MS,
          workDir: values['work-dir'] ?? tempRoot()
        }
  let prepared: PreparedCache | null = null
  return {
    settings,
    prepare: async build => {
      if (settings === null) return { cacheFrom: [], cacheTo: [] }
      prepared = await prepareGateCache(
        settings,
        {
          ...build,
          buildArgs: flags.buildArgs,
          secrets: await secretDigests(flags.secrets),
          target: flags.target,
          platforms: flags.platforms
        },
        logger
      )
      return prepared
    },
    finish: async ratio => (prepared === null ? null : prepared.finish(ratio))
  }
}
