// The shapes of an image diff: what the gate embeds as `diff`, and what the renderers read.

/** Where blobs come from. The OCI adapter implements it for layout directories and OCI tars. */
export interface BlobSource {
  /** The top-level index (index.json of the layout). */
  index(): Promise<unknown>
  /** A JSON blob (index, manifest or config) by digest. */
  readJson(digest: string): Promise<unknown>
  /** A blob's bytes, streamed, by digest. */
  open(digest: string): AsyncIterable<Uint8Array>
}

/** Why a difference exists. Each has a one-line hint in CAUSE_HINTS. */
export type Cause =
  | 'timestamps'
  | 'clock'
  | 'random'
  | 'order'
  | 'permissions'
  | 'build-arg'
  | 'env'
  | 'base-image'
  | 'checkout-mtimes'
  | 'leftover'
  | 'compression'
  | 'unknown'

/** What differs in one file entry between run a (first) and run b (second). */
export type Change =
  | 'added'
  | 'removed'
  | 'type'
  | 'content'
  | 'size'
  | 'mode'
  | 'uid'
  | 'gid'
  | 'owner'
  | 'mtime'
  | 'atime'
  | 'ctime'
  | 'symlink'
  | 'hardlink'
  | 'xattrs'
  | 'device'
  | 'order'

/** One field's two values, as display strings. */
export interface FieldChange {
  field: string
  a: string | null
  b: string | null
}

/** A field of the index, a manifest or the config that differs, with its cause. */
export interface ConfigChange extends FieldChange {
  cause: Cause
  hint: string
  /** The Dockerfile instruction it came from, when known. */
  instruction?: string
  line?: number
  platform?: string
}

/** Where a layer came from: its history entry, and the Dockerfile instruction and line. */
export interface LayerOrigin {
  /** history[].created_by as recorded by the builder. */
  createdBy?: string
  /** The instruction: the Dockerfile text when given, else created_by cleaned up. */
  instruction?: string
  /** 1-based line of the instruction in the Dockerfile. */
  line?: number
  /** True when the layer comes from the base image (history before the final stage's instructions). */
  base: boolean
}

export interface LayerDiff extends LayerOrigin {
  /** 0-based position in the manifest's layers (and rootfs.diff_ids). */
  index: number
  platform?: string
  /** Compressed digests of run a and run b (null when the layer exists on one side only). */
  a: string | null
  b: string | null
  /** Uncompressed digests (rootfs.diff_ids). */
  diffIdA: string | null
  diffIdB: string | null
  /** How many file entries differ in this layer (all of them, not only those listed). */
  files: number
  cause: Cause
  hint: string
}

export interface FileDiff {
  /** Relative to the image root, no leading slash. Non-UTF-8 bytes and control characters as \xNN. */
  path: string
  changes: Change[]
  /** 0-based layer position, as in LayerDiff.index. */
  layer: number
  instruction?: string
  line?: number
  cause: Cause
  hint: string
  /** Short proof of the cause, e.g. the first differing tokens. */
  evidence?: string
  /** Metadata values that differ (mode, uid, mtime, symlink target ...). */
  fields?: FieldChange[]
  platform?: string
  /** Set for entries whose name is unsafe to extract (absolute, `..`, device, non-UTF-8, very long). */
  unsafe?: string[]
  /** The catalogue entry that explains it (diff.findings[].id). */
  finding?: string
  /** The tool that owns the file (apt, npm, gzip ...), from the catalogue. */
  owner?: string
  /** What differs inside, when the file is an archive (tar, gzip, zip, jar, whl). */
  archive?: ArchiveDiff
}

/** A member of an archive that differs, with the path inside the archive (nested ones joined with " → "). */
export interface MemberDiff {
  path: string
  changes: Change[]
  fields?: FieldChange[]
  evidence?: string
}

export interface ArchiveDiff {
  format: 'tar' | 'tar.gz' | 'gzip' | 'zip'
  /** Header fields that differ (gzip MTIME, FNAME, OS ...). */
  header: FieldChange[]
  /** Members that differ, most useful first, capped. */
  members: MemberDiff[]
  /** Differing members not listed. */
  truncated: number
  /** Why the look inside stopped early (too big, too many members, corrupt), when it did. */
  note?: string
}

/** The fix as an edit of the Dockerfile: the instruction's lines as they are and as they would be. */
export interface FixPatch {
  /** 1-based first line of the instruction. */
  line: number
  before: string[]
  after: string[]
}

/** Differing files that one catalogue entry explains in one step: one cause, one fix, a file count. */
export interface Finding {
  /** The catalogue entry (docs/diagnosis.md lists them). */
  id: string
  owner: string
  title: string
  cause: Cause
  explanation: string
  /** The fix, written for the step's own instruction where it can be. */
  fix: string
  /** How many differing files it covers (all of them, not only those listed in diff.files). */
  files: number
  /** Paths, clearest evidence first (at most 5). */
  examples: string[]
  /** The fix as a Dockerfile edit, when it is one (and the Dockerfile was given). */
  patch?: FixPatch
  /** Differing archive members, as "archive → member: fields" (at most 5). */
  members?: string[]
  evidence?: string
  layer: number
  instruction?: string
  line?: number
  platform?: string
}

export interface ManifestDiff {
  platform: string
  a: string | null
  b: string | null
}

export interface CauseCount {
  cause: Cause
  /** Files, config fields and layers that carry this cause. */
  count: number
  hint: string
}

export interface ImageDiff {
  identical: boolean
  /** Differences of the top-level index (annotations, manifest list). */
  index: ConfigChange[]
  /** Per-platform manifest digests that differ. */
  manifests: ManifestDiff[]
  config: ConfigChange[]
  layers: LayerDiff[]
  /** Most useful first; capped at maxFiles. */
  files: FileDiff[]
  /** Differing files not listed in `files` because of maxFiles. */
  truncated: number
  /** The files grouped by the catalogue entry that explains them, per step, most useful first. */
  findings?: Finding[]
  causes: CauseCount[]
  /** Things the reader should know: unreadable samples, unsupported compression, unsafe entries. */
  warnings: string[]
  /**
   * True when the images differ but every platform has the same config digest and diff_ids: the same
   * content, only the compressed layer bytes (and so the manifests) differ.
   */
  sameContent?: boolean
  /** The BuildKit versions that built image a and image b, when the caller knows them. */
  buildkit?: { a: string | null; b: string | null }
}

export interface DiffOptions {
  /** The Dockerfile, to map layers and fields to instructions and lines. */
  dockerfile?: { path: string; text: string }
  /** The stage that was built (default: the last one). */
  target?: string
  /** How many FileDiffs to keep (default 200). */
  maxFiles?: number
  /** The mtime (epoch seconds) given to run b's copy of the context, to recognise recorded checkout mtimes. */
  contextMtime?: number
  /** The BuildKit versions that built image a and image b, named in the compression hint when known. */
  buildkit?: { a: string | null; b: string | null }
}
