// Runs BuildKit's own build checks (`docker buildx build --call=check,format=json`) and reads their findings.
import { errorMessage } from '../core/errors.js'
import { type BuildkitChecks, parseBuildkitChecks } from '../core/lint/index.js'
import { capture } from './engine.js'

/** The check reads only the Dockerfile, .dockerignore and base image metadata: a few seconds at most. */
const CHECK_TIMEOUT_MS = 60_000

/**
 * BuildKit's findings for one Dockerfile, or a one-line note saying why there are none. Never throws:
 * an engine that is missing, too old (buildx < 0.15 has no --call) or unreachable gives a note.
 */
export async function runBuildkitChecks(
  context: string,
  dockerfile: string,
  file: string,
  buildArgs: Record<string, string>
): Promise<BuildkitChecks> {
  const args = ['buildx', 'build', '--call=check,format=json', '--progress=quiet', '-f', dockerfile]
  for (const [name, value] of Object.entries(buildArgs)) args.push('--build-arg', `${name}=${value}`)
  args.push(context)
  const out = await capture(args, CHECK_TIMEOUT_MS)
  if (/unknown flag: --call|unknown flag: --check/.test(out.stderr)) {
    return {
      findings: [],
      note: "BuildKit's checks skipped: they need buildx 0.15 or later (`--call=check`)"
    }
  }
  const json = out.stdout.trim()
  if (!json.startsWith('{')) {
    const reason =
      out.stderr
        .split('\n')
        .find(l => /error|cannot|not found/i.test(l))
        ?.trim() ?? `exit ${out.exitCode}`
    return { findings: [], note: `BuildKit's checks skipped: ${reason.replace(/[^\x20-\x7e]/g, '?')}` }
  }
  try {
    return parseBuildkitChecks(json, file)
  } catch (error) {
    return {
      findings: [],
      note: `BuildKit's checks skipped: their output is not the expected JSON (${errorMessage(error)})`
    }
  }
}
