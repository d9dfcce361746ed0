// The registry client against a real docker-registry on 127.0.0.1 with images pushed from the engine, and loopback fronts for auth and faults.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, promises as fs } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { createRegistryClient, RegistryError, type RegistryClient } from '../../src/registry/client.js'
import { dockerCredentials } from '../../src/registry/credentials.js'
import { execArgs, requireEngine } from '../support/engine.js'
import { freePort, Registry } from '../support/registry.js'
import { type RegistryFront, startRegistryFront } from '../support/registry-front.js'
import { pushImage } from '../support/registry-images.js'

const registry = new Registry()
const anonymous = (): RegistryClient => createRegistryClient({ credentials: async () => null })
let single = ''
let multi = ''
let dir = ''
const fronts: RegistryFront[] = []

async function front(...args: Parameters<typeof startRegistryFront>): Promise<RegistryFront> {
  const f = await startRegistryFront(...args)
  fronts.push(f)
  return f
}

/** The one-line message of the RegistryError a call throws (and its kind). */
async function failure(call: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await call
  } catch (error) {
    if (error instanceof RegistryError) return { kind: error.kind, message: error.message }
    throw error
  }
  throw new Error('expected a RegistryError')
}

beforeAll(async () => {
  requireEngine()
  await registry.start()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-registry-client-'))
  single = await pushImage(registry.ref('app', 'v1'), 'single v1\n', { ociMediaTypes: true })
  multi = await pushImage(registry.ref('multi', '1'), 'multi\n', {
    platforms: ['linux/amd64', 'linux/arm64']
  })
})

afterAll(async () => {
  for (const f of fronts) await f.close()
  await registry.destroy()
  if (dir !== '') await fs.rm(dir, { recursive: true, force: true })
})

describe('resolveDigest', () => {
  it('gives the digest the push recorded, and the config blob the created date imagetools shows', async () => {
    const client = anonymous()
    const r = await client.resolveDigest(registry.ref('app', 'v1'))
    expect(r).toEqual({
      digest: single,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      platforms: null,
      platformDigest: null
    })
    const inspect = await execArgs('docker', [
      'buildx',
      'imagetools',
      'inspect',
      registry.ref('app', 'v1'),
      '--format',
      '{{json .Image}}'
    ])
    expect(inspect.code).toBe(0)
    const created = (JSON.parse(inspect.stdout) as { created: string }).created
    const config = await client.fetchConfig(`${registry.ref('app', 'v1')}@${single}`)
    expect(config.created).toBe(created)
    expect(config.manifestDigest).toBe(single)
  })

  it('follows a tag that moves', async () => {
    const before = await pushImage(registry.ref('moving', 'stable'), 'first\n')
    expect((await anonymous().resolveDigest(registry.ref('moving', 'stable'))).digest).toBe(before)
    const after = await pushImage(registry.ref('moving', 'stable'), 'second\n')
    expect(after).not.toBe(before)
    expect((await anonymous().resolveDigest(registry.ref('moving', 'stable'))).digest).toBe(after)
  })

  it("gives a multi-platform tag's index digest, and checks a platform is in it", async () => {
    const client = anonymous()
    const plain = await client.resolveDigest(registry.ref('multi', '1'))
    expect(plain.digest).toBe(multi)
    expect(plain.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json')
    const arm = await client.resolveDigest(registry.ref('multi', '1'), { platform: 'linux/arm64' })
    expect(arm.digest).toBe(multi)
    expect(arm.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    expect(arm.platformDigest).not.toBe(multi)
    const arch = (await client.fetchConfig(registry.ref('multi', '1'), { platform: 'linux/arm64' })).platform
    expect(arch).toEqual({ os: 'linux', architecture: 'arm64', variant: null })
    expect(
      await failure(client.resolveDigest(registry.ref('multi', '1'), { platform: 'linux/s390x' }))
    ).toEqual({
      kind: 'not-found',
      message: `${registry.host}/multi:1 has no linux/s390x image (it offers linux/amd64, linux/arm64): check --platform`
    })
    expect(
      await failure(client.resolveDigest(registry.ref('app', 'v1'), { platform: 'linux/arm64' }))
    ).toEqual({
      kind: 'not-found',
      message: `${registry.host}/app:v1 is a single linux/amd64 image, not linux/arm64: check --platform`
    })
  })
})

describe('each failure is one line', () => {
  it('a missing tag', async () => {
    expect(await failure(anonymous().resolveDigest(registry.ref('app', 'nope')))).toEqual({
      kind: 'not-found',
      message: `tag nope of ${registry.host}/app not found on registry ${registry.host} (404): check the name and tag, or push it`
    })
  })

  it('a registry that is down', async () => {
    const host = `127.0.0.1:${await freePort()}`
    expect(await failure(anonymous().resolveDigest(`${host}/app:v1`))).toEqual({
      kind: 'unreachable',
      message: `registry ${host} is unreachable (ECONNREFUSED) for tag v1 of ${host}/app: check that it runs and that the address is right`
    })
  })

  it('a registry that answers 500', async () => {
    const f = await front(registry.host, { kind: 'fail', status: 500 })
    expect(await failure(anonymous().resolveDigest(`${f.host}/app:v1`))).toEqual({
      kind: 'server',
      message: `registry ${f.host} failed with 500 Internal Server Error for tag v1 of ${f.host}/app: the registry is having trouble; try again later`
    })
  })

  it('a registry that answers 401 and a token service that refuses', async () => {
    const f = await front(registry.host, { kind: 'fail', status: 401 })
    expect(await failure(anonymous().resolveDigest(`${f.host}/app:v1`))).toEqual({
      kind: 'unauthorized',
      message: `the token service ${f.host} refused anonymous access to app (401): run \`docker login ${f.host}\`, or add credentials for it to the docker config (DOCKER_CONFIG or ~/.docker/config.json)`
    })
  })

  it('a registry that wants basic auth, with none in the docker config', async () => {
    const f = await front(registry.host, { kind: 'basic', user: 'u', password: 'p' })
    const { message } = await failure(anonymous().resolveDigest(`${f.host}/app:v1`))
    expect(message).toBe(
      `registry ${f.host} refused anonymous access to tag v1 of ${f.host}/app (401): run \`docker login ${f.host}\`, or add credentials for it to the docker config (DOCKER_CONFIG or ~/.docker/config.json)`
    )
  })

  it('a registry that takes the connection and never answers', async () => {
    const silent = createServer(() => undefined)
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    const host = `127.0.0.1:${(silent.address() as AddressInfo).port}`
    try {
      const client = createRegistryClient({ credentials: async () => null, timeoutMs: 1000 })
      expect(await failure(client.resolveDigest(`${host}/app:v1`))).toEqual({
        kind: 'timeout',
        message: `registry ${host} did not answer within 1 s for tag v1 of ${host}/app: check the network, or try again`
      })
    } finally {
      silent.closeAllConnections()
      await new Promise(resolve => silent.close(resolve))
    }
  })

  it('a manifest larger than the bound', async () => {
    const client = createRegistryClient({ credentials: async () => null, maxManifestBytes: 100 })
    expect(await failure(client.fetchManifest(registry.ref('multi', '1')))).toEqual({
      kind: 'too-large',
      message: `registry ${registry.host} sent more than 100 B for tag 1 of ${registry.host}/multi: refusing to read it`
    })
  })
})

describe('auth', () => {
  it('anonymous token auth: challenge, token endpoint, then the token is reused', async () => {
    const f = await front(registry.host, { kind: 'bearer', token: 'tok-anon' })
    const client = anonymous()
    expect((await client.resolveDigest(`${f.host}/app:v1`)).digest).toBe(single)
    expect((await client.fetchConfig(`${f.host}/app:v1`)).manifestDigest).toBe(single)
    const tokens = f.requests.filter(r => r.path.startsWith('/token'))
    expect(tokens.map(r => [r.path, r.authorization])).toEqual([
      ['/token?service=loopback-registry&scope=repository%3Aapp%3Apull', '']
    ])
    expect(f.requests.filter(r => r.path.startsWith('/v2/')).map(r => r.status)).toEqual([401, 200, 200, 200])
  })

  it('token auth with credentials from the docker config (auths)', async () => {
    const f = await front(registry.host, {
      kind: 'bearer',
      token: 'tok-basic',
      basic: { user: 'me', password: 's3cret' }
    })
    const config = path.join(dir, 'auths')
    await fs.mkdir(config, { recursive: true })
    const auth = Buffer.from('me:s3cret').toString('base64')
    await fs.writeFile(path.join(config, 'config.json'), JSON.stringify({ auths: { [f.host]: { auth } } }))
    const client = createRegistryClient({ credentials: dockerCredentials({ DOCKER_CONFIG: config }) })
    expect((await client.resolveDigest(`${f.host}/app:v1`)).digest).toBe(single)
    expect(f.requests.find(r => r.path.startsWith('/token'))?.authorization).toBe(`Basic ${auth}`)
    // Wrong credentials: the token service's refusal, one line, no secret in it.
    await fs.writeFile(
      path.join(config, 'config.json'),
      JSON.stringify({ auths: { [f.host]: { auth: Buffer.from('me:wrong').toString('base64') } } })
    )
    const wrong = await failure(
      createRegistryClient({ credentials: dockerCredentials({ DOCKER_CONFIG: config }) }).resolveDigest(
        `${f.host}/app:v1`
      )
    )
    expect(wrong.message).toContain(
      `the token service ${f.host} refused the credentials from the docker config to app (401)`
    )
    expect(wrong.message).not.toContain('wrong')
  })

  it('token auth with a credential helper (credHelpers) and an identity token (refresh grant)', async () => {
    const f = await front(registry.host, { kind: 'bearer', token: 'tok-helper', refreshToken: 'refresh-1' })
    const bin = path.join(dir, 'bin')
    await fs.mkdir(bin, { recursive: true })
    const helper = path.join(bin, 'docker-credential-buildlabtest')
    // The helper protocol: `get` reads the server URL on stdin and answers JSON.
    await fs.writeFile(
      helper,
      `#!/bin/sh\nread server\n[ "$1" = get ] && [ "$server" = "${f.host}" ] || exit 1\necho '{"ServerURL":"'"$server"'","Username":"<token>","Secret":"refresh-1"}'\n`
    )
    chmodSync(helper, 0o755)
    const config = path.join(dir, 'helpers')
    await fs.mkdir(config, { recursive: true })
    await fs.writeFile(
      path.join(config, 'config.json'),
      JSON.stringify({ credHelpers: { [f.host]: 'buildlabtest' } })
    )
    const env = { DOCKER_CONFIG: config, PATH: `${bin}:${process.env.PATH ?? ''}` }
    const client = createRegistryClient({ credentials: dockerCredentials(env) })
    expect((await client.resolveDigest(`${f.host}/multi:1`)).digest).toBe(multi)
    const token = f.requests.find(r => r.path.startsWith('/token'))
    expect(token).toMatchObject({ method: 'POST', path: '/token', status: 200 })
  })

  it('basic auth on the registry itself, from the docker config', async () => {
    const f = await front(registry.host, { kind: 'basic', user: 'u', password: 'p' })
    const config = path.join(dir, 'basic')
    await fs.mkdir(config, { recursive: true })
    await fs.writeFile(
      path.join(config, 'config.json'),
      JSON.stringify({ auths: { [`http://${f.host}`]: { username: 'u', password: 'p' } } })
    )
    const client = createRegistryClient({ credentials: dockerCredentials({ DOCKER_CONFIG: config }) })
    expect((await client.resolveDigest(`${f.host}/app:v1`)).digest).toBe(single)
  })
})

describe('a registry without HEAD', () => {
  it('answers 405 to HEAD: the digest comes from a GET, checked against the content', async () => {
    const f = await front(registry.host, { kind: 'no-head' })
    expect((await anonymous().resolveDigest(`${f.host}/multi:1`)).digest).toBe(multi)
    expect(f.requests.map(r => [r.method, r.status])).toEqual([
      ['HEAD', 405],
      ['GET', 200]
    ])
  })
})

describe('ping', () => {
  it('counts any answer, and names the socket error of none', async () => {
    const client = anonymous()
    expect(await client.ping(registry.host)).toEqual({ ok: true })
    const host = `127.0.0.1:${await freePort()}`
    expect(await client.ping(host)).toEqual({ ok: false, reason: 'http: ECONNREFUSED' })
  })
})
