// The banner module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { bannerEvents, bannerPayload } from './events'
import { BannerRepository } from './repository'
import { bannerRoutes } from './routes'
import { BannerService } from './service'

export const bannerModule: ApiModule = {
  name: 'banner',
  path: '/banners',
  scopes: ['banner:read', 'banner:write'],
  create(deps: ModuleDeps) {
    const repo = new BannerRepository(deps.pool)
    const service = new BannerService(repo, deps.bus, deps.cache('banner'))
    for (const event of Object.values(bannerEvents)) deps.bus.on(event, value => deps.webhooks.publish(bannerPayload(event, value)))
    return bannerRoutes(service)
  }
}
