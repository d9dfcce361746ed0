// The one list of dependency lockfiles, by the tool that writes them.

/**
 * Lockfile names by tool. The cache key hashes these files, and the lab's `edit-lockfile` scenario
 * edits one of them; pip's pinned `requirements*.txt` files count too (see `isLockfile`).
 */
export const LOCKFILES = {
  npm: ['package-lock.json', 'npm-shrinkwrap.json'],
  yarn: ['yarn.lock'],
  pnpm: ['pnpm-lock.yaml'],
  /** bun.lock is text (bun 1.2 and later), bun.lockb is binary. */
  bun: ['bun.lock', 'bun.lockb'],
  poetry: ['poetry.lock'],
  pipenv: ['Pipfile.lock'],
  uv: ['uv.lock'],
  pdm: ['pdm.lock'],
  cargo: ['Cargo.lock'],
  go: ['go.sum'],
  bundler: ['Gemfile.lock'],
  composer: ['composer.lock'],
  nuget: ['packages.lock.json'],
  mix: ['mix.lock'],
  pub: ['pubspec.lock'],
  cocoapods: ['Podfile.lock'],
  gradle: ['gradle.lockfile'],
  nix: ['flake.lock']
} as const satisfies Record<string, readonly string[]>

const NAMES = new Set<string>(Object.values(LOCKFILES).flat())

/** Lockfiles that are not text: an edit that appends whitespace would break them. */
const BINARY = new Set<string>(['bun.lockb'])

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1)
}

/** Whether a file (a name or a `/`-separated path) is a lockfile; pip's `requirements*.txt` count. */
export function isLockfile(file: string): boolean {
  const name = baseName(file)
  return NAMES.has(name) || /^requirements.*\.txt$/.test(name)
}

/** A lockfile whose bytes are text, so trailing whitespace leaves it valid. */
export function isTextLockfile(file: string): boolean {
  return isLockfile(file) && !BINARY.has(baseName(file))
}
