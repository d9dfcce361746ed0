// Examples of valid and invalid data-import bodies, checked by `npm run check:schemas`.
import { CreateDataImportSchema } from './schema'

export const validDataImport = CreateDataImportSchema.parse({
  source: 'source-sample',
  format: 'format-sample',
  rows: 3,
  finishedAt: '2024-01-02T03:04:05.000Z',
})

export const invalidDataImport = CreateDataImportSchema.safeParse({}).success === false
