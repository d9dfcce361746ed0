// The action's registry cache scopes: from the cache-scope inputs, else from the branches GitHub gives the job.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { actionCacheScopes, defaultBranch } from '../../src/action/cache-scopes.js'
import { scopeName } from '../../src/core/cache/registry-tags.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'build-lab-scopes-'))
function event(payload: unknown): string {
  const file = path.join(dir, `event-${Math.random()}.json`)
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return file
}
const noInputs = { 'cache-scope': '', 'cache-read-scopes': [] }

describe('defaultBranch', () => {
  it('reads repository.default_branch from the event payload', () => {
    expect(defaultBranch({ GITHUB_EVENT_PATH: event({ repository: { default_branch: 'trunk' } }) })).toBe(
      'trunk'
    )
  })
  it.each([['not json'], [{}], [{ repository: { default_branch: 7 } }], [{ repository: null }]])(
    'is null for a payload without one: %j',
    payload => {
      expect(defaultBranch({ GITHUB_EVENT_PATH: event(payload) })).toBeNull()
    }
  )
  it('is null without a payload', () => {
    expect(defaultBranch({})).toBeNull()
    expect(defaultBranch({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json') })).toBeNull()
  })
})

describe('actionCacheScopes', () => {
  const main = event({ repository: { default_branch: 'main' } })

  it('a pull request: its head branch, then its base, then the default branch', () => {
    const env = {
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_BASE_REF: 'release',
      GITHUB_REF_NAME: '12/merge',
      GITHUB_EVENT_PATH: main
    }
    expect(actionCacheScopes(noInputs, env)).toEqual({
      write: scopeName('feature/x'),
      read: [scopeName('feature/x'), 'release', 'main']
    })
  })

  it('a push to the default branch writes the shared scope', () => {
    expect(actionCacheScopes(noInputs, { GITHUB_REF_NAME: 'main', GITHUB_EVENT_PATH: main })).toEqual({
      write: 'main',
      read: ['main']
    })
  })

  it('cache-read-scopes come after the own scope and before the branch defaults', () => {
    const env = { GITHUB_HEAD_REF: 'fix', GITHUB_BASE_REF: 'main', GITHUB_EVENT_PATH: main }
    expect(actionCacheScopes({ 'cache-scope': '', 'cache-read-scopes': ['nightly'] }, env).read).toEqual([
      'fix',
      'nightly',
      'main'
    ])
  })

  it('cache-scope overrides the branches', () => {
    const env = { GITHUB_HEAD_REF: 'fix', GITHUB_BASE_REF: 'main', GITHUB_EVENT_PATH: main }
    expect(actionCacheScopes({ 'cache-scope': 'team/a', 'cache-read-scopes': ['main'] }, env)).toEqual({
      write: scopeName('team/a'),
      read: [scopeName('team/a'), 'main']
    })
  })

  it('outside a workflow: the local scope', () => {
    expect(actionCacheScopes(noInputs, {})).toEqual({ write: 'local', read: ['local'] })
  })
})
