// Turns SIGINT and SIGTERM into an AbortSignal: the engine passes it on to its docker children, and the command
// cleans up and exits 130/143.
import type { TerminationSignal } from '../core/errors.js'

export interface Termination {
  /** aborts on the first SIGINT or SIGTERM, with the signal's name as its reason */
  signal: AbortSignal
  /** restores the default handling */
  dispose(): void
}

/** How many signals it takes to exit at once, without waiting for the builds to stop and the cleanup. */
const FORCE_AFTER = 3

export function listenForTermination(proc: NodeJS.Process = process): Termination {
  const controller = new AbortController()
  let received = 0
  const on = (name: TerminationSignal) => () => {
    received++
    if (received >= FORCE_AFTER) proc.exit(name === 'SIGINT' ? 130 : 143)
    if (!controller.signal.aborted) controller.abort(name)
  }
  const onInt = on('SIGINT')
  const onTerm = on('SIGTERM')
  proc.on('SIGINT', onInt)
  proc.on('SIGTERM', onTerm)
  return {
    signal: controller.signal,
    dispose() {
      proc.off('SIGINT', onInt)
      proc.off('SIGTERM', onTerm)
    }
  }
}
