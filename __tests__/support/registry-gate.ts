// Runs the bundled action with the registry cache as a workflow on one branch would: scope env, event payload, pruned daemon optional.
import { expect } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { type ActionRun, runAction } from './action-runner.js'
import { BUSYBOX, execArgs } from './engine.js'

export interface GateReport {
  reproducible: boolean
  runs: { cachedSteps: number; totalSteps: number }[]
  cache: {
    hit: string
    key: string
    matchedLevel: string | null
    matchedScope: string | null
    scope: string | null
    readScopes: string[]
    written: string[]
    note: string
    imageSources: { ref: string; used: boolean }[]
  }
}

/** Where a run comes from: a push to `branch`, or a PR from `head` into `base`. Default branch `main`. */
export type Branch = { push: string } | { head: string; base: string }

export const DOCKERFILE =
  'ARG BASE\nFROM ${BASE}\nARG SALT=\nCOPY package-lock.json /app/package-lock.json\nRUN sha256sum /app/package-lock.json > /app/deps.sum\n' +
  'COPY src/ /app/src/\nRUN cat /app/src/* > /app/bundle\nRUN echo "$SALT" > /app/salt\n'

export async function prune(): Promise<void> {
  const r = await execArgs('docker', ['buildx', 'prune', '-af'])
  expect(r.code).toBe(0)
}

/** The environment GitHub gives a job on that branch, with an event payload naming the default branch. */
export async function branchEnv(branch: Branch, dir: string): Promise<NodeJS.ProcessEnv> {
  await fs.mkdir(dir, { recursive: true })
  const event = path.join(dir, 'event.json')
  await fs.writeFile(event, JSON.stringify({ repository: { default_branch: 'main' } }))
  return 'push' in branch
    ? { GITHUB_REF_NAME: branch.push, GITHUB_EVENT_PATH: event }
    : {
        GITHUB_HEAD_REF: branch.head,
        GITHUB_BASE_REF: branch.base,
        GITHUB_REF_NAME: '7/merge',
        GITHUB_EVENT_PATH: event
      }
}

export async function registryGate(
  context: string,
  cacheRef: string,
  branch: Branch,
  runnerDir: string,
  inputs: Record<string, string> = {}
): Promise<{ run: ActionRun; report: GateReport }> {
  const run = await runAction(
    {
      context,
      'build-args': `BASE=${BUSYBOX}${inputs['build-args'] ? `\n${inputs['build-args']}` : ''}`,
      network: 'none',
      epoch: '1700000000',
      'cache-backend': 'registry',
      'cache-ref': cacheRef,
      ...Object.fromEntries(Object.entries(inputs).filter(([k]) => k !== 'build-args'))
    },
    await branchEnv(branch, runnerDir),
    runnerDir
  )
  if (run.code !== 0) throw new Error(`the action exited ${run.code}:\n${run.stdout.slice(-4000)}`)
  const report = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8')) as GateReport
  return { run, report }
}

/** Warnings other than lint findings (the busybox base is a tag without a digest, on purpose). */
export function warnings(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter(l => l.startsWith('::warning') && !l.startsWith('::warning title=build-lab BL'))
}
