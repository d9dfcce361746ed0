// The BuildKit cache around the gate as the action runs it: restore (and cache mounts) before run 1, save after.
import * as core from '@actions/core'
import * as path from 'node:path'
import type { BuildRequest } from '../build/request.js'
import { tempRoot } from '../build/temp-dir.js'
import { secretDigests } from '../buildkit/secrets.js'
import {
  type CacheMountsOptions,
  type MountsRestoreResult,
  restoreCacheMounts,
  saveCacheMounts
} from '../cache/cache-mounts.js'
import {
  CACHE_OFF,
  type CacheReport,
  type GateCacheSettings,
  type PreparedCache,
  prepareGateCache
} from '../cache/gate-cache.js'
import type { GateResult } from '../core/gate.js'
import type { GateDeps } from '../gate/run-gate.js'
import { actionCacheScopes } from './cache-scopes.js'
import type { ActionDeps } from './deps.js'
import type { ActionInputs } from './inputs.js'
import { logInfo } from './log.js'

export interface ActionCache {
  /** restores the cache once the engine is fit; what run 1 imports and exports */
  prepare: NonNullable<GateDeps['prepareCache']>
  /** saves the cache mounts run 1 filled; only with cache-mounts */
  afterRun1?: () => Promise<void>
  /** saves what run 1 exported (never throws) and says what happened; CACHE_OFF when nothing was restored */
  finish(result: GateResult): Promise<CacheReport>
}

const cacheLogger = { info: logInfo, warning: core.warning, debug: core.debug }

function cacheSettings(
  inputs: ActionInputs,
  deps: Pick<ActionDeps, 'cacheStore' | 'env'>
): GateCacheSettings {
  return {
    enabled: inputs.cache,
    backend: inputs['cache-backend'],
    ref: inputs['cache-ref'],
    scopes: actionCacheScopes(inputs, deps.env),
    imageSources: inputs['cache-from-images'],
    prefix: inputs['cache-key'],
    restoreTimeoutMs: inputs['cache-restore-timeout'] * 1000,
    saveTimeoutMs: inputs['cache-save-timeout'] * 1000,
    // The same path on every run: @actions/cache keys entries by the path they were saved from.
    workDir: path.join(tempRoot(deps.env), 'build-lab-cache'),
    ...(deps.cacheStore ? { store: deps.cacheStore } : {})
  }
}

export function actionCache(
  inputs: ActionInputs,
  request: BuildRequest,
  deps: Pick<ActionDeps, 'engine' | 'log' | 'cacheStore' | 'env'>
): ActionCache {
  const settings = cacheSettings(inputs, deps)
  const withMounts = inputs.cache && inputs['cache-mounts']
  let prepared: PreparedCache | null = null
  let mounts: { options: CacheMountsOptions; restored: MountsRestoreResult } | null = null
  const identity = {
    buildArgs: inputs['build-args'],
    target: inputs.target || null,
    platforms: inputs.platforms
  }
  return {
    prepare: build =>
      deps.log.group('Restoring the BuildKit cache', async () => {
        if (withMounts) {
          const options: CacheMountsOptions = {
            ...build,
            ...identity,
            prefix: inputs['cache-key'],
            helperImage: inputs['cache-mounts-image'],
            workDir: settings.workDir,
            engine: deps.engine,
            logger: cacheLogger,
            restoreTimeoutMs: settings.restoreTimeoutMs,
            saveTimeoutMs: settings.saveTimeoutMs,
            ...(deps.cacheStore ? { store: deps.cacheStore } : {})
          }
          mounts = { options, restored: await restoreCacheMounts(options) }
        }
        const secrets = await secretDigests(request.secrets ?? [])
        prepared = await prepareGateCache(settings, { ...build, ...identity, secrets }, cacheLogger)
        return prepared
      }),
    ...(withMounts
      ? {
          afterRun1: async () => {
            if (mounts) await saveCacheMounts(mounts.options, mounts.restored)
          }
        }
      : {}),
    finish: async result => {
      const cache = prepared
      if (cache === null) return CACHE_OFF
      return deps.log.group('Saving the BuildKit cache', async () => {
        const report = await cache.finish(result.runs[0]?.cacheHitRatio ?? null)
        deps.log.info(`cache: ${report.hit}${report.saved ? ', saved' : ''} (${report.note})`)
        return report
      })
    }
  }
}
