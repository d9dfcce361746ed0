// `build-lab drift`: rebuild the commit in isolation, compare with the last record or the published image, say why it moved.
import * as path from 'node:path'
import { renderDriftText } from '../core/drift/render-text.js'
import { BuildLabError, ExitCode } from '../core/errors.js'
import { runnerIdentity, workflowIdentity } from '../crossrunner/identity.js'
import { type DriftAgainst, type DriftDeps, runDrift } from '../drift/run-drift.js'
import { BUILD_OPTIONS, buildFlags, oneOf, optionalPositional, parseCommandLine } from './flags.js'
import type { CliIo } from './io.js'

export const DRIFT_USAGE = `usage: build-lab drift [<context>] [-f Dockerfile] (--against record.json|DIR | --image REF)
                       [--target T] [--build-arg K=V]... [--epoch N|commit] [--network none|host|default]
                       [--platform P[,P]] [--secret ...] [--builder NAME] [--pull] [--work-dir DIR] [--json]
  rebuilds the commit in isolation (no cache, fresh checkout) and compares the digest with the record's
  (mode: record's record.json, or its artifact directory) or the registry's image; exit 1 when it moved`

export async function driftCommand(argv: string[], io: CliIo, deps: DriftDeps): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: {
      ...BUILD_OPTIONS,
      epoch: { type: 'string' },
      provenance: { type: 'boolean' },
      against: { type: 'string' },
      image: { type: 'string' },
      json: { type: 'boolean' },
      pull: { type: 'boolean' },
      format: { type: 'string' },
      'work-dir': { type: 'string' }
    }
  })
  const context = optionalPositional(positionals, 'context', DRIFT_USAGE) ?? '.'
  if ((values.against === undefined) === (values.image === undefined)) {
    throw new BuildLabError(`give one of --against record.json or --image REF\n${DRIFT_USAGE}`)
  }
  const json =
    values.json === true || oneOf(values.format ?? 'text', ['text', 'json'] as const, '--format') === 'json'
  const against: DriftAgainst =
    values.against !== undefined
      ? { kind: 'record', path: values.against }
      : { kind: 'image', ref: values.image ?? '' }
  const outcome = await runDrift(
    {
      context,
      ...buildFlags(values),
      epoch: values.epoch,
      provenance: values.provenance ?? false,
      runner: runnerIdentity(process.env, ''),
      workflow: workflowIdentity(process.env),
      workspace: process.cwd(),
      maxImageBytes: 256 * 1024 * 1024,
      pull: values.pull === true,
      against,
      ...(values['work-dir'] ? { workDir: path.resolve(values['work-dir']) } : {})
    },
    deps
  )
  const { verdict } = outcome
  if (json) io.stdout(JSON.stringify({ ...verdict, recordPath: outcome.recordPath }, null, 2) + '\n')
  else io.stdout(renderDriftText(verdict))
  io.stderr(`build-lab: the rebuild's record: ${outcome.recordPath}\n`)
  return verdict.drifted ? ExitCode.CheckFailed : ExitCode.Pass
}
