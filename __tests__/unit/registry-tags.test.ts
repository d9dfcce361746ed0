// Registry cache tags, scopes and the read/write choice: pure data, table-tested.
import { describe, expect, it } from '@jest/globals'
import { computeCacheKeys } from '../../src/core/cache/key.js'
import {
  candidateTags,
  chooseRegistryCache,
  explicitScopes,
  imageRef,
  levelKeys,
  levelTag,
  OCI_TAG,
  scopeName,
  scopesFor
} from '../../src/core/cache/registry-tags.js'

const keys = computeCacheKeys({
  os: 'linux',
  arch: 'x64',
  dockerfile: 'FROM busybox\nCOPY . /app\n',
  dockerignore: null,
  lockfiles: [{ path: 'package-lock.json', content: '{}' }],
  sources: 'abc',
  buildArgs: { BASE: 'busybox' }
})

describe('scopeName', () => {
  it.each([
    ['main', 'main'],
    ['release-1.2', 'release-1.2'],
    ['v1.0.0', 'v1.0.0']
  ])('a valid name stays: %s', (branch, scope) => {
    expect(scopeName(branch)).toBe(scope)
  })

  it('a name with a slash becomes a valid tag part with a hash of the raw name', () => {
    expect(scopeName('feature/a')).toMatch(/^feature-a-[0-9a-f]{8}$/)
    expect(scopeName('feature/a')).not.toBe(scopeName('feature-a'))
    expect(scopeName('feature/a')).not.toBe(scopeName('feature:a'))
  })

  it('long, empty-after-cleaning and hostile names give valid, bounded names', () => {
    for (const branch of [
      'x'.repeat(300),
      '///',
      '.hidden',
      '-dash',
      'a b\u0007c',
      'dependabot/npm_and_yarn/lodash-4.17.21'
    ]) {
      const scope = scopeName(branch)
      expect(scope.length).toBeLessThanOrEqual(40)
      expect(scope).toMatch(OCI_TAG)
    }
  })

  it('is idempotent, so a scope can be given back by hand', () => {
    const scope = scopeName('feature/a')
    expect(scopeName(scope)).toBe(scope)
  })
})

describe('scopesFor', () => {
  it('a PR writes its own scope and reads it, then the base branch, then the default branch', () => {
    expect(
      scopesFor({ headRef: 'fix-1', baseRef: 'release', refName: '7/merge', defaultBranch: 'main' })
    ).toEqual({ write: 'fix-1', read: ['fix-1', 'release', 'main'] })
  })

  it('a PR into the default branch reads two scopes', () => {
    expect(scopesFor({ headRef: 'fix-1', baseRef: 'main', defaultBranch: 'main' })).toEqual({
      write: 'fix-1',
      read: ['fix-1', 'main']
    })
  })

  it("a PR whose head branch is called like the default branch (a fork's main) never writes the shared scope", () => {
    const scopes = scopesFor({ headRef: 'main', baseRef: 'main', defaultBranch: 'main' })
    expect(scopes?.write).toMatch(/^pr-main/)
    expect(scopes?.read).toEqual([scopes?.write, 'main'])
  })

  it('the default branch writes the shared scope; another branch writes its own and reads the default', () => {
    expect(scopesFor({ refName: 'main', defaultBranch: 'main' })).toEqual({ write: 'main', read: ['main'] })
    expect(scopesFor({ refName: 'release', defaultBranch: 'main' })).toEqual({
      write: 'release',
      read: ['release', 'main']
    })
  })

  it('without any branch there is no scope', () => {
    expect(scopesFor({})).toBeNull()
    expect(scopesFor({ headRef: '', refName: '  ' })).toBeNull()
  })

  it('explicit scopes: the write scope first, no repeats, names cleaned', () => {
    expect(explicitScopes('pr/1', ['main', 'pr/1', ''])).toEqual({
      write: scopeName('pr/1'),
      read: [scopeName('pr/1'), 'main']
    })
  })
})

describe('levelKeys and levelTag', () => {
  it('three levels from the primary key and the restore keys, without the os/arch-only one', () => {
    const levels = levelKeys(keys)
    expect(levels.map(l => l.level)).toEqual(['sources', 'lockfiles', 'definition'])
    expect(levels[0]!.key).toBe(keys.primary)
    expect(levels[1]!.key).toBe(keys.restoreKeys[0]!.replace(/-$/, ''))
    expect(levels[2]!.key).toBe(keys.restoreKeys[1]!.replace(/-$/, ''))
  })

  it('without a sources hash, the primary key is the lockfile level', () => {
    const noSources = computeCacheKeys({
      os: 'linux',
      arch: 'x64',
      dockerfile: 'FROM x',
      dockerignore: null,
      lockfiles: [],
      buildArgs: {}
    })
    expect(levelKeys(noSources).map(l => l.level)).toEqual(['lockfiles', 'definition'])
  })

  it('every tag is a valid OCI tag of at most 128 characters, even with a long hostile prefix', () => {
    const long = computeCacheKeys({
      ...{
        os: 'linux',
        arch: 'x64',
        dockerfile: 'FROM x',
        dockerignore: null,
        lockfiles: [],
        buildArgs: {},
        sources: 's'
      },
      prefix: 'my/app:' + 'p'.repeat(120)
    })
    for (const { key } of levelKeys(long)) {
      const tag = levelTag(scopeName('x'.repeat(80)), key)
      expect(tag).toMatch(OCI_TAG)
      expect(tag.length).toBeLessThanOrEqual(128)
    }
    const tags = levelKeys(long).map(l => levelTag('main', l.key))
    expect(new Set(tags).size).toBe(tags.length)
  })

  it('the scope leads the tag, so a cleanup can select a scope by prefix', () => {
    expect(levelTag('main', keys.primary)).toBe(`main-${keys.primary}`)
  })
})

describe('chooseRegistryCache', () => {
  const pr = { write: 'fix-1', read: ['fix-1', 'release', 'main'] }
  const tag = (scope: string, i: number): string => levelTag(scope, levelKeys(keys)[i]!.key)

  it('nothing exists: a miss, and every level is written in the own scope', () => {
    const choice = chooseRegistryCache(keys, pr, new Set())
    expect(choice.matched).toBeNull()
    expect(choice.write.map(w => w.tag)).toEqual([tag('fix-1', 0), tag('fix-1', 1), tag('fix-1', 2)])
    expect(choice.skipped).toBeNull()
  })

  it("an exact key in the default branch's scope beats a partial one in the own scope, and nothing is written", () => {
    const choice = chooseRegistryCache(keys, pr, new Set([tag('fix-1', 1), tag('main', 0)]))
    expect(choice.matched).toMatchObject({ scope: 'main', level: 'sources' })
    expect(choice.write).toEqual([])
    expect(choice.skipped).toBe('the exact key exists in scope main')
  })

  it('a source edit: the lockfile level of the base matches; only the exact tag is written, in the own scope', () => {
    const choice = chooseRegistryCache(
      keys,
      pr,
      new Set([tag('release', 1), tag('release', 2), tag('main', 2)])
    )
    expect(choice.matched).toMatchObject({ scope: 'release', level: 'lockfiles' })
    expect(choice.write.map(w => w.tag)).toEqual([tag('fix-1', 0)])
  })

  it('the own scope comes first within a level', () => {
    const choice = chooseRegistryCache(keys, pr, new Set([tag('main', 2), tag('fix-1', 2)]))
    expect(choice.matched).toMatchObject({ scope: 'fix-1', level: 'definition' })
  })

  it('never writes a tag that exists, and writes only its own scope', () => {
    const all = new Set(candidateTags(keys, pr).map(c => c.tag))
    for (const existing of [...all]) {
      const choice = chooseRegistryCache(keys, pr, new Set([existing]))
      for (const w of choice.write) {
        expect(all.has(w.tag) && w.tag === existing).toBe(false)
        expect(w.scope).toBe('fix-1')
      }
    }
  })
})

describe('imageRef', () => {
  it.each(['ghcr.io/o/app:builder', '127.0.0.1:5000/app@sha256:' + 'a'.repeat(64), 'busybox'])(
    'accepts %s',
    ref => {
      expect(imageRef(ref, 'x')).toBe(ref)
    }
  )
  it.each(['type=registry,ref=x', 'https://ghcr.io/o/a', '', 'a b', 'a//b'])(
    'rejects %j in one line',
    ref => {
      expect(() => imageRef(ref, '--cache-from-image')).toThrow(
        /^--cache-from-image: .* is not an image reference \(.*\); give one like/
      )
    }
  )
})
