// The events a template emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Template } from './schema'

export const templateEvents = {
  created: 'template.created' as EventName<Template>,
  updated: 'template.updated' as EventName<Template>,
  removed: 'template.removed' as EventName<Template>
} as const

export function templatePayload(event: string, template: Template): Record<string, unknown> {
  return { type: event, id: template.id, version: template.version, status: template.status, at: template.updatedAt }
}
