// The progress line for a Dockerfile step as it starts or ends, shared by the CLI, the action and the lab.
import type { Step } from '../progress.js'
import { formatDuration } from './format.js'

/** `▸ [2/5] RUN npm ci` when a step starts, `✓ [2/5] RUN npm ci  3.2 s` when it ends; null: print nothing. */
export function stepLine(step: Step, phase: 'started' | 'completed'): string | null {
  // A cached step starts and ends at once: its end line says all there is.
  if (phase === 'started') return step.cached ? null : `▸ ${step.name}`
  const how = step.error ? `ERROR ${step.error}` : step.cached ? 'CACHED' : formatDuration(step.durationMs)
  return `${step.error ? '✗' : '✓'} ${step.name}  ${how}`
}
