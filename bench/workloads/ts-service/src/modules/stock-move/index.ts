// The stock-move module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { stockMoveEvents, stockMovePayload } from './events'
import { StockMoveRepository } from './repository'
import { stockMoveRoutes } from './routes'
import { StockMoveService } from './service'

export const stockMoveModule: ApiModule = {
  name: 'stock-move',
  path: '/stock-moves',
  scopes: ['stock-move:read', 'stock-move:write'],
  create(deps: ModuleDeps) {
    const repo = new StockMoveRepository(deps.pool)
    const service = new StockMoveService(repo, deps.bus, deps.cache('stock-move'), {
      inventoryExists: id => deps.exists('inventorys', id),
    })
    for (const event of Object.values(stockMoveEvents)) deps.bus.on(event, value => deps.webhooks.publish(stockMovePayload(event, value)))
    return stockMoveRoutes(service)
  }
}
