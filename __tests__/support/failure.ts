// The BuildLabError a promise rejects with; any other outcome fails the test.
import { BuildLabError } from '../../src/core/errors.js'

export async function failure(p: Promise<unknown>): Promise<BuildLabError> {
  try {
    await p
  } catch (e) {
    if (e instanceof BuildLabError) return e
    throw e
  }
  throw new Error('expected a BuildLabError')
}
