export const id = 504;
export const ids = [504];
export const modules = {

/***/ 1504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMPARE_USAGE: () => (/* binding */ COMPARE_USAGE),
  REPORT_RENDERERS: () => (/* binding */ REPORT_RENDERERS),
  REPORT_USAGE: () => (/* binding */ REPORT_USAGE),
  RUN_USAGE: () => (/* binding */ RUN_USAGE),
  compareCommand: () => (/* binding */ compareCommand),
  defaultLabDeps: () => (/* binding */ defaultLabDeps),
  labLogger: () => (/* binding */ labLogger),
  reportCommand: () => (/* binding */ reportCommand),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/buildkit/engine.ts + 2 modules
var engine = __webpack_require__(7396);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/build/identity.ts
// What was built, as every record names it: records of different builds are never compared.
/** A stable key of the build identity. */
function identityKey(build) {
    return JSON.stringify([build.context, build.dockerfile, build.target, build.buildArgs, build.platforms]);
}

// EXTERNAL MODULE: ./src/core/miss/map.ts
var map = __webpack_require__(6554);
// EXTERNAL MODULE: ./src/core/lab/scenario.ts
var lab_scenario = __webpack_require__(5893);
// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(4664);
;// CONCATENATED MODULE: ./src/core/lab/stats.ts
// Lab numbers from run records: min/median/max and CV, noise, digest stability, comparisons, recommended actions.





function stats(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    const mid = Math.floor(n / 2);
    const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    const mean = sorted.reduce((a, b) => a + b, 0) / n;
    let cv = null;
    if (n >= 2 && mean !== 0) {
        const variance = sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
        cv = Math.sqrt(variance) / Math.abs(mean);
    }
    return { n, min: sorted[0], median, max: sorted[n - 1], mean, cv };
}
/** Runs a scenario needs before its spread means anything: two values always differ by something. */
const MIN_RUNS_FOR_NOISE = 3;
/** Latency spikes: at least MIN_RUNS_FOR_NOISE runs whose durations vary by more than the threshold. */
function isNoisy(duration, threshold) {
    return (duration !== null && duration.n >= MIN_RUNS_FOR_NOISE && duration.cv !== null && duration.cv > threshold);
}
/** Mutations that keep the image's inputs: their digests must match the unmutated builds'. */
function keepsInputs(mutation) {
    return mutation === 'none' || mutation === 'touch-source' || mutation === 'fresh-checkout';
}
/** An isolated build: no cache at all, unchanged inputs. Two of them that agree are what reproducibility means. */
function isIsolated(record) {
    return record.cache_mode === 'none' && keepsInputs(record.input_mutation);
}
/** A record's hits over the steps that do work; older records, which counted WORKDIR, are recounted. */
function recordHits(record) {
    if (record.steps.length === 0) {
        return {
            cachedSteps: record.cachedSteps,
            totalSteps: record.totalSteps,
            cacheHitRatio: record.cache_hit_ratio
        };
    }
    return (0,progress/* workHits */.Ac)(record.steps);
}
const STATUS_RANK = { ok: 0, skipped: 1, degraded: 2, failed: 3 };
function measured(record) {
    return (record.status === 'ok' || record.status === 'degraded') && record.duration_sec !== null;
}
function summarizeScenario(records, threshold) {
    const first = records[0];
    const runs = records.filter(measured);
    const duration = stats(runs.map(r => r.duration_sec ?? 0));
    const ratios = runs.map(r => recordHits(r).cacheHitRatio).filter((r) => r !== null);
    const last = runs[runs.length - 1];
    const lastHits = last === undefined ? null : recordHits(last);
    const status = records.reduce((worst, r) => (STATUS_RANK[r.status] > STATUS_RANK[worst] ? r.status : worst), 'ok');
    return {
        scenario: first.scenario,
        input_mutation: first.input_mutation,
        cache_mode: first.cache_mode,
        runId: first.runId,
        status,
        runs: runs.length,
        duration_sec: duration,
        cache_hit_ratio: stats(ratios),
        cachedSteps: lastHits?.cachedSteps ?? 0,
        totalSteps: lastHits?.totalSteps ?? 0,
        digests: [...new Set(runs.map(r => r.digest).filter((d) => d !== null))],
        noisy: isNoisy(duration, threshold),
        notes: [...new Set(records.flatMap(r => r.notes))],
        errors: [...new Set(records.map(r => r.error).filter((e) => e !== null))],
        rebuiltSteps: (last?.steps ?? [])
            .filter(s => !s.cached && !/^FROM\s/i.test(s.instruction ?? ''))
            .map(s => ({ name: s.name, instruction: s.instruction, durationMs: s.durationMs }))
            .sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0)),
        steps: last?.steps ?? [],
        mutatedFile: records.find(r => r.mutatedFile !== null)?.mutatedFile ?? null,
        misses: last?.misses ?? null,
        rerunMs: rerunMs(last),
        previous: null
    };
}
function rerunMs(record) {
    return (record?.steps ?? [])
        .filter(s => !s.cached && !/^FROM\s/i.test(s.instruction ?? ''))
        .reduce((sum, s) => sum + (s.durationMs ?? 0), 0);
}
/** The last measured record of the scenario in the run before `runId`, of the same build. */
function previousRun(records, latest) {
    const key = identityKey(latest.build);
    const ids = runIdsInOrder(records.filter(r => identityKey(r.build) === key && r.scenario === latest.scenario));
    const before = ids[ids.indexOf(latest.runId) - 1];
    if (before === undefined)
        return null;
    const runs = records.filter(r => r.runId === before && r.scenario === latest.scenario).filter(measured);
    const last = runs[runs.length - 1];
    return last === undefined ? null : { runId: before, rerunMs: rerunMs(last) };
}
function runIdsInOrder(records) {
    return [...new Set(records.map(r => r.runId))];
}
/**
 * For each scenario, the records of the latest run that measured it, among the records of the same
 * build as the newest record. Scenario order: as first recorded.
 */
function latestByScenario(records) {
    const newest = records[records.length - 1];
    if (newest === undefined)
        return [];
    const key = identityKey(newest.build);
    const same = records.filter(r => identityKey(r.build) === key);
    const names = [...new Set(same.map(r => r.scenario))];
    return names.map(name => {
        const mine = same.filter(r => r.scenario === name);
        const runId = mine[mine.length - 1].runId;
        return mine.filter(r => r.runId === runId);
    });
}
/** The same base image reference with different IDs across records, or changed within one. */
function baseImageProblems(records) {
    const problems = [];
    for (const r of records) {
        for (const b of r.baseImages) {
            if (b.before !== b.after) {
                problems.push(`base image ${b.ref} changed during ${r.scenario} (run ${r.repeat}): ${b.before ?? 'absent'} → ${b.after ?? 'absent'}; its numbers cannot be compared with the others`);
            }
        }
    }
    const ids = new Map();
    for (const r of records) {
        if ((0,lab_scenario/* baseImageChanged */.n2)(r))
            continue;
        for (const b of r.baseImages) {
            if (b.after === null)
                continue;
            const set = ids.get(b.ref) ?? new Set();
            set.add(b.after);
            ids.set(b.ref, set);
        }
    }
    for (const [ref, set] of ids) {
        if (set.size > 1) {
            problems.push(`base image ${ref} is not the same image in every record (${[...set].join(', ')}): pin it by digest`);
        }
    }
    return [...new Set(problems)];
}
function pick(scenarios, name, test) {
    return scenarios.find(s => s.scenario === name && s.runs > 0) ?? scenarios.find(s => test(s) && s.runs > 0);
}
/**
 * PASS when at least two isolated builds (--no-cache, unchanged inputs, one from a fresh checkout in a later
 * second) and every cached build of unchanged inputs gave one digest; FAIL when builds of unchanged inputs gave
 * more than one; N/A otherwise. A cached build alone proves nothing: it reuses the layers it is compared with.
 */
function digestStability(records) {
    const unchanged = records.filter(r => measured(r) && keepsInputs(r.input_mutation) && r.digest !== null);
    const isolated = unchanged.filter(isIsolated);
    const digests = [...new Set(unchanged.map(r => r.digest))];
    const by = [...new Set(unchanged.map(r => r.scenario))].join(', ');
    if (digests.length > 1) {
        return {
            value: 'FAIL',
            reason: `${unchanged.length} builds of unchanged inputs (${by}) gave ${digests.length} different digests`
        };
    }
    if (isolated.length < 2) {
        return {
            value: 'N/A',
            reason: `fewer than 2 isolated builds (--no-cache) of unchanged inputs: run cold and cold-fresh-checkout (--all does)`
        };
    }
    const cached = unchanged.length - isolated.length;
    return {
        value: 'PASS',
        reason: `${isolated.length} isolated builds (--no-cache, fresh checkout, later second)${cached > 0 ? ` and ${cached} cached` : ''} of unchanged inputs (${by}) gave one digest`
    };
}
const INSTALL_STEP = /\b(npm (ci|install|i)\b|yarn( install)?\b|pnpm (install|i)\b|pip3? install|poetry install|uv sync|go mod download|go build|cargo (build|fetch)|bundle install|composer install|mvn|gradle|apt-get install|apk add)/i;
function seconds(ms) {
    return ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`;
}
/** What to do next, derived from the measurements (and lint findings, when given). */
function recommendedActions(summary, lint) {
    const actions = [];
    const add = (action, evidence) => actions.push({ action, evidence });
    const byName = (name) => summary.scenarios.find(s => s.scenario === name);
    const median = (s) => s?.duration_sec ? `${s.scenario} ${seconds(s.duration_sec.median * 1000)} (median of ${s.runs})` : null;
    if (!summary.valid) {
        add(`The comparison is invalid: ${summary.invalid_reasons[0]}. Pin FROM images by digest (image@sha256:...) and run again.`, summary.invalid_reasons);
    }
    if (summary.digest_stability === 'FAIL') {
        add(`Not reproducible: ${summary.digest_stability_reason}. Run "build-lab gate" on this context to find the step that differs.`, summary.scenarios
            .filter(s => keepsInputs(s.input_mutation) && s.digests.length > 0)
            .map(s => `${s.scenario}: ${s.digests.join(', ')}`));
    }
    const cold = summary.cold_duration;
    const warm = summary.warm_duration;
    const hits = summary.cache_hit_ratio;
    if (cold !== null && warm !== null && cold > 0 && warm >= 0.8 * cold && hits !== null && hits >= 0.9) {
        add(`Warm builds reuse ${Math.round(hits * 100)}% of their steps yet take ${Math.round((warm / cold) * 100)}% of the cold build's time: the time goes to what the cache cannot skip (exporting the image and the cache, pulling the base). Export less (a smaller final stage, a registry cache instead of a local one) to make warm builds faster.`, timing());
    }
    else if (cold !== null && warm !== null && cold > 0 && warm >= 0.8 * cold) {
        add(`The cache is not effective: a warm build takes ${Math.round((warm / cold) * 100)}% of the cold build's time. Export the cache with mode=max, import it with --cache-from, and keep early steps free of inputs that change on every build.`, timing());
    }
    else if (summary.cache_hit_ratio !== null && summary.cache_hit_ratio < 0.5) {
        add(`Warm builds reuse only ${Math.round(summary.cache_hit_ratio * 100)}% of their steps: check that the cache is imported and that early steps do not depend on changing inputs.`, timing());
    }
    function timing() {
        const warmS = summary.scenarios.find(s => s.scenario === 'warm');
        return [
            median(byName('cold')),
            median(warmS),
            warmS ? `warm: ${warmS.cachedSteps}/${warmS.totalSteps} steps cached` : null
        ].filter((x) => x !== null);
    }
    const sourceEdit = summary.scenarios.find(s => s.input_mutation === 'edit-source' && s.runs > 0);
    // A lint finding that already cites the measured re-run says the same at the Dockerfile line.
    const citedByLint = lint.some(f => f.rule === 'BL001' && f.evidence !== undefined);
    const missActions = sourceEdit?.misses?.actions ?? [];
    for (const a of missActions) {
        const measuredChange = sourceEdit?.previous != null
            ? [
                `since the previous run (${sourceEdit.previous.runId}), the steps a source edit re-runs take ${seconds(sourceEdit.previous.rerunMs)} → ${seconds(sourceEdit.rerunMs)}`
            ]
            : [];
        add(`${(0,map/* richPlain */.Zq)(a.title)}: ${a.suggestion.split('\n').join(' / ')}`, [
            ...a.evidence.map(map/* richPlain */.Zq),
            ...measuredChange
        ]);
    }
    if (sourceEdit?.previous && missActions.length === 0 && sourceEdit.misses) {
        add(`Measured against the previous run (${sourceEdit.previous.runId}): the steps a source edit re-runs (${sourceEdit.scenario}) take ${seconds(sourceEdit.previous.rerunMs)} → ${seconds(sourceEdit.rerunMs)}.`, editEvidence(sourceEdit));
    }
    const hasReorder = missActions.some(a => a.kind === 'reorder');
    if (sourceEdit && !citedByLint && !hasReorder) {
        const installs = sourceEdit.rebuiltSteps.filter(s => INSTALL_STEP.test(s.instruction ?? s.name));
        const ratio = sourceEdit.cache_hit_ratio?.median ?? null;
        if (installs.length > 0) {
            const step = installs[0];
            add(`Copy lockfiles before sources: after a source-only edit (${sourceEdit.scenario}), "${step.instruction ?? step.name}" ran again (${seconds(step.durationMs)}). COPY the manifest and lockfile, install dependencies, then COPY the sources.`, editEvidence(sourceEdit));
        }
        else if (ratio !== null && ratio < 0.5) {
            add(`Copy lockfiles before sources: a source-only edit (${sourceEdit.scenario}) re-ran ${sourceEdit.totalSteps - sourceEdit.cachedSteps} of ${sourceEdit.totalSteps} steps. Order the Dockerfile from what changes least to what changes most.`, editEvidence(sourceEdit));
        }
    }
    for (const s of summary.scenarios) {
        if (s.noisy && s.duration_sec?.cv != null) {
            add(`${s.scenario} is noisy: its durations vary by ${Math.round(s.duration_sec.cv * 100)}% (CV over ${Math.round(summary.noise_threshold * 100)}%). Rerun on a quiet machine with more --repeat before trusting the numbers.`, [
                `${s.scenario}: ${s.runs} runs, min ${seconds(s.duration_sec.min * 1000)}, median ${seconds(s.duration_sec.median * 1000)}, max ${seconds(s.duration_sec.max * 1000)}`
            ]);
        }
    }
    const degraded = summary.scenarios.filter(s => s.status === 'degraded');
    if (degraded.length > 0) {
        const reason = degraded.flatMap(s => s.notes).find(n => n.startsWith('cache unavailable')) ??
            'the cache backend was unavailable';
        add(`${degraded.map(s => s.scenario).join(', ')} ran without the cache (degraded), so their numbers do not measure it: ${reason}. Make the cache directory writable or the registry reachable.`, degraded.flatMap(s => s.notes.map(n => `${s.scenario}: ${n}`)));
    }
    for (const s of summary.scenarios.filter(x => x.status === 'failed')) {
        add(`${s.scenario} failed: ${s.errors[0] ?? 'see the log'}. Fix the build before reading the other numbers.`, s.errors.map(e => `${s.scenario}: ${e}`));
    }
    for (const f of lint.filter(f => f.severity !== 'info').slice(0, 5)) {
        const measured = f.evidence ? ` Measured: ${f.evidence}.` : '';
        add(`${f.file}:${f.line} ${f.rule}: ${f.message}${measured} Fix: ${f.fix}`, f.evidence ? [f.evidence] : []);
    }
    return actions;
}
/** What a source edit changed and re-ran, as evidence. */
function editEvidence(s) {
    return [
        ...(s.mutatedFile ? [`${s.scenario} edited ${s.mutatedFile}`] : []),
        ...s.rebuiltSteps.slice(0, 5).map(r => `re-ran ${r.instruction ?? r.name} (${seconds(r.durationMs)})`)
    ];
}
/** The report's data: the latest records of each scenario for the newest build in the results. */
function summarizeLab(records, options = {}) {
    const groups = latestByScenario(records);
    if (groups.length === 0)
        throw new errors/* BuildLabError */.CG('no lab records yet: run `build-lab run <context> --all` first');
    const threshold = options.noiseThreshold ?? lab_scenario/* DEFAULT_NOISE_THRESHOLD */.$U;
    const used = groups.flat();
    const scenarios = groups.map(g => ({
        ...summarizeScenario(g, threshold),
        previous: g[0] === undefined ? null : previousRun(records, g[0])
    }));
    const cold = pick(scenarios, 'cold', s => s.cache_mode === 'none' && s.input_mutation === 'none');
    const warm = pick(scenarios, 'warm', s => s.cache_mode !== 'none' && s.input_mutation === 'none');
    const stability = digestStability(used);
    const invalid = baseImageProblems(used);
    const newest = used.reduce((a, b) => (a.startedAt >= b.startedAt ? a : b));
    const oldest = used.reduce((a, b) => (a.startedAt <= b.startedAt ? a : b));
    const base = {
        build: newest.build,
        engine: newest.engine,
        epoch: newest.epoch,
        generatedFrom: {
            runIds: runIdsInOrder(used),
            records: used.length,
            firstStartedAt: oldest.startedAt,
            lastStartedAt: newest.startedAt
        },
        cold_duration: cold?.duration_sec?.median ?? null,
        warm_duration: warm?.duration_sec?.median ?? null,
        cache_hit_ratio: warm?.cache_hit_ratio?.median ?? null,
        digest_stability: stability.value,
        digest_stability_reason: stability.reason,
        valid: invalid.length === 0,
        invalid_reasons: invalid,
        noise_threshold: threshold,
        scenarios
    };
    const actions = recommendedActions(base, options.lintFindings ?? []);
    return { ...base, recommended_actions: actions.map(a => a.action), actions };
}
/**
 * Compares the last `last` runs (`build-lab run` invocations). Refuses runs of different builds (another
 * context, Dockerfile, target or build args); marks the comparison invalid when a base image changed.
 */
function compareRuns(records, last, options = {}) {
    if (!Number.isInteger(last) || last < 2)
        throw new errors/* BuildLabError */.CG(`--last must be an integer of at least 2 (got ${last})`);
    const ids = runIdsInOrder(records);
    if (ids.length < 2) {
        throw new errors/* BuildLabError */.CG(`compare needs at least 2 runs in the results, found ${ids.length}: run \`build-lab run\` again`);
    }
    const chosen = ids.slice(-last);
    const runs = chosen.map(id => records.filter(r => r.runId === id));
    const identities = runs.map(rs => rs[0].build);
    const firstKey = identityKey(identities[0]);
    const other = identities.findIndex(b => identityKey(b) !== firstKey);
    if (other !== -1) {
        const a = identities[0];
        const b = identities[other];
        const what = [
            a.context !== b.context ? `context ${a.context} vs ${b.context}` : null,
            a.dockerfile !== b.dockerfile ? `Dockerfile ${a.dockerfile} vs ${b.dockerfile}` : null,
            a.target !== b.target ? `target ${a.target ?? '(last stage)'} vs ${b.target ?? '(last stage)'}` : null,
            JSON.stringify(a.buildArgs) !== JSON.stringify(b.buildArgs)
                ? `build args ${a.buildArgs.join(' ') || '(none)'} vs ${b.buildArgs.join(' ') || '(none)'}`
                : null,
            JSON.stringify(a.platforms) !== JSON.stringify(b.platforms) ? 'platforms differ' : null
        ].filter((x) => x !== null);
        throw new errors/* BuildLabError */.CG(`refusing to compare different builds: run ${chosen[0]} and run ${chosen[other]} differ in ${what.join('; ')}. Use a separate --results file per build.`);
    }
    const threshold = options.noiseThreshold ?? lab_scenario/* DEFAULT_NOISE_THRESHOLD */.$U;
    const all = runs.flat();
    const names = [...new Set(all.map(r => r.scenario))];
    const rows = names.map(name => {
        const per = runs.map(rs => {
            const mine = rs.filter(r => r.scenario === name);
            return mine.length === 0 ? null : summarizeScenario(mine, threshold);
        });
        const present = per.filter((s) => s !== null);
        const first = per[0];
        const lastRun = per[per.length - 1];
        const before = first?.duration_sec?.median ?? null;
        const after = lastRun?.duration_sec?.median ?? null;
        const digests = [...new Set(present.flatMap(s => s.digests))];
        const mutation = present[0].input_mutation;
        return {
            scenario: name,
            input_mutation: mutation,
            before,
            after,
            delta_sec: before !== null && after !== null ? after - before : null,
            delta_pct: before !== null && after !== null && before > 0 ? after / before - 1 : null,
            hit_before: first?.cache_hit_ratio?.median ?? null,
            hit_after: lastRun?.cache_hit_ratio?.median ?? null,
            digest_before: first?.digests[first.digests.length - 1] ?? null,
            digest_after: lastRun?.digests[lastRun.digests.length - 1] ?? null,
            digest_stable: keepsInputs(mutation) ? digests.length <= 1 : null,
            noisy: present.some(s => s.noisy)
        };
    });
    const stability = digestStability(all);
    const invalid = baseImageProblems(all);
    return {
        runIds: chosen,
        startedAt: runs.map(rs => rs[0].startedAt),
        build: identities[0],
        rows,
        digest_stability: stability.value,
        digest_stability_reason: stability.reason,
        valid: invalid.length === 0,
        invalid_reasons: invalid
    };
}

// EXTERNAL MODULE: ./src/core/lint/index.ts + 13 modules
var lint = __webpack_require__(2880);
// EXTERNAL MODULE: ./src/core/report/step-line.ts
var step_line = __webpack_require__(8393);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
;// CONCATENATED MODULE: ./src/core/report/lab-json.ts
/** Bumped when a field of the report JSON changes meaning or is removed; new fields keep the version. */
const LAB_REPORT_SCHEMA = 1;
function renderLabJson(summary) {
    return (JSON.stringify({ schemaVersion: LAB_REPORT_SCHEMA, kind: 'build-lab-report', ...summary }, null, 2) + '\n');
}
function renderCompareJson(comparison) {
    return (JSON.stringify({ schemaVersion: LAB_REPORT_SCHEMA, kind: 'build-lab-compare', ...comparison }, null, 2) +
        '\n');
}

// EXTERNAL MODULE: ./src/core/report/miss-render.ts
var miss_render = __webpack_require__(265);
// EXTERNAL MODULE: ./src/core/report/gate-html.ts
var gate_html = __webpack_require__(8093);
;// CONCATENATED MODULE: ./src/core/report/lab-markdown.ts
// The lab report and the comparison as markdown, and the comparison as plain text; stable, golden-tested.



/** How the hit ratio counts, for every renderer. */
const HIT_RATIO_NOTE = 'cached steps / steps that do work; FROM and WORKDIR are left out (BuildKit marks WORKDIR CACHED even under --no-cache), so a --no-cache build is 0%';
/** What "noisy" means here, and whether any scenario ran often enough to tell. */
function noiseNote(summary) {
    const judged = summary.scenarios.some(s => s.runs >= MIN_RUNS_FOR_NOISE);
    const rule = `CV of the durations over ${Math.round(summary.noise_threshold * 100)}%, judged from ${MIN_RUNS_FOR_NOISE} runs of a scenario`;
    return judged
        ? rule
        : `${rule}; no scenario ran ${MIN_RUNS_FOR_NOISE} times (--repeat ${MIN_RUNS_FOR_NOISE})`;
}
function sec(value) {
    return value === null || value === undefined ? '-' : (0,format/* formatDuration */.a3)(value * 1000);
}
function cv(s) {
    return s?.cv === null || s?.cv === undefined ? '-' : `${(s.cv * 100).toFixed(1)}%`;
}
function digestCell(digests) {
    if (digests.length === 0)
        return '-';
    if (digests.length === 1)
        return (0,format/* inlineCode */.ti)((0,format/* shortDigest */.VK)(digests[0]));
    return `${digests.length} digests`;
}
function statusCell(s) {
    return s.noisy ? `${s.status}, noisy` : s.status;
}
function scenarioRow(s) {
    const cells = [
        (0,format/* inlineCode */.ti)(s.scenario),
        s.input_mutation,
        s.cache_mode,
        String(s.runs),
        sec(s.duration_sec?.median),
        sec(s.duration_sec?.min),
        sec(s.duration_sec?.max),
        cv(s.duration_sec),
        (0,format/* formatRatio */.B0)(s.cache_hit_ratio?.median ?? null),
        s.runs > 0 ? `${s.cachedSteps}/${s.totalSteps}` : '-',
        digestCell(s.digests),
        statusCell(s)
    ];
    return `| ${cells.join(' | ')} |`;
}
/** The report of `build-lab report --format markdown`. Changing its layout breaks the golden test on purpose. */
function renderLabMarkdown(summary) {
    const lines = [];
    lines.push('## build-lab lab report', '');
    if (!summary.valid) {
        lines.push(`> **INVALID:** ${(0,format/* escapeMarkdown */.FV)(summary.invalid_reasons.join('; '), 1000)}`, '');
    }
    lines.push('| metric | value |', '| --- | --- |');
    lines.push(`| cold_duration | ${sec(summary.cold_duration)} |`);
    lines.push(`| warm_duration | ${sec(summary.warm_duration)} |`);
    lines.push(`| cache_hit_ratio | ${(0,format/* formatRatio */.B0)(summary.cache_hit_ratio)} |`);
    lines.push(`| digest_stability | **${summary.digest_stability}** |`);
    lines.push('');
    lines.push(`digest_stability: ${(0,format/* escapeMarkdown */.FV)(summary.digest_stability_reason)}`, '');
    lines.push('### Scenarios', '');
    lines.push('| scenario | input_mutation | cache_mode | runs | duration (median) | min | max | CV | cache_hit_ratio | cached/total | digest | status |');
    lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const s of summary.scenarios)
        lines.push(scenarioRow(s));
    lines.push('');
    const notes = summary.scenarios.flatMap(s => [
        ...s.notes.map(n => `- ${(0,format/* inlineCode */.ti)(s.scenario)}: ${(0,format/* escapeMarkdown */.FV)(n)}`),
        ...s.errors.map(e => `- ${(0,format/* inlineCode */.ti)(s.scenario)}: error: ${(0,format/* escapeMarkdown */.FV)(e)}`)
    ]);
    if (notes.length > 0)
        lines.push('Notes:', '', ...notes, '');
    for (const s of (0,miss_render/* mapScenarios */.KI)(summary)) {
        lines.push(`### Invalidation map: ${(0,format/* escapeMarkdown */.FV)(s.scenario, 80)}`, '', ...(0,miss_render/* missMarkdown */.eE)(s.misses), '');
    }
    lines.push('### recommended_actions', '');
    if (summary.recommended_actions.length === 0) {
        lines.push('None: the cache works, a source edit rebuilds little, and the digests are stable.');
    }
    else {
        summary.recommended_actions.forEach((a, i) => lines.push(`${i + 1}. ${(0,format/* escapeMarkdown */.FV)(a, 600)}`));
    }
    lines.push('');
    const b = summary.build;
    const e = summary.engine;
    lines.push('<details><summary>What was measured</summary>', '');
    lines.push(`- context: ${(0,format/* inlineCode */.ti)(b.context)}`);
    lines.push(`- Dockerfile: ${(0,format/* inlineCode */.ti)(b.dockerfile)}${b.target ? `, target ${(0,format/* inlineCode */.ti)(b.target)}` : ''}`);
    lines.push(`- build args: ${b.buildArgs.length === 0 ? 'none' : b.buildArgs.map(a => (0,format/* inlineCode */.ti)(a)).join(' ')}`);
    lines.push(`- epoch: ${summary.epoch}`);
    lines.push(`- engine: docker ${e.docker ?? '-'}, BuildKit ${e.buildkit ?? '-'}, buildx ${e.buildx ?? '-'}`);
    lines.push(`- runs: ${summary.generatedFrom.runIds.map(id => (0,format/* inlineCode */.ti)(id)).join(', ')} (${summary.generatedFrom.records} records, ${summary.generatedFrom.firstStartedAt} to ${summary.generatedFrom.lastStartedAt})`);
    lines.push(`- cache_hit_ratio: ${HIT_RATIO_NOTE}`);
    lines.push(`- noisy: ${noiseNote(summary)}`);
    lines.push('', '</details>', '');
    return lines.join('\n');
}
function pct(value) {
    if (value === null)
        return '-';
    const rounded = Math.round(value * 1000) / 10;
    return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}%`;
}
function deltaSec(value) {
    if (value === null)
        return '-';
    return `${value > 0 ? '+' : value < 0 ? '-' : '±'}${(0,format/* formatDuration */.a3)(Math.abs(value) * 1000)}`;
}
function stableCell(row) {
    if (row.digest_stable === null)
        return 'n/a (edited)';
    return row.digest_stable ? 'PASS' : 'FAIL';
}
function compareCells(row) {
    return [
        row.scenario,
        sec(row.before),
        sec(row.after),
        deltaSec(row.delta_sec),
        pct(row.delta_pct),
        `${(0,format/* formatRatio */.B0)(row.hit_before)} → ${(0,format/* formatRatio */.B0)(row.hit_after)}`,
        `${(0,format/* shortDigest */.VK)(row.digest_before)} → ${(0,format/* shortDigest */.VK)(row.digest_after)}`,
        stableCell(row) + (row.noisy ? ', noisy' : '')
    ];
}
const COMPARE_HEADER = [
    'scenario',
    'before',
    'after',
    'delta',
    'delta %',
    'cache_hit_ratio',
    'digest',
    'digest_stability'
];
function renderCompareMarkdown(c) {
    const lines = [`## build-lab compare: ${c.runIds.map(id => (0,format/* inlineCode */.ti)(id)).join(' → ')}`, ''];
    if (!c.valid)
        lines.push(`> **INVALID:** ${(0,format/* escapeMarkdown */.FV)(c.invalid_reasons.join('; '), 1000)}`, '');
    lines.push(`| ${COMPARE_HEADER.join(' | ')} |`, '| --- | ---: | ---: | ---: | ---: | --- | --- | --- |');
    for (const row of c.rows) {
        const cells = compareCells(row);
        cells[0] = (0,format/* inlineCode */.ti)(cells[0]);
        cells[6] = (0,format/* inlineCode */.ti)(cells[6]);
        lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('', `digest_stability: **${c.digest_stability}**: ${(0,format/* escapeMarkdown */.FV)(c.digest_stability_reason)}`, '');
    return lines.join('\n');
}
function renderCompareText(c) {
    const rows = [COMPARE_HEADER, ...c.rows.map(compareCells)];
    const widths = COMPARE_HEADER.map((_, i) => Math.max(...rows.map(r => r[i].length)));
    const out = [`compare ${c.runIds.join(' → ')}`];
    if (!c.valid)
        for (const reason of c.invalid_reasons)
            out.push(`INVALID: ${reason}`);
    for (const r of rows)
        out.push(r
            .map((cell, i) => cell.padEnd(widths[i]))
            .join('  ')
            .trimEnd());
    out.push(`digest_stability: ${c.digest_stability}: ${c.digest_stability_reason}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/core/report/lab-html.ts
// `build-lab report --format html` for the lab: one page with inline SVG charts, no scripts, no fetches.






const LAB_CSS = `
.verdict.na{background:var(--muted)}
svg.chart{width:100%;max-width:1000px;height:auto;display:block;border:1px solid var(--line);border-radius:6px;background:#fff;margin:8px 0}
svg .median{fill:var(--run)}svg .range{stroke:var(--fg);stroke-width:1.5}svg .hits{fill:var(--ok)}svg .misses{fill:#eaeef2}
svg .bar.rerun{fill:#bc4c00}svg .bar.skipped{fill:#eaeef2}
.legend .rerun{background:#bc4c00}
ol.actions li{margin-bottom:8px}ol.actions ul{margin:2px 0 0;color:var(--muted)}
`;
const LABEL_W = 240;
const PLOT_W = 620;
const ROW_H = 26;
function axis(top, height, max, fmt) {
    const out = [];
    for (let i = 0; i <= 4; i++) {
        const gx = LABEL_W + (PLOT_W * i) / 4;
        out.push(`<line class="grid" x1="${gx.toFixed(1)}" y1="${top - 6}" x2="${gx.toFixed(1)}" y2="${height - 4}"/>`, `<text class="muted" x="${gx.toFixed(1)}" y="14" text-anchor="middle">${(0,format/* escapeHtml */.ZD)(fmt((max * i) / 4))}</text>`);
    }
    return out;
}
function svgOpen(cls, label, rows) {
    const top = 26;
    const height = top + ROW_H * Math.max(1, rows) + 8;
    const width = LABEL_W + PLOT_W + 110;
    return {
        open: `<svg class="${cls}" role="img" aria-label="${(0,format/* escapeHtml */.ZD)(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
        top,
        height
    };
}
/** Median duration of each scenario as a bar, with a min–max range line when it ran more than once. */
function durationChart(scenarios) {
    const measured = scenarios.filter(s => s.duration_sec !== null);
    if (measured.length === 0)
        return '<p>No scenario was measured.</p>';
    const max = Math.max(0.001, ...measured.map(s => s.duration_sec?.max ?? 0));
    const { open, top, height } = svgOpen('chart durations', 'durations per scenario', measured.length);
    const x = (sec) => LABEL_W + (sec / max) * PLOT_W;
    const out = [open, ...axis(top, height, max, v => (0,format/* formatDuration */.a3)(v * 1000))];
    measured.forEach((s, i) => {
        const d = s.duration_sec;
        if (d === null)
            return;
        const y = top + i * ROW_H;
        const name = (0,format/* oneLine */.TN)(s.scenario, 64);
        out.push(`<text x="6" y="${y + 17}">${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(name, 30))}</text>`);
        const w = Math.max(2, x(d.median) - LABEL_W);
        out.push(`<rect class="median" data-scenario="${(0,format/* escapeHtml */.ZD)(name)}" x="${LABEL_W}" y="${y + 5}" width="${w.toFixed(1)}" height="${ROW_H - 10}" rx="2"><title>${(0,format/* escapeHtml */.ZD)(`${name}: median ${(0,format/* formatDuration */.a3)(d.median * 1000)} of ${d.n}`)}</title></rect>`);
        let labelX = LABEL_W + w;
        if (d.n > 1) {
            const mid = y + ROW_H / 2;
            out.push(`<g class="range" data-scenario="${(0,format/* escapeHtml */.ZD)(name)}"><title>${(0,format/* escapeHtml */.ZD)(`${name}: min ${(0,format/* formatDuration */.a3)(d.min * 1000)}, max ${(0,format/* formatDuration */.a3)(d.max * 1000)}`)}</title>` +
                `<line x1="${x(d.min).toFixed(1)}" y1="${mid}" x2="${x(d.max).toFixed(1)}" y2="${mid}"/>` +
                `<line x1="${x(d.min).toFixed(1)}" y1="${mid - 6}" x2="${x(d.min).toFixed(1)}" y2="${mid + 6}"/>` +
                `<line x1="${x(d.max).toFixed(1)}" y1="${mid - 6}" x2="${x(d.max).toFixed(1)}" y2="${mid + 6}"/></g>`);
            labelX = Math.max(labelX, x(d.max));
        }
        const text = d.n > 1 ? `${(0,format/* formatDuration */.a3)(d.median * 1000)} (${d.n} runs)` : (0,format/* formatDuration */.a3)(d.median * 1000);
        out.push(`<text class="muted" x="${(labelX + 6).toFixed(1)}" y="${y + 17}">${(0,format/* escapeHtml */.ZD)(text)}</text>`);
    });
    out.push('</svg>');
    return out.join('\n');
}
/** The median hit ratio of each measured scenario as a filled share of a 100% bar. */
function hitChart(scenarios) {
    const measured = scenarios.filter(s => s.cache_hit_ratio !== null);
    if (measured.length === 0)
        return '<p>No hit ratio was measured.</p>';
    const { open, top, height } = svgOpen('chart hit-ratios', 'cache hit ratio per scenario', measured.length);
    const out = [open, ...axis(top, height, 1, v => (0,format/* formatRatio */.B0)(v))];
    measured.forEach((s, i) => {
        const ratio = s.cache_hit_ratio?.median ?? 0;
        const y = top + i * ROW_H;
        const name = (0,format/* oneLine */.TN)(s.scenario, 64);
        out.push(`<text x="6" y="${y + 17}">${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(name, 30))}</text>`, `<rect class="misses" x="${LABEL_W}" y="${y + 5}" width="${PLOT_W}" height="${ROW_H - 10}" rx="2"/>`, `<rect class="hits" data-scenario="${(0,format/* escapeHtml */.ZD)(name)}" data-ratio="${ratio.toFixed(3)}" x="${LABEL_W}" y="${y + 5}" width="${(ratio * PLOT_W).toFixed(1)}" height="${ROW_H - 10}" rx="2"><title>${(0,format/* escapeHtml */.ZD)(`${name}: ${(0,format/* formatRatio */.B0)(ratio)}`)}</title></rect>`, `<text class="muted" x="${LABEL_W + PLOT_W + 6}" y="${y + 17}">${(0,format/* escapeHtml */.ZD)(`${(0,format/* formatRatio */.B0)(ratio)} (${s.cachedSteps}/${s.totalSteps})`)}</text>`);
    });
    out.push('</svg>');
    return out.join('\n');
}
/** How a step is drawn: after an edit, a step that ran is one the edit made run again. */
function labStepClass(step, edited) {
    if (step.error !== null)
        return 'failed';
    if (step.cached)
        return 'cached';
    return edited && (0,progress/* doesWork */.dE)(step) ? 'rerun' : 'executed';
}
function startMs(step) {
    if (step.startedAt === undefined || step.startedAt === null)
        return null;
    const t = Date.parse(step.startedAt);
    return Number.isNaN(t) ? null : t;
}
/** The steps of a scenario's last run on a time axis (or one after another, for records without start times). */
function stepTimeline(s, maxSteps = 120) {
    const steps = s.steps.slice(0, maxSteps);
    if (steps.length === 0)
        return '<p>No steps were recorded for this scenario.</p>';
    const edited = s.input_mutation !== 'none' && s.input_mutation !== 'fresh-checkout';
    const starts = steps.map(startMs);
    const timed = starts.every(t => t !== null);
    const origin = timed ? Math.min(...starts.map(t => t ?? 0)) : 0;
    let cursor = 0;
    const spans = steps.map((step, i) => {
        const dur = Math.max(0, step.durationMs ?? 0);
        const begin = timed ? (starts[i] ?? origin) - origin : cursor;
        cursor = begin + dur;
        return { begin, end: begin + dur };
    });
    const span = Math.max(1, ...spans.map(p => p.end));
    const name = (0,format/* oneLine */.TN)(s.scenario, 64);
    const { open, top, height } = svgOpen('timeline', `steps of ${name}`, steps.length);
    const out = [open.replace('<svg ', `<svg data-scenario="${(0,format/* escapeHtml */.ZD)(name)}" `)];
    out.push(...axis(top, height, span, v => (0,format/* formatDuration */.a3)(v)));
    const x = (ms) => LABEL_W + (ms / span) * PLOT_W;
    steps.forEach((step, i) => {
        const y = top + i * ROW_H;
        const cls = labStepClass(step, edited);
        const label = (0,format/* oneLine */.TN)(step.name, 400);
        const p = spans[i];
        const bx = x(p.begin);
        const bw = Math.max(2, x(p.end) - bx);
        const what = cls === 'cached' ? 'cached' : cls === 'failed' ? 'failed' : (0,format/* formatDuration */.a3)(step.durationMs);
        out.push(`<text x="6" y="${y + 17}"><title>${(0,format/* escapeHtml */.ZD)(label)}</title>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(step.name, 36))}</text>`, `<rect class="bar ${cls}"${cls === 'cached' ? ' fill="url(#lab-hatch)"' : ''} data-step="${(0,format/* escapeHtml */.ZD)(label)}" x="${bx.toFixed(1)}" y="${y + 5}" width="${bw.toFixed(1)}" height="${ROW_H - 10}" rx="2"><title>${(0,format/* escapeHtml */.ZD)(`${label}: ${cls === 'rerun' ? `re-ran after the edit, ${what}` : what}`)}</title></rect>`, `<text class="muted" x="${(bx + bw + 4).toFixed(1)}" y="${y + 17}">${(0,format/* escapeHtml */.ZD)(cls === 'rerun' ? `re-ran, ${what}` : what)}</text>`);
    });
    out.push('</svg>');
    if (s.steps.length > steps.length)
        out.push(`<p>${s.steps.length - steps.length} more steps are not drawn.</p>`);
    return out.join('\n');
}
function digestSection(summary) {
    const rows = summary.scenarios
        .filter(s => s.digests.length > 0)
        .map(s => {
        const kind = isIsolated(s)
            ? 'isolated (--no-cache)'
            : keepsInputs(s.input_mutation)
                ? 'cached, unchanged inputs'
                : 'edited on purpose (not compared)';
        return `<tr><td><code>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(s.scenario, 64))}</code></td><td>${(0,format/* escapeHtml */.ZD)(kind)}</td><td>${s.digests.map(d => `<code title="${(0,format/* escapeHtml */.ZD)(d)}">${(0,format/* escapeHtml */.ZD)((0,format/* shortDigest */.VK)(d))}</code>`).join('<br>')}</td></tr>`;
    });
    return [
        `<section id="digest-stability"><h2>Digest stability: <span id="digest-verdict">${(0,format/* escapeHtml */.ZD)(summary.digest_stability)}</span></h2>`,
        `<p>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(summary.digest_stability_reason, 600))}</p>`,
        '<table><thead><tr><th>scenario</th><th>build</th><th>digest</th></tr></thead><tbody>',
        ...rows,
        '</tbody></table></section>'
    ].join('\n');
}
function scenarioTable(summary) {
    const sec = (v) => (v === undefined ? '-' : (0,format/* formatDuration */.a3)(v * 1000));
    const rows = summary.scenarios.map(s => {
        const d = s.duration_sec ?? undefined;
        const cells = [
            `<code>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(s.scenario, 64))}</code>`,
            (0,format/* escapeHtml */.ZD)(s.input_mutation),
            (0,format/* escapeHtml */.ZD)(s.cache_mode),
            `<span class="num">${s.runs}</span>`,
            sec(d?.median),
            d && d.n > 1 ? `${sec(d.min)}–${sec(d.max)}` : '-',
            d?.cv !== null && d?.cv !== undefined ? `${(d.cv * 100).toFixed(1)}%` : '-',
            (0,format/* escapeHtml */.ZD)((0,format/* formatRatio */.B0)(s.cache_hit_ratio?.median ?? null)),
            s.runs > 0 ? `${s.cachedSteps}/${s.totalSteps}` : '-',
            (0,format/* escapeHtml */.ZD)(s.noisy ? `${s.status}, noisy` : s.status)
        ];
        return `<tr data-scenario="${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(s.scenario, 64))}">${cells.map(c => `<td>${c}</td>`).join('')}</tr>`;
    });
    return [
        '<table id="scenarios"><thead><tr><th>scenario</th><th>input_mutation</th><th>cache_mode</th><th>runs</th><th>median</th><th>min–max</th><th>CV</th><th>cache_hit_ratio</th><th>cached/total</th><th>status</th></tr></thead><tbody>',
        ...rows,
        '</tbody></table>'
    ].join('\n');
}
/** The lab report as one self-contained HTML page; every value from a record is escaped. */
function renderLabHtml(summary) {
    const verdict = summary.digest_stability;
    const cls = verdict === 'PASS' ? 'pass' : verdict === 'FAIL' ? 'fail' : 'na';
    const headline = verdict === 'PASS'
        ? 'Reproducible'
        : verdict === 'FAIL'
            ? 'Not reproducible'
            : 'Reproducibility not measured';
    const context = (0,format/* oneLine */.TN)(summary.build.context, 200);
    const body = [];
    body.push(`<header class="verdict ${cls}" id="verdict"><h1><span class="badge">${(0,format/* escapeHtml */.ZD)(verdict)}</span>${(0,format/* escapeHtml */.ZD)(headline)} <small>${(0,format/* escapeHtml */.ZD)(context)}</small></h1><p>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(summary.digest_stability_reason, 600))}</p></header>`);
    if (!summary.valid) {
        body.push(`<p class="sev-error" id="invalid">INVALID: ${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(summary.invalid_reasons.join('; '), 1000))}</p>`);
    }
    const sec = (v) => (0,format/* escapeHtml */.ZD)(v === null ? '-' : (0,format/* formatDuration */.a3)(v * 1000));
    const warm = summary.scenarios.find(s => s.scenario === 'warm');
    body.push(`<section class="figures" id="figures">${[
        (0,gate_html/* figure */.vP)('Cold build', `<span id="cold-duration">${sec(summary.cold_duration)}</span>`, 'median, --no-cache'),
        (0,gate_html/* figure */.vP)('Warm build', `<span id="warm-duration">${sec(summary.warm_duration)}</span>`, 'median, with the lab cache'),
        (0,gate_html/* figure */.vP)('Cache hit ratio (warm)', `<span id="hit-ratio">${(0,format/* escapeHtml */.ZD)((0,format/* formatRatio */.B0)(summary.cache_hit_ratio))}</span>`, warm ? (0,format/* escapeHtml */.ZD)(`${warm.cachedSteps}/${warm.totalSteps} steps that do work`) : ''),
        (0,gate_html/* figure */.vP)('Digest stability', `<span id="digest-stability-value">${(0,format/* escapeHtml */.ZD)(verdict)}</span>`)
    ].join('\n')}</section>`);
    body.push('<section id="durations"><h2>Durations</h2>');
    body.push('<p class="legend"><span><i class="executed"></i>median</span><span>|—| min–max of repeated runs</span></p>');
    body.push(durationChart(summary.scenarios), '</section>');
    body.push('<section id="hit-ratios"><h2>Cache hit ratio per scenario</h2>');
    body.push(`<p>${(0,format/* escapeHtml */.ZD)(HIT_RATIO_NOTE)}.</p>`, hitChart(summary.scenarios), '</section>');
    body.push(digestSection(summary));
    body.push('<section id="timelines"><h2>Steps per scenario</h2>');
    body.push('<p class="legend"><span><i class="executed"></i>ran</span><span><i class="rerun"></i>re-ran after the edit</span><span><i class="cached"></i>from the cache</span><span><i class="failed"></i>failed</span></p>');
    body.push('<svg width="0" height="0" aria-hidden="true"><defs><pattern id="lab-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="2.5" height="6" fill="#8c959f"/></pattern></defs></svg>');
    for (const s of summary.scenarios) {
        const d = s.duration_sec;
        const what = s.mutatedFile ? `, edited ${(0,format/* oneLine */.TN)(s.mutatedFile, 200)}` : '';
        const reran = s.steps.filter(st => !st.cached && (0,progress/* doesWork */.dE)(st)).length;
        const title = s.runs === 0
            ? `${(0,format/* oneLine */.TN)(s.scenario, 64)}: ${s.status}`
            : `${(0,format/* oneLine */.TN)(s.scenario, 64)}: ${d ? (0,format/* formatDuration */.a3)(d.median * 1000) : '-'}${what}${what ? `, ${reran} step(s) re-ran` : ''}`;
        body.push(`<h3>${(0,format/* escapeHtml */.ZD)(title)}</h3>`);
        if (s.runs === 0) {
            const why = s.notes[0] ?? s.errors[0] ?? 'not measured';
            body.push(`<p>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(why, 600))}</p>`);
        }
        else
            body.push(stepTimeline(s));
    }
    body.push('</section>');
    const maps = (0,miss_render/* mapScenarios */.KI)(summary);
    if (maps.length > 0) {
        body.push('<section id="invalidation-map"><h2>Invalidation map</h2>');
        for (const s of maps)
            body.push(`<h3>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(s.scenario, 80))}</h3>`, (0,miss_render/* missHtml */.G_)(s.misses));
        body.push('</section>');
    }
    body.push('<section id="recommendations"><h2>Recommended actions</h2>');
    if (summary.actions.length === 0) {
        body.push('<p>None: the cache works, a source edit rebuilds little, and the digests are stable.</p>');
    }
    else {
        body.push('<ol class="actions">');
        for (const a of summary.actions) {
            const evidence = a.evidence.length > 0
                ? `<ul class="evidence">${a.evidence
                    .slice(0, 10)
                    .map(e => `<li>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(e, 400))}</li>`)
                    .join('')}</ul>`
                : '';
            body.push(`<li>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(a.action, 1200))}${evidence}</li>`);
        }
        body.push('</ol>');
    }
    body.push('</section>');
    body.push('<section id="all-scenarios"><h2>Scenarios</h2>', scenarioTable(summary), '</section>');
    const b = summary.build;
    const e = summary.engine;
    const facts = [
        ['context', b.context],
        ['Dockerfile', b.dockerfile + (b.target ? ` (target ${b.target})` : '')],
        ['build args', b.buildArgs.join(' ') || 'none'],
        ['epoch', String(summary.epoch)],
        ['engine', `docker ${e.docker ?? '-'}, BuildKit ${e.buildkit ?? '-'}, buildx ${e.buildx ?? '-'}`],
        ['runs', `${summary.generatedFrom.runIds.join(', ')} (${summary.generatedFrom.records} records)`],
        ['noisy', noiseNote(summary)]
    ];
    body.push('<section id="measured"><h2>What was measured</h2><table><tbody>');
    for (const [k, v] of facts) {
        body.push(`<tr><th>${(0,format/* escapeHtml */.ZD)(k)}</th><td><code>${(0,format/* escapeHtml */.ZD)((0,format/* oneLine */.TN)(v, 600))}</code></td></tr>`);
    }
    body.push('</tbody></table></section>');
    body.push('<footer>Generated by build-lab. This page is self-contained: it loads no scripts, fonts or images.</footer>');
    return (0,gate_html/* htmlPage */.X)(`build-lab lab: ${headline.toLowerCase()} — ${context}`, body, LAB_CSS + miss_render/* MISS_MAP_CSS */.E5);
}

;// CONCATENATED MODULE: ./src/core/report/lab-text.ts


function lab_text_sec(value) {
    return value === null || value === undefined ? '-' : (0,format/* formatDuration */.a3)(value * 1000);
}
/** Rows as columns padded to their widest cell. */
function columns(rows) {
    const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length)));
    return rows.map(r => r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd());
}
function scenarioCells(s) {
    const d = s.duration_sec;
    return [
        (0,format/* oneLine */.TN)(s.scenario, 64),
        s.input_mutation,
        s.cache_mode,
        String(s.runs),
        lab_text_sec(d?.median),
        d && d.n > 1 ? `${lab_text_sec(d.min)}–${lab_text_sec(d.max)}` : '-',
        (0,format/* formatRatio */.B0)(s.cache_hit_ratio?.median ?? null),
        s.runs > 0 ? `${s.cachedSteps}/${s.totalSteps}` : '-',
        s.digests.length === 0
            ? '-'
            : s.digests.length === 1
                ? (0,format/* shortDigest */.VK)(s.digests[0])
                : `${s.digests.length} digests`,
        s.noisy ? `${s.status}, noisy` : s.status
    ];
}
/** `build-lab report` on a terminal. */
function renderLabText(summary) {
    const out = ['build-lab lab report', ''];
    if (!summary.valid)
        for (const r of summary.invalid_reasons)
            out.push(`INVALID: ${(0,format/* oneLine */.TN)(r, 1000)}`);
    out.push(...columns([
        ['cold_duration', lab_text_sec(summary.cold_duration)],
        ['warm_duration', lab_text_sec(summary.warm_duration)],
        ['cache_hit_ratio', (0,format/* formatRatio */.B0)(summary.cache_hit_ratio)],
        ['digest_stability', `${summary.digest_stability}: ${(0,format/* oneLine */.TN)(summary.digest_stability_reason, 600)}`]
    ]), '');
    out.push(...columns([
        [
            'scenario',
            'input_mutation',
            'cache_mode',
            'runs',
            'median',
            'min–max',
            'hits',
            'cached',
            'digest',
            'status'
        ],
        ...summary.scenarios.map(scenarioCells)
    ]), '');
    const notes = summary.scenarios.flatMap(s => [
        ...s.notes.map(n => `  ${(0,format/* oneLine */.TN)(s.scenario, 64)}: ${(0,format/* oneLine */.TN)(n, 600)}`),
        ...s.errors.map(e => `  ${(0,format/* oneLine */.TN)(s.scenario, 64)}: error: ${(0,format/* oneLine */.TN)(e, 600)}`)
    ]);
    if (notes.length > 0)
        out.push('notes:', ...notes, '');
    out.push('recommended_actions:');
    if (summary.actions.length === 0)
        out.push('  none: the cache works, a source edit rebuilds little, and the digests are stable');
    summary.actions.forEach((a, i) => {
        out.push(`  ${i + 1}. ${(0,format/* oneLine */.TN)(a.action, 800)}`);
        for (const e of a.evidence)
            out.push(`     - ${(0,format/* oneLine */.TN)(e, 300)}`);
    });
    out.push('', `cache_hit_ratio: ${HIT_RATIO_NOTE}`, `noisy: ${noiseNote(summary)}`);
    const b = summary.build;
    out.push(`context: ${(0,format/* oneLine */.TN)(b.context, 300)}, Dockerfile: ${(0,format/* oneLine */.TN)(b.dockerfile, 300)}${b.target ? `, target ${(0,format/* oneLine */.TN)(b.target, 100)}` : ''}`, `runs: ${summary.generatedFrom.runIds.map(id => (0,format/* oneLine */.TN)(id, 64)).join(', ')} (${summary.generatedFrom.records} records)`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/lab/config.ts
// Finds and reads build-lab.yml (or --config) into a checked LabConfig.




const DEFAULT_CONFIG = 'build-lab.yml';
/**
 * The config at `file`, which must exist; or, when not given, build-lab.yml in the working directory when
 * there is one. Null when there is no config: the built-in scenarios apply.
 */
async function loadLabConfig(file, cwd) {
    const target = file ?? external_node_path_.join(cwd, DEFAULT_CONFIG);
    let text;
    try {
        text = await external_node_fs_.promises.readFile(target, 'utf8');
    }
    catch (error) {
        const missing = (0,errors/* isNotFound */.c4)(error);
        if (missing && file === null)
            return null;
        throw new errors/* BuildLabError */.CG(missing
            ? `config ${file} not found: check the --config path`
            : `cannot read ${target}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return (0,lab_scenario/* parseLabConfig */.dq)(text, file ?? DEFAULT_CONFIG);
}

;// CONCATENATED MODULE: ./src/lab/results.ts
// The lab's results file: JSON lines appended per measured build, read back for compare and report.




const DEFAULT_RESULTS = external_node_path_.join('.build-lab', 'results.jsonl');
/** Appends records, one JSON object a line; creates the file and its directory. */
async function appendRecords(file, records) {
    if (records.length === 0)
        return;
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(external_node_path_.resolve(file)), { recursive: true });
    await external_node_fs_.promises.appendFile(file, records.map(r => JSON.stringify(r) + '\n').join(''));
}
function isLabRecord(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const v = { ...value };
    return (typeof v['schemaVersion'] === 'number' &&
        typeof v['runId'] === 'string' &&
        typeof v['scenario'] === 'string' &&
        typeof v['status'] === 'string' &&
        typeof v['startedAt'] === 'string' &&
        Array.isArray(v['baseImages']) &&
        Array.isArray(v['steps']) &&
        typeof v['build'] === 'object' &&
        v['build'] !== null);
}
/** Reads every record, in file order. A line that is not a record is an error that names the file and line. */
async function readRecords(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (error) {
        const missing = (0,errors/* isNotFound */.c4)(error);
        throw new errors/* BuildLabError */.CG(missing
            ? `no results at ${file}: run \`build-lab run <context> --all\` first, or pass --results with the file it wrote`
            : `cannot read ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const records = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            // A line cut short by an interrupted run is the last one; anything else is damage worth reporting.
            if (i === lines.length - 1)
                return;
            throw new errors/* BuildLabError */.CG(`${file}:${i + 1}: not a JSON line (${(0,errors/* errorMessage */.gJ)(error)}): remove the line`);
        }
        if (!isLabRecord(value))
            throw new errors/* BuildLabError */.CG(`${file}:${i + 1}: not a build-lab run record`);
        if (value.schemaVersion > lab_scenario/* LAB_RECORD_SCHEMA */.eb) {
            throw new errors/* BuildLabError */.CG(`${file}:${i + 1}: record schema ${value.schemaVersion} is newer than this build-lab reads (${lab_scenario/* LAB_RECORD_SCHEMA */.eb}): upgrade build-lab`);
        }
        records.push(value);
    });
    return records;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/context/tool-state.ts
var tool_state = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/context/context-files.ts
var context_files = __webpack_require__(1210);
;// CONCATENATED MODULE: ./src/lab/state-dir.ts
// Where the lab keeps its results and cache: outside the build context, in a directory keyed by the context's path.






/** `$XDG_STATE_HOME/build-lab`, or `~/.local/state/build-lab` when it is unset or not absolute (as the spec says). */
function stateRoot(env, home = external_node_os_.homedir()) {
    const xdg = env.XDG_STATE_HOME;
    const base = xdg && external_node_path_.isAbsolute(xdg) ? xdg : external_node_path_.join(home, '.local', 'state');
    return external_node_path_.join(base, 'build-lab');
}
/** A directory name for a context: its base name (made safe) and a hash of its absolute path. */
function contextKey(absContext) {
    const name = external_node_path_.basename(absContext)
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .slice(0, 40) || 'root';
    const hash = (0,external_node_crypto_.createHash)('sha256').update(absContext).digest('hex').slice(0, 16);
    return `${name}-${hash}`;
}
/** The default results file of a context: `<state root>/<context key>/results.jsonl`. */
function defaultResultsFile(context, env) {
    return external_node_path_.join(stateRoot(env), contextKey(external_node_path_.resolve(context)), 'results.jsonl');
}
/** The results file of the old layout, `<context>/.build-lab/results.jsonl`. */
function legacyResultsFile(context) {
    return external_node_path_.join(external_node_path_.resolve(context), tool_state/* LEGACY_STATE_DIR */.ie, 'results.jsonl');
}
/**
 * Moves the results of the old layout to `results` when only the old file exists, and says what it did;
 * null when there was nothing to move. The old cache stays where it is (builds leave it out).
 */
async function migrateLegacyResults(context, results) {
    const legacy = legacyResultsFile(context);
    if (!(await (0,context_files/* pathExists */.s0)(legacy)))
        return null;
    const dir = external_node_path_.dirname(legacy);
    if (await (0,context_files/* pathExists */.s0)(results)) {
        return `${dir} holds results of an older build-lab; the results now live in ${results}. Builds leave ${tool_state/* LEGACY_STATE_DIR */.ie}/ out; delete it when you no longer need it`;
    }
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(results), { recursive: true });
    await external_node_fs_.promises.copyFile(legacy, results);
    await external_node_fs_.promises.rm(legacy);
    return `moved the results of an older build-lab from ${legacy} to ${results}. Builds leave ${tool_state/* LEGACY_STATE_DIR */.ie}/ out; delete it (its cache is no longer used)`;
}
/** The results to read for compare and report: the given file, else the context's, else the old layout's. */
async function resultsToRead(given, context, env) {
    if (given !== undefined)
        return given;
    const current = defaultResultsFile(context, env);
    if (await (0,context_files/* pathExists */.s0)(current))
        return current;
    const legacy = legacyResultsFile(context);
    return (await (0,context_files/* pathExists */.s0)(legacy)) ? legacy : current;
}

// EXTERNAL MODULE: ./src/build/temp-dir.ts
var temp_dir = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/buildkit/args.ts
var buildkit_args = __webpack_require__(1615);
// EXTERNAL MODULE: ./src/build/run-build.ts
var run_build = __webpack_require__(9644);
// EXTERNAL MODULE: ./src/core/build/args.ts
var args = __webpack_require__(6039);
// EXTERNAL MODULE: ./src/buildkit/secrets.ts
var secrets = __webpack_require__(5425);
// EXTERNAL MODULE: ./src/build/isolated-build.ts
var isolated_build = __webpack_require__(1720);
// EXTERNAL MODULE: ./src/build/preflight.ts + 2 modules
var preflight = __webpack_require__(2465);
// EXTERNAL MODULE: ./src/build/request.ts
var request = __webpack_require__(6449);
;// CONCATENATED MODULE: ./src/lab/base-images.ts
// Resolves the local image IDs of the FROM images, so a base image that changes under the lab is caught.

/**
 * `docker image inspect --format {{.Id}}` of each reference, on the daemon of `context` (null: DOCKER_HOST);
 * null when the image is not present there.
 */
async function resolveImageIds(engine, refs, context = null) {
    const entries = await Promise.all(refs.map(async (ref) => {
        let out = '';
        const code = await engine.run((0,buildkit_args/* daemonArgs */.Wg)(context, ['image', 'inspect', '--format', '{{.Id}}', ref]), () => undefined, chunk => {
            out += chunk.toString('utf8');
        });
        const id = out.trim();
        return [ref, code === 0 && id !== '' ? id : null];
    }));
    return new Map(entries);
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/lab/lab-cache.ts
// The lab's build cache: a local directory swapped after each export, or a registry ref; checks and fault injection.





/** Whether the directory can be created and written. */
async function checkLocalDir(dir) {
    try {
        await external_node_fs_.promises.mkdir(dir, { recursive: true });
        const probe = external_node_path_.join(dir, `.probe-${process.pid}`);
        await external_node_fs_.promises.writeFile(probe, '');
        await external_node_fs_.promises.rm(probe);
        return null;
    }
    catch (error) {
        return `the local cache directory ${dir} is not writable (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}
/** host and port of a registry reference ("127.0.0.1:5000/cache:lab" → 127.0.0.1, 5000; no port → 443). */
function registryAddress(ref) {
    const hostPart = ref.split('/')[0];
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostPart);
    return { host: (m?.[1] ?? hostPart).replace(/^\[|\]$/g, ''), port: m?.[2] ? Number(m[2]) : 443 };
}
/** Whether something accepts TCP connections at the registry's address. */
function checkRegistry(ref, timeoutMs = 3000) {
    const { host, port } = registryAddress(ref);
    return new Promise(resolve => {
        const socket = external_node_net_.connect({ host, port });
        const done = (problem) => {
            socket.destroy();
            resolve(problem);
        };
        socket.setTimeout(timeoutMs, () => done(`the cache registry ${host}:${port} did not answer in ${timeoutMs} ms`));
        socket.once('connect', () => done(null));
        socket.once('error', error => done(`the cache registry ${host}:${port} is unreachable (${(0,errors/* errorMessage */.gJ)(error)})`));
    });
}
/** A local port with nothing listening on it, for injecting an unreachable registry. */
async function closedPort() {
    const server = external_node_net_.createServer();
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 1;
    await new Promise(resolve => server.close(() => resolve()));
    return port;
}
/**
 * The local lab cache in `root`: builds import `root/current` and export to a fresh `root/next-<nonce>`,
 * which replaces `current` when the build succeeds, so the cache never grows with stale blobs.
 */
function localCache(root, injected = null) {
    const current = external_node_path_.join(root, 'current');
    let next = null;
    return {
        mode: 'local',
        unavailable: null,
        injected,
        primed: false,
        async refs(nonce, options = {}) {
            const from = (await (0,context_files/* pathExists */.s0)(external_node_path_.join(current, 'index.json')))
                ? [{ type: 'local', dir: current }]
                : [];
            next = options.importOnly && from.length > 0 ? null : external_node_path_.join(root, `next-${nonce}`);
            return { from, to: next === null ? [] : [{ type: 'local', dir: next }] };
        },
        async commit() {
            if (next === null || !(await (0,context_files/* pathExists */.s0)(next)))
                return;
            await external_node_fs_.promises.rm(current, { recursive: true, force: true });
            await external_node_fs_.promises.rename(next, current);
            next = null;
        },
        async discard() {
            if (next !== null)
                await external_node_fs_.promises.rm(next, { recursive: true, force: true }).catch(() => undefined);
            next = null;
        }
    };
}
function registryCache(ref, injected = null) {
    return {
        mode: 'registry',
        unavailable: null,
        injected,
        primed: false,
        async refs() {
            return { from: [{ type: 'registry', ref }], to: [{ type: 'registry', ref }] };
        },
        async commit() { },
        async discard() { }
    };
}
/**
 * The backend for a cache mode. With `inject`, it points at a place that cannot work (a path below a regular
 * file, a closed port) and skips the up-front check, so the build itself fails and the degraded path runs.
 */
async function openLabCache(mode, settings) {
    if (settings.inject === 'cache-unavailable') {
        if (mode === 'local') {
            const blocker = external_node_path_.join(settings.workDir, 'injected-not-a-directory');
            await external_node_fs_.promises.writeFile(blocker, 'build-lab --inject cache-unavailable\n');
            const dir = external_node_path_.join(blocker, 'cache');
            return localCache(dir, `injected: cache-unavailable (local cache at ${dir}, below a regular file)`);
        }
        const ref = `127.0.0.1:${await closedPort()}/build-lab-injected:cache`;
        return registryCache(ref, `injected: cache-unavailable (registry cache at ${ref}, a closed port)`);
    }
    if (mode === 'local') {
        const cache = localCache(settings.dir);
        cache.unavailable = await checkLocalDir(settings.dir);
        return cache;
    }
    if (settings.ref === null) {
        const cache = registryCache('');
        cache.unavailable =
            'cache_mode registry needs a cache reference: pass --cache-ref host:port/name:tag or set cache_ref in build-lab.yml';
        return cache;
    }
    const cache = registryCache(settings.ref);
    cache.unavailable = await checkRegistry(settings.ref);
    return cache;
}

// EXTERNAL MODULE: ./src/context/fresh-checkout.ts
var fresh_checkout = __webpack_require__(3816);
;// CONCATENATED MODULE: ./src/lab/mutation.ts
// Applies a scenario's input mutation to a temporary copy of the context; the user's files are never touched.





async function listFiles(root) {
    const files = [];
    const pending = [''];
    while (pending.length > 0) {
        const dir = pending.pop() ?? '';
        for (const d of await external_node_fs_.promises.readdir(external_node_path_.join(root, dir), { withFileTypes: true })) {
            const rel = dir === '' ? d.name : `${dir}/${d.name}`;
            if (d.isDirectory())
                pending.push(rel);
            else if (d.isFile())
                files.push(rel);
        }
    }
    return files.sort();
}
const noop = async () => undefined;
/**
 * For `none`, the context as it is. Otherwise a copy under `workDir` (honouring .dockerignore, as the
 * builder would see it) with the Dockerfile beside it, and a mutation to apply before each build.
 */
async function prepareContext(mutation, target, workDir, epoch, nowSec) {
    const { context, dockerfile, exclude } = target;
    if (mutation === 'none') {
        return { context, dockerfile, mutatedFile: null, skipped: null, notes: [], apply: noop };
    }
    const copy = external_node_path_.join(workDir, (0,temp_dir/* copyName */.vC)('context', context));
    if (mutation === 'fresh-checkout') {
        // A new copy for each repeat, so that every build sees mtimes no earlier build saw.
        return {
            context: copy,
            dockerfile,
            mutatedFile: null,
            skipped: null,
            notes: ['built from a copy of the context whose files carry other mtimes, as a new checkout would'],
            apply: async (_nonce, now) => {
                await external_node_fs_.promises.rm(copy, { recursive: true, force: true });
                await (0,fresh_checkout/* copyAsFreshCheckout */.cl)(context, copy, epoch, now, { dockerfile, exclude });
            }
        };
    }
    await (0,fresh_checkout/* copyAsFreshCheckout */.cl)(context, copy, epoch, nowSec, { dockerfile, exclude });
    const dockerfileText = await external_node_fs_.promises.readFile(dockerfile, 'utf8');
    // The Dockerfile stays where the builder looks for it; a copy beside the context keeps -f paths outside it working.
    const dockerfileCopy = external_node_path_.join(workDir, external_node_path_.basename(dockerfile));
    await external_node_fs_.promises.writeFile(dockerfileCopy, dockerfileText);
    const files = await listFiles(copy);
    const base = { context: copy, dockerfile: dockerfileCopy, notes: [] };
    if (mutation === 'edit-dockerfile') {
        const relInContext = external_node_path_.relative(target.origin ?? context, dockerfile)
            .split(external_node_path_.sep)
            .join('/');
        const inCopy = !relInContext.startsWith('..') && files.includes(relInContext);
        return {
            ...base,
            mutatedFile: inCopy ? relInContext : external_node_path_.basename(dockerfile),
            skipped: null,
            notes: ['appended a comment line to the Dockerfile'],
            apply: async (nonce) => {
                const text = (0,lab_scenario/* editedText */.ld)('Dockerfile', dockerfileText, nonce);
                await external_node_fs_.promises.writeFile(dockerfileCopy, text);
                if (inCopy)
                    await external_node_fs_.promises.writeFile(external_node_path_.join(copy, relInContext), text);
            }
        };
    }
    if (mutation === 'edit-lockfile') {
        const lock = (0,lab_scenario/* pickLockfile */.xY)(files, dockerfileText);
        if (lock === null) {
            return {
                ...base,
                mutatedFile: null,
                skipped: 'no lockfile that the Dockerfile copies (package-lock.json, yarn.lock, pnpm-lock.yaml, poetry.lock, Cargo.lock, go.sum, ...): skipped',
                apply: noop
            };
        }
        const original = await external_node_fs_.promises.readFile(external_node_path_.join(copy, lock), 'utf8');
        return {
            ...base,
            mutatedFile: lock,
            skipped: null,
            notes: [`appended whitespace to ${lock}`],
            apply: async (nonce) => external_node_fs_.promises.writeFile(external_node_path_.join(copy, lock), original + (0,lab_scenario/* whitespaceSuffix */.xE)(nonce))
        };
    }
    const source = (0,lab_scenario/* pickSourceFile */.h3)(files, dockerfileText);
    if (source === null) {
        return {
            ...base,
            mutatedFile: null,
            skipped: 'no source file that the Dockerfile copies (other than lockfiles, manifests and Dockerfiles): skipped',
            apply: noop
        };
    }
    const file = external_node_path_.join(copy, source);
    if (mutation === 'touch-source') {
        return {
            ...base,
            mutatedFile: source,
            skipped: null,
            notes: [`changed the mtime of ${source}`],
            // Content stays; only the mtime moves, by a different amount each repeat.
            apply: async (nonce, now) => {
                const t = now + 1 + (nonce % 86_400);
                await external_node_fs_.promises.utimes(file, t, t);
            }
        };
    }
    const original = await external_node_fs_.promises.readFile(file, 'utf8');
    return {
        ...base,
        mutatedFile: source,
        skipped: null,
        notes: [`appended a comment to ${source}`],
        apply: async (nonce) => external_node_fs_.promises.writeFile(file, (0,lab_scenario/* editedText */.ld)(source, original, nonce))
    };
}

// EXTERNAL MODULE: ./src/cache/input-record.ts + 3 modules
var input_record = __webpack_require__(2024);
;// CONCATENATED MODULE: ./src/lab/run-lab.ts
// Orchestrates a lab run: engine check, epoch, then each scenario (prime, mutate, build, measure) into records.





















function labStep(step) {
    return {
        name: step.name,
        instruction: step.instruction,
        cached: step.cached,
        durationMs: step.durationMs,
        error: step.error,
        startedAt: step.startedAt
    };
}
/** The hit ratio over the steps that do work: a --no-cache build is 0% (see workHits). */
function labHits(steps) {
    const hits = (0,progress/* workHits */.Ac)(steps);
    return { cache_hit_ratio: hits.cacheHitRatio, cachedSteps: hits.cachedSteps, totalSteps: hits.totalSteps };
}
const EXACT_HIT_NOTE = 'the context is the one the local cache was made from: the build imports the cache and exports none, as the action does after an exact hit';
// A failure of a Dockerfile step is the build's own; anything else (cache import or export) may be the cache's.
const DOCKERFILE_STEP_ERROR = /^\[[^\]]*\d+\/\d+\] /;
function newRunId(nowMs) {
    const stamp = new Date(nowMs)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,external_node_crypto_.randomBytes)(2).toString('hex')}`;
}
/** Runs the scenarios in order and appends one record per measured build (and per skipped scenario). */
async function runLab(options, deps) {
    const wallStart = deps.nowMs();
    const { context, dockerfile } = await (0,request/* resolveInputs */.e)(options.context, options.file);
    if (options.scenarios.length === 0)
        throw new errors/* BuildLabError */.CG('no scenarios to run: pass --all or --scenario NAME');
    if (options.repeat !== undefined && (!Number.isInteger(options.repeat) || options.repeat < 1)) {
        throw new errors/* BuildLabError */.CG(`--repeat must be a positive integer (got ${options.repeat})`);
    }
    const needsRegistry = options.scenarios.some(s => s.cache_mode === 'registry');
    if (needsRegistry && options.cacheRef === null && options.inject === null) {
        throw new errors/* BuildLabError */.CG('a registry scenario needs a cache reference: pass --cache-ref host:port/name:tag or set cache_ref in build-lab.yml');
    }
    // Every build's record and step lines pass through it: no secret value reaches a record or the log.
    const redactor = await (0,secrets/* loadRedactor */.h_)(options);
    const dockerfileText = await external_node_fs_.promises.readFile(dockerfile, 'utf8');
    const baseRefs = (0,lab_scenario/* fromImages */.lP)(dockerfileText, options.buildArgs);
    // Independent look-ups run side by side: together they are most of the lab's fixed cost. A named
    // docker context holds the base images on its own daemon, so the image look-up waits for the engine check.
    const [info, { epoch }, defaultImages] = await Promise.all([
        (0,preflight/* fitEngine */.mr)(deps.engine, undefined, options.builder),
        (0,preflight/* buildEpoch */.iu)(options.epoch, options.buildArgs, context),
        options.builder ? null : resolveImageIds(deps.engine, baseRefs)
    ]);
    const daemon = info.dockerContext ?? null;
    const initialImages = defaultImages ?? (await resolveImageIds(deps.engine, baseRefs, daemon));
    if (info.builder)
        deps.log.info((0,preflight/* builderLine */.UO)(info));
    const engine = { docker: info.docker, buildkit: info.buildkit, buildx: info.buildx };
    const ownWorkDir = options.workDir === undefined;
    const workDir = options.workDir ?? (await external_node_fs_.promises.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'build-lab-lab-')));
    await external_node_fs_.promises.mkdir(workDir, { recursive: true });
    const cacheRoot = options.cacheDir ??
        external_node_path_.join(options.results ? external_node_path_.dirname(external_node_path_.resolve(options.results)) : workDir, 'cache', 'local');
    // Nothing of build-lab's (results, cache, work files, an old .build-lab/) nor .git reaches BuildKit.
    const exclude = await (0,tool_state/* excludedPaths */.Zm)(context, dockerfile, [
        ...(options.results ? [external_node_path_.resolve(options.results)] : []),
        external_node_path_.resolve(cacheRoot),
        external_node_path_.resolve(workDir)
    ]);
    if (exclude.length > 0)
        deps.log.info(`left out of every build: ${exclude.join(', ')} (${tool_state/* NEVER_SENT_WHY */.ff})`);
    // As the gate's run 1: a working tree older than the epoch is built from a copy with checkout-time mtimes.
    const source = await (0,isolated_build/* checkoutTimeContext */.Fp)({
        context,
        dockerfile,
        epoch,
        exclude,
        dest: external_node_path_.join(workDir, (0,temp_dir/* copyName */.vC)('context-checkout', context)),
        builder: 'the lab'
    }, { nowMs: deps.nowMs, info: line => deps.log.info(line) });
    const contextDockerfile = source === context
        ? await (0,tool_state/* dockerfileExcluding */.Mt)(context, dockerfile, exclude, external_node_path_.join(workDir, 'dockerfile'))
        : dockerfile;
    const sleep = deps.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    let lastBuildEndMs = 0;
    const plan = (0,request/* buildPlan */.G)(options, { dockerfile, epoch, engine: { builder: info.builder ?? null, dockerContext: daemon } }, { provenance: false });
    const identity = {
        context,
        dockerfile,
        target: options.target,
        buildArgs: options.buildArgs.map(a => (0,args/* displayBuildArg */.l8)(a, options.secretBuildArgs ?? [])),
        platforms: options.platforms
    };
    const runId = newRunId(wallStart);
    const nonce = deps.nonce ?? (() => (0,external_node_crypto_.randomInt)(1, 2 ** 31 - 1));
    const builds = [];
    const records = [];
    const caches = new Map();
    let buildNo = 0;
    const build = async (scenario, kind, target, cache) => {
        buildNo++;
        const outputDir = external_node_path_.join(workDir, `out-${buildNo}`);
        const metadataFile = external_node_path_.join(workDir, `metadata-${buildNo}.json`);
        const args = (0,buildkit_args/* buildxArgs */.w$)({ ...plan, dockerfile: target.dockerfile }, {
            context: target.context,
            outputDir,
            metadataFile,
            noCache: cache.noCache,
            cacheFrom: cache.from,
            cacheTo: cache.to
        });
        const onStep = (step, phase) => deps.log.step(redactor.data(step), phase);
        const miss = await missContext(cache);
        const run = redactor.data(await (0,run_build/* runBuild */.c)(buildNo, args, { metadataFile, outputDir }, {
            engine: deps.engine,
            nowMs: deps.nowMs,
            onStep: kind === 'prime' ? undefined : onStep,
            ...(deps.signal ? { signal: deps.signal } : {})
        }));
        builds.push({ scenario, kind, args, durationMs: run.durationMs });
        lastBuildEndMs = deps.nowMs();
        // The image layout is only read for its digest; keeping it would fill the disk on long runs.
        await external_node_fs_.promises.rm(outputDir, { recursive: true, force: true });
        await external_node_fs_.promises.rm(metadataFile, { force: true });
        const misses = run.error === null ? await explain(target, run, miss, cache.noCache) : null;
        return { run, misses };
    };
    /** The record kept in the local cache the build imports, and where its own goes (the export, before the swap). */
    const missContext = async (cache) => {
        if (cache.noCache)
            return { previous: null, origin: { hit: 'off' }, recordDir: null };
        const from = cache.from.find(ref => ref.type === 'local');
        const local = cache.to.find(ref => ref.type === 'local');
        const to = local?.type === 'local' ? local.dir : null;
        if (cache.from.length === 0)
            return { previous: null, origin: { hit: 'miss' }, recordDir: to };
        if (from === undefined || from.type !== 'local') {
            return {
                previous: null,
                origin: { hit: 'off', note: 'the registry cache keeps no record' },
                recordDir: null
            };
        }
        return { previous: await (0,input_record/* readInputRecord */.kU)(from.dir), origin: { hit: 'exact' }, recordDir: to };
    };
    const explain = async (target, run, miss, noCache) => {
        const files = noCache
            ? new Map()
            : await (0,input_record/* hashContextFiles */.bU)(target.context, target.dockerfile);
        const explained = await (0,input_record/* explainBuild */.gn)({
            dockerfileText: await external_node_fs_.promises.readFile(target.dockerfile, 'utf8'),
            buildArgs: options.buildArgs,
            epoch,
            files,
            steps: run.steps,
            miss,
            build: { noCache }
        });
        if (explained.problem !== null)
            deps.log.info(explained.problem);
        return explained.report === null ? null : redactor.data(explained.report);
    };
    /** A build with the cache, falling back to one without it when the cache (not the Dockerfile) fails. */
    const cachedBuild = async (scenario, kind, target, cache, importOnly = false) => {
        if (cache.unavailable !== null) {
            const built = await build(scenario, kind, target, { noCache: false, from: [], to: [] });
            return { ...built, degraded: `cache unavailable, built without it: ${cache.unavailable}` };
        }
        const refs = await cache.refs(nonce(), { importOnly });
        const built = await build(scenario, kind, target, { noCache: false, from: refs.from, to: refs.to }).catch(async (error) => {
            // Interrupted: the half-written export (next-*) must not outlive the run.
            await cache.discard();
            throw error;
        });
        const { run } = built;
        if (run.error === null) {
            await cache.commit();
            return { ...built, degraded: null };
        }
        await cache.discard();
        if (DOCKERFILE_STEP_ERROR.test(run.error))
            return { ...built, degraded: null };
        cache.unavailable = `the ${cache.mode} cache failed (${run.error})`;
        deps.log.info(`${scenario}: ${cache.unavailable}; building again without the cache`);
        const retry = await build(scenario, 'retry', target, { noCache: false, from: [], to: [] });
        if (retry.run.error !== null)
            return { ...retry, degraded: null };
        return { ...retry, degraded: `cache unavailable, built without it: ${cache.unavailable}` };
    };
    /** The gate's isolated build (run 2): --no-cache, a fresh-checkout copy, a later second than the last build. */
    const isolatedMeasure = async (scenario, dir, repeat) => {
        buildNo++;
        const outputDir = external_node_path_.join(workDir, `out-${buildNo}`);
        const metadataFile = external_node_path_.join(workDir, `metadata-${buildNo}.json`);
        const copyTo = external_node_path_.join(dir, (0,temp_dir/* copyName */.vC)(`context-${repeat}`, source));
        const built = await (0,isolated_build/* isolatedBuild */._$)({
            plan,
            context: source,
            run: buildNo,
            outputDir,
            metadataFile,
            copyTo,
            dockerfile,
            exclude,
            afterMs: lastBuildEndMs,
            // the command line is not logged here; builds[] keeps the raw args for the bench, as build() does
            isSecret: () => false
        }, {
            engine: deps.engine,
            nowMs: deps.nowMs,
            sleep,
            info: () => undefined,
            onStep: (step, phase) => deps.log.step(redactor.data(step), phase)
        });
        const record = redactor.data(built.record);
        builds.push({ scenario, kind: 'measure', args: built.args, durationMs: record.durationMs });
        lastBuildEndMs = deps.nowMs();
        await external_node_fs_.promises.rm(outputDir, { recursive: true, force: true });
        await external_node_fs_.promises.rm(metadataFile, { force: true });
        if (options.workDir === undefined)
            await external_node_fs_.promises.rm(copyTo, { recursive: true, force: true });
        return record;
    };
    const cacheFor = async (mode) => {
        let cache = caches.get(mode);
        if (cache === undefined) {
            cache = await openLabCache(mode, {
                dir: cacheRoot,
                ref: options.cacheRef,
                workDir,
                inject: options.inject
            });
            if (cache.injected !== null)
                deps.log.info(cache.injected);
            if (cache.unavailable !== null)
                deps.log.info(`the ${mode} cache is unavailable: ${cache.unavailable}`);
            caches.set(mode, cache);
        }
        return cache;
    };
    let images = initialImages;
    try {
        for (const scenario of options.scenarios) {
            const repeats = options.repeat ?? scenario.repeat ?? 1;
            const scenarioDir = external_node_path_.join(workDir, `scenario-${scenario.name}`);
            const prepared = await prepareContext(scenario.input_mutation, { context: source, origin: context, dockerfile, exclude }, scenarioDir, epoch, Math.floor(deps.nowMs() / 1000));
            const before = images;
            const notes = [...prepared.notes];
            const scenarioRecords = [];
            const cache = scenario.cache_mode === 'none' ? null : await cacheFor(scenario.cache_mode);
            if (cache?.injected)
                notes.push(cache.injected);
            if (prepared.mutatedFile !== null) {
                deps.log.info(`${scenario.name}: ${prepared.notes[0] ?? `changes ${prepared.mutatedFile}`}`);
            }
            if (prepared.skipped !== null) {
                deps.log.info(`${scenario.name}: ${prepared.skipped}`);
                scenarioRecords.push(blankRecord(scenario, 1, 'skipped', [prepared.skipped], new Date(deps.nowMs()).toISOString()));
            }
            else {
                if (cache !== null && !cache.primed) {
                    cache.primed = true;
                    deps.log.info(`priming the ${cache.mode} cache (a build of the unchanged context, not measured)`);
                    const primed = await cachedBuild(scenario.name, 'prime', { context: source, dockerfile: contextDockerfile }, cache);
                    if (primed.run.error !== null) {
                        throw new errors/* BuildLabError */.CG(`the priming build failed, so nothing can be measured: ${primed.run.error}`, {
                            detail: primed.run.errorLog ?? undefined
                        });
                    }
                    await deps.afterPrime?.(cache.mode);
                }
                const isolated = cache === null && scenario.input_mutation === 'fresh-checkout';
                // The context the local cache was made from, unchanged: the action's exact hit, which imports the
                // cache and exports none (a warm CI job with nothing new to save). An edit exports, as the action saves.
                const exactHit = cache?.mode === 'local' && scenario.input_mutation === 'none';
                if (exactHit)
                    notes.push(EXACT_HIT_NOTE);
                for (let repeat = 1; repeat <= repeats; repeat++) {
                    if (!isolated)
                        await prepared.apply(nonce(), Math.floor(deps.nowMs() / 1000));
                    deps.log.scenario(scenario, repeat, repeats);
                    const target = {
                        context: prepared.context,
                        dockerfile: prepared.context === source ? contextDockerfile : prepared.dockerfile
                    };
                    const outcome = isolated
                        ? { run: await isolatedMeasure(scenario.name, scenarioDir, repeat), misses: null, degraded: null }
                        : cache === null
                            ? {
                                ...(await build(scenario.name, 'measure', target, { noCache: true, from: [], to: [] })),
                                degraded: null
                            }
                            : await cachedBuild(scenario.name, 'measure', target, cache, exactHit);
                    const { run } = outcome;
                    const status = run.error !== null ? 'failed' : outcome.degraded !== null ? 'degraded' : 'ok';
                    const record = {
                        ...blankRecord(scenario, repeat, status, outcome.degraded ? [...notes, outcome.degraded] : notes, run.startedAt),
                        duration_sec: Math.round(run.durationMs) / 1000,
                        ...labHits(run.steps),
                        digest: run.digest,
                        steps: run.steps.map(labStep),
                        mutatedFile: prepared.mutatedFile,
                        error: run.error,
                        ...(outcome.misses ? { misses: outcome.misses } : {})
                    };
                    scenarioRecords.push(record);
                }
            }
            images = await resolveImageIds(deps.engine, baseRefs, daemon);
            const baseImages = baseRefs.map(ref => ({
                ref,
                before: before.get(ref) ?? null,
                after: images.get(ref) ?? null
            }));
            for (const record of scenarioRecords) {
                record.baseImages = baseImages;
                for (const b of baseImages) {
                    if (b.before !== b.after) {
                        record.notes.push(`base image ${b.ref} changed during the scenario (${b.before ?? 'absent'} → ${b.after ?? 'absent'}): comparisons with it are invalid`);
                    }
                }
                deps.log.record(record);
            }
            if (options.results)
                await appendRecords(options.results, scenarioRecords);
            records.push(...scenarioRecords);
            // A given work dir is kept whole, so that a bench can replay the same builds raw.
            if (ownWorkDir)
                await external_node_fs_.promises.rm(scenarioDir, { recursive: true, force: true });
        }
    }
    finally {
        if (ownWorkDir)
            await external_node_fs_.promises.rm(workDir, { recursive: true, force: true });
    }
    return { runId, records, builds, wallMs: deps.nowMs() - wallStart, workDir };
    function blankRecord(scenario, repeat, status, notes, startedAt) {
        return {
            schemaVersion: lab_scenario/* LAB_RECORD_SCHEMA */.eb,
            runId,
            scenario: scenario.name,
            input_mutation: scenario.input_mutation,
            cache_mode: scenario.cache_mode,
            repeat,
            status,
            duration_sec: null,
            cache_hit_ratio: null,
            digest: null,
            cachedSteps: 0,
            totalSteps: 0,
            steps: [],
            epoch,
            engine,
            baseImages: [],
            startedAt,
            build: identity,
            mutatedFile: null,
            notes: [...notes],
            error: null
        };
    }
}

// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(3124);
;// CONCATENATED MODULE: ./src/cli/lab-commands.ts
// `build-lab run`, `compare` and `report`: the lab's commands, each parsing its flags and returning an exit code.


















const RUN_USAGE = `usage: build-lab run [<context>] [-f Dockerfile] [--target T] [--build-arg K=V]... [--network none|host|default]
                     [--secret id=ID,env=VAR | --secret id=ID,src=FILE]... [--secret-build-arg NAME]...
                     (--all | --scenario NAME...) [--repeat N] [--config build-lab.yml] [--results path]
                     [--cache-ref host:port/name:tag] [--inject cache-unavailable] [--epoch N] [--builder NAME]
                     [--format text|markdown|json|html|none]
  <context> defaults to the working directory; results go to $XDG_STATE_HOME/build-lab/<context key>/`;
const COMPARE_USAGE = `usage: build-lab compare [<context>] [--last N] [--results path] [--format text|json|markdown]`;
const REPORT_USAGE = `usage: build-lab report [<context>] [--format text|markdown|json|html] [--output FILE] [--results path] [--config build-lab.yml] [--no-lint]`;
/** The report formats and their renderers; a new format is one more entry here. */
const REPORT_RENDERERS = {
    text: renderLabText,
    markdown: renderLabMarkdown,
    json: renderLabJson,
    html: renderLabHtml
};
const REPORT_FORMATS = Object.keys(REPORT_RENDERERS);
/** What `build-lab run` needs in production: the docker engine and the clock. */
function defaultLabDeps(signal) {
    return {
        engine: (0,engine/* createDockerEngine */.Jf)(signal ? { signal } : {}),
        nowMs: () => Date.now(),
        ...(signal ? { signal } : {})
    };
}
/** Progress on stderr: a line per scenario build, per Dockerfile step, and per record. */
function labLogger(io) {
    return {
        info: line => io.stderr(`build-lab: ${line}\n`),
        scenario: (s, repeat, of) => io.stderr(`build-lab: ▶ ${s.name}${of > 1 ? ` (${repeat}/${of})` : ''}: input_mutation ${s.input_mutation}, cache_mode ${s.cache_mode}\n`),
        step: (step, phase) => {
            const line = (0,step_line/* stepLine */.l)(step, phase);
            if (line)
                io.stderr(`  ${line}\n`);
        },
        record: r => {
            const what = r.status === 'skipped'
                ? 'skipped'
                : `${(0,format/* formatDuration */.a3)(r.duration_sec === null ? null : r.duration_sec * 1000)}, cache hits ${(0,format/* formatRatio */.B0)(r.cache_hit_ratio)} (${r.cachedSteps}/${r.totalSteps}), digest ${(0,format/* shortDigest */.VK)(r.digest)}${r.status === 'ok' ? '' : ` [${r.status}]`}`;
            io.stderr(`build-lab: ■ ${r.scenario}${r.repeat > 1 ? ` (${r.repeat})` : ''}: ${what}\n`);
        }
    };
}
function positiveInt(value, flag) {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
        throw new errors/* BuildLabError */.CG(`${flag} must be a positive integer (got ${JSON.stringify(value)})`);
    }
    return n;
}
function threshold(value, config) {
    if (value === undefined)
        return config?.noise_threshold;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) {
        throw new errors/* BuildLabError */.CG(`--noise-threshold must be a positive number such as 0.15 (got ${JSON.stringify(value)})`);
    }
    return n;
}
async function runCommand(argv, io, deps) {
    const { values, positionals } = (0,flags/* parseCommandLine */.Du)({
        args: argv,
        options: {
            ...flags/* BUILD_OPTIONS */.Y6,
            epoch: { type: 'string' },
            all: { type: 'boolean' },
            scenario: { type: 'string', multiple: true },
            repeat: { type: 'string' },
            config: { type: 'string' },
            results: { type: 'string' },
            'cache-ref': { type: 'string' },
            'cache-dir': { type: 'string' },
            inject: { type: 'string' },
            'noise-threshold': { type: 'string' },
            format: { type: 'string' },
            'work-dir': { type: 'string' }
        }
    });
    const context = (0,flags/* optionalPositional */.HC)(positionals, 'context', RUN_USAGE) ?? '.';
    const format = (0,flags/* oneOf */.yL)(values.format ?? terminalFormat(io), [...REPORT_FORMATS, 'none'], '--format');
    const inject = values.inject === undefined ? null : (0,flags/* oneOf */.yL)(values.inject, ['cache-unavailable'], '--inject');
    const config = await loadLabConfig(values.config ?? null, process.cwd());
    const names = (values.scenario ?? [])
        .flatMap(s => s.split(','))
        .map(s => s.trim())
        .filter(s => s !== '');
    const scenarios = (0,lab_scenario/* selectScenarios */.C8)((0,lab_scenario/* allScenarios */.ZF)(config), values.all ?? false, names);
    const results = values.results ?? defaultResultsFile(context, process.env);
    if (values.results === undefined) {
        const moved = await migrateLegacyResults(context, results);
        if (moved !== null)
            io.stderr(`build-lab: ${moved}\n`);
    }
    const noiseThreshold = threshold(values['noise-threshold'], config);
    const result = await runLab({
        context,
        ...(0,flags/* buildFlags */.Aw)(values),
        epoch: values.epoch,
        scenarios,
        repeat: values.repeat === undefined ? undefined : positiveInt(values.repeat, '--repeat'),
        results,
        cacheDir: values['cache-dir'],
        cacheRef: values['cache-ref'] ?? config?.cache_ref ?? null,
        inject,
        workDir: values['work-dir']
    }, { ...deps, log: deps.log ?? labLogger(io) });
    io.stderr(`build-lab: ${result.records.length} record(s) appended to ${results}\n`);
    const summary = summarizeLab(result.records, {
        noiseThreshold,
        lintFindings: await lintHints(result.records)
    });
    if (format !== 'none')
        io.stdout(REPORT_RENDERERS[format](summary));
    if (values.results === undefined) {
        io.stderr(`build-lab: next: \`build-lab compare${contextArg(context)} --last 2\`, \`build-lab report${contextArg(context)} --format html -o lab.html\`\n`);
    }
    return verdictCode(summary, result.records);
}
/** Plain text on a terminal; markdown into a file, a pipe or a job summary. */
function terminalFormat(io) {
    return io.stdoutIsTTY ? 'text' : 'markdown';
}
/** The context as the next command needs it typed: nothing for the working directory. */
function contextArg(context) {
    return external_node_path_.resolve(context) === process.cwd() ? '' : ` ${context}`;
}
function verdictCode(summary, records) {
    const failed = records.some(r => r.status === 'failed');
    return failed || summary.digest_stability === 'FAIL' || !summary.valid
        ? errors/* ExitCode */.yU.CheckFailed
        : errors/* ExitCode */.yU.Pass;
}
async function compareCommand(argv, io) {
    const { values, positionals } = (0,flags/* parseCommandLine */.Du)({
        args: argv,
        options: {
            last: { type: 'string' },
            results: { type: 'string' },
            format: { type: 'string' },
            config: { type: 'string' },
            'noise-threshold': { type: 'string' }
        }
    });
    const context = (0,flags/* optionalPositional */.HC)(positionals, 'context', COMPARE_USAGE) ?? '.';
    const format = (0,flags/* oneOf */.yL)(values.format ?? 'text', ['text', 'json', 'markdown'], '--format');
    const last = values.last === undefined ? 2 : positiveInt(values.last, '--last');
    const config = await loadLabConfig(values.config ?? null, process.cwd());
    const records = await readRecords(await resultsToRead(values.results, context, process.env));
    const comparison = compareRuns(records, last, {
        noiseThreshold: threshold(values['noise-threshold'], config)
    });
    if (format === 'json')
        io.stdout(renderCompareJson(comparison));
    else if (format === 'markdown')
        io.stdout(renderCompareMarkdown(comparison));
    else
        io.stdout(renderCompareText(comparison));
    return comparison.valid && comparison.digest_stability !== 'FAIL' ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.CheckFailed;
}
/** Lint findings for the Dockerfile the records name, with the source-edit build as evidence; none when it is gone. */
async function lintHints(records) {
    const newest = records[records.length - 1];
    if (newest === undefined)
        return [];
    let text;
    try {
        text = await external_node_fs_.promises.readFile(newest.build.dockerfile, 'utf8');
    }
    catch {
        return [];
    }
    const edit = [...records].reverse().find(r => r.input_mutation === 'edit-source' && r.steps.length > 0);
    const buildArgs = Object.fromEntries(newest.build.buildArgs.map(a => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    return (0,lint/* lintDockerfile */.cy)({
        file: external_node_path_.relative(process.cwd(), newest.build.dockerfile) || newest.build.dockerfile,
        text,
        buildArgs,
        ...(edit ? { evidence: edit.steps } : {})
    });
}
async function reportCommand(argv, io) {
    const { values, positionals } = (0,flags/* parseCommandLine */.Du)({
        args: argv,
        options: {
            format: { type: 'string' },
            results: { type: 'string' },
            config: { type: 'string' },
            'noise-threshold': { type: 'string' },
            'no-lint': { type: 'boolean' },
            output: { type: 'string', short: 'o' }
        }
    });
    const context = (0,flags/* optionalPositional */.HC)(positionals, 'context', REPORT_USAGE) ?? '.';
    const format = (0,flags/* oneOf */.yL)(values.format ?? terminalFormat(io), REPORT_FORMATS, '--format');
    const config = await loadLabConfig(values.config ?? null, process.cwd());
    const records = await readRecords(await resultsToRead(values.results, context, process.env));
    const summary = summarizeLab(records, {
        noiseThreshold: threshold(values['noise-threshold'], config),
        lintFindings: values['no-lint'] ? [] : await lintHints(records)
    });
    const out = REPORT_RENDERERS[format](summary);
    if (values.output) {
        await external_node_fs_.promises.writeFile(values.output, out);
        io.stderr(`build-lab: wrote ${values.output}\n`);
    }
    else
        io.stdout(out);
    return errors/* ExitCode */.yU.Pass;
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

/***/ 8093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ htmlPage),
/* harmony export */   jY: () => (/* binding */ renderGateHtml),
/* harmony export */   vP: () => (/* binding */ figure)
/* harmony export */ });
/* unused harmony exports REPORT_CSS, renderTimeline */
/* harmony import */ var _miss_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _diff_render_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6759);
/* harmony import */ var _equality_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4763);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4888);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4664);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7375);
/* harmony import */ var _highlights_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9297);
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9232);
// `build-lab report --format html`: one self-contained page (inline CSS and SVG, no scripts, no fetches).








const REPORT_CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--ok:#1a7f37;--bad:#cf222e;--run:#0969da;--cached:#8c959f;--bg:#fff;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
.verdict{border-radius:8px;padding:16px 20px;color:#fff}.verdict.pass{background:var(--ok)}.verdict.fail{background:var(--bad)}
.verdict p{margin:0;opacity:.95;overflow-wrap:anywhere}
.badge{display:inline-block;font-size:13px;font-weight:700;letter-spacing:.05em;border:2px solid #fff;border-radius:4px;padding:0 6px;margin-right:8px;vertical-align:middle}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px;margin:16px 0}
.figure{border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:var(--soft);overflow-wrap:anywhere}
.figure .label{display:block;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.figure .value{display:block;font-size:20px;font-weight:600}.figure .detail{display:block;color:var(--muted);font-size:13px}
.figure.fix{grid-column:1/-1;border-color:var(--bad);background:#fff8f8}.figure.fix .value{font-size:16px}.figure.deltas .value{font-size:15px}
td.nw,td[class^=sev-]{white-space:nowrap}.figure.deltas{grid-column:span 2}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:var(--soft);white-space:nowrap}
td.num{text-align:right;white-space:nowrap}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}pre{background:var(--soft);padding:8px;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere}
svg.timeline{width:100%;height:auto;display:block;border:1px solid var(--line);border-radius:6px;background:#fff}
svg .bar.executed{fill:var(--run)}svg .bar.failed{fill:var(--bad)}svg .bar.cached{stroke:var(--cached)}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}svg text.muted{fill:var(--muted)}svg .grid{stroke:var(--line)}
.legend span{display:inline-block;margin-right:16px;color:var(--muted)}.legend i{display:inline-block;width:14px;height:10px;margin-right:4px;vertical-align:middle}
.legend .executed{background:var(--run)}.legend .cached{background:repeating-linear-gradient(45deg,var(--cached) 0 2px,#fff 2px 5px);border:1px solid var(--cached)}.legend .failed{background:var(--bad)}
.sev-error{color:var(--bad);font-weight:600}.sev-warning{color:#9a6700;font-weight:600}.sev-info{color:var(--muted)}
pre.patch del{color:var(--bad);text-decoration:none;display:block}pre.patch ins{color:var(--ok);text-decoration:none;display:block}
footer{margin-top:32px;color:var(--muted);font-size:12px}
`;
function timeMs(iso) {
    if (iso === null)
        return null;
    const t = Date.parse(iso);
    return Number.isNaN(t) ? null : t;
}
function figure(label, value, detail = '', cls = '') {
    const extra = detail !== '' ? `<span class="detail">${detail}</span>` : '';
    return `<div class="figure${cls ? ` ${cls}` : ''}"><span class="label">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(label)}</span><span class="value">${value}</span>${extra}</div>`;
}
function stepClass(step) {
    if (step.error !== null)
        return 'failed';
    return step.cached ? 'cached' : 'executed';
}
/** One run's steps as horizontal bars on a shared time axis starting when the first step started. */
function renderTimeline(run, maxSteps = 150) {
    const ordered = (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .orderSteps */ .Qs)(run.steps);
    const steps = ordered.slice(0, maxSteps);
    const starts = steps.map(s => timeMs(s.startedAt)).filter((t) => t !== null);
    if (steps.length === 0 || starts.length === 0)
        return '<p>No step timings were recorded for this run.</p>';
    const origin = starts.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    const ends = steps.map(s => timeMs(s.completedAt) ?? timeMs(s.startedAt) ?? origin);
    const span = Math.max(1, ends.reduce((a, b) => Math.max(a, b), origin) - origin);
    const labelWidth = 360;
    const plotWidth = 560;
    const width = labelWidth + plotWidth + 90;
    const rowHeight = 24;
    const top = 26;
    const height = top + rowHeight * steps.length + 8;
    const x = (t) => labelWidth + ((t - origin) / span) * plotWidth;
    const out = [];
    // The run number names an SVG id too: only digits may reach it.
    const runId = Number.isInteger(run.run) ? String(run.run) : 'x';
    out.push(`<svg class="timeline" role="img" aria-label="${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(`timeline of run ${run.run}`)}" data-run="${runId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`, `<defs><pattern id="hatch-${runId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="2.5" height="6" fill="#8c959f"/></pattern></defs>`);
    for (let i = 0; i <= 4; i++) {
        const gx = labelWidth + (plotWidth * i) / 4;
        out.push(`<line class="grid" x1="${gx.toFixed(1)}" y1="${top - 6}" x2="${gx.toFixed(1)}" y2="${height - 4}"/>`, `<text class="muted" x="${gx.toFixed(1)}" y="14" text-anchor="middle">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)((span * i) / 4))}</text>`);
    }
    steps.forEach((step, i) => {
        const y = top + i * rowHeight;
        const cls = stepClass(step);
        const name = (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(step.name, 400);
        out.push(`<text x="6" y="${y + 16}"><title>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(name)}</title>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(step.name, 52))}</text>`);
        const start = timeMs(step.startedAt);
        if (start === null) {
            out.push(`<text class="muted" x="${labelWidth + 4}" y="${y + 16}">not run</text>`);
            return;
        }
        const end = timeMs(step.completedAt) ?? start;
        const bx = x(start);
        const bw = Math.max(2, x(end) - bx);
        const label = cls === 'cached' ? 'cached' : cls === 'failed' ? 'failed' : (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(step.durationMs);
        out.push(`<rect class="bar ${cls}"${cls === 'cached' ? ` fill="url(#hatch-${runId})"` : ''} data-step="${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(name)}" x="${bx.toFixed(1)}" y="${y + 4}" width="${bw.toFixed(1)}" height="${rowHeight - 8}" rx="2"><title>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(`${name}: ${label}`)}</title></rect>`, `<text class="muted" x="${(bx + bw + 4).toFixed(1)}" y="${y + 16}">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(label)}</text>`);
    });
    out.push('</svg>');
    if (ordered.length > steps.length) {
        out.push(`<p>${ordered.length - steps.length} more steps are not drawn.</p>`);
    }
    return out.join('\n');
}
/** The fix as a Dockerfile edit: removed and added lines, escaped. */
function patchHtml(p) {
    const rows = [
        ...p.before.map(l => `<del>-${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(l, 400))}</del>`),
        ...p.after.map(l => `<ins>+${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(l, 400))}</ins>`)
    ];
    return `<pre class="patch" data-line="${p.line}">${rows.join('')}</pre>`;
}
/** A fix with its `code` spans as <code>: every part is escaped. */
function fixHtml(fix) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(fix, 1000)
        .split('`')
        .map((part, i) => (i % 2 === 1 ? `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(part, 1000)}</code>` : (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(part, 1000)))
        .join('');
}
function diagnosisHtml(diff, markdown) {
    if (diff === null) {
        return markdown ? `<pre class="diagnosis">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(markdown, 200_000)}</pre>` : '';
    }
    const out = [`<p>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_diff_render_text_js__WEBPACK_IMPORTED_MODULE_7__/* .headline */ .Pl)(diff))}</p>`];
    if (diff.causes.length > 0) {
        out.push('<ul class="causes">');
        for (const c of diff.causes) {
            out.push(`<li><strong>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(c.cause)}</strong> (${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(String(c.count))}): ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(c.hint, 500)}</li>`);
        }
        out.push('</ul>');
    }
    const where = (x) => (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(`${x.line !== undefined ? `Dockerfile:${x.line} ` : ''}${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(x.instruction ?? '', 120)}`.trim());
    const findings = diff.findings ?? [];
    if (findings.length > 0) {
        out.push('<table class="findings"><thead><tr><th>owner</th><th>finding</th><th>files</th><th>step</th><th>fix</th></tr></thead><tbody>');
        for (const f of findings.slice(0, 50)) {
            const more = f.files - f.examples.length;
            const files = f.examples.map(p => `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(p, 200))}</code>`).join(', ');
            const inside = (f.members ?? []).map(m => `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(m, 200))}</code>`).join(', ');
            out.push(`<tr><td class="nw">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f.owner, 40))}</td><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f.title, 200))} <small>(${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(f.cause)})</small><br>${files}${more > 0 ? `, and ${more} more` : ''}${inside !== '' ? `<br>inside: ${inside}` : ''}</td><td class="num">${f.files}</td><td><code>${where(f) || `layer ${f.layer}`}</code></td><td>${fixHtml(f.fix)}${f.patch !== undefined ? patchHtml(f.patch) : ''}</td></tr>`);
        }
        out.push('</tbody></table>');
    }
    if (diff.files.length > 0) {
        out.push('<table class="files"><thead><tr><th>file</th><th>changes</th><th>layer</th><th>instruction</th><th>cause</th></tr></thead><tbody>');
        for (const f of diff.files.slice(0, 50)) {
            const evidence = f.evidence !== undefined ? `<br><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f.evidence, 160))}</code>` : '';
            out.push(`<tr><td><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f.path, 300))}</code></td><td class="nw">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(f.changes.join(', '))}</td><td class="num">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(String(f.layer))}</td><td><code>${where(f)}</code></td><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(f.cause)}${f.owner !== undefined ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f.owner, 40))})` : ''}${evidence}</td></tr>`);
        }
        out.push('</tbody></table>');
        const rest = diff.files.length + diff.truncated - Math.min(50, diff.files.length);
        if (rest > 0)
            out.push(`<p>…and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(String(rest))} more files.</p>`);
    }
    const meta = [...diff.index, ...diff.config];
    if (meta.length > 0) {
        out.push('<table class="fields"><thead><tr><th>field</th><th>run 1</th><th>run 2</th><th>cause</th></tr></thead><tbody>');
        for (const c of meta.slice(0, 50)) {
            out.push(`<tr><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(c.field, 120))}</td><td><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(c.a ?? '(none)', 120))}</code></td><td><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(c.b ?? '(none)', 120))}</code></td><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(c.cause)}</td></tr>`);
        }
        out.push('</tbody></table>');
    }
    for (const w of diff.warnings.slice(0, 20))
        out.push(`<p class="warning">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(w, 300))}</p>`);
    return out.join('\n');
}
function allowListHtml(list) {
    const rows = list.allowed.map(g => {
        const files = g.files
            .slice(0, 50)
            .map(f => `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f, 300))}</code>`)
            .join('<br>');
        const more = g.files.length > 50 ? `<br>and ${g.files.length - 50} more` : '';
        return `<tr><td><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(g.glob, 200))}</code></td><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(g.reason ?? '-', 300))}</td><td>${g.files.length}</td><td>${files}${more}</td></tr>`;
    });
    const table = rows.length > 0
        ? `<table><thead><tr><th>glob</th><th>reason</th><th>files</th><th>paths</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
        : '';
    const outside = list.outside.length > 0
        ? `<p>Outside the list: ${list.outside.map(f => `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f, 300))}</code>`).join(', ')}</p>`
        : '';
    return `<section id="allowed"><h2>Allowed differences</h2><p>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(list.reason, 600))}</p>${table}${outside}</section>`;
}
/** The runs grouped by digest, with the drift policy's count. */
function digestGroupsHtml(result) {
    const rows = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .resultGroups */ .Ki)(result).map(g => `<tr><td><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(g.digest ?? 'no image', 100))}</code></td><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(g.runs.join(', '))}</td></tr>`);
    return `<section id="digests"><h2>Digests</h2><p>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_4__/* .driftLine */ .wk)(result))}</p><table><thead><tr><th>digest</th><th>runs</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}
/** The whole report as one HTML page. Every value from a build is escaped; the page loads nothing. */
function renderGateHtml(result, extras = {}, options = {}) {
    const h = (0,_highlights_js__WEBPACK_IMPORTED_MODULE_3__/* .highlights */ .eq)(result, extras);
    const allow = result.allowList;
    const passed = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .gatePasses */ .xZ)(result);
    const verdict = result.reproducible
        ? 'Reproducible'
        : allow?.passed
            ? (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(allow.reason, 200).replace(/^r/, 'R')
            : 'Not reproducible';
    const title = `build-lab: ${verdict.toLowerCase()}${options.title ? ` — ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(options.title, 120)}` : ''}`;
    const body = [];
    body.push(`<header class="verdict ${passed ? 'pass' : 'fail'}" id="verdict"><h1><span class="badge">${result.reproducible ? 'PASS' : passed ? 'PASS, ALLOWED' : 'FAIL'}</span>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(verdict)}${options.title ? ` <small>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(options.title, 120))}</small>` : ''}</h1><p>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(result.reason, 600))}</p><p class="equality">Equality: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(_equality_js__WEBPACK_IMPORTED_MODULE_1__/* .EQUALITY_NOTE */ .G7[result.equality ?? 'digest'])}</p></header>`);
    const figures = [];
    if (h.firstFix !== null) {
        const where = h.firstFix.where !== null ? ` <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(h.firstFix.where, 160))}</code>` : '';
        figures.push(figure('First thing to fix', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(h.firstFix.problem, 200))}${where}`, (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(h.firstFix.fix, 600)), 'fix'));
    }
    figures.push(figure('Cache hit ratio (warm build)', `<span id="hit-ratio">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRatio */ .B0)(h.hitRatio))}</span>`, h.totalSteps > 0 ? (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(`${h.cachedSteps}/${h.totalSteps} steps cached`) : ''));
    if (h.slowest !== null) {
        figures.push(figure('Slowest step', (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(h.slowest.durationMs)), `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(h.slowest.name, 160))}</code> (${h.slowest.run === 1 ? 'warm build' : `run ${h.slowest.run}`})`));
    }
    for (const run of result.runs) {
        figures.push(figure(`Run ${(0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_4__/* .runLabel */ .Az)(run.run)}`, (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(run.durationMs)), run.digest !== null
            ? `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .shortDigest */ .VK)(run.digest))}</code>`
            : `failed: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(run.error ?? 'no digest', 300))}`));
    }
    if (h.deltas.length > 0) {
        figures.push(figure('Compared with the base branch', h.deltas.map(d => (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(d)).join('<br>'), '', 'deltas'));
    }
    body.push(`<section class="figures" id="figures">${figures.join('\n')}</section>`);
    if (result.runs.length > 2)
        body.push(digestGroupsHtml(result));
    if (allow)
        body.push(allowListHtml(allow));
    body.push('<section id="timeline"><h2>Timeline</h2>');
    body.push('<p class="legend"><span><i class="executed"></i>executed</span><span><i class="cached"></i>from the cache</span><span><i class="failed"></i>failed</span></p>');
    for (const run of result.runs) {
        const hits = run.totalSteps > 0
            ? `, ${run.cachedSteps}/${run.totalSteps} steps cached (${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatRatio */ .B0)(run.cacheHitRatio)})`
            : '';
        body.push(`<h3>Run ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_4__/* .runLabel */ .Az)(run.run))}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(run.durationMs))}${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(hits)}</h3>`);
        body.push(renderTimeline(run, options.maxSteps));
        if (run.errorLog) {
            body.push(`<details open><summary>Log of the failing step</summary><pre>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(run.errorLog.slice(-8000))}</pre></details>`);
        }
    }
    body.push('</section>');
    const misses = result.misses ? (0,_miss_render_js__WEBPACK_IMPORTED_MODULE_0__/* .missHtml */ .G_)(result.misses) : '';
    if (misses !== '')
        body.push(`<section id="misses"><h2>Why run 1 ran steps</h2>${misses}</section>`);
    const diagnosis = diagnosisHtml((0,_highlights_js__WEBPACK_IMPORTED_MODULE_3__/* .diagnosisOf */ .jo)(result, extras), extras.diagnosisMarkdown);
    if (diagnosis !== '')
        body.push(`<section id="diagnosis"><h2>Diagnosis</h2>${diagnosis}</section>`);
    const findings = (0,_highlights_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .Tc)(extras.findings ?? []);
    if (findings.length > 0) {
        body.push('<section id="recommendations"><h2>Recommendations</h2><table><thead><tr><th>severity</th><th>rule</th><th>where</th><th>problem</th><th>fix</th></tr></thead><tbody>');
        for (const f of findings.slice(0, 200)) {
            body.push(`<tr><td class="sev-${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(f.severity)}">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(f.severity)}</td><td class="nw">${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f.rule, 40))}</td><td class="nw"><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(`${f.file}:${f.line}`, 200))}</code></td><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f.message, 600))}</td><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(f.fix, 600))}</td></tr>`);
        }
        body.push('</tbody></table></section>');
    }
    const e = result.engine;
    const facts = [
        ['image digest', result.digest ?? '-'],
        ['epoch', `${result.epoch} (${result.epochSource})`],
        ['mtimes varied in run 2', result.varyMtime ? 'yes' : 'no'],
        ['equality', _equality_js__WEBPACK_IMPORTED_MODULE_1__/* .EQUALITY_NOTE */ .G7[result.equality ?? 'digest']],
        ['Docker', e.docker ?? 'unknown'],
        ['buildx', e.buildx ?? 'unknown'],
        [
            'BuildKit',
            `${e.buildkit ?? 'unknown'}${e.buildkitSource === 'inferred' ? ' (inferred from dockerd)' : ''}`
        ],
        ['driver', e.driver ?? 'unknown'],
        ...(e.builder
            ? [['builder', `${e.builder}${e.dockerContext ? ' (docker context)' : ''}`]]
            : [])
    ];
    if (extras.cache) {
        const c = extras.cache;
        facts.push(['cache hit', c.hit], ['cache restore', (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(c.restoreMs ?? null)], ['cache save', (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(c.saveMs ?? null)], ['cache size', (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(c.sizeBytes ?? null)], ...(0,_highlights_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheFacts */ .sV)(c).map(([k, v]) => [k.startsWith('cache') ? k : `cache ${k}`, v]));
    }
    body.push('<section id="engine"><h2>Cache and engine</h2><table><tbody>');
    for (const [k, v] of facts)
        body.push(`<tr><th>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(k)}</th><td><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(v, 300))}</code></td></tr>`);
    body.push('</tbody></table></section>');
    body.push('<footer>Generated by build-lab. This page is self-contained: it loads no scripts, fonts or images.</footer>');
    return htmlPage(title, body, _miss_render_js__WEBPACK_IMPORTED_MODULE_0__/* .MISS_MAP_CSS */ .E5);
}
/** A self-contained page: inline CSS, no scripts, and a policy that lets it load nothing. `title` is raw text. */
function htmlPage(title, body, css = '') {
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .ZD)(title)}</title>`,
        `<style>${REPORT_CSS}${css}</style>`,
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}


/***/ })

};
