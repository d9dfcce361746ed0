// `build-lab pin`: pins every image a Dockerfile names to the digest its tag points at, or checks the pins are fresh.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { BuildLabError, ExitCode } from '../core/errors.js'
import { requireOneLine } from '../core/log-safety.js'
import {
  applyPins,
  decide,
  moved,
  type PinResult,
  type PinSite,
  renderPinLine,
  type Resolution,
  resolutionKey,
  scanDockerfile
} from '../core/pin/plan.js'
import { parsePinReport, type PinReport, reportImage, renderPrBody } from '../core/pin/report.js'
import { parsePlatform } from '../core/registry/manifest.js'
import { type ImageReference, tryParseReference } from '../core/registry/reference.js'
import { findDockerfile } from '../context/dockerfile-path.js'
import { createRegistryClient, type RegistryClient } from '../registry/client.js'
import { parseCommandLine } from './flags.js'
import type { CliIo } from './io.js'
import { parseGateReport } from './report-command.js'

export const PIN_USAGE = [
  'usage: build-lab pin [<context>] [-f Dockerfile] [--check] [--platform os/arch[/variant]] [--only IMAGE] [--json]',
  '       build-lab pin --pr-body <pin.json> [--gate-result <gate.json>]',
  '  rewrites every FROM, COPY --from and RUN --mount=from image to name:tag@sha256:... (in place)',
  '  --check        change nothing; exit 1 listing unpinned or stale pins, 0 when all are fresh',
  '  --platform P   also check that each tag has an image for P',
  '  --only IMAGE   pin only this image (as written, e.g. node:22)',
  '  --json         print the result as JSON (with the created dates of old and new digests)',
  '  --pr-body F    print the markdown body of a digest-bump PR from a `pin --json` file F',
  'exit codes: 0 done (or all fresh), 1 --check found unpinned or stale pins, 2 usage or registry error'
].join('\n')

export interface PinDeps {
  client: RegistryClient
}

const MAX_INPUT_BYTES = 4 * 1024 * 1024

async function readInput(file: string, what: string): Promise<string> {
  let stat
  try {
    stat = await fs.stat(file)
  } catch {
    throw new BuildLabError(`cannot read ${JSON.stringify(file)}: check the ${what} path`)
  }
  if (!stat.isFile()) throw new BuildLabError(`${JSON.stringify(file)} is not a file: pass the ${what}`)
  if (stat.size > MAX_INPUT_BYTES)
    throw new BuildLabError(`${JSON.stringify(file)} is larger than 4 MiB: that is not a ${what}`)
  return fs.readFile(file, 'utf8')
}

async function prBody(file: string, gateFile: string | undefined, io: CliIo): Promise<number> {
  let data: unknown
  try {
    data = JSON.parse(await readInput(file, '`pin --json` output'))
  } catch (error) {
    if (error instanceof BuildLabError) throw error
    throw new BuildLabError(
      `${JSON.stringify(file)} is not JSON: pass the output of \`build-lab pin --json\``
    )
  }
  const report = parsePinReport(data)
  if (typeof report === 'string') {
    throw new BuildLabError(
      `${JSON.stringify(file)}: ${report} (pass the output of \`build-lab pin --json\`)`
    )
  }
  const gate =
    gateFile === undefined ? null : parseGateReport(await readInput(gateFile, 'gate result'), gateFile)
  io.stdout(renderPrBody(report, gate))
  return ExitCode.Pass
}

/** Writes next to the file and renames over it: a reader sees the old file or the new one, never half of one. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const stat = await fs.stat(file)
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.build-lab-pin-${process.pid}`)
  try {
    await fs.writeFile(temp, text, { mode: stat.mode & 0o7777 })
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}

function onlyKey(only: string | undefined): string | null {
  if (only === undefined) return null
  const ref = tryParseReference(requireOneLine(only, '--only'))
  if (typeof ref === 'string') throw new BuildLabError(`--only ${JSON.stringify(only.slice(0, 200))}: ${ref}`)
  return resolutionKey(ref)
}

/** The created date of one digest of a tag, or null when the registry cannot say (a date never fails the run). */
async function createdOf(
  client: RegistryClient,
  ref: ImageReference,
  digest: string | null,
  platform: string | null
): Promise<string | null> {
  if (digest === null) return null
  try {
    const config = await client.fetchConfig({ ...ref, digest }, platform === null ? {} : { platform })
    return config.created
  } catch {
    return null
  }
}

export async function pinCommand(argv: string[], io: CliIo, deps?: PinDeps): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    options: {
      file: { type: 'string', short: 'f' },
      check: { type: 'boolean' },
      platform: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'boolean' },
      'pr-body': { type: 'string' },
      'gate-result': { type: 'string' }
    }
  })
  if (values['pr-body'] !== undefined) return prBody(values['pr-body'], values['gate-result'], io)
  if (values['gate-result'] !== undefined)
    throw new BuildLabError(`--gate-result goes with --pr-body\n${PIN_USAGE}`)
  if (positionals.length > 1) throw new BuildLabError(`expected at most one <context>\n${PIN_USAGE}`)
  const platform = values.platform === undefined ? null : requireOneLine(values.platform, '--platform')
  if (platform !== null) {
    const p = parsePlatform(platform)
    if (typeof p === 'string') throw new BuildLabError(p)
  }
  const only = onlyKey(values.only)
  const context = positionals[0] ?? '.'
  const file = values.file === undefined ? undefined : requireOneLine(values.file, '-f / --file')
  const dockerfile = await findDockerfile(context, file)
  if (dockerfile === null) {
    throw new BuildLabError(
      `Dockerfile ${JSON.stringify(file ?? path.join(context, 'Dockerfile'))} not found: pass -f with its path, or the context that holds it`
    )
  }
  const text = await readInput(dockerfile, 'Dockerfile')
  const scan = scanDockerfile(text)
  const sites = scan.sites.filter(s => only === null || resolutionKey(s.ref) === only)
  if (only !== null && sites.length === 0) {
    throw new BuildLabError(
      `--only ${JSON.stringify(values.only)}: the Dockerfile names no such image (pin without --only lists those it names)`
    )
  }
  const client = deps?.client ?? createRegistryClient()
  // Each tag is asked once per platform to check, however many stages use it; the first registry
  // error ends the run (exit 2). A FROM's own literal --platform is checked when no --platform is given.
  const resolutions = new Map<string, Resolution>()
  const checkedAs = (site: PinSite): string | null => platform ?? site.platform
  for (const site of sites) {
    const key = `${resolutionKey(site.ref)} ${checkedAs(site) ?? ''}`
    if (resolutions.has(key) || (site.ref.tag === null && site.ref.digest !== null)) continue
    const want = checkedAs(site)
    const r = await client.resolveDigest(
      { ...site.ref, digest: null },
      want === null ? {} : { platform: want }
    )
    resolutions.set(key, { digest: r.digest })
  }
  const results = sites.map(site =>
    decide(site, resolutions.get(`${resolutionKey(site.ref)} ${checkedAs(site) ?? ''}`) ?? null)
  )
  // The path as the user gave it (context or -f), so it reads like their command.
  const shown = dockerfile
  let changed = false
  if (!values.check) {
    const next = applyPins(text, sites, results)
    if (next !== text) {
      await writeAtomically(dockerfile, next)
      changed = true
    }
  }
  for (const note of scan.notes) io.stderr(`build-lab: ${note}\n`)
  if (values.json) {
    io.stdout(
      JSON.stringify(
        await report(client, shown, values.check === true, changed, platform, sites, results, scan.notes),
        null,
        2
      ) + '\n'
    )
  } else {
    for (const r of results) io.stdout(`${shown}: ${renderPinLine(r, values.check === true)}\n`)
    if (results.length === 0) io.stdout(`${shown}: names no image to pin\n`)
    else if (!values.check) io.stdout(changed ? `${shown}: rewritten\n` : `${shown}: nothing to change\n`)
  }
  if (values.check) {
    const failing = results.filter(moved)
    if (failing.length > 0) {
      io.stderr(
        `build-lab: ${failing.length} of ${results.length} image references are unpinned or stale: run \`build-lab pin\` to pin them\n`
      )
      return ExitCode.CheckFailed
    }
  }
  return ExitCode.Pass
}

async function report(
  client: RegistryClient,
  file: string,
  check: boolean,
  changed: boolean,
  platform: string | null,
  sites: readonly PinSite[],
  results: readonly PinResult[],
  notes: string[]
): Promise<PinReport> {
  const images = []
  for (const [i, result] of results.entries()) {
    const site = sites[i]!
    const created = moved(result)
      ? {
          old: await createdOf(client, site.ref, result.old, platform),
          current: await createdOf(client, site.ref, result.current, platform)
        }
      : { old: null, current: null }
    images.push(reportImage(result, created))
  }
  return { file, check, changed, platform, images, notes }
}
