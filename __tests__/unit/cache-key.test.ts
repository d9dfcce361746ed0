// Which build inputs change the cache keys, and which don't.

import { describe, expect, it } from '@jest/globals'
import { computeCacheKeys, type CacheKeyInputs } from '../../src/core/cache/key.js'

const base: CacheKeyInputs = {
  os: 'linux',
  arch: 'x64',
  prefix: '',
  dockerfile: 'FROM busybox\nCOPY package-lock.json .\nRUN npm ci\n',
  dockerignore: 'node_modules\n',
  lockfiles: [
    { path: 'package-lock.json', content: '{"lockfileVersion":3}' },
    { path: 'api/go.sum', content: 'example.com/m v1.0.0 h1:abc=' }
  ],
  buildArgs: { NODE_ENV: 'production', SOURCE_DATE_EPOCH: '1700000000' },
  target: 'runtime',
  platforms: ['linux/amd64', 'linux/arm64']
}

type Change = [string, Partial<CacheKeyInputs>]

const changesAll: Change[] = [
  ['the Dockerfile', { dockerfile: `${base.dockerfile}RUN true\n` }],
  ['a build-arg value', { buildArgs: { ...base.buildArgs, NODE_ENV: 'development' } }],
  ['a new build-arg', { buildArgs: { ...base.buildArgs, EXTRA: '' } }],
  ['a build-arg name', { buildArgs: { NODE_ENVX: 'production', SOURCE_DATE_EPOCH: '1700000000' } }],
  ['the target', { target: 'build' }],
  ['no target', { target: null }],
  ['the platforms', { platforms: ['linux/amd64'] }],
  ['the .dockerignore', { dockerignore: 'node_modules\n.git\n' }],
  ['removing the .dockerignore', { dockerignore: null }]
]

const changesDependenciesOnly: Change[] = [
  ['a lockfile content', { lockfiles: [{ ...base.lockfiles[0]!, content: '{}' }, base.lockfiles[1]!] }],
  ['a lockfile path', { lockfiles: [base.lockfiles[0]!, { ...base.lockfiles[1]!, path: 'svc/go.sum' }] }],
  ['an added lockfile', { lockfiles: [...base.lockfiles, { path: 'uv.lock', content: 'version = 1' }] }],
  ['a removed lockfile', { lockfiles: [base.lockfiles[0]!] }]
]

const changesNothing: Change[] = [
  ['the build-arg order', { buildArgs: { SOURCE_DATE_EPOCH: '1700000000', NODE_ENV: 'production' } }],
  ['SOURCE_DATE_EPOCH', { buildArgs: { NODE_ENV: 'production', SOURCE_DATE_EPOCH: '1800000000' } }],
  ['the lockfile order', { lockfiles: [base.lockfiles[1]!, base.lockfiles[0]!] }],
  ['the platform order and spacing', { platforms: [' linux/arm64', 'linux/amd64', 'linux/amd64'] }]
]

describe('computeCacheKeys', () => {
  const reference = computeCacheKeys(base)

  it('has the documented shape', () => {
    expect(reference.primary).toMatch(/^build-lab-v1-linux-x64-[0-9a-f]{16}-[0-9a-f]{16}$/)
    const [definition, any] = reference.restoreKeys
    expect(reference.restoreKeys).toHaveLength(2)
    expect(definition).toMatch(/^build-lab-v1-linux-x64-[0-9a-f]{16}-$/)
    expect(any).toBe('build-lab-v1-linux-x64-')
    for (const key of reference.restoreKeys) expect(reference.primary.startsWith(key)).toBe(true)
  })

  it.each(changesAll)('%s changes the primary key and the definition restore key', (_name, change) => {
    const keys = computeCacheKeys({ ...base, ...change })
    expect(keys.primary).not.toBe(reference.primary)
    expect(keys.restoreKeys[0]).not.toBe(reference.restoreKeys[0])
    expect(keys.restoreKeys[1]).toBe(reference.restoreKeys[1])
  })

  it.each(changesDependenciesOnly)(
    '%s changes the primary key but keeps every restore key',
    (_name, change) => {
      const keys = computeCacheKeys({ ...base, ...change })
      expect(keys.primary).not.toBe(reference.primary)
      expect(keys.restoreKeys).toEqual(reference.restoreKeys)
      expect(keys.primary.startsWith(reference.restoreKeys[0]!)).toBe(true)
    }
  )

  it.each(changesNothing)('%s leaves the keys alone', (_name, change) => {
    expect(computeCacheKeys({ ...base, ...change })).toEqual(reference)
  })

  it('treats an empty .dockerignore like none', () => {
    expect(computeCacheKeys({ ...base, dockerignore: '' })).toEqual(
      computeCacheKeys({ ...base, dockerignore: null })
    )
  })

  it.each([
    ['os', { os: 'darwin' }, 'build-lab-v1-darwin-x64-'],
    ['arch', { arch: 'arm64' }, 'build-lab-v1-linux-arm64-'],
    ['prefix', { prefix: 'web' }, 'web-build-lab-v1-linux-x64-'],
    ['prefix with commas and spaces', { prefix: ' my app,v2 ' }, 'my-app-v2-build-lab-v1-linux-x64-']
  ])('%s scopes every key', (_name, change, last) => {
    const keys = computeCacheKeys({ ...base, ...change })
    expect(keys.restoreKeys[1]).toBe(last)
    expect(keys.primary.startsWith(last)).toBe(true)
    expect(keys.primary).not.toBe(reference.primary)
  })

  it('does not keep build-arg values in clear', () => {
    const secret = 'ghp_0123456789abcdefSECRET'
    const keys = computeCacheKeys({ ...base, buildArgs: { ...base.buildArgs, NPM_TOKEN: secret } })
    expect(JSON.stringify(keys)).not.toContain(secret)
    expect(JSON.stringify(keys)).not.toContain('NPM_TOKEN')
  })

  it('cannot be fooled by moving text between fields', () => {
    const a = computeCacheKeys({ ...base, buildArgs: { A: 'b=c' } })
    const b = computeCacheKeys({ ...base, buildArgs: { 'A=b': 'c' } })
    expect(a.primary).not.toBe(b.primary)
  })
})

describe('the sources part of the key', () => {
  const withSources = { ...base, sources: 'a'.repeat(64) }

  it('a source-only edit changes only the last part, and the first restore key still matches', () => {
    const before = computeCacheKeys(withSources)
    const after = computeCacheKeys({ ...withSources, sources: 'b'.repeat(64) })
    expect(after.primary).not.toBe(before.primary)
    expect(after.restoreKeys).toEqual(before.restoreKeys)
    expect(before.primary.startsWith(before.restoreKeys[0]!)).toBe(true)
    expect(before.restoreKeys).toHaveLength(3)
  })

  it('a lockfile edit misses the first restore key and matches the second', () => {
    const before = computeCacheKeys(withSources)
    const after = computeCacheKeys({ ...withSources, lockfiles: [base.lockfiles[0]!] })
    expect(before.primary.startsWith(after.restoreKeys[0]!)).toBe(false)
    expect(before.primary.startsWith(after.restoreKeys[1]!)).toBe(true)
  })

  it('without sources the key keeps its lockfile-level shape', () => {
    const keys = computeCacheKeys(base)
    expect(keys.primary).toMatch(/^build-lab-v1-linux-x64-[0-9a-f]{16}-[0-9a-f]{16}$/)
    expect(computeCacheKeys(withSources).primary).toMatch(
      /^build-lab-v1-linux-x64-[0-9a-f]{16}-[0-9a-f]{16}-[0-9a-f]{16}$/
    )
  })
})
