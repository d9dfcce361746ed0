// The published image for drift, read through the registry client: its digest and each platform's manifest.
import { platformString } from '../core/registry/manifest.js'
import type { DriftPlatform } from '../core/drift/attribute.js'
import type { RegistryClient } from '../registry/client.js'
import type { PublishedImages } from './run-drift.js'

/** Platforms of one index read; a real multi-platform image has a handful. */
const MAX_PLATFORMS = 64

/**
 * Published images through the registry client. It reads manifests, not layer blobs: the platforms
 * carry their layer digests (enough to see that the base layers moved), not their packages or diff_ids.
 */
export function registryImages(client: RegistryClient): PublishedImages {
  return {
    async open(ref) {
      const top = await client.fetchManifest(ref)
      const images =
        top.manifest.kind === 'index'
          ? top.manifest.manifests
              .filter(d => d.platform !== null && d.platform.os !== 'unknown')
              .slice(0, MAX_PLATFORMS)
              .map(d => ({ digest: d.digest, platform: platformString(d.platform!) }))
          : [{ digest: top.digest, platform: null }]
      const platforms: DriftPlatform[] = []
      for (const image of images) {
        const fetched = image.digest === top.digest ? top : await client.fetchManifest(ref, image.digest)
        if (fetched.manifest.kind !== 'image') continue
        const platform =
          image.platform ??
          (await client.fetchConfig(`${ref.replace(/@sha256:[0-9a-f]+$/, '')}@${fetched.digest}`)).platform ??
          null
        platforms.push({
          platform:
            typeof platform === 'string'
              ? platform
              : platform === null
                ? 'unknown'
                : platformString(platform),
          manifest: fetched.digest,
          config: fetched.manifest.config.digest,
          diffIds: null,
          layers: fetched.manifest.layers.map(l => l.digest),
          packages: null,
          baseLayers: null
        })
      }
      return { digest: top.digest, platforms, source: null }
    }
  }
}
