// What to build and where it is: the request every build path shares (gate, lab, record, drift), and its checked paths.
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { BuildArg } from '../core/build/args.js'
import type { BuildSecret } from '../core/build/secrets.js'
import { BuildLabError } from '../core/errors.js'
import type { BuildPlan, Network } from '../buildkit/args.js'
import type { EngineInfo } from '../core/buildkit/engine-check.js'
import { findDockerfile } from '../context/dockerfile-path.js'

/** What to build: the same for the gate's two runs and for record mode's one. */
export interface BuildRequest {
  context: string
  /** the Dockerfile path as the user gave it (relative to the working directory); null: <context>/Dockerfile */
  file: string | null
  target: string | null
  buildArgs: BuildArg[]
  platforms: string[]
  /** the epoch as the user gave it: seconds, `commit`, or empty/undefined for the default 0 */
  epoch: string | undefined
  network: Network
  provenance: boolean
  /** BuildKit secrets for `RUN --mount=type=secret`, the same for every run */
  secrets?: BuildSecret[]
  /** build-args whose values are secret though their names don't look it */
  secretBuildArgs?: string[]
  /** the buildx builder or docker context to build on; null or absent: the current builder */
  builder?: string | null
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory()
  } catch {
    return false
  }
}

/** Checks the context and Dockerfile; returns absolute paths. */
export async function resolveInputs(
  context: string,
  file: string | null
): Promise<{ context: string; dockerfile: string }> {
  const ctx = path.resolve(context)
  if (!(await isDirectory(ctx))) {
    throw new BuildLabError(
      `build context ${JSON.stringify(context)} is not a directory: pass the directory that holds your sources (context: . for the repository root)`
    )
  }
  const found = await findDockerfile(ctx, file ? path.resolve(file) : null)
  if (found === null) {
    const how = file
      ? 'check the file input / -f path (it is relative to the working directory)'
      : `add a Dockerfile to ${context} or pass -f / file: with its path`
    throw new BuildLabError(
      `Dockerfile ${JSON.stringify(file ?? path.join(context, 'Dockerfile'))} not found: ${how}`
    )
  }
  const dockerfile = found
  return { context: ctx, dockerfile }
}

/**
 * The one way a request becomes a BuildPlan: the checked Dockerfile, the resolved epoch and the builder the
 * engine check found. `provenance` and `pull` can be overridden by the caller (the lab never attests).
 */
export function buildPlan(
  request: Pick<BuildRequest, 'target' | 'buildArgs' | 'platforms' | 'network' | 'secrets'> & {
    provenance?: boolean
  },
  resolved: { dockerfile: string; epoch: number; engine: Pick<EngineInfo, 'builder' | 'dockerContext'> },
  override: { provenance?: boolean; pull?: boolean } = {}
): BuildPlan {
  return {
    dockerfile: resolved.dockerfile,
    target: request.target,
    buildArgs: request.buildArgs,
    platforms: request.platforms,
    network: request.network,
    epoch: resolved.epoch,
    provenance: override.provenance ?? request.provenance ?? false,
    secrets: request.secrets ?? [],
    builder: resolved.engine.builder ?? null,
    dockerContext: resolved.engine.dockerContext ?? null,
    ...(override.pull === true ? { pull: true } : {})
  }
}
