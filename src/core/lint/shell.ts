// Reads RUN shell text: splits it into simple commands and recognises package installs and clock/randomness.

/** Words that may stand before the real command of a simple command. */
const PREFIXES = new Set([
  'sudo',
  'env',
  'time',
  'exec',
  'nohup',
  'command',
  'then',
  'do',
  'else',
  'if',
  'elif',
  'while',
  'until',
  '!',
  '{',
  'xargs'
])

function unquote(word: string): string {
  return word.replace(/^['"]+|['"]+$/g, '')
}

/**
 * Splits shell text into simple commands, each a list of words with its prefixes
 * (`sudo`, `VAR=value`, `then`, ...) removed. It is a heuristic, not a shell parser: good
 * enough to find `npm ci` in `cd app && NODE_ENV=x npm ci || exit 1`, or `date` in `$(date)`.
 */
export function simpleCommands(script: string): string[][] {
  const joined = script.replace(/\\\r?\n/g, ' ')
  const commands: string[][] = []
  for (const part of joined.split(/&&|\|\||[;|\n()`{}]|\$\(/)) {
    const words = part
      .trim()
      .split(/\s+/)
      .map(unquote)
      .filter(w => w !== '')
    while (words.length > 0 && (PREFIXES.has(words[0]!) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!))) {
      words.shift()
    }
    if (words.length > 0) commands.push(words)
  }
  return commands
}

export function program(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1)
}

/** The first word after the program that is not an option. */
function subcommand(words: string[], from = 1): { word: string | undefined; index: number } {
  for (let i = from; i < words.length; i++) {
    if (!words[i]!.startsWith('-')) return { word: words[i], index: i }
  }
  return { word: undefined, index: words.length }
}

export type Manager =
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'pip'
  | 'uv'
  | 'poetry'
  | 'apt'
  | 'apk'
  | 'dnf'
  | 'go'
  | 'cargo'
  | 'bundler'
  | 'composer'
  | 'maven'
  | 'gradle'

export interface Install {
  manager: Manager
  /** The words of the command, program first. */
  words: string[]
  /** Index of the first word after the subcommand (where packages or options start). */
  rest: number
}

function is(words: string[], set: readonly string[], from = 1): { ok: boolean; index: number } {
  const sub = subcommand(words, from)
  return { ok: sub.word !== undefined && set.includes(sub.word), index: sub.index + 1 }
}

const MAVEN_GOALS = new Set([
  'compile',
  'test',
  'package',
  'verify',
  'install',
  'deploy',
  'spring-boot:repackage'
])
const GRADLE_TASKS =
  /^(:?[\w-]+:)*(build|assemble|classes|jar|bootJar|shadowJar|installDist|dependencies|test|check|nativeCompile)$/

function installOf(words: string[]): Install | null {
  const prog = program(words[0]!)
  const hit = (manager: Manager, rest: number): Install => ({ manager, words, rest })
  if (prog === 'npm') {
    const r = is(words, ['ci', 'install', 'i', 'add', 'isntall', 'in'])
    return r.ok ? hit('npm', r.index) : null
  }
  if (prog === 'yarn') {
    const sub = subcommand(words)
    if (sub.word === undefined || sub.word === 'install') return hit('yarn', sub.index + 1)
    if (sub.word === 'add') return hit('yarn', sub.index + 1)
    if (sub.word === 'global' && words[sub.index + 1] === 'add') return hit('yarn', sub.index + 2)
    return null
  }
  if (prog === 'pnpm') {
    const r = is(words, ['install', 'i', 'add', 'fetch'])
    return r.ok ? hit('pnpm', r.index) : null
  }
  if (/^pip[\d.]*$/.test(prog)) {
    const r = is(words, ['install'])
    return r.ok ? hit('pip', r.index) : null
  }
  if (/^python[\d.]*$/.test(prog)) {
    const m = words.indexOf('-m')
    if (m > 0 && /^pip[\d.]*$/.test(words[m + 1] ?? '')) {
      const r = is(words, ['install'], m + 2)
      return r.ok ? hit('pip', r.index) : null
    }
    return null
  }
  if (prog === 'uv') {
    const sub = subcommand(words)
    if (sub.word === 'sync') return hit('uv', sub.index + 1)
    if (sub.word === 'pip' && words[sub.index + 1] === 'install') return hit('uv', sub.index + 2)
    return null
  }
  if (prog === 'poetry' || prog === 'pipenv') {
    const r = is(words, ['install', 'sync'])
    return r.ok ? hit('poetry', r.index) : null
  }
  if (prog === 'apt-get' || prog === 'apt' || prog === 'aptitude') {
    const r = is(words, ['install', 'upgrade', 'dist-upgrade', 'full-upgrade'])
    return r.ok ? hit('apt', r.index) : null
  }
  if (prog === 'apk') {
    const r = is(words, ['add'])
    return r.ok ? hit('apk', r.index) : null
  }
  if (prog === 'dnf' || prog === 'yum' || prog === 'microdnf' || prog === 'tdnf') {
    const r = is(words, ['install', 'update', 'upgrade'])
    return r.ok ? hit('dnf', r.index) : null
  }
  if (prog === 'go') {
    const sub = subcommand(words)
    if (sub.word === 'mod' && words[sub.index + 1] === 'download') return hit('go', sub.index + 2)
    if (sub.word === 'build' || sub.word === 'install' || sub.word === 'get') return hit('go', sub.index + 1)
    return null
  }
  if (prog === 'cargo') {
    const r = is(words, ['build', 'install', 'fetch'])
    return r.ok ? hit('cargo', r.index) : null
  }
  if (prog === 'bundle' || prog === 'gem') {
    const r = is(words, ['install'])
    return r.ok ? hit('bundler', r.index) : null
  }
  if (prog === 'composer') {
    const r = is(words, ['install', 'require', 'update'])
    return r.ok ? hit('composer', r.index) : null
  }
  if (prog === 'mvn' || prog === 'mvnw') {
    // Any goal or phase that resolves dependencies: package, install, verify, dependency:go-offline, ...
    const goals = words.slice(1).filter(w => !w.startsWith('-') && !/^-D/.test(w))
    const resolves = goals.some(g => MAVEN_GOALS.has(g) || g.startsWith('dependency:'))
    return resolves ? hit('maven', words.length) : null
  }
  if (prog === 'gradle' || prog === 'gradlew') {
    const tasks = words.slice(1).filter(w => !w.startsWith('-'))
    return tasks.some(t => GRADLE_TASKS.test(t)) ? hit('gradle', words.length) : null
  }
  return null
}

/** Every package-manager install in the script, in order. */
export function findInstalls(script: string): Install[] {
  return simpleCommands(script)
    .map(installOf)
    .filter((i): i is Install => i !== null)
}

/** The cache mount(s) that fit each manager, as a RUN flag ready to paste. */
export const CACHE_MOUNT: Record<Manager, string> = {
  npm: '--mount=type=cache,target=/root/.npm',
  yarn: '--mount=type=cache,target=/usr/local/share/.cache/yarn',
  pnpm: '--mount=type=cache,target=/root/.local/share/pnpm/store',
  pip: '--mount=type=cache,target=/root/.cache/pip',
  uv: '--mount=type=cache,target=/root/.cache/uv',
  poetry: '--mount=type=cache,target=/root/.cache/pypoetry',
  apt: '--mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked',
  apk: '--mount=type=cache,target=/etc/apk/cache',
  dnf: '--mount=type=cache,target=/var/cache/dnf,sharing=locked',
  go: '--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build',
  cargo: '--mount=type=cache,target=/usr/local/cargo/registry',
  bundler: '--mount=type=cache,target=/usr/local/bundle/cache',
  composer: '--mount=type=cache,target=/root/.composer/cache',
  maven: '--mount=type=cache,target=/root/.m2',
  gradle: '--mount=type=cache,target=/root/.gradle'
}

/** Extra advice for managers whose own defaults defeat a cache mount. */
export const CACHE_MOUNT_NOTE: Partial<Record<Manager, string>> = {
  apt: ' and `rm -f /etc/apt/apt.conf.d/docker-clean` first (Debian images delete downloaded packages otherwise)',
  apk: ' and drop `--no-cache`',
  pip: ' and drop `--no-cache-dir`'
}

const DATE_IS_FIXED = /^(-d|--date|-r|--reference|-f|--file)(=|$)|^-d@|SOURCE_DATE_EPOCH/

/** What in the script reads the clock or a random source, one short label each (empty: nothing). */
export function clockOrRandomness(script: string): string[] {
  const found = new Set<string>()
  for (const words of simpleCommands(script)) {
    const prog = program(words[0]!)
    if (prog === 'date' && !words.slice(1).some(w => DATE_IS_FIXED.test(w))) found.add('`date`')
    if (prog === 'uuidgen') found.add('`uuidgen`')
    if (prog === 'openssl' && words[1] === 'rand') found.add('`openssl rand`')
  }
  if (/\$\{?RANDOM\b/.test(script)) found.add('`$RANDOM`')
  if (/\/dev\/urandom\b/.test(script)) found.add('`/dev/urandom`')
  if (/\/dev\/random\b/.test(script)) found.add('`/dev/random`')
  if (/\/proc\/sys\/kernel\/random\/uuid\b/.test(script)) found.add('`/proc/sys/kernel/random/uuid`')
  return [...found]
}

/** Whether the script references `$NAME` or `${NAME...}`. */
export function usesVariable(script: string, name: string): boolean {
  const escaped = name.replace(/[^A-Za-z0-9_]/g, '')
  return new RegExp(`\\$(\\{${escaped}[:}#%/+?=-]|${escaped}(?![A-Za-z0-9_]))`).test(script)
}

/** Options that take a value, per manager, so that the value is not read as a package name. */
const VALUE_OPTIONS: Partial<Record<Manager, ReadonlySet<string>>> = {
  pip: new Set(
    '-r --requirement -c --constraint -e --editable -i --index-url --extra-index-url -f --find-links -t --target --prefix --root --platform --python-version --implementation --abi --src --upgrade-strategy --trusted-host --cache-dir --log --proxy --retries --timeout --python --report --only-binary --no-binary'.split(
      ' '
    )
  ),
  npm: new Set(
    '--prefix --registry --cache --omit --include --workspace -w --userconfig --loglevel --tag --before'.split(
      ' '
    )
  ),
  yarn: new Set(['--registry', '--cwd', '--prefix', '--cache-folder', '--network-timeout']),
  pnpm: new Set(['--registry', '--filter', '-F', '--dir', '-C', '--store-dir']),
  bundler: new Set('-v --version -i --install-dir -n --bindir --source -s --platform --file -g'.split(' ')),
  go: new Set(['-ldflags', '-tags', '-o', '-mod', '-gcflags', '-p', '-modfile']),
  cargo: new Set(
    '--version --vers --git --branch --tag --rev --path --root --target --features -F --bin --example --index --registry --profile -j --jobs --target-dir --config'.split(
      ' '
    )
  )
}

/** The words after the subcommand that name packages (or paths): options and their values left out. */
export function packageArgs(install: Install): string[] {
  const valued = VALUE_OPTIONS[install.manager]
  const out: string[] = []
  const words = install.words
  for (let i = install.rest; i < words.length; i++) {
    const w = words[i]!
    if (w.startsWith('-')) {
      if (valued?.has(w)) i++
      continue
    }
    out.push(w)
  }
  return out
}

/** Whether an option (`-g`, `--global`, `-r`, `--requirement=x`) is among the words after the program. */
export function hasOption(install: Install, ...names: string[]): boolean {
  return install.words.slice(1).some(w => names.some(n => w === n || w.startsWith(`${n}=`)))
}

/**
 * Pipelines of the script: each a list of simple commands joined by `|`. A heuristic like
 * `simpleCommands`: `curl -fsSL x | sh` gives [[curl, -fsSL, x], [sh]].
 */
export function pipelines(script: string): string[][][] {
  const joined = script.replace(/\\\r?\n/g, ' ')
  const out: string[][][] = []
  for (const part of joined.split(/&&|\|\||[;\n]/)) {
    const commands = part
      .split('|')
      .map(c => simpleCommands(c)[0])
      .filter((c): c is string[] => c !== undefined)
    if (commands.length > 0) out.push(commands)
  }
  return out
}

export const DOWNLOADERS = new Set(['curl', 'wget', 'fetch'])
export const SHELL_PROGRAMS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh'])
