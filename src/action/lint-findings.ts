// Lint for the action: the Dockerfile's findings with measured evidence, as annotations and SARIF.
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { BuildArg } from '../core/build/args.js'
import { errorMessage } from '../core/errors.js'
import type { GateResult } from '../core/gate.js'
import {
  type DiagnosisLink,
  type Finding,
  lintDockerfile,
  renderSarif,
  type StepEvidence
} from '../core/lint/index.js'
import { runBuildkitChecks } from '../buildkit/build-checks.js'
import { describeContext } from '../context/context-info.js'
import { loadLintConfig } from '../context/lint-config.js'
import { emitAnnotations, findingAnnotations } from '../github/annotations.js'
import type { CacheReport } from '../cache/gate-cache.js'
import { VERSION } from '../core/version.js'

/** Run 1's steps are evidence of what a source-only edit costs only when the cache says that was the edit. */
export function stepEvidence(result: GateResult, cache: CacheReport): StepEvidence[] | undefined {
  if (!cache.sourceOnlyEdit) return undefined
  return (result.runs[0]?.steps ?? []).map(s => ({
    name: s.name,
    instruction: s.instruction,
    cached: s.cached,
    durationMs: s.durationMs
  }))
}

function diagnosisLinks(result: GateResult): DiagnosisLink[] {
  const links = new Map<string, string>()
  for (const f of result.diff?.files ?? []) {
    if (f.instruction && !links.has(f.instruction)) links.set(f.instruction, `${f.path} differs (${f.cause})`)
  }
  return [...links].map(([instruction, reference]) => ({ instruction, reference }))
}

/** Lints the Dockerfile the gate built. Lint trouble is a warning; it never fails the gate. */
export async function lintForAction(
  result: GateResult,
  context: string,
  buildArgs: BuildArg[],
  cache: CacheReport
): Promise<Finding[]> {
  try {
    const text = await fs.readFile(result.dockerfile, 'utf8')
    const file =
      path.relative(process.env.GITHUB_WORKSPACE || process.cwd(), result.dockerfile) || result.dockerfile
    const evidence = stepEvidence(result, cache)
    const config = await loadLintConfig(undefined, context)
    const args = Object.fromEntries(buildArgs.map(a => [a.name, a.value]))
    // The gate has just built on this engine, so BuildKit's checks cost a second; `lint.buildkit: false` turns them off.
    const checks =
      config?.buildkit === false
        ? { findings: [] }
        : await runBuildkitChecks(context, result.dockerfile, file, args)
    if (checks.note !== undefined) core.info(checks.note)
    return lintDockerfile({
      file,
      text,
      context: await describeContext(context, result.dockerfile),
      buildArgs: args,
      buildkit: checks.findings,
      ...(config ? { config } : {}),
      diagnoses: diagnosisLinks(result),
      ...(evidence ? { evidence } : {})
    })
  } catch (error) {
    core.warning(`could not lint the Dockerfile: ${errorMessage(error)}`)
    return []
  }
}

/** Annotations on the Dockerfile, and the SARIF file when one was asked for. */
export async function publishFindings(findings: Finding[], sarifFile: string): Promise<void> {
  emitAnnotations(findingAnnotations(findings), core)
  if (sarifFile === '') return
  try {
    await fs.mkdir(path.dirname(path.resolve(sarifFile)), { recursive: true })
    await fs.writeFile(sarifFile, JSON.stringify(renderSarif(findings, VERSION), null, 2) + '\n')
  } catch (error) {
    core.warning(`could not write the SARIF file ${sarifFile}: ${errorMessage(error)}`)
  }
}
