// What record and compare take, made from the action's deps; only these modes load the artifact client.
import { type ArtifactStore, createActionsArtifactStore } from '../crossrunner/artifact-store.js'
import type { Engine } from '../buildkit/engine.js'
import type { GateLogger } from '../gate/run-gate.js'
import { type ActionDeps, defaultActionDeps } from './deps.js'

/** What record and compare take. */
export interface ModeDeps {
  engine: Engine
  store: ArtifactStore
  log: Pick<GateLogger, 'info' | 'group'>
  nowMs(): number
  env: NodeJS.ProcessEnv
}

export function modeDeps(deps: ActionDeps = defaultActionDeps()): ModeDeps {
  return {
    engine: deps.engine,
    store: deps.artifactStore ?? createActionsArtifactStore(),
    log: deps.log,
    nowMs: deps.nowMs,
    env: deps.env
  }
}
