// `build-lab gate`: parse flags, run the gate, print the verdict, return the exit code.
import { parseArgs } from 'node:util'
import { ExitCode } from '../core/errors.js'
import { renderGateText } from '../core/report/gate-text.js'
import { parseEquality } from '../core/equality.js'
import { dockerfileName, gatePasses, keptLayouts, keptLayoutsLine } from '../core/gate.js'
import { parseMaxDistinct, parseRuns } from '../core/runs.js'
import { parseAllowGlob } from '../core/allow-list.js'
import { runGate, type GateDeps } from '../gate/run-gate.js'
import type { CliIo } from './io.js'
import { BUILD_OPTIONS, buildFlags, oneOf, optionalPositional } from './flags.js'

export const GATE_USAGE = `usage: build-lab gate [<context>] [-f Dockerfile] [--target T] [--build-arg K=V]... [--epoch N|commit]
                      [--secret id=ID,env=VAR | --secret id=ID,src=FILE]... [--secret-build-arg NAME]...
                      [--no-vary-mtime] [--network none|host|default] [--platform P[,P]] [--provenance]
                      [--builder NAME] [--equality digest|content] [--ignore 'GLOB[ # reason]']...
                      [--runs N] [--max-distinct-digests N] [--format text|json|markdown]`

export async function gateCommand(argv: string[], io: CliIo, deps: GateDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...BUILD_OPTIONS,
      epoch: { type: 'string' },
      'no-vary-mtime': { type: 'boolean' },
      provenance: { type: 'boolean' },
      equality: { type: 'string' },
      runs: { type: 'string' },
      'max-distinct-digests': { type: 'string' },
      ignore: { type: 'string', multiple: true },
      format: { type: 'string' },
      'work-dir': { type: 'string' }
    }
  })
  const context = optionalPositional(positionals, 'context', GATE_USAGE) ?? '.'
  const format = oneOf(values.format ?? 'text', ['text', 'json', 'markdown'] as const, '--format')
  const runs = parseRuns(values.runs, '--runs')
  const maxDistinctDigests = parseMaxDistinct(values['max-distinct-digests'], '--max-distinct-digests', runs)
  const result = await runGate(
    {
      context,
      ...buildFlags(values),
      epoch: values.epoch,
      varyMtime: !values['no-vary-mtime'],
      runs,
      maxDistinctDigests,
      equality: parseEquality(values.equality, '--equality'),
      provenance: values.provenance ?? false,
      ignore: (values.ignore ?? []).map(g => parseAllowGlob(g, '--ignore')),
      cacheFrom: [],
      cacheTo: null,
      ...(values['work-dir'] ? { workDir: values['work-dir'] } : {})
    },
    deps
  )
  const dockerfile = dockerfileName(result)
  // The diff's renderers load only when there is a diff to render (never on the pass path).
  const diffs = result.diff ? await import('../core/diff/index.js') : null
  if (format === 'json') io.stdout(JSON.stringify(result, null, 2) + '\n')
  else if (format === 'markdown') {
    const { renderGateMarkdown } = await import('../core/report/gate-markdown.js')
    io.stdout(
      renderGateMarkdown(
        result,
        result.diff && diffs ? diffs.renderDiffMarkdown(result.diff, { dockerfile }) : null
      )
    )
  } else
    io.stdout(
      renderGateText(result, result.diff && diffs ? diffs.renderDiffText(result.diff, { dockerfile }) : null)
    )
  // The text ends with where the layouts are; stdout holds only the document in the other formats.
  const kept = keptLayouts(result)
  if (format !== 'text' && kept.length === 2)
    io.stderr(`build-lab: ${keptLayoutsLine(result.workDir, kept)}\n`)
  return gatePasses(result) ? ExitCode.Pass : ExitCode.CheckFailed
}
