// The logger the orchestrators write to: lines, and named phases that the action shows as log groups.
export interface PhaseLogger {
  info(line: string): void
  /** Runs fn as one named phase of the work and resolves with its result; the action folds it into a log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}
