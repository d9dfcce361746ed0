// Examples of valid and invalid employee bodies, checked by `npm run check:schemas`.
import { CreateEmployeeSchema } from './schema'

export const validEmployee = CreateEmployeeSchema.parse({
  name: 'name-sample',
  email: 'someone@example.com',
  role: 'role-sample',
  hiredAt: '2024-01-02T03:04:05.000Z',
})

export const invalidEmployee = CreateEmployeeSchema.safeParse({}).success === false
