// Cursor pages: the caller asks for limit, the repository fetched limit + 1 to know whether more exist.
import { stringify } from 'qs'

export interface Page<T> {
  items: T[]
  next: string | null
}

export function page<T extends { id: string }>(items: T[], limit: number): Page<T> {
  const more = items.length > limit
  const shown = more ? items.slice(0, limit) : items
  return { items: shown, next: more ? shown[shown.length - 1]!.id : null }
}

export function nextLink(base: string, query: Record<string, unknown>, next: string | null): string | null {
  return next === null ? null : `${base}?${stringify({ ...query, cursor: next })}`
}
