// SOURCE_DATE_EPOCH resolution: the input, else the commit time of HEAD, else 0.
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
      `${origin} must be a non-negative integer number of seconds since 1970 (got ${JSON.stringify(value)}); for example ${origin}=1700000000, or leave it empty to use the commit time of HEAD`
    )
  }
  return epoch
}

/**
 * @param input the user's epoch, empty or undefined when not given
 * @param gitCommitTime output of `git log -1 --format=%ct`, or null when the context is not in a git repository
 */
export function resolveEpoch(input: string | undefined, gitCommitTime: string | null): ResolvedEpoch {
  if (input !== undefined && input.trim() !== '') return { epoch: parseEpoch(input), source: 'input' }
  const fromGit = gitCommitTime?.trim() ?? ''
  if (EPOCH_PATTERN.test(fromGit)) return { epoch: Number(fromGit), source: 'git' }
  return { epoch: 0, source: 'default' }
}
