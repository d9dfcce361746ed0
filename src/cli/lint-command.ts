// `build-lab lint`: Dockerfile findings for cache efficiency and reproducibility; exit 1 at the fail level.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { parseBuildArgs } from '../core/build/args.js'
import { BuildLabError, ExitCode } from '../core/errors.js'
import { type Finding, failsAt, lintDockerfile, renderLintText, renderSarif } from '../core/lint/index.js'
import { runBuildkitChecks } from '../buildkit/build-checks.js'
import { describeContext } from '../context/context-info.js'
import { findDockerfile } from '../context/dockerfile-path.js'
import { loadLintConfig } from '../context/lint-config.js'
import { oneOf, parseCommandLine } from './flags.js'
import type { CliIo } from './io.js'
import { VERSION } from '../core/version.js'

export const LINT_USAGE =
  'usage: build-lab lint [<context>] [-f Dockerfile] [--build-arg K=V]... [--format text|json|sarif] [--output FILE] [--fail-level error|warning|info] [--config .build-lab.yml] [--buildkit | --no-buildkit]'

export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: {
      file: { type: 'string', short: 'f' },
      'build-arg': { type: 'string', multiple: true },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'fail-level': { type: 'string' },
      config: { type: 'string' },
      buildkit: { type: 'boolean' },
      'no-buildkit': { type: 'boolean' }
    }
  })
  if (positionals.length > 1) throw new BuildLabError(`expected at most one <context>\n${LINT_USAGE}`)
  const format = oneOf(values.format ?? 'text', ['text', 'json', 'sarif'] as const, '--format')
  const context = positionals[0] ?? '.'
  const dockerfile = await findDockerfile(context, values.file)
  if (dockerfile === null) {
    throw new BuildLabError(
      `Dockerfile ${JSON.stringify(values.file ?? path.join(context, 'Dockerfile'))} not found: pass -f with its path, or the context that holds it`
    )
  }
  const text = await fs.readFile(dockerfile, 'utf8')
  let info
  try {
    info = await describeContext(context, dockerfile)
  } catch {
    throw new BuildLabError(`build context ${JSON.stringify(context)} is not a readable directory`)
  }
  const config = await loadLintConfig(values.config, context)
  const failLevel = oneOf(
    values['fail-level'] ?? config?.failLevel ?? 'error',
    ['error', 'warning', 'info'] as const,
    '--fail-level'
  )
  const buildArgs = Object.fromEntries(
    parseBuildArgs(values['build-arg'] ?? [], '--build-arg').map(a => [a.name, a.value])
  )
  const file = path.relative(process.cwd(), dockerfile) || dockerfile
  // Off unless asked: lint stays fast, offline and the same with or without an engine.
  const useBuildkit = values['no-buildkit'] ? false : (values.buildkit ?? config?.buildkit ?? false)
  let buildkit: Finding[] = []
  if (useBuildkit) {
    const checks = await runBuildkitChecks(context, dockerfile, file, buildArgs)
    buildkit = checks.findings
    if (checks.note !== undefined) io.stderr(`${checks.note}\n`)
  }
  const findings = lintDockerfile({
    file,
    text,
    context: info,
    buildArgs,
    buildkit,
    ...(config ? { config } : {})
  })
  const out =
    format === 'json'
      ? JSON.stringify({ findings }, null, 2) + '\n'
      : format === 'sarif'
        ? JSON.stringify(renderSarif(findings, VERSION), null, 2) + '\n'
        : renderLintText(findings)
  if (values.output) await fs.writeFile(values.output, out)
  else io.stdout(out)
  return failsAt(findings, failLevel) ? ExitCode.CheckFailed : ExitCode.Pass
}
