// `build-lab diff <a> <b>`: what differs between two OCI images (layout directories or tars), and why.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { diffImages, renderDiffMarkdown, renderDiffText } from '../core/diff/index.js'
import { EQUALITY_NOTE, parseEquality } from '../core/equality.js'
import { applyAllowList, parseAllowGlob } from '../core/allow-list.js'
import { escapeMarkdown, oneLine } from '../core/report/format.js'
import { BuildLabError, ExitCode } from '../core/errors.js'
import { NAMES_ONLY } from '../core/redact.js'
import { openImage } from '../oci/open-image.js'
import { oneOf, parseCommandLine } from './flags.js'
import type { CliIo } from './io.js'

export const DIFF_USAGE =
  'usage: build-lab diff <image-a> <image-b> [-f Dockerfile] [--target T] [--equality digest|content]\n' +
  "                      [--ignore 'GLOB[ # reason]']... [--format text|json|markdown] [--limit N]\n" +
  '  each image is an OCI layout directory (type=oci,tar=false) or an OCI tar (type=oci,dest=x.tar)'

export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: {
      file: { type: 'string', short: 'f' },
      target: { type: 'string' },
      format: { type: 'string' },
      limit: { type: 'string' },
      equality: { type: 'string' },
      ignore: { type: 'string', multiple: true }
    }
  })
  if (positionals.length !== 2)
    throw new BuildLabError(`expected two images, got ${positionals.length}\n${DIFF_USAGE}`)
  const format = oneOf(values.format ?? 'text', ['text', 'json', 'markdown'] as const, '--format')
  const equality = parseEquality(values.equality, '--equality')
  const ignore = (values.ignore ?? []).map(g => parseAllowGlob(g, '--ignore'))
  const limit = values.limit === undefined ? undefined : Number(values.limit)
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new BuildLabError(`--limit must be a positive whole number (got ${JSON.stringify(values.limit)})`)
  }
  let dockerfile: { path: string; text: string } | undefined
  if (values.file) {
    try {
      dockerfile = { path: path.basename(values.file), text: await fs.readFile(values.file, 'utf8') }
    } catch {
      throw new BuildLabError(`Dockerfile ${JSON.stringify(values.file)} not found: check the -f path`)
    }
  }
  const [a, b] = await Promise.all(positionals.map(p => openImage(p)))
  // The values are unknown here, but secret-named build-args in BuildKit's `RUN |N NAME=value` history are not.
  const diff = NAMES_ONLY.data(
    await diffImages(a, b, {
      ...(dockerfile ? { dockerfile } : {}),
      ...(values.target ? { target: values.target } : {})
    })
  )
  const opts = { ...(limit ? { limit } : {}), ...(dockerfile ? { dockerfile: dockerfile.path } : {}) }
  const equal = diff.identical || (equality === 'content' && diff.sameContent === true)
  const allowList = !equal && ignore.length > 0 ? applyAllowList(ignore, diff) : null
  const allowLines = (allowList?.allowed ?? []).map(
    g => `  allowed ${g.glob}${g.reason !== null ? ` (${g.reason})` : ''}: ${g.files.join(', ')}`
  )
  const allowNote = allowList !== null ? [`Allow-list: ${allowList.reason}.`, ...allowLines] : []
  const equalityNote = `Equality: ${EQUALITY_NOTE[equality]}: ${equal ? 'equal' : 'not equal'}.`
  const escape =
    format === 'markdown' ? (l: string) => escapeMarkdown(l, 2000) : (l: string) => oneLine(l, 2000)
  const note = [equalityNote, ...allowNote.map(escape)].join('\n')
  if (format === 'json')
    io.stdout(
      JSON.stringify({ ...diff, equality, equal, ...(allowList !== null ? { allowList } : {}) }, null, 2) +
        '\n'
    )
  else if (format === 'markdown') io.stdout(`${renderDiffMarkdown(diff, opts)}\n${note}\n`)
  else io.stdout(`${renderDiffText(diff, opts)}\n${note}\n`)
  return equal || allowList?.passed === true ? ExitCode.Pass : ExitCode.CheckFailed
}
