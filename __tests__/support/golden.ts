// Golden files: compared byte for byte; only UPDATE_GOLDEN=1 writes them, and a missing one fails the test.
import { expect } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/** Compares `actual` with the golden file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
export function expectGolden(file: string | URL, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
  if (!existsSync(file)) {
    throw new Error(`golden file ${String(file)} is missing: run the test with UPDATE_GOLDEN=1 and review it`)
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
