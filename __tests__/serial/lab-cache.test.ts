// The lab's local cache makes "warm" warm on its own: the daemon's cache is pruned between priming and measuring.
import { beforeAll, expect, it } from '@jest/globals'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import { runCommand } from '../../src/cli/lab-commands.js'
import { readRecords } from '../../src/lab/results.js'
import { BUSYBOX, execArgs, makeContext, requireEngine } from '../support/engine.js'
import * as path from 'node:path'

beforeAll(() => {
  requireEngine()
})

it('measures a fully cached warm build after buildx prune -af, from the lab cache alone', async () => {
  const ctx = await makeContext(
    {
      Dockerfile:
        'ARG BASE\nFROM ${BASE}\nCOPY .nonce ./\nRUN sleep 1 && cat .nonce > /n\nRUN wc -c /n > /len\n'
    },
    { nonce: true }
  )
  const results = path.join(ctx, 'results.jsonl')
  let pruned = false
  const io = { stdout: () => undefined, stderr: () => undefined }
  const code = await runCommand(
    [ctx, '--build-arg', `BASE=${BUSYBOX}`, '--network', 'none', '--scenario', 'warm', '--results', results],
    io,
    {
      engine: createDockerEngine(),
      nowMs: () => Date.now(),
      afterPrime: async () => {
        const r = await execArgs('docker', ['buildx', 'prune', '-af'])
        pruned = r.code === 0
      }
    }
  )
  expect(pruned).toBe(true)
  expect(code).toBe(0)
  const [warm] = await readRecords(results)
  expect(warm.status).toBe('ok')
  expect(warm.cachedSteps).toBe(warm.totalSteps)
  expect(warm.cache_hit_ratio).toBe(1)
})
