// The coupon module, wired: repository, service, routes and webhook events.
import type { ApiModule, ModuleDeps } from '../../lib/module'
import { couponEvents, couponPayload } from './events'
import { CouponRepository } from './repository'
import { couponRoutes } from './routes'
import { CouponService } from './service'

export const couponModule: ApiModule = {
  name: 'coupon',
  path: '/coupons',
  scopes: ['coupon:read', 'coupon:write'],
  create(deps: ModuleDeps) {
    const repo = new CouponRepository(deps.pool)
    const service = new CouponService(repo, deps.bus, deps.cache('coupon'))
    for (const event of Object.values(couponEvents)) deps.bus.on(event, value => deps.webhooks.publish(couponPayload(event, value)))
    return couponRoutes(service)
  }
}
