// Examples of valid and invalid banner bodies, checked by `npm run check:schemas`.
import { CreateBannerSchema } from './schema'

export const validBanner = CreateBannerSchema.parse({
  title: 'title-sample',
  image: 'https://example.com/a',
  link: 'https://example.com/a',
  position: 3,
})

export const invalidBanner = CreateBannerSchema.safeParse({}).success === false
