// Where cart-item rows live: the SQL for the cart_items table, mapped to and from CartItem.
import type { Pool } from 'pg'
import { SqlRepository, type ColumnMap } from '../../lib/repository'
import type { CartItem, CartItemQuery } from './schema'

const COLUMNS: ColumnMap<CartItem> = {
    id: 'id',
    cartId: 'cart_id',
    variantId: 'variant_id',
    quantity: 'quantity',
    status: 'status',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at'
}

export class CartItemRepository extends SqlRepository<CartItem> {
  constructor(pool: Pool) {
    super(pool, 'cart_items', COLUMNS, [])
  }

  async search(query: CartItemQuery): Promise<CartItem[]> {
    const filters: Record<string, unknown> = {}
    if (query.status !== undefined) filters.status = query.status
    if (query.cartId !== undefined) filters.cart_id = query.cartId
    if (query.variantId !== undefined) filters.variant_id = query.variantId
    return this.findMany(filters, { text: query.q, limit: query.limit, cursor: query.cursor })
  }
}
