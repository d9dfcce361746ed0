// `build-lab lint`: Dockerfile findings for cache efficiency and reproducibility; exit 1 on errors.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { parseBuildArgs } from '../core/build-args.js'
import { BuildLabError, ExitCode } from '../core/errors.js'
import { hasErrors, lintDockerfile, renderLintText, renderSarif } from '../core/lint/index.js'
import { describeContext } from '../context/context-info.js'
import { oneOf } from './flags.js'
import type { CliIo } from './io.js'
import { VERSION } from './version.js'

export const LINT_USAGE =
  'usage: build-lab lint [<context>] [-f Dockerfile] [--build-arg K=V]... [--format text|json|sarif] [--output FILE]'

export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      file: { type: 'string', short: 'f' },
      'build-arg': { type: 'string', multiple: true },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' }
    }
  })
  if (positionals.length > 1) throw new BuildLabError(`expected at most one <context>\n${LINT_USAGE}`)
  const format = oneOf(values.format ?? 'text', ['text', 'json', 'sarif'] as const, '--format')
  const context = positionals[0] ?? '.'
  const dockerfile = values.file ?? path.join(context, 'Dockerfile')
  let text: string
  try {
    text = await fs.readFile(dockerfile, 'utf8')
  } catch {
    throw new BuildLabError(
      `Dockerfile ${JSON.stringify(dockerfile)} not found: pass -f with its path, or the context that holds it`
    )
  }
  let info
  try {
    info = await describeContext(context, dockerfile)
  } catch {
    throw new BuildLabError(`build context ${JSON.stringify(context)} is not a readable directory`)
  }
  const buildArgs = Object.fromEntries(
    parseBuildArgs(values['build-arg'] ?? [], '--build-arg').map(a => [a.name, a.value])
  )
  const findings = lintDockerfile({
    file: path.relative(process.cwd(), dockerfile) || dockerfile,
    text,
    context: info,
    buildArgs
  })
  const out =
    format === 'json'
      ? JSON.stringify({ findings }, null, 2) + '\n'
      : format === 'sarif'
        ? JSON.stringify(renderSarif(findings, VERSION), null, 2) + '\n'
        : renderLintText(findings)
  if (values.output) await fs.writeFile(values.output, out)
  else io.stdout(out)
  return hasErrors(findings) ? ExitCode.CheckFailed : ExitCode.Pass
}
