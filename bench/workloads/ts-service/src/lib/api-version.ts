// API versions by date header, compared with semver ranges for deprecations.
import semver from 'semver'

export const CURRENT = '3.4.0'
export const SUPPORTED = '>=2.0.0 <4.0.0'

export function negotiate(requested: string | undefined): string {
  if (!requested) return CURRENT
  const version = semver.coerce(requested)?.version
  if (!version || !semver.satisfies(version, SUPPORTED)) return CURRENT
  return version
}

export const isDeprecated = (version: string): boolean => semver.lt(version, '3.0.0')
