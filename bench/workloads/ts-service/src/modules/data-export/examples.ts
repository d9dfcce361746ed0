// Examples of valid and invalid data-export bodies, checked by `npm run check:schemas`.
import { CreateDataExportSchema } from './schema'

export const validDataExport = CreateDataExportSchema.parse({
  reportId: '00000000-0000-4000-8000-000000000001',
  format: 'format-sample',
  url: 'https://example.com/a',
  finishedAt: '2024-01-02T03:04:05.000Z',
})

export const invalidDataExport = CreateDataExportSchema.safeParse({}).success === false
