// The cache-miss account of one build: every step that ran and why, the invalidation map, and the actions.
import type { Step } from '../progress.js'
import { type BuildSettings, type CacheOrigin, explainMisses, type StepMiss } from './explain.js'
import type { InputRecord } from './inputs.js'
import { type InvalidationMap, invalidationMap, type MissAction, missActions } from './map.js'

export interface MissReport {
  /** true when a record of the build the cache came from was found and compared */
  compared: boolean
  origin: CacheOrigin
  misses: StepMiss[]
  map: InvalidationMap
  actions: MissAction[]
}

export function missReport(input: {
  steps: readonly Step[]
  current: InputRecord
  previous: InputRecord | null
  origin: CacheOrigin
  build: BuildSettings
}): MissReport {
  const misses = explainMisses(input)
  const map = invalidationMap(misses)
  return {
    compared: input.previous !== null,
    origin: input.origin,
    misses,
    map,
    actions: missActions(map, input.current)
  }
}
