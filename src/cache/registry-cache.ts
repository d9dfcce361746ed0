// The registry cache backend: checks the registry answers before run 1, so a dead one means a cold build and one warning.
import type { CacheRef } from '../buildkit/args.js'
import { tryParseReference } from '../core/registry/reference.js'
import { createRegistryClient } from '../registry/client.js'
import { errorMessage } from '../core/errors.js'
import type { CacheLogger } from './build-cache.js'

/** Whether anything answers HTTP at the registry: any status counts (401 from ghcr.io included). */
export type RegistryProbe = (host: string) => Promise<{ ok: true } | { ok: false; reason: string }>

export interface RegistryCacheOptions {
  /** Default: GET /v2/ over https, then over http (BuildKit falls back to http for loopback registries). */
  probe?: RegistryProbe
  /** Per attempt of the default probe; default 5 s. */
  probeTimeoutMs?: number
}

const DEFAULT_PROBE_TIMEOUT_MS = 5_000

/**
 * The host the registry API of a cache reference answers on: the first path component when it
 * has a dot or a port or is `localhost`, else Docker Hub's API host.
 */
export function registryHost(ref: string): string {
  const parsed = tryParseReference(ref)
  if (typeof parsed !== 'string') return parsed.host
  // BuildKit reports a malformed reference itself; the probe still goes where Docker would look.
  const slash = ref.indexOf('/')
  const first = slash === -1 ? '' : ref.slice(0, slash)
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'registry-1.docker.io'
}

/** What run 1 imports and exports with `cache-backend: registry`, decided by whether the registry answers. */
export interface RegistryCachePlan {
  cacheFrom: CacheRef[]
  cacheTo: CacheRef | null
  /** null when the registry answered before run 1; else why not (already warned once). */
  unreachable: string | null
  /** After run 1: whether the export can have landed (the registry still answers), and a note for the report. */
  confirm(): Promise<{ saved: boolean; note: string }>
}

/**
 * The cache flags for `cache-backend: registry`. BuildKit fails the whole build when
 * `--cache-to type=registry` cannot push (checked on BuildKit 0.13: "error writing layer blob ...
 * connection refused", exit 1), so a registry that does not answer before run 1 turns the cache
 * off for this run, with one warning, and run 1 builds cold. A registry that fails during run 1
 * needs `ignore-error=true` on the `--cache-to` value (buildkit/args.ts) to leave the build alone.
 */
export async function planRegistryCache(
  ref: string,
  logger: CacheLogger,
  options: RegistryCacheOptions = {}
): Promise<RegistryCachePlan> {
  const probe = options.probe ?? httpProbe(options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS)
  const host = registryHost(ref)
  const before = await safeProbe(probe, host)
  if (!before.ok) {
    const note = `registry cache ${ref} unreachable (${before.reason})`
    logger.warning(`${note}: run 1 builds cold and exports no cache.`)
    return { cacheFrom: [], cacheTo: null, unreachable: note, confirm: async () => ({ saved: false, note }) }
  }
  const from: CacheRef = { type: 'registry', ref }
  // The gate never fails over its cache: an export that fails is a warning, not a failed run 1.
  const to: CacheRef = { type: 'registry', ref, ignoreError: true }
  return {
    cacheFrom: [from],
    cacheTo: to,
    unreachable: null,
    async confirm() {
      const after = await safeProbe(probe, host)
      if (after.ok) return { saved: true, note: `registry cache ${ref}` }
      const note = `registry cache ${ref} went away during run 1 (${after.reason})`
      logger.warning(`${note}: its export may be incomplete.`)
      return { saved: false, note }
    }
  }
}

async function safeProbe(
  probe: RegistryProbe,
  host: string
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    return await probe(host)
  } catch (error) {
    return { ok: false, reason: errorMessage(error) }
  }
}

function httpProbe(timeoutMs: number): RegistryProbe {
  // BuildKit tries https, then http for a loopback registry: the probe asks both, any answer counts.
  const client = createRegistryClient({ timeoutMs, credentials: async () => null })
  return host => client.ping(host, { schemes: ['https', 'http'] })
}
