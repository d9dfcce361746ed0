// The Postgres pool, and the existence checks that modules use for references.
import { Pool } from 'pg'
import type { Config } from './config'

export function createPool(config: Config): Pool {
  return new Pool({ connectionString: config.DATABASE_URL, max: 10, idleTimeoutMillis: 30_000 })
}

const IDENT = /^[a-z_][a-z0-9_]*$/

export async function exists(pool: Pool, table: string, id: string): Promise<boolean> {
  if (!IDENT.test(table)) throw new Error(`bad table name ${table}`)
  const result = await pool.query(`select 1 from ${table} where id = $1 limit 1`, [id])
  return (result.rowCount ?? 0) > 0
}
