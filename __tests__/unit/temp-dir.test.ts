// Temporary directories go under RUNNER_TEMP in Actions, else under the system's temporary directory.
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { makeTempDir, tempRoot } from '../../src/build/temp-dir.js'

describe('tempRoot', () => {
  it.each([
    [{ RUNNER_TEMP: '/home/runner/work/_temp' }, '/home/runner/work/_temp'],
    [{ RUNNER_TEMP: '' }, os.tmpdir()],
    [{}, os.tmpdir()]
  ])('%j → %s', (env, expected) => {
    expect(tempRoot(env)).toBe(expected)
  })
})

describe('makeTempDir', () => {
  it('makes a new empty directory with the prefix under RUNNER_TEMP', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'temp-dir-test-'))
    try {
      const dir = await makeTempDir('build-lab-x-', { RUNNER_TEMP: root })
      expect(path.dirname(dir)).toBe(root)
      expect(path.basename(dir)).toMatch(/^build-lab-x-.{6}$/)
      expect(await fs.readdir(dir)).toEqual([])
    } finally {
      await fs.rm(root, { recursive: true, force: true })
    }
  })
})
