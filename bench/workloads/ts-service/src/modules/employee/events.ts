// The events a employee emits, and the webhook payloads they become.
import type { EventName } from '../../lib/events'
import type { Employee } from './schema'

export const employeeEvents = {
  created: 'employee.created' as EventName<Employee>,
  updated: 'employee.updated' as EventName<Employee>,
  removed: 'employee.removed' as EventName<Employee>
} as const

export function employeePayload(event: string, employee: Employee): Record<string, unknown> {
  return { type: event, id: employee.id, version: employee.version, status: employee.status, at: employee.updatedAt }
}
