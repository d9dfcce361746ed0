// The JSON Schema of a gate report (`gate --format json`, the action's report.json) and its validation for `report --input`.
import { Ajv, type ErrorObject } from 'ajv'
import type { GateResult } from '../gate.js'
import type { CacheReport, Recommendation } from './highlights.js'

const str = { type: 'string' } as const
const strOrNull = { type: ['string', 'null'] } as const
const count = { type: 'integer', minimum: 0 } as const
const CAUSES = [
  'timestamps',
  'clock',
  'random',
  'order',
  'permissions',
  'build-arg',
  'env',
  'base-image',
  'checkout-mtimes',
  'leftover',
  'compression',
  'unknown'
] as const
const CHANGES = [
  'added',
  'removed',
  'type',
  'content',
  'size',
  'mode',
  'uid',
  'gid',
  'owner',
  'mtime',
  'atime',
  'ctime',
  'symlink',
  'hardlink',
  'xattrs',
  'device',
  'order'
] as const
const cause = { enum: CAUSES } as const
const lineOrNull = { type: ['integer', 'null'], minimum: 0 } as const
const ms = { type: ['number', 'null'], minimum: 0 } as const
const rich = {
  type: 'array',
  items: {
    type: 'object',
    properties: { text: str, code: str }
  }
} as const
const MISS_KINDS = [
  'no-cache',
  'no-cache-filter',
  'cache-not-restored',
  'base-image',
  'build-arg',
  'sources',
  'instruction',
  'variable',
  'inherited',
  'unknown'
] as const
/** A miss cause: the kind, and the fields each kind's sentence reads, typed. */
const missCause = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { enum: MISS_KINDS },
    stage: str,
    hit: { enum: ['exact', 'partial', 'miss', 'off'] },
    level: { enum: ['sources', 'lockfiles', 'definition', null] },
    note: strOrNull,
    ref: str,
    before: strOrNull,
    after: strOrNull,
    name: str,
    via: { enum: ['ARG', 'ENV'] },
    line: count,
    instruction: str,
    previous: strOrNull,
    files: { type: 'array', items: str },
    changed: count,
    partial: { type: 'boolean' },
    why: str
  }
} as const
const missStep = {
  type: 'object',
  required: ['step', 'line', 'instruction'],
  properties: { step: str, line: lineOrNull, instruction: str }
} as const

/** A value as image a and image b have it, beside the name of what it is (a manifest's platform, a header field). */
const sideBySide = (key: string) =>
  ({
    type: 'object',
    required: [key, 'a', 'b'],
    properties: { [key]: str, a: strOrNull, b: strOrNull }
  }) as const

const configChange = {
  type: 'object',
  required: ['field', 'a', 'b', 'cause', 'hint'],
  properties: {
    field: str,
    a: strOrNull,
    b: strOrNull,
    cause,
    hint: str,
    instruction: str,
    line: count,
    platform: str
  }
} as const

/**
 * The JSON Schema of a gate result; schema/gate-report.schema.json is this object, and a test keeps
 * them equal. Every field a renderer reads is required with its type, so a report renders or is
 * refused with the field named. Fields not listed are allowed: new ones may be added.
 */
export const GATE_REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/build-lab/build-lab/schema/gate-report.schema.json',
  title: 'build-lab gate report',
  description:
    'The output of `build-lab gate --format json`, or the report.json the action writes (report-path), as `build-lab report --input` reads it.',
  type: 'object',
  required: [
    'reproducible',
    'digest',
    'epoch',
    'epochSource',
    'reason',
    'varyMtime',
    'runs',
    'platforms',
    'engine',
    'workDir',
    'dockerfile'
  ],
  properties: {
    reproducible: { type: 'boolean' },
    digest: strOrNull,
    epoch: count,
    epochSource: { enum: ['input', 'git', 'default'] },
    reason: str,
    varyMtime: { type: 'boolean' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'run',
          'digest',
          'platforms',
          'durationMs',
          'startedAt',
          'cacheHitRatio',
          'cachedSteps',
          'totalSteps',
          'steps',
          'error',
          'errorLog'
        ],
        properties: {
          run: { type: 'integer', minimum: 1 },
          digest: strOrNull,
          platforms: {
            type: 'array',
            items: {
              type: 'object',
              required: ['platform', 'digest'],
              properties: { platform: str, digest: str }
            }
          },
          durationMs: { type: 'number', minimum: 0 },
          startedAt: str,
          cacheHitRatio: { type: ['number', 'null'], minimum: 0, maximum: 1 },
          cachedSteps: count,
          totalSteps: count,
          steps: {
            type: 'array',
            items: {
              type: 'object',
              required: [
                'vertex',
                'name',
                'stage',
                'platform',
                'index',
                'total',
                'instruction',
                'startedAt',
                'completedAt',
                'durationMs',
                'cached',
                'error'
              ],
              properties: {
                vertex: str,
                name: str,
                stage: strOrNull,
                platform: strOrNull,
                index: { type: ['integer', 'null'], minimum: 0 },
                total: { type: ['integer', 'null'], minimum: 0 },
                instruction: strOrNull,
                startedAt: strOrNull,
                completedAt: strOrNull,
                durationMs: { type: ['number', 'null'], minimum: 0 },
                cached: { type: 'boolean' },
                error: strOrNull,
                log: str,
                logBytes: count
              }
            }
          },
          error: strOrNull,
          errorLog: strOrNull
        }
      }
    },
    platforms: {
      type: 'array',
      items: {
        type: 'object',
        required: ['platform', 'run1', 'run2', 'equal'],
        properties: { platform: str, run1: strOrNull, run2: strOrNull, equal: { type: 'boolean' } }
      }
    },
    engine: {
      type: 'object',
      required: ['docker', 'buildx', 'buildkit', 'buildkitSource', 'driver'],
      properties: {
        docker: strOrNull,
        buildx: strOrNull,
        buildkit: strOrNull,
        buildkitSource: { enum: ['reported', 'inferred', 'unknown'] },
        driver: strOrNull
      }
    },
    allowList: {
      type: 'object',
      required: ['passed', 'reason', 'allowed', 'outside'],
      properties: {
        passed: { type: 'boolean' },
        reason: str,
        allowed: {
          type: 'array',
          items: {
            type: 'object',
            required: ['glob', 'reason', 'files'],
            properties: { glob: str, reason: strOrNull, files: { type: 'array', items: str } }
          }
        },
        outside: { type: 'array', items: str }
      }
    },
    diff: {
      type: ['object', 'null'],
      required: [
        'identical',
        'index',
        'manifests',
        'config',
        'layers',
        'files',
        'truncated',
        'causes',
        'warnings'
      ],
      properties: {
        identical: { type: 'boolean' },
        index: { type: 'array', items: configChange },
        manifests: { type: 'array', items: sideBySide('platform') },
        config: { type: 'array', items: configChange },
        layers: {
          type: 'array',
          items: {
            type: 'object',
            required: ['index', 'a', 'b', 'diffIdA', 'diffIdB', 'files', 'cause', 'hint', 'base'],
            properties: {
              index: count,
              a: strOrNull,
              b: strOrNull,
              diffIdA: strOrNull,
              diffIdB: strOrNull,
              files: count,
              cause,
              hint: str,
              base: { type: 'boolean' },
              createdBy: str,
              instruction: str,
              line: count,
              platform: str
            }
          }
        },
        files: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'changes', 'layer', 'cause', 'hint'],
            properties: {
              path: str,
              changes: { type: 'array', items: { enum: CHANGES } },
              layer: count,
              instruction: str,
              line: count,
              cause,
              hint: str,
              evidence: str,
              fields: { type: 'array', items: sideBySide('field') },
              platform: str,
              unsafe: { type: 'array', items: str }
            }
          }
        },
        truncated: count,
        causes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['cause', 'count', 'hint'],
            properties: { cause, count, hint: str }
          }
        },
        warnings: { type: 'array', items: str }
      }
    },
    misses: {
      description: 'Why each step of run 1 ran instead of coming from the cache (absent in older reports).',
      type: 'object',
      required: ['compared', 'misses', 'map', 'actions'],
      properties: {
        compared: { type: 'boolean' },
        misses: {
          type: 'array',
          items: {
            type: 'object',
            required: ['step', 'instruction', 'line', 'durationMs', 'cause', 'root', 'rootCause'],
            properties: {
              step: str,
              instruction: str,
              line: lineOrNull,
              durationMs: ms,
              cause: missCause,
              root: missStep,
              rootCause: missCause
            }
          }
        },
        map: {
          type: 'object',
          required: ['roots', 'costMs'],
          properties: {
            costMs: { type: 'number', minimum: 0 },
            roots: {
              type: 'array',
              items: {
                type: 'object',
                required: ['step', 'line', 'instruction', 'cause', 'label', 'steps', 'costMs'],
                properties: {
                  step: str,
                  line: lineOrNull,
                  instruction: str,
                  cause: missCause,
                  label: rich,
                  costMs: { type: 'number', minimum: 0 },
                  steps: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['step', 'line', 'instruction', 'durationMs'],
                      properties: {
                        step: str,
                        line: lineOrNull,
                        instruction: str,
                        durationMs: { type: 'number', minimum: 0 }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        actions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['kind', 'line', 'title', 'suggestion', 'ms', 'evidence'],
            properties: {
              kind: { enum: ['reorder', 'cache-mount'] },
              line: lineOrNull,
              title: rich,
              suggestion: str,
              ms: { type: 'number', minimum: 0 },
              evidence: { type: 'array', items: rich }
            }
          }
        }
      }
    },
    workDir: str,
    dockerfile: str,
    maxDistinctDigests: {
      description: 'The drift policy: the gate passes with at most this many distinct digests. Absent: 1.',
      type: 'integer',
      minimum: 1
    },
    distinctDigests: {
      description: 'How many different images the runs gave. Absent: counted from runs.',
      type: 'integer',
      minimum: 0
    },
    digestGroups: {
      description:
        'The runs grouped by digest (digest null: runs without an image). Absent: grouped from runs.',
      type: 'array',
      items: {
        type: 'object',
        required: ['digest', 'runs'],
        properties: { digest: strOrNull, runs: { type: 'array', items: { type: 'integer', minimum: 1 } } }
      }
    },
    compared: {
      description: 'The first two runs that differ, which the diagnosis compared. Absent: runs 1 and 2.',
      type: ['array', 'null'],
      items: { type: 'integer', minimum: 1 },
      minItems: 2,
      maxItems: 2
    },
    findings: {
      description: 'Lint findings, in the action report.json.',
      type: 'array',
      items: {
        type: 'object',
        required: ['rule', 'severity', 'file', 'line', 'message', 'fix'],
        properties: {
          rule: str,
          severity: { enum: ['error', 'warning', 'info'] },
          file: str,
          line: count,
          message: str,
          fix: str
        }
      }
    },
    cache: {
      description: 'The cache restore and save, in the action report.json.',
      type: ['object', 'null'],
      required: ['hit'],
      properties: {
        backend: str,
        hit: { enum: ['exact', 'partial', 'miss'] },
        restoreMs: { type: ['number', 'null'], minimum: 0 },
        saveMs: { type: ['number', 'null'], minimum: 0 },
        sizeBytes: { type: ['number', 'null'], minimum: 0 },
        matchedLevel: { enum: ['sources', 'lockfiles', 'definition', null] },
        matchedScope: { type: ['string', 'null'] },
        scope: { type: ['string', 'null'] },
        written: { type: 'array', items: str },
        imageSources: {
          type: 'array',
          items: {
            type: 'object',
            required: ['ref', 'used'],
            properties: { ref: str, used: { type: 'boolean' }, note: str }
          }
        }
      }
    }
  }
} as const

export interface GateReport {
  result: GateResult
  findings: Recommendation[]
  cache: CacheReport | null
}

interface GateReportJson extends GateResult {
  findings?: Recommendation[]
  cache?: (CacheReport & { backend?: string }) | null
}

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true })
const validate = ajv.compile<GateReportJson>(GATE_REPORT_SCHEMA)

/** One problem as `<JSON pointer> <what is wrong>`, e.g. `/runs/0/run must be integer`. */
export function describeSchemaError(error: ErrorObject): string {
  const at = error.instancePath === '' ? '(the top level)' : error.instancePath
  const params: Record<string, unknown> = error.params
  switch (error.keyword) {
    case 'required':
      return `${error.instancePath}/${String(params['missingProperty'])} is missing`
    case 'type':
      return `${at} must be ${String(params['type']).split(',').join(' or ')}`
    case 'enum': {
      const allowed: unknown = params['allowedValues']
      return `${at} must be one of ${Array.isArray(allowed) ? allowed.join(', ') : '(see the schema)'}`
    }
    default:
      return `${at} ${error.message ?? error.keyword}`
  }
}

/** Checks parsed JSON against GATE_REPORT_SCHEMA: the report, or the first problem, one line. */
export function validateGateReport(data: unknown): GateReport | string {
  if (!validate(data)) {
    const first = validate.errors?.[0]
    return first === undefined ? 'is not a gate report' : describeSchemaError(first)
  }
  const { findings, cache, ...result } = data
  // The action writes its cache report even when the cache was off; the summary shows none then.
  return { result, findings: findings ?? [], cache: cache && cache.backend !== 'off' ? cache : null }
}
