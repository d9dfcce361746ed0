// The `lint:` section of .build-lab.yml: parsed and checked, with one clear line for each mistake.
import { parse } from 'yaml'
import { BuildLabError } from '../errors.js'
import { rules } from './rules.js'
import type { LintConfig, Severity } from './types.js'
import { isRecord } from '../json.js'

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
const RULE_ID = /^(BL\d{3}|BK:[A-Za-z]+)$/
const KEYS = ['disable', 'severity', 'trusted-registries', 'fail-level', 'buildkit']

export const EMPTY_LINT_CONFIG: LintConfig = { disable: [], severity: {}, trustedRegistries: [] }

function severity(value: unknown, where: string): Severity {
  const found = SEVERITIES.find(s => s === value)
  if (found === undefined) throw new BuildLabError(`${where} must be one of error, warning, info`)
  return found
}

function ruleIds(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new BuildLabError(`${where} must be a list of rule ids, e.g. [BL015]`)
  return value.map(id => {
    if (typeof id !== 'string' || !RULE_ID.test(id)) {
      throw new BuildLabError(
        `${where}: ${JSON.stringify(id)} is not a rule id (BL015, BK:JSONArgsRecommended)`
      )
    }
    if (id.startsWith('BL') && !rules.some(r => r.id === id)) {
      throw new BuildLabError(`${where}: there is no rule ${id} (docs/lint.md lists them)`)
    }
    return id
  })
}

/** Parses .build-lab.yml; a file without a `lint:` section gives the empty config. Throws BuildLabError (exit 2). */
export function parseLintConfig(text: string, file: string): LintConfig {
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new BuildLabError(`${file} is not valid YAML: ${reason}`)
  }
  if (doc === null || doc === undefined) return EMPTY_LINT_CONFIG
  if (!isRecord(doc)) throw new BuildLabError(`${file} must be a mapping with a lint: section`)
  const lint = doc['lint']
  if (lint === undefined || lint === null) return EMPTY_LINT_CONFIG
  if (!isRecord(lint))
    throw new BuildLabError(
      `${file}: lint must be a mapping (disable, severity, trusted-registries, fail-level, buildkit)`
    )
  const unknown = Object.keys(lint).find(k => !KEYS.includes(k))
  if (unknown !== undefined) {
    throw new BuildLabError(`${file}: lint.${unknown} is not a setting; use ${KEYS.join(', ')}`)
  }
  const config: LintConfig = {
    disable: lint['disable'] === undefined ? [] : ruleIds(lint['disable'], `${file}: lint.disable`),
    severity: {},
    trustedRegistries: []
  }
  const overrides = lint['severity']
  if (overrides !== undefined) {
    if (!isRecord(overrides))
      throw new BuildLabError(`${file}: lint.severity must map rule ids to error, warning or info`)
    for (const [id, value] of Object.entries(overrides)) {
      ruleIds([id], `${file}: lint.severity`)
      config.severity[id] = severity(value, `${file}: lint.severity.${id}`)
    }
  }
  const registries = lint['trusted-registries']
  if (registries !== undefined) {
    if (
      !Array.isArray(registries) ||
      !registries.every(r => typeof r === 'string' && /^[^\s/]+(\/[^\s]+)?$/.test(r))
    ) {
      throw new BuildLabError(
        `${file}: lint.trusted-registries must be a list of registries, e.g. [ghcr.io/my-org, docker.io]`
      )
    }
    config.trustedRegistries = registries
  }
  if (lint['fail-level'] !== undefined)
    config.failLevel = severity(lint['fail-level'], `${file}: lint.fail-level`)
  if (lint['buildkit'] !== undefined) {
    if (typeof lint['buildkit'] !== 'boolean')
      throw new BuildLabError(`${file}: lint.buildkit must be true or false`)
    config.buildkit = lint['buildkit']
  }
  return config
}
