// The lab on SIGTERM: the build stops, its half-written cache export (next-*) goes, and it exits 143.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { BUSYBOX, execArgs, makeContext, requireEngine, spawnCli } from '../support/engine.js'

beforeAll(() => {
  requireEngine()
})

describe('build-lab run interrupted', () => {
  it('removes the next-* cache export and the work dir on SIGTERM during a cached build, exit 143', async () => {
    const marker = `build-lab-lab-marker-${Date.now()}-${Math.floor(Math.random() * 1e9)}`
    const ctx = await makeContext({
      Dockerfile: `ARG BASE\nFROM \${BASE}\nRUN echo ${marker} && sleep 120 && echo done\n`
    })
    const cacheDir = path.join(ctx, 'lab-cache')
    const tmp = await fs.mkdtemp(path.join(ctx, 'tmp-'))
    const lab = spawnCli(
      [
        'run',
        ctx,
        '--scenario',
        'warm',
        '--build-arg',
        `BASE=${BUSYBOX}`,
        '--network',
        'none',
        '--cache-dir',
        cacheDir,
        '--results',
        path.join(ctx, 'results.jsonl')
      ],
      { ...process.env, TMPDIR: tmp }
    )
    await lab.waitForStderr(/priming the local cache/)
    // Bounded wait for the RUN to be running in the daemon; the assertions are on the outcome.
    let running = false
    for (let i = 0; i < 150 && !running; i++) {
      running = (await execArgs('pgrep', ['-f', marker])).code === 0
      if (!running) await new Promise(resolve => setTimeout(resolve, 200))
    }
    expect(running).toBe(true)
    // BuildKit has begun the export to next-<nonce>.
    expect((await fs.readdir(cacheDir)).filter(n => n.startsWith('next-'))).toHaveLength(1)
    lab.child.kill('SIGTERM')
    const code = await lab.exited
    expect(lab.stderr()).toMatch(/build-lab: interrupted by SIGTERM/)
    expect(code).toBe(143)
    expect((await fs.readdir(cacheDir)).filter(n => n.startsWith('next-'))).toEqual([])
    expect(await fs.readdir(tmp)).toEqual([])
  })
})
