// Drafts of findings and the helpers every check uses to place and word them.
import type { Model, Stage, Step } from './model.js'
import { findInstalls, type Install } from './shell.js'
import type { LintInput, Severity } from './types.js'

/** A finding before the engine fills in the file and the rule's defaults. */
export interface Draft {
  rule: string
  line: number
  endLine?: number
  message: string
  why?: string
  fix?: string
  severity?: Severity
  evidence?: string
  /** The hadolint rule that flags the same thing here. */
  hadolint?: string | undefined
  /** The instruction a diagnosis would name. */
  step?: Step
}

export interface CheckContext {
  model: Model
  input: LintInput
}

export type Check = (ctx: CheckContext) => Draft[]

/** "`RUN npm ci`", cut to one short line. */
export function quote(step: Step): string {
  const first = `${step.keyword} ${step.command.split('\n')[0] ?? ''}`.replace(/\s+/g, ' ').trim()
  return `\`${first.length > 60 ? `${first.slice(0, 59)}…` : first}\``
}

export function at(step: Step): Pick<Draft, 'line' | 'endLine'> {
  return step.endLine > step.line ? { line: step.line, endLine: step.endLine } : { line: step.line }
}

export function runs(steps: Step[]): Step[] {
  return steps.filter(s => s.keyword === 'RUN')
}

export const SNAPSHOT =
  /snapshot\.(debian\.org|ubuntu\.com)|--snapshot\b|APT::Snapshot|^\s*Snapshot:|repro-sources-list|\bapt(-get)?\s+(\S+\s+)*-S\s/im

export function aptInstalls(step: Step): Install[] {
  return findInstalls(step.command).filter(i => i.manager === 'apt' && i.words[i.rest - 1] === 'install')
}

/** The final stage and the stages of this file it is built FROM, last first. */
export function finalChain(model: Model): Stage[] {
  const chain: Stage[] = []
  let stage = model.stages.at(-1)
  while (stage && !chain.includes(stage)) {
    chain.push(stage)
    const image = (stage.from.args[0] ?? '').toLowerCase()
    stage = model.stages.find(s => s.name === image && s.index < stage!.index)
  }
  return chain
}
