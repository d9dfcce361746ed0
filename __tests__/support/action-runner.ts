// Runs the bundled action as a runner does: `node dist/index.js` with INPUT_* env and command files.
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { bundle, execArgs } from './engine.js'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Parses the GITHUB_OUTPUT file format (name<<delimiter ... delimiter). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

export async function runAction(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  runnerTemp?: string
): Promise<ActionRun> {
  const dir = runnerTemp ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-runner-')))
  await fs.mkdir(dir, { recursive: true })
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') }
  for (const f of Object.values(files)) await fs.writeFile(f, '')
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  const r = await execArgs(process.execPath, [bundle('action')], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_HOST: process.env.DOCKER_HOST,
    // The engine's buildx plugin sits in its DOCKER_CONFIG, not in ~/.docker.
    DOCKER_CONFIG: process.env.DOCKER_CONFIG,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    ...files,
    ...inputEnv,
    ...env
  })
  return {
    code: r.code,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(await fs.readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await fs.readFile(files.GITHUB_STEP_SUMMARY, 'utf8')
  }
}
