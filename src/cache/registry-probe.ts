// What the registry cache asks a registry, through the one registry client: is it up, does a tag exist, does an image carry inline cache.
import { tryParseReference } from '../core/registry/reference.js'
import { errorMessage } from '../core/errors.js'
import { createRegistryClient, type RegistryClient, RegistryError } from '../registry/client.js'

export type TagState =
  | { state: 'present'; digest: string }
  | { state: 'absent' }
  /** the registry answered but would not say (401/403, 5xx), or went away */
  | { state: 'unknown'; reason: string }

export type PingResult = { ok: true } | { ok: false; reason: string }

export interface RegistryProbe {
  /** Whether anything answers HTTP at the registry: any status counts (401 from ghcr.io included). */
  ping(host: string): Promise<PingResult>
  /** HEAD on `<repository>:<tag>`. Never throws. */
  tag(repository: string, tag: string): Promise<TagState>
  /** Whether the image's config (for `platform`) carries inline cache metadata. Never throws. */
  inlineCache(image: string, platform: string): Promise<{ inline: boolean } | { error: string }>
}

/** The registry host of a reference (`registry-1.docker.io` for Docker Hub); the reference as is when it does not parse. */
export function registryHost(ref: string): string {
  const parsed = tryParseReference(ref)
  return typeof parsed === 'string' ? ref.split('/')[0]! : parsed.host
}

/** `host/name[:tag]` → `host/name`: the cache's tags are the keys. */
export function cacheRepository(ref: string): string {
  const parsed = tryParseReference(ref)
  return typeof parsed === 'string' ? ref : `${parsed.registry}/${parsed.repository}`
}

export function createRegistryProbe(
  client: RegistryClient = createRegistryClient({ timeoutMs: 5_000 })
): RegistryProbe {
  return {
    // BuildKit tries https, then http for a loopback or insecure registry: the probe asks both.
    ping: host => client.ping(host, { schemes: ['https', 'http'] }),
    async tag(repository, tag) {
      try {
        const resolved = await client.resolveDigest(`${repository}:${tag}`)
        return { state: 'present', digest: resolved.digest }
      } catch (error) {
        if (error instanceof RegistryError && error.kind === 'not-found') return { state: 'absent' }
        return { state: 'unknown', reason: errorMessage(error) }
      }
    },
    async inlineCache(image, platform) {
      try {
        return { inline: (await client.fetchConfig(image, { platform })).inlineCache }
      } catch (error) {
        return { error: errorMessage(error) }
      }
    }
  }
}
