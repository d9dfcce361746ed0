// `build-lab gate`: parse flags, run the gate, print the verdict, return the exit code.
import { parseArgs } from 'node:util'
import { parseBuildArgs } from '../core/build-args.js'
import { ExitCode } from '../core/errors.js'
import { renderGateMarkdown } from '../core/report/gate-markdown.js'
import { renderGateText } from '../core/report/gate-text.js'
import { renderDiffMarkdown, renderDiffText } from '../core/diff/index.js'
import { dockerfileName } from '../core/gate.js'
import type { Network } from '../buildkit/args.js'
import { runGate, type GateDeps } from '../gate/run-gate.js'
import type { CliIo } from './io.js'
import { oneOf, singlePositional } from './flags.js'

export const GATE_USAGE = `usage: build-lab gate <context> [-f Dockerfile] [--target T] [--build-arg K=V]... [--epoch N]
                      [--no-vary-mtime] [--network none|host|default] [--platform P[,P]] [--provenance]
                      [--format text|json|markdown]`

export async function gateCommand(argv: string[], io: CliIo, deps: GateDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      file: { type: 'string', short: 'f' },
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true },
      epoch: { type: 'string' },
      'no-vary-mtime': { type: 'boolean' },
      network: { type: 'string' },
      platform: { type: 'string', multiple: true },
      provenance: { type: 'boolean' },
      format: { type: 'string' },
      'work-dir': { type: 'string' }
    }
  })
  const context = singlePositional(positionals, 'context', GATE_USAGE)
  const format = oneOf(values.format ?? 'text', ['text', 'json', 'markdown'] as const, '--format')
  const network: Network = oneOf(
    values.network ?? 'default',
    ['none', 'host', 'default'] as const,
    '--network'
  )
  const result = await runGate(
    {
      context,
      file: values.file ?? null,
      target: values.target ?? null,
      buildArgs: parseBuildArgs(values['build-arg'] ?? [], '--build-arg'),
      platforms: (values.platform ?? [])
        .flatMap(p => p.split(','))
        .map(p => p.trim())
        .filter(p => p !== ''),
      epoch: values.epoch,
      varyMtime: !values['no-vary-mtime'],
      network,
      provenance: values.provenance ?? false,
      cacheFrom: [],
      cacheTo: null,
      ...(values['work-dir'] ? { workDir: values['work-dir'] } : {})
    },
    deps
  )
  const dockerfile = dockerfileName(result)
  if (format === 'json') io.stdout(JSON.stringify(result, null, 2) + '\n')
  else if (format === 'markdown')
    io.stdout(
      renderGateMarkdown(result, result.diff ? renderDiffMarkdown(result.diff, { dockerfile }) : null)
    )
  else io.stdout(renderGateText(result, result.diff ? renderDiffText(result.diff, { dockerfile }) : null))
  return result.reproducible ? ExitCode.Pass : ExitCode.CheckFailed
}
