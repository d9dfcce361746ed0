// What can happen to a employee: creation with normalised fields, guarded status transitions, optimistic updates.
import { produce } from 'immer'
import { v4 as uuid } from 'uuid'
import type { Cache } from '../../cache'
import { conflict, notFound, unprocessable } from '../../errors'
import type { EventBus } from '../../lib/events'
import { normaliseEmail, toIsoDate } from '../../lib/normalise'
import { now } from '../../lib/time'
import type { EmployeeRepository } from './repository'
import { employeeTransitions, type CreateEmployee, type Employee, type EmployeeQuery, type EmployeeStatus, type UpdateEmployee } from './schema'
import { employeeEvents } from './events'

export class EmployeeService {
  constructor(
    private readonly repo: EmployeeRepository,
    private readonly bus: EventBus,
    private readonly cache: Cache<Employee>,
  ) {}

  list(query: EmployeeQuery): Promise<Employee[]> {
    return this.repo.search(query)
  }

  async get(id: string): Promise<Employee> {
    const cached = this.cache.get(id)
    if (cached) return cached
    const found = await this.repo.findById(id)
    if (!found) throw notFound('employee', id)
    this.cache.set(id, found)
    return found
  }

  async create(input: CreateEmployee): Promise<Employee> {
    const at = toIsoDate(now())
    const employee: Employee = {
    ...input,
    name: input.name.trim(),
    email: normaliseEmail(input.email),
    role: input.role.trim(),
    hiredAt: toIsoDate(input.hiredAt),
      id: uuid(),
      version: 0,
      createdAt: at,
      updatedAt: at
    }
    await this.repo.insert(employee)
    this.bus.emit(employeeEvents.created, employee)
    return employee
  }

  async update(id: string, patch: UpdateEmployee): Promise<Employee> {
    const current = await this.get(id)
    if (current.version !== patch.version) throw conflict('employee', id, current.version)
    if (patch.status !== undefined && patch.status !== current.status) this.checkTransition(current.status, patch.status)
    const next = produce(current, draft => {
      Object.assign(draft, patch)
      draft.version = current.version + 1
      draft.updatedAt = toIsoDate(now())
    })
    await this.repo.update(next, current.version)
    this.cache.delete(id)
    this.bus.emit(employeeEvents.updated, next)
    return next
  }

  async remove(id: string): Promise<void> {
    const current = await this.get(id)
    await this.repo.delete(id)
    this.cache.delete(id)
    this.bus.emit(employeeEvents.removed, current)
  }

  private checkTransition(from: EmployeeStatus, to: EmployeeStatus): void {
    if (!employeeTransitions[from].includes(to)) throw unprocessable('status', `cannot go from ${from} to ${to}`)
  }
}
