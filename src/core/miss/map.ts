// The invalidation map (which Dockerfile line forced which steps to re-run, at what cost) and the actions it suggests.
import { isLockfile } from '../context/lockfiles.js'
import { isDependencyManifest } from '../lab/scenario.js'
import type { InputRecord } from './inputs.js'
import type { MissCause, StepMiss } from './explain.js'

/** Text with code spans; each renderer escapes both kinds of segment its own way. */
export type Rich = ({ text: string } | { code: string })[]

export interface MapRoot {
  /** the step whose own input changed */
  step: string
  line: number | null
  instruction: string
  cause: StepMiss['rootCause']
  /** what changed, e.g. "3 changed files (src/app.ts, ...)" */
  label: Rich
  /** the root and every step it forced to re-run, with their cost */
  steps: { step: string; line: number | null; instruction: string; durationMs: number }[]
  costMs: number
}

export interface InvalidationMap {
  roots: MapRoot[]
  costMs: number
}

export interface MissAction {
  kind: 'reorder' | 'cache-mount'
  /** the Dockerfile line to change */
  line: number | null
  /** "moving `COPY package.json package-lock.json ./` before `COPY . .` would have saved 41 s" */
  title: Rich
  /** the Dockerfile text to write */
  suggestion: string
  /** what the action saves (reorder) or what the step cost (cache mount) */
  ms: number
  evidence: Rich[]
}

const INSTALL =
  /\b(npm\s+(ci|install|i)\b|yarn(\s+install)?(\s|$)|pnpm\s+(install|i)\b|pip3?\s+install|poetry\s+install|uv\s+sync|bundle\s+install|go\s+mod\s+download|composer\s+install|cargo\s+fetch)/

/** Rich text as plain text, code spans in backticks (for reports that escape whole strings). */
export function richPlain(rich: Rich): string {
  return rich.map(p => ('code' in p ? `\`${p.code}\`` : p.text)).join('')
}

export function isDependencyFile(file: string): boolean {
  return isLockfile(file) || isDependencyManifest(file)
}

export function isInstallStep(instruction: string): boolean {
  return /^RUN\s/i.test(instruction) && INSTALL.test(instruction)
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** What changed for a root cause, as rich text: the clause after the step ("saw 3 changed files (...)"). */
export function causeClause(cause: StepMiss['rootCause']): Rich {
  switch (cause.kind) {
    case 'sources': {
      const n = cause.changed
      const more = cause.partial ? ' or more' : ''
      const names = cause.files.slice(0, 5).join(', ') + (n > 5 ? ', ...' : '')
      return [
        { text: `saw ${n}${more} changed file${n === 1 ? '' : 's'}${names === '' ? '' : ` (${names})`}` }
      ]
    }
    case 'instruction':
      return [{ text: cause.previous === null ? 'is new in the Dockerfile' : 'was edited in the Dockerfile' }]
    case 'variable':
      return [
        { text: 'sees ' },
        { code: `${cause.via} ${cause.name}` },
        { text: ` (line ${cause.line}), whose value changed` }
      ]
    case 'build-arg':
      return [{ text: 'sees the build-arg ' }, { code: cause.name }, { text: ', whose value changed' }]
    case 'base-image':
      return [
        { text: 'starts from ' },
        { code: cause.ref },
        { text: `, whose digest changed (${short(cause.before)} → ${short(cause.after)})` }
      ]
    case 'cache-not-restored':
      return [{ text: notRestoredText(cause) }]
    case 'no-cache':
      return [{ text: 'was built with --no-cache' }]
    case 'no-cache-filter':
      return [{ text: 'is in stage ' }, { code: cause.stage }, { text: ', which --no-cache-filter names' }]
    case 'unknown':
      return [{ text: `ran for no recorded reason: ${cause.why}` }]
  }
}

function notRestoredText(cause: MissCause & { kind: 'cache-not-restored' }): string {
  if (cause.hit === 'off') return 'had no cache to import'
  const level =
    cause.level === 'sources'
      ? ' (the restored cache is of the same Dockerfile and lockfiles)'
      : cause.level === 'lockfiles'
        ? ' (the restored cache is of the same Dockerfile, other lockfiles)'
        : cause.level === 'definition'
          ? ' (the restored cache is of another Dockerfile or build args)'
          : ''
  const note = cause.note ? `: ${cause.note}` : ''
  return cause.hit === 'miss'
    ? `had no cache restored (miss${note})`
    : `had no record of the build its ${cause.hit} cache came from${level}`
}

function short(digest: string | null): string {
  return digest === null ? '?' : digest.replace(/^sha256:/, '').slice(0, 12)
}

/** "`RUN npm ci` ran because `COPY . .` on line 4 saw 3 changed files (src/app.ts, ...)" */
export function missSentence(miss: StepMiss): Rich {
  const self = miss.root.step === miss.step
  const where = miss.root.line !== null ? ` on line ${miss.root.line}` : ''
  if (self) return [{ code: miss.instruction }, { text: `${where} ran: it ` }, ...causeClause(miss.rootCause)]
  return [
    { code: miss.instruction },
    { text: ' ran because ' },
    { code: miss.root.instruction },
    { text: `${where} ` },
    ...causeClause(miss.rootCause)
  ]
}

/** Groups the misses by the step whose own input changed, costliest first. */
export function invalidationMap(misses: readonly StepMiss[]): InvalidationMap {
  const roots = new Map<string, MapRoot>()
  for (const miss of misses) {
    let root = roots.get(miss.root.step)
    if (root === undefined) {
      root = {
        step: miss.root.step,
        line: miss.root.line,
        instruction: miss.root.instruction,
        cause: miss.rootCause,
        label: causeClause(miss.rootCause),
        steps: [],
        costMs: 0
      }
      roots.set(miss.root.step, root)
    }
    const ms = miss.durationMs ?? 0
    root.steps.push({ step: miss.step, line: miss.line, instruction: miss.instruction, durationMs: ms })
    root.costMs += ms
  }
  const list = [...roots.values()].sort((a, b) => b.costMs - a.costMs)
  return { roots: list, costMs: list.reduce((sum, r) => sum + r.costMs, 0) }
}

/** The destination operand of a COPY, for the suggested lockfile COPY. */
function destinationOf(instruction: string): string {
  const words = instruction.split(/\s+/).filter(w => !w.startsWith('--'))
  const dest = words.at(-1) ?? './'
  return dest === '.' ? './' : dest.endsWith('/') ? dest : `${dest}/`
}

interface CompilerMount {
  tool: string
  /** the RUN line rewritten with the mount */
  rewrite(command: string): string
  why: string
}

const COMPILERS: readonly [RegExp, CompilerMount][] = [
  [
    /\btsc\b/,
    {
      tool: 'tsc',
      rewrite: c =>
        `RUN --mount=type=cache,target=/cache/tsc ${c.replace(/\btsc\b/, 'tsc --incremental --tsBuildInfoFile /cache/tsc/tsbuildinfo --outDir /cache/tsc/out')} && cp -a /cache/tsc/out/. ./dist/`,
      why: 'tsc --incremental re-checks only what changed; its build info and output stay in the cache mount (tsc skips emitting files it believes are up to date, so the output is copied out of the mount)'
    }
  ],
  [
    /\bgo\s+(build|install|test)\b/,
    {
      tool: 'go',
      rewrite: c =>
        `RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod ${c}`,
      why: "Go's build cache (/root/.cache/go-build) keeps every compiled package, so only the edited ones are rebuilt"
    }
  ],
  [
    /\bcargo\s+(build|install|test)\b/,
    {
      tool: 'cargo',
      rewrite: c =>
        `RUN --mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/cache/cargo-target CARGO_TARGET_DIR=/cache/cargo-target ${c} && cp /cache/cargo-target/release/<binary> /usr/local/bin/`,
      why: "cargo's target dir holds the compiled crates and the incremental state; in a cache mount it survives the edit (copy the binary out)"
    }
  ],
  [
    /\b(gradle|gradlew)\b/,
    {
      tool: 'gradle',
      rewrite: c => `RUN --mount=type=cache,target=/root/.gradle ${c}`,
      why: "Gradle's caches (/root/.gradle) keep dependencies and the build cache between builds"
    }
  ],
  [
    /\bmvn\b/,
    {
      tool: 'maven',
      rewrite: c => `RUN --mount=type=cache,target=/root/.m2 ${c}`,
      why: "Maven's local repository (/root/.m2) is downloaded again on every re-run without it"
    }
  ],
  [
    /\b(gcc|g\+\+|clang|make|cmake|ninja)\b/,
    {
      tool: 'ccache',
      rewrite: c =>
        `RUN --mount=type=cache,target=/root/.cache/ccache CCACHE_DIR=/root/.cache/ccache CC="ccache gcc" CXX="ccache g++" ${c}`,
      why: 'ccache (install it in an earlier step) returns the object files of unchanged translation units'
    }
  ]
]

function commandOf(instruction: string): string {
  return instruction
    .replace(/^RUN\s+/i, '')
    .replace(/(^|\s)--\S+/g, ' ')
    .trim()
}

/**
 * The actions the map suggests: the costliest avoidable invalidation (a COPY of the sources that
 * re-ran a dependency install, though no dependency file changed), and the costliest compiler step
 * that re-runs after a source edit, with a cache mount for its incremental state.
 */
export function missActions(map: InvalidationMap, current: InputRecord | null): MissAction[] {
  const actions: MissAction[] = []
  const avoidable = map.roots
    .filter(r => r.cause.kind === 'sources')
    .map(r => {
      const cause = r.cause as MissCause & { kind: 'sources' }
      const installs = r.steps.filter(s => isInstallStep(s.instruction))
      const depsChanged = cause.files.some(isDependencyFile)
      return {
        root: r,
        cause,
        installs,
        saved: installs.reduce((sum, s) => sum + s.durationMs, 0),
        depsChanged
      }
    })
    .filter(x => x.installs.length > 0 && !x.depsChanged && !x.cause.partial)
    .sort((a, b) => b.saved - a.saved)[0]
  if (avoidable !== undefined) {
    const recorded = current?.steps.find(s => s.line === avoidable.root.line)
    const deps = (recorded?.sources?.files ?? [])
      .map(f => f.path)
      .filter(isDependencyFile)
      // manifests before lockfiles, as people write them: package.json package-lock.json
      .sort((a, b) => Number(isLockfile(a)) - Number(isLockfile(b)) || (a < b ? -1 : a > b ? 1 : 0))
    const depsText = deps.length > 0 ? deps.slice(0, 6).join(' ') : 'package*.json'
    const copy = `COPY ${depsText} ${destinationOf(avoidable.root.instruction)}`
    const install = avoidable.installs[0]
    actions.push({
      kind: 'reorder',
      line: avoidable.root.line,
      title: [
        { text: 'moving ' },
        { code: copy },
        { text: ' and ' },
        { code: install?.instruction ?? 'the install' },
        { text: ' before ' },
        { code: avoidable.root.instruction },
        {
          text: `${avoidable.root.line !== null ? ` (line ${avoidable.root.line})` : ''} would have saved ${seconds(avoidable.saved)}`
        }
      ],
      suggestion: [copy, install?.instruction ?? '', avoidable.root.instruction]
        .filter(s => s !== '')
        .join('\n'),
      ms: avoidable.saved,
      evidence: [
        [
          { code: avoidable.root.instruction },
          {
            text: ` ${causeClause(avoidable.cause)
              .map(p => ('text' in p ? p.text : p.code))
              .join('')}, none of them a lockfile or manifest`
          }
        ],
        ...avoidable.installs.map((s): Rich => [
          { code: s.instruction },
          { text: ` re-ran for ${seconds(s.durationMs)}` }
        ])
      ]
    })
  }
  // After a source edit, the steps after the COPY re-run even in the right order: a compiler's incremental state helps.
  const sourceSteps = map.roots
    .filter(r => r.cause.kind === 'sources')
    .flatMap(r => r.steps.map(s => ({ ...s, root: r })))
    .filter(
      s =>
        /^RUN\s/i.test(s.instruction) &&
        !isInstallStep(s.instruction) &&
        !/--mount=type=cache/.test(s.instruction)
    )
    .sort((a, b) => b.durationMs - a.durationMs)
  for (const s of sourceSteps) {
    const command = commandOf(s.instruction)
    const match = COMPILERS.find(([pattern]) => pattern.test(command))
    if (match === undefined) continue
    const [, mount] = match
    const share = map.costMs > 0 ? Math.round((s.durationMs / map.costMs) * 100) : 0
    actions.push({
      kind: 'cache-mount',
      line: s.line,
      title: [
        { code: s.instruction },
        {
          text: `${s.line !== null ? ` (line ${s.line})` : ''} re-runs after a source edit (${seconds(s.durationMs)}, ${share}% of the re-run time): give ${mount.tool} a cache mount for its incremental state`
        }
      ],
      suggestion: mount.rewrite(command),
      ms: s.durationMs,
      evidence: [[{ text: mount.why }], [{ code: s.root.instruction }, { text: ' ' }, ...s.root.label]]
    })
    break
  }
  return actions
}
