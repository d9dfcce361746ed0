// --metadata-file and OCI index fixtures from the oldest supported engine and the current one.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseMetadata, platformManifests } from '../../src/core/build/metadata.js'

// buildx 0.13.1 on dockerd 26.1 (BuildKit 0.13), and buildx 0.29.1 on dockerd 28.5 (BuildKit 0.25).
const DIRS = { '0.13': './fixtures/metadata/', '0.25': './fixtures/metadata/buildkit-0.25/' } as const
type EngineName = keyof typeof DIRS

function fixture(engine: EngineName, name: string): string {
  return readFileSync(new URL(`${DIRS[engine]}${name}`, import.meta.url), 'utf8')
}
function keys(engine: EngineName, name: string): string[] {
  return Object.keys(JSON.parse(fixture(engine, name)) as object).sort()
}

const COMMON = [
  'buildx.build.ref',
  'cache.manifest',
  'containerimage.config.digest',
  'containerimage.descriptor',
  'containerimage.digest'
]

describe('--metadata-file on both engines', () => {
  it.each<[EngineName, string[]]>([
    ['0.13', COMMON],
    // buildx 0.29 adds a provenance summary by default (build args included); the build adapter
    // turns it off with BUILDX_METADATA_PROVENANCE=disabled, and parseMetadata ignores it.
    ['0.25', ['buildx.build.provenance', ...COMMON]]
  ])('BuildKit %s: single-platform keys', (engine, expected) => {
    expect(keys(engine, 'single-platform.json')).toEqual(expected)
  })

  it('writes the build args into the provenance summary on buildx 0.29', () => {
    const provenance = (JSON.parse(fixture('0.25', 'single-platform.json')) as Record<string, unknown>)[
      'buildx.build.provenance'
    ]
    expect(JSON.stringify(provenance)).toContain('"build-arg:SOURCE_DATE_EPOCH":"0"')
  })

  it.each<[EngineName, string]>([
    // The local cache's root: an index on 0.13, one manifest on 0.25.
    ['0.13', 'application/vnd.oci.image.index.v1+json'],
    ['0.25', 'application/vnd.oci.image.manifest.v1+json']
  ])('BuildKit %s: cache.manifest is a %s', (engine, mediaType) => {
    const meta = JSON.parse(fixture(engine, 'single-platform.json')) as Record<string, string>
    expect((JSON.parse(meta['cache.manifest'] ?? '') as { mediaType: string }).mediaType).toBe(mediaType)
  })

  it.each<[EngineName, string, string]>([
    [
      '0.13',
      'sha256:9f9252b9e27e0c5c4d1327f88da14ab444e8520957ad3a166656b699d749d39b',
      'sha256:b2ef64ba0021587ec67ec5a3d3ca4699076009e6776aa9796c4c7e2e81dd9e28'
    ],
    [
      '0.25',
      'sha256:5849eeda7e1bb5a4adcb91d83d1f7c38384f53fb0ab364209ab2e47d6fdff22d',
      'sha256:bc357ac262dca1e5951d913a4e90bbb82dc30780df01225e96685fc49bd8a22a'
    ]
  ])('BuildKit %s: parses a single-platform image', (engine, digest, configDigest) => {
    expect(parseMetadata(fixture(engine, 'single-platform.json'))).toEqual({
      digest,
      platform: 'linux/amd64',
      configDigest
    })
  })

  it.each<[EngineName, string, string, string]>([
    [
      '0.13',
      'sha256:c20661b6d9fc765c849172a0e716401051d4c5e6021a41dd5a78b823fa7326b5',
      'sha256:6c6ab9c05dbe3d1dc11693eefb89a2da2d4f7d762246875a99e973d8f48c7aa8',
      'sha256:2a767fc94df84cf105225e346b1e00849d4e66d99f431ff9ead93c9e636576bf'
    ],
    [
      '0.25',
      'sha256:32efceb8bb237e727a81a4af13f9b0d6718033f07c77dbf19ce4928c645a5ca4',
      'sha256:5849eeda7e1bb5a4adcb91d83d1f7c38384f53fb0ab364209ab2e47d6fdff22d',
      'sha256:450fb5af70a8feed2f40f1a47574a69bd6dc47dd63cda9c20577bbebf0ecb7fc'
    ]
  ])('BuildKit %s: parses a multi-platform index and its manifests', (engine, index, amd64, v2) => {
    expect(keys(engine, 'multi-platform.json')).toEqual([
      'buildx.build.ref',
      'containerimage.descriptor',
      'containerimage.digest'
    ])
    expect(parseMetadata(fixture(engine, 'multi-platform.json'))).toEqual({
      digest: index,
      platform: null,
      configDigest: null
    })
    expect(platformManifests(JSON.parse(fixture(engine, 'multi-platform-index.json')))).toEqual([
      { platform: 'linux/amd64', digest: amd64 },
      { platform: 'linux/amd64/v2', digest: v2 }
    ])
  })
})
