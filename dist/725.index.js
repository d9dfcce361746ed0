export const id = 725;
export const ids = [725];
export const modules = {

/***/ 4725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRecordMode: () => (/* binding */ runRecordMode)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_report_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(57375);
/* harmony import */ var _crossrunner_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88286);
/* harmony import */ var _crossrunner_record_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23714);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90915);
/* harmony import */ var _mode_deps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65491);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92106);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(827);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87911);
// mode: record. One cold, isolated build on this runner, uploaded as a record for the cross-runner check.











function recordSummary(record, artifactName) {
    const rows = record.platforms.map(p => `| ${(0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(p.platform)} | ${(0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_10__/* .inlineCode */ .ti)(p.manifest)} |`);
    return [
        `## build-lab: record for ${(0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(record.runner.label)}`,
        '',
        record.error === null
            ? `Image ${(0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_10__/* .inlineCode */ .ti)(record.digest ?? '-')} built in ${(0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a3)(record.durationMs)}, uploaded as ${(0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_10__/* .inlineCode */ .ti)(artifactName)}${record.image.uploaded ? ' with the image' : ''}.`
            : `❌ The build failed: ${(0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_10__/* .escapeMarkdown */ .FV)(record.error)}`,
        '',
        ...(rows.length > 0 ? ['| Platform | Manifest |', '| --- | --- |', ...rows, ''] : [])
    ].join('\n');
}
/**
 * Builds once, uploads the record as the artifact <record-prefix>-<runner-label>, and sets digest,
 * record-artifact and report-path. Resolves with the exit code; every failure ends in core.setFailed.
 */
async function runRecordMode(params, deps = (0,_mode_deps_js__WEBPACK_IMPORTED_MODULE_6__/* .modeDeps */ ._)()) {
    try {
        const request = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .buildRequest */ .m)(params, params.written ?? []);
        await (0,_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .maskSecrets */ .Q)(request);
        const { record, artifactName, artifactDir } = await (0,_crossrunner_record_run_js__WEBPACK_IMPORTED_MODULE_4__/* .recordRun */ .vj)({
            ...request,
            runner: (0,_crossrunner_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .runnerIdentity */ .L)(deps.env, params['runner-label']),
            workflow: (0,_crossrunner_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowIdentity */ .c)(deps.env),
            workspace: deps.env.GITHUB_WORKSPACE || process.cwd(),
            prefix: params['record-prefix'],
            maxImageBytes: params['upload-image-max-mb'] * 1024 * 1024
        }, deps);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Digest, record.digest ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.RecordArtifact, artifactName);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.ReportPath, node_path__WEBPACK_IMPORTED_MODULE_1__.join(artifactDir, 'record.json'));
        await (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .writeSummary */ .Sy)(recordSummary(record, artifactName), deps.env);
        if (record.error !== null) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`the build failed on ${record.runner.label}: ${record.error}`);
            return _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Error;
        }
        (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .fH)(`recorded ${record.digest ?? ''} as ${artifactName}`);
        return _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass;
    }
    catch (error) {
        (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .failStep */ .vy)(error);
        return _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Error;
    }
}


/***/ })

};
