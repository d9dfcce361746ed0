// The channel module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { channelEvents, channelPayload } from './events'
import { ChannelRepository } from './repository'
import { channelRoutes } from './routes'
import { ChannelService } from './service'

export const channelModule: ApiModule = {
  name: 'channel',
  path: '/channels',
  scopes: ['channel:read', 'channel:write'],
  create(deps: ModuleDeps) {
    const repo = new ChannelRepository(deps.pool)
    const service = new ChannelService(repo, deps.bus, deps.cache('channel'), {
      storeExists: id => deps.exists('stores', id),
    })
    for (const event of Object.values(channelEvents)) deps.bus.on(event, value => deps.webhooks.publish(channelPayload(event, value)))
    return channelRoutes(service)
  }
}
