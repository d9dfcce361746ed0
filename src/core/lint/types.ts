// Public types of the Dockerfile lint engine: findings, rule metadata and what the caller measured.

export type Severity = 'error' | 'warning' | 'info'

/** One problem at one place in one file, with why it matters and what to change. */
export interface Finding {
  rule: string
  severity: Severity
  file: string
  /** 1-based line of the instruction (or of the first line of a multi-line instruction). */
  line: number
  endLine?: number
  message: string
  why: string
  fix: string
  /** Numbers measured on a real build that back this finding up. */
  evidence?: string
  /** A reference to the diagnosis of a reproducibility failure that this finding explains. */
  diagnosis?: string
  /** The hadolint rule that flags the same thing, e.g. `DL3015`. */
  hadolint?: string
  /** For BuildKit's own checks (`BK:...` rules): the page that documents the check. */
  url?: string
}

/** A file or directory of the build context, with its size in bytes (directories: the sum). */
export interface ContextEntry {
  path: string
  size: number
}

/** What the caller measured about the build context; the engine never reads the disk itself. */
export interface ContextInfo {
  hasDockerignore: boolean
  /** The text of .dockerignore when there is one. */
  dockerignore?: string
  /** Top-level (or sampled) entries of the context, paths relative to the context root. */
  entries: ContextEntry[]
  /** The size of the whole context; the sum of `entries` when missing. */
  totalBytes?: number
  /** The text of small manifests at the context root, by name (`package.json`), for rules that read them. */
  files?: Record<string, string>
}

/** One Dockerfile step of a warm build that followed a source-only edit. */
export interface StepEvidence {
  /** The vertex name, e.g. "[5/6] RUN npm ci". */
  name: string
  /** The instruction text, e.g. "RUN npm ci"; taken from `name` when null. */
  instruction: string | null
  cached: boolean
  durationMs: number | null
}

/** Links a diagnosed reproducibility failure to the instruction that produced it. */
export interface DiagnosisLink {
  /** The instruction text, as in a diff's `files[].instruction`. */
  instruction: string
  /** What to show: a cause, a path in a report, or a URL. */
  reference: string
}

export interface LintInput {
  /** The Dockerfile's path as it should appear in findings. */
  file: string
  text: string
  context?: ContextInfo
  evidence?: StepEvidence[]
  /** `--build-arg` values; they win over ARG defaults when resolving `FROM ${BASE}`. */
  buildArgs?: Record<string, string>
  diagnoses?: DiagnosisLink[]
  /** Inline ignores, `.build-lab.yml` disables and severity overrides, trusted registries. */
  config?: LintConfig
  /** Findings of BuildKit's own checks (`docker buildx build --call=check`), merged and de-duplicated. */
  buildkit?: Finding[]
}

/** The `lint:` section of `.build-lab.yml`. */
export interface LintConfig {
  /** Rule ids that never report (`BL015`, `BK:JSONArgsRecommended`). */
  disable: string[]
  /** Severity per rule id, replacing the rule's default. */
  severity: Record<string, Severity>
  /** Registries (`ghcr.io`, `registry.example.com:5000/team`) images may come from; empty: any. */
  trustedRegistries: string[]
  /** The lowest severity that fails the check (exit 1); the CLI's --fail-level wins. */
  failLevel?: Severity
  /** Whether `build-lab lint` runs BuildKit's checks; the CLI's --buildkit / --no-buildkit win. */
  buildkit?: boolean
}

export type RuleKind = 'syntax' | 'correctness' | 'efficiency' | 'reproducibility' | 'security'

/** Metadata of one rule, as documented in docs/lint.md and listed in SARIF. */
export interface RuleInfo {
  id: string
  /** kebab-case name */
  name: string
  severity: Severity
  title: string
  why: string
  fix: string
  /** What the rule protects; diagnoses of failed gates attach to `reproducibility` findings. */
  kind: RuleKind
  /** The hadolint rules it covers (by id), empty when hadolint has none. */
  hadolint: string[]
}
