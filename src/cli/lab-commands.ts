// `build-lab run`, `compare` and `report`: the lab's commands, each parsing its flags and returning an exit code.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { createDockerEngine } from '../buildkit/engine.js'
import { BuildLabError, ExitCode } from '../core/errors.js'
import { compareRuns, type LabSummary, type LintHint, summarizeLab } from '../core/lab/stats.js'
import { lintDockerfile } from '../core/lint/index.js'
import { stepLine } from '../core/report/step-line.js'
import { formatDuration, formatRatio, shortDigest } from '../core/report/format.js'
import { renderCompareJson, renderLabJson } from '../core/report/lab-json.js'
import { renderLabHtml } from '../core/report/lab-html.js'
import { renderCompareMarkdown, renderCompareText, renderLabMarkdown } from '../core/report/lab-markdown.js'
import { renderLabText } from '../core/report/lab-text.js'
import { allScenarios, type LabConfig, type LabRecord, selectScenarios } from '../core/lab/scenario.js'
import { loadLabConfig } from '../lab/config.js'
import { readRecords } from '../lab/results.js'
import { defaultResultsFile, migrateLegacyResults, resultsToRead } from '../lab/state-dir.js'
import { type LabDeps, type LabLogger, runLab } from '../lab/run-lab.js'
import { BUILD_OPTIONS, buildFlags, oneOf, optionalPositional, parseCommandLine } from './flags.js'
import type { CliIo } from './io.js'

export const RUN_USAGE = `usage: build-lab run [<context>] [-f Dockerfile] [--target T] [--build-arg K=V]... [--network none|host|default]
                     [--secret id=ID,env=VAR | --secret id=ID,src=FILE]... [--secret-build-arg NAME]...
                     (--all | --scenario NAME...) [--repeat N] [--config build-lab.yml] [--results path]
                     [--cache-ref host:port/name:tag] [--inject cache-unavailable] [--epoch N] [--builder NAME]
                     [--format text|markdown|json|html|none]
  <context> defaults to the working directory; results go to $XDG_STATE_HOME/build-lab/<context key>/`
export const COMPARE_USAGE = `usage: build-lab compare [<context>] [--last N] [--results path] [--format text|json|markdown]`
export const REPORT_USAGE = `usage: build-lab report [<context>] [--format text|markdown|json|html] [--output FILE] [--results path] [--config build-lab.yml] [--no-lint]`

/** The report formats and their renderers; a new format is one more entry here. */
export const REPORT_RENDERERS = {
  text: renderLabText,
  markdown: renderLabMarkdown,
  json: renderLabJson,
  html: renderLabHtml
} satisfies Record<string, (summary: LabSummary) => string>
export type ReportFormat = keyof typeof REPORT_RENDERERS
const REPORT_FORMATS = Object.keys(REPORT_RENDERERS) as ReportFormat[]

export type RunCommandDeps = Omit<LabDeps, 'log'> & { log?: LabLogger }

/** What `build-lab run` needs in production: the docker engine and the clock. */
export function defaultLabDeps(signal?: AbortSignal): RunCommandDeps {
  return {
    engine: createDockerEngine(signal ? { signal } : {}),
    nowMs: () => Date.now(),
    ...(signal ? { signal } : {})
  }
}

/** Progress on stderr: a line per scenario build, per Dockerfile step, and per record. */
export function labLogger(io: CliIo): LabLogger {
  return {
    info: line => io.stderr(`build-lab: ${line}\n`),
    scenario: (s, repeat, of) =>
      io.stderr(
        `build-lab: ▶ ${s.name}${of > 1 ? ` (${repeat}/${of})` : ''}: input_mutation ${s.input_mutation}, cache_mode ${s.cache_mode}\n`
      ),
    step: (step, phase) => {
      const line = stepLine(step, phase)
      if (line) io.stderr(`  ${line}\n`)
    },
    record: r => {
      const what =
        r.status === 'skipped'
          ? 'skipped'
          : `${formatDuration(r.duration_sec === null ? null : r.duration_sec * 1000)}, cache hits ${formatRatio(r.cache_hit_ratio)} (${r.cachedSteps}/${r.totalSteps}), digest ${shortDigest(r.digest)}${r.status === 'ok' ? '' : ` [${r.status}]`}`
      io.stderr(`build-lab: ■ ${r.scenario}${r.repeat > 1 ? ` (${r.repeat})` : ''}: ${what}\n`)
    }
  }
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new BuildLabError(`${flag} must be a positive integer (got ${JSON.stringify(value)})`)
  }
  return n
}

function threshold(value: string | undefined, config: LabConfig | null): number | undefined {
  if (value === undefined) return config?.noise_threshold
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) {
    throw new BuildLabError(
      `--noise-threshold must be a positive number such as 0.15 (got ${JSON.stringify(value)})`
    )
  }
  return n
}

export async function runCommand(argv: string[], io: CliIo, deps: RunCommandDeps): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: {
      ...BUILD_OPTIONS,
      epoch: { type: 'string' },
      all: { type: 'boolean' },
      scenario: { type: 'string', multiple: true },
      repeat: { type: 'string' },
      config: { type: 'string' },
      results: { type: 'string' },
      'cache-ref': { type: 'string' },
      'cache-dir': { type: 'string' },
      inject: { type: 'string' },
      'noise-threshold': { type: 'string' },
      format: { type: 'string' },
      'work-dir': { type: 'string' }
    }
  })
  const context = optionalPositional(positionals, 'context', RUN_USAGE) ?? '.'
  const format = oneOf(values.format ?? terminalFormat(io), [...REPORT_FORMATS, 'none'] as const, '--format')
  const inject =
    values.inject === undefined ? null : oneOf(values.inject, ['cache-unavailable'] as const, '--inject')
  const config = await loadLabConfig(values.config ?? null, process.cwd())
  const names = (values.scenario ?? [])
    .flatMap(s => s.split(','))
    .map(s => s.trim())
    .filter(s => s !== '')
  const scenarios = selectScenarios(allScenarios(config), values.all ?? false, names)
  const results = values.results ?? defaultResultsFile(context, process.env)
  if (values.results === undefined) {
    const moved = await migrateLegacyResults(context, results)
    if (moved !== null) io.stderr(`build-lab: ${moved}\n`)
  }
  const noiseThreshold = threshold(values['noise-threshold'], config)
  const result = await runLab(
    {
      context,
      ...buildFlags(values),
      epoch: values.epoch,
      scenarios,
      repeat: values.repeat === undefined ? undefined : positiveInt(values.repeat, '--repeat'),
      results,
      cacheDir: values['cache-dir'],
      cacheRef: values['cache-ref'] ?? config?.cache_ref ?? null,
      inject,
      workDir: values['work-dir']
    },
    { ...deps, log: deps.log ?? labLogger(io) }
  )
  io.stderr(`build-lab: ${result.records.length} record(s) appended to ${results}\n`)
  const summary = summarizeLab(result.records, {
    noiseThreshold,
    lintFindings: await lintHints(result.records)
  })
  if (format !== 'none') io.stdout(REPORT_RENDERERS[format](summary))
  if (values.results === undefined) {
    io.stderr(
      `build-lab: next: \`build-lab compare${contextArg(context)} --last 2\`, \`build-lab report${contextArg(context)} --format html -o lab.html\`\n`
    )
  }
  return verdictCode(summary, result.records)
}

/** Plain text on a terminal; markdown into a file, a pipe or a job summary. */
function terminalFormat(io: CliIo): 'text' | 'markdown' {
  return io.stdoutIsTTY ? 'text' : 'markdown'
}

/** The context as the next command needs it typed: nothing for the working directory. */
function contextArg(context: string): string {
  return path.resolve(context) === process.cwd() ? '' : ` ${context}`
}

function verdictCode(summary: LabSummary, records: readonly LabRecord[]): number {
  const failed = records.some(r => r.status === 'failed')
  return failed || summary.digest_stability === 'FAIL' || !summary.valid
    ? ExitCode.CheckFailed
    : ExitCode.Pass
}

export async function compareCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: {
      last: { type: 'string' },
      results: { type: 'string' },
      format: { type: 'string' },
      config: { type: 'string' },
      'noise-threshold': { type: 'string' }
    }
  })
  const context = optionalPositional(positionals, 'context', COMPARE_USAGE) ?? '.'
  const format = oneOf(values.format ?? 'text', ['text', 'json', 'markdown'] as const, '--format')
  const last = values.last === undefined ? 2 : positiveInt(values.last, '--last')
  const config = await loadLabConfig(values.config ?? null, process.cwd())
  const records = await readRecords(await resultsToRead(values.results, context, process.env))
  const comparison = compareRuns(records, last, {
    noiseThreshold: threshold(values['noise-threshold'], config)
  })
  if (format === 'json') io.stdout(renderCompareJson(comparison))
  else if (format === 'markdown') io.stdout(renderCompareMarkdown(comparison))
  else io.stdout(renderCompareText(comparison))
  return comparison.valid && comparison.digest_stability !== 'FAIL' ? ExitCode.Pass : ExitCode.CheckFailed
}

/** Lint findings for the Dockerfile the records name, with the source-edit build as evidence; none when it is gone. */
async function lintHints(records: readonly LabRecord[]): Promise<LintHint[]> {
  const newest = records[records.length - 1]
  if (newest === undefined) return []
  let text: string
  try {
    text = await fs.readFile(newest.build.dockerfile, 'utf8')
  } catch {
    return []
  }
  const edit = [...records].reverse().find(r => r.input_mutation === 'edit-source' && r.steps.length > 0)
  const buildArgs = Object.fromEntries(
    newest.build.buildArgs.map(a => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)])
  )
  return lintDockerfile({
    file: path.relative(process.cwd(), newest.build.dockerfile) || newest.build.dockerfile,
    text,
    buildArgs,
    ...(edit ? { evidence: edit.steps } : {})
  })
}

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: {
      format: { type: 'string' },
      results: { type: 'string' },
      config: { type: 'string' },
      'noise-threshold': { type: 'string' },
      'no-lint': { type: 'boolean' },
      output: { type: 'string', short: 'o' }
    }
  })
  const context = optionalPositional(positionals, 'context', REPORT_USAGE) ?? '.'
  const format = oneOf(values.format ?? terminalFormat(io), REPORT_FORMATS, '--format')
  const config = await loadLabConfig(values.config ?? null, process.cwd())
  const records = await readRecords(await resultsToRead(values.results, context, process.env))
  const summary = summarizeLab(records, {
    noiseThreshold: threshold(values['noise-threshold'], config),
    lintFindings: values['no-lint'] ? [] : await lintHints(records)
  })
  const out = REPORT_RENDERERS[format](summary)
  if (values.output) {
    await fs.writeFile(values.output, out)
    io.stderr(`build-lab: wrote ${values.output}\n`)
  } else io.stdout(out)
  return ExitCode.Pass
}
