// The catalogue of known nondeterminism sources: which tool owns a differing file, why it differs, and the fix.
import { CAUSE_HINTS } from './cause.js'
import type { DockerfileEdit } from './fix-patch.js'
import type { ArchiveDiff, Cause, Change } from './types.js'

/** What a recogniser sees of one differing file. */
export interface Candidate {
  path: string
  changes: Change[]
  /** The cause the content classifier gave. */
  cause: Cause
  /** The instruction of the layer, when known. */
  instruction?: string
  /** The first bytes of each side (absent for a side where the file does not exist). */
  a?: Uint8Array
  b?: Uint8Array
  /** What a look inside found, when the file is an archive. */
  archive?: ArchiveDiff
}

/** Where the fix goes: the step's instruction and its Dockerfile line. */
export interface FixContext {
  /** "Dockerfile:4", or "the step that made layer 3" when the line is unknown. */
  where: string
  instruction?: string
  /** The first path-pattern match of the finding (e.g. "root/.npm"), for fixes that name the directory. */
  prefix?: string
  /** Example paths of the finding, most useful first. */
  paths: string[]
  /** Paths the joined entries ask to remove in the same step. */
  remove: string[]
}

export interface CatalogueEntry {
  /** Stable id, shown in reports and JSON (diff.findings[].id). */
  id: string
  /** The tool or subsystem that writes the files. */
  owner: string
  /** What is in the image, in one line. */
  title: string
  /** The cause class reported for the files; null keeps the content classifier's. */
  cause: Cause | null
  explanation: string
  /** Path patterns, relative to the image root. Group 1, when present, is the directory the fix names. */
  paths?: RegExp[]
  /**
   * A content or shape signature; returns evidence when it matches. Without `paths` it is the
   * recogniser; with them it adds evidence, and with `both` it must match too.
   */
  signature?: (c: Candidate) => string | undefined
  /** True when a path match also needs the signature. */
  both?: boolean
  /** Lower is clearer evidence: the files shown first for this entry. */
  weights?: Array<[RegExp, number]>
  /** Paths (absolute, shell globs) the fix removes in the same step. */
  remove?: string[]
  /** Another entry this one folds into when both are found in the same step (ldconfig's cache into apt's). */
  joins?: string
  fix: (ctx: FixContext) => string
  /** The fix as a Dockerfile edit, when it is one. */
  edit?: (ctx: FixContext) => DockerfileEdit | undefined
}

const q = (s: string): string => `\`${s}\``

function removeCommand(ctx: FixContext, paths: string[]): string {
  return `&& rm -rf ${[...new Set([...paths, ...ctx.remove])].join(' ')}`
}

/** "append `&& rm -rf X` to Dockerfile:2" */
function appendRemove(ctx: FixContext, paths: string[]): string {
  return `append ${q(removeCommand(ctx, paths))} to ${ctx.where}`
}

const appendEdit =
  (paths: (ctx: FixContext) => string[]) =>
  (ctx: FixContext): DockerfileEdit => ({ kind: 'append', text: removeCommand(ctx, paths(ctx)) })

const mountEdit =
  (target: (ctx: FixContext) => string) =>
  (ctx: FixContext): DockerfileEdit => ({
    kind: 'replace',
    pattern: /^(\s*RUN)\s+/i,
    with: `$1 --mount=type=cache,target=${target(ctx)} `
  })

const ARG_EDIT = (): DockerfileEdit => ({ kind: 'before', text: 'ARG SOURCE_DATE_EPOCH' })

/** The instruction with a cache mount added after RUN, or a generic form when the step is not a RUN. */
function withCacheMount(ctx: FixContext, target: string, fallback: string): string {
  const m = /^RUN\s+(.*)$/s.exec(ctx.instruction ?? '')
  const rest = m !== null ? m[1]! : fallback
  return q(`RUN --mount=type=cache,target=${target} ${rest}`)
}

function isAddedOrRemoved(c: Candidate): boolean {
  return c.changes.includes('added') || c.changes.includes('removed')
}

const text = (b: Uint8Array | undefined): string =>
  b === undefined ? '' : Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 65536)).toString('latin1')

/**
 * A file in one run's COPY layer only. A name that reads as random or dated, or a COPY --from a
 * stage, points to the source producing other files, not to the layering.
 */
function copiedAgain(c: Candidate): string | undefined {
  const instruction = c.instruction ?? ''
  if (!isAddedOrRemoved(c) || !/^(COPY|ADD)\s/i.test(instruction)) return undefined
  if (/\s--(link|from)\b/.test(instruction) || c.cause === 'random' || c.cause === 'clock') return undefined
  const keyword = instruction.split(' ')[0]!.toUpperCase()
  return `only in the ${c.changes.includes('added') ? 'clean' : 'warm'} build's ${keyword} layer`
}

/** The shadow(5) line whose third field (days since 1970 of the last password change) differs. */
function shadowDays(c: Candidate): string | undefined {
  const days = (s: string): Map<string, string> =>
    new Map(
      s
        .split('\n')
        .map(l => l.split(':'))
        .filter(f => f.length >= 3)
        .map(f => [f[0]!, f[2]!])
    )
  const a = days(text(c.a))
  const b = days(text(c.b))
  for (const [user, d] of b) {
    const before = a.get(user)
    if (before !== undefined && before !== d && /^\d*$/.test(d) && /^\d*$/.test(before)) {
      return `${user}: last change day ${before || '(empty)'} → ${d || '(empty)'}`
    }
  }
  return undefined
}

/** A Go binary: an ELF whose notes hold the Go build ID, or whose first bytes hold the build info magic. */
function goBinary(c: Candidate): string | undefined {
  const b = c.b ?? c.a
  if (b === undefined || b.length < 64 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46) {
    return undefined
  }
  const s = text(b)
  // The ELF note Go writes first: namesz 4, any descsz, type 4, name "Go\0\0"; or the build info magic.
  if (GO_NOTE.test(s) || s.includes('\xff Go buildinf:')) {
    const vcs = /vcs\.(revision|time|modified)=[^\n\0]*/.exec(s)
    return vcs !== null ? `Go binary (${vcs[0]})` : 'Go binary: its build ID differs'
  }
  return undefined
}

// eslint-disable-next-line no-control-regex -- the note header is binary
const GO_NOTE = /\x04\x00\x00\x00[\s\S]\x00\x00\x00\x04\x00\x00\x00Go\x00\x00/

/** A content-hashed bundle name (main.3f9a1c2b.js) on one side only. */
function hashedAsset(c: Candidate): string | undefined {
  if (!isAddedOrRemoved(c)) return undefined
  const m = /(?:^|\/)[^/]+[.-]([0-9a-f]{8,}|[A-Za-z0-9_-]{8,}(?=\.))\.(m?js|cjs|css)(\.map)?$/.exec(c.path)
  if (m === null || !/\d/.test(m[1]!)) return undefined
  return `content-hashed name ${m[1]}`
}

function pycHeader(c: Candidate): string | undefined {
  const a = c.a
  const b = c.b
  if (a === undefined || b === undefined || a.length < 16 || b.length < 16) return undefined
  if (a[2] !== 0x0d || a[3] !== 0x0a) return undefined
  const flags = Buffer.from(b.buffer, b.byteOffset + 4, 4).readUInt32LE(0)
  if (flags !== 0) return `hash-based .pyc (flags ${flags}) whose bytes differ`
  const ta = Buffer.from(a.buffer, a.byteOffset + 8, 4).readUInt32LE(0)
  const tb = Buffer.from(b.buffer, b.byteOffset + 8, 4).readUInt32LE(0)
  if (ta === tb) return undefined
  const iso = (t: number): string => new Date(t * 1000).toISOString().replace('.000Z', 'Z')
  return `source mtime in the .pyc header ${iso(ta)} → ${iso(tb)}`
}

function gzipHeader(c: Candidate): string | undefined {
  const g = c.archive
  if (g === undefined || (g.format !== 'gzip' && g.format !== 'tar.gz')) return undefined
  if (g.header.length === 0) return undefined
  if (g.members.length > 0 && g.format === 'tar.gz') return undefined
  return g.header.map(f => `${f.field} ${f.a ?? '(none)'} → ${f.b ?? '(none)'}`).join('; ')
}

function archiveMembers(formats: string[]): (c: Candidate) => string | undefined {
  return c => {
    const g = c.archive
    if (g === undefined || !formats.includes(g.format) || g.members.length === 0) return undefined
    return summarizeMembers(g)
  }
}

/** "app/VERSION: mtime; app/run.sh: mtime, order" for the first few members. */
export function summarizeMembers(g: ArchiveDiff, max = 3): string {
  const shown = g.members.slice(0, max).map(m => `${m.path}: ${m.changes.join(', ')}`)
  const rest = g.members.length + g.truncated - shown.length
  return `${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`
}

const APT_REMOVE = [
  '/var/lib/apt/lists/*',
  '/var/cache/apt/*.bin',
  '/var/cache/apt/archives/*.deb',
  '/var/log/apt',
  '/var/log/dpkg.log',
  '/var/log/alternatives.log',
  '/var/cache/debconf/*-old',
  '/var/lib/dpkg/*-old'
]

const TAR_FLAGS = '--sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner'

/** Specific entries, tried in order; the generic classes come after them. */
export const CATALOGUE: CatalogueEntry[] = [
  {
    id: 'apt-state',
    edit: appendEdit(() => APT_REMOVE),
    owner: 'apt',
    title: "apt's package lists, caches and logs are left in the image",
    cause: 'leftover',
    explanation:
      'apt-get update writes the package lists and binary caches (pkgcache.bin, srcpkgcache.bin) with the download time inside; apt and dpkg append to logs with the time of each action; debconf and dpkg keep -old backups. All of it changes on every build and none of it is needed at run time.',
    paths: [
      /^(var\/lib\/apt)\/lists(\/|$)/,
      /^(var\/cache\/apt)(\/|$)/,
      /^(var\/log\/apt)(\/|$)/,
      /^var\/log\/(dpkg|alternatives)\.log$/,
      /^var\/cache\/debconf\/[^/]+-old$/,
      /^var\/lib\/dpkg\/[^/]+-old$/,
      /^var\/lib\/apt\/(extended_states|periodic)/
    ],
    weights: [
      [/^var\/log\/apt\/history\.log$/, 0],
      [/^var\/log\/dpkg\.log$/, 0],
      [/^var\/log\//, 1],
      [/^var\/cache\/apt\/[^/]+\.bin$/, 1],
      [/^var\/lib\/apt\/lists\//, 3],
      [/^var\/cache\/apt\/archives\//, 3]
    ],
    fix: ctx =>
      `${appendRemove(ctx, APT_REMOVE)} (the same RUN as apt-get), or keep them out of the layer with cache mounts: ${q('RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt/lists,sharing=locked ...')}`
  },
  {
    id: 'ldconfig-aux-cache',
    edit: appendEdit(() => ['/var/cache/ldconfig/aux-cache']),
    owner: 'ldconfig',
    title: "ldconfig's auxiliary cache is left in the image",
    cause: 'leftover',
    explanation:
      'ldconfig (run by dpkg triggers after installing libraries) keeps /var/cache/ldconfig/aux-cache with the inode numbers, sizes and times of every library it scanned; they differ from build to build. The loader never reads it.',
    paths: [/^(var\/cache\/ldconfig)\/aux-cache$/],
    remove: ['/var/cache/ldconfig/aux-cache'],
    joins: 'apt-state',
    fix: ctx => appendRemove(ctx, ['/var/cache/ldconfig/aux-cache'])
  },
  {
    id: 'man-db-cache',
    edit: appendEdit(() => ['/var/cache/man']),
    owner: 'man-db',
    title: "man-db's index caches are left in the image",
    cause: 'leftover',
    explanation:
      "man-db's dpkg trigger rebuilds /var/cache/man/**/index.db after each install; the databases hold times and come out in a different order each time.",
    paths: [/^(var\/cache\/man)(\/|$)/],
    remove: ['/var/cache/man'],
    joins: 'apt-state',
    fix: ctx =>
      `${appendRemove(ctx, ['/var/cache/man'])}, or stop the trigger before installing: ${q("echo 'man-db man-db/auto-update boolean false' | debconf-set-selections")}`
  },
  {
    id: 'fontconfig-cache',
    edit: appendEdit(() => ['/var/cache/fontconfig/*']),
    owner: 'fontconfig',
    title: "fontconfig's font caches are left in the image",
    cause: 'leftover',
    explanation:
      'fc-cache (run when font packages are installed) writes one cache file per font directory, named from a hash and holding the directory mtime; both differ between builds.',
    paths: [/^(var\/cache\/fontconfig)(\/|$)/, /^(root\/\.cache\/fontconfig)(\/|$)/],
    remove: ['/var/cache/fontconfig/*'],
    joins: 'apt-state',
    fix: ctx =>
      `${appendRemove(ctx, ['/var/cache/fontconfig/*'])}; fontconfig rebuilds the cache at run time when it is missing`
  },
  {
    id: 'npm-cache',
    edit: mountEdit(ctx => `/${ctx.prefix ?? 'root/.npm'}`),
    owner: 'npm',
    title: "npm's cache and logs are left in the image",
    cause: 'leftover',
    explanation:
      'npm keeps a content-addressed cache (_cacache, whose index entries carry the fetch time) and a debug log per run named after the start time (_logs/<time>-debug-0.log) in the home directory. They change on every build.',
    paths: [
      /^((?:root|home\/[^/]+)\/\.npm)(\/|$)/,
      /^(usr\/local\/share\/\.npm|tmp\/\.npm)(\/|$)/,
      /^((?:root|home\/[^/]+)\/\.config\/configstore)\/update-notifier-npm/
    ],
    weights: [
      [/\/_logs\/[^/]*debug[^/]*\.log$/, 0],
      [/\/_update-notifier-last-checked$/, 1],
      [/\/_cacache\/index-v5\//, 3],
      [/\/_cacache\//, 4]
    ],
    fix: ctx => {
      const dir = `/${ctx.prefix ?? 'root/.npm'}`
      return `use ${withCacheMount(ctx, dir, 'npm ci')} at ${ctx.where}, or ${appendRemove(ctx, [`${dir}/_cacache`, `${dir}/_logs`])} (npm cache clean --force leaves the logs)`
    }
  },
  {
    id: 'yarn-cache',
    edit: mountEdit(ctx => `/${ctx.prefix ?? 'usr/local/share/.cache/yarn'}`),
    owner: 'yarn',
    title: "yarn's cache is left in the image",
    cause: 'leftover',
    explanation:
      'yarn v1 keeps every downloaded package in a global cache (/usr/local/share/.cache/yarn for root) with metadata files that carry times; yarn berry keeps a cache and an install state. They change on every build.',
    paths: [
      /^(usr\/local\/share\/\.cache\/yarn)(\/|$)/,
      /^((?:root|home\/[^/]+)\/\.cache\/yarn)(\/|$)/,
      /^((?:root|home\/[^/]+)\/\.yarn\/berry)(\/|$)/,
      /^((?:[^/]+\/)*\.yarn\/cache)(\/|$)/,
      /(?:^|\/)(\.yarn)\/install-state\.gz$/,
      /(?:^|\/)()yarn-error\.log$/
    ],
    weights: [
      [/yarn-error\.log$/, 0],
      [/install-state\.gz$/, 1]
    ],
    fix: ctx => {
      const dir = `/${ctx.prefix ?? 'usr/local/share/.cache/yarn'}`
      return `use ${withCacheMount(ctx, dir, 'yarn install --frozen-lockfile')} at ${ctx.where}, or append ${q('&& yarn cache clean')} to ${ctx.where}`
    }
  },
  {
    id: 'pnpm-store',
    edit: mountEdit(() => '/root/.local/share/pnpm/store'),
    owner: 'pnpm',
    title: "pnpm's store and state are left in the image",
    cause: 'leftover',
    explanation:
      'pnpm keeps its content-addressable store and metadata cache in the home directory, and writes the install time (prunedAt) into node_modules/.modules.yaml. They change on every build.',
    paths: [
      /^((?:root|home\/[^/]+)\/\.local\/share\/pnpm)(\/|$)/,
      /^((?:root|home\/[^/]+)\/\.cache\/pnpm)(\/|$)/,
      /^((?:[^/]+\/)*\.pnpm-store)(\/|$)/,
      /(?:^|\/)(node_modules)\/\.modules\.yaml$/
    ],
    weights: [[/\.modules\.yaml$/, 0]],
    fix: ctx =>
      `use ${withCacheMount(ctx, '/root/.local/share/pnpm/store', 'pnpm install --frozen-lockfile')} at ${ctx.where} (and ${q('--mount=type=cache,target=/root/.cache/pnpm')}), or append ${q('&& pnpm store prune && rm -rf /root/.cache/pnpm')} to ${ctx.where}`
  },
  {
    id: 'pip-cache',
    edit: mountEdit(() => '/root/.cache/pip'),
    owner: 'pip',
    title: "pip's download and wheel cache is left in the image",
    cause: 'leftover',
    explanation:
      'pip caches HTTP responses and built wheels under ~/.cache/pip; the entries are named by hashes and hold fetch times, so they change on every build.',
    paths: [/^((?:root|home\/[^/]+)\/\.cache\/pip)(\/|$)/],
    weights: [[/\/selfcheck/, 0]],
    fix: ctx =>
      `pass ${q('--no-cache-dir')} to pip in ${ctx.where}, or use ${withCacheMount(ctx, '/root/.cache/pip', 'pip install ...')}`
  },
  {
    id: 'python-pyc',
    edit: ARG_EDIT,
    owner: 'python',
    title: 'Python bytecode records the source mtime',
    cause: 'checkout-mtimes',
    explanation:
      'A timestamp-based .pyc stores the mtime and size of its .py in its header (bytes 8-15). The mtime comes from the checkout or from the time the file was written, so it differs between builds. With SOURCE_DATE_EPOCH set, py_compile and compileall (Python ≥ 3.7) write checked-hash .pyc files instead, which hold a hash of the source.',
    paths: [/(?:^|\/)()[^/]+\.pyc$/],
    signature: pycHeader,
    both: true,
    fix: ctx =>
      `declare ${q('ARG SOURCE_DATE_EPOCH')} before ${ctx.where} so Python writes checked-hash .pyc files, or compile with ${q('python3 -m compileall --invalidation-mode checked-hash ...')}, or don't ship bytecode (${q('PYTHONDONTWRITEBYTECODE=1')}, pip ${q('--no-compile')})`
  },
  {
    id: 'gzip-header',
    edit: () => ({ kind: 'replace', pattern: /\bgzip\b(?![.-])(?!\s+-n\b)/, with: 'gzip -n' }),
    owner: 'gzip',
    title: 'the gzip header stores the input file name and mtime',
    cause: null,
    explanation:
      "gzip writes the original file name and its mtime (or the current time, for a stream) into the header's MTIME and FNAME fields. The compressed data can be identical while the header differs.",
    signature: gzipHeader,
    fix: ctx =>
      `use ${q('gzip -n')} (no name, no time in the header) in ${ctx.where}; in Python, ${q('gzip.GzipFile(..., mtime=0)')}`
  },
  {
    id: 'tar-members',
    edit: () => ({ kind: 'replace', pattern: /\btar\s+(?=-)/, with: `tar ${TAR_FLAGS} ` }),
    owner: 'tar',
    title: 'a tar archive records member times, order and owners',
    cause: null,
    explanation:
      "tar stores each member's mtime, owner and mode, in the order readdir returned them. The member times come from the checkout or the build, and the order from the filesystem.",
    signature: archiveMembers(['tar', 'tar.gz']),
    fix: ctx => `create it with ${q(`tar ${TAR_FLAGS}`)} in ${ctx.where}`
  },
  {
    id: 'jar-members',
    owner: 'jar',
    title: 'a jar records member times and order',
    cause: null,
    explanation:
      'A jar is a zip: each member keeps its time, and META-INF/MANIFEST.MF or pom.properties often carry the build time.',
    paths: [/(?:^|\/)()[^/]+\.(jar|war|ear|aar)$/],
    signature: archiveMembers(['zip']),
    both: true,
    fix: ctx =>
      `make the build tool write fixed times in ${ctx.where}: Maven ${q('-Dproject.build.outputTimestamp=$SOURCE_DATE_EPOCH')}, Gradle ${q('preserveFileTimestamps = false; reproducibleFileOrder = true')}, or ${q('jar --date=...')} (JDK ≥ 17)`
  },
  {
    id: 'wheel-members',
    edit: ARG_EDIT,
    owner: 'wheel',
    title: 'a Python wheel records member times',
    cause: null,
    explanation:
      'A wheel is a zip; bdist_wheel stamps each member with its mtime unless SOURCE_DATE_EPOCH is set.',
    paths: [/(?:^|\/)()[^/]+\.whl$/],
    signature: archiveMembers(['zip']),
    both: true,
    fix: ctx =>
      `declare ${q('ARG SOURCE_DATE_EPOCH')} before ${ctx.where} so the wheel build uses it for member times`
  },
  {
    id: 'zip-members',
    owner: 'zip',
    title: 'a zip archive records member times and order',
    cause: null,
    explanation:
      "zip stores each member's DOS time (and often an extended Unix time) and keeps the members in the order they were added; both differ when the inputs' mtimes or the directory order differ.",
    signature: archiveMembers(['zip']),
    fix: ctx =>
      `normalise the inputs and the order in ${ctx.where}: ${q('find . -exec touch -d @$SOURCE_DATE_EPOCH {} + && find . -print | LC_ALL=C sort | zip -X -@ out.zip')}, or run strip-nondeterminism on the result`
  },
  {
    id: 'tempdir',
    edit: appendEdit(ctx => [...new Set(ctx.paths.map(tempGlob))].slice(0, 4)),
    owner: 'tempdir',
    title: 'temporary files with random names are left in the image',
    cause: 'random',
    explanation:
      'mktemp and most tools name temp files and directories with random characters (tmp.XXXXXXXXXX, build.XXXXXX). Left in the image, they differ on every build.',
    paths: [/^((?:var\/)?tmp)\/./],
    weights: [[/^(var\/)?tmp\/[^/]+$/, 0]],
    fix: ctx => {
      const globs = [...new Set(ctx.paths.map(tempGlob))].slice(0, 4)
      return `remove them in the same RUN: ${appendRemove({ ...ctx, remove: [] }, globs)} (or ${q('trap \'rm -rf "$dir"\' EXIT')} in a script)`
    }
  },
  {
    id: 'go-build',
    edit: ctx =>
      /-ldflags/.test(ctx.instruction ?? '')
        ? undefined
        : {
            kind: 'replace',
            pattern: /\bgo build\b/,
            with: 'go build -trimpath -buildvcs=false -ldflags=-buildid='
          },
    owner: 'go',
    title: 'a Go binary embeds VCS stamps and build paths',
    cause: null,
    explanation:
      'go build stamps the binary with the VCS state (vcs.revision, vcs.time, vcs.modified: a checkout without .git or with other mtimes reads as modified) and the absolute build paths; the build ID changes with them.',
    signature: goBinary,
    fix: ctx =>
      `build with ${q('go build -trimpath -buildvcs=false -ldflags=-buildid=')} in ${ctx.where} (or set ${q('GOFLAGS="-trimpath -buildvcs=false"')})`
  },
  {
    id: 'go-cache',
    edit: mountEdit(ctx => `/${ctx.prefix ?? 'root/.cache/go-build'}`),
    owner: 'go',
    title: "Go's build and module caches are left in the image",
    cause: 'leftover',
    explanation:
      'go build and go mod download fill GOCACHE (~/.cache/go-build, with a trim.txt holding the time) and GOMODCACHE (/go/pkg/mod); both change between builds.',
    paths: [/^((?:root|home\/[^/]+)\/\.cache\/go-build)(\/|$)/, /^((?:go|root\/go)\/pkg\/mod)(\/|$)/],
    weights: [[/trim\.txt$/, 0]],
    fix: ctx =>
      `use ${withCacheMount(ctx, `/${ctx.prefix ?? 'root/.cache/go-build'}`, 'go build ...')} at ${ctx.where}, or append ${q('&& go clean -cache -modcache')} to ${ctx.where}`
  },
  {
    id: 'js-bundle-date',
    edit: ARG_EDIT,
    owner: 'js-bundle',
    title: 'a JavaScript bundle embeds the build date',
    cause: 'clock',
    explanation:
      'The bundler config or a plugin writes new Date() or Date.now() into the bundle (a banner, a define like __BUILD_TIME__, a version file), and content-hashed file names change with it.',
    paths: [/(?:^|\/)()[^/]+\.(m?js|cjs|css|html)(\.map)?$/],
    signature: c => (c.cause === 'clock' ? 'a date in the bundle' : hashedAsset(c)),
    both: true,
    weights: [[/\.(m?js|cjs)$/, 0]],
    fix: ctx =>
      `take the date from SOURCE_DATE_EPOCH in the bundler config (${q('new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)')}) and declare ${q('ARG SOURCE_DATE_EPOCH')} before ${ctx.where}`
  },
  {
    id: 'shadow-lastchg',
    edit: ARG_EDIT,
    owner: 'shadow',
    title: '/etc/shadow records the day each password was last changed',
    cause: 'clock',
    explanation:
      "useradd, adduser, passwd and chpasswd write today's day number (days since 1970) into the third field of /etc/shadow; builds on different days differ.",
    paths: [/^(etc)\/g?shadow-?$/],
    signature: shadowDays,
    fix: ctx =>
      `declare ${q('ARG SOURCE_DATE_EPOCH')} before ${ctx.where} (shadow ≥ 4.6 takes the day from it), or pin the field in the same RUN: ${q("&& sed -i -E 's/^([^:]*:[^:]*):[0-9]+:/\\1:0:/' /etc/shadow && rm -f /etc/shadow-")}`
  },
  {
    id: 'machine-id',
    edit: () => ({ kind: 'append', text: '&& : > /etc/machine-id && rm -f /var/lib/dbus/machine-id' }),
    owner: 'machine-id',
    title: 'a machine id was generated at build time',
    cause: 'random',
    explanation:
      'Installing systemd or dbus generates /etc/machine-id (and /var/lib/dbus/machine-id): 128 random bits that should be unique per running system, not baked into an image.',
    paths: [/^(etc)\/machine-id$/, /^(var\/lib\/dbus)\/machine-id$/],
    fix: ctx =>
      `empty it in the same RUN: append ${q('&& : > /etc/machine-id && rm -f /var/lib/dbus/machine-id')} to ${ctx.where} (systemd fills it at boot)`
  },
  {
    id: 'ssh-host-keys',
    edit: () => ({ kind: 'append', text: '&& rm -f /etc/ssh/ssh_host_*' }),
    owner: 'ssh',
    title: 'SSH host keys were generated at build time',
    cause: 'random',
    explanation:
      'Installing openssh-server generates host keys. They are random on every build, and every container of the image would share the same private key.',
    paths: [/^(etc\/ssh)\/ssh_host_[^/]*key(\.pub)?$/],
    fix: ctx =>
      `append ${q('&& rm -f /etc/ssh/ssh_host_*')} to ${ctx.where} and generate keys when the container starts (${q('ssh-keygen -A')} in the entrypoint)`
  },
  {
    id: 'log-files',
    edit: appendEdit(ctx => ctx.paths.slice(0, 4).map(p => `/${p}`)),
    owner: 'logs',
    title: 'log files written during the build are left in the image',
    cause: 'leftover',
    explanation:
      'Logs carry the time of each line, and login records (lastlog, faillog, wtmp) change with every useradd.',
    paths: [/^(var\/log)\/./],
    weights: [[/\.log$/, 0]],
    fix: ctx =>
      appendRemove(
        ctx,
        ctx.paths.slice(0, 4).map(p => `/${p}`)
      )
  },
  {
    id: 'copy-over-cache',
    edit: () => ({ kind: 'replace', pattern: /^(\s*(?:COPY|ADD))\s+/i, with: '$1 --link ' }),
    owner: 'buildkit',
    title: 'COPY re-adds files that a cached lower layer already holds',
    cause: 'checkout-mtimes',
    explanation:
      "A COPY layer holds what differs from the layers below. When a lower layer was reused from the cache, built from a checkout with other mtimes, the COPY sees those files as changed and adds them again; a clean build's layer does not. The files are the same, the layers are not.",
    signature: copiedAgain,
    fix: ctx => {
      const m = /^(COPY|ADD)\s+(.*)$/is.exec(ctx.instruction ?? '')
      const linked = m !== null ? q(`${m[1]!.toUpperCase()} --link ${m[2]}`) : q('COPY --link ...')
      return `use ${linked} at ${ctx.where}: a linked layer does not depend on the layers below, so files they hold are not copied again`
    }
  }
]

/** "tmp/build.Ab12Cd/out" → "/tmp/build.*": the random part of a temp name as a glob. */
export function tempGlob(path: string): string {
  const m = /^((?:var\/)?tmp)\/([^/]+)/.exec(path)
  if (m === null) return `/${path}`
  const name = m[2]!
  const dot = /^(.*?[._-])([A-Za-z0-9]{5,})$/.exec(name)
  return `/${m[1]}/${dot !== null ? `${dot[1]}*` : name}`
}

const GENERIC_TITLES: Record<Cause, string> = {
  timestamps: 'only file times differ',
  clock: 'the build writes the current date or time into a file',
  random: 'a file holds random bytes',
  order: 'entries come in a different order',
  permissions: 'permissions or ownership differ',
  'build-arg': 'a build argument differs between the runs and leaks into the image',
  env: 'an environment value differs between the runs',
  'base-image': 'the base image changed between the runs',
  'checkout-mtimes': 'the step records source file mtimes',
  leftover: "a tool's caches, logs or state are left in the image",
  compression: 'the same content compresses to different bytes',
  unknown: 'the cause is not clear from the bytes'
}

/** The generic classes the content classifier names, as entries: used when no specific entry matches. */
export const GENERIC_ENTRIES = Object.fromEntries(
  (Object.keys(CAUSE_HINTS) as Cause[]).map(cause => {
    const entry: CatalogueEntry = {
      id: cause,
      owner: cause,
      title: GENERIC_TITLES[cause],
      cause,
      explanation: CAUSE_HINTS[cause],
      fix: ctx => `${CAUSE_HINTS[cause].replace(/\.$/, '')} (${ctx.where})`
    }
    return [cause, entry]
  })
) as Record<Cause, CatalogueEntry>

/** Every entry, specific then generic (for the docs and their test). */
export const ALL_ENTRIES: CatalogueEntry[] = [...CATALOGUE, ...Object.values(GENERIC_ENTRIES)]

export interface Recognition {
  entry: CatalogueEntry
  evidence?: string
  /** Group 1 of the path pattern that matched. */
  prefix?: string
  /** Lower is clearer evidence. */
  weight: number
}

/** The first specific entry that recognises the file, else the generic entry of its cause. */
export function recognise(c: Candidate): Recognition {
  for (const entry of CATALOGUE) {
    let prefix: string | undefined
    let pathHit = false
    for (const re of entry.paths ?? []) {
      const m = re.exec(c.path)
      if (m !== null) {
        pathHit = true
        if (m[1] !== undefined && m[1] !== '') prefix = m[1]
        break
      }
    }
    if (entry.paths !== undefined && !pathHit) continue
    const evidence = entry.signature?.(c)
    if (evidence === undefined && (entry.paths === undefined || entry.both === true)) continue
    const match: Recognition = { entry, weight: weightOf(entry, c.path) }
    if (evidence !== undefined) match.evidence = evidence
    if (prefix !== undefined) match.prefix = prefix
    return match
  }
  return { entry: GENERIC_ENTRIES[c.cause], weight: 1 }
}

function weightOf(entry: CatalogueEntry, path: string): number {
  for (const [re, w] of entry.weights ?? []) if (re.test(path)) return w
  return 2
}
