// The registry cache scopes of an Actions run: the cache-scope inputs, else the branches from the run's environment.
import { readFileSync } from 'node:fs'
import { type CacheScopes, explicitScopes, LOCAL_SCOPE, scopesFor } from '../core/cache/registry-tags.js'
import type { ActionInputs } from './inputs.js'
import { asString, isRecord } from '../core/json.js'

/** repository.default_branch from the event payload (GITHUB_EVENT_PATH); null when unreadable. */
export function defaultBranch(env: NodeJS.ProcessEnv): string | null {
  const file = env['GITHUB_EVENT_PATH']
  if (!file) return null
  try {
    const event: unknown = JSON.parse(readFileSync(file, 'utf8'))
    const repository = isRecord(event) ? event['repository'] : null
    const name = isRecord(repository) ? asString(repository['default_branch']) : undefined
    return name !== undefined && name.trim() !== '' ? name : null
  } catch {
    return null
  }
}

/**
 * `cache-scope` when given (with `cache-read-scopes` after it); else a PR writes its head branch's
 * scope and reads it, then the base branch's, then the default branch's, and a push writes its
 * branch's scope (the default branch's is the shared one). `cache-read-scopes` come after the own scope.
 */
export function actionCacheScopes(
  inputs: Pick<ActionInputs, 'cache-scope' | 'cache-read-scopes'>,
  env: NodeJS.ProcessEnv
): CacheScopes {
  const extra = inputs['cache-read-scopes']
  if (inputs['cache-scope'] !== '') return explicitScopes(inputs['cache-scope'], extra)
  const found = scopesFor({
    headRef: env['GITHUB_HEAD_REF'] ?? null,
    baseRef: env['GITHUB_BASE_REF'] ?? null,
    refName: env['GITHUB_REF_NAME'] ?? null,
    defaultBranch: defaultBranch(env)
  })
  if (found === null) return explicitScopes(LOCAL_SCOPE, extra)
  return explicitScopes(found.write, [...extra, ...found.read.slice(1)])
}
