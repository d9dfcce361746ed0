// The images a Dockerfile pulls: FROM (with ARGs resolved), COPY --from=<image> and RUN --mount=from=<image>.
import { canonicalReference, tryParseReference } from '../registry/reference.js'
import { type GlobalArg, type Model, type Span, type Step } from './model.js'
import type { LintInput } from './types.js'

export interface ImageUse {
  step: Step
  /** How the image is named in the Dockerfile (`${BASE}`, `composer:2.0`). */
  written: string
  /** The reference after ARG expansion. */
  image: string
  /** " (from `ARG BASE` on line 1)" or "" */
  via: string
  /** Where the reference sits: `FROM`, `COPY --from`, `RUN --mount=from`. */
  where: 'FROM' | 'COPY --from' | 'RUN --mount=from'
  /** Where `written` sits in the text (for edits; check the text there before changing it). */
  span: Span | null
  /** The global ARG whose default is the whole reference (`FROM ${BASE}`), when no --build-arg overrides it. */
  arg: GlobalArg | null
}

/** Expands `$NAME`, `${NAME}` and `${NAME:-default}`; null when a variable has no known value. */
export function expand(value: string, lookup: (name: string) => string | undefined): string | null {
  let unknown = false
  const out = value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (
      _m,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined
    ) => {
      const name = braced ?? bare ?? ''
      const v = lookup(name)
      if (op === '-') return v === undefined || v === '' ? (word ?? '') : v
      if (op === '+') return v === undefined || v === '' ? '' : (word ?? '')
      if (v === undefined) unknown = true
      return v ?? ''
    }
  )
  return unknown ? null : out
}

export function splitImage(ref: string): { name: string; tag: string | null; digest: string | null } {
  const at = ref.indexOf('@')
  const digest = at < 0 ? null : ref.slice(at + 1)
  const withoutDigest = at < 0 ? ref : ref.slice(0, at)
  const slash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  const hasTag = colon > slash
  return {
    name: hasTag ? withoutDigest.slice(0, colon) : withoutDigest,
    tag: hasTag ? withoutDigest.slice(colon + 1) : null,
    digest
  }
}

function source(written: string, model: Model, input: LintInput): string {
  const names = [...written.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map(m => m[1]!)
  const parts = names.map(n => {
    if (input.buildArgs?.[n] !== undefined) return `--build-arg ${n}`
    const arg = model.globalArgs.filter(a => a.name === n).at(-1)
    return arg ? `\`ARG ${n}\` on line ${arg.line}` : n
  })
  return parts.length === 0 ? '' : ` (from ${parts.join(', ')})`
}

function mountSources(step: Step): { ref: string; span: Span | null }[] {
  return step.flags
    .filter(f => f.name === 'mount' && f.value !== null)
    .flatMap(f => {
      let offset = 0
      for (const part of f.value!.split(',')) {
        const start = offset
        offset += part.length + 1
        if (!/^\s*from=/.test(part)) continue
        const eq = part.indexOf('=')
        const ref = part.slice(eq + 1).trim()
        const lead = part.slice(eq + 1).length - part.slice(eq + 1).trimStart().length
        const at = f.valueSpan === null ? null : f.valueSpan.start + start + eq + 1 + lead
        return [{ ref, span: at === null ? null : { start: at, end: at + ref.length } }]
      }
      return []
    })
}

/** `${NAME}` or `$NAME` and nothing else: the whole reference is one ARG. */
function wholeArg(written: string): string | null {
  const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(written)
  return m === null ? null : (m[1] ?? m[2] ?? null)
}

/** Every image the build pulls, stage names, `scratch`, stage indexes and unresolvable references left out. */
export function imageUses(model: Model, input: LintInput): ImageUse[] {
  const uses: ImageUse[] = []
  const stageNames = new Set<string>()
  const allNames = new Set(model.stages.map(s => s.name).filter((n): n is string => n !== null))
  for (const stage of model.stages) {
    const lookup = (name: string): string | undefined => {
      const fromCli = input.buildArgs?.[name]
      if (fromCli !== undefined) return fromCli
      const arg = model.globalArgs.filter(a => a.name === name && a.line < stage.from.line).at(-1)
      return arg?.value ?? undefined
    }
    const written = stage.from.args[0]
    if (written !== undefined) {
      // ARG defaults may use earlier ARGs (`ARG IMAGE=golang:${GO_VERSION}`): expand a few rounds.
      let resolved = expand(written, lookup)
      for (let round = 0; round < 4 && resolved !== null && resolved.includes('$'); round++) {
        resolved = expand(resolved, lookup)
      }
      const image = resolved?.trim() ?? ''
      const via = resolved !== null && resolved !== written ? source(written, model, input) : ''
      if (image !== '' && image.toLowerCase() !== 'scratch' && !stageNames.has(image.toLowerCase())) {
        const name = wholeArg(written)
        const declared =
          name === null || input.buildArgs?.[name] !== undefined
            ? undefined
            : model.globalArgs.filter(a => a.name === name && a.line < stage.from.line).at(-1)
        const arg = declared !== undefined && declared.value !== null ? declared : null
        uses.push({
          step: stage.from,
          written,
          image,
          via,
          where: 'FROM',
          span: stage.from.argSpans[0] ?? null,
          arg
        })
      }
    }
    if (stage.name !== null) stageNames.add(stage.name)
    for (const step of stage.steps) {
      const refs: [string, Span | null, ImageUse['where']][] = []
      const from = step.flags.find(f => f.name === 'from')
      if ((step.keyword === 'COPY' || step.keyword === 'ADD') && from?.value) {
        refs.push([from.value, from.valueSpan, 'COPY --from'])
      }
      if (step.keyword === 'RUN')
        for (const m of mountSources(step)) refs.push([m.ref, m.span, 'RUN --mount=from'])
      for (const [ref, span, where] of refs) {
        // A stage may be named before or after its use (BuildKit checks that); numbers are stage indexes.
        if (ref.includes('$') || /^\d+$/.test(ref) || allNames.has(ref.toLowerCase())) continue
        uses.push({ step, written: ref, image: ref, via: '', where, span, arg: null })
      }
    }
  }
  return uses
}

/** The registry host of a reference, as Docker reads it: `docker.io` unless the first part has a dot, a colon or is localhost. */
export function registryOf(image: string): string {
  const parsed = tryParseReference(image)
  if (typeof parsed !== 'string') return parsed.registry.toLowerCase()
  // Not a valid reference (lint still reports on it): the first component by the same rule.
  const first = image.split('/')[0]!
  const explicit =
    image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
  return explicit ? first.toLowerCase() : 'docker.io'
}

/** The reference with its registry spelled out: `node:22` → `docker.io/library/node:22`. */
export function fullReference(image: string): string {
  const parsed = tryParseReference(image)
  if (typeof parsed !== 'string')
    return canonicalReference({ ...parsed, registry: parsed.registry.toLowerCase() })
  const registry = registryOf(image)
  const path = image.toLowerCase().startsWith(`${registry}/`) ? image.slice(registry.length + 1) : image
  return `${registry}/${registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path}`
}
