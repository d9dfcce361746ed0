// The shipment resource's wire format: what the API accepts and returns.
import { z } from 'zod'
import { isoDate } from '../../lib/validation'

export const ShipmentStatus = z.enum(['packing', 'shipped', 'delivered', 'lost'])
export type ShipmentStatus = z.infer<typeof ShipmentStatus>

export const ShipmentSchema = z.object({
  id: z.string().uuid(),
  orderId: z.string().uuid(),
  carrier: z.string().min(1).max(200),
  trackingCode: z.string().min(1).max(200),
  shippedAt: isoDate,
  status: ShipmentStatus,
  version: z.number().int().nonnegative(),
  createdAt: isoDate,
  updatedAt: isoDate
})
export type Shipment = z.infer<typeof ShipmentSchema>

export const CreateShipmentSchema = ShipmentSchema.omit({ id: true, version: true, createdAt: true, updatedAt: true }).extend({
  status: ShipmentStatus.default('packing')
})
export type CreateShipment = z.infer<typeof CreateShipmentSchema>

export const UpdateShipmentSchema = CreateShipmentSchema.partial().extend({ version: z.number().int().nonnegative() })
export type UpdateShipment = z.infer<typeof UpdateShipmentSchema>

export const ShipmentQuerySchema = z.object({
  status: ShipmentStatus.optional(),
  orderId: z.string().uuid().optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional()
})
export type ShipmentQuery = z.infer<typeof ShipmentQuerySchema>

export const shipmentTransitions: Record<ShipmentStatus, readonly ShipmentStatus[]> = {
  'packing': ['shipped', 'delivered', 'lost'],
  'shipped': ['delivered', 'lost'],
  'delivered': ['lost'],
  'lost': [],
}
