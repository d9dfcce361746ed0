export const id = 865;
export const ids = [865];
export const modules = {

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

/***/ 6759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   pQ: () => (/* binding */ renderDiffText)
/* harmony export */ });
/* unused harmony exports plural, findingStep */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7375);
// Plain-text rendering of an ImageDiff for terminals and logs: causes first, then config, layers, files.

/** A value from the image on one line, with control, escape and bidi characters made visible. */
function t(value, max = 160) {
    return (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(String(value), max);
}
function headline(d) {
    if (d.identical)
        return 'The images are identical.';
    const fileTotal = d.files.length + d.truncated;
    const parts = [
        d.manifests.length > 0 ? plural(d.manifests.length, 'manifest') : '',
        d.config.length > 0 ? plural(d.config.length, 'config field') : '',
        d.layers.length > 0 ? plural(d.layers.length, 'layer') : '',
        fileTotal > 0 ? plural(fileTotal, 'file') : ''
    ].filter(p => p !== '');
    const same = d.sameContent ? ` Same content (equal diff_ids and config), compressed bytes differ.` : '';
    return `The images differ: ${parts.length > 0 ? parts.join(', ') : 'index annotations only'}.${same}`;
}
function plural(n, word) {
    return `${t(n)} ${word}${n === 1 ? '' : 's'}`;
}
function where(x, dockerfile) {
    const line = x.line !== undefined ? `${t(dockerfile, 200)}:${t(x.line)} ` : '';
    return x.instruction !== undefined ? `${line}${t(x.instruction, 80)}` : line.trim();
}
function configLine(c, dockerfile) {
    const from = where(c, dockerfile);
    const platform = c.platform !== undefined ? ` (${t(c.platform)})` : '';
    return `  ${t(c.field)}${platform}: ${t(JSON.stringify(c.a), 60)} → ${t(JSON.stringify(c.b), 60)}  [${t(c.cause)}]${from !== '' ? `  ${from}` : ''}`;
}
function layerLine(l, dockerfile) {
    const from = where(l, dockerfile);
    const platform = l.platform !== undefined ? ` ${t(l.platform)}` : '';
    return `  layer ${t(l.index)}${platform}: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(l.a)} → ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(l.b)}, ${plural(l.files, 'differing file')}  [${t(l.cause)}]${from !== '' ? `  ${from}` : ''}`;
}
function fileLine(f, dockerfile) {
    const from = where(f, dockerfile);
    const evidence = f.evidence !== undefined ? `  ${t(f.evidence, 100)}` : '';
    const unsafe = f.unsafe !== undefined ? `  (unsafe: ${t(f.unsafe.join(', '))})` : '';
    const fields = (f.fields ?? [])
        .filter(x => x.field !== 'size')
        .map(x => `${t(x.field, 40)} ${t(x.a ?? '', 40)} → ${t(x.b ?? '', 40)}`)
        .join('; ');
    const owner = f.owner !== undefined ? `, ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.owner, 40)}` : '';
    const inside = (f.archive?.members ?? [])
        .slice(0, 5)
        .map(m => `      inside: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(m.path, 120)}: ${m.changes.join(',')}${m.evidence !== undefined ? `  ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(m.evidence, 80)}` : ''}`);
    return [
        `  ${t(f.path)}  ${t(f.changes.join(','))}  layer ${t(f.layer)}  [${t(f.cause)}${owner}]${unsafe}`,
        from !== '' ? `      from ${from}` : '',
        fields !== '' ? `      ${fields}` : '',
        evidence !== '' ? `    ${evidence}` : '',
        ...inside
    ]
        .filter(l => l !== '')
        .join('\n');
}
/** Where a finding's files came from: "Dockerfile:4 RUN npm ci", or the layer. */
function findingStep(f, dockerfile) {
    const from = where(f, dockerfile);
    return from !== '' ? from : `layer ${f.layer}`;
}
/** One finding: owner, what, file count and step; then the fix, the clearest files and the members inside. */
function findingLines(f, dockerfile) {
    const platform = f.platform !== undefined ? ` (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.platform, 40)})` : '';
    const more = f.files - f.examples.length;
    const files = f.examples.map(p => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(p, 120)).join(', ') + (more > 0 ? `, … and ${more} more` : '');
    const out = [
        `  ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.owner, 40)}: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.title, 120)}  [${f.cause}]  ${plural(f.files, 'file')}${platform}`,
        `      in ${findingStep(f, dockerfile)}`,
        `      fix: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.fix, 600)}`,
        `      files: ${files}`
    ];
    for (const m of f.members ?? [])
        out.push(`      inside: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(m, 160)}`);
    if (f.patch !== undefined) {
        out.push(`      change ${dockerfile}:${f.patch.line}:`);
        for (const l of f.patch.before)
            out.push(`        - ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(l, 300)}`);
        for (const l of f.patch.after)
            out.push(`        + ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(l, 300)}`);
    }
    if (f.evidence !== undefined && (f.members ?? []).length === 0)
        out.push(`      evidence: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.evidence, 160)}`);
    return out;
}
/** The diff as plain text, most useful differences first. */
function renderDiffText(d, opts = {}) {
    const limit = opts.limit ?? 20;
    const dockerfile = opts.dockerfile ?? 'Dockerfile';
    const out = [headline(d)];
    if (d.identical)
        return `${out[0]}\n`;
    const findings = d.findings ?? [];
    if (findings.length > 0) {
        out.push('', 'Findings (one fix each, most useful first):');
        for (const f of findings.slice(0, limit))
            out.push(...findingLines(f, dockerfile));
        if (findings.length > limit)
            out.push(`  … and ${findings.length - limit} more`);
    }
    if (d.causes.length > 0) {
        out.push('', 'Causes:');
        for (const c of d.causes)
            out.push(`  ${t(c.cause)} (${t(c.count)}): ${t(c.hint, 400)}`);
    }
    if (d.manifests.length > 0) {
        out.push('', 'Manifests:');
        for (const m of d.manifests)
            out.push(`  ${t(m.platform)}: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(m.a)} → ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(m.b)}`);
    }
    const meta = [...d.index, ...d.config];
    if (meta.length > 0) {
        out.push('', 'Index and config:');
        for (const c of meta.slice(0, limit))
            out.push(configLine(c, dockerfile));
        if (meta.length > limit)
            out.push(`  … and ${meta.length - limit} more`);
    }
    if (d.layers.length > 0) {
        out.push('', 'Layers:');
        for (const l of d.layers)
            out.push(layerLine(l, dockerfile));
    }
    const total = d.files.length + d.truncated;
    if (total > 0) {
        out.push('', 'Files (most useful first):');
        for (const f of d.files.slice(0, limit))
            out.push(fileLine(f, dockerfile));
        const rest = total - Math.min(limit, d.files.length);
        if (rest > 0)
            out.push(`  … and ${rest} more`);
    }
    if (d.warnings.length > 0) {
        out.push('', 'Warnings:');
        for (const w of d.warnings.slice(0, limit))
            out.push(`  ${t(w, 300)}`);
        if (d.warnings.length > limit)
            out.push(`  … and ${d.warnings.length - limit} more`);
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
