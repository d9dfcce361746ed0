// Image references, manifests and auth challenges, read as Docker and the registries write them (fixtures recorded from docker-registry 2.8).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import {
  credentialFromHelper,
  credentialSource,
  parseChallenge,
  tokenFromAnswer,
  tokenUrl
} from '../../src/core/registry/auth.js'
import {
  indexPlatforms,
  parseImageConfig,
  parseManifest,
  parsePlatform,
  selectPlatform
} from '../../src/core/registry/manifest.js'
import {
  canonicalReference,
  isLoopbackHost,
  pinnedReference,
  registryBaseUrl,
  tagFirst,
  tryParseReference
} from '../../src/core/registry/reference.js'

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'registry')
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8')
const D = `sha256:${'a'.repeat(64)}`

describe('tryParseReference', () => {
  it.each([
    ['node', 'docker.io', 'registry-1.docker.io', 'library/node', null, null],
    ['node:22-bookworm', 'docker.io', 'registry-1.docker.io', 'library/node', '22-bookworm', null],
    ['docker.io/node:22', 'docker.io', 'registry-1.docker.io', 'library/node', '22', null],
    ['index.docker.io/library/node', 'docker.io', 'registry-1.docker.io', 'library/node', null, null],
    ['bitnami/redis:7.2', 'docker.io', 'registry-1.docker.io', 'bitnami/redis', '7.2', null],
    ['ghcr.io/owner/app/sub:v1.0', 'ghcr.io', 'ghcr.io', 'owner/app/sub', 'v1.0', null],
    ['localhost/app', 'localhost', 'localhost', 'app', null, null],
    ['localhost:5000/app:x', 'localhost:5000', 'localhost:5000', 'app', 'x', null],
    ['127.0.0.1:5391/busybox:1', '127.0.0.1:5391', '127.0.0.1:5391', 'busybox', '1', null],
    [`node:22@${D}`, 'docker.io', 'registry-1.docker.io', 'library/node', '22', D],
    [`node@${D}`, 'docker.io', 'registry-1.docker.io', 'library/node', null, D],
    [`[::1]:5000/a/b:c`, '[::1]:5000', '[::1]:5000', 'a/b', 'c', null],
    ['Registry/app', 'Registry', 'Registry', 'app', null, null]
  ])('%s', (text, registry, host, repository, tag, digest) => {
    expect(tryParseReference(text)).toMatchObject({ registry, host, repository, tag, digest })
  })

  it.each([
    ['', 'the image reference is empty'],
    ['Node:22', 'the repository "Node" must be lower-case'],
    ['node:-x', 'the tag "-x" is not valid'],
    ['node@sha256:abc', 'the digest "sha256:abc" is not sha256:'],
    ['node\u001b[31m', 'printable ASCII'],
    ['node :1', 'printable ASCII'],
    ['exa_mple.com:/x', 'the registry "exa_mple.com:" is not a host name']
  ])('refuses %j with one line', (text, reason) => {
    const r = tryParseReference(text)
    expect(typeof r).toBe('string')
    expect(r).toContain(reason)
    expect(String(r)).not.toContain('\n')
  })

  it('pins as name:tag@digest, as written, latest when no tag is written', () => {
    const withTag = tryParseReference('node:22')
    const bare = tryParseReference('ghcr.io/o/app')
    if (typeof withTag === 'string' || typeof bare === 'string') throw new Error('unparsed')
    expect(pinnedReference(withTag, D)).toBe(`node:22@${D}`)
    expect(pinnedReference(bare, D)).toBe(`ghcr.io/o/app:latest@${D}`)
    expect(canonicalReference(withTag)).toBe('docker.io/library/node:22')
    expect(tagFirst(withTag)).toBe('22')
  })

  it('speaks http only to loopback', () => {
    expect(isLoopbackHost('127.0.0.1:5000')).toBe(true)
    expect(isLoopbackHost('127.8.9.10')).toBe(true)
    expect(isLoopbackHost('localhost:5000')).toBe(true)
    expect(isLoopbackHost('[::1]:5000')).toBe(true)
    expect(isLoopbackHost('128.0.0.1:5000')).toBe(false)
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false)
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io')
    expect(registryBaseUrl('127.0.0.1:5391')).toBe('http://127.0.0.1:5391')
  })
})

describe('parseManifest (recorded from docker-registry 2.8 after docker push and buildx --push)', () => {
  it('reads an OCI index, leaving attestations out of the platforms', () => {
    const m = parseManifest(fixture('oci-index.json'), 'application/vnd.oci.image.index.v1+json')
    if (typeof m === 'string' || m.kind !== 'index') throw new Error(`not an index: ${JSON.stringify(m)}`)
    expect(m.manifests).toHaveLength(4)
    expect(indexPlatforms(m.manifests)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(selectPlatform(m.manifests, { os: 'linux', architecture: 'arm64', variant: 'v8' })?.digest).toBe(
      'sha256:b930c62af448b14154ed289b847f43306e49d95d746587f86415623d6ac094a2'
    )
    expect(selectPlatform(m.manifests, null)?.digest).toBe(
      'sha256:29d614b1b2f3206e444f8b1b3917b6ea1f275c593ba073d9f7443852fbf553da'
    )
    expect(selectPlatform(m.manifests, { os: 'linux', architecture: 's390x', variant: null })).toBeNull()
  })

  it('reads a Docker v2 manifest list', () => {
    const m = parseManifest(fixture('docker-list.json'), null)
    if (typeof m === 'string' || m.kind !== 'index') throw new Error('not an index')
    expect(m.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json')
    expect(indexPlatforms(m.manifests)).toEqual(['linux/amd64', 'linux/arm64'])
  })

  it('reads an OCI image manifest and its config', () => {
    const m = parseManifest(fixture('oci-manifest.json'), 'application/vnd.oci.image.manifest.v1+json')
    if (typeof m === 'string' || m.kind !== 'image') throw new Error('not an image')
    expect(m.config.digest).toBe('sha256:cf3cb890187477e5fce21164a1d8356ef27f0f52fec9892d974602ad861db028')
    expect(parseImageConfig(fixture('busybox-config.json'))).toEqual({
      created: '2026-12-02T00:40:33.064663439Z',
      platform: { os: 'linux', architecture: 'amd64', variant: null },
      inlineCache: false
    })
    const withInline = JSON.stringify({
      ...JSON.parse(fixture('busybox-config.json')),
      'moby.buildkit.cache.v0': 'e30='
    })
    expect(parseImageConfig(withInline)).toMatchObject({ inlineCache: true })
  })

  it.each([
    ['not json', 'the manifest is not JSON'],
    ['[]', 'not a JSON object'],
    [
      '{"schemaVersion":1,"mediaType":"application/vnd.docker.distribution.manifest.v1+prettyjws"}',
      'unsupported manifest type'
    ],
    ['{"manifests":[{"digest":"sha256:1"}]}', "the index's manifests[0] has no valid digest"]
  ])('refuses %s with one line', (body, reason) => {
    expect(parseManifest(body, null)).toContain(reason)
  })

  it('parses platforms as buildx writes them', () => {
    expect(parsePlatform('linux/arm64/v8')).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' })
    expect(parsePlatform('linux')).toContain('is not os/arch[/variant]')
  })
})

describe('registry auth', () => {
  it("reads Docker Hub's Bearer challenge and builds the token URL", () => {
    const c = parseChallenge(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"'
    )
    expect(c).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/node:pull'
      }
    })
    expect(tokenUrl(c!, 'repository:x:pull', false)).toBe(
      'https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fnode%3Apull'
    )
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry Realm' }
    })
    expect(parseChallenge('Negotiate abc')).toBeNull()
  })

  it('sends a token over http only for a loopback registry', () => {
    const c = parseChallenge('Bearer realm="http://auth.example.com/token"')!
    expect(() => tokenUrl(c, 's', false)).toThrow('the token realm http://auth.example.com is not https')
    expect(tokenUrl(c, 'repository:a:pull', true)).toBe(
      'http://auth.example.com/token?scope=repository%3Aa%3Apull'
    )
  })

  it('takes token or access_token, and nothing with a line break', () => {
    expect(tokenFromAnswer('{"token":"t1","expires_in":300}')).toBe('t1')
    expect(tokenFromAnswer('{"access_token":"t2"}')).toBe('t2')
    expect(tokenFromAnswer('{"token":"a\\r\\nX-Evil: 1"}')).toBeNull()
    expect(tokenFromAnswer('<html>')).toBeNull()
  })

  it("finds credentials in Docker's order: credHelpers, auths, credsStore", () => {
    const auth = Buffer.from('me:secret').toString('base64')
    const config = {
      auths: {
        'https://index.docker.io/v1/': { auth },
        'ghcr.io': { auth },
        '127.0.0.1:5000': { identitytoken: 'rt' }
      },
      credHelpers: { 'ghcr.io': 'gh' },
      credsStore: 'desktop'
    }
    expect(credentialSource(config, 'ghcr.io')).toEqual({
      kind: 'helper',
      helper: 'gh',
      serverUrl: 'ghcr.io'
    })
    expect(credentialSource(config, 'docker.io')).toMatchObject({
      kind: 'inline',
      credential: { username: 'me', password: 'secret' }
    })
    expect(credentialSource(config, '127.0.0.1:5000')).toMatchObject({ credential: { identityToken: 'rt' } })
    expect(credentialSource(config, 'quay.io')).toEqual({
      kind: 'helper',
      helper: 'desktop',
      serverUrl: 'quay.io'
    })
    expect(credentialSource({ credsStore: '../../bin/sh' }, 'quay.io')).toEqual({ kind: 'none' })
    expect(credentialSource(null, 'quay.io')).toEqual({ kind: 'none' })
    expect(credentialFromHelper('{"ServerURL":"ghcr.io","Username":"u","Secret":"s"}')).toEqual({
      username: 'u',
      password: 's'
    })
    expect(credentialFromHelper('{"Username":"<token>","Secret":"rt"}')).toEqual({ identityToken: 'rt' })
    expect(credentialFromHelper('credentials not found in native keychain')).toBeNull()
  })
})
