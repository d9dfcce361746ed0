// `build-lab report`: the lab's results (markdown, json), or one gate result (--input) as html or markdown.
import { promises as fs } from 'node:fs'
import { parseArgs } from 'node:util'
import { BuildLabError, ExitCode } from '../core/errors.js'
import type { GateResult } from '../core/gate.js'
import type { Recommendation } from '../core/report/highlights.js'
import { renderGateHtml } from '../core/report/gate-html.js'
import { renderGateMarkdown } from '../core/report/gate-markdown.js'
import { oneOf } from './flags.js'
import type { CliIo } from './io.js'
import { reportCommand as labReportCommand, REPORT_USAGE } from './lab-commands.js'

export const GATE_REPORT_USAGE =
  'usage: build-lab report --input <gate-report.json> [--format html|markdown] [--output FILE]\n' +
  '  the input is `build-lab gate --format json` output, or the report-path file of the action'

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The fields every renderer reads; the rest of the gate's JSON is taken as written. */
function isGateResult(v: unknown): v is GateResult {
  return (
    isRecord(v) &&
    typeof v.reproducible === 'boolean' &&
    typeof v.reason === 'string' &&
    typeof v.epoch === 'number' &&
    typeof v.dockerfile === 'string' &&
    Array.isArray(v.platforms) &&
    Array.isArray(v.runs) &&
    v.runs.every(r => isRecord(r) && typeof r.durationMs === 'number' && Array.isArray(r.steps))
  )
}

function isRecommendation(v: unknown): v is Recommendation {
  return (
    isRecord(v) &&
    typeof v.rule === 'string' &&
    (v.severity === 'error' || v.severity === 'warning' || v.severity === 'info') &&
    typeof v.file === 'string' &&
    typeof v.line === 'number' &&
    typeof v.message === 'string' &&
    typeof v.fix === 'string'
  )
}

/** A gate result as the CLI or the action wrote it, with the action's findings when present. */
export function parseGateReport(
  text: string,
  origin: string
): { result: GateResult; findings: Recommendation[] } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new BuildLabError(
      `${origin} is not JSON: pass the output of \`build-lab gate --format json\` or the action's report-path file`
    )
  }
  if (!isGateResult(data)) {
    throw new BuildLabError(
      `${origin} is not a gate result: pass the output of \`build-lab gate --format json\` or the action's report-path file`
    )
  }
  const findings =
    isRecord(data) && Array.isArray(data.findings) ? data.findings.filter(isRecommendation) : []
  return { result: data, findings }
}

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  if (!argv.some(a => a === '--input' || a.startsWith('--input=') || a === 'html' || a === '--format=html')) {
    return labReportCommand(argv, io)
  }
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { input: { type: 'string' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } }
  })
  if (!values.input)
    throw new BuildLabError(
      `report --format html renders one gate result: pass --input\n${GATE_REPORT_USAGE}\n${REPORT_USAGE}`
    )
  const format = oneOf(values.format ?? 'html', ['html', 'markdown'] as const, '--format')
  let text: string
  try {
    text = await fs.readFile(values.input, 'utf8')
  } catch {
    throw new BuildLabError(`cannot read ${JSON.stringify(values.input)}: check the --input path`)
  }
  const { result, findings } = parseGateReport(text, values.input)
  const extras = { findings, reportPath: values.input }
  const out = format === 'html' ? renderGateHtml(result, extras) : renderGateMarkdown(result, extras)
  if (values.output) await fs.writeFile(values.output, out)
  else io.stdout(out)
  return ExitCode.Pass
}
