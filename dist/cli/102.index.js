export const id = 102;
export const ids = [102];
export const modules = {

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIN_USAGE: () => (/* binding */ PIN_USAGE),
  pinCommand: () => (/* binding */ pinCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/log-safety.ts
var log_safety = __webpack_require__(276);
// EXTERNAL MODULE: ./src/core/lint/model.ts
var lint_model = __webpack_require__(76);
// EXTERNAL MODULE: ./src/core/lint/images.ts
var lint_images = __webpack_require__(2155);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
// EXTERNAL MODULE: ./src/core/registry/manifest.ts
var manifest = __webpack_require__(3782);
// EXTERNAL MODULE: ./src/core/registry/reference.ts
var reference = __webpack_require__(7882);
;// CONCATENATED MODULE: ./src/core/pin/plan.ts
// What `build-lab pin` does to a Dockerfile, pure: which images it names, which are unpinned or stale, and the edits that pin them.





/** The images of a Dockerfile that `pin` resolves: every FROM, COPY --from and RUN --mount=from image. */
function scanDockerfile(text) {
    const model = (0,lint_model/* buildModel */.yK)(text);
    const notes = [];
    const uses = (0,lint_images/* imageUses */.YQ)(model, {
        file: 'Dockerfile',
        text,
        context: { hasDockerignore: false, entries: [] }
    });
    const sites = [];
    for (const use of uses) {
        const parsed = (0,reference/* tryParseReference */.WF)(use.image);
        const line = use.step.line;
        if (typeof parsed === 'string') {
            notes.push(`${use.where} on line ${line}: skipped ${JSON.stringify(use.image.slice(0, 200))}: ${parsed}`);
            continue;
        }
        const flag = use.where === 'FROM' ? use.step.flags.find(f => f.name === 'platform')?.value : undefined;
        const platform = flag && !flag.includes('$') && typeof (0,manifest/* parsePlatform */.FL)(flag) !== 'string' ? flag : null;
        sites.push({
            line,
            where: use.where,
            written: use.written,
            image: use.image,
            via: use.via,
            ref: parsed,
            ...editOf(text, use, parsed),
            platform
        });
    }
    // FROMs that name an ARG with no default value were left out above: say so, once each.
    const used = new Set(uses.map(u => u.step));
    for (const stage of model.stages) {
        const written = stage.from.args[0];
        if (written === undefined || used.has(stage.from) || !written.includes('$'))
            continue;
        notes.push(`FROM ${(0,format/* oneLine */.TN)(written, 200)} on line ${stage.from.line}: skipped, its ARG has no default value to resolve (give the ARG a default, e.g. \`ARG BASE=node:22\`)`);
    }
    return { sites, notes };
}
function editOf(text, use, ref) {
    if (use.arg !== null) {
        const span = use.arg.valueSpan;
        const raw = span === null ? null : text.slice(span.start, span.end);
        if (span === null || raw === null) {
            return {
                edit: null,
                blocked: `the default of \`ARG ${use.arg.name}\` on line ${use.arg.line} is written in a way pin does not edit (escapes or a line continuation)`
            };
        }
        const quote = /^(["']).*\1$/.test(raw) ? raw[0] : '';
        if (raw.slice(quote.length, raw.length - quote.length) !== use.image) {
            return {
                edit: null,
                blocked: `the default of \`ARG ${use.arg.name}\` on line ${use.arg.line} is built from other ARGs: write the whole reference there to pin it`
            };
        }
        return { edit: { span, before: raw, quote, argName: use.arg.name }, blocked: null };
    }
    if (use.written !== use.image) {
        return {
            edit: null,
            blocked: `the reference is built from ARGs (${(0,format/* oneLine */.TN)(use.written, 120)}): move the whole reference into one ARG default, e.g. \`ARG BASE=${ref.name}:${(0,reference/* effectiveTag */.yr)(ref)}\` and \`FROM \${BASE}\`, to pin it`
        };
    }
    const span = use.span;
    if (span === null || text.slice(span.start, span.end) !== use.written) {
        return {
            edit: null,
            blocked: 'the reference is written across lines or with escapes, which pin does not edit'
        };
    }
    return { edit: { span, before: use.written, quote: '', argName: null }, blocked: null };
}
/** The key a reference is resolved under: canonical name and tag, without the digest. */
function resolutionKey(ref) {
    return (0,reference/* canonicalReference */.Ys)({ ...ref, tag: (0,reference/* effectiveTag */.yr)(ref), digest: null });
}
function decide(site, resolution) {
    const base = {
        line: site.line,
        where: site.where,
        written: site.written,
        image: site.image,
        via: site.via,
        old: site.ref.digest,
        arg: site.edit?.argName ?? null,
        key: resolutionKey(site.ref)
    };
    if (site.ref.tag === null && site.ref.digest !== null) {
        return { ...base, status: 'digest-only', current: null, pinned: null, blocked: null };
    }
    if (resolution === null)
        throw new Error(`no resolution for ${base.key}`);
    const status = site.ref.digest === null ? 'unpinned' : site.ref.digest === resolution.digest ? 'fresh' : 'stale';
    return {
        ...base,
        status,
        current: resolution.digest,
        pinned: (0,reference/* pinnedReference */.ct)(site.ref, resolution.digest),
        blocked: status === 'fresh' ? null : site.blocked
    };
}
/** Whether the result needs a change: `--check` fails on these. */
function moved(result) {
    return result.status === 'unpinned' || result.status === 'stale';
}
/**
 * The Dockerfile with every movable site pinned; everything else (comments, whitespace, flags,
 * stage names, line endings) stays as it was. Two sites that share an ARG share one edit.
 */
function applyPins(text, sites, results) {
    const edits = new Map();
    sites.forEach((site, i) => {
        const result = results[i];
        if (result === undefined || site.edit === null || !moved(result) || result.pinned === null)
            return;
        const { span, quote } = site.edit;
        edits.set(span.start, { end: span.end, text: `${quote}${result.pinned}${quote}` });
    });
    let out = '';
    let at = 0;
    for (const start of [...edits.keys()].sort((a, b) => a - b)) {
        const edit = edits.get(start);
        if (start < at)
            continue;
        out += text.slice(at, start) + edit.text;
        at = edit.end;
    }
    return out + text.slice(at);
}
/** The branch a refresh PR for one image lives on: `build-lab/pin/docker.io-library-node-22`. */
function pinBranch(key) {
    const slug = key
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, 100);
    return `build-lab/pin/${slug.replace(/[-.]+$/, '')}`;
}
/** One line per result, for the terminal: `FROM node:22 on line 3: unpinned → node:22@sha256:...`. */
function renderPinLine(result, check) {
    const where = `${result.where} ${(0,format/* oneLine */.TN)(result.written, 200)} on line ${result.line}${result.via}`;
    switch (result.status) {
        case 'fresh':
            return `${where}: fresh (${result.current})`;
        case 'digest-only':
            return `${where}: pinned by digest alone, no tag to compare with (write name:tag@digest so it can be refreshed)`;
        case 'unpinned':
        case 'stale': {
            const what = result.status === 'unpinned'
                ? 'unpinned'
                : `stale: pinned ${result.old}, the tag now points at ${result.current}`;
            if (result.blocked !== null)
                return `${where}: ${what}; not edited: ${result.blocked}`;
            const arrow = `${result.status === 'unpinned' ? (0,format/* oneLine */.TN)(result.image, 200) : result.old} → ${result.status === 'unpinned' ? result.pinned : result.current}`;
            const target = result.arg === null ? '' : ` (in the default of ARG ${result.arg})`;
            return check ? `${where}: ${what}` : `${where}: ${arrow}${target}`;
        }
    }
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/core/gate.ts
var core_gate = __webpack_require__(4888);
;// CONCATENATED MODULE: ./src/core/pin/report.ts
// The `pin --json` report, read back from a file as hostile JSON, and the body of a digest-bump pull request.





function reportImage(result, created) {
    return { ...result, branch: pinBranch(result.key), created };
}
const STATUSES = ['unpinned', 'stale', 'fresh', 'digest-only'];
const WHERES = ['FROM', 'COPY --from', 'RUN --mount=from'];
function record(v) {
    return (0,json/* isRecord */.u4)(v) ? v : null;
}
function report_text(o, name, at, max = 1000) {
    const v = o[name];
    if (typeof v !== 'string' || v.length > max)
        throw new Error(`${at}.${name} must be a string of at most ${max} characters`);
    return v;
}
function nullableText(o, name, at, max = 1000) {
    return o[name] === null || o[name] === undefined ? null : report_text(o, name, at, max);
}
function digestField(o, name, at) {
    const v = nullableText(o, name, at);
    if (v !== null && !(0,reference/* isDigest */.Bc)(v))
        throw new Error(`${at}.${name} must be a sha256 digest or null`);
    return v;
}
/** A report as `pin --json` wrote it; every field checked, or one line saying which is wrong. */
function parsePinReport(data) {
    try {
        const r = record(data);
        if (r === null)
            return 'is not a JSON object';
        if (!Array.isArray(r['images']))
            return '.images must be an array';
        if (r['images'].length > 500)
            return '.images has more than 500 entries';
        const images = r['images'].map((value, i) => {
            const at = `.images[${i}]`;
            const o = record(value);
            if (o === null)
                throw new Error(`${at} must be an object`);
            const status = STATUSES.find(s => s === o['status']);
            const where = WHERES.find(w => w === o['where']);
            if (status === undefined)
                throw new Error(`${at}.status must be one of ${STATUSES.join(', ')}`);
            if (where === undefined)
                throw new Error(`${at}.where must be one of ${WHERES.join(', ')}`);
            const line = o['line'];
            if (typeof line !== 'number' || !Number.isSafeInteger(line) || line < 1)
                throw new Error(`${at}.line must be a line number`);
            const created = record(o['created']) ?? {};
            return {
                line,
                where,
                written: report_text(o, 'written', at),
                image: report_text(o, 'image', at),
                via: report_text(o, 'via', at),
                status,
                old: digestField(o, 'old', at),
                current: digestField(o, 'current', at),
                pinned: nullableText(o, 'pinned', at),
                blocked: nullableText(o, 'blocked', at),
                arg: nullableText(o, 'arg', at, 200),
                key: report_text(o, 'key', at, 400),
                branch: report_text(o, 'branch', at, 200),
                created: {
                    old: nullableText(created, 'old', `${at}.created`, 100),
                    current: nullableText(created, 'current', `${at}.created`, 100)
                }
            };
        });
        const notes = Array.isArray(r['notes'])
            ? r['notes'].filter((n) => typeof n === 'string')
            : [];
        return {
            file: report_text(r, 'file', ''),
            check: r['check'] === true,
            changed: r['changed'] === true,
            platform: nullableText(r, 'platform', '', 100),
            images,
            notes
        };
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
function digestCell(digest) {
    return digest === null ? '(none: the tag was not pinned)' : (0,format/* inlineCode */.ti)(digest, 80);
}
function createdCell(created) {
    return created === null ? 'unknown' : (0,format/* escapeMarkdown */.FV)(created, 100);
}
function gateSection(gate) {
    if (gate === null)
        return ['The gate did not run on the bumped Dockerfile.'];
    const r = gate.result;
    const verdict = r.reproducible
        ? '✅ **reproducible**: two builds gave the same image'
        : (0,core_gate/* gatePasses */.xZ)(r)
            ? '✅ **passes with allowed differences**'
            : `❌ **not reproducible**: ${(0,format/* escapeMarkdown */.FV)(r.reason, 300)}`;
    const lines = [verdict, '', `- digest: ${r.digest === null ? 'none' : (0,format/* inlineCode */.ti)(r.digest, 80)}`];
    const files = r.diff?.files ?? [];
    if (files.length > 0) {
        lines.push(`- files that differ: ${files.length}`);
        for (const f of files.slice(0, 5))
            lines.push(`  - ${(0,format/* inlineCode */.ti)(f.path, 120)}${f.cause ? ` (${(0,format/* escapeMarkdown */.FV)(f.cause, 60)})` : ''}`);
    }
    return lines;
}
/**
 * The body of the pull request that bumps these images (normally one: the workflow opens one PR per
 * image). Every field from the Dockerfile, the registry or the gate is escaped.
 */
function renderPrBody(report, gate) {
    const images = report.images.filter(i => moved(i) && i.blocked === null);
    const title = images.length === 1 ? (0,format/* inlineCode */.ti)(images[0].image.replace(/@.*$/, ''), 200) : `${images.length} images`;
    const out = [`## Bump ${title} to the digest its tag points at now`, ''];
    if (images.length === 0)
        out.push('Nothing moved: every pinned digest is the one its tag points at.', '');
    for (const i of images) {
        out.push(`**${(0,format/* inlineCode */.ti)(i.image.replace(/@.*$/, ''), 200)}**, ${(0,format/* escapeMarkdown */.FV)(i.where, 20)} on line ${i.line} of ${(0,format/* inlineCode */.ti)(report.file, 200)}${i.arg === null ? '' : ` (the default of ${(0,format/* inlineCode */.ti)(`ARG ${i.arg}`, 120)})`}`, '', '| | digest | created |', '|---|---|---|', `| old | ${digestCell(i.old)} | ${i.old === null ? '-' : createdCell(i.created.old)} |`, `| new | ${digestCell(i.current)} | ${createdCell(i.created.current)} |`, '');
    }
    out.push('### The gate on the bumped Dockerfile', '', ...gateSection(gate), '');
    out.push('### Before you merge', '', "- [ ] Read the security advisories for the new image (its release notes, the distribution's security tracker, a scanner run on the new digest).", '- [ ] The gate above is green, or its differences are understood.', '', '<sub>Opened by the monthly pin refresh (`build-lab pin`). Renovate and Dependabot read the same `name:tag@digest` form.</sub>', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/context/dockerfile-path.ts
var dockerfile_path = __webpack_require__(1069);
// EXTERNAL MODULE: ./src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(2455);
// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/cli/report-command.ts + 1 modules
var report_command = __webpack_require__(4119);
;// CONCATENATED MODULE: ./src/cli/pin-command.ts
// `build-lab pin`: pins every image a Dockerfile names to the digest its tag points at, or checks the pins are fresh.












const PIN_USAGE = [
    'usage: build-lab pin [<context>] [-f Dockerfile] [--check] [--platform os/arch[/variant]] [--only IMAGE] [--json]',
    '       build-lab pin --pr-body <pin.json> [--gate-result <gate.json>]',
    '  rewrites every FROM, COPY --from and RUN --mount=from image to name:tag@sha256:... (in place)',
    '  --check        change nothing; exit 1 listing unpinned or stale pins, 0 when all are fresh',
    '  --platform P   also check that each tag has an image for P',
    '  --only IMAGE   pin only this image (as written, e.g. node:22)',
    '  --json         print the result as JSON (with the created dates of old and new digests)',
    '  --pr-body F    print the markdown body of a digest-bump PR from a `pin --json` file F',
    'exit codes: 0 done (or all fresh), 1 --check found unpinned or stale pins, 2 usage or registry error'
].join('\n');
const MAX_INPUT_BYTES = 4 * 1024 * 1024;
async function readInput(file, what) {
    let stat;
    try {
        stat = await external_node_fs_.promises.stat(file);
    }
    catch {
        throw new errors/* BuildLabError */.CG(`cannot read ${JSON.stringify(file)}: check the ${what} path`);
    }
    if (!stat.isFile())
        throw new errors/* BuildLabError */.CG(`${JSON.stringify(file)} is not a file: pass the ${what}`);
    if (stat.size > MAX_INPUT_BYTES)
        throw new errors/* BuildLabError */.CG(`${JSON.stringify(file)} is larger than 4 MiB: that is not a ${what}`);
    return external_node_fs_.promises.readFile(file, 'utf8');
}
async function prBody(file, gateFile, io) {
    let data;
    try {
        data = JSON.parse(await readInput(file, '`pin --json` output'));
    }
    catch (error) {
        if (error instanceof errors/* BuildLabError */.CG)
            throw error;
        throw new errors/* BuildLabError */.CG(`${JSON.stringify(file)} is not JSON: pass the output of \`build-lab pin --json\``);
    }
    const report = parsePinReport(data);
    if (typeof report === 'string') {
        throw new errors/* BuildLabError */.CG(`${JSON.stringify(file)}: ${report} (pass the output of \`build-lab pin --json\`)`);
    }
    const gate = gateFile === undefined ? null : (0,report_command.parseGateReport)(await readInput(gateFile, 'gate result'), gateFile);
    io.stdout(renderPrBody(report, gate));
    return errors/* ExitCode */.yU.Pass;
}
/** Writes next to the file and renames over it: a reader sees the old file or the new one, never half of one. */
async function writeAtomically(file, text) {
    const stat = await external_node_fs_.promises.stat(file);
    const temp = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.build-lab-pin-${process.pid}`);
    try {
        await external_node_fs_.promises.writeFile(temp, text, { mode: stat.mode & 0o7777 });
        await external_node_fs_.promises.rename(temp, file);
    }
    catch (error) {
        await external_node_fs_.promises.rm(temp, { force: true });
        throw error;
    }
}
function onlyKey(only) {
    if (only === undefined)
        return null;
    const ref = (0,reference/* tryParseReference */.WF)((0,log_safety/* requireOneLine */.E)(only, '--only'));
    if (typeof ref === 'string')
        throw new errors/* BuildLabError */.CG(`--only ${JSON.stringify(only.slice(0, 200))}: ${ref}`);
    return resolutionKey(ref);
}
/** The created date of one digest of a tag, or null when the registry cannot say (a date never fails the run). */
async function createdOf(client, ref, digest, platform) {
    if (digest === null)
        return null;
    try {
        const config = await client.fetchConfig({ ...ref, digest }, platform === null ? {} : { platform });
        return config.created;
    }
    catch {
        return null;
    }
}
async function pinCommand(argv, io, deps) {
    const { values, positionals } = (0,flags/* parseCommandLine */.Du)({
        args: argv,
        options: {
            file: { type: 'string', short: 'f' },
            check: { type: 'boolean' },
            platform: { type: 'string' },
            only: { type: 'string' },
            json: { type: 'boolean' },
            'pr-body': { type: 'string' },
            'gate-result': { type: 'string' }
        }
    });
    if (values['pr-body'] !== undefined)
        return prBody(values['pr-body'], values['gate-result'], io);
    if (values['gate-result'] !== undefined)
        throw new errors/* BuildLabError */.CG(`--gate-result goes with --pr-body\n${PIN_USAGE}`);
    if (positionals.length > 1)
        throw new errors/* BuildLabError */.CG(`expected at most one <context>\n${PIN_USAGE}`);
    const platform = values.platform === undefined ? null : (0,log_safety/* requireOneLine */.E)(values.platform, '--platform');
    if (platform !== null) {
        const p = (0,manifest/* parsePlatform */.FL)(platform);
        if (typeof p === 'string')
            throw new errors/* BuildLabError */.CG(p);
    }
    const only = onlyKey(values.only);
    const context = positionals[0] ?? '.';
    const file = values.file === undefined ? undefined : (0,log_safety/* requireOneLine */.E)(values.file, '-f / --file');
    const dockerfile = await (0,dockerfile_path/* findDockerfile */.m)(context, file);
    if (dockerfile === null) {
        throw new errors/* BuildLabError */.CG(`Dockerfile ${JSON.stringify(file ?? external_node_path_.join(context, 'Dockerfile'))} not found: pass -f with its path, or the context that holds it`);
    }
    const text = await readInput(dockerfile, 'Dockerfile');
    const scan = scanDockerfile(text);
    const sites = scan.sites.filter(s => only === null || resolutionKey(s.ref) === only);
    if (only !== null && sites.length === 0) {
        throw new errors/* BuildLabError */.CG(`--only ${JSON.stringify(values.only)}: the Dockerfile names no such image (pin without --only lists those it names)`);
    }
    const client = deps?.client ?? (0,registry_client.createRegistryClient)();
    // Each tag is asked once per platform to check, however many stages use it; the first registry
    // error ends the run (exit 2). A FROM's own literal --platform is checked when no --platform is given.
    const resolutions = new Map();
    const checkedAs = (site) => platform ?? site.platform;
    for (const site of sites) {
        const key = `${resolutionKey(site.ref)} ${checkedAs(site) ?? ''}`;
        if (resolutions.has(key) || (site.ref.tag === null && site.ref.digest !== null))
            continue;
        const want = checkedAs(site);
        const r = await client.resolveDigest({ ...site.ref, digest: null }, want === null ? {} : { platform: want });
        resolutions.set(key, { digest: r.digest });
    }
    const results = sites.map(site => decide(site, resolutions.get(`${resolutionKey(site.ref)} ${checkedAs(site) ?? ''}`) ?? null));
    // The path as the user gave it (context or -f), so it reads like their command.
    const shown = dockerfile;
    let changed = false;
    if (!values.check) {
        const next = applyPins(text, sites, results);
        if (next !== text) {
            await writeAtomically(dockerfile, next);
            changed = true;
        }
    }
    for (const note of scan.notes)
        io.stderr(`build-lab: ${note}\n`);
    if (values.json) {
        io.stdout(JSON.stringify(await report(client, shown, values.check === true, changed, platform, sites, results, scan.notes), null, 2) + '\n');
    }
    else {
        for (const r of results)
            io.stdout(`${shown}: ${renderPinLine(r, values.check === true)}\n`);
        if (results.length === 0)
            io.stdout(`${shown}: names no image to pin\n`);
        else if (!values.check)
            io.stdout(changed ? `${shown}: rewritten\n` : `${shown}: nothing to change\n`);
    }
    if (values.check) {
        const failing = results.filter(moved);
        if (failing.length > 0) {
            io.stderr(`build-lab: ${failing.length} of ${results.length} image references are unpinned or stale: run \`build-lab pin\` to pin them\n`);
            return errors/* ExitCode */.yU.CheckFailed;
        }
    }
    return errors/* ExitCode */.yU.Pass;
}
async function report(client, file, check, changed, platform, sites, results, notes) {
    const images = [];
    for (const [i, result] of results.entries()) {
        const site = sites[i];
        const created = moved(result)
            ? {
                old: await createdOf(client, site.ref, result.old, platform),
                current: await createdOf(client, site.ref, result.current, platform)
            }
            : { old: null, current: null };
        images.push(reportImage(result, created));
    }
    return { file, check, changed, platform, images, notes };
}


/***/ })

};
