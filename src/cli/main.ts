// The build-lab CLI: dispatches commands and turns every failure into one line and an exit code.
import { errorMessage, BuildLabError, ExitCode, Interrupted } from '../core/errors.js'
import { stepLine } from '../core/report/step-line.js'
import { createDockerEngine } from '../buildkit/engine.js'
import { listenForTermination } from '../buildkit/termination.js'
import type { GateDeps, GateLogger } from '../gate/run-gate.js'
import { VERSION } from '../core/version.js'
import { type CliIo, processIo } from './io.js'

export const USAGE = `usage: build-lab <command> [options]

commands:
  gate [<context>]   build twice (warm, then isolated) and fail when the digests differ
  diff <a> <b>       what differs between two OCI images (layout dirs or tars), and why
  lint [<context>]   Dockerfile findings for cache efficiency and reproducibility
  pin [<context>]    pin every base image to its digest (name:tag@sha256:...), or --check the pins are fresh
  run [<context>]    the lab: run scenarios (--all | --scenario cold,warm,...) and record the results
  compare            compare the last runs of the lab (--last 2): deltas and digest stability
  report             the lab's report (--format text|markdown|json|html), or a gate result (--input)
  version            print the version
  help               show this help

exit codes: 0 pass, 1 the check failed, 2 usage, input or engine error
run 'build-lab <command> --help' for a command's options`

// Each command's code loads when it runs: the gate's pass path never loads the diff, lint or lab code.
const COMMAND_USAGE: Record<string, () => Promise<string>> = {
  gate: async () => (await import('./gate-command.js')).GATE_USAGE,
  diff: async () => (await import('./diff-command.js')).DIFF_USAGE,
  lint: async () => (await import('./lint-command.js')).LINT_USAGE,
  pin: async () => (await import('./pin-command.js')).PIN_USAGE,
  run: async () => (await import('./lab-commands.js')).RUN_USAGE,
  compare: async () => (await import('./lab-commands.js')).COMPARE_USAGE,
  report: async () =>
    `${(await import('./lab-commands.js')).REPORT_USAGE}\n${(await import('./report-command.js')).GATE_REPORT_USAGE}`
}

export function stepLogger(io: CliIo): GateLogger {
  return {
    info: line => io.stderr(`build-lab: ${line}\n`),
    group: (title, fn) => {
      io.stderr(`build-lab: ${title}\n`)
      return fn()
    },
    step: (run, step, phase) => {
      const line = stepLine(step, phase)
      if (line) io.stderr(`  run ${run} ${line}\n`)
    }
  }
}

export function defaultDeps(io: CliIo, signal?: AbortSignal): GateDeps {
  return {
    engine: createDockerEngine(signal ? { signal } : {}),
    ...(signal ? { signal } : {}),
    log: stepLogger(io),
    nowMs: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    // Only a failing gate diagnoses: the diff code loads then.
    diagnose: async (run1, run2, hints) =>
      (await import('../oci/diagnose.js')).diagnoseLayouts(run1, run2, hints)
  }
}

/** A usage error from node:util parseArgs, reworded as one line. (Not `instanceof TypeError`: under a test
 * runner's VM context, node's own errors come from another realm.) */
function usageError(error: unknown): BuildLabError | null {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS') &&
    'message' in error
  ) {
    return new BuildLabError(
      `${String(error.message).split('\n').join(' ')} (run 'build-lab help' for usage)`
    )
  }
  return null
}

export async function run(
  argv: string[] = process.argv.slice(2),
  io: CliIo = processIo,
  deps?: GateDeps
): Promise<number> {
  const [command, ...rest] = argv
  // Commands that build stop their docker child on SIGINT/SIGTERM, clean up, and exit 130/143.
  const termination = command === 'gate' || command === 'run' ? listenForTermination() : null
  try {
    if (command === undefined) {
      io.stderr(USAGE + '\n')
      return ExitCode.Error
    }
    if (command === 'help' || command === '--help' || command === '-h') {
      io.stdout(USAGE + '\n')
      return ExitCode.Pass
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      const usage = COMMAND_USAGE[command]
      io.stdout((usage ? await usage() : USAGE) + '\n')
      return ExitCode.Pass
    }
    switch (command) {
      case 'gate': {
        const { gateCommand } = await import('./gate-command.js')
        return await gateCommand(rest, io, deps ?? defaultDeps(io, termination?.signal))
      }
      case 'diff':
        return await (await import('./diff-command.js')).diffCommand(rest, io)
      case 'lint':
        return await (await import('./lint-command.js')).lintCommand(rest, io)
      case 'pin':
        return await (await import('./pin-command.js')).pinCommand(rest, io)
      case 'run': {
        const { defaultLabDeps, labLogger, runCommand } = await import('./lab-commands.js')
        return await runCommand(rest, io, { ...defaultLabDeps(termination?.signal), log: labLogger(io) })
      }
      case 'compare':
        return await (await import('./lab-commands.js')).compareCommand(rest, io)
      case 'report':
        return await (await import('./report-command.js')).reportCommand(rest, io)
      case 'version':
      case '--version':
        io.stdout(`build-lab ${VERSION}\n`)
        return ExitCode.Pass
      default:
        throw new BuildLabError(
          `unknown command ${JSON.stringify(command)}: run 'build-lab help' for the list`
        )
    }
  } catch (error) {
    if (error instanceof Interrupted) {
      io.stderr(`build-lab: ${error.message}: stopped the build and removed its temporary files\n`)
      return error.exitCode
    }
    const e = usageError(error) ?? error
    if (e instanceof BuildLabError) {
      io.stderr(`build-lab: error: ${e.message}\n`)
      if (e.detail) io.stderr(e.detail.replace(/\s+$/, '') + '\n')
      return e.exitCode
    }
    io.stderr(`build-lab: error: ${errorMessage(e)}\n`)
    if (process.env.BUILD_LAB_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + '\n')
    return ExitCode.Error
  } finally {
    termination?.dispose()
  }
}
