// The CLI's dispatch without the bundle: help, unknown commands, usage errors and the exit codes of a gate.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { run, USAGE } from '../../src/cli/main.js'
import { GATE_USAGE } from '../../src/cli/gate-command.js'
import type { CliIo } from '../../src/cli/io.js'
import { VERSION } from '../../src/core/version.js'
import type { GateDeps } from '../../src/gate/run-gate.js'
import { fakeEngine, FIT, type Scripted } from '../support/fake-engine.js'

interface Ran {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], deps?: GateDeps): Promise<Ran> {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { stdout: t => void out.push(t), stderr: t => void err.push(t), stdoutIsTTY: false }
  const code = await run(argv, io, deps)
  return { code, stdout: out.join(''), stderr: err.join('') }
}

let tmp = ''
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-cli-unit-'))
})
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true })
})

describe('build-lab dispatch', () => {
  it('prints the usage on stderr and exits 2 with no command', async () => {
    expect(await cli([])).toEqual({ code: 2, stdout: '', stderr: USAGE + '\n' })
  })

  it.each([['help'], ['--help'], ['-h']])('%s prints the usage on stdout and exits 0', async flag => {
    expect(await cli([flag])).toEqual({ code: 0, stdout: USAGE + '\n', stderr: '' })
  })

  it("prints a command's own usage for --help, without running it", async () => {
    expect(await cli(['gate', '--help'])).toEqual({ code: 0, stdout: GATE_USAGE + '\n', stderr: '' })
  })

  it('prints the version', async () => {
    expect(await cli(['version'])).toEqual({ code: 0, stdout: `build-lab ${VERSION}\n`, stderr: '' })
  })

  it('rejects an unknown command in one line, with exit 2', async () => {
    expect(await cli(['biuld', '.'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `build-lab: error: unknown command "biuld": run 'build-lab help' for the list\n`
    })
  })

  it('rewords an unknown flag as one usage line, with exit 2', async () => {
    const r = await cli(['lint', '--no-such-flag'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^build-lab: error: .*--no-such-flag.* \(run 'build-lab help' for usage\)\n$/)
  })
})

describe('build-lab gate exit codes, with a fake engine replaying recorded builds', () => {
  async function gate(builds: Scripted[]): Promise<Ran> {
    const context = path.join(tmp, 'ctx')
    await fs.mkdir(context)
    await fs.writeFile(path.join(context, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n')
    await fs.writeFile(path.join(context, 'app.txt'), 'hello\n')
    const deps: GateDeps = {
      engine: fakeEngine(FIT, builds),
      log: { info: () => undefined, group: (_title, fn) => fn(), step: () => undefined },
      nowMs: () => Date.now(),
      sleep: async () => undefined
    }
    return cli(['gate', context, '--epoch', '1700000000', '--network', 'none', '--format', 'json'], deps)
  }

  it('0 when both runs give one digest', async () => {
    const r = await gate([
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0 }
    ])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ reproducible: true })
  })

  it('1 when the digests differ', async () => {
    const r = await gate([
      { stream: 'warm', exitCode: 0 },
      { stream: 'cold', exitCode: 0, digest: 'sha256:' + '1'.repeat(64) }
    ])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ reproducible: false })
  })

  it('2, in one line plus the build log, when run 1 fails', async () => {
    const r = await gate([{ stream: 'failing', exitCode: 1 }])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.split('\n')[0]).toMatch(/^build-lab: error: run 1 /)
  })
})
