// Checks that read the instructions of a stage: repeated CMD, the final user, ADD, WORKDIR and registries.
import { at, type Check, type Draft, finalChain, quote } from './draft.js'
import { fullReference, imageUses, registryOf } from './images.js'
import { copyOperands, isRemote, type Model, type Stage, type Step } from './model.js'

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK']
const HADOLINT_ONCE: Record<string, string> = { CMD: 'DL4003', ENTRYPOINT: 'DL4004', HEALTHCHECK: 'DL3012' }

const repeated: Check = ({ model }) => {
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    for (const keyword of ONCE) {
      const steps = stage.steps.filter(s => s.keyword === keyword)
      const last = steps.at(-1)
      for (const step of steps.slice(0, -1)) {
        drafts.push({
          rule: 'BL018',
          ...at(step),
          message: `${quote(step)} on line ${step.line} never takes effect: ${quote(last!)} on line ${last!.line} replaces it in the same stage.`,
          fix: `Delete line ${step.line}, or merge it into line ${last!.line}.`,
          hadolint: HADOLINT_ONCE[keyword],
          step
        })
      }
    }
  }
  return drafts
}

/** Base images that already switch to a non-root user. */
const NON_ROOT_BASE =
  /nonroot|non-root|rootless|unprivileged|^(docker\.io\/)?bitnami\/|^cgr\.dev\/chainguard\//i

const rootUser: Check = ({ model, input }) => {
  const chain = finalChain(model)
  const final = chain[0]
  if (final === undefined) return []
  const users = chain
    .slice()
    .reverse()
    .flatMap(s => s.steps.filter(x => x.keyword === 'USER'))
  const last = users.at(-1)
  const base = imageUses(model, input).find(u => u.step === chain.at(-1)!.from)
  if (last === undefined) {
    if (base && NON_ROOT_BASE.test(base.image)) return []
    return [
      {
        rule: 'BL019',
        ...at(final.from),
        message: `The final stage (FROM on line ${final.from.line}) never sets USER, so the container runs as root${base ? ` unless \`${base.image}\` switches user itself` : ''}.`,
        hadolint: 'DL3002',
        step: final.from
      }
    ]
  }
  const user = (last.args[0] ?? '').split(':')[0]!
  if (user !== 'root' && user !== '0') return []
  return [
    {
      rule: 'BL019',
      ...at(last),
      // An explicit root is certain; a missing USER may be set by the base image, so that stays info.
      severity: 'warning',
      message: `\`USER ${last.args[0]}\` on line ${last.line} is the last USER of the final stage, so the container runs as root.`,
      fix: 'Switch back to an unprivileged user after the steps that need root: `USER 10001` (create it with `useradd --system --uid 10001 app`).',
      hadolint: 'DL3002',
      step: last
    }
  ]
}

const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i

const addLocal: Check = ({ model }) =>
  model.steps.flatMap(step => {
    if (step.keyword !== 'ADD' || step.heredoc) return []
    const { sources } = copyOperands(step)
    if (sources.length === 0 || sources.some(isRemote) || sources.some(s => ARCHIVE.test(s))) return []
    return [
      {
        rule: 'BL020',
        ...at(step),
        message: `${quote(step)} on line ${step.line} copies local files with ADD.`,
        fix: `Write \`${step.text.replace(/^ADD\b/i, 'COPY')}\`.`,
        hadolint: 'DL3020',
        step
      }
    ]
  })

/** The last WORKDIR of the stage (before `upTo`), or of the stages of this file it is built FROM. */
function workdirBefore(model: Model, stage: Stage, upTo?: Step): Step | undefined {
  const steps = upTo === undefined ? stage.steps : stage.steps.slice(0, stage.steps.indexOf(upTo))
  const own = steps.filter(s => s.keyword === 'WORKDIR').at(-1)
  if (own !== undefined) return own
  const parentName = (stage.from.args[0] ?? '').toLowerCase()
  const parent = model.stages.find(s => s.name === parentName && s.index < stage.index)
  return parent === undefined ? undefined : workdirBefore(model, parent)
}

function absolute(path: string): boolean {
  return /^(\/|\$|~|[A-Za-z]:[\\/])/.test(path)
}

const relativeCopy: Check = ({ model }) => {
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    for (const step of stage.steps) {
      if (step.keyword !== 'COPY' && step.keyword !== 'ADD') continue
      const { destination } = copyOperands(step)
      if (destination === null || absolute(destination)) continue
      if (workdirBefore(model, stage, step) !== undefined) continue
      drafts.push({
        rule: 'BL021',
        ...at(step),
        message: `${quote(step)} on line ${step.line} copies to the relative \`${destination}\`, and no WORKDIR is set before it.`,
        fix: `Add \`WORKDIR /app\` before line ${step.line}, or write an absolute destination.`,
        hadolint: 'DL3045',
        step
      })
    }
  }
  return drafts
}

const relativeWorkdir: Check = ({ model }) => {
  const drafts: Draft[] = []
  for (const stage of model.stages) {
    for (const step of stage.steps) {
      if (step.keyword !== 'WORKDIR') continue
      const dir = step.args[0] ?? ''
      if (dir === '' || absolute(dir)) continue
      const noop = dir === '.' || dir === './'
      // After an absolute WORKDIR of this build, a relative one is resolved against ours and is stable.
      if (!noop && workdirBefore(model, stage, step) !== undefined) continue
      drafts.push({
        rule: 'BL022',
        ...at(step),
        message: noop
          ? `\`WORKDIR ${dir}\` on line ${step.line} does nothing: it names the current directory.`
          : `\`WORKDIR ${dir}\` on line ${step.line} is relative to the base image's WORKDIR.`,
        fix: noop
          ? `Delete line ${step.line}, or name the absolute directory you mean.`
          : `Write \`WORKDIR /${dir.replace(/^\.\//, '')}\`.`,
        hadolint: 'DL3000',
        step
      })
    }
  }
  return drafts
}

function trusted(image: string, registries: string[]): boolean {
  const full = fullReference(image).toLowerCase()
  return registries.some(r => {
    const entry = r.toLowerCase().replace(/\/+$/, '')
    return (
      full === entry ||
      full.startsWith(`${entry}/`) ||
      full.startsWith(`${entry}:`) ||
      registryOf(image) === entry
    )
  })
}

const untrustedRegistry: Check = ({ model, input }) => {
  const registries = input.config?.trustedRegistries ?? []
  if (registries.length === 0) return []
  return imageUses(model, input)
    .filter(u => !trusted(u.image, registries))
    .map(u => ({
      rule: 'BL027',
      ...at(u.step),
      message: `${u.where} on line ${u.step.line}: \`${u.image}\` comes from ${registryOf(u.image)}, which is not in lint.trusted-registries (${registries.join(', ')}).`,
      hadolint: 'DL3026',
      step: u.step
    }))
}

export const stageChecks: ReadonlyArray<Check> = [
  repeated,
  rootUser,
  addLocal,
  relativeCopy,
  relativeWorkdir,
  untrustedRegistry
]
