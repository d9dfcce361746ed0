// Compares two image configs field by field (created, history, env, labels, entrypoint ...) and names causes.
import { CAUSE_HINTS, type LeakedValues } from './cause.js'
import { historyArgs, type DockerInstruction, type HistoryEntry, type HistoryOrigin } from './provenance.js'
import type { Cause, ConfigChange } from './types.js'
import { asArray, asString, isRecord } from '../json.js'

export function historyOf(config: unknown): HistoryEntry[] {
  const history = isRecord(config) ? asArray(config.history) : []
  return history.filter(isRecord).map(h => {
    const e: HistoryEntry = {}
    const created = asString(h.created)
    const createdBy = asString(h.created_by)
    const comment = asString(h.comment)
    if (created !== undefined) e.created = created
    if (createdBy !== undefined) e.created_by = createdBy
    if (comment !== undefined) e.comment = comment
    if (h.empty_layer === true) e.empty_layer = true
    return e
  })
}

function envMap(config: unknown): Map<string, string> {
  const inner = isRecord(config) && isRecord(config.config) ? config.config : {}
  const out = new Map<string, string>()
  for (const v of asArray(inner.Env)) {
    if (typeof v !== 'string') continue
    const eq = v.indexOf('=')
    if (eq < 0) out.set(v, '')
    else out.set(v.slice(0, eq), v.slice(eq + 1))
  }
  return out
}

/** Build args that differ between the runs (from RUN history) and env values that differ. */
export function leakedValues(configA: unknown, configB: unknown): LeakedValues {
  const collect = (config: unknown): Map<string, string> => {
    const m = new Map<string, string>()
    for (const h of historyOf(config))
      for (const [k, v] of Object.entries(historyArgs(h.created_by))) m.set(k, v)
    return m
  }
  const pairs = (ma: Map<string, string>, mb: Map<string, string>): LeakedValues['args'] => {
    const out: LeakedValues['args'] = []
    for (const [name, a] of ma) {
      const b = mb.get(name)
      if (b !== undefined && b !== a) out.push({ name, a, b })
    }
    return out
  }
  return { args: pairs(collect(configA), collect(configB)), env: pairs(envMap(configA), envMap(configB)) }
}

export interface ConfigContext {
  originsA: HistoryOrigin[]
  originsB: HistoryOrigin[]
  /** The target chain's instructions, when the Dockerfile is known. */
  instructions: DockerInstruction[]
  leaked: LeakedValues
  platform?: string
}

const display = (v: unknown): string | null =>
  v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v)

/** Config fields that differ, each with a cause and, where known, the instruction behind it. */
export function diffConfig(configA: unknown, configB: unknown, ctx: ConfigContext): ConfigChange[] {
  const out: ConfigChange[] = []
  const a = isRecord(configA) ? configA : {}
  const b = isRecord(configB) ? configB : {}
  const push = (field: string, va: unknown, vb: unknown, cause: Cause, from?: DockerInstruction): void => {
    const change: ConfigChange = { field, a: display(va), b: display(vb), cause, hint: CAUSE_HINTS[cause] }
    if (from !== undefined) {
      change.instruction = from.text
      change.line = from.line
    }
    if (ctx.platform !== undefined) change.platform = ctx.platform
    out.push(change)
  }
  for (const field of ['created', 'architecture', 'os', 'variant']) {
    if (display(a[field]) !== display(b[field])) {
      push(field, a[field], b[field], field === 'created' ? 'timestamps' : 'unknown')
    }
  }
  const baseChanged = ctx.originsA.some((o, k) => o.base && !sameHistory(o, ctx.originsB[k]))

  const envA = envMap(configA)
  const envB = envMap(configB)
  for (const name of union(envA.keys(), envB.keys())) {
    if (envA.get(name) === envB.get(name)) continue
    const from = findSetter(ctx.instructions, 'ENV', name)
    push(`env.${name}`, envA.get(name), envB.get(name), setterCause(from, baseChanged, 'env'), from)
  }

  const innerA = isRecord(a.config) ? a.config : {}
  const innerB = isRecord(b.config) ? b.config : {}
  const labelsA = isRecord(innerA.Labels) ? innerA.Labels : {}
  const labelsB = isRecord(innerB.Labels) ? innerB.Labels : {}
  for (const name of union(Object.keys(labelsA), Object.keys(labelsB))) {
    if (display(labelsA[name]) === display(labelsB[name])) continue
    const from = findSetter(ctx.instructions, 'LABEL', name)
    push(`labels.${name}`, labelsA[name], labelsB[name], setterCause(from, baseChanged, 'build-arg'), from)
  }

  const fields: Array<[string, string]> = [
    ['Entrypoint', 'ENTRYPOINT'],
    ['Cmd', 'CMD'],
    ['User', 'USER'],
    ['WorkingDir', 'WORKDIR'],
    ['ExposedPorts', 'EXPOSE'],
    ['Volumes', 'VOLUME'],
    ['StopSignal', 'STOPSIGNAL'],
    ['Shell', 'SHELL'],
    ['Healthcheck', 'HEALTHCHECK'],
    ['OnBuild', 'ONBUILD']
  ]
  for (const [field, keyword] of fields) {
    if (display(innerA[field]) === display(innerB[field])) continue
    const from = [...ctx.instructions].reverse().find(x => x.keyword === keyword)
    push(field.toLowerCase(), innerA[field], innerB[field], setterCause(from, baseChanged, 'unknown'), from)
  }

  const histA = historyOf(configA)
  const histB = historyOf(configB)
  for (let k = 0; k < Math.max(histA.length, histB.length); k++) {
    const ha = histA[k]
    const hb = histB[k]
    const origin = ctx.originsB[k] ?? ctx.originsA[k]
    const from: DockerInstruction | undefined =
      origin?.instruction !== undefined && origin.line !== undefined
        ? { keyword: '', text: origin.instruction, line: origin.line, stage: 0 }
        : undefined
    const base = origin?.base === true
    if (ha?.created_by !== hb?.created_by) {
      const argsA = historyArgs(ha?.created_by)
      const argsB = historyArgs(hb?.created_by)
      const argsDiffer = Object.keys({ ...argsA, ...argsB }).some(n => argsA[n] !== argsB[n])
      const cause: Cause = base ? 'base-image' : argsDiffer ? 'build-arg' : leakCause(ha?.created_by, ctx)
      push(`history[${k}].created_by`, ha?.created_by, hb?.created_by, cause, from)
    }
    if (ha?.created !== hb?.created) {
      push(`history[${k}].created`, ha?.created, hb?.created, base ? 'base-image' : 'timestamps', from)
    }
    if (ha?.comment !== hb?.comment || ha?.empty_layer !== hb?.empty_layer) {
      push(`history[${k}]`, ha, hb, base ? 'base-image' : 'unknown', from)
    }
  }
  return out
}

function sameHistory(a: HistoryOrigin, b: HistoryOrigin | undefined): boolean {
  return b !== undefined && a.createdBy === b.createdBy && a.empty === b.empty
}

function leakCause(createdBy: string | undefined, ctx: ConfigContext): Cause {
  const text = createdBy ?? ''
  if (ctx.leaked.args.some(v => v.a !== '' && text.includes(v.a))) return 'build-arg'
  if (/^(ENV|LABEL)\b/.test(text)) return 'build-arg'
  return 'unknown'
}

/** A value set by an instruction that reads a variable came from a build arg; one set by no instruction, from the base. */
function setterCause(from: DockerInstruction | undefined, baseChanged: boolean, otherwise: Cause): Cause {
  if (from === undefined) return baseChanged ? 'base-image' : otherwise
  if (/\$/.test(from.text)) return 'build-arg'
  return otherwise
}

/** The last ENV or LABEL instruction of the chain that sets `name`. */
function findSetter(
  instructions: DockerInstruction[],
  keyword: string,
  name: string
): DockerInstruction | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`^${keyword}\\s+(.*\\s)?["']?${escaped}["']?(=|\\s)`, 'i')
  return [...instructions].reverse().find(x => x.keyword === keyword && re.test(x.text))
}

function union(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort()
}
