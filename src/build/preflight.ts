// What every command checks before it builds: an engine that can run the gate, and the epoch.
import type { BuildArg } from '../core/build/args.js'
import { checkEngine, describeEngine, type EngineInfo, engineInfo } from '../core/buildkit/engine-check.js'
import { resolveEpoch, type ResolvedEpoch, wantsCommitTime } from '../core/epoch.js'
import { BuildLabError } from '../core/errors.js'
import type { Engine } from '../buildkit/engine.js'
import { gitCommitTime } from '../context/git.js'

/**
 * The versions of the builder (named, or the current one); throws one BuildLabError naming every problem
 * and its fix. `log` gets one line naming the versions and where the BuildKit version came from.
 */
export async function fitEngine(
  engine: Engine,
  log?: (line: string) => void,
  builder?: string | null
): Promise<EngineInfo> {
  const facts = await engine.facts(builder)
  const problems = checkEngine(facts)
  if (problems.length > 0) throw new BuildLabError(problems.join('\n'))
  const info = engineInfo(facts)
  log?.(describeEngine(info, facts.buildkitReported))
  return info
}

/** The log line that says which builder the builds run on. */
export function builderLine(engine: EngineInfo): string {
  const kind = engine.dockerContext
    ? 'docker context'
    : `buildx builder, driver ${engine.driver ?? 'unknown'}`
  return `building on ${JSON.stringify(engine.builder)} (${kind}; BuildKit ${engine.buildkit ?? 'unknown'})`
}

/** The epoch given (the option, else a SOURCE_DATE_EPOCH build-arg; `commit` reads HEAD), else 0. */
export async function buildEpoch(
  epoch: string | undefined,
  buildArgs: readonly BuildArg[],
  context: string
): Promise<ResolvedEpoch> {
  const given = epoch?.trim() ? epoch : buildArgs.find(a => a.name === 'SOURCE_DATE_EPOCH')?.value
  return resolveEpoch(given, wantsCommitTime(given) ? await gitCommitTime(context) : null)
}
