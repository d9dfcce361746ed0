// The rule catalogue: id, name, default severity, and the generic why and fix of every lint rule.
import type { RuleInfo } from './types.js'

export const rules: ReadonlyArray<RuleInfo> = [
  {
    id: 'BL000',
    name: 'syntax-error',
    severity: 'error',
    title: 'The Dockerfile does not parse',
    why: 'BuildKit refuses a Dockerfile it cannot parse, and the other rules cannot read this instruction reliably.',
    fix: 'Correct the instruction on this line.',
    kind: 'syntax'
  },
  {
    id: 'BL001',
    name: 'copy-context-before-install',
    severity: 'warning',
    title: 'The whole context is copied before the dependency install',
    why: 'Any edit to any file changes the `COPY . .` layer, so BuildKit re-runs every step after it, the slow install included.',
    fix: 'Copy only the dependency manifests first, run the install, then `COPY . .`.',
    kind: 'efficiency'
  },
  {
    id: 'BL002',
    name: 'install-without-cache-mount',
    severity: 'warning',
    title: 'A package install runs without a cache mount',
    why: 'Each time the step re-runs, the package manager downloads everything again; a cache mount keeps its download cache between builds, outside the image.',
    fix: 'Add `--mount=type=cache,target=<the manager cache directory>` to the RUN.',
    kind: 'efficiency'
  },
  {
    id: 'BL003',
    name: 'unpinned-base-image',
    severity: 'warning',
    title: 'A base image is not pinned by digest',
    why: 'A tag moves whenever its publisher pushes, so the same Dockerfile builds on a different base tomorrow.',
    fix: 'Pin the digest, e.g. `FROM node:22@sha256:<digest>` (see `docker buildx imagetools inspect node:22`), and let Renovate or Dependabot bump it.',
    kind: 'reproducibility'
  },
  {
    id: 'BL004',
    name: 'apt-without-snapshot',
    severity: 'warning',
    title: 'apt installs from the live mirror, not a pinned snapshot',
    why: 'apt installs whatever the mirror serves on the day of the build, so a rebuild after the next security update gives other packages.',
    fix: 'Point apt at a dated snapshot: `apt-get update --snapshot <YYYYMMDDTHHMMSSZ>` (apt 2.7+: Debian trixie, Ubuntu 24.04), or on bookworm rewrite the sources to `http://snapshot.debian.org/archive/debian/<YYYYMMDDTHHMMSSZ>/`.',
    kind: 'reproducibility'
  },
  {
    id: 'BL005',
    name: 'apt-lists-left-behind',
    severity: 'warning',
    title: 'apt-get update leaves its package lists in the layer',
    why: '`apt-get update` writes tens of MB of package lists into the layer: the image grows, and its content changes whenever the mirror does.',
    fix: 'End the same RUN with `rm -rf /var/lib/apt/lists/*`, or keep the lists in a cache mount: `--mount=type=cache,target=/var/lib/apt,sharing=locked`.',
    kind: 'reproducibility'
  },
  {
    id: 'BL006',
    name: 'add-url-without-checksum',
    severity: 'warning',
    title: 'ADD fetches a URL without --checksum',
    why: 'BuildKit downloads the URL on every uncached build and uses whatever comes back; if the file changes upstream, the image changes silently.',
    fix: 'Add `--checksum=sha256:<hash>` (Dockerfile syntax 1.6+), or pin a Git source to a commit: `ADD <repo>.git#<commit-sha> <dest>`.',
    kind: 'reproducibility'
  },
  {
    id: 'BL007',
    name: 'missing-dockerignore',
    severity: 'warning',
    title: 'The context has no .dockerignore',
    why: 'Without a .dockerignore, `COPY . .` sends and copies everything, `.git` and local build output included: slower transfers, cache misses on unrelated edits, and files that differ between checkouts.',
    fix: 'Add a .dockerignore that lists at least `.git`, `node_modules` and your build output.',
    kind: 'efficiency'
  },
  {
    id: 'BL008',
    name: 'context-includes-git-or-deps',
    severity: 'warning',
    title: 'The context sends .git or node_modules',
    why: '`.git` changes on every commit and `node_modules` depends on the host; copied into the image, each one busts the cache and makes the image differ between checkouts.',
    fix: 'Add `.git` and `node_modules` to .dockerignore.',
    kind: 'efficiency'
  },
  {
    id: 'BL009',
    name: 'run-uses-clock-or-randomness',
    severity: 'error',
    title: 'A RUN step reads the clock or a random source',
    why: 'Each build writes a different value, so two builds of the same source never give the same digest.',
    fix: 'Use `$SOURCE_DATE_EPOCH` instead of the clock (`date -u -d "@$SOURCE_DATE_EPOCH"`), a fixed seed or a build arg instead of randomness, and create per-instance values when the container starts.',
    kind: 'reproducibility'
  },
  {
    id: 'BL010',
    name: 'build-tools-in-final-stage',
    severity: 'warning',
    title: 'The final stage installs build tools',
    why: 'Compilers, headers and devDependencies are only needed to build; in the shipped image they add size and attack surface.',
    fix: 'Build in an earlier stage (`FROM ... AS build`) and `COPY --from=build` only the output into a slim final stage; in the final stage install runtime dependencies only.',
    kind: 'efficiency'
  },
  {
    id: 'BL011',
    name: 'relative-file-mode',
    severity: 'warning',
    title: 'A relative file mode keeps bits from the checkout',
    why: 'A relative mode (`+x`, `g+w`) keeps the other bits of files from the build context, and a git checkout takes those from the umask (0644 on one machine, 0664 on another), so the layer differs between machines.',
    fix: 'Use an absolute octal mode: `COPY --chmod=0755 ...` or `chmod 0755 <file>`.',
    kind: 'reproducibility'
  },
  {
    id: 'BL012',
    name: 'secret-build-arg',
    severity: 'error',
    title: 'A secret-looking ARG is used by RUN',
    why: 'The value of a build arg used by RUN is recorded in the image history, as `RUN |1 NPM_TOKEN=<value> ...`, and ships with the image.',
    fix: "Delete the ARG and mount a secret: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN ...` (Dockerfile syntax 1.10+; before that read `/run/secrets/npm_token`), passed with `docker buildx build --secret id=npm_token,env=NPM_TOKEN`, `build-lab gate --secret id=npm_token,env=NPM_TOKEN` or the action's `secrets: npm_token=${{ secrets.NPM_TOKEN }}`.",
    kind: 'security'
  }
]

const byId = new Map(rules.map(r => [r.id, r]))

export function ruleInfo(id: string): RuleInfo {
  const rule = byId.get(id)
  if (rule === undefined) throw new Error(`unknown lint rule ${id}`)
  return rule
}
