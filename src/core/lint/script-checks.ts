// Checks that read RUN scripts: apt options and leftovers, npm ci, cd, downloads, pins, clones and upgrades.
import { aptInstalls, at, type Check, type Draft, finalChain, quote, runs, SNAPSHOT } from './draft.js'
import { LOCKFILES } from '../context/lockfiles.js'
import { copyOperands, type Stage, type Step } from './model.js'
import {
  DOWNLOADERS,
  findInstalls,
  hasOption,
  type Install,
  packageArgs,
  pipelines,
  program,
  SHELL_PROGRAMS,
  simpleCommands
} from './shell.js'

/** apt configured for the whole file: `APT::Install-Recommends "false"` (apt.conf) or `-o APT::Install-Recommends=0`. */
const NO_RECOMMENDS_CONFIG = /Install-Recommends\s*(=|\s)\s*["']?(false|0)/i

const aptRecommends: Check = ({ model, input }) =>
  runs(model.steps).flatMap(step => {
    if (NO_RECOMMENDS_CONFIG.test(input.text)) return []
    const install = aptInstalls(step).find(
      i => !hasOption(i, '--no-install-recommends', '--without-recommends', '-R')
    )
    if (install === undefined) return []
    const words = [...install.words]
    words.splice(install.rest, 0, '--no-install-recommends')
    return [
      {
        rule: 'BL013',
        ...at(step),
        message: `${quote(step)} on line ${step.line} installs the recommended packages too.`,
        fix: `Write \`${words.join(' ')}\`, and name any recommended package you do need.`,
        hadolint: 'DL3015',
        step
      }
    ]
  })

const NPM_LOCKFILES: readonly string[] = LOCKFILES.npm

/** Whether the stage copied an npm lockfile before `upTo`, by name or by a glob or whole copy the context fills. */
function copiedLockfile(stage: Stage, upTo: Step, contextNames: Set<string> | null): boolean {
  for (const s of stage.steps) {
    if (s === upTo) return false
    if (s.keyword !== 'COPY' && s.keyword !== 'ADD') continue
    for (const src of copyOperands(s).sources) {
      const base = src.split('/').at(-1) ?? ''
      if (NPM_LOCKFILES.includes(base)) return true
      if (contextNames === null) continue
      const glob = new RegExp(
        `^${base
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`
      )
      const whole = src === '.' || src === './' || src === '*'
      if (NPM_LOCKFILES.some(l => contextNames.has(l) && (whole || (base.includes('*') && glob.test(l)))))
        return true
    }
  }
  return false
}

const npmCi: Check = ({ model, input }) => {
  const names = input.context ? new Set(input.context.entries.map(e => e.path.replace(/\/+$/, ''))) : null
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    for (const step of runs(stage.steps)) {
      const install = findInstalls(step.script).find(
        i =>
          i.manager === 'npm' &&
          i.words[i.rest - 1] !== 'ci' &&
          packageArgs(i).length === 0 &&
          !hasOption(i, '-g', '--global')
      )
      if (install === undefined || !copiedLockfile(stage, step, names)) continue
      const rest = install.words.slice(install.rest).join(' ')
      drafts.push({
        rule: 'BL014',
        ...at(step),
        message: `${quote(step)} on line ${step.line} runs \`${install.words.join(' ')}\` although package-lock.json is copied: it may install other versions than the lockfile.`,
        fix: `Write \`npm ci${rest === '' ? '' : ` ${rest}`}\`.`,
        step
      })
    }
  }
  return drafts
}

const cdFirst: Check = ({ model }) =>
  runs(model.steps).flatMap(step => {
    const m = /^\s*cd\s+(\S+)\s*&&\s*(.+)$/s.exec(step.script.replace(/\\\r?\n/g, ' '))
    if (!m) return []
    const dir = m[1]!.replace(/^["']|["']$/g, '')
    // `cd /tmp/x && ... && rm -rf /tmp/x` is a scratch directory, which WORKDIR would leave behind.
    if (/^\/tmp(\/|$)|^\$|^-$/.test(dir) || step.script.includes(`rm -rf ${dir}`)) return []
    const rest = m[2]!.replace(/\s+/g, ' ').trim()
    return [
      {
        rule: 'BL015',
        ...at(step),
        message: `${quote(step)} on line ${step.line} changes directory with \`cd ${dir}\`, which lasts for this RUN only.`,
        fix: `Write \`WORKDIR ${dir}\` above, and \`RUN ${rest.length > 60 ? `${rest.slice(0, 59)}…` : rest}\` here.`,
        hadolint: 'DL3003',
        step
      }
    ]
  })

function urlOf(words: string[]): string {
  return words.find(w => /^https?:\/\//.test(w)) ?? '<url>'
}

/** Downloads whose output a shell runs: `curl ... | sh`, `sh -c "$(curl ...)"`, `bash <(curl ...)`. */
function pipedToShell(script: string): string[] | null {
  for (const pipeline of pipelines(script)) {
    const download = pipeline.findIndex(c => DOWNLOADERS.has(program(c[0]!)))
    if (download < 0) continue
    if (pipeline.slice(download + 1).some(c => SHELL_PROGRAMS.has(program(c[0]!)))) return pipeline[download]!
  }
  const sub = /\b(?:ba|z|da)?sh\s+(?:-c\s+)?["']?(?:\$\(|<\()\s*((?:curl|wget)\s[^)]*)\)/.exec(script)
  return sub ? sub[1]!.split(/\s+/) : null
}

const curlShell: Check = ({ model }) =>
  runs(model.steps).flatMap(step => {
    const download = pipedToShell(step.script)
    if (download === null) return []
    const url = urlOf(download)
    return [
      {
        rule: 'BL016',
        ...at(step),
        message: `${quote(step)} on line ${step.line} runs the script that \`${program(download[0]!)}\` downloads from ${url === '<url>' ? 'the network' : `\`${url}\``}, unverified.`,
        fix: `Download to a file and check a pinned checksum before running it: \`curl -fsSLo /tmp/install.sh ${url} && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh\`.`,
        step
      }
    ]
  })

const PIPEFAIL = /pipefail/

const downloadPipe: Check = ({ model }) => {
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    let shellHasPipefail = false
    for (const step of stage.steps) {
      if (step.keyword === 'SHELL') shellHasPipefail = PIPEFAIL.test(step.command)
      if (step.keyword !== 'RUN' || shellHasPipefail || PIPEFAIL.test(step.script)) continue
      if (pipedToShell(step.script) !== null) continue // BL016 asks for a file and a checksum, which ends the pipe
      const pipe = pipelines(step.script).find(p => p.length > 1 && DOWNLOADERS.has(program(p[0]![0]!)))
      if (pipe === undefined) continue
      drafts.push({
        rule: 'BL017',
        ...at(step),
        message: `${quote(step)} on line ${step.line} pipes \`${program(pipe[0]![0]!)}\` into \`${pipe[1]![0]}\`: if the download fails, the step still passes.`,
        fix: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` above this RUN (or start the RUN with `set -o pipefail &&` where /bin/sh has it), or download to a file first.',
        hadolint: 'DL4006',
        step
      })
    }
  }
  return drafts
}

/** `1.2.3`, `v1.2.3-rc.1`; `9` or `9.1` are ranges to npm. */
const EXACT_VERSION = /^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/

function npmPinned(spec: string): boolean {
  const at = spec.lastIndexOf('@')
  return at > 0 && EXACT_VERSION.test(spec.slice(at + 1))
}

function isLocal(spec: string): boolean {
  return /^(\.|\/|~|file:|git\+|https?:)/.test(spec) || /\.(whl|tgz|tar\.gz|zip|gem|crate)$/.test(spec)
}

/** The named packages of an install that carry no exact version. */
function unpinnedPackages(install: Install): string[] {
  const named = packageArgs(install).filter(p => !p.includes('$') && !isLocal(p))
  const sub = install.words[install.rest - 1]
  switch (install.manager) {
    case 'npm':
    case 'pnpm':
      return sub === 'ci' ? [] : named.filter(p => !npmPinned(p))
    case 'yarn':
      return sub === 'add' || sub === 'global' || install.words.includes('global')
        ? named.filter(p => !npmPinned(p))
        : []
    case 'pip':
      if (hasOption(install, '-c', '--constraint', '--no-index')) return []
      return named.filter(p => !/===?|@/.test(p) && !/^(\.|-)/.test(p))
    case 'bundler':
      if (program(install.words[0]!) !== 'gem' || hasOption(install, '-v', '--version')) return []
      return named.filter(p => !/:\d/.test(p))
    case 'go':
      return sub === 'install' ? named.filter(p => /@(latest|master|main|HEAD)$/.test(p)) : []
    case 'cargo':
      if (sub !== 'install' || hasOption(install, '--version', '--vers', '--rev', '--tag', '--path'))
        return []
      return named.filter(p => !p.includes('@'))
    default:
      return []
  }
}

const HADOLINT_PIN: Partial<Record<Install['manager'], string>> = {
  npm: 'DL3016',
  yarn: 'DL3016',
  pnpm: 'DL3016',
  pip: 'DL3013',
  bundler: 'DL3028',
  go: 'DL3062'
}

function pinnedForm(install: Install, name: string): string {
  switch (install.manager) {
    case 'pip':
      return `${name}==<version>`
    case 'bundler':
      return `${name} -v <version>`
    case 'go':
      return `${name.replace(/@.*$/, '')}@v<version>`
    case 'cargo':
      return `${name} --version <version> --locked`
    default:
      return `${name}@<version>`
  }
}

const unpinnedPackage: Check = ({ model }) =>
  runs(model.steps).flatMap(step =>
    findInstalls(step.script).flatMap(install => {
      const names = unpinnedPackages(install)
      if (names.length === 0) return []
      const pinned = names.map(n => `\`${pinnedForm(install, n)}\``).join(', ')
      return [
        {
          rule: 'BL023',
          ...at(step),
          message: `${quote(step)} on line ${step.line} installs ${names.map(n => `\`${n}\``).join(', ')} without a version.`,
          fix: `Pin each one: ${pinned} in \`${install.words.slice(0, install.rest).join(' ')} ...\`.`,
          hadolint: HADOLINT_PIN[install.manager],
          step
        }
      ]
    })
  )

const MOVING_BRANCH = /^(main|master|develop|dev|trunk|HEAD|latest|stable|nightly)$/

const gitClone: Check = ({ model }) =>
  runs(model.steps).flatMap(step => {
    const commands = simpleCommands(step.script)
    const checkout = commands.some(
      w =>
        program(w[0]!) === 'git' &&
        w.slice(1).some((x, i, all) => x === 'checkout' || (x === 'reset' && all[i + 1] === '--hard'))
    )
    if (checkout) return []
    return commands.flatMap(words => {
      if (program(words[0]!) !== 'git' || !words.includes('clone')) return []
      const b = words.findIndex(w => w === '-b' || w === '--branch' || w.startsWith('--branch='))
      const ref = b < 0 ? undefined : words[b]!.includes('=') ? words[b]!.split('=')[1] : words[b + 1]
      if (words.some(w => w.startsWith('--revision'))) return []
      // A tag-like ref (`v1.2.3`) or one from a build arg (`$VERSION`) is a deliberate pin.
      if (ref !== undefined && !MOVING_BRANCH.test(ref) && /\d|\$/.test(ref)) return []
      const url = words.find(w => /^(https?|git|ssh):\/\/|^git@/.test(w)) ?? '<url>'
      const dir =
        url
          .replace(/\.git$/, '')
          .split(/[/:]/)
          .at(-1) || 'src'
      return [
        {
          rule: 'BL024',
          ...at(step),
          message: `${quote(step)} on line ${step.line} clones \`${url}\` at ${ref === undefined ? 'its default branch' : `the branch \`${ref}\``}, which moves.`,
          fix: `Pin a commit: \`git clone --depth 1 --branch <tag> ${url} ${dir} && git -C ${dir} checkout <commit-sha>\`, or \`ADD ${url.endsWith('.git') ? url : `${url}.git`}#<commit-sha> /${dir}\`.`,
          step
        }
      ]
    })
  })

function upgradeOf(words: string[]): { what: string; hadolint?: string } | null {
  const prog = program(words[0]!)
  const sub = words.slice(1).find(w => !w.startsWith('-'))
  const args = words.slice(1).filter(w => !w.startsWith('-'))
  if ((prog === 'apt-get' || prog === 'apt') && /^(upgrade|dist-upgrade|full-upgrade)$/.test(sub ?? ''))
    return { what: `${prog} ${sub}`, hadolint: 'DL3005' }
  if (prog === 'apk' && sub === 'upgrade') return { what: 'apk upgrade', hadolint: 'DL3017' }
  if ((prog === 'yum' || prog === 'dnf' || prog === 'microdnf') && /^(update|upgrade)$/.test(sub ?? '')) {
    // `yum update <package>` updates named packages only; without names it upgrades everything.
    if (args.length > 1) return null
    return { what: `${prog} ${sub}`, hadolint: prog === 'yum' ? 'DL3031' : 'DL3039' }
  }
  if (prog === 'zypper' && /^(dist-upgrade|dup|update|up)$/.test(sub ?? ''))
    return { what: `zypper ${sub}`, hadolint: 'DL3035' }
  if (prog === 'rustup' && sub === 'update') return { what: 'rustup update' }
  return null
}

const upgrades: Check = ({ model, input }) =>
  runs(model.steps).flatMap(step => {
    const found = simpleCommands(step.script)
      .map(upgradeOf)
      .filter((u): u is NonNullable<typeof u> => u !== null)
      // From a dated snapshot, an apt upgrade installs the same packages every time.
      .filter(u => !(u.what.startsWith('apt') && SNAPSHOT.test(input.text)))
    const first = found[0]
    if (first === undefined) return []
    return [
      {
        rule: 'BL025',
        ...at(step),
        message: `${quote(step)} on line ${step.line} runs \`${first.what}\`: the image gets whatever is newest on the day of the build.`,
        fix:
          first.what === 'rustup update'
            ? 'Drop `rustup update` and pin the toolchain: `rustup toolchain install 1.<minor>.<patch>` or a `rust-toolchain.toml`, or a `rust:<version>@sha256:<digest>` base.'
            : `Drop \`${first.what}\` from this RUN and take the updates from a newer base image (bump its digest).`,
        hadolint: first.hadolint,
        step
      }
    ]
  })

const APT_LOGS_CLEANED =
  /\brm\s+(-\S+\s+)*[^;&|]*\/var\/log\/(dpkg\.log|\*|apt\b)|\brm\s+(-\S+\s+)*[^;&|]*\/var\/log\/?(\s|$)/

function mountsAt(step: Step, target: string): boolean {
  return step.flags.some(
    f =>
      f.name === 'mount' &&
      f.value !== null &&
      new RegExp(`(target|dst|destination)=${target}(,|$)`).test(f.value)
  )
}

const aptLogs: Check = ({ model }) =>
  finalChain(model)
    .flatMap(stage => runs(stage.steps))
    .filter(step => aptInstalls(step).length > 0)
    .filter(step => !APT_LOGS_CLEANED.test(step.script) && !mountsAt(step, '/var/log'))
    .map(step => ({
      rule: 'BL026',
      ...at(step),
      message: `${quote(step)} on line ${step.line} leaves /var/log/dpkg.log, /var/log/apt and ldconfig's aux-cache in the final image, with the time of the build in them.`,
      step
    }))

const useradd: Check = ({ model }) =>
  runs(model.steps).flatMap(step =>
    simpleCommands(step.script).flatMap(words => {
      if (program(words[0]!) !== 'useradd') return []
      if (words.some(w => w === '-l' || w === '--no-log-init' || /^-[a-zA-Z]*l/.test(w))) return []
      const u = words.findIndex(w => w === '-u' || w === '--uid')
      const uid = u < 0 ? NaN : Number(words[u + 1])
      if (!(uid > 99_999)) return []
      return [
        {
          rule: 'BL028',
          ...at(step),
          message: `${quote(step)} on line ${step.line} adds UID ${uid} without \`-l\`: /var/log/lastlog grows to about ${Math.round((uid * 292) / 1_048_576)} MiB in the layer.`,
          fix: `Write \`useradd -l -u ${uid} ...\`.`,
          hadolint: 'DL3046',
          step
        }
      ]
    })
  )

export const scriptChecks: ReadonlyArray<Check> = [
  aptRecommends,
  npmCi,
  cdFirst,
  curlShell,
  downloadPipe,
  unpinnedPackage,
  gitClone,
  upgrades,
  aptLogs,
  useradd
]
