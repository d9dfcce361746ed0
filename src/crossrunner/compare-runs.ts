// Compare mode: downloads every record of the workflow run, compares them, and diagnoses a mismatch.
import type { PhaseLogger } from '../core/phase-log.js'
import { promises as fs } from 'node:fs'
import { makeTempDir } from '../build/temp-dir.js'
import * as path from 'node:path'
import {
  type CompareExpectations,
  type CrossRunnerRecord,
  type CrossRunnerResult,
  type DiagnosisSection,
  RecordFiles,
  compareRecords,
  diffImageMetadata,
  isRecordArtifact,
  parseRecord,
  renderCrossRunnerMarkdown
} from '../core/crossrunner/record.js'
import { diffImages, renderDiffMarkdown, type ImageDiff } from '../core/diff/index.js'
import { NAMES_ONLY } from '../core/redact.js'
import { BuildLabError, errorMessage } from '../core/errors.js'
import { openImage } from '../oci/open-image.js'
import type { ArtifactStore } from './artifact-store.js'
import { pathExists } from '../context/context-files.js'

export interface CompareOptions extends CompareExpectations {
  /** the artifact name prefix the record jobs used */
  prefix: string
  /** where to download the records; a new temporary directory when not given */
  workDir?: string
  /** how many runner pairs to diagnose at most */
  maxDiagnoses?: number
}

export interface CompareDeps {
  store: ArtifactStore
  log: PhaseLogger
}

export interface DownloadedRecord {
  record: CrossRunnerRecord
  artifact: string
  dir: string
}

export interface Diagnosis extends DiagnosisSection {
  diff: ImageDiff
}

export interface CompareOutcome {
  result: CrossRunnerResult
  records: DownloadedRecord[]
  diagnoses: Diagnosis[]
  markdown: string
  workDir: string
}

/** Lists and downloads the run's records. Any service failure is an error: without records there is nothing to compare. */
export async function downloadRecords(
  prefix: string,
  dir: string,
  deps: CompareDeps
): Promise<DownloadedRecord[]> {
  let listed
  try {
    listed = await deps.store.list()
  } catch (error) {
    throw new BuildLabError(
      `could not list this workflow run's artifacts, so there is nothing to compare: ${errorMessage(error)}`
    )
  }
  const ours = listed.filter(a => isRecordArtifact(prefix, a.name)).sort((a, b) => (a.name < b.name ? -1 : 1))
  deps.log.info(`${ours.length} record(s) found: ${ours.map(a => a.name).join(', ') || 'none'}`)
  const out: DownloadedRecord[] = []
  for (const a of ours) {
    const target = path.join(dir, a.name)
    await fs.mkdir(target, { recursive: true })
    try {
      await deps.store.download(a.id, target)
    } catch (error) {
      throw new BuildLabError(`could not download the record ${a.name}: ${errorMessage(error)}`)
    }
    let data: unknown
    try {
      data = JSON.parse(await fs.readFile(path.join(target, RecordFiles.Record), 'utf8'))
    } catch (error) {
      throw new BuildLabError(
        `artifact ${a.name} holds no readable ${RecordFiles.Record}: ${errorMessage(error)}`
      )
    }
    out.push({ record: parseRecord(data, `record ${a.name}`), artifact: a.name, dir: target })
  }
  return out
}

async function diagnosePair(
  ref: DownloadedRecord,
  other: DownloadedRecord,
  log: CompareDeps['log']
): Promise<Diagnosis | null> {
  const dockerfilePath = path.join(ref.dir, RecordFiles.Dockerfile)
  const options = {
    ...((await pathExists(dockerfilePath))
      ? {
          dockerfile: {
            path: path.posix.basename(ref.record.build.dockerfile),
            text: await fs.readFile(dockerfilePath, 'utf8')
          }
        }
      : {}),
    ...(ref.record.build.target !== null ? { target: ref.record.build.target } : {}),
    buildkit: { a: ref.record.engine.buildkit, b: other.record.engine.buildkit }
  }
  const tarA = path.join(ref.dir, RecordFiles.ImageTar)
  const tarB = path.join(other.dir, RecordFiles.ImageTar)
  const full =
    ref.record.image.uploaded &&
    other.record.image.uploaded &&
    (await pathExists(tarA)) &&
    (await pathExists(tarB))
  try {
    let diff: ImageDiff
    if (full) {
      const [a, b] = await Promise.all([openImage(tarA), openImage(tarB)])
      diff = await diffImages(a, b, options)
    } else {
      const [a, b] = await Promise.all([
        openImage(path.join(ref.dir, RecordFiles.Layout)),
        openImage(path.join(other.dir, RecordFiles.Layout))
      ])
      diff = await diffImageMetadata(a, b, options)
    }
    // The images' history may hold secret-named build-args (`RUN |1 NPM_TOKEN=...`).
    diff = NAMES_ONLY.data(diff)
    return {
      reference: ref.record.runner.label,
      other: other.record.runner.label,
      depth: full ? 'image' : 'metadata',
      diff,
      markdown: renderDiffMarkdown(diff, { dockerfile: options.dockerfile?.path ?? 'Dockerfile' })
    }
  } catch (error) {
    // The verdict stands without a diagnosis; say why there is none.
    log.info(
      `could not diagnose ${ref.record.runner.label} vs ${other.record.runner.label}: ${errorMessage(error)}`
    )
    return null
  }
}

/** Downloads, validates and compares every record of this run; diagnoses each differing pair of runners. */
export async function compareRuns(options: CompareOptions, deps: CompareDeps): Promise<CompareOutcome> {
  const workDir = options.workDir ?? (await makeTempDir('build-lab-compare-'))
  const records = await deps.log.group('Downloading the records of this workflow run', () =>
    downloadRecords(options.prefix, workDir, deps)
  )
  const result = compareRecords(
    records.map(r => r.record),
    options
  )
  const diagnoses: Diagnosis[] = []
  if (result.mismatches.length > 0) {
    await deps.log.group('Diagnosing the difference', async () => {
      for (const m of result.mismatches.slice(0, options.maxDiagnoses ?? 3)) {
        const ref = records.find(r => r.record.runner.label === m.reference)
        const other = records.find(r => r.record.runner.label === m.other)
        if (ref === undefined || other === undefined) continue
        const d = await diagnosePair(ref, other, deps.log)
        if (d !== null) diagnoses.push(d)
      }
    })
  }
  const markdown = renderCrossRunnerMarkdown(result, diagnoses)
  return { result, records, diagnoses, markdown, workDir }
}
