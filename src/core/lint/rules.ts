// The rule catalogue: id, name, default severity, and the generic why and fix of every lint rule.
import { BUILDKIT_PREFIX, buildkitRuleName } from './buildkit.js'
import type { RuleInfo } from './types.js'

export const rules: ReadonlyArray<RuleInfo> = [
  {
    id: 'BL000',
    name: 'syntax-error',
    severity: 'error',
    title: 'The Dockerfile does not parse',
    why: 'BuildKit refuses a Dockerfile it cannot parse, and the other rules cannot read this instruction reliably.',
    fix: 'Correct the instruction on this line.',
    hadolint: ['DL3021', 'DL3023', 'DL3043', 'DL3061'],
    kind: 'syntax'
  },
  {
    id: 'BL001',
    name: 'copy-context-before-install',
    severity: 'warning',
    title: 'The whole context is copied before the dependency install',
    why: 'Any edit to any file changes the `COPY . .` layer, so BuildKit re-runs every step after it, the slow install included.',
    fix: 'Copy only the dependency manifests first, run the install, then `COPY . .`.',
    hadolint: [],
    kind: 'efficiency'
  },
  {
    id: 'BL002',
    name: 'install-without-cache-mount',
    severity: 'warning',
    title: 'A package install runs without a cache mount',
    why: 'Each time the step re-runs, the package manager downloads everything again, and its download cache either stays in the layer (size) or is thrown away; a cache mount keeps it between builds, outside the image.',
    fix: 'Add `--mount=type=cache,target=<the manager cache directory>` to the RUN.',
    hadolint: ['DL3019', 'DL3032', 'DL3036', 'DL3040', 'DL3042', 'DL3060'],
    kind: 'efficiency'
  },
  {
    id: 'BL003',
    name: 'unpinned-base-image',
    severity: 'warning',
    title: 'An image is not pinned by digest',
    why: 'A tag moves whenever its publisher pushes, so the same Dockerfile builds on a different base (or copies different files from `COPY --from=<image>`) tomorrow.',
    fix: 'Pin the digest, e.g. `FROM node:22@sha256:<digest>` (see `docker buildx imagetools inspect node:22`), and let Renovate or Dependabot bump it.',
    hadolint: ['DL3006', 'DL3007', 'DL3022'],
    kind: 'reproducibility'
  },
  {
    id: 'BL004',
    name: 'apt-without-snapshot',
    severity: 'warning',
    title: 'apt installs from the live mirror, not a pinned snapshot',
    why: 'apt installs whatever the mirror serves on the day of the build, so a rebuild after the next security update gives other packages.',
    fix: 'Point apt at a dated snapshot: `apt-get update --snapshot <YYYYMMDDTHHMMSSZ>` (apt 2.7+: Debian trixie, Ubuntu 24.04), or on bookworm rewrite the sources to `http://snapshot.debian.org/archive/debian/<YYYYMMDDTHHMMSSZ>/`.',
    hadolint: ['DL3008'],
    kind: 'reproducibility'
  },
  {
    id: 'BL005',
    name: 'apt-lists-left-behind',
    severity: 'warning',
    title: 'apt-get update leaves its package lists in the layer',
    why: '`apt-get update` writes tens of MB of package lists into the layer: the image grows, and its content changes whenever the mirror does.',
    fix: 'End the same RUN with `rm -rf /var/lib/apt/lists/*`, or keep the lists in a cache mount: `--mount=type=cache,target=/var/lib/apt,sharing=locked`.',
    hadolint: ['DL3009'],
    kind: 'reproducibility'
  },
  {
    id: 'BL006',
    name: 'add-url-without-checksum',
    severity: 'warning',
    title: 'ADD fetches a URL without --checksum',
    why: 'BuildKit downloads the URL on every uncached build and uses whatever comes back; if the file changes upstream, the image changes silently.',
    fix: 'Add `--checksum=sha256:<hash>` (Dockerfile syntax 1.6+), or pin a Git source to a commit: `ADD <repo>.git#<commit-sha> <dest>`.',
    hadolint: [],
    kind: 'reproducibility'
  },
  {
    id: 'BL007',
    name: 'missing-dockerignore',
    severity: 'warning',
    title: 'The context has no .dockerignore',
    why: 'Without a .dockerignore, `COPY . .` sends and copies everything, `.git` and local build output included: slower transfers, cache misses on unrelated edits, and files that differ between checkouts.',
    fix: 'Add a .dockerignore that lists at least `.git`, `node_modules` and your build output.',
    hadolint: [],
    kind: 'efficiency'
  },
  {
    id: 'BL008',
    name: 'context-includes-git-or-deps',
    severity: 'warning',
    title: 'The context sends .git or node_modules',
    why: '`.git` changes on every commit and `node_modules` depends on the host; copied into the image, each one busts the cache and makes the image differ between checkouts.',
    fix: 'Add `.git` and `node_modules` to .dockerignore.',
    hadolint: [],
    kind: 'efficiency'
  },
  {
    id: 'BL009',
    name: 'run-uses-clock-or-randomness',
    severity: 'error',
    title: 'A RUN step reads the clock or a random source',
    why: 'Each build writes a different value, so two builds of the same source never give the same digest.',
    fix: 'Use `$SOURCE_DATE_EPOCH` instead of the clock (`date -u -d "@$SOURCE_DATE_EPOCH"`), a fixed seed or a build arg instead of randomness, and create per-instance values when the container starts.',
    hadolint: [],
    kind: 'reproducibility'
  },
  {
    id: 'BL010',
    name: 'build-tools-in-final-stage',
    severity: 'warning',
    title: 'The final stage installs build tools',
    why: 'Compilers, headers and devDependencies are only needed to build; in the shipped image they add size and attack surface.',
    fix: 'Build in an earlier stage (`FROM ... AS build`) and `COPY --from=build` only the output into a slim final stage; in the final stage install runtime dependencies only.',
    hadolint: [],
    kind: 'efficiency'
  },
  {
    id: 'BL011',
    name: 'relative-file-mode',
    severity: 'warning',
    title: 'A relative file mode keeps bits from the checkout',
    why: 'A relative mode (`+x`, `g+w`) keeps the other bits of files from the build context, and a git checkout takes those from the umask (0644 on one machine, 0664 on another), so the layer differs between machines.',
    fix: 'Use an absolute octal mode: `COPY --chmod=0755 ...` or `chmod 0755 <file>`.',
    hadolint: [],
    kind: 'reproducibility'
  },
  {
    id: 'BL012',
    name: 'secret-build-arg',
    severity: 'error',
    title: 'A secret-looking ARG is used by RUN',
    why: 'The value of a build arg used by RUN is recorded in the image history, as `RUN |1 NPM_TOKEN=<value> ...`, and ships with the image.',
    fix: "Delete the ARG and mount a secret: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN ...` (Dockerfile syntax 1.10+; before that read `/run/secrets/npm_token`), passed with `docker buildx build --secret id=npm_token,env=NPM_TOKEN`, `build-lab gate --secret id=npm_token,env=NPM_TOKEN` or the action's `secrets: npm_token=${{ secrets.NPM_TOKEN }}`.",
    hadolint: [],
    kind: 'security'
  },
  {
    id: 'BL013',
    name: 'apt-install-recommends',
    severity: 'warning',
    title: 'apt-get install pulls in recommended packages',
    why: 'Without `--no-install-recommends`, apt also installs every package the named ones recommend: often tens of MB that nothing uses, more downloads on each uncached build, and more packages whose updates change the image.',
    fix: 'Write `apt-get install -y --no-install-recommends <packages>`, and name any recommended package you do need.',
    hadolint: ['DL3015'],
    kind: 'efficiency'
  },
  {
    id: 'BL014',
    name: 'npm-install-with-lockfile',
    severity: 'warning',
    title: '`npm install` runs where a lockfile exists',
    why: '`npm install` may resolve newer versions than package-lock.json and rewrites it, so two builds of the same commit can install different packages; `npm ci` installs exactly the lockfile and fails when it is out of date.',
    fix: 'Use `npm ci` (with `--omit=dev` in a final stage).',
    hadolint: [],
    kind: 'reproducibility'
  },
  {
    id: 'BL015',
    name: 'cd-instead-of-workdir',
    severity: 'info',
    title: 'RUN starts with `cd` where WORKDIR belongs',
    why: 'A `cd` lasts for one RUN only, so the next RUN, COPY and CMD run somewhere else; WORKDIR sets the directory for every later instruction and creates it.',
    fix: 'Put `WORKDIR <dir>` before the RUN and drop the `cd`.',
    hadolint: ['DL3003'],
    kind: 'correctness'
  },
  {
    id: 'BL016',
    name: 'download-piped-to-shell',
    severity: 'warning',
    title: 'A download is piped into a shell unverified',
    why: 'The script runs whatever the server sends on the day of the build: a changed installer changes the image, and a compromised one runs as root in your build.',
    fix: 'Download to a file, check it against a pinned checksum, then run it: `curl -fsSLo /tmp/install.sh <url> && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh`.',
    hadolint: [],
    kind: 'security'
  },
  {
    id: 'BL017',
    name: 'download-pipe-without-pipefail',
    severity: 'warning',
    title: 'A download is piped without pipefail',
    why: 'A shell pipeline succeeds when its last command does, so a failed or truncated download (`curl ... | tar x`) still gives a passing step and an image with missing files.',
    fix: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (or start it with `set -o pipefail &&` where the shell has it), or download to a file first.',
    hadolint: ['DL4006'],
    kind: 'reproducibility'
  },
  {
    id: 'BL018',
    name: 'repeated-cmd-entrypoint',
    severity: 'warning',
    title: 'A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK',
    why: 'Only the last one of each takes effect, so the earlier one is dead code that readers take for what the container runs.',
    fix: 'Delete the earlier one, or merge them into the last.',
    hadolint: ['DL4003', 'DL4004', 'DL3012'],
    kind: 'correctness'
  },
  {
    id: 'BL019',
    name: 'final-stage-runs-as-root',
    severity: 'info',
    title: 'The final image runs as root',
    why: 'A process that runs as root in the container is root on the host files it can reach; a flaw in the app then gives an attacker full control of the container.',
    fix: 'Create a user and switch to it at the end of the final stage: `RUN useradd --system --uid 10001 app` (alpine: `adduser -S -u 10001 app`) and `USER 10001`.',
    hadolint: ['DL3002'],
    kind: 'security'
  },
  {
    id: 'BL020',
    name: 'add-local-file',
    severity: 'warning',
    title: 'ADD copies local files',
    why: '`ADD` also unpacks archives and fetches URLs, so the same line does different things depending on what the file is; `COPY` does exactly one thing.',
    fix: 'Use `COPY` for files and directories; keep `ADD` for archives you mean to unpack.',
    hadolint: ['DL3020'],
    kind: 'correctness'
  },
  {
    id: 'BL021',
    name: 'relative-copy-without-workdir',
    severity: 'warning',
    title: 'COPY to a relative destination without WORKDIR',
    why: "A relative destination is resolved against the base image's WORKDIR, which this Dockerfile does not set: files land in `/` or wherever the next base image version points.",
    fix: 'Set `WORKDIR /app` (or another absolute path) before the COPY.',
    hadolint: ['DL3045'],
    kind: 'reproducibility'
  },
  {
    id: 'BL022',
    name: 'relative-workdir',
    severity: 'warning',
    title: 'WORKDIR is a relative path',
    why: 'A relative WORKDIR is resolved against the previous one, which may come from the base image, so the directory moves when the base image changes; `WORKDIR .` does nothing at all.',
    fix: 'Write an absolute path: `WORKDIR /app`.',
    hadolint: ['DL3000'],
    kind: 'correctness'
  },
  {
    id: 'BL023',
    name: 'unpinned-package',
    severity: 'warning',
    title: 'A package is installed by name without a version',
    why: 'An install by name takes the newest release on the day of the build, so a rebuild of the same commit gets other code, and a breaking release fails it.',
    fix: 'Pin the version: `npm install -g pkg@1.2.3`, `pip install pkg==1.2.3`, `gem install pkg -v 1.2.3`, `go install pkg@v1.2.3`, `cargo install pkg --version 1.2.3 --locked`.',
    hadolint: ['DL3013', 'DL3016', 'DL3028', 'DL3062'],
    kind: 'reproducibility'
  },
  {
    id: 'BL024',
    name: 'git-clone-without-ref',
    severity: 'warning',
    title: '`git clone` fetches a moving branch',
    why: 'A clone without a pinned ref takes whatever the default branch holds on the day of the build, so the same Dockerfile builds other code tomorrow.',
    fix: 'Clone a tag and check out its commit: `git clone --depth 1 --branch v1.2.3 <url> dir && git -C dir checkout <commit-sha>`, or use `ADD <url>.git#<commit-sha> dir`.',
    hadolint: [],
    kind: 'reproducibility'
  },
  {
    id: 'BL025',
    name: 'upgrade-in-build',
    severity: 'warning',
    title: 'A RUN upgrades packages or a toolchain to the newest release',
    why: '`apt-get upgrade`, `apk upgrade`, `dnf upgrade` and `rustup update` install whatever is newest on the day of the build, so the image changes with the calendar, not with your source, and grows by a second copy of every upgraded file.',
    fix: 'Take the updates from a newer base image instead (bump its digest); pin a toolchain with `rustup toolchain install <version>` or `rust-toolchain.toml`.',
    hadolint: ['DL3005', 'DL3017', 'DL3031', 'DL3035', 'DL3039'],
    kind: 'reproducibility'
  },
  {
    id: 'BL026',
    name: 'apt-logs-left-behind',
    severity: 'warning',
    title: 'apt and dpkg leave logs and caches in the layer',
    why: 'Every `apt-get install` writes /var/log/dpkg.log, /var/log/apt/*, /var/log/alternatives.log and /var/cache/ldconfig/aux-cache with the wall-clock time of the build in them, so two builds never give the same layer.',
    fix: 'End the same RUN with `rm -rf /var/log/apt /var/log/dpkg.log /var/log/alternatives.log /var/cache/ldconfig/aux-cache /var/cache/debconf/*-old`.',
    hadolint: [],
    kind: 'reproducibility'
  },
  {
    id: 'BL027',
    name: 'untrusted-registry',
    severity: 'error',
    title: 'An image comes from a registry outside the trusted list',
    why: 'Your `.build-lab.yml` lists the registries images may come from; an image from anywhere else is outside what your team reviews and mirrors.',
    fix: 'Use an image from a trusted registry (or mirror this one there), or add the registry to `lint.trusted-registries` in `.build-lab.yml`.',
    hadolint: ['DL3026'],
    kind: 'security'
  },
  {
    id: 'BL028',
    name: 'useradd-high-uid',
    severity: 'warning',
    title: '`useradd` with a high UID and without `-l`',
    why: 'useradd writes the user into /var/log/lastlog and /var/log/faillog at an offset of the UID; with a UID in the millions these sparse files become hundreds of MB in the layer, because layers do not keep holes.',
    fix: 'Add `-l` (`--no-log-init`): `useradd -l -u <uid> ...`.',
    hadolint: ['DL3046'],
    kind: 'efficiency'
  }
]

const byId = new Map(rules.map(r => [r.id, r]))

export function ruleInfo(id: string): RuleInfo {
  const rule = byId.get(id)
  if (rule === undefined) throw new Error(`unknown lint rule ${id}`)
  return rule
}

/** The kebab-case name of any rule id, ours or BuildKit's (`BK:JSONArgsRecommended`). */
export function ruleName(id: string): string {
  return id.startsWith(BUILDKIT_PREFIX) ? buildkitRuleName(id) : ruleInfo(id).name
}
