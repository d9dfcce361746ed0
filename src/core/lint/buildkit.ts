// BuildKit's own build checks (`docker buildx build --call=check,format=json`): parsed into findings under BK: ids.
import { oneLine } from '../report/format.js'
import type { Finding, Severity } from './types.js'
import { isRecord } from '../json.js'

export const BUILDKIT_PREFIX = 'BK:'

/** Our rules that flag the same thing as a BuildKit check; a BuildKit finding on the same line as one of them is dropped. */
export const BUILDKIT_OVERLAPS: Readonly<Record<string, readonly string[]>> = {
  BuildError: ['BL000'],
  MultipleInstructionsDisallowed: ['BL018'],
  WorkdirRelativePath: ['BL022'],
  SecretsUsedInArgOrEnv: ['BL012'],
  UndefinedArgInFrom: ['BL003'],
  InvalidDefaultArgInFrom: ['BL003']
}

/** Checks about spelling only: reported as info. */
const STYLE = new Set([
  'StageNameCasing',
  'FromAsCasing',
  'ConsistentInstructionCasing',
  'LegacyKeyValueFormat',
  'MaintainerDeprecated',
  'NoEmptyContinuation',
  'ExposeProtoCasing'
])

/** A fix for the checks BuildKit documents; the others point at BuildKit's page. */
const FIXES: Readonly<Record<string, string>> = {
  JSONArgsRecommended:
    'Write the exec form, e.g. `CMD ["node", "server.js"]`, so that the process gets SIGTERM as PID 1 (or `ENTRYPOINT ["/bin/sh", "-c", "exec ..."]`).',
  MultipleInstructionsDisallowed: 'Keep only the last one.',
  WorkdirRelativePath: 'Write an absolute path: `WORKDIR /app`.',
  SecretsUsedInArgOrEnv: 'Pass it with `RUN --mount=type=secret,...` instead of ARG or ENV.',
  DuplicateStageName: 'Give every stage its own `AS` name.',
  ReservedStageName: 'Rename the stage: `scratch` and `context` are reserved.',
  StageNameCasing: 'Write the stage name in lowercase.',
  FromAsCasing: 'Write `AS` in the same case as `FROM`.',
  ConsistentInstructionCasing: 'Write every instruction in the same case (uppercase is usual).',
  LegacyKeyValueFormat: 'Write `ENV key=value` (and `LABEL key=value`).',
  MaintainerDeprecated: 'Replace it with `LABEL org.opencontainers.image.authors="..."`.',
  UndefinedVar: 'Declare the variable with ARG or ENV before it is used, or fix its spelling.',
  UndefinedArgInFrom: 'Declare the ARG before the first FROM.',
  InvalidDefaultArgInFrom: 'Give the ARG a default that makes a valid image reference.',
  FromPlatformFlagConstDisallowed: 'Drop `--platform`, or use `--platform=$BUILDPLATFORM` for a build stage.',
  RedundantTargetPlatform: 'Drop `--platform=$TARGETPLATFORM`: it is the default.',
  CopyIgnoredFile: 'Remove the file from .dockerignore, or stop copying it.',
  NoEmptyContinuation: 'Remove the empty line inside the continued instruction.',
  ExposeProtoCasing: 'Write the protocol in lowercase: `EXPOSE 53/udp`.',
  ExposeInvalidFormat: 'Write only the container port: `EXPOSE 8080`.'
}

export interface BuildkitChecks {
  findings: Finding[]
  /** Why the checks gave no findings although they ran, e.g. a base image that could not be resolved. */
  note?: string
}

function lineNumber(position: unknown): number | undefined {
  return isRecord(position) && typeof position['line'] === 'number' ? position['line'] : undefined
}

/** The first range of a BuildKit location, `{ranges: [{start: {line}, end: {line}}]}`; line 1 when missing. */
function lineOf(location: unknown): { line: number; endLine?: number } {
  const ranges = isRecord(location) ? location['ranges'] : undefined
  const first: unknown = Array.isArray(ranges) ? ranges[0] : undefined
  const start = isRecord(first) ? lineNumber(first['start']) : undefined
  const line = start !== undefined && start > 0 ? start : 1
  const end = (isRecord(first) ? lineNumber(first['end']) : undefined) ?? line
  return end > line ? { line, endLine: end } : { line }
}

/** A field of the engine's JSON as one printable line (it comes from outside: no control characters). */
function text(value: unknown, fallback: string): string {
  const line = typeof value === 'string' ? oneLine(value.trim(), 300) : ''
  return line === '' ? fallback : line
}

const RESOLVE_FAILED = /failed to resolve source metadata|failed to do request|pull access denied|not found/i

/** Parses the JSON that `docker buildx build --call=check,format=json` prints; throws on anything else. */
export function parseBuildkitChecks(json: string, file: string): BuildkitChecks {
  const report: unknown = JSON.parse(json)
  if (!isRecord(report)) throw new Error('not a JSON object')
  const findings: Finding[] = []
  const warnings = report['warnings']
  for (const warning of Array.isArray(warnings) ? warnings : []) {
    if (!isRecord(warning)) continue
    const name = text(warning['ruleName'], 'Unknown').replace(/[^A-Za-z0-9]/g, '') || 'Unknown'
    const url =
      typeof warning['url'] === 'string' && /^https:\/\/[\x21-\x7e]+$/.test(warning['url'])
        ? warning['url']
        : undefined
    const severity: Severity = STYLE.has(name) ? 'info' : 'warning'
    findings.push({
      rule: `${BUILDKIT_PREFIX}${name}`,
      severity,
      file,
      ...lineOf(warning['location']),
      message: `${text(warning['detail'], text(warning['description'], name))}.`.replace(/\.\.$/, '.'),
      why: `${text(warning['description'], 'BuildKit reports this check')}.`.replace(/\.\.$/, '.'),
      fix: FIXES[name] ?? (url ? `See ${url}.` : 'See the BuildKit build checks documentation.'),
      ...(url ? { url } : {})
    })
  }
  let note: string | undefined
  const error = report['buildError']
  if (isRecord(error)) {
    const message = text(error['message'], 'the build definition failed')
    if (RESOLVE_FAILED.test(message)) {
      // Not a Dockerfile problem: BuildKit needs the base image's metadata before it runs its checks.
      note = `BuildKit's checks did not run: ${message}`
    } else {
      findings.push({
        rule: `${BUILDKIT_PREFIX}BuildError`,
        severity: 'error',
        file,
        ...lineOf(error['location']),
        message: `BuildKit cannot build this Dockerfile: ${message}.`.replace(/\.\.$/, '.'),
        why: 'BuildKit stops the build at this instruction.',
        fix: 'Correct the instruction on this line.'
      })
    }
  }
  return note === undefined ? { findings } : { findings, note }
}

function covers(f: Finding, line: number): boolean {
  return line >= f.line && line <= (f.endLine ?? f.line)
}

/** BuildKit's findings that none of ours already reports on the same line (or that sit on a line BL000 rejects). */
export function withoutOverlaps(buildkit: readonly Finding[], ours: readonly Finding[]): Finding[] {
  return buildkit.filter(b => {
    const name = b.rule.slice(BUILDKIT_PREFIX.length)
    const same = new Set(['BL000', ...(BUILDKIT_OVERLAPS[name] ?? [])])
    return !ours.some(o => same.has(o.rule) && covers(o, b.line))
  })
}

/** The kebab-case name of a BuildKit check: `JSONArgsRecommended` → `json-args-recommended`. */
export function buildkitRuleName(id: string): string {
  return id
    .slice(BUILDKIT_PREFIX.length)
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
}
