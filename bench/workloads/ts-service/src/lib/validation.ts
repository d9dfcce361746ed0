// Shared field types for the schemas: money in minor units, ISO dates, and validator-backed strings.
import validator from 'validator'
import { z } from 'zod'

export const currency = z.string().length(3).refine(c => validator.isISO4217(c), 'not an ISO 4217 currency')

export const money = z.object({
  amountMinor: z.number().int(),
  currency
})
export type Money = z.infer<typeof money>

export const isoDate = z.string().refine(s => validator.isISO8601(s, { strict: true }), 'not an ISO 8601 date')

export const phone = z.string().refine(s => validator.isMobilePhone(s, 'any'), 'not a phone number')
