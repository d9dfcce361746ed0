export const id = 903;
export const ids = [903];
export const modules = {

/***/ 2903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DIFF_USAGE: () => (/* binding */ DIFF_USAGE),
/* harmony export */   diffCommand: () => (/* binding */ diffCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_diff_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2899);
/* harmony import */ var _core_equality_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4763);
/* harmony import */ var _core_allow_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7839);
/* harmony import */ var _core_report_format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7375);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2258);
/* harmony import */ var _oci_open_image_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1925);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3124);
// `build-lab diff <a> <b>`: what differs between two OCI images (layout directories or tars), and why.










const DIFF_USAGE = 'usage: build-lab diff <image-a> <image-b> [-f Dockerfile] [--target T] [--equality digest|content]\n' +
    "                      [--ignore 'GLOB[ # reason]']... [--format text|json|markdown] [--limit N]\n" +
    '  each image is an OCI layout directory (type=oci,tar=false) or an OCI tar (type=oci,dest=x.tar)';
async function diffCommand(argv, io) {
    const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandLine */ .Du)({
        args: argv,
        options: {
            file: { type: 'string', short: 'f' },
            target: { type: 'string' },
            format: { type: 'string' },
            limit: { type: 'string' },
            equality: { type: 'string' },
            ignore: { type: 'string', multiple: true }
        }
    });
    if (positionals.length !== 2)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BuildLabError */ .CG(`expected two images, got ${positionals.length}\n${DIFF_USAGE}`);
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .oneOf */ .yL)(values.format ?? 'text', ['text', 'json', 'markdown'], '--format');
    const equality = (0,_core_equality_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEquality */ .If)(values.equality, '--equality');
    const ignore = (values.ignore ?? []).map(g => (0,_core_allow_list_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAllowGlob */ .Xq)(g, '--ignore'));
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BuildLabError */ .CG(`--limit must be a positive whole number (got ${JSON.stringify(values.limit)})`);
    }
    let dockerfile;
    if (values.file) {
        try {
            dockerfile = { path: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(values.file), text: await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(values.file, 'utf8') };
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .BuildLabError */ .CG(`Dockerfile ${JSON.stringify(values.file)} not found: check the -f path`);
        }
    }
    const [a, b] = await Promise.all(positionals.map(p => (0,_oci_open_image_js__WEBPACK_IMPORTED_MODULE_7__/* .openImage */ .UY)(p)));
    // The values are unknown here, but secret-named build-args in BuildKit's `RUN |N NAME=value` history are not.
    const diff = _core_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .NAMES_ONLY */ .Yg.data(await (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_2__.diffImages)(a, b, {
        ...(dockerfile ? { dockerfile } : {}),
        ...(values.target ? { target: values.target } : {})
    }));
    const opts = { ...(limit ? { limit } : {}), ...(dockerfile ? { dockerfile: dockerfile.path } : {}) };
    const equal = diff.identical || (equality === 'content' && diff.sameContent === true);
    const allowList = !equal && ignore.length > 0 ? (0,_core_allow_list_js__WEBPACK_IMPORTED_MODULE_4__/* .applyAllowList */ .yg)(ignore, diff) : null;
    const allowLines = (allowList?.allowed ?? []).map(g => `  allowed ${g.glob}${g.reason !== null ? ` (${g.reason})` : ''}: ${g.files.join(', ')}`);
    const allowNote = allowList !== null ? [`Allow-list: ${allowList.reason}.`, ...allowLines] : [];
    const equalityNote = `Equality: ${_core_equality_js__WEBPACK_IMPORTED_MODULE_3__/* .EQUALITY_NOTE */ .G7[equality]}: ${equal ? 'equal' : 'not equal'}.`;
    const escape = format === 'markdown' ? (l) => (0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(l, 2000) : (l) => (0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)(l, 2000);
    const note = [equalityNote, ...allowNote.map(escape)].join('\n');
    if (format === 'json')
        io.stdout(JSON.stringify({ ...diff, equality, equal, ...(allowList !== null ? { allowList } : {}) }, null, 2) +
            '\n');
    else if (format === 'markdown')
        io.stdout(`${(0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_2__.renderDiffMarkdown)(diff, opts)}\n${note}\n`);
    else
        io.stdout(`${(0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_2__.renderDiffText)(diff, opts)}\n${note}\n`);
    return equal || allowList?.passed === true ? _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .yU.Pass : _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .yU.CheckFailed;
}


/***/ }),

/***/ 7839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xq: () => (/* binding */ parseAllowGlob),
/* harmony export */   yg: () => (/* binding */ applyAllowList)
/* harmony export */ });
/* unused harmony exports parseAllowList, allowedBy, allowedCount */
/* harmony import */ var _context_dockerignore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);


/** Parses one `GLOB` or `GLOB # reason`; the glob is image-root relative (a leading slash is dropped). */
function parseAllowGlob(text, what) {
    const hash = text.search(/\s#/);
    const rawGlob = (hash === -1 ? text : text.slice(0, hash)).trim();
    const reason = hash === -1 ? '' : text.slice(hash).replace(/^\s*#/, '').trim();
    const glob = (0,_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanPath */ .ts)(rawGlob);
    if (glob === '' || rawGlob.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${what} ${JSON.stringify(text)} is not a path glob: give a path relative to the image root, e.g. var/log/** # apt logs`);
    }
    return { glob, reason: reason === '' ? null : reason };
}
/** Parses the `ignore-paths` input: one glob a line, `# reason` after it; blank and `#` lines are skipped. */
function parseAllowList(text, what) {
    return text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'))
        .map(line => parseAllowGlob(line, what));
}
/** The first glob that matches an image path, or null. */
function allowedBy(globs, path) {
    const file = (0,_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanPath */ .ts)(path);
    return globs.find(g => (0,_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_1__/* .toRegex */ .bK)(g.glob).test(file)) ?? null;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/**
 * Whether the allow-list explains a difference. Strict: it passes only when the diagnosis lists every
 * differing file, each matches a glob, and nothing else differs (index annotations, config fields, or a
 * layer that differs with no differing file, such as compression). Without a diagnosis it cannot apply.
 */
function applyAllowList(globs, diff) {
    if (diff === null) {
        return {
            passed: false,
            reason: 'the allow-list cannot apply: there is no diagnosis of the difference',
            allowed: [],
            outside: []
        };
    }
    const groups = new Map();
    const outside = [];
    for (const file of diff.files) {
        const by = allowedBy(globs, file.path);
        if (by === null)
            outside.push(file.path);
        else
            groups.set(by, [...(groups.get(by) ?? []), file.path]);
    }
    const allowed = globs.filter(g => groups.has(g)).map(g => ({ ...g, files: groups.get(g) ?? [] }));
    const allowedCount = diff.files.length - outside.length;
    const unexplained = [];
    if (outside.length > 0)
        unexplained.push(`${plural(outside.length, 'differing file')} outside the list`);
    if (diff.truncated > 0)
        unexplained.push(`${plural(diff.truncated, 'differing file')} not listed by the diagnosis`);
    if (diff.index.length > 0)
        unexplained.push(`${plural(diff.index.length, 'index field')} (${diff.index[0]?.field})`);
    if (diff.config.length > 0)
        unexplained.push(`${plural(diff.config.length, 'config field')} (${diff.config[0]?.field})`);
    const withFiles = new Set(diff.layers.filter(l => l.files > 0).map(l => `${l.a} ${l.b}`));
    const bare = diff.layers.filter(l => l.files === 0 && !withFiles.has(`${l.a} ${l.b}`));
    if (bare.length > 0)
        unexplained.push(`${plural(bare.length, 'layer')} that differ with no differing file`);
    if (allowedCount === 0 && unexplained.length === 0)
        unexplained.push('no differing file to allow');
    const summary = `${plural(allowedCount, 'allowed path')} (${allowed.map(g => g.glob).join(', ') || 'none'})`;
    return unexplained.length === 0
        ? { passed: true, reason: `reproducible except ${summary}`, allowed, outside: [] }
        : {
            passed: false,
            reason: `not reproducible: ${unexplained.join(', ')}; ${summary}`,
            allowed,
            outside: outside.slice(0, 20)
        };
}
/** How many differing files the allow-list allowed. */
function allowedCount(result) {
    return (result?.allowed ?? []).reduce((n, g) => n + g.files.length, 0);
}


/***/ })

};
