// The events a plan emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Plan } from './schema'

export const planEvents = {
  created: 'plan.created' as EventName<Plan>,
  updated: 'plan.updated' as EventName<Plan>,
  removed: 'plan.removed' as EventName<Plan>
} as const

export function planPayload(event: string, plan: Plan): Record<string, unknown> {
  return { type: event, id: plan.id, version: plan.version, status: plan.status, at: plan.updatedAt }
}
