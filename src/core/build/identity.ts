// What was built, as every record names it: records of different builds are never compared.

export interface BuildIdentity {
  /** the context relative to the workspace, with / separators ("." for the root) */
  context: string
  /** the Dockerfile relative to the workspace */
  dockerfile: string
  target: string | null
  /** NAME=value, with the values of secret-looking names masked */
  buildArgs: string[]
  /** the requested platforms; empty: the builder's own platform */
  platforms: string[]
}

/** A stable key of the build identity. */
export function identityKey(build: BuildIdentity): string {
  return JSON.stringify([build.context, build.dockerfile, build.target, build.buildArgs, build.platforms])
}
