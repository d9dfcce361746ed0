// N-run gates on the real engine: a build that differs only between some runs, under the drift policy.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { runAction } from '../support/action-runner.js'
import { BUSYBOX, cli, makeContext, requireEngine } from '../support/engine.js'

beforeAll(() => {
  requireEngine()
})

/**
 * The RUN writes the parity of the day of a copied file's mtime. Each isolated run builds from its own
 * copy, a day later than the one before, so runs 2 and 3 always differ; run 1 (the original files, or a
 * cached layer) gives one of the two values: exactly 2 distinct digests in 3 runs, whatever the clock.
 */
const PARITY = {
  Dockerfile:
    'ARG BASE\nFROM ${BASE}\nCOPY stamp.txt /src/stamp.txt\nRUN echo $(( $(stat -c %Y /src/stamp.txt) / 86400 % 2 )) > /parity\n',
  'stamp.txt': 'stamp\n'
}

interface RunsJson {
  reproducible: boolean
  reason: string
  runs: { run: number; digest: string | null }[]
  digestGroups: { digest: string | null; runs: number[] }[]
  distinctDigests: number
  maxDistinctDigests: number
  compared: [number, number] | null
  workDir: string
  diff: { files: { path: string }[] } | null
}

async function gate(
  context: string,
  extra: string[]
): Promise<{ code: number; json: RunsJson; stderr: string }> {
  const r = await cli([
    'gate',
    context,
    '--build-arg',
    `BASE=${BUSYBOX}`,
    '--network',
    'none',
    '--format',
    'json',
    ...extra
  ])
  try {
    return { code: r.code, json: JSON.parse(r.stdout) as RunsJson, stderr: r.stderr }
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`)
  }
}

describe('gate --runs 3 on a build that differs only between some runs', () => {
  it('reports three digests in two groups and fails with max-distinct-digests 1', async () => {
    const ctx = await makeContext(PARITY, { nonce: true })
    const { code, json, stderr } = await gate(ctx, ['--runs', '3'])
    expect(code).toBe(1)
    expect(json.runs.map(r => r.run)).toEqual([1, 2, 3])
    for (const r of json.runs) expect(r.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(json.runs[1].digest).not.toBe(json.runs[2].digest)
    expect(json.distinctDigests).toBe(2)
    expect(json.maxDistinctDigests).toBe(1)
    expect(json.digestGroups.map(g => g.runs.length).sort()).toEqual([1, 2])
    expect(json.reason).toMatch(
      /^digests differ: 2 distinct digests in 3 runs \(.*\), more than max-distinct-digests 1 allows$/
    )
    // The diagnosis compares run 1 with the first run unlike it, and finds the file.
    const other = json.runs.find(r => r.digest !== json.runs[0].digest)?.run
    expect(json.compared).toEqual([1, other])
    expect(json.diff?.files.map(f => f.path)).toEqual(['parity'])
    // Only the two compared layouts stay; every other run's files are gone.
    expect((await fs.readdir(json.workDir)).sort()).toEqual([`run1`, `run${other}`])
    expect(stderr).toContain(`build-lab diff ${json.workDir}/run1 ${json.workDir}/run${other}`)
    await fs.rm(json.workDir, { recursive: true, force: true })
    await fs.rm(ctx, { recursive: true, force: true })
  })

  it('passes with max-distinct-digests 2, and the text shows each run and the groups', async () => {
    const ctx = await makeContext(PARITY, { nonce: true })
    const { code, json } = await gate(ctx, ['--runs', '3', '--max-distinct-digests', '2'])
    expect(code).toBe(0)
    expect(json.reproducible).toBe(true)
    expect(json.distinctDigests).toBe(2)
    expect(json.reason).toMatch(/^2 distinct digests in 3 runs \(.*\), within max-distinct-digests 2$/)
    await expect(fs.stat(json.workDir)).rejects.toThrow(/ENOENT/)

    const text = await cli([
      'gate',
      ctx,
      '--build-arg',
      `BASE=${BUSYBOX}`,
      '--network',
      'none',
      '--runs',
      '3',
      '--max-distinct-digests',
      '2'
    ])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^ {2}run 3 \(isolated\) {2}sha256:[0-9a-f]{64}/m)
    expect(text.stdout).toContain('digests  2 distinct digests in 3 runs · max-distinct-digests 2')
    // Each isolated run built from its own copy, a day after the one before.
    const mtimes = [...text.stderr.matchAll(/run (\d) builds from a copy .* mtime (\S+)\)/g)].map(m => [
      m[1],
      Date.parse(m[2])
    ])
    expect(mtimes.map(([run]) => run)).toEqual(['2', '3'])
    expect(Number(mtimes[1][1]) - Number(mtimes[0][1])).toBe(86_400_000)
    await fs.rm(ctx, { recursive: true, force: true })
  })

  it.each([
    [['--runs', '1'], /^build-lab: error: --runs must be a whole number from 2 to 10 \(got "1"\): /],
    [
      ['--runs', '3', '--max-distinct-digests', '4'],
      /^build-lab: error: --max-distinct-digests must be a whole number from 1 to 3 \(got "4"\): /
    ]
  ])('refuses %p in one line, exit 2', async (flags, message) => {
    const r = await cli(['gate', path.join(await makeContext(PARITY)), ...flags])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('the bundled action with runs: 3', () => {
  it('reaches the gate: three digests, two distinct, the verdict by max-distinct-digests', async () => {
    const ctx = await makeContext(PARITY, { nonce: true })
    const inputs = {
      context: ctx,
      'build-args': `BASE=${BUSYBOX}`,
      network: 'none',
      cache: 'false',
      runs: '3'
    }
    const failed = await runAction(inputs)
    expect(failed.code).toBe(1)
    expect(failed.outputs.reproducible).toBe('false')
    const digests = JSON.parse(failed.outputs.digests) as string[]
    expect(digests).toHaveLength(3)
    for (const d of digests) expect(d).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(failed.outputs['distinct-digests']).toBe('2')
    expect(failed.outputs['digest-run1']).toBe(digests[0])
    expect(failed.outputs['digest-run2']).toBe(digests[1])
    expect(failed.summary).toContain('| digest | runs |')
    expect(failed.summary).toContain('2 distinct digests in 3 runs · max-distinct-digests 1')

    const passed = await runAction({ ...inputs, 'max-distinct-digests': '2' })
    expect(passed.code).toBe(0)
    expect(passed.outputs.reproducible).toBe('true')
    expect(JSON.parse(passed.outputs.digests)).toHaveLength(3)
    expect(passed.outputs['distinct-digests']).toBe('2')
    await fs.rm(ctx, { recursive: true, force: true })
  })

  it('refuses runs: 11 in one line', async () => {
    const r = await runAction({ context: await makeContext(PARITY), runs: '11' })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^::error::input runs must be a whole number from 2 to 10 \(got "11"\): /m)
  })
})
