// Examples of valid and invalid customer bodies, checked by `npm run check:schemas`.
import { CreateCustomerSchema } from './schema'

export const validCustomer = CreateCustomerSchema.parse({
  name: 'name-sample',
  email: 'someone@example.com',
  phone: 'phone-sample',
  company: 'company-sample',
  notes: 'lorem ipsum',
  vip: true,
})

export const invalidCustomer = CreateCustomerSchema.safeParse({}).success === false
