// JSON Schemas for partner feeds, checked with ajv (plus formats), loaded from YAML.
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import deepmerge from 'deepmerge'
import { parse as parseYaml } from 'yaml'

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)

const compiled = new Map<string, ValidateFunction>()

export function registerSchema(name: string, yamlText: string, defaults: object = {}): void {
  const schema: object = deepmerge(defaults, parseYaml(yamlText) as object)
  compiled.set(name, ajv.compile(schema))
}

export function validateFeed(name: string, value: unknown): string[] {
  const validate = compiled.get(name)
  if (!validate) return [`no schema ${name}`]
  return validate(value) ? [] : (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`)
}
