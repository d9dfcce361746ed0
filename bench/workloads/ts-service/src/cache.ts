// A per-resource read cache: an LRU in the process, optionally backed by Redis for invalidation.
import { Redis } from 'ioredis'
import { LRUCache } from 'lru-cache'

export interface Cache<T> {
  get(key: string): T | undefined
  set(key: string, value: T): void
  delete(key: string): void
}

export function memoryCache<T extends object>(ttlMs: number, max = 5000): Cache<T> {
  const lru = new LRUCache<string, T>({ max, ttl: ttlMs })
  return {
    get: key => lru.get(key),
    set: (key, value) => void lru.set(key, value),
    delete: key => void lru.delete(key)
  }
}

/** Invalidations from other instances arrive on a Redis channel and drop the local entries. */
export function sharedInvalidation<T>(url: string, name: string, local: Cache<T>): Cache<T> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 })
  const sub = pub.duplicate()
  void sub.subscribe(`invalidate:${name}`)
  sub.on('message', (_channel: string, key: string) => local.delete(key))
  return {
    get: key => local.get(key),
    set: (key, value) => local.set(key, value),
    delete: key => {
      local.delete(key)
      void pub.publish(`invalidate:${name}`, key)
    }
  }
}
