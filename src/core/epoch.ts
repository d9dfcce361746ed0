// SOURCE_DATE_EPOCH resolution: a number, or `commit` for the commit time of HEAD; 0 by default.
//
// 0 is the default because BuildKit's rewrite-timestamp only clamps times *later* than the epoch.
// Layers reused from a cache built before the epoch keep their older build times, while a clean build
// is clamped: with the commit time as epoch, every commit newer than its cache (the usual case on a
// PR) would make a deterministic Dockerfile fail the gate. With 0, every time is later and clamped.
import { BuildLabError } from './errors.js'

export type EpochSource = 'input' | 'git' | 'default'

export interface ResolvedEpoch {
  epoch: number
  source: EpochSource
}

const EPOCH_PATTERN = /^(0|[1-9][0-9]*)$/

/** Parses an epoch given by a user: a non-negative integer number of seconds. */
export function parseEpoch(value: string, origin = 'epoch'): number {
  const trimmed = value.trim()
  const epoch = Number(trimmed)
  if (!EPOCH_PATTERN.test(trimmed) || !Number.isSafeInteger(epoch)) {
    throw new BuildLabError(
      `${origin} must be a non-negative integer number of seconds since 1970, or "commit" for the commit time of HEAD (got ${JSON.stringify(value)}); leave it empty for the default, 0`
    )
  }
  return epoch
}

/** Whether the user asked for the commit time of HEAD. */
export function wantsCommitTime(input: string | undefined): boolean {
  return /^(commit|git)$/i.test(input?.trim() ?? '')
}

/**
 * @param input the user's epoch: seconds, `commit`, or empty/undefined for the default 0
 * @param gitCommitTime output of `git log -1 --format=%ct` when `commit` was asked for, null when not
 *   available (then the epoch falls back to 0 and the caller says so)
 */
export function resolveEpoch(input: string | undefined, gitCommitTime: string | null): ResolvedEpoch {
  if (wantsCommitTime(input)) {
    const fromGit = gitCommitTime?.trim() ?? ''
    if (EPOCH_PATTERN.test(fromGit)) return { epoch: Number(fromGit), source: 'git' }
    return { epoch: 0, source: 'default' }
  }
  if (input !== undefined && input.trim() !== '') return { epoch: parseEpoch(input), source: 'input' }
  return { epoch: 0, source: 'default' }
}
