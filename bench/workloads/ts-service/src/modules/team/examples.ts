// Examples of valid and invalid team bodies, checked by `npm run check:schemas`.
import { CreateTeamSchema } from './schema'

export const validTeam = CreateTeamSchema.parse({
  name: 'name-sample',
  leadId: '00000000-0000-4000-8000-000000000001',
})

export const invalidTeam = CreateTeamSchema.safeParse({}).success === false
