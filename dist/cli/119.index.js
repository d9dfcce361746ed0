export const id = 119;
export const ids = [119];
export const modules = {

/***/ 4119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GATE_REPORT_USAGE: () => (/* binding */ GATE_REPORT_USAGE),
  parseGateReport: () => (/* binding */ parseGateReport),
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/core/report/gate-report-schema.ts
// The JSON Schema of a gate report (`gate --format json`, the action's report.json) and its validation for `report --input`.

const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const count = { type: 'integer', minimum: 0 };
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
];
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
];
const cause = { enum: CAUSES };
const lineOrNull = { type: ['integer', 'null'], minimum: 0 };
const ms = { type: ['number', 'null'], minimum: 0 };
const rich = {
    type: 'array',
    items: {
        type: 'object',
        properties: { text: str, code: str }
    }
};
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
];
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
};
const missStep = {
    type: 'object',
    required: ['step', 'line', 'instruction'],
    properties: { step: str, line: lineOrNull, instruction: str }
};
/** A value as image a and image b have it, beside the name of what it is (a manifest's platform, a header field). */
const sideBySide = (key) => ({
    type: 'object',
    required: [key, 'a', 'b'],
    properties: { [key]: str, a: strOrNull, b: strOrNull }
});
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
};
/**
 * The JSON Schema of a gate result; schema/gate-report.schema.json is this object, and a test keeps
 * them equal. Every field a renderer reads is required with its type, so a report renders or is
 * refused with the field named. Fields not listed are allowed: new ones may be added.
 */
const GATE_REPORT_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/build-lab/build-lab/schema/gate-report.schema.json',
    title: 'build-lab gate report',
    description: 'The output of `build-lab gate --format json`, or the report.json the action writes (report-path), as `build-lab report --input` reads it.',
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
            description: 'The runs grouped by digest (digest null: runs without an image). Absent: grouped from runs.',
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
};
const gate_report_schema_ajv = new ajv.Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
const validate = gate_report_schema_ajv.compile(GATE_REPORT_SCHEMA);
/** One problem as `<JSON pointer> <what is wrong>`, e.g. `/runs/0/run must be integer`. */
function describeSchemaError(error) {
    const at = error.instancePath === '' ? '(the top level)' : error.instancePath;
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `${error.instancePath}/${String(params['missingProperty'])} is missing`;
        case 'type':
            return `${at} must be ${String(params['type']).split(',').join(' or ')}`;
        case 'enum': {
            const allowed = params['allowedValues'];
            return `${at} must be one of ${Array.isArray(allowed) ? allowed.join(', ') : '(see the schema)'}`;
        }
        default:
            return `${at} ${error.message ?? error.keyword}`;
    }
}
/** Checks parsed JSON against GATE_REPORT_SCHEMA: the report, or the first problem, one line. */
function validateGateReport(data) {
    if (!validate(data)) {
        const first = validate.errors?.[0];
        return first === undefined ? 'is not a gate report' : describeSchemaError(first);
    }
    const { findings, cache, ...result } = data;
    // The action writes its cache report even when the cache was off; the summary shows none then.
    return { result, findings: findings ?? [], cache: cache && cache.backend !== 'off' ? cache : null };
}

// EXTERNAL MODULE: ./src/core/report/gate-html.ts
var gate_html = __webpack_require__(8093);
// EXTERNAL MODULE: ./src/core/report/gate-markdown.ts
var gate_markdown = __webpack_require__(3865);
// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/cli/lab-commands.ts + 13 modules
var lab_commands = __webpack_require__(1504);
;// CONCATENATED MODULE: ./src/cli/report-command.ts
// `build-lab report`: the lab's results (text, markdown, json, html), or one gate result (--input) as html or markdown.








const GATE_REPORT_USAGE = 'usage: build-lab report --input <gate-report.json> [--format html|markdown] [--output FILE]\n' +
    '  the input is `build-lab gate --format json` output, or the report-path file of the action';
/** A gate result as the CLI or the action wrote it, checked against the gate report schema. */
function parseGateReport(text, origin) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* BuildLabError */.CG(`report: ${origin} is not JSON: pass the output of \`build-lab gate --format json\` or the action's report-path file`);
    }
    const report = validateGateReport(data);
    if (typeof report === 'string') {
        throw new errors/* BuildLabError */.CG(`report: ${origin}: ${report} (the input is the output of \`build-lab gate --format json\` or the action's report-path file)`);
    }
    return report;
}
async function reportCommand(argv, io) {
    // Without --input it is the lab's report, in any of its formats (html included).
    if (!argv.some(a => a === '--input' || a.startsWith('--input=')))
        return (0,lab_commands.reportCommand)(argv, io);
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        strict: true,
        options: { input: { type: 'string' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } }
    });
    if (!values.input)
        throw new errors/* BuildLabError */.CG(`--input needs a file\n${GATE_REPORT_USAGE}\n${lab_commands.REPORT_USAGE}`);
    const format = (0,flags/* oneOf */.yL)(values.format ?? 'html', ['html', 'markdown'], '--format');
    let text;
    try {
        text = await external_node_fs_.promises.readFile(values.input, 'utf8');
    }
    catch {
        throw new errors/* BuildLabError */.CG(`cannot read ${JSON.stringify(values.input)}: check the --input path`);
    }
    const { result, findings, cache } = parseGateReport(text, values.input);
    const extras = { findings, cache, reportPath: values.input };
    const out = format === 'html' ? (0,gate_html/* renderGateHtml */.jY)(result, extras) : (0,gate_markdown.renderGateMarkdown)(result, extras);
    if (values.output)
        await external_node_fs_.promises.writeFile(values.output, out);
    else
        io.stdout(out);
    return errors/* ExitCode */.yU.Pass;
}


/***/ }),

/***/ 861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rw: () => (/* binding */ renderDiffMarkdown)
/* harmony export */ });
/* unused harmony exports fixMarkdown, diffBlock */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7375);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6759);
// Markdown rendering of an ImageDiff for job summaries and PR comments; every name from an image is escaped.



/** Escapes a name from an image so it can't format, link or inject markup (capped at 200 characters). */
function escapeMarkdown(s) {
    return (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(String(s), 200);
}
/** A fix whose `code` spans stay code: odd parts of a backtick split go through inlineCode, the rest is escaped. */
function fixMarkdown(fix) {
    return fix
        .split('`')
        .map((part, i) => (i % 2 === 1 ? (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(part, 400) : escapeMarkdown(part)))
        .join('');
}
/** A fenced `diff` block of the patch; the fence is longer than any backtick run in the lines. */
function diffBlock(p) {
    const lines = [...p.before.map(l => `-${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(l, 400)}`), ...p.after.map(l => `+${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(l, 400)}`)];
    const longest = Math.max(2, ...lines.map(l => Math.max(0, ...(l.match(/`+/g) ?? []).map(r => r.length))));
    const fence = '`'.repeat(longest + 1);
    return [`${fence}diff`, ...lines, fence];
}
/** The diff as a Markdown section, most useful differences first, capped at `limit` files. */
function renderDiffMarkdown(d, opts = {}) {
    const limit = opts.limit ?? 10;
    const dockerfile = opts.dockerfile ?? 'Dockerfile';
    const out = [`#### ${escapeMarkdown((0,_render_text_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(d))}`];
    if (d.identical)
        return `${out[0]}\n`;
    const from = (x) => {
        const line = x.line !== undefined ? `${escapeMarkdown(dockerfile)}:${escapeMarkdown(x.line)} ` : '';
        return `${line}${x.instruction !== undefined ? escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(x.instruction, 80)) : ''}`.trim();
    };
    const findings = d.findings ?? [];
    if (findings.length > 0) {
        out.push('', '**Findings** (one fix each, most useful first)', '');
        for (const f of findings.slice(0, limit)) {
            const platform = f.platform !== undefined ? `, ${escapeMarkdown(f.platform)}` : '';
            const step = from(f) !== '' ? from(f) : `layer ${f.layer}`;
            const more = f.files - f.examples.length;
            const files = f.examples.map(p => escapeMarkdown(p)).join(', ') + (more > 0 ? `, and ${more} more` : '');
            out.push(`- **${escapeMarkdown(f.owner)}**: ${escapeMarkdown(f.title)} (${f.files === 1 ? '1 file' : `${f.files} files`}, ${f.cause}${platform}, ${step})`, `  - Fix: ${fixMarkdown(f.fix)}`, `  - Files: ${files}`);
            const members = f.members ?? [];
            if (members.length > 0)
                out.push(`  - Inside: ${members.map(m => escapeMarkdown(m)).join('; ')}`);
            if (f.patch !== undefined) {
                out.push(`  - Change ${escapeMarkdown(dockerfile)}:${f.patch.line}:`, '', ...diffBlock(f.patch).map(l => `    ${l}`));
            }
        }
        if (findings.length > limit)
            out.push('', `…and ${findings.length - limit} more findings.`);
    }
    if (d.causes.length > 0) {
        out.push('', '**Causes**', '');
        for (const c of d.causes) {
            out.push(`- **${escapeMarkdown(c.cause)}** (${escapeMarkdown(c.count)}): ${escapeMarkdown(c.hint)}`);
        }
    }
    const total = d.files.length + d.truncated;
    if (total > 0) {
        out.push('', '| File | Changes | Layer | Instruction | Cause |', '| --- | --- | --- | --- | --- |');
        for (const f of d.files.slice(0, limit)) {
            const evidence = f.evidence !== undefined ? `<br>${escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.evidence, 100))}` : '';
            const owner = f.owner !== undefined ? ` (${escapeMarkdown(f.owner)})` : '';
            out.push(`| ${escapeMarkdown(f.path)} | ${escapeMarkdown(f.changes.join(', '))} | ${escapeMarkdown(f.layer)} | ${from(f)} | ${escapeMarkdown(f.cause)}${owner}${evidence} |`);
        }
        const rest = total - Math.min(limit, d.files.length);
        if (rest > 0)
            out.push('', `…and ${rest} more ${rest === 1 ? 'file' : 'files'}.`);
    }
    const meta = [...d.index, ...d.config];
    if (meta.length > 0) {
        out.push('', '| Field | Run 1 | Run 2 | Cause |', '| --- | --- | --- | --- |');
        for (const c of meta.slice(0, limit)) {
            const a = escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(c.a ?? '(none)', 60));
            const b = escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(c.b ?? '(none)', 60));
            const line = from(c);
            out.push(`| ${escapeMarkdown(c.field)} | ${a} | ${b} | ${escapeMarkdown(c.cause)}${line !== '' ? `<br>${line}` : ''} |`);
        }
        if (meta.length > limit)
            out.push('', `…and ${meta.length - limit} more fields.`);
    }
    if (d.layers.length > 0) {
        out.push('', '<details><summary>Layers</summary>', '');
        for (const l of d.layers) {
            const platform = l.platform !== undefined ? ` ${escapeMarkdown(l.platform)}` : '';
            out.push(`- layer ${escapeMarkdown(l.index)}${platform}: ${escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(l.a))} → ${escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(l.b))}, ${escapeMarkdown(l.files)} differing ${l.files === 1 ? 'file' : 'files'}, ${escapeMarkdown(l.cause)}${from(l) !== '' ? `, ${from(l)}` : ''}`);
        }
        out.push('', '</details>');
    }
    if (d.warnings.length > 0) {
        out.push('', '**Warnings**', '');
        for (const w of d.warnings.slice(0, limit))
            out.push(`- ${escapeMarkdown(w)}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 3865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderGateMarkdown: () => (/* binding */ renderGateMarkdown)
/* harmony export */ });
/* unused harmony exports SUMMARY_MAX_BYTES, diagnosisSections, fitReport */
/* harmony import */ var _diff_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(861);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7375);
/* harmony import */ var _highlights_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9297);
/* harmony import */ var _miss_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9232);
// The markdown summary of a gate result: the job summary and `gate --format markdown`.





/** GitHub refuses a step summary over 1 MiB; the margin leaves room for what other steps write. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
/** The diagnosis markdown: the caller's, else rendered from the structured diff. */
function diagnosisMarkdown(result, extras) {
    if (extras.diagnosisMarkdown !== undefined && extras.diagnosisMarkdown !== null) {
        return extras.diagnosisMarkdown.replace(/\s+$/, '');
    }
    const diff = (0,_highlights_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosisOf */ .jo)(result, extras);
    return diff === null || diff.identical ? null : (0,_diff_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderDiffMarkdown */ .rw)(diff).replace(/\s+$/, '');
}
/** The closing sections both reports fold: the diagnosis, then up to `maxFindings` recommendations. */
function diagnosisSections(result, extras, maxFindings = 25) {
    const sections = [];
    const diagnosis = diagnosisMarkdown(result, extras);
    if (diagnosis !== null)
        sections.push((0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)('Diagnosis: why the digests differ', [diagnosis]).join('\n'));
    const findings = extras.findings ?? [];
    if (findings.length > 0) {
        sections.push((0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)((0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .recommendationsTitle */ .$u)(findings), (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .recommendationsTable */ .xE)(findings, maxFindings)).join('\n'));
    }
    return sections;
}
function truncationNote(reportPath) {
    const where = reportPath
        ? `: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(reportPath, 300)} (the \`report-path\` output)`
        : ' (the `report-path` output)';
    return `> [!NOTE]\n> This report was cut short to fit GitHub's size limit. The full report is in the report file${where}.`;
}
/** The sections that fit in `maxBytes`, then a note that the report file (at `reportPath`) has the rest. */
function fitReport(sections, maxBytes, reportPath) {
    return (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .fitSections */ .WK)(sections, maxBytes, truncationNote(reportPath));
}
/**
 * The job summary: verdict, key figures, runs, steps, cache, engine, then the diagnosis and the
 * recommendations folded. A string second argument is the diagnosis markdown (the older call form).
 */
function renderGateMarkdown(result, extrasOrDiagnosis = {}, options = {}) {
    const extras = typeof extrasOrDiagnosis === 'string' || extrasOrDiagnosis === null
        ? { diagnosisMarkdown: extrasOrDiagnosis }
        : extrasOrDiagnosis;
    const h = (0,_highlights_js__WEBPACK_IMPORTED_MODULE_0__/* .highlights */ .eq)(result, extras);
    const sections = [];
    sections.push([
        (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictHeading */ .G8)(result),
        '',
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(result.reason, 500)} (equality: ${result.equality ?? 'digest'})`,
        '',
        ...(0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .keyFigures */ .FK)(h)
    ].join('\n'));
    sections.push(['### Runs', '', ...(0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .runTable */ .cS)(result)].join('\n'));
    const allowed = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .allowListSection */ .hc)(result);
    if (allowed.length > 0)
        sections.push(allowed.join('\n'));
    sections.push(...(0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .errorLogSections */ .Nm)(result));
    const steps = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .stepTable */ .Ph)(result);
    if (steps.length > 0)
        sections.push(['### Steps', '', ...steps].join('\n'));
    const misses = result.misses ? (0,_miss_render_js__WEBPACK_IMPORTED_MODULE_1__/* .missMarkdown */ .eE)(result.misses) : [];
    if (misses.length > 0)
        sections.push(['### Why run 1 ran steps: the invalidation map', '', ...misses].join('\n'));
    if (extras.cache)
        sections.push(['### Cache', '', ...(0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheTable */ .dN)(extras.cache)].join('\n'));
    const engine = ['### Engine', '', ...(0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_2__/* .engineLines */ .yV)(result)];
    if (result.digest)
        engine.push('', `Image digest: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(result.digest, 100)}`);
    sections.push(engine.join('\n'));
    sections.push(...diagnosisSections(result, extras));
    return fitReport(sections, options.maxBytes ?? SUMMARY_MAX_BYTES, extras.reportPath);
}


/***/ })

};
