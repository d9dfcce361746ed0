// The drift verdict as plain text for a terminal or a log: one line per fact, every field from an image on one line.
import { renderDiffText } from '../diff/render-text.js'
import { oneLine } from '../report/format.js'
import type { DriftVerdict } from './attribute.js'

export function renderDriftText(verdict: DriftVerdict): string {
  const line = (t: string): string => oneLine(t, 1000)
  const out = [
    line(verdict.drifted ? `DRIFT: ${verdict.reason}` : `no drift: ${verdict.reason}`),
    line(`  before ${verdict.before.digest} (${verdict.before.origin})`),
    line(`  after  ${verdict.after.digest} (${verdict.after.origin})`)
  ]
  for (const b of verdict.bases) {
    out.push(
      line(
        `  base ${b.ref}${b.platform !== null ? ` (${b.platform})` : ''}: ${b.from ?? '(none)'} → ${b.to ?? '(none)'}`
      )
    )
  }
  for (const p of verdict.packages) {
    for (const c of p.changes) {
      out.push(
        line(
          `  package ${c.manager} ${c.name} (${p.platform}): ${c.from ?? '(not installed)'} → ${c.to ?? '(removed)'}`
        )
      )
    }
  }
  for (const e of verdict.engine) out.push(line(`  engine ${e.field}: ${e.from ?? '?'} → ${e.to ?? '?'}`))
  for (const n of verdict.notes) out.push(line(`  note: ${n}`))
  if (verdict.diagnosis !== null) out.push('', renderDiffText(verdict.diagnosis))
  return out.join('\n') + '\n'
}
