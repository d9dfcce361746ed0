// RUN --mount=type=cache flags read from a Dockerfile, and the helper Dockerfiles that seed and dump those caches.
import { readDockerfile } from '../dockerfile/reader.js'
import type { CacheKeys } from './key.js'
import { isRecord } from '../json.js'

export type Sharing = 'shared' | 'private' | 'locked'

/** One `--mount=type=cache` flag of a RUN instruction, as written. */
export interface CacheMount {
  /** The cache's name: the `id` field, else the target (BuildKit's default). */
  id: string
  target: string
  sharing: Sharing
  /** null when the flag does not set it: a set uid, gid or mode makes a different cache. */
  uid: number | null
  gid: number | null
  mode: number | null
  /** `from=` stage or image the cache is seeded from, null when none. */
  from: string | null
  source: string | null
  /** 1-based line of the RUN instruction. */
  line: number
}

/** A flag that could not be read, with the reason. */
export interface SkippedMount {
  line: number
  flag: string
  reason: string
}

export interface ParsedMounts {
  mounts: CacheMount[]
  skipped: SkippedMount[]
}

/**
 * The caches the helper builds can reach. BuildKit names a cache mount by its id and, when any
 * of uid, gid or mode is set, by the directory those create; a `from=` mount hangs off the
 * stage it names, which a helper build cannot reproduce.
 */
export interface MountIdentity {
  id: string
  uid: number | null
  gid: number | null
  mode: number | null
}

/** One cache in a saved entry: the identity and the tar that holds its files. */
export interface SavedMount extends MountIdentity {
  file: string
}

export interface MountManifest {
  version: 1
  mounts: SavedMount[]
}

export const MOUNT_MANIFEST_FILE = 'mounts.json'
export const NONCE_ARG = 'BUILD_LAB_NONCE'
/** The frontend's cache id namespace: the helper builds must see the same one as the user's build. */
export const NAMESPACE_ARG = 'BUILDKIT_CACHE_MOUNT_NS'

/**
 * Every `--mount=type=cache` flag on a RUN instruction, as the Dockerfile reader finds them (so
 * continuations, the `# escape=` directive, comments and heredoc bodies are handled). Flags whose
 * id or target uses a variable, or that are malformed, are reported as skipped.
 */
export function parseCacheMounts(dockerfile: string): ParsedMounts {
  const mounts: CacheMount[] = []
  const skipped: SkippedMount[] = []
  for (const instruction of readDockerfile(dockerfile).instructions) {
    if (instruction.keyword !== 'RUN') continue
    for (const { name, value } of instruction.flags) {
      if (name !== 'mount' || value === null) continue
      const parsed = parseMountValue(value, instruction.line)
      if (parsed === null) continue
      if ('reason' in parsed)
        skipped.push({ line: instruction.line, flag: `--mount=${value}`, reason: parsed.reason })
      else mounts.push(parsed)
    }
  }
  return { mounts, skipped }
}

/** The distinct caches a helper can seed and dump, in Dockerfile order, and the ones it cannot. */
export function restorableMounts(mounts: readonly CacheMount[]): {
  restorable: MountIdentity[]
  skipped: { mount: CacheMount; reason: string }[]
} {
  const restorable: MountIdentity[] = []
  const skipped: { mount: CacheMount; reason: string }[] = []
  const seen = new Set<string>()
  for (const mount of mounts) {
    if (mount.from !== null) {
      skipped.push({
        mount,
        reason: `it is seeded from ${mount.from}, which a helper build cannot reproduce`
      })
      continue
    }
    const identity = { id: mount.id, uid: mount.uid, gid: mount.gid, mode: mount.mode }
    const key = identityKey(identity)
    if (seen.has(key)) continue
    seen.add(key)
    restorable.push(identity)
  }
  return { restorable, skipped }
}

export function identityKey(identity: MountIdentity): string {
  return JSON.stringify([identity.id, identity.uid, identity.gid, identity.mode])
}

/** `id=/root/.npm` or `id=npm,uid=1000`: for logs. */
export function describeMount(identity: MountIdentity): string {
  const fields = [`id=${identity.id}`]
  if (identity.uid !== null) fields.push(`uid=${identity.uid}`)
  if (identity.gid !== null) fields.push(`gid=${identity.gid}`)
  if (identity.mode !== null) fields.push(`mode=${octal(identity.mode)}`)
  return fields.join(',')
}

/**
 * Keys for the saved mounts: the lock-level key of the BuildKit cache (`computeCacheKeys` without
 * the sources digest) plus `-mounts`, since what a package manager caches follows the lockfiles,
 * not the sources. Restore keys fall back to the same Dockerfile, then to any. They are prefixes
 * that also match BuildKit cache entries, but @actions/cache versions an entry by its paths, so
 * only entries saved from the mounts directory can match.
 */
export function mountCacheKeys(lockLevel: CacheKeys): CacheKeys {
  return { primary: `${lockLevel.primary}-mounts`, restoreKeys: lockLevel.restoreKeys }
}

/**
 * Seeds each cache from `/src/<file>` (the build context is the restored directory). tar keeps
 * owners, modes and links, which the context transfer would reset. The nonce keeps the daemon
 * from answering the step from its own cache.
 */
export function injectDockerfile(helperImage: string, mounts: readonly SavedMount[]): string {
  const flags = mounts.map((m, n) => `--mount=${cacheMountValue(m, n)}`)
  const commands = mounts.map((m, n) => `tar -xpf /src/${m.file} -C /cache-${n}`)
  return helperDockerfile(helperImage, ['--mount=type=bind,source=.,target=/src', ...flags], commands) + '\n'
}

/**
 * Dumps each non-empty cache to `/<n>.tar` of a scratch stage, for `--output type=local`.
 * An empty cache (never written, or in a stage the target does not build) leaves no file.
 */
export function extractDockerfile(helperImage: string, mounts: readonly MountIdentity[]): string {
  const flags = mounts.map((m, n) => `--mount=${cacheMountValue(m, n)}`)
  const commands = [
    'mkdir -p /out',
    ...mounts.map(
      (_, n) => `if [ -n "$(ls -A /cache-${n})" ]; then tar -cf /out/${n}.tar -C /cache-${n} .; fi`
    )
  ]
  return [
    helperDockerfile(helperImage, flags, commands, 'AS extract'),
    'FROM scratch',
    'COPY --from=extract /out/ /',
    ''
  ].join('\n')
}

/** The tar name of the n-th extracted cache. */
export function mountFile(n: number): string {
  return `${n}.tar`
}

export function renderManifest(mounts: readonly SavedMount[]): string {
  const manifest: MountManifest = { version: 1, mounts: [...mounts] }
  return JSON.stringify(manifest, null, 2) + '\n'
}

/** The manifest of a restored entry; throws on anything malformed (the entry is then unused). */
export function parseManifest(text: string): MountManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Error(`${MOUNT_MANIFEST_FILE} is not valid JSON`)
  }
  if (!isRecord(value) || value['version'] !== 1 || !Array.isArray(value['mounts'])) {
    throw new Error(`${MOUNT_MANIFEST_FILE} is not a version 1 manifest`)
  }
  const mounts = value['mounts'].map((item: unknown): SavedMount => {
    if (
      !isRecord(item) ||
      typeof item['id'] !== 'string' ||
      typeof item['file'] !== 'string' ||
      !/^[0-9]+\.tar$/.test(item['file']) ||
      !isIdNumber(item['uid']) ||
      !isIdNumber(item['gid']) ||
      !isIdNumber(item['mode'])
    ) {
      throw new Error(`${MOUNT_MANIFEST_FILE} has a malformed entry ${JSON.stringify(item)}`)
    }
    return { id: item['id'], uid: item['uid'], gid: item['gid'], mode: item['mode'], file: item['file'] }
  })
  return { version: 1, mounts }
}

function helperDockerfile(image: string, flags: string[], commands: string[], stage = ''): string {
  return [
    '# Generated by build-lab: moves RUN --mount=type=cache contents in or out of the builder.',
    `FROM ${image}${stage === '' ? '' : ` ${stage}`}`,
    `ARG ${NONCE_ARG}`,
    `RUN ${[...flags, `: "$${NONCE_ARG}" && ${commands.join(' && ')}`].join(' \\\n    ')}`
  ].join('\n')
}

/** `sharing=locked` so that two helpers never write one cache at once; the id and perms as the user's. */
function cacheMountValue(identity: MountIdentity, n: number): string {
  const fields = ['type=cache', `id=${identity.id}`, `target=/cache-${n}`, 'sharing=locked']
  if (identity.uid !== null) fields.push(`uid=${identity.uid}`)
  if (identity.gid !== null) fields.push(`gid=${identity.gid}`)
  if (identity.mode !== null) fields.push(`mode=${octal(identity.mode)}`)
  return fields.map(csvField).join(',')
}

function csvField(field: string): string {
  return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

function octal(mode: number): string {
  return `0${mode.toString(8)}`
}

/** null: a mount of another type; `{reason}`: a cache mount this cannot use. */
function parseMountValue(value: string, line: number): CacheMount | { reason: string } | null {
  const fields = csvFields(unquoteWhole(value))
  if (fields === null) return { reason: 'unbalanced quotes' }
  const options = new Map<string, string>()
  for (const field of fields) {
    const eq = field.indexOf('=')
    const key = (eq === -1 ? field : field.slice(0, eq)).trim().toLowerCase()
    options.set(key, eq === -1 ? 'true' : field.slice(eq + 1))
  }
  if ((options.get('type') ?? 'bind').toLowerCase() !== 'cache') return null
  const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? ''
  if (target === '') return { reason: 'no target' }
  const id = options.get('id') || target
  if (/[$\s"']/.test(id) || /[$]/.test(target)) {
    return { reason: 'its id or target uses a variable, quotes or spaces' }
  }
  const sharing = (options.get('sharing') ?? 'shared').toLowerCase()
  if (sharing !== 'shared' && sharing !== 'private' && sharing !== 'locked') {
    return { reason: `unknown sharing ${JSON.stringify(sharing)}` }
  }
  const uid = parseId(options.get('uid'), 10)
  const gid = parseId(options.get('gid'), 10)
  const mode = parseId(options.get('mode'), 8)
  if (uid === undefined || gid === undefined || mode === undefined) {
    return { reason: 'uid, gid or mode is not a number' }
  }
  return {
    id,
    target,
    sharing,
    uid,
    gid,
    mode,
    from: options.get('from') ?? null,
    source: options.get('source') ?? options.get('src') ?? null,
    line
  }
}

/** `"type=cache,target=/x"` quoted as a whole word. */
function unquoteWhole(value: string): string {
  const m = /^(["'])(.*)\1$/s.exec(value)
  return m === null ? value : (m[2] ?? '')
}

/** One CSV record (the format BuildKit reads mount values in); null on an unclosed quote. */
function csvFields(value: string): string[] | null {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? ''
    if (quoted) {
      if (c === '"' && value[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      fields.push(field)
      field = ''
    } else field += c
  }
  if (quoted) return null
  fields.push(field)
  return fields.filter(f => f.trim() !== '')
}

/** null when absent, undefined when not a number. */
function parseId(raw: string | undefined, radix: 8 | 10): number | null | undefined {
  if (raw === undefined) return null
  const pattern = radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/
  if (!pattern.test(raw.trim())) return undefined
  return parseInt(raw.trim(), radix)
}

function isIdNumber(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0)
}
