export const id = 744;
export const ids = [744,899];
export const modules = {

/***/ 39744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCompareMode: () => (/* binding */ runCompareMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/build/temp-dir.ts
var temp_dir = __webpack_require__(24986);
// EXTERNAL MODULE: ./src/core/crossrunner/record.ts
var record = __webpack_require__(6157);
// EXTERNAL MODULE: ./src/core/diff/index.ts
var core_diff = __webpack_require__(2899);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
// EXTERNAL MODULE: ./src/oci/open-image.ts
var open_image = __webpack_require__(1925);
// EXTERNAL MODULE: ./src/context/context-files.ts
var context_files = __webpack_require__(31210);
;// CONCATENATED MODULE: ./src/crossrunner/compare-runs.ts









/** Lists and downloads the run's records. Any service failure is an error: without records there is nothing to compare. */
async function downloadRecords(prefix, dir, deps) {
    let listed;
    try {
        listed = await deps.store.list();
    }
    catch (error) {
        throw new errors/* BuildLabError */.CG(`could not list this workflow run's artifacts, so there is nothing to compare: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const ours = listed.filter(a => (0,record/* isRecordArtifact */.Ug)(prefix, a.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    deps.log.info(`${ours.length} record(s) found: ${ours.map(a => a.name).join(', ') || 'none'}`);
    const out = [];
    for (const a of ours) {
        const target = external_node_path_.join(dir, a.name);
        await external_node_fs_.promises.mkdir(target, { recursive: true });
        try {
            await deps.store.download(a.id, target);
        }
        catch (error) {
            throw new errors/* BuildLabError */.CG(`could not download the record ${a.name}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        let data;
        try {
            data = JSON.parse(await external_node_fs_.promises.readFile(external_node_path_.join(target, record/* RecordFiles */.b.Record), 'utf8'));
        }
        catch (error) {
            throw new errors/* BuildLabError */.CG(`artifact ${a.name} holds no readable ${record/* RecordFiles */.b.Record}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        out.push({ record: (0,record/* parseRecord */.Hh)(data, `record ${a.name}`), artifact: a.name, dir: target });
    }
    return out;
}
async function diagnosePair(ref, other, log) {
    const dockerfilePath = external_node_path_.join(ref.dir, record/* RecordFiles */.b.Dockerfile);
    const options = {
        ...((await (0,context_files/* pathExists */.s0)(dockerfilePath))
            ? {
                dockerfile: {
                    path: external_node_path_.posix.basename(ref.record.build.dockerfile),
                    text: await external_node_fs_.promises.readFile(dockerfilePath, 'utf8')
                }
            }
            : {}),
        ...(ref.record.build.target !== null ? { target: ref.record.build.target } : {}),
        buildkit: { a: ref.record.engine.buildkit, b: other.record.engine.buildkit }
    };
    const tarA = external_node_path_.join(ref.dir, record/* RecordFiles */.b.ImageTar);
    const tarB = external_node_path_.join(other.dir, record/* RecordFiles */.b.ImageTar);
    const full = ref.record.image.uploaded &&
        other.record.image.uploaded &&
        (await (0,context_files/* pathExists */.s0)(tarA)) &&
        (await (0,context_files/* pathExists */.s0)(tarB));
    try {
        let diff;
        if (full) {
            const [a, b] = await Promise.all([(0,open_image/* openImage */.UY)(tarA), (0,open_image/* openImage */.UY)(tarB)]);
            diff = await (0,core_diff.diffImages)(a, b, options);
        }
        else {
            const [a, b] = await Promise.all([
                (0,open_image/* openImage */.UY)(external_node_path_.join(ref.dir, record/* RecordFiles */.b.Layout)),
                (0,open_image/* openImage */.UY)(external_node_path_.join(other.dir, record/* RecordFiles */.b.Layout))
            ]);
            diff = await (0,record/* diffImageMetadata */._l)(a, b, options);
        }
        // The images' history may hold secret-named build-args (`RUN |1 NPM_TOKEN=...`).
        diff = redact/* NAMES_ONLY */.Yg.data(diff);
        return {
            reference: ref.record.runner.label,
            other: other.record.runner.label,
            depth: full ? 'image' : 'metadata',
            diff,
            markdown: (0,core_diff.renderDiffMarkdown)(diff, { dockerfile: options.dockerfile?.path ?? 'Dockerfile' })
        };
    }
    catch (error) {
        // The verdict stands without a diagnosis; say why there is none.
        log.info(`could not diagnose ${ref.record.runner.label} vs ${other.record.runner.label}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return null;
    }
}
/** Downloads, validates and compares every record of this run; diagnoses each differing pair of runners. */
async function compareRuns(options, deps) {
    const workDir = options.workDir ?? (await (0,temp_dir/* makeTempDir */.mk)('build-lab-compare-'));
    const records = await deps.log.group('Downloading the records of this workflow run', () => downloadRecords(options.prefix, workDir, deps));
    const result = (0,record/* compareRecords */.aB)(records.map(r => r.record), options);
    const diagnoses = [];
    if (result.mismatches.length > 0) {
        await deps.log.group('Diagnosing the difference', async () => {
            for (const m of result.mismatches.slice(0, options.maxDiagnoses ?? 3)) {
                const ref = records.find(r => r.record.runner.label === m.reference);
                const other = records.find(r => r.record.runner.label === m.other);
                if (ref === undefined || other === undefined)
                    continue;
                const d = await diagnosePair(ref, other, deps.log);
                if (d !== null)
                    diagnoses.push(d);
            }
        });
    }
    const markdown = (0,record/* renderCrossRunnerMarkdown */.Ij)(result, diagnoses);
    return { result, records, diagnoses, markdown, workDir };
}

// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
// EXTERNAL MODULE: ./src/action/mode-deps.ts + 31 modules
var mode_deps = __webpack_require__(65491);
// EXTERNAL MODULE: ./src/action/log.ts + 1 modules
var log = __webpack_require__(827);
;// CONCATENATED MODULE: ./src/action/compare-mode.ts
// mode: compare. Downloads every record of this workflow run and asserts each platform's digest is the same on every runner.








/**
 * Compares the records, writes report.json and report.md, and sets reproducible, digest and report-path.
 * Resolves with the exit code: 1 when the digests differ (and fail-on-mismatch), 2 on any error.
 */
async function runCompareMode(params, deps = (0,mode_deps/* modeDeps */._)()) {
    try {
        const outcome = await compareRuns({
            prefix: params['record-prefix'],
            runners: params.runners,
            runId: deps.env.GITHUB_RUN_ID || 'local',
            equality: params.equality ?? 'digest'
        }, deps);
        const { result } = outcome;
        const reportPath = external_node_path_.join(outcome.workDir, 'report.json');
        const diagnoses = outcome.diagnoses.map(d => ({ ...d, markdown: undefined }));
        await external_node_fs_.promises.writeFile(reportPath, JSON.stringify({ ...result, diagnoses }, null, 2) + '\n');
        await external_node_fs_.promises.writeFile(external_node_path_.join(outcome.workDir, 'report.md'), outcome.markdown);
        core.setOutput(constants/* Outputs */.tY.Reproducible, String(result.reproducible));
        core.setOutput(constants/* Outputs */.tY.Digest, result.digest ?? '');
        core.setOutput(constants/* Outputs */.tY.ReportPath, reportPath);
        await (0,log/* writeSummary */.Sy)(outcome.markdown, deps.env);
        if (result.reproducible) {
            (0,log/* logInfo */.fH)(`reproducible across runners: ${result.reason}`);
            return errors/* ExitCode */.yU.Pass;
        }
        (0,log/* logInfo */.fH)(`NOT reproducible across runners: ${result.reason}`);
        if (params['fail-on-mismatch']) {
            core.setFailed(`the image is not reproducible across runners: ${result.reason}`);
            return errors/* ExitCode */.yU.CheckFailed;
        }
        core.warning(`the image is not reproducible across runners (fail-on-mismatch is false): ${result.reason}`);
        return errors/* ExitCode */.yU.Pass;
    }
    catch (error) {
        (0,log/* failStep */.vy)(error);
        return errors/* ExitCode */.yU.Error;
    }
}


/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CAUSE_HINTS: () => (/* reexport safe */ _cause_js__WEBPACK_IMPORTED_MODULE_3__.X3),
/* harmony export */   CAUSE_ORDER: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.Bt),
/* harmony export */   diffImages: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.eC),
/* harmony export */   explainEntry: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.IT),
/* harmony export */   readTarEntries: () => (/* reexport safe */ _tar_stream_js__WEBPACK_IMPORTED_MODULE_4__.ET),
/* harmony export */   renderDiffMarkdown: () => (/* reexport safe */ _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__.rw),
/* harmony export */   renderDiffText: () => (/* reexport safe */ _render_text_js__WEBPACK_IMPORTED_MODULE_1__.pQ)
/* harmony export */ });
/* harmony import */ var _image_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68272);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96759);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90861);
/* harmony import */ var _cause_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91156);
/* harmony import */ var _tar_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38025);
// The image diff's public surface: diffImages, the renderers and the types the gate embeds.







/***/ })

};
