// Typed mocks of @actions/core for ESM tests of run(): inputs from a map, everything the step reports recorded.
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

/** The step's inputs by name, as INPUT_* would give them; a missing one reads as ''. */
export const inputs = new Map<string, string>()
/** The log groups opened, in order. */
export const groups: string[] = []
/** What the job summary received. */
export const summaryText: string[] = []

export const getInput = jest.fn<typeof core.getInput>(name => inputs.get(name) ?? '')
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()
export const group = jest.fn(async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
  groups.push(name)
  return fn()
})
export const summary = {
  addRaw(text: string) {
    summaryText.push(text)
    return summary
  },
  async write() {
    return summary
  }
}

/** Clears the inputs and everything recorded, between tests. */
export function resetCore(): void {
  inputs.clear()
  groups.length = 0
  summaryText.length = 0
  jest.clearAllMocks()
}

/** The outputs set so far, by name (the last value wins, as on a runner). */
export function outputsSet(): Record<string, string> {
  return Object.fromEntries(setOutput.mock.calls.map(([name, value]) => [name, String(value)]))
}

/** Everything the step wrote where a user sees it: log lines, warnings, failures, outputs, the summary. */
export function everythingShown(): string {
  const calls = [info, notice, warning, error, setFailed, debug].flatMap(m =>
    m.mock.calls.map(c => String(c[0]))
  )
  return [...calls, ...Object.values(outputsSet()), ...summaryText, ...groups].join('\n')
}
