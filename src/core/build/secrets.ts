// BuildKit secrets as buildx takes them (`id=npm,env=NPM_TOKEN`, `id=npm,src=.npmrc`), parsed and validated.
import { BuildLabError } from '../errors.js'

/** A secret the build mounts with `RUN --mount=type=secret,id=<id>`: read by buildx from an env var or a file. */
export interface BuildSecret {
  id: string
  from: 'env' | 'file'
  /** the environment variable's name, or the file's path */
  source: string
}

const ID_PATTERN = /^[A-Za-z0-9_.-]+$/
const ENV_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/

function checkId(id: string, origin: string): string {
  if (!ID_PATTERN.test(id)) {
    throw new BuildLabError(
      `${origin}: secret id ${JSON.stringify(id.slice(0, 64))} is not valid: use letters, digits, "_", "." and "-", as in id=npm`
    )
  }
  return id
}

function checkEnv(name: string, origin: string): string {
  if (!ENV_PATTERN.test(name)) {
    throw new BuildLabError(
      `${origin}: ${JSON.stringify(name.slice(0, 64))} is not an environment variable name: write env=NPM_TOKEN`
    )
  }
  return name
}

function checkPath(file: string, origin: string): string {
  if (file === '' || /[\r\n]/.test(file)) {
    throw new BuildLabError(`${origin}: the secret's file path is empty or holds a line break`)
  }
  return file
}

/**
 * One `--secret` value as buildx takes it: `id=X,env=VAR`, `id=X,src=FILE` (also `source=`, and `type=env|file`).
 * buildx's shorthand `id=X` alone (an env var or file named X) is spelled out instead, so the source is never a guess.
 */
export function parseSecretFlag(value: string, origin = '--secret'): BuildSecret {
  const fields = new Map<string, string>()
  for (const field of value.split(',')) {
    const eq = field.indexOf('=')
    const key = (eq === -1 ? field : field.slice(0, eq)).trim()
    if (eq === -1 || !['id', 'env', 'src', 'source', 'type'].includes(key)) {
      throw new BuildLabError(
        `${origin} ${JSON.stringify(value.slice(0, 80))}: expected id=NAME,env=VAR or id=NAME,src=FILE (got ${JSON.stringify(field.slice(0, 40))})`
      )
    }
    fields.set(key === 'source' ? 'src' : key, field.slice(eq + 1))
  }
  const id = fields.get('id')
  if (id === undefined) throw new BuildLabError(`${origin} needs id=NAME, as in id=npm,env=NPM_TOKEN`)
  const type = fields.get('type')
  const env = fields.get('env')
  const src = fields.get('src')
  if (type !== undefined && type !== 'env' && type !== 'file') {
    throw new BuildLabError(`${origin}: type must be env or file (got ${JSON.stringify(type.slice(0, 40))})`)
  }
  if ((env === undefined) === (src === undefined)) {
    throw new BuildLabError(
      `${origin} id=${checkId(id, origin)}: give exactly one source, env=VAR or src=FILE`
    )
  }
  if (env !== undefined) {
    if (type === 'file') throw new BuildLabError(`${origin} id=${id}: type=file takes src=FILE, not env=`)
    return { id: checkId(id, origin), from: 'env', source: checkEnv(env, origin) }
  }
  if (type === 'env') throw new BuildLabError(`${origin} id=${id}: type=env takes env=VAR, not src=`)
  return { id: checkId(id, origin), from: 'file', source: checkPath(src ?? '', origin) }
}

/** `id=rest` lines of an action input (blank lines and `#` comments skipped), split at the first `=`. */
export function parseIdLines(input: string, origin: string): { id: string; rest: string }[] {
  const out: { id: string; rest: string }[] = []
  input.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const eq = line.indexOf('=')
    if (eq <= 0) {
      throw new BuildLabError(`${origin} line ${i + 1} has no "=": write it as id=...`)
    }
    out.push({ id: checkId(line.slice(0, eq).trim(), `${origin} line ${i + 1}`), rest: line.slice(eq + 1) })
  })
  return out
}

/** The action's `secret-envs` (`id=ENV`) and `secret-files` (`id=path`) inputs. */
export function parseSecretInputs(envs: string, files: string): BuildSecret[] {
  return [
    ...parseIdLines(envs, 'input secret-envs').map(({ id, rest }): BuildSecret => ({
      id,
      from: 'env',
      source: checkEnv(rest.trim(), 'input secret-envs')
    })),
    ...parseIdLines(files, 'input secret-files').map(({ id, rest }): BuildSecret => ({
      id,
      from: 'file',
      source: checkPath(rest.trim(), 'input secret-files')
    }))
  ]
}

/** Rejects two secrets with one id, which buildx would silently resolve to one of them. */
export function checkUniqueSecretIds(ids: readonly string[]): void {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) throw new BuildLabError(`secret id ${id} is given twice: give each secret one source`)
    seen.add(id)
  }
}
