// What the action's modes take from outside: the engine, the services, the log, the clock and the environment.
import { createDockerEngine, type Engine } from '../buildkit/engine.js'
import type { CacheStore } from '../cache/store.js'
import type { ArtifactStore } from '../crossrunner/artifact-store.js'
import type { GateDeps, GateLogger } from '../gate/run-gate.js'
import type { GitHubClient } from '../github/client.js'
import { actionLogger } from './log.js'

export interface ActionDeps {
  engine: Engine
  log: GateLogger
  nowMs(): number
  sleep(ms: number): Promise<void>
  /** aborted on SIGINT/SIGTERM: the gate stops its build and cleans up */
  signal?: AbortSignal
  /** the diagnosis of two differing layouts; omitted: no diagnosis */
  diagnose?: GateDeps['diagnose']
  /** the Actions cache; the real @actions/cache store when omitted */
  cacheStore?: CacheStore
  /** the GitHub API for the PR comment; an Octokit client on github-token when omitted */
  github?: GitHubClient
  /** the Actions artifact service for record and compare; the real one when omitted */
  artifactStore?: ArtifactStore
  /** where the runner's identity and the summary file come from (RUNNER_*, ImageOS, GITHUB_*) */
  env: NodeJS.ProcessEnv
}

export function defaultActionDeps(signal?: AbortSignal): ActionDeps {
  return {
    engine: createDockerEngine(signal ? { signal } : {}),
    ...(signal ? { signal } : {}),
    log: actionLogger(),
    nowMs: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    // Only a failing gate diagnoses: the diff code loads then.
    diagnose: async (run1, run2, hints) =>
      (await import('../oci/diagnose.js')).diagnoseLayouts(run1, run2, hints),
    env: process.env
  }
}
