// Output names, spelled as in action.yml.
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
  ReportPath = 'report-path',
  AllowedDifferences = 'allowed-differences'
}
