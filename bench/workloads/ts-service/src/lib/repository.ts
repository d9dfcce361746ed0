// A small SQL repository over pg: typed column maps, keyset pagination, optimistic locking.
import type { Pool } from 'pg'

export type ColumnMap<T> = { [K in keyof T]-?: string }

export interface FindOptions {
  text?: string | undefined
  limit: number
  cursor?: string | undefined
}

export class SqlRepository<T extends { id: string; version: number }> {
  constructor(
    protected readonly pool: Pool,
    protected readonly table: string,
    protected readonly columns: ColumnMap<T>,
    protected readonly searchable: readonly string[]
  ) {}

  protected fromRow(row: Record<string, unknown>): T {
    const out: Record<string, unknown> = {}
    for (const [key, column] of Object.entries(this.columns) as [string, string][]) out[key] = row[column]
    return out as T
  }

  protected toRow(value: T): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const [key, column] of Object.entries(this.columns) as [string, string][]) out[column] = (value as Record<string, unknown>)[key]
    return out
  }

  async findById(id: string): Promise<T | null> {
    const result = await this.pool.query(`select * from ${this.table} where id = $1`, [id])
    return result.rows[0] ? this.fromRow(result.rows[0]) : null
  }

  async findMany(filters: Record<string, unknown>, options: FindOptions): Promise<T[]> {
    const where: string[] = []
    const params: unknown[] = []
    for (const [column, value] of Object.entries(filters)) {
      params.push(value)
      where.push(`${column} = $${params.length}`)
    }
    if (options.text && this.searchable.length > 0) {
      params.push(`%${options.text}%`)
      where.push(`(${this.searchable.map(c => `${c} ilike $${params.length}`).join(' or ')})`)
    }
    if (options.cursor) {
      params.push(options.cursor)
      where.push(`id > $${params.length}`)
    }
    params.push(options.limit + 1)
    const sql = `select * from ${this.table}${where.length ? ` where ${where.join(' and ')}` : ''} order by id limit $${params.length}`
    const result = await this.pool.query(sql, params)
    return result.rows.map(row => this.fromRow(row))
  }

  async insert(value: T): Promise<void> {
    const row = this.toRow(value)
    const keys = Object.keys(row)
    await this.pool.query(
      `insert into ${this.table} (${keys.join(', ')}) values (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
      keys.map(k => row[k])
    )
  }

  async update(value: T, expectedVersion: number): Promise<void> {
    const row = this.toRow(value)
    const keys = Object.keys(row).filter(k => k !== 'id')
    const sets = keys.map((k, i) => `${k} = $${i + 3}`).join(', ')
    const result = await this.pool.query(`update ${this.table} set ${sets} where id = $1 and version = $2`, [
      value.id,
      expectedVersion,
      ...keys.map(k => row[k])
    ])
    if (result.rowCount === 0) throw new Error(`${this.table} ${value.id}: version ${expectedVersion} is gone`)
  }

  async delete(id: string): Promise<void> {
    await this.pool.query(`delete from ${this.table} where id = $1`, [id])
  }
}
