// The action's inputs: one typed object, parsed and validated in one place.
import * as core from '@actions/core'
import { type BuildArg, parseBuildArgs, parseSecretArgNames, splitLines } from '../core/build/args.js'
import {
  type BuildSecret,
  checkUniqueSecretIds,
  parseIdLines,
  parseSecretInputs
} from '../core/build/secrets.js'
import { requireOneLine } from '../core/log-safety.js'
import { parseEpoch, wantsCommitTime } from '../core/epoch.js'
import { type Equality, parseEquality } from '../core/equality.js'
import { parseMaxDistinct, parseRuns } from '../core/runs.js'
import { type AllowGlob, parseAllowList } from '../core/allow-list.js'
import { BuildLabError } from '../core/errors.js'
import { imageRef } from '../core/cache/registry-tags.js'
import { builderName, type Network } from '../buildkit/args.js'
import type { BuildRequest } from '../build/request.js'
import { DEFAULT_RECORD_PREFIX } from '../core/crossrunner/record.js'
import { DEFAULT_HELPER_IMAGE } from '../cache/cache-mounts.js'
import { Inputs, type Mode, MODES } from './constants.js'

export interface ActionInputs {
  context: string
  file: string
  target: string
  'build-args': BuildArg[]
  /** build-args whose values are secret though their names don't look it (NPM_AUTH) */
  'secret-build-args': string[]
  /** `id=value` lines: each value goes to buildx as a secret, from a private temporary file */
  secrets: { id: string; value: string }[]
  /** `secret-envs` (`id=ENV`) and `secret-files` (`id=path`), in that order */
  'secret-sources': BuildSecret[]
  platforms: string[]
  epoch: string
  cache: boolean
  'cache-key': string
  'cache-backend': 'actions' | 'registry'
  'cache-ref': string
  /** the scope this run writes; empty: from the branch (see action/cache-scopes.ts) */
  'cache-scope': string
  /** scopes read after the own one, before the branch defaults */
  'cache-read-scopes': string[]
  /** published images with inline cache metadata, read-only cache sources */
  'cache-from-images': string[]
  'cache-restore-timeout': number
  'cache-save-timeout': number
  'cache-mounts': boolean
  'cache-mounts-image': string
  'fail-on-mismatch': boolean
  'vary-mtime': boolean
  comment: 'auto' | 'always' | 'never'
  'github-token': string
  network: Network
  provenance: boolean
  /** the buildx builder or docker context to build on; empty: the current builder */
  builder: string
  /** digest (default) or content: per platform, config digest and diff_ids */
  equality: Equality
  /** run 1 warm, then runs − 1 isolated runs (2 to 10) */
  runs: number
  /** the drift policy: pass with at most this many distinct digests (1 to runs) */
  'max-distinct-digests': number
  /** `ignore-paths`: image path globs whose differences pass with a warning, each with an optional `# reason` */
  'ignore-paths': AllowGlob[]
  'sarif-file': string
  /** gate: build twice here; record: one isolated build uploaded for the cross-runner check; compare: all records */
  mode: Mode
  /** drift: the last record (a record.json, or a downloaded record artifact directory) */
  against: string
  /** drift: the published image to compare with, instead of a record */
  image: string
  /** drift: open, update and close one issue per image */
  'drift-issue': boolean
  /** drift: resolve every FROM at the registry (--pull) */
  pull: boolean
  'runner-label': string
  'upload-image-max-mb': number
  'record-prefix': string
  runners: string[]
}

function booleanInput(name: Inputs, fallback: boolean): boolean {
  const raw = core.getInput(name).trim()
  if (raw === '') return fallback
  if (/^(true|True|TRUE)$/.test(raw)) return true
  if (/^(false|False|FALSE)$/.test(raw)) return false
  throw new BuildLabError(`input ${name} must be true or false (got ${JSON.stringify(raw)})`)
}

function choiceInput<T extends string>(name: Inputs, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim()
  if (raw === '') return fallback
  const found = allowed.find(a => a === raw)
  if (found === undefined) {
    throw new BuildLabError(`input ${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(raw)})`)
  }
  return found
}

function listInput(name: Inputs): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(s => s !== '')
}

function secondsInput(name: Inputs, fallback: number): number {
  const raw = core.getInput(name).trim()
  if (raw === '') return fallback
  const n = Number(raw)
  if (!/^[0-9]+$/.test(raw) || n < 1 || n > 86_400) {
    throw new BuildLabError(
      `input ${name} must be a whole number of seconds from 1 to 86400 (got ${JSON.stringify(raw)})`
    )
  }
  return n
}

function uploadLimit(): number {
  const raw = core.getInput(Inputs.UploadImageMaxMb).trim()
  if (raw === '') return 256
  const mb = Number(raw)
  if (!/^[0-9]+$/.test(raw) || mb > 10_240) {
    throw new BuildLabError(
      `input upload-image-max-mb must be a whole number of MiB from 0 (never upload the image) to 10240 (got ${JSON.stringify(raw)})`
    )
  }
  return mb
}

/** The secret inputs; every id once across `secrets`, `secret-envs` and `secret-files`. */
function secretInputs(): Pick<ActionInputs, 'secrets' | 'secret-sources'> {
  const secrets = parseIdLines(core.getInput(Inputs.Secrets), `input ${Inputs.Secrets}`).map(
    ({ id, rest }) => ({
      id,
      value: rest
    })
  )
  const sources = parseSecretInputs(core.getInput(Inputs.SecretEnvs), core.getInput(Inputs.SecretFiles))
  checkUniqueSecretIds([...secrets, ...sources].map(s => s.id))
  return { secrets, 'secret-sources': sources }
}

export function getInputs(): ActionInputs {
  const epoch = core.getInput(Inputs.Epoch).trim()
  if (epoch !== '' && !wantsCommitTime(epoch)) parseEpoch(epoch, `input ${Inputs.Epoch}`)
  const backend = choiceInput(Inputs.CacheBackend, ['actions', 'registry'] as const, 'actions')
  const cacheRef = core.getInput(Inputs.CacheRef).trim()
  if (backend === 'registry' && cacheRef === '') {
    throw new BuildLabError(
      'cache-backend: registry needs cache-ref, a repository for the cache tags, e.g. cache-ref: ghcr.io/owner/app-cache'
    )
  }
  const runs = parseRuns(core.getInput(Inputs.Runs), `input ${Inputs.Runs}`)
  return {
    context: core.getInput(Inputs.Context).trim() || '.',
    file: requireOneLine(core.getInput(Inputs.File).trim(), `input ${Inputs.File}`),
    target: requireOneLine(core.getInput(Inputs.Target).trim(), `input ${Inputs.Target}`),
    'build-args': parseBuildArgs(splitLines(core.getInput(Inputs.BuildArgs)), `${Inputs.BuildArgs} entry`),
    'secret-build-args': parseSecretArgNames(
      listInput(Inputs.SecretBuildArgs),
      `input ${Inputs.SecretBuildArgs}`
    ),
    ...secretInputs(),
    platforms: listInput(Inputs.Platforms),
    epoch,
    cache: booleanInput(Inputs.Cache, true),
    'cache-key': core.getInput(Inputs.CacheKey).trim(),
    'cache-backend': backend,
    'cache-ref': cacheRef === '' ? '' : imageRef(cacheRef, `input ${Inputs.CacheRef}`),
    'cache-scope': requireOneLine(core.getInput(Inputs.CacheScope).trim(), `input ${Inputs.CacheScope}`),
    'cache-read-scopes': listInput(Inputs.CacheReadScopes),
    'cache-from-images': listInput(Inputs.CacheFromImages).map(ref =>
      imageRef(ref, `input ${Inputs.CacheFromImages}`)
    ),
    'cache-restore-timeout': secondsInput(Inputs.CacheRestoreTimeout, 120),
    'cache-save-timeout': secondsInput(Inputs.CacheSaveTimeout, 300),
    'cache-mounts': booleanInput(Inputs.CacheMounts, false),
    'cache-mounts-image': core.getInput(Inputs.CacheMountsImage).trim() || DEFAULT_HELPER_IMAGE,
    'fail-on-mismatch': booleanInput(Inputs.FailOnMismatch, true),
    'vary-mtime': booleanInput(Inputs.VaryMtime, true),
    comment: choiceInput(Inputs.Comment, ['auto', 'always', 'never'] as const, 'auto'),
    'github-token': core.getInput(Inputs.GithubToken),
    network: choiceInput(Inputs.Network, ['none', 'host', 'default'] as const, 'default'),
    provenance: booleanInput(Inputs.Provenance, false),
    builder: builderName(core.getInput(Inputs.Builder), `input ${Inputs.Builder}`) ?? '',
    equality: parseEquality(core.getInput(Inputs.Equality), `input ${Inputs.Equality}`),
    runs,
    'max-distinct-digests': parseMaxDistinct(
      core.getInput(Inputs.MaxDistinctDigests),
      `input ${Inputs.MaxDistinctDigests}`,
      runs
    ),
    'ignore-paths': parseAllowList(core.getInput(Inputs.IgnorePaths), `input ${Inputs.IgnorePaths}:`),
    'sarif-file': core.getInput(Inputs.SarifFile).trim(),
    mode: choiceInput(Inputs.Mode, MODES, 'gate'),
    against: requireOneLine(core.getInput(Inputs.Against).trim(), `input ${Inputs.Against}`),
    image: requireOneLine(core.getInput(Inputs.Image).trim(), `input ${Inputs.Image}`),
    'drift-issue': booleanInput(Inputs.DriftIssue, true),
    pull: booleanInput(Inputs.Pull, false),
    'runner-label': core.getInput(Inputs.RunnerLabel).trim(),
    'upload-image-max-mb': uploadLimit(),
    'record-prefix': core.getInput(Inputs.RecordPrefix).trim() || DEFAULT_RECORD_PREFIX,
    runners: listInput(Inputs.Runners)
  }
}

/** The inputs that say what to build. */
export type BuildInputs = Pick<
  ActionInputs,
  | 'context'
  | 'file'
  | 'target'
  | 'build-args'
  | 'secret-build-args'
  | 'secret-sources'
  | 'platforms'
  | 'epoch'
  | 'network'
  | 'provenance'
  | 'builder'
>

/**
 * What the inputs ask to build, in the shape the gate and record mode take. `written` are the `secrets`
 * input's values, already in their files (see writeSecretFiles).
 */
export function buildRequest(inputs: BuildInputs, written: readonly BuildSecret[] = []): BuildRequest {
  return {
    secrets: [...written, ...inputs['secret-sources']],
    secretBuildArgs: inputs['secret-build-args'],
    context: inputs.context,
    file: inputs.file || null,
    target: inputs.target || null,
    buildArgs: inputs['build-args'],
    platforms: inputs.platforms,
    epoch: inputs.epoch,
    network: inputs.network,
    provenance: inputs.provenance,
    builder: inputs.builder || null
  }
}
