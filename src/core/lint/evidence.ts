// Matches measured build steps and diagnoses to Dockerfile instructions, and words them for findings.
import type { Step } from './model.js'
import type { DiagnosisLink, StepEvidence } from './types.js'

/** A comparable form of an instruction: vertex prefix and flags dropped, keyword upper-case, spaces collapsed. */
export function instructionKey(text: string): string {
  const words = text
    .replace(/\\\r?\n/g, ' ')
    .replace(/^\s*\[[^\]]*\]\s*/, '')
    .trim()
    .split(/\s+/)
  const keyword = (words.shift() ?? '').toUpperCase()
  while (words.length > 0 && words[0]!.startsWith('--')) words.shift()
  return [keyword, ...words].join(' ')
}

function firstLineKey(text: string): string {
  return instructionKey(text.split('\n')[0] ?? '')
}

function stepText(step: Step): string {
  return `${step.keyword} ${step.command}`
}

function sameInstruction(step: Step, other: string): boolean {
  const text = stepText(step)
  if (instructionKey(text) === instructionKey(other)) return true
  // Heredocs: vertex names and diff records may keep only the first line.
  return step.heredoc && firstLineKey(text) === firstLineKey(other)
}

export function findEvidence(evidence: StepEvidence[] | undefined, step: Step): StepEvidence | undefined {
  return evidence?.find(e => sameInstruction(step, e.instruction ?? e.name))
}

export function findDiagnosis(diagnoses: DiagnosisLink[] | undefined, step: Step): string | undefined {
  return diagnoses?.find(d => sameInstruction(step, d.instruction))?.reference
}

/** "38 s", "1.2 s", "450 ms" */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`
}

/** "step 5 `RUN npm ci`", from a vertex name like "[5/6] RUN npm ci" or "[build 2/4] RUN ..." */
export function stepLabel(e: StepEvidence): string {
  const number = /^\s*\[(?:[^\]]*\s)?(\d+)\/\d+\]/.exec(e.name)?.[1]
  const instruction = (e.instruction ?? e.name.replace(/^\s*\[[^\]]*\]\s*/, '')).replace(/\s+/g, ' ').trim()
  const shown = instruction.length > 60 ? `${instruction.slice(0, 59)}…` : instruction
  return number === undefined ? `\`${shown}\`` : `step ${number} \`${shown}\``
}

/** " (38 s)" or "" */
export function durationSuffix(e: StepEvidence): string {
  return e.durationMs === null ? '' : ` (${formatDuration(e.durationMs)})`
}
