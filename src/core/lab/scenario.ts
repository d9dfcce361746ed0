// Lab scenarios: the build-lab.yml schema and its validation, the built-in scenarios, run records, and mutation plans.
import type { MissReport } from '../miss/report.js'
import { Ajv, type ErrorObject } from 'ajv'
import { isMap, LineCounter, parseDocument, type Node } from 'yaml'
import type { BuildArg } from '../build/args.js'
import type { BuildIdentity } from '../build/identity.js'
import {
  copyOperands,
  expandWord,
  flagValue,
  globalArgValues,
  isRemote,
  readDockerfile
} from '../dockerfile/reader.js'
import { isLockfile, isTextLockfile } from '../context/lockfiles.js'
import { BuildLabError } from '../errors.js'
import { isRecord } from '../json.js'

export const INPUT_MUTATIONS = [
  'none',
  'fresh-checkout',
  'touch-source',
  'edit-source',
  'edit-lockfile',
  'edit-dockerfile'
] as const
export type InputMutation = (typeof INPUT_MUTATIONS)[number]

export const CACHE_MODES = ['none', 'local', 'registry'] as const
export type CacheMode = (typeof CACHE_MODES)[number]

/** One scenario, keys spelled as in build-lab.yml. */
export interface Scenario {
  name: string
  input_mutation: InputMutation
  cache_mode: CacheMode
  /** how many times to measure it; the CLI's --repeat wins */
  repeat?: number
  description?: string
}

export interface LabConfig {
  scenarios: Scenario[]
  /** the registry cache reference (host:port/name:tag) for cache_mode registry */
  cache_ref?: string
  /** coefficient of variation above which repeated runs are flagged as noisy */
  noise_threshold?: number
}

export const DEFAULT_NOISE_THRESHOLD = 0.2

/** The golden path: cold, warm, and warm runs after a source-only and a lockfile edit. */
export const BUILTIN_SCENARIOS: readonly Scenario[] = [
  {
    name: 'cold',
    input_mutation: 'none',
    cache_mode: 'none',
    description: 'no cache at all (--no-cache)'
  },
  {
    name: 'cold-fresh-checkout',
    input_mutation: 'fresh-checkout',
    cache_mode: 'none',
    description:
      "no cache, from a copy with other mtimes, in a later second: the gate's isolated run, for digest stability"
  },
  {
    name: 'warm',
    input_mutation: 'none',
    cache_mode: 'local',
    description: 'unchanged inputs, after a priming build, with the lab cache'
  },
  {
    name: 'warm-source-edit',
    input_mutation: 'edit-source',
    cache_mode: 'local',
    description: 'one source file edited, with the lab cache'
  },
  {
    name: 'warm-lockfile-edit',
    input_mutation: 'edit-lockfile',
    cache_mode: 'local',
    description: 'the lockfile edited (whitespace only), with the lab cache'
  }
]

/** The JSON Schema of build-lab.yml; schema/build-lab.schema.json is this object, and a test keeps them equal. */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/build-lab/build-lab/schema/build-lab.schema.json',
  title: 'build-lab.yml',
  description: 'Scenarios for `build-lab run`: what to change in the build context and which cache to use.',
  type: 'object',
  additionalProperties: false,
  properties: {
    scenarios: {
      description:
        'Scenarios added to the built-in ones (cold, cold-fresh-checkout, warm, warm-source-edit, warm-lockfile-edit); a scenario with a built-in name replaces it.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'input_mutation', 'cache_mode'],
        properties: {
          name: {
            description: 'How the scenario is named in records, reports and --scenario.',
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9._-]*$',
            maxLength: 64
          },
          input_mutation: {
            description: 'What changes in a temporary copy of the context before the build.',
            enum: [...INPUT_MUTATIONS]
          },
          cache_mode: {
            description: 'none: --no-cache; local: the lab cache directory; registry: cache_ref.',
            enum: [...CACHE_MODES]
          },
          repeat: {
            description: 'How many times to measure the scenario (the CLI --repeat wins).',
            type: 'integer',
            minimum: 1,
            maximum: 50
          },
          description: { type: 'string' }
        }
      }
    },
    cache_ref: {
      description: 'Registry cache reference for cache_mode registry, as host:port/name:tag.',
      type: 'string',
      pattern: '^[^\\s/]+/[^\\s]+$'
    },
    noise_threshold: {
      description:
        'Coefficient of variation of repeated durations above which a scenario is flagged as noisy.',
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 10
    }
  }
} as const

const ajv = new Ajv({ allErrors: true, strict: true })
const validateSchema = ajv.compile<LabConfig>(CONFIG_SCHEMA)

function describeError(error: ErrorObject): string {
  const params: Record<string, unknown> = error.params
  switch (error.keyword) {
    case 'enum':
      return `must be one of ${(params['allowedValues'] as readonly unknown[]).join(', ')}`
    case 'additionalProperties':
      return `unknown field ${JSON.stringify(params['additionalProperty'])}`
    case 'required':
      return 'is missing'
    case 'pattern':
      return params['pattern'] === CONFIG_SCHEMA.properties.cache_ref.pattern
        ? 'must be a registry reference such as 127.0.0.1:5000/cache:lab'
        : 'must start with a lowercase letter or digit and hold only a-z, 0-9, ".", "_" and "-"'
    default:
      return error.message ?? error.keyword
  }
}

/** Where a config error is: `file:line: scenario "x": field: problem`. */
function locate(
  error: ErrorObject,
  file: string,
  data: unknown,
  lineOf: (path: (string | number)[]) => number | null
): string {
  const path = error.instancePath
    .split('/')
    .filter(p => p !== '')
    .map(p => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
  let field = path.filter(p => typeof p === 'string').join('.')
  if (error.keyword === 'required') field = String(error.params['missingProperty'])
  if (error.keyword === 'additionalProperties') field = String(error.params['additionalProperty'])
  let where = ''
  if (path[0] === 'scenarios' && typeof path[1] === 'number') {
    const list = isRecord(data) && Array.isArray(data['scenarios']) ? data['scenarios'] : []
    const entry: unknown = list[path[1]]
    const name = isRecord(entry) && typeof entry['name'] === 'string' ? entry['name'] : null
    where = name === null ? `scenario #${path[1] + 1}: ` : `scenario ${JSON.stringify(name)}: `
    field =
      path
        .slice(2)
        .filter(p => typeof p === 'string')
        .join('.') || field
    if (error.keyword === 'required' || error.keyword === 'additionalProperties') {
      field = String(error.params['missingProperty'] ?? error.params['additionalProperty'])
    }
  }
  const lookup = error.keyword === 'additionalProperties' ? [...path, field] : path
  const line = lineOf(lookup)
  const at = line === null ? file : `${file}:${line}`
  return `${at}: ${where}${field === '' ? '' : `${field}: `}${describeError(error)}`
}

/**
 * Parses and checks the text of build-lab.yml against CONFIG_SCHEMA. Every problem is one line that names
 * the file, the line, the scenario and the field; all of them are reported together.
 */
export function parseLabConfig(text: string, file: string): LabConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true })
  if (doc.errors.length > 0) {
    const problems = doc.errors.map(e => {
      const line = e.linePos?.[0]?.line
      return `${line === undefined ? file : `${file}:${line}`}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`
    })
    throw new BuildLabError(`${file} is not valid YAML:\n${problems.join('\n')}`)
  }
  const data: unknown = doc.toJS() ?? {}
  const lineOf = (path: (string | number)[]): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)
      if (isNodeWithRange(node)) return lineCounter.linePos(node.range[0]).line
      // A key whose value is missing: find the key itself in its parent map.
      const parent: unknown = n === 0 ? null : n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true)
      if (isMap(parent)) {
        const pair = parent.items.find(p => isNodeWithRange(p.key) && String(p.key) === String(path[n - 1]))
        if (pair && isNodeWithRange(pair.key)) return lineCounter.linePos(pair.key.range[0]).line
      }
    }
    return null
  }
  const problems: string[] = []
  if (!validateSchema(data)) {
    for (const error of validateSchema.errors ?? []) problems.push(locate(error, file, data, lineOf))
  } else {
    const seen = new Set<string>()
    data.scenarios?.forEach((scenario, i) => {
      if (seen.has(scenario.name)) {
        const line = lineOf(['scenarios', i, 'name'])
        problems.push(
          `${line === null ? file : `${file}:${line}`}: scenario ${JSON.stringify(scenario.name)}: name: defined twice`
        )
      }
      seen.add(scenario.name)
    })
  }
  if (problems.length > 0) {
    throw new BuildLabError(
      `${file} has ${problems.length} problem(s):\n${[...new Set(problems)].join('\n')}`
    )
  }
  return { ...(data as LabConfig), scenarios: (data as LabConfig).scenarios ?? [] }
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return (
    typeof node === 'object' &&
    node !== null &&
    'range' in node &&
    Array.isArray(node.range) &&
    typeof node.range[0] === 'number'
  )
}

/** Built-ins, with the config's scenarios replacing those of the same name and the rest added after them. */
export function allScenarios(config: LabConfig | null): Scenario[] {
  const own = config?.scenarios ?? []
  const merged = BUILTIN_SCENARIOS.map(b => own.find(s => s.name === b.name) ?? b)
  return [...merged, ...own.filter(s => !BUILTIN_SCENARIOS.some(b => b.name === s.name))]
}

/** The scenarios to run, from --all or --scenario (repeatable, comma-separated). */
export function selectScenarios(
  available: readonly Scenario[],
  all: boolean,
  names: readonly string[]
): Scenario[] {
  if (all && names.length > 0) throw new BuildLabError('pass either --all or --scenario, not both')
  if (all) return [...available]
  if (names.length === 0) {
    throw new BuildLabError(`pass --all or --scenario NAME (one of ${available.map(s => s.name).join(', ')})`)
  }
  return names.map(name => {
    const found = available.find(s => s.name === name)
    if (!found) {
      throw new BuildLabError(
        `unknown scenario ${JSON.stringify(name)}: the scenarios are ${available.map(s => s.name).join(', ')} (add your own in build-lab.yml)`
      )
    }
    return found
  })
}

// ---- Run records -------------------------------------------------------------------------------

/** Bumped when a record field changes meaning or is removed; new fields keep the version. */
export const LAB_RECORD_SCHEMA = 1

export type RecordStatus = 'ok' | 'degraded' | 'failed' | 'skipped'

export interface LabStep {
  name: string
  instruction: string | null
  cached: boolean
  durationMs: number | null
  error: string | null
  /** when the step started (ISO); absent in records of older versions */
  startedAt?: string | null
}

export interface BaseImage {
  /** the image reference after ARG substitution, e.g. "build-lab/busybox:local" */
  ref: string
  /** the local image ID (`docker image inspect {{.Id}}`) before and after the scenario; null: not present locally */
  before: string | null
  after: string | null
}

/** One line of results.jsonl: one measured build of one scenario. */
export interface LabRecord {
  schemaVersion: number
  /** one per `build-lab run` invocation */
  runId: string
  scenario: string
  input_mutation: InputMutation
  cache_mode: CacheMode
  /** 1-based, within the invocation */
  repeat: number
  status: RecordStatus
  duration_sec: number | null
  cache_hit_ratio: number | null
  digest: string | null
  cachedSteps: number
  totalSteps: number
  steps: LabStep[]
  epoch: number
  engine: { docker: string | null; buildkit: string | null; buildx: string | null }
  baseImages: BaseImage[]
  startedAt: string
  build: BuildIdentity
  /** the context-relative file the mutation changed, when it changed one */
  mutatedFile: string | null
  /** why it was degraded or skipped, what was injected, what changed under it */
  notes: string[]
  error: string | null
  /** why each step ran instead of coming from the cache; absent in older records and failed builds */
  misses?: MissReport
}

/** True when some base image's ID was different after the scenario than before it. */
export function baseImageChanged(record: Pick<LabRecord, 'baseImages'>): boolean {
  return record.baseImages.some(b => b.before !== b.after)
}

// ---- What the Dockerfile uses (FROM images and COPY sources) -------------------------------------

/**
 * The images the FROM lines name, with global ARGs resolved (build args win over defaults). Stages that
 * build on an earlier stage and `scratch` are left out.
 */
export function fromImages(dockerfileText: string, buildArgs: readonly BuildArg[]): string[] {
  const dockerfile = readDockerfile(dockerfileText)
  const vars = globalArgValues(dockerfile, new Map(buildArgs.map(a => [a.name, a.value])))
  const stages = new Set<string>()
  const images: string[] = []
  for (const stage of dockerfile.stages) {
    const image = expandWord(stage.image, vars, dockerfile.escape)
    if (image !== '' && image.toLowerCase() !== 'scratch' && !stages.has(image.toLowerCase())) {
      if (!images.includes(image)) images.push(image)
    }
    if (stage.name !== null) stages.add(stage.name)
  }
  return images
}

/** Context sources of COPY/ADD (not `--from=` copies, not URLs, not heredocs), in Dockerfile order. */
export function copySources(dockerfileText: string): string[] {
  return readDockerfile(dockerfileText)
    .instructions.filter(
      i => (i.keyword === 'COPY' || i.keyword === 'ADD') && flagValue(i, 'from') === undefined
    )
    .flatMap(i => copyOperands(i).sources)
    .filter(source => !isRemote(source))
}

function globToRegex(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*') out += glob[i + 1] === '*' ? (i++, '.*') : '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${out}(/.*)?$`)
}

/** Whether a context-relative file is copied by a COPY/ADD source (a file, a directory or a glob). */
export function isCopied(file: string, sources: readonly string[]): boolean {
  return sources.some(source => {
    const clean = source.replace(/^\.?\/+/, '').replace(/\/+$/, '')
    if (clean === '' || clean === '.') return true
    return globToRegex(clean).test(file)
  })
}

/** Dependency manifests: an edit to one of them is a dependency change, not a source edit. */
const MANIFESTS = new Set([
  'package.json',
  'requirements.txt',
  'pyproject.toml',
  'Pipfile',
  'setup.py',
  'setup.cfg',
  'Cargo.toml',
  'go.mod',
  'Gemfile',
  'composer.json',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'mix.exs',
  'pubspec.yaml'
])

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1)
}

/** A dependency manifest (package.json, go.mod, pyproject.toml, ...), by its name. */
export function isDependencyManifest(file: string): boolean {
  return MANIFESTS.has(baseName(file))
}

function isDockerfileName(file: string): boolean {
  const name = baseName(file).toLowerCase()
  return name === 'dockerfile' || name.endsWith('.dockerfile') || name.startsWith('dockerfile.')
}

const SOURCE_EXTENSIONS =
  /\.(js|mjs|cjs|ts|tsx|jsx|py|go|rs|rb|java|kt|scala|c|h|cc|cpp|hpp|cs|swift|php|sh|ex|exs|dart|lua|pl)$/i

/**
 * The file a source edit changes: copied into the image by COPY/ADD, not ignored (the caller lists only
 * files the build sees), and not a lockfile, a dependency manifest, a Dockerfile or .dockerignore.
 * Source-language files come first, then by path, so the choice is stable. Null when there is none.
 */
export function pickSourceFile(files: readonly string[], dockerfileText: string): string | null {
  const sources = copySources(dockerfileText)
  const candidates = files
    .filter(f => !isToolOrGitState(f))
    .filter(f => isCopied(f, sources))
    .filter(f => !isLockfile(f) && !MANIFESTS.has(baseName(f)) && !isDockerfileName(f))
    .filter(f => baseName(f) !== '.dockerignore')
  // Source code first, then text with a comment syntax, then the rest (which gets trailing whitespace).
  const score = (f: string) =>
    SOURCE_EXTENSIONS.test(f) ? 0 : LINE_COMMENTS.some(([pattern]) => pattern.test(f)) ? 1 : 2
  return [...candidates].sort((a, b) => score(a) - score(b) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null
}

/** build-lab's own state and git metadata: never a source, whatever the Dockerfile copies. */
function isToolOrGitState(file: string): boolean {
  return /(^|\/)(\.git|\.build-lab)(\/|$)/.test(file)
}

/** The lockfile a lockfile edit changes: one that the build copies, preferring the shallowest. */
export function pickLockfile(files: readonly string[], dockerfileText: string): string | null {
  const sources = copySources(dockerfileText)
  const locks = files.filter(f => isTextLockfile(f) && !isToolOrGitState(f))
  const copied = locks.filter(f => isCopied(f, sources))
  const depth = (f: string) => f.split('/').length
  return [...copied].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null
}

/**
 * Trailing whitespace that spells `nonce` (16 bits), so that two edits never give the same bytes (the
 * daemon would remember the first). Lines of spaces only: valid at the end of JSON, YAML, TOML and lock files.
 */
export function whitespaceSuffix(nonce: number): string {
  let out = '\n'
  for (let bit = 15; bit >= 0; bit--) out += ((nonce >> bit) & 1) === 1 ? ' \n' : '\n'
  return out
}

const LINE_COMMENTS: ReadonlyArray<[RegExp, (s: string) => string]> = [
  [/\.(js|mjs|cjs|ts|tsx|jsx|go|rs|java|kt|scala|c|h|cc|cpp|hpp|cs|swift|php|dart)$/i, s => `// ${s}`],
  [
    /\.(py|sh|rb|pl|ex|exs|yml|yaml|toml|r|conf|cfg|ini|txt|env|mk)$|(^|\/)(Makefile|Dockerfile[^/]*)$/i,
    s => `# ${s}`
  ],
  [/\.(css|scss|less)$/i, s => `/* ${s} */`],
  [/\.(html|htm|xml|svg|md|vue)$/i, s => `<!-- ${s} -->`],
  [/\.(sql|lua|hs)$/i, s => `-- ${s}`]
]

/**
 * The text of `file` after a source edit: a comment line in the file's own syntax, or (for JSON and
 * unknown types) trailing whitespace; either way the file still means the same and its bytes differ.
 */
export function editedText(file: string, text: string, nonce: number): string {
  const comment = LINE_COMMENTS.find(([pattern]) => pattern.test(file))
  const sep = text === '' || text.endsWith('\n') ? '' : '\n'
  if (comment) return `${text}${sep}${comment[1](`build-lab edit ${nonce}`)}\n`
  return text + whitespaceSuffix(nonce)
}
