// The checks behind each rule: each reads the parsed model (and what the caller measured) and returns drafts.
import { isSecretName } from '../build-args.js'
import { DockerignoreMatcher } from '../dockerignore.js'
import { formatBytes } from '../report/format.js'
import { durationSuffix, findEvidence, stepLabel } from './evidence.js'
import type { Model, Stage, Step } from './model.js'
import {
  copiesWholeContext,
  copyOperands,
  flagValue,
  hasCacheMount,
  isRemote,
  readsContext
} from './model.js'
import type { Install, Manager } from './shell.js'
import {
  CACHE_MOUNT,
  CACHE_MOUNT_NOTE,
  clockOrRandomness,
  findInstalls,
  simpleCommands,
  usesVariable
} from './shell.js'
import type { LintInput, Severity } from './types.js'

/** A finding before the engine fills in the file and the rule's defaults. */
export interface Draft {
  rule: string
  line: number
  endLine?: number
  message: string
  why?: string
  fix?: string
  severity?: Severity
  evidence?: string
  /** The instruction a diagnosis would name. */
  step?: Step
}

export interface CheckContext {
  model: Model
  input: LintInput
}

type Check = (ctx: CheckContext) => Draft[]

/** "`RUN npm ci`", cut to one short line. */
export function quote(step: Step): string {
  const first = `${step.keyword} ${step.command.split('\n')[0] ?? ''}`.replace(/\s+/g, ' ').trim()
  return `\`${first.length > 60 ? `${first.slice(0, 59)}…` : first}\``
}

function at(step: Step): Pick<Draft, 'line' | 'endLine'> {
  return step.endLine > step.line ? { line: step.line, endLine: step.endLine } : { line: step.line }
}

function runs(steps: Step[]): Step[] {
  return steps.filter(s => s.keyword === 'RUN')
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

const syntax: Check = ({ model }) =>
  model.problems.map(p => ({ rule: 'BL000', line: p.line, message: `Syntax error: ${p.message}.` }))

const MANIFESTS: Record<Manager, string> = {
  npm: '`COPY package.json package-lock.json ./`',
  yarn: '`COPY package.json yarn.lock ./`',
  pnpm: '`COPY package.json pnpm-lock.yaml ./`',
  pip: '`COPY requirements.txt ./` (or `pyproject.toml`)',
  uv: '`COPY pyproject.toml uv.lock ./`',
  poetry: '`COPY pyproject.toml poetry.lock ./`',
  go: '`COPY go.mod go.sum ./` and `RUN go mod download`',
  cargo: '`COPY Cargo.toml Cargo.lock ./` and `RUN cargo fetch`',
  bundler: '`COPY Gemfile Gemfile.lock ./`',
  composer: '`COPY composer.json composer.lock ./`',
  apt: '',
  apk: '',
  dnf: ''
}

const copyBeforeInstall: Check = ({ model, input }) => {
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    const seen = new Set<Manager>()
    stage.steps.forEach((step, index) => {
      if (step.keyword === 'RUN') for (const i of findInstalls(step.command)) seen.add(i.manager)
      if (!copiesWholeContext(step)) return
      for (const later of stage.steps.slice(index + 1)) {
        if (later.keyword !== 'RUN') continue
        // An install of a manager that already ran above the COPY is the project itself (`pip install .`).
        const installs = findInstalls(later.command).filter(i => !seen.has(i.manager))
        if (installs.length === 0) continue
        const manager = installs[0]!.manager
        const measured = findEvidence(input.evidence, later)
        let evidence: string | undefined
        if (measured && !measured.cached) {
          evidence = `${stepLabel(measured)} re-ran after a source-only edit${durationSuffix(measured)} because ${quote(step)} on line ${step.line} comes before it`
        } else if (measured) {
          evidence = `${stepLabel(measured)} was cached after the measured source-only edit, so this order cost nothing on that build`
        }
        const system = manager === 'apt' || manager === 'apk' || manager === 'dnf'
        drafts.push({
          rule: 'BL001',
          ...at(step),
          message: `${quote(step)} on line ${step.line} copies the whole context before ${quote(later)} on line ${later.line}, so every source edit re-runs the install.`,
          fix: system
            ? `Move ${quote(later)} above ${quote(step)}: system packages do not depend on your source.`
            : `Copy only the manifests first (${MANIFESTS[manager]}), run the install, and ${quote(step)} after it.`,
          ...(evidence === undefined ? {} : { evidence }),
          step: later
        })
        break
      }
    })
  }
  return drafts
}

const cacheMount: Check = ({ model, input }) => {
  const drafts: Draft[] = []
  for (const step of runs(model.steps)) {
    if (hasCacheMount(step)) continue
    const managers = unique(findInstalls(step.command).map(i => i.manager))
    if (managers.length === 0) continue
    const mounts = managers.map(m => CACHE_MOUNT[m]).join(' ')
    const notes = managers.map(m => CACHE_MOUNT_NOTE[m] ?? '').join('')
    const measured = findEvidence(input.evidence, step)
    const evidence =
      measured && !measured.cached
        ? `${stepLabel(measured)} re-ran on the measured warm build${durationSuffix(measured)} and had to download everything again`
        : undefined
    drafts.push({
      rule: 'BL002',
      ...at(step),
      message: `${quote(step)} on line ${step.line} runs ${managers.join(', ')} without a cache mount.`,
      fix: `Write \`RUN ${mounts} ...\`${notes}.`,
      ...(evidence === undefined ? {} : { evidence }),
      step
    })
  }
  return drafts
}

/** Expands `$NAME`, `${NAME}` and `${NAME:-default}`; null when a variable has no known value. */
function expand(value: string, lookup: (name: string) => string | undefined): string | null {
  let unknown = false
  const out = value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (
      _m,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined
    ) => {
      const name = braced ?? bare ?? ''
      const v = lookup(name)
      if (op === '-') return v === undefined || v === '' ? (word ?? '') : v
      if (op === '+') return v === undefined || v === '' ? '' : (word ?? '')
      if (v === undefined) unknown = true
      return v ?? ''
    }
  )
  return unknown ? null : out
}

function splitImage(ref: string): { name: string; tag: string | null; digest: string | null } {
  const at = ref.indexOf('@')
  const digest = at < 0 ? null : ref.slice(at + 1)
  const withoutDigest = at < 0 ? ref : ref.slice(0, at)
  const slash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  const hasTag = colon > slash
  return {
    name: hasTag ? withoutDigest.slice(0, colon) : withoutDigest,
    tag: hasTag ? withoutDigest.slice(colon + 1) : null,
    digest
  }
}

const unpinnedBase: Check = ({ model, input }) => {
  const drafts: Draft[] = []
  const stageNames = new Set<string>()
  for (const stage of model.stages) {
    const lookup = (name: string): string | undefined => {
      const fromCli = input.buildArgs?.[name]
      if (fromCli !== undefined) return fromCli
      const arg = model.globalArgs.filter(a => a.name === name && a.line < stage.from.line).at(-1)
      return arg?.value ?? undefined
    }
    const written = stage.from.args[0]
    if (written !== undefined) {
      // ARG defaults may use earlier ARGs (`ARG IMAGE=golang:${GO_VERSION}`): expand a few rounds.
      let resolved = expand(written, lookup)
      for (let round = 0; round < 4 && resolved !== null && resolved.includes('$'); round++) {
        resolved = expand(resolved, lookup)
      }
      const image = resolved?.trim() ?? ''
      const via = resolved !== null && resolved !== written ? source(written, model, input) : ''
      if (image !== '' && image.toLowerCase() !== 'scratch' && !stageNames.has(image.toLowerCase())) {
        const { name, tag, digest } = splitImage(image)
        if (digest === null) {
          const what =
            tag === null
              ? `\`${image}\` has no tag (so \`latest\`) and no digest`
              : tag === 'latest'
                ? `\`${image}\` uses \`latest\` and no digest`
                : `\`${image}\` has a tag but no digest`
          drafts.push({
            rule: 'BL003',
            ...at(stage.from),
            message: `FROM on line ${stage.from.line}: ${what}${via}.`,
            fix: `Pin the digest: \`${name}:${tag ?? '<version>'}@sha256:<digest>\` (see \`docker buildx imagetools inspect ${name}:${tag ?? 'latest'}\`), and let Renovate or Dependabot bump it.`,
            step: stage.from
          })
        }
      }
    }
    if (stage.name !== null) stageNames.add(stage.name)
  }
  return drafts
}

function source(written: string, model: Model, input: LintInput): string {
  const names = [...written.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map(m => m[1]!)
  const parts = names.map(n => {
    if (input.buildArgs?.[n] !== undefined) return `--build-arg ${n}`
    const arg = model.globalArgs.filter(a => a.name === n).at(-1)
    return arg ? `\`ARG ${n}\` on line ${arg.line}` : n
  })
  return parts.length === 0 ? '' : ` (from ${parts.join(', ')})`
}

const SNAPSHOT =
  /snapshot\.(debian\.org|ubuntu\.com)|--snapshot\b|APT::Snapshot|^\s*Snapshot:|repro-sources-list|\bapt(-get)?\s+(\S+\s+)*-S\s/im

function aptInstalls(step: Step): Install[] {
  return findInstalls(step.command).filter(i => i.manager === 'apt' && i.words[i.rest - 1] === 'install')
}

const aptSnapshot: Check = ({ model, input }) => {
  if (SNAPSHOT.test(input.text)) return []
  return runs(model.steps)
    .filter(s => aptInstalls(s).length > 0)
    .map(step => ({
      rule: 'BL004',
      ...at(step),
      message: `${quote(step)} on line ${step.line} installs from the live Debian/Ubuntu mirror.`,
      step
    }))
}

const aptLists: Check = ({ model }) =>
  runs(model.steps)
    .filter(step => {
      const updates = simpleCommands(step.command).some(
        w => /^(apt-get|apt|aptitude)$/.test(w[0]!) && w.slice(1).find(x => !x.startsWith('-')) === 'update'
      )
      if (!updates) return false
      const cleaned = /\brm\s+(-\S+\s+)*[^;&|]*\/var\/lib\/apt\/lists/.test(step.command)
      return !cleaned && !hasCacheMount(step, '/var/lib/apt')
    })
    .map(step => ({
      rule: 'BL005',
      ...at(step),
      message: `${quote(step)} on line ${step.line} runs \`apt-get update\` and leaves /var/lib/apt/lists in the layer.`,
      step
    }))

const addUrl: Check = ({ model }) => {
  const drafts: Draft[] = []
  for (const step of model.steps) {
    if (step.keyword !== 'ADD' || flagValue(step, 'checksum') !== undefined) continue
    for (const src of copyOperands(step).sources.filter(isRemote)) {
      const git = /^git@|^git:\/\/|\.git(#|$)/i.test(src)
      if (git && /#[0-9a-f]{40}$/i.test(src)) continue
      drafts.push({
        rule: 'BL006',
        ...at(step),
        message: git
          ? `ADD on line ${step.line} fetches \`${src}\`, a Git ref that can move.`
          : `ADD on line ${step.line} fetches \`${src}\` without \`--checksum\`.`,
        fix: git
          ? `Pin a commit: \`ADD ${src.replace(/#.*$/, '')}#<commit-sha> ...\`.`
          : `Write \`ADD --checksum=sha256:<hash> ${src} ...\` (Dockerfile syntax 1.6+; get the hash with \`curl -fsSL ${src} | sha256sum\`).`,
        step
      })
    }
  }
  return drafts
}

const HEAVY = /(^|\/)(\.git|node_modules)$/

const contextChecks: Check = ({ model, input }) => {
  const context = input.context
  if (context === undefined) return []
  const whole = model.steps.find(copiesWholeContext)
  const firstCopy = model.steps.find(readsContext)
  const anchor = whole ?? firstCopy
  const where = anchor ? at(anchor) : { line: 1 }
  const total = context.totalBytes ?? context.entries.reduce((sum, e) => sum + e.size, 0)
  const ignore = new DockerignoreMatcher(context.dockerignore ?? '')
  const heavy = context.entries.filter(
    e => HEAVY.test(e.path.replace(/\/+$/, '')) && (!context.hasDockerignore || !ignore.ignores(e.path))
  )
  const heavyText = heavy.map(e => `${e.path.replace(/\/+$/, '')} ${formatBytes(e.size)}`).join(', ')
  if (!context.hasDockerignore) {
    const copied = whole ? `, and ${quote(whole)} on line ${whole.line} copies all of it` : ''
    return [
      {
        rule: 'BL007',
        ...where,
        // Without a whole-context COPY, BuildKit only sends the paths that COPY names.
        severity: whole ? 'warning' : 'info',
        message: `There is no .dockerignore: the context is ${formatBytes(total)}${heavyText ? ` (${heavyText})` : ''}${copied}.`,
        ...(anchor ? { step: anchor } : {})
      }
    ]
  }
  if (!whole || heavy.length === 0) return []
  return [
    {
      rule: 'BL008',
      ...where,
      message: `.dockerignore does not exclude ${heavyText} (context ${formatBytes(total)}), and ${quote(whole)} on line ${whole.line} copies them into the image.`,
      fix: `Add ${heavy.map(e => `\`${e.path.replace(/^\.?\/+|\/+$/g, '')}\``).join(' and ')} to .dockerignore.`,
      step: whole
    }
  ]
}

const nondeterministic: Check = ({ model }) =>
  runs(model.steps).flatMap(step => {
    const found = clockOrRandomness(step.command)
    if (found.length === 0) return []
    return [
      {
        rule: 'BL009',
        ...at(step),
        message: `${quote(step)} on line ${step.line} uses ${found.join(', ')}: its output changes on every build.`,
        step
      }
    ]
  })

const BUILD_TOOLS = new Set([
  'build-essential',
  'build-base',
  'gcc',
  'g++',
  'make',
  'cmake',
  'clang',
  'llvm',
  'autoconf',
  'automake',
  'libtool',
  'pkg-config',
  'pkgconf',
  'ninja-build',
  'golang',
  'rustc',
  'cargo',
  'gcc-c++',
  'musl-dev',
  'libc6-dev',
  'libc-dev',
  'linux-headers'
])

const REMOVES_PACKAGES =
  /\b(apt-get|apt)\s+(-\S+\s+)*(purge|remove|autoremove)\b|\bapk\s+(-\S+\s+)*del\b|\b(dnf|yum|microdnf)\s+(-\S+\s+)*(remove|erase)\b/

function packageName(word: string): string {
  return word.replace(/[=~<>].*$/, '').replace(/:\w+$/, '')
}

function buildToolsOf(install: Install): string[] {
  if (install.manager !== 'apt' && install.manager !== 'apk' && install.manager !== 'dnf') return []
  const sub = install.words[install.rest - 1]
  if (sub !== 'install' && sub !== 'add') return []
  return install.words
    .slice(install.rest)
    .filter(w => !w.startsWith('-') && !w.startsWith('$'))
    .map(packageName)
    .filter(p => BUILD_TOOLS.has(p) || /-(dev|devel)$/.test(p))
}

const OMITS_DEV = /^(--omit=dev|--only=prod(uction)?|--production(=true)?|--prod|-P)$/

/** An install of a whole JS project that includes devDependencies. */
function installsDevDependencies(install: Install, stageSteps: Step[], step: Step): boolean {
  if (install.manager !== 'npm' && install.manager !== 'yarn' && install.manager !== 'pnpm') return false
  const sub = install.words[install.rest - 1]
  if (sub === 'add') return false
  const after = install.words.slice(install.rest)
  if (after.some(w => !w.startsWith('-'))) return false // named packages, not the project
  if (after.some((w, i) => OMITS_DEV.test(w) || (w === '--omit' && after[i + 1] === 'dev'))) return false
  if (/\bnpm\s+prune\b|NODE_ENV=["']?production/.test(step.command)) return false
  const before = stageSteps.slice(0, stageSteps.indexOf(step))
  return !before.some(
    s => (s.keyword === 'ENV' || s.keyword === 'ARG') && /NODE_ENV[=\s]+["']?production/.test(s.command)
  )
}

function finalChain(model: Model): Stage[] {
  const chain: Stage[] = []
  let stage = model.stages.at(-1)
  while (stage && !chain.includes(stage)) {
    chain.push(stage)
    const image = (stage.from.args[0] ?? '').toLowerCase()
    stage = model.stages.find(s => s.name === image && s.index < stage!.index)
  }
  return chain
}

const finalStageTools: Check = ({ model }) => {
  const drafts: Draft[] = []
  const multi = model.stages.length > 1
  for (const stage of finalChain(model)) {
    for (const step of runs(stage.steps)) {
      const installs = findInstalls(step.command)
      const tools = REMOVES_PACKAGES.test(step.command) ? [] : unique(installs.flatMap(buildToolsOf))
      const dev = installs.find(i => installsDevDependencies(i, stage.steps, step))
      if (tools.length === 0 && dev === undefined) continue
      const what = [
        ...(tools.length > 0 ? [`build tools (${tools.join(', ')})`] : []),
        ...(dev ? [`devDependencies (\`${dev.words.join(' ')}\` keeps them)`] : [])
      ].join(' and ')
      drafts.push({
        rule: 'BL010',
        ...at(step),
        message: `${quote(step)} on line ${step.line} puts ${what} into the final image${multi ? '' : ' of a single-stage build'}.`,
        ...(dev && tools.length === 0
          ? {
              fix: `Install with \`${dev.manager === 'npm' ? 'npm ci --omit=dev' : dev.manager === 'yarn' ? 'yarn install --production' : 'pnpm install --prod'}\` in the final stage, and build in an earlier stage.`
            }
          : {}),
        step
      })
    }
  }
  return drafts
}

const OCTAL = /^[0-7]{3,4}$/

/** Whether a symbolic mode sets every class absolutely (`a=rx`, `u=rwx,go=rx`). */
function absoluteSymbolic(mode: string): boolean {
  const classes = new Set<string>()
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)=([rwxXst]*)$/.exec(clause)
    if (!m) return false
    for (const c of m[1] === '' || m[1]!.includes('a') ? 'ugo' : m[1]!) classes.add(c)
  }
  return classes.has('u') && classes.has('g') && classes.has('o')
}

function relativeMode(mode: string): boolean {
  return !mode.includes('$') && !OCTAL.test(mode) && !absoluteSymbolic(mode)
}

function normalize(path: string): string {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return `/${parts.join('/')}`
}

function resolvePath(path: string, workdir: string): string {
  return normalize(path.startsWith('/') ? path : `${workdir}/${path}`)
}

/** Paths in the image that came from the build context, by the stage's COPY/ADD steps before `upTo`. */
function contextPaths(stage: Stage, upTo: Step): string[] {
  const paths: string[] = []
  let workdir = '/'
  for (const s of stage.steps) {
    if (s === upTo) break
    if (s.keyword === 'WORKDIR' && s.args[0]) workdir = resolvePath(s.args[0], workdir)
    if (!readsContext(s)) continue
    const { sources, destination } = copyOperands(s)
    if (destination === null) continue
    const dest = resolvePath(destination, workdir)
    const intoDir = destination.endsWith('/') || sources.length > 1 || copiesWholeContext(s)
    for (const src of sources.filter(x => !isRemote(x))) {
      const base = src.replace(/\/+$/, '').split('/').at(-1) ?? ''
      paths.push(
        !intoDir || base === '' || base === '.' || base === '*' ? dest : normalize(`${dest}/${base}`)
      )
    }
  }
  return paths
}

const CHMOD_OPTIONS = /^(-[Rvcf]+|--recursive|--verbose|--changes|--silent|--quiet|--(no-)?preserve-root)$/

function chmodsOfContextFiles(stage: Stage, step: Step): string[] {
  const found: string[] = []
  for (const words of simpleCommands(step.command)) {
    if (words[0]!.replace(/^.*\//, '') !== 'chmod') continue
    const rest = words.slice(1).filter(w => !CHMOD_OPTIONS.test(w))
    if (rest.some(w => w.startsWith('--reference'))) continue
    const [mode, ...operands] = rest
    if (mode === undefined || !relativeMode(mode)) continue
    const copied = contextPaths(stage, step)
    let workdir = '/'
    for (const s of stage.steps) {
      if (s === step) break
      if (s.keyword === 'WORKDIR' && s.args[0]) workdir = resolvePath(s.args[0], workdir)
    }
    const hits = operands.some(op => {
      const path = resolvePath(op.split('*')[0]!, workdir)
      return copied.some(
        c => path === c || path.startsWith(`${c}/`) || (op.includes('*') && c.startsWith(path))
      )
    })
    if (hits) found.push(`chmod ${mode}`)
  }
  return found
}

const fileModes: Check = ({ model }) => {
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    for (const step of stage.steps) {
      const chmod = flagValue(step, 'chmod')
      if (
        (step.keyword === 'COPY' || step.keyword === 'ADD') &&
        chmod &&
        readsContext(step) &&
        relativeMode(chmod)
      ) {
        drafts.push({
          rule: 'BL011',
          ...at(step),
          message: `${quote(step)} on line ${step.line} sets the relative mode \`--chmod=${chmod}\` on files from the build context.`,
          fix: 'Use an absolute octal mode, e.g. `--chmod=0755` for executables and `--chmod=0644` for the rest.',
          step
        })
      }
      if (step.keyword !== 'RUN') continue
      const chmods = chmodsOfContextFiles(stage, step)
      if (chmods.length === 0) continue
      drafts.push({
        rule: 'BL011',
        ...at(step),
        message: `${quote(step)} on line ${step.line} runs \`${chmods[0]}\` on files copied from the build context.`,
        fix: 'Use an absolute mode (`chmod 0755 <file>`), or set it while copying: `COPY --chmod=0755 ...`.',
        step
      })
    }
  }
  return drafts
}

const secretArgs: Check = ({ model }) => {
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    stage.steps.forEach((step, index) => {
      if (step.keyword !== 'ARG') return
      for (const word of step.args) flag(step, index, word)
    })
    function flag(step: Step, index: number, word: string): void {
      const [name, value] = word.split(/=(.*)/s)
      if (!name || !isSecretName(name)) return
      const users = runs(stage.steps.slice(index + 1)).filter(r => usesVariable(r.command, name))
      const first = users[0]
      if (!first) return
      const more = users.length > 1 ? ` (and ${users.length - 1} more RUN)` : ''
      const fallback = value ? `, and its default value is in the Dockerfile itself` : ''
      drafts.push({
        rule: 'BL012',
        ...at(first),
        message: `\`ARG ${name}\` (line ${step.line}) is used by ${quote(first)} on line ${first.line}${more}: its value is recorded in the image history${fallback}.`,
        fix: `Delete the ARG and mount a secret: \`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name} ...\` (Dockerfile syntax 1.10+; before that read \`/run/secrets/${name.toLowerCase()}\`), passed with \`docker buildx build --secret id=${name.toLowerCase()},env=${name}\`, \`build-lab gate --secret id=${name.toLowerCase()},env=${name}\` or the action's \`secrets: ${name.toLowerCase()}=\${{ secrets.${name} }}\`.`,
        step: first
      })
    }
  }
  return drafts
}

export const checks: ReadonlyArray<Check> = [
  syntax,
  copyBeforeInstall,
  cacheMount,
  unpinnedBase,
  aptSnapshot,
  aptLists,
  addUrl,
  contextChecks,
  nondeterministic,
  finalStageTools,
  fileModes,
  secretArgs
]
