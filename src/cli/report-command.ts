// `build-lab report`: the lab's results (text, markdown, json, html), or one gate result (--input) as html or markdown.
import { promises as fs } from 'node:fs'
import { parseArgs } from 'node:util'
import { BuildLabError, ExitCode } from '../core/errors.js'
import { type GateReport, validateGateReport } from '../core/report/gate-report-schema.js'
import { renderGateHtml } from '../core/report/gate-html.js'
import { renderGateMarkdown } from '../core/report/gate-markdown.js'
import { oneOf } from './flags.js'
import type { CliIo } from './io.js'
import { reportCommand as labReportCommand, REPORT_USAGE } from './lab-commands.js'

export const GATE_REPORT_USAGE =
  'usage: build-lab report --input <gate-report.json> [--format html|markdown] [--output FILE]\n' +
  '  the input is `build-lab gate --format json` output, or the report-path file of the action'

/** A gate result as the CLI or the action wrote it, checked against the gate report schema. */
export function parseGateReport(text: string, origin: string): GateReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new BuildLabError(
      `report: ${origin} is not JSON: pass the output of \`build-lab gate --format json\` or the action's report-path file`
    )
  }
  const report = validateGateReport(data)
  if (typeof report === 'string') {
    throw new BuildLabError(
      `report: ${origin}: ${report} (the input is the output of \`build-lab gate --format json\` or the action's report-path file)`
    )
  }
  return report
}

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  // Without --input it is the lab's report, in any of its formats (html included).
  if (!argv.some(a => a === '--input' || a.startsWith('--input='))) return labReportCommand(argv, io)
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { input: { type: 'string' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } }
  })
  if (!values.input) throw new BuildLabError(`--input needs a file\n${GATE_REPORT_USAGE}\n${REPORT_USAGE}`)
  const format = oneOf(values.format ?? 'html', ['html', 'markdown'] as const, '--format')
  let text: string
  try {
    text = await fs.readFile(values.input, 'utf8')
  } catch {
    throw new BuildLabError(`cannot read ${JSON.stringify(values.input)}: check the --input path`)
  }
  const { result, findings, cache } = parseGateReport(text, values.input)
  const extras = { findings, cache, reportPath: values.input }
  const out = format === 'html' ? renderGateHtml(result, extras) : renderGateMarkdown(result, extras)
  if (values.output) await fs.writeFile(values.output, out)
  else io.stdout(out)
  return ExitCode.Pass
}
