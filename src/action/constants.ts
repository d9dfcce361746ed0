// Input and output names, spelled as in action.yml, and the modes. No state: the action has no post step.
export enum Inputs {
  Mode = 'mode',
  Context = 'context',
  File = 'file',
  Target = 'target',
  BuildArgs = 'build-args',
  SecretBuildArgs = 'secret-build-args',
  Secrets = 'secrets',
  SecretEnvs = 'secret-envs',
  SecretFiles = 'secret-files',
  Platforms = 'platforms',
  Epoch = 'epoch',
  Cache = 'cache',
  CacheKey = 'cache-key',
  CacheBackend = 'cache-backend',
  CacheRef = 'cache-ref',
  CacheScope = 'cache-scope',
  CacheReadScopes = 'cache-read-scopes',
  CacheFromImages = 'cache-from-images',
  CacheRestoreTimeout = 'cache-restore-timeout',
  CacheSaveTimeout = 'cache-save-timeout',
  CacheMounts = 'cache-mounts',
  CacheMountsImage = 'cache-mounts-image',
  FailOnMismatch = 'fail-on-mismatch',
  VaryMtime = 'vary-mtime',
  Comment = 'comment',
  GithubToken = 'github-token',
  Network = 'network',
  Provenance = 'provenance',
  Builder = 'builder',
  Equality = 'equality',
  IgnorePaths = 'ignore-paths',
  SarifFile = 'sarif-file',
  RunnerLabel = 'runner-label',
  UploadImageMaxMb = 'upload-image-max-mb',
  RecordPrefix = 'record-prefix',
  Runners = 'runners'
}

export enum Outputs {
  Reproducible = 'reproducible',
  Digest = 'digest',
  DigestRun1 = 'digest-run1',
  DigestRun2 = 'digest-run2',
  DurationRun1 = 'duration-run1-ms',
  DurationRun2 = 'duration-run2-ms',
  CacheHitRatio = 'cache-hit-ratio',
  CacheHit = 'cache-hit',
  CacheRestoreMs = 'cache-restore-ms',
  CacheSaveMs = 'cache-save-ms',
  CacheSizeBytes = 'cache-size-bytes',
  CacheMatchedLevel = 'cache-matched-level',
  CacheMatchedScope = 'cache-matched-scope',
  RecordArtifact = 'record-artifact',
  ReportPath = 'report-path',
  AllowedDifferences = 'allowed-differences'
}

/** The values of the mode input; each has its <mode>-mode.ts. */
export const MODES = ['gate', 'record', 'compare'] as const
export type Mode = (typeof MODES)[number]
