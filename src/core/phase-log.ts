// The logger the orchestrators write to: lines, and named phases that the action shows as log groups.
import type { Redactor } from './redact.js'

export interface PhaseLogger {
  info(line: string): void
  /** Runs fn as one named phase of the work and resolves with its result; the action folds it into a log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

/** `log` with every line and phase title redacted first: what an orchestrator hands its own steps. */
export function redactingPhaseLogger(log: PhaseLogger, redactor: Redactor): PhaseLogger {
  return {
    info: line => log.info(redactor.text(line)),
    group: (title, fn) => log.group(redactor.text(title), fn)
  }
}
