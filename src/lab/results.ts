// The lab's results file: JSON lines appended per measured build, read back for compare and report.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { BuildLabError, errorMessage, isNotFound } from '../core/errors.js'
import { LAB_RECORD_SCHEMA, type LabRecord } from '../core/lab/scenario.js'

export const DEFAULT_RESULTS = path.join('.build-lab', 'results.jsonl')

/** Appends records, one JSON object a line; creates the file and its directory. */
export async function appendRecords(file: string, records: readonly LabRecord[]): Promise<void> {
  if (records.length === 0) return
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true })
  await fs.appendFile(file, records.map(r => JSON.stringify(r) + '\n').join(''))
}

function isLabRecord(value: unknown): value is LabRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const v: Record<string, unknown> = { ...value }
  return (
    typeof v['schemaVersion'] === 'number' &&
    typeof v['runId'] === 'string' &&
    typeof v['scenario'] === 'string' &&
    typeof v['status'] === 'string' &&
    typeof v['startedAt'] === 'string' &&
    Array.isArray(v['baseImages']) &&
    Array.isArray(v['steps']) &&
    typeof v['build'] === 'object' &&
    v['build'] !== null
  )
}

/** Reads every record, in file order. A line that is not a record is an error that names the file and line. */
export async function readRecords(file: string): Promise<LabRecord[]> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    const missing = isNotFound(error)
    throw new BuildLabError(
      missing
        ? `no results at ${file}: run \`build-lab run <context> --all\` first, or pass --results with the file it wrote`
        : `cannot read ${file}: ${errorMessage(error)}`
    )
  }
  const records: LabRecord[] = []
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      // A line cut short by an interrupted run is the last one; anything else is damage worth reporting.
      if (i === lines.length - 1) return
      throw new BuildLabError(`${file}:${i + 1}: not a JSON line (${errorMessage(error)}): remove the line`)
    }
    if (!isLabRecord(value)) throw new BuildLabError(`${file}:${i + 1}: not a build-lab run record`)
    if (value.schemaVersion > LAB_RECORD_SCHEMA) {
      throw new BuildLabError(
        `${file}:${i + 1}: record schema ${value.schemaVersion} is newer than this build-lab reads (${LAB_RECORD_SCHEMA}): upgrade build-lab`
      )
    }
    records.push(value)
  })
  return records
}
