// The checks behind each rule: each reads the parsed model (and what the caller measured) and returns drafts.
import { isSecretName } from '../build/args.js'
import { DockerignoreMatcher } from '../context/dockerignore.js'
import { imageUses, splitImage } from './images.js'
import { scriptChecks } from './script-checks.js'
import { stageChecks } from './stage-checks.js'
import { formatBytes } from '../report/format.js'
import { durationSuffix, findEvidence, stepLabel } from './evidence.js'
import type { Stage, Step } from './model.js'
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
  hasOption,
  packageArgs,
  program,
  simpleCommands,
  usesVariable
} from './shell.js'
import type { LintInput } from './types.js'
import { aptInstalls, at, type Check, type Draft, finalChain, quote, runs, SNAPSHOT } from './draft.js'

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
  maven: '`COPY pom.xml ./` and `RUN mvn -B dependency:go-offline`',
  gradle: '`COPY build.gradle settings.gradle ./` (or the `.kts` files) and `RUN gradle dependencies`',
  apt: '',
  apk: '',
  dnf: ''
}

/** The files each manager's install reads, as a COPY line would name them. */
const MANIFEST_FILES: Partial<Record<Manager, string[]>> = {
  npm: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json'],
  yarn: ['package.json', 'yarn.lock', '.yarnrc.yml'],
  pnpm: ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml'],
  pip: ['requirements.txt', 'pyproject.toml', 'setup.py', 'setup.cfg'],
  uv: ['pyproject.toml', 'uv.lock'],
  poetry: ['pyproject.toml', 'poetry.lock', 'Pipfile', 'Pipfile.lock'],
  go: ['go.mod', 'go.sum'],
  cargo: ['Cargo.toml', 'Cargo.lock'],
  bundler: ['Gemfile', 'Gemfile.lock'],
  composer: ['composer.json', 'composer.lock'],
  maven: ['pom.xml'],
  gradle: ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'gradle.properties']
}

/** An install that reads the project's manifests (`npm ci`, `pip install -r ...`), not one of named tools. */
export function fromManifest(install: Install): boolean {
  const named = packageArgs(install)
  switch (install.manager) {
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return named.length === 0 && !hasOption(install, '-g', '--global') && !install.words.includes('global')
    case 'pip':
      return hasOption(install, '-r', '--requirement') || named.includes('.')
    case 'bundler':
      return program(install.words[0]!) === 'bundle'
    case 'go':
      return install.words.includes('download')
    case 'cargo':
      return install.words[install.rest - 1] !== 'install'
    case 'apt':
    case 'apk':
    case 'dnf':
      return false
    default:
      return true
  }
}

function copyFirstFix(install: Install, later: Step, copy: Step, input: LintInput): string {
  const manager = install.manager
  const system = manager === 'apt' || manager === 'apk' || manager === 'dnf'
  if (system)
    return `Move ${quote(later)} above ${quote(copy)}: system packages do not depend on your source.`
  if (!fromManifest(install) && !(manager === 'pip' && packageArgs(install).includes('.'))) {
    return `Move ${quote(later)} above ${quote(copy)}: it installs named packages, which do not depend on your source.`
  }
  if (input.context === undefined) {
    return `Copy only the manifests first (${MANIFESTS[manager]}), run the install, and ${quote(copy)} after it.`
  }
  const present = new Set(input.context.entries.map(e => e.path.replace(/\/+$/, '')))
  const files = (MANIFEST_FILES[manager] ?? []).filter(f => present.has(f))
  if (files.length === 0) {
    return `Copy only the files ${quote(later)} reads first, run it, and ${quote(copy)} after it (the context has no ${(MANIFEST_FILES[manager] ?? []).slice(0, 2).join(' or ')}).`
  }
  return `Copy only the manifests first (\`COPY ${files.join(' ')} ./\`), run the install, and ${quote(copy)} after it.`
}

const copyBeforeInstall: Check = ({ model, input }) => {
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    const seen = new Set<Manager>()
    stage.steps.forEach((step, index) => {
      // Only an install from the manifests counts: `pip install -U pip` above is not the dependencies.
      if (step.keyword === 'RUN')
        for (const i of findInstalls(step.script)) if (fromManifest(i)) seen.add(i.manager)
      if (!copiesWholeContext(step)) return
      for (const later of stage.steps.slice(index + 1)) {
        if (later.keyword !== 'RUN') continue
        // An install of a manager that already ran above the COPY is the project itself (`pip install .`).
        const installs = findInstalls(later.script).filter(i => !seen.has(i.manager))
        if (installs.length === 0) continue
        const measured = findEvidence(input.evidence, later)
        let evidence: string | undefined
        if (measured && !measured.cached) {
          evidence = `${stepLabel(measured)} re-ran after a source-only edit${durationSuffix(measured)} because ${quote(step)} on line ${step.line} comes before it`
        } else if (measured) {
          evidence = `${stepLabel(measured)} was cached after the measured source-only edit, so this order cost nothing on that build`
        }
        drafts.push({
          rule: 'BL001',
          ...at(step),
          message: `${quote(step)} on line ${step.line} copies the whole context before ${quote(later)} on line ${later.line}, so every source edit re-runs the install.`,
          fix: copyFirstFix(installs[0]!, later, step, input),
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

const unpinnedBase: Check = ({ model, input }) =>
  imageUses(model, input).flatMap(use => {
    const { name, tag, digest } = splitImage(use.image)
    if (digest !== null) return []
    const image = use.image
    const what =
      tag === null
        ? `\`${image}\` has no tag (so \`latest\`) and no digest`
        : tag === 'latest'
          ? `\`${image}\` uses \`latest\` and no digest`
          : `\`${image}\` has a tag but no digest`
    // `COPY --from=biulder`: a bare name that is no stage is pulled as an image, usually by mistake.
    const typo = use.where !== 'FROM' && tag === null && !image.includes('/')
    const line = use.step.line
    return [
      {
        rule: 'BL003',
        ...at(use.step),
        message:
          use.where === 'FROM'
            ? `FROM on line ${line}: ${what}${use.via}.`
            : typo
              ? `\`${use.where}=${image}\` on line ${line}: no stage is named \`${image}\`, so BuildKit pulls it as the image \`docker.io/library/${image}:latest\`.`
              : `\`${use.where}=${image}\` on line ${line} copies from an external image: ${what}.`,
        ...(typo
          ? {
              fix: `Name an earlier stage (\`FROM ... AS ${image}\`), or pin the image you mean: \`${image}:<version>@sha256:<digest>\`.`
            }
          : {
              fix: `Pin the digest: \`${name}:${tag ?? '<version>'}@sha256:<digest>\` (see \`docker buildx imagetools inspect ${name}:${tag ?? 'latest'}\`), and let Renovate or Dependabot bump it.`
            }),
        hadolint: typo ? 'DL3022' : tag === null ? 'DL3006' : tag === 'latest' ? 'DL3007' : undefined,
        step: use.step
      }
    ]
  })

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

/** A `RUN --mount=type=bind` without `from=` mounts the build context. */
function bindsContext(step: Step): boolean {
  return step.flags.some(
    f =>
      f.name === 'mount' &&
      f.value !== null &&
      /(^|,)type=bind(,|$)/.test(f.value) &&
      !/(^|,)from=/.test(f.value)
  )
}

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
  // A Dockerfile that copies nothing from the context sends BuildKit nothing to ignore.
  if (anchor === undefined && !model.steps.some(bindsContext)) return []
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
    const found = clockOrRandomness(step.script)
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

/** False when the context's package.json is known and declares no devDependencies. */
function hasDevDependencies(input: LintInput): boolean {
  const text = input.context?.files?.['package.json']
  if (text === undefined) return true
  try {
    const pkg: unknown = JSON.parse(text)
    if (typeof pkg !== 'object' || pkg === null || !('devDependencies' in pkg)) return false
    const dev = pkg.devDependencies
    return typeof dev === 'object' && dev !== null && Object.keys(dev).length > 0
  } catch {
    return true
  }
}

const finalStageTools: Check = ({ model, input }) => {
  const drafts: Draft[] = []
  const multi = model.stages.length > 1
  for (const stage of finalChain(model)) {
    for (const step of runs(stage.steps)) {
      const installs = findInstalls(step.command)
      const tools = REMOVES_PACKAGES.test(step.command) ? [] : unique(installs.flatMap(buildToolsOf))
      const dev = hasDevDependencies(input)
        ? installs.find(i => installsDevDependencies(i, stage.steps, step))
        : undefined
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
  ...scriptChecks,
  ...stageChecks,
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
