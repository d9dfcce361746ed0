export const id = 880;
export const ids = [880,882];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ LOCKFILES),
/* harmony export */   em: () => (/* binding */ isLockfile),
/* harmony export */   xX: () => (/* binding */ isTextLockfile)
/* harmony export */ });
// The one list of dependency lockfiles, by the tool that writes them.
/**
 * Lockfile names by tool. The cache key hashes these files, and the lab's `edit-lockfile` scenario
 * edits one of them; pip's pinned `requirements*.txt` files count too (see `isLockfile`).
 */
const LOCKFILES = {
    npm: ['package-lock.json', 'npm-shrinkwrap.json'],
    yarn: ['yarn.lock'],
    pnpm: ['pnpm-lock.yaml'],
    /** bun.lock is text (bun 1.2 and later), bun.lockb is binary. */
    bun: ['bun.lock', 'bun.lockb'],
    poetry: ['poetry.lock'],
    pipenv: ['Pipfile.lock'],
    uv: ['uv.lock'],
    pdm: ['pdm.lock'],
    cargo: ['Cargo.lock'],
    go: ['go.sum'],
    bundler: ['Gemfile.lock'],
    composer: ['composer.lock'],
    nuget: ['packages.lock.json'],
    mix: ['mix.lock'],
    pub: ['pubspec.lock'],
    cocoapods: ['Podfile.lock'],
    gradle: ['gradle.lockfile'],
    nix: ['flake.lock']
};
const NAMES = new Set(Object.values(LOCKFILES).flat());
/** Lockfiles that are not text: an edit that appends whitespace would break them. */
const BINARY = new Set(['bun.lockb']);
function baseName(file) {
    return file.slice(file.lastIndexOf('/') + 1);
}
/** Whether a file (a name or a `/`-separated path) is a lockfile; pip's `requirements*.txt` count. */
function isLockfile(file) {
    const name = baseName(file);
    return NAMES.has(name) || /^requirements.*\.txt$/.test(name);
}
/** A lockfile whose bytes are text, so trailing whitespace leaves it valid. */
function isTextLockfile(file) {
    return isLockfile(file) && !BINARY.has(baseName(file));
}


/***/ }),

/***/ 2155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ registryOf),
/* harmony export */   P$: () => (/* binding */ fullReference),
/* harmony export */   YQ: () => (/* binding */ imageUses),
/* harmony export */   s5: () => (/* binding */ splitImage)
/* harmony export */ });
/* unused harmony export expand */
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7882);
// The images a Dockerfile pulls: FROM (with ARGs resolved), COPY --from=<image> and RUN --mount=from=<image>.

/** Expands `$NAME`, `${NAME}` and `${NAME:-default}`; null when a variable has no known value. */
function expand(value, lookup) {
    let unknown = false;
    const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, op, word, bare) => {
        const name = braced ?? bare ?? '';
        const v = lookup(name);
        if (op === '-')
            return v === undefined || v === '' ? (word ?? '') : v;
        if (op === '+')
            return v === undefined || v === '' ? '' : (word ?? '');
        if (v === undefined)
            unknown = true;
        return v ?? '';
    });
    return unknown ? null : out;
}
function splitImage(ref) {
    const at = ref.indexOf('@');
    const digest = at < 0 ? null : ref.slice(at + 1);
    const withoutDigest = at < 0 ? ref : ref.slice(0, at);
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    const hasTag = colon > slash;
    return {
        name: hasTag ? withoutDigest.slice(0, colon) : withoutDigest,
        tag: hasTag ? withoutDigest.slice(colon + 1) : null,
        digest
    };
}
function source(written, model, input) {
    const names = [...written.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map(m => m[1]);
    const parts = names.map(n => {
        if (input.buildArgs?.[n] !== undefined)
            return `--build-arg ${n}`;
        const arg = model.globalArgs.filter(a => a.name === n).at(-1);
        return arg ? `\`ARG ${n}\` on line ${arg.line}` : n;
    });
    return parts.length === 0 ? '' : ` (from ${parts.join(', ')})`;
}
function mountSources(step) {
    return step.flags
        .filter(f => f.name === 'mount' && f.value !== null)
        .flatMap(f => {
        let offset = 0;
        for (const part of f.value.split(',')) {
            const start = offset;
            offset += part.length + 1;
            if (!/^\s*from=/.test(part))
                continue;
            const eq = part.indexOf('=');
            const ref = part.slice(eq + 1).trim();
            const lead = part.slice(eq + 1).length - part.slice(eq + 1).trimStart().length;
            const at = f.valueSpan === null ? null : f.valueSpan.start + start + eq + 1 + lead;
            return [{ ref, span: at === null ? null : { start: at, end: at + ref.length } }];
        }
        return [];
    });
}
/** `${NAME}` or `$NAME` and nothing else: the whole reference is one ARG. */
function wholeArg(written) {
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(written);
    return m === null ? null : (m[1] ?? m[2] ?? null);
}
/** Every image the build pulls, stage names, `scratch`, stage indexes and unresolvable references left out. */
function imageUses(model, input) {
    const uses = [];
    const stageNames = new Set();
    const allNames = new Set(model.stages.map(s => s.name).filter((n) => n !== null));
    for (const stage of model.stages) {
        const lookup = (name) => {
            const fromCli = input.buildArgs?.[name];
            if (fromCli !== undefined)
                return fromCli;
            const arg = model.globalArgs.filter(a => a.name === name && a.line < stage.from.line).at(-1);
            return arg?.value ?? undefined;
        };
        const written = stage.from.args[0];
        if (written !== undefined) {
            // ARG defaults may use earlier ARGs (`ARG IMAGE=golang:${GO_VERSION}`): expand a few rounds.
            let resolved = expand(written, lookup);
            for (let round = 0; round < 4 && resolved !== null && resolved.includes('$'); round++) {
                resolved = expand(resolved, lookup);
            }
            const image = resolved?.trim() ?? '';
            const via = resolved !== null && resolved !== written ? source(written, model, input) : '';
            if (image !== '' && image.toLowerCase() !== 'scratch' && !stageNames.has(image.toLowerCase())) {
                const name = wholeArg(written);
                const declared = name === null || input.buildArgs?.[name] !== undefined
                    ? undefined
                    : model.globalArgs.filter(a => a.name === name && a.line < stage.from.line).at(-1);
                const arg = declared !== undefined && declared.value !== null ? declared : null;
                uses.push({
                    step: stage.from,
                    written,
                    image,
                    via,
                    where: 'FROM',
                    span: stage.from.argSpans[0] ?? null,
                    arg
                });
            }
        }
        if (stage.name !== null)
            stageNames.add(stage.name);
        for (const step of stage.steps) {
            const refs = [];
            const from = step.flags.find(f => f.name === 'from');
            if ((step.keyword === 'COPY' || step.keyword === 'ADD') && from?.value) {
                refs.push([from.value, from.valueSpan, 'COPY --from']);
            }
            if (step.keyword === 'RUN')
                for (const m of mountSources(step))
                    refs.push([m.ref, m.span, 'RUN --mount=from']);
            for (const [ref, span, where] of refs) {
                // A stage may be named before or after its use (BuildKit checks that); numbers are stage indexes.
                if (ref.includes('$') || /^\d+$/.test(ref) || allNames.has(ref.toLowerCase()))
                    continue;
                uses.push({ step, written: ref, image: ref, via: '', where, span, arg: null });
            }
        }
    }
    return uses;
}
/** The registry host of a reference, as Docker reads it: `docker.io` unless the first part has a dot, a colon or is localhost. */
function registryOf(image) {
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(image);
    if (typeof parsed !== 'string')
        return parsed.registry.toLowerCase();
    // Not a valid reference (lint still reports on it): the first component by the same rule.
    const first = image.split('/')[0];
    const explicit = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    return explicit ? first.toLowerCase() : 'docker.io';
}
/** The reference with its registry spelled out: `node:22` → `docker.io/library/node:22`. */
function fullReference(image) {
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseReference */ .WF)(image);
    if (typeof parsed !== 'string')
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalReference */ .Ys)({ ...parsed, registry: parsed.registry.toLowerCase() });
    const registry = registryOf(image);
    const path = image.toLowerCase().startsWith(`${registry}/`) ? image.slice(registry.length + 1) : image;
    return `${registry}/${registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path}`;
}


/***/ }),

/***/ 2880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZN: () => (/* reexport */ failsAt),
  cy: () => (/* reexport */ lintDockerfile),
  ti: () => (/* reexport */ parseBuildkitChecks),
  rS: () => (/* reexport */ parseLintConfig),
  PC: () => (/* reexport */ renderLintText),
  WH: () => (/* reexport */ renderSarif)
});

// UNUSED EXPORTS: BUILDKIT_OVERLAPS, BUILDKIT_PREFIX, SARIF_SCHEMA, applyPolicy, hasErrors, parseIgnores, ruleName, rules, summarize

// EXTERNAL MODULE: ./src/core/build/args.ts
var args = __webpack_require__(6039);
// EXTERNAL MODULE: ./src/core/context/dockerignore.ts
var dockerignore = __webpack_require__(41);
// EXTERNAL MODULE: ./src/core/lint/images.ts
var lint_images = __webpack_require__(2155);
;// CONCATENATED MODULE: ./src/core/lint/shell.ts
// Reads RUN shell text: splits it into simple commands and recognises package installs and clock/randomness.
/** Words that may stand before the real command of a simple command. */
const PREFIXES = new Set([
    'sudo',
    'env',
    'time',
    'exec',
    'nohup',
    'command',
    'then',
    'do',
    'else',
    'if',
    'elif',
    'while',
    'until',
    '!',
    '{',
    'xargs'
]);
function unquote(word) {
    return word.replace(/^['"]+|['"]+$/g, '');
}
/**
 * Splits shell text into simple commands, each a list of words with its prefixes
 * (`sudo`, `VAR=value`, `then`, ...) removed. It is a heuristic, not a shell parser: good
 * enough to find `npm ci` in `cd app && NODE_ENV=x npm ci || exit 1`, or `date` in `$(date)`.
 */
function simpleCommands(script) {
    const joined = script.replace(/\\\r?\n/g, ' ');
    const commands = [];
    for (const part of joined.split(/&&|\|\||[;|\n()`{}]|\$\(/)) {
        const words = part
            .trim()
            .split(/\s+/)
            .map(unquote)
            .filter(w => w !== '');
        while (words.length > 0 && (PREFIXES.has(words[0]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))) {
            words.shift();
        }
        if (words.length > 0)
            commands.push(words);
    }
    return commands;
}
function program(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/** The first word after the program that is not an option. */
function subcommand(words, from = 1) {
    for (let i = from; i < words.length; i++) {
        if (!words[i].startsWith('-'))
            return { word: words[i], index: i };
    }
    return { word: undefined, index: words.length };
}
function is(words, set, from = 1) {
    const sub = subcommand(words, from);
    return { ok: sub.word !== undefined && set.includes(sub.word), index: sub.index + 1 };
}
const MAVEN_GOALS = new Set([
    'compile',
    'test',
    'package',
    'verify',
    'install',
    'deploy',
    'spring-boot:repackage'
]);
const GRADLE_TASKS = /^(:?[\w-]+:)*(build|assemble|classes|jar|bootJar|shadowJar|installDist|dependencies|test|check|nativeCompile)$/;
function installOf(words) {
    const prog = program(words[0]);
    const hit = (manager, rest) => ({ manager, words, rest });
    if (prog === 'npm') {
        const r = is(words, ['ci', 'install', 'i', 'add', 'isntall', 'in']);
        return r.ok ? hit('npm', r.index) : null;
    }
    if (prog === 'yarn') {
        const sub = subcommand(words);
        if (sub.word === undefined || sub.word === 'install')
            return hit('yarn', sub.index + 1);
        if (sub.word === 'add')
            return hit('yarn', sub.index + 1);
        if (sub.word === 'global' && words[sub.index + 1] === 'add')
            return hit('yarn', sub.index + 2);
        return null;
    }
    if (prog === 'pnpm') {
        const r = is(words, ['install', 'i', 'add', 'fetch']);
        return r.ok ? hit('pnpm', r.index) : null;
    }
    if (/^pip[\d.]*$/.test(prog)) {
        const r = is(words, ['install']);
        return r.ok ? hit('pip', r.index) : null;
    }
    if (/^python[\d.]*$/.test(prog)) {
        const m = words.indexOf('-m');
        if (m > 0 && /^pip[\d.]*$/.test(words[m + 1] ?? '')) {
            const r = is(words, ['install'], m + 2);
            return r.ok ? hit('pip', r.index) : null;
        }
        return null;
    }
    if (prog === 'uv') {
        const sub = subcommand(words);
        if (sub.word === 'sync')
            return hit('uv', sub.index + 1);
        if (sub.word === 'pip' && words[sub.index + 1] === 'install')
            return hit('uv', sub.index + 2);
        return null;
    }
    if (prog === 'poetry' || prog === 'pipenv') {
        const r = is(words, ['install', 'sync']);
        return r.ok ? hit('poetry', r.index) : null;
    }
    if (prog === 'apt-get' || prog === 'apt' || prog === 'aptitude') {
        const r = is(words, ['install', 'upgrade', 'dist-upgrade', 'full-upgrade']);
        return r.ok ? hit('apt', r.index) : null;
    }
    if (prog === 'apk') {
        const r = is(words, ['add']);
        return r.ok ? hit('apk', r.index) : null;
    }
    if (prog === 'dnf' || prog === 'yum' || prog === 'microdnf' || prog === 'tdnf') {
        const r = is(words, ['install', 'update', 'upgrade']);
        return r.ok ? hit('dnf', r.index) : null;
    }
    if (prog === 'go') {
        const sub = subcommand(words);
        if (sub.word === 'mod' && words[sub.index + 1] === 'download')
            return hit('go', sub.index + 2);
        if (sub.word === 'build' || sub.word === 'install' || sub.word === 'get')
            return hit('go', sub.index + 1);
        return null;
    }
    if (prog === 'cargo') {
        const r = is(words, ['build', 'install', 'fetch']);
        return r.ok ? hit('cargo', r.index) : null;
    }
    if (prog === 'bundle' || prog === 'gem') {
        const r = is(words, ['install']);
        return r.ok ? hit('bundler', r.index) : null;
    }
    if (prog === 'composer') {
        const r = is(words, ['install', 'require', 'update']);
        return r.ok ? hit('composer', r.index) : null;
    }
    if (prog === 'mvn' || prog === 'mvnw') {
        // Any goal or phase that resolves dependencies: package, install, verify, dependency:go-offline, ...
        const goals = words.slice(1).filter(w => !w.startsWith('-') && !/^-D/.test(w));
        const resolves = goals.some(g => MAVEN_GOALS.has(g) || g.startsWith('dependency:'));
        return resolves ? hit('maven', words.length) : null;
    }
    if (prog === 'gradle' || prog === 'gradlew') {
        const tasks = words.slice(1).filter(w => !w.startsWith('-'));
        return tasks.some(t => GRADLE_TASKS.test(t)) ? hit('gradle', words.length) : null;
    }
    return null;
}
/** Every package-manager install in the script, in order. */
function findInstalls(script) {
    return simpleCommands(script)
        .map(installOf)
        .filter((i) => i !== null);
}
/** The cache mount(s) that fit each manager, as a RUN flag ready to paste. */
const CACHE_MOUNT = {
    npm: '--mount=type=cache,target=/root/.npm',
    yarn: '--mount=type=cache,target=/usr/local/share/.cache/yarn',
    pnpm: '--mount=type=cache,target=/root/.local/share/pnpm/store',
    pip: '--mount=type=cache,target=/root/.cache/pip',
    uv: '--mount=type=cache,target=/root/.cache/uv',
    poetry: '--mount=type=cache,target=/root/.cache/pypoetry',
    apt: '--mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked',
    apk: '--mount=type=cache,target=/etc/apk/cache',
    dnf: '--mount=type=cache,target=/var/cache/dnf,sharing=locked',
    go: '--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build',
    cargo: '--mount=type=cache,target=/usr/local/cargo/registry',
    bundler: '--mount=type=cache,target=/usr/local/bundle/cache',
    composer: '--mount=type=cache,target=/root/.composer/cache',
    maven: '--mount=type=cache,target=/root/.m2',
    gradle: '--mount=type=cache,target=/root/.gradle'
};
/** Extra advice for managers whose own defaults defeat a cache mount. */
const CACHE_MOUNT_NOTE = {
    apt: ' and `rm -f /etc/apt/apt.conf.d/docker-clean` first (Debian images delete downloaded packages otherwise)',
    apk: ' and drop `--no-cache`',
    pip: ' and drop `--no-cache-dir`'
};
const DATE_IS_FIXED = /^(-d|--date|-r|--reference|-f|--file)(=|$)|^-d@|SOURCE_DATE_EPOCH/;
/** What in the script reads the clock or a random source, one short label each (empty: nothing). */
function clockOrRandomness(script) {
    const found = new Set();
    for (const words of simpleCommands(script)) {
        const prog = program(words[0]);
        if (prog === 'date' && !words.slice(1).some(w => DATE_IS_FIXED.test(w)))
            found.add('`date`');
        if (prog === 'uuidgen')
            found.add('`uuidgen`');
        if (prog === 'openssl' && words[1] === 'rand')
            found.add('`openssl rand`');
    }
    if (/\$\{?RANDOM\b/.test(script))
        found.add('`$RANDOM`');
    if (/\/dev\/urandom\b/.test(script))
        found.add('`/dev/urandom`');
    if (/\/dev\/random\b/.test(script))
        found.add('`/dev/random`');
    if (/\/proc\/sys\/kernel\/random\/uuid\b/.test(script))
        found.add('`/proc/sys/kernel/random/uuid`');
    return [...found];
}
/** Whether the script references `$NAME` or `${NAME...}`. */
function usesVariable(script, name) {
    const escaped = name.replace(/[^A-Za-z0-9_]/g, '');
    return new RegExp(`\\$(\\{${escaped}[:}#%/+?=-]|${escaped}(?![A-Za-z0-9_]))`).test(script);
}
/** Options that take a value, per manager, so that the value is not read as a package name. */
const VALUE_OPTIONS = {
    pip: new Set('-r --requirement -c --constraint -e --editable -i --index-url --extra-index-url -f --find-links -t --target --prefix --root --platform --python-version --implementation --abi --src --upgrade-strategy --trusted-host --cache-dir --log --proxy --retries --timeout --python --report --only-binary --no-binary'.split(' ')),
    npm: new Set('--prefix --registry --cache --omit --include --workspace -w --userconfig --loglevel --tag --before'.split(' ')),
    yarn: new Set(['--registry', '--cwd', '--prefix', '--cache-folder', '--network-timeout']),
    pnpm: new Set(['--registry', '--filter', '-F', '--dir', '-C', '--store-dir']),
    bundler: new Set('-v --version -i --install-dir -n --bindir --source -s --platform --file -g'.split(' ')),
    go: new Set(['-ldflags', '-tags', '-o', '-mod', '-gcflags', '-p', '-modfile']),
    cargo: new Set('--version --vers --git --branch --tag --rev --path --root --target --features -F --bin --example --index --registry --profile -j --jobs --target-dir --config'.split(' '))
};
/** The words after the subcommand that name packages (or paths): options and their values left out. */
function packageArgs(install) {
    const valued = VALUE_OPTIONS[install.manager];
    const out = [];
    const words = install.words;
    for (let i = install.rest; i < words.length; i++) {
        const w = words[i];
        if (w.startsWith('-')) {
            if (valued?.has(w))
                i++;
            continue;
        }
        out.push(w);
    }
    return out;
}
/** Whether an option (`-g`, `--global`, `-r`, `--requirement=x`) is among the words after the program. */
function hasOption(install, ...names) {
    return install.words.slice(1).some(w => names.some(n => w === n || w.startsWith(`${n}=`)));
}
/**
 * Pipelines of the script: each a list of simple commands joined by `|`. A heuristic like
 * `simpleCommands`: `curl -fsSL x | sh` gives [[curl, -fsSL, x], [sh]].
 */
function pipelines(script) {
    const joined = script.replace(/\\\r?\n/g, ' ');
    const out = [];
    for (const part of joined.split(/&&|\|\||[;\n]/)) {
        const commands = part
            .split('|')
            .map(c => simpleCommands(c)[0])
            .filter((c) => c !== undefined);
        if (commands.length > 0)
            out.push(commands);
    }
    return out;
}
const DOWNLOADERS = new Set(['curl', 'wget', 'fetch']);
const SHELL_PROGRAMS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);

;// CONCATENATED MODULE: ./src/core/lint/draft.ts

/** "`RUN npm ci`", cut to one short line. */
function quote(step) {
    const first = `${step.keyword} ${step.command.split('\n')[0] ?? ''}`.replace(/\s+/g, ' ').trim();
    return `\`${first.length > 60 ? `${first.slice(0, 59)}…` : first}\``;
}
function at(step) {
    return step.endLine > step.line ? { line: step.line, endLine: step.endLine } : { line: step.line };
}
function runs(steps) {
    return steps.filter(s => s.keyword === 'RUN');
}
const SNAPSHOT = /snapshot\.(debian\.org|ubuntu\.com)|--snapshot\b|APT::Snapshot|^\s*Snapshot:|repro-sources-list|\bapt(-get)?\s+(\S+\s+)*-S\s/im;
function aptInstalls(step) {
    return findInstalls(step.command).filter(i => i.manager === 'apt' && i.words[i.rest - 1] === 'install');
}
/** The final stage and the stages of this file it is built FROM, last first. */
function finalChain(model) {
    const chain = [];
    let stage = model.stages.at(-1);
    while (stage && !chain.includes(stage)) {
        chain.push(stage);
        const image = (stage.from.args[0] ?? '').toLowerCase();
        stage = model.stages.find(s => s.name === image && s.index < stage.index);
    }
    return chain;
}

// EXTERNAL MODULE: ./src/core/context/lockfiles.ts
var lockfiles = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/core/lint/model.ts
var lint_model = __webpack_require__(76);
;// CONCATENATED MODULE: ./src/core/lint/script-checks.ts
// Checks that read RUN scripts: apt options and leftovers, npm ci, cd, downloads, pins, clones and upgrades.




/** apt configured for the whole file: `APT::Install-Recommends "false"` (apt.conf) or `-o APT::Install-Recommends=0`. */
const NO_RECOMMENDS_CONFIG = /Install-Recommends\s*(=|\s)\s*["']?(false|0)/i;
const aptRecommends = ({ model, input }) => runs(model.steps).flatMap(step => {
    if (NO_RECOMMENDS_CONFIG.test(input.text))
        return [];
    const install = aptInstalls(step).find(i => !hasOption(i, '--no-install-recommends', '--without-recommends', '-R'));
    if (install === undefined)
        return [];
    const words = [...install.words];
    words.splice(install.rest, 0, '--no-install-recommends');
    return [
        {
            rule: 'BL013',
            ...at(step),
            message: `${quote(step)} on line ${step.line} installs the recommended packages too.`,
            fix: `Write \`${words.join(' ')}\`, and name any recommended package you do need.`,
            hadolint: 'DL3015',
            step
        }
    ];
});
const NPM_LOCKFILES = lockfiles/* LOCKFILES */.JA.npm;
/** Whether the stage copied an npm lockfile before `upTo`, by name or by a glob or whole copy the context fills. */
function copiedLockfile(stage, upTo, contextNames) {
    for (const s of stage.steps) {
        if (s === upTo)
            return false;
        if (s.keyword !== 'COPY' && s.keyword !== 'ADD')
            continue;
        for (const src of (0,lint_model/* copyOperands */.Qi)(s).sources) {
            const base = src.split('/').at(-1) ?? '';
            if (NPM_LOCKFILES.includes(base))
                return true;
            if (contextNames === null)
                continue;
            const glob = new RegExp(`^${base
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '.*')
                .replace(/\?/g, '.')}$`);
            const whole = src === '.' || src === './' || src === '*';
            if (NPM_LOCKFILES.some(l => contextNames.has(l) && (whole || (base.includes('*') && glob.test(l)))))
                return true;
        }
    }
    return false;
}
const npmCi = ({ model, input }) => {
    const names = input.context ? new Set(input.context.entries.map(e => e.path.replace(/\/+$/, ''))) : null;
    const drafts = [];
    for (const stage of model.stages) {
        for (const step of runs(stage.steps)) {
            const install = findInstalls(step.script).find(i => i.manager === 'npm' &&
                i.words[i.rest - 1] !== 'ci' &&
                packageArgs(i).length === 0 &&
                !hasOption(i, '-g', '--global'));
            if (install === undefined || !copiedLockfile(stage, step, names))
                continue;
            const rest = install.words.slice(install.rest).join(' ');
            drafts.push({
                rule: 'BL014',
                ...at(step),
                message: `${quote(step)} on line ${step.line} runs \`${install.words.join(' ')}\` although package-lock.json is copied: it may install other versions than the lockfile.`,
                fix: `Write \`npm ci${rest === '' ? '' : ` ${rest}`}\`.`,
                step
            });
        }
    }
    return drafts;
};
const cdFirst = ({ model }) => runs(model.steps).flatMap(step => {
    const m = /^\s*cd\s+(\S+)\s*&&\s*(.+)$/s.exec(step.script.replace(/\\\r?\n/g, ' '));
    if (!m)
        return [];
    const dir = m[1].replace(/^["']|["']$/g, '');
    // `cd /tmp/x && ... && rm -rf /tmp/x` is a scratch directory, which WORKDIR would leave behind.
    if (/^\/tmp(\/|$)|^\$|^-$/.test(dir) || step.script.includes(`rm -rf ${dir}`))
        return [];
    const rest = m[2].replace(/\s+/g, ' ').trim();
    return [
        {
            rule: 'BL015',
            ...at(step),
            message: `${quote(step)} on line ${step.line} changes directory with \`cd ${dir}\`, which lasts for this RUN only.`,
            fix: `Write \`WORKDIR ${dir}\` above, and \`RUN ${rest.length > 60 ? `${rest.slice(0, 59)}…` : rest}\` here.`,
            hadolint: 'DL3003',
            step
        }
    ];
});
function urlOf(words) {
    return words.find(w => /^https?:\/\//.test(w)) ?? '<url>';
}
/** Downloads whose output a shell runs: `curl ... | sh`, `sh -c "$(curl ...)"`, `bash <(curl ...)`. */
function pipedToShell(script) {
    for (const pipeline of pipelines(script)) {
        const download = pipeline.findIndex(c => DOWNLOADERS.has(program(c[0])));
        if (download < 0)
            continue;
        if (pipeline.slice(download + 1).some(c => SHELL_PROGRAMS.has(program(c[0]))))
            return pipeline[download];
    }
    const sub = /\b(?:ba|z|da)?sh\s+(?:-c\s+)?["']?(?:\$\(|<\()\s*((?:curl|wget)\s[^)]*)\)/.exec(script);
    return sub ? sub[1].split(/\s+/) : null;
}
const curlShell = ({ model }) => runs(model.steps).flatMap(step => {
    const download = pipedToShell(step.script);
    if (download === null)
        return [];
    const url = urlOf(download);
    return [
        {
            rule: 'BL016',
            ...at(step),
            message: `${quote(step)} on line ${step.line} runs the script that \`${program(download[0])}\` downloads from ${url === '<url>' ? 'the network' : `\`${url}\``}, unverified.`,
            fix: `Download to a file and check a pinned checksum before running it: \`curl -fsSLo /tmp/install.sh ${url} && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh\`.`,
            step
        }
    ];
});
const PIPEFAIL = /pipefail/;
const downloadPipe = ({ model }) => {
    const drafts = [];
    for (const stage of model.stages) {
        let shellHasPipefail = false;
        for (const step of stage.steps) {
            if (step.keyword === 'SHELL')
                shellHasPipefail = PIPEFAIL.test(step.command);
            if (step.keyword !== 'RUN' || shellHasPipefail || PIPEFAIL.test(step.script))
                continue;
            if (pipedToShell(step.script) !== null)
                continue; // BL016 asks for a file and a checksum, which ends the pipe
            const pipe = pipelines(step.script).find(p => p.length > 1 && DOWNLOADERS.has(program(p[0][0])));
            if (pipe === undefined)
                continue;
            drafts.push({
                rule: 'BL017',
                ...at(step),
                message: `${quote(step)} on line ${step.line} pipes \`${program(pipe[0][0])}\` into \`${pipe[1][0]}\`: if the download fails, the step still passes.`,
                fix: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` above this RUN (or start the RUN with `set -o pipefail &&` where /bin/sh has it), or download to a file first.',
                hadolint: 'DL4006',
                step
            });
        }
    }
    return drafts;
};
/** `1.2.3`, `v1.2.3-rc.1`; `9` or `9.1` are ranges to npm. */
const EXACT_VERSION = /^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;
function npmPinned(spec) {
    const at = spec.lastIndexOf('@');
    return at > 0 && EXACT_VERSION.test(spec.slice(at + 1));
}
function isLocal(spec) {
    return /^(\.|\/|~|file:|git\+|https?:)/.test(spec) || /\.(whl|tgz|tar\.gz|zip|gem|crate)$/.test(spec);
}
/** The named packages of an install that carry no exact version. */
function unpinnedPackages(install) {
    const named = packageArgs(install).filter(p => !p.includes('$') && !isLocal(p));
    const sub = install.words[install.rest - 1];
    switch (install.manager) {
        case 'npm':
        case 'pnpm':
            return sub === 'ci' ? [] : named.filter(p => !npmPinned(p));
        case 'yarn':
            return sub === 'add' || sub === 'global' || install.words.includes('global')
                ? named.filter(p => !npmPinned(p))
                : [];
        case 'pip':
            if (hasOption(install, '-c', '--constraint', '--no-index'))
                return [];
            return named.filter(p => !/===?|@/.test(p) && !/^(\.|-)/.test(p));
        case 'bundler':
            if (program(install.words[0]) !== 'gem' || hasOption(install, '-v', '--version'))
                return [];
            return named.filter(p => !/:\d/.test(p));
        case 'go':
            return sub === 'install' ? named.filter(p => /@(latest|master|main|HEAD)$/.test(p)) : [];
        case 'cargo':
            if (sub !== 'install' || hasOption(install, '--version', '--vers', '--rev', '--tag', '--path'))
                return [];
            return named.filter(p => !p.includes('@'));
        default:
            return [];
    }
}
const HADOLINT_PIN = {
    npm: 'DL3016',
    yarn: 'DL3016',
    pnpm: 'DL3016',
    pip: 'DL3013',
    bundler: 'DL3028',
    go: 'DL3062'
};
function pinnedForm(install, name) {
    switch (install.manager) {
        case 'pip':
            return `${name}==<version>`;
        case 'bundler':
            return `${name} -v <version>`;
        case 'go':
            return `${name.replace(/@.*$/, '')}@v<version>`;
        case 'cargo':
            return `${name} --version <version> --locked`;
        default:
            return `${name}@<version>`;
    }
}
const unpinnedPackage = ({ model }) => runs(model.steps).flatMap(step => findInstalls(step.script).flatMap(install => {
    const names = unpinnedPackages(install);
    if (names.length === 0)
        return [];
    const pinned = names.map(n => `\`${pinnedForm(install, n)}\``).join(', ');
    return [
        {
            rule: 'BL023',
            ...at(step),
            message: `${quote(step)} on line ${step.line} installs ${names.map(n => `\`${n}\``).join(', ')} without a version.`,
            fix: `Pin each one: ${pinned} in \`${install.words.slice(0, install.rest).join(' ')} ...\`.`,
            hadolint: HADOLINT_PIN[install.manager],
            step
        }
    ];
}));
const MOVING_BRANCH = /^(main|master|develop|dev|trunk|HEAD|latest|stable|nightly)$/;
const gitClone = ({ model }) => runs(model.steps).flatMap(step => {
    const commands = simpleCommands(step.script);
    const checkout = commands.some(w => program(w[0]) === 'git' &&
        w.slice(1).some((x, i, all) => x === 'checkout' || (x === 'reset' && all[i + 1] === '--hard')));
    if (checkout)
        return [];
    return commands.flatMap(words => {
        if (program(words[0]) !== 'git' || !words.includes('clone'))
            return [];
        const b = words.findIndex(w => w === '-b' || w === '--branch' || w.startsWith('--branch='));
        const ref = b < 0 ? undefined : words[b].includes('=') ? words[b].split('=')[1] : words[b + 1];
        if (words.some(w => w.startsWith('--revision')))
            return [];
        // A tag-like ref (`v1.2.3`) or one from a build arg (`$VERSION`) is a deliberate pin.
        if (ref !== undefined && !MOVING_BRANCH.test(ref) && /\d|\$/.test(ref))
            return [];
        const url = words.find(w => /^(https?|git|ssh):\/\/|^git@/.test(w)) ?? '<url>';
        const dir = url
            .replace(/\.git$/, '')
            .split(/[/:]/)
            .at(-1) || 'src';
        return [
            {
                rule: 'BL024',
                ...at(step),
                message: `${quote(step)} on line ${step.line} clones \`${url}\` at ${ref === undefined ? 'its default branch' : `the branch \`${ref}\``}, which moves.`,
                fix: `Pin a commit: \`git clone --depth 1 --branch <tag> ${url} ${dir} && git -C ${dir} checkout <commit-sha>\`, or \`ADD ${url.endsWith('.git') ? url : `${url}.git`}#<commit-sha> /${dir}\`.`,
                step
            }
        ];
    });
});
function upgradeOf(words) {
    const prog = program(words[0]);
    const sub = words.slice(1).find(w => !w.startsWith('-'));
    const args = words.slice(1).filter(w => !w.startsWith('-'));
    if ((prog === 'apt-get' || prog === 'apt') && /^(upgrade|dist-upgrade|full-upgrade)$/.test(sub ?? ''))
        return { what: `${prog} ${sub}`, hadolint: 'DL3005' };
    if (prog === 'apk' && sub === 'upgrade')
        return { what: 'apk upgrade', hadolint: 'DL3017' };
    if ((prog === 'yum' || prog === 'dnf' || prog === 'microdnf') && /^(update|upgrade)$/.test(sub ?? '')) {
        // `yum update <package>` updates named packages only; without names it upgrades everything.
        if (args.length > 1)
            return null;
        return { what: `${prog} ${sub}`, hadolint: prog === 'yum' ? 'DL3031' : 'DL3039' };
    }
    if (prog === 'zypper' && /^(dist-upgrade|dup|update|up)$/.test(sub ?? ''))
        return { what: `zypper ${sub}`, hadolint: 'DL3035' };
    if (prog === 'rustup' && sub === 'update')
        return { what: 'rustup update' };
    return null;
}
const upgrades = ({ model, input }) => runs(model.steps).flatMap(step => {
    const found = simpleCommands(step.script)
        .map(upgradeOf)
        .filter((u) => u !== null)
        // From a dated snapshot, an apt upgrade installs the same packages every time.
        .filter(u => !(u.what.startsWith('apt') && SNAPSHOT.test(input.text)));
    const first = found[0];
    if (first === undefined)
        return [];
    return [
        {
            rule: 'BL025',
            ...at(step),
            message: `${quote(step)} on line ${step.line} runs \`${first.what}\`: the image gets whatever is newest on the day of the build.`,
            fix: first.what === 'rustup update'
                ? 'Drop `rustup update` and pin the toolchain: `rustup toolchain install 1.<minor>.<patch>` or a `rust-toolchain.toml`, or a `rust:<version>@sha256:<digest>` base.'
                : `Drop \`${first.what}\` from this RUN and take the updates from a newer base image (bump its digest).`,
            hadolint: first.hadolint,
            step
        }
    ];
});
const APT_LOGS_CLEANED = /\brm\s+(-\S+\s+)*[^;&|]*\/var\/log\/(dpkg\.log|\*|apt\b)|\brm\s+(-\S+\s+)*[^;&|]*\/var\/log\/?(\s|$)/;
function mountsAt(step, target) {
    return step.flags.some(f => f.name === 'mount' &&
        f.value !== null &&
        new RegExp(`(target|dst|destination)=${target}(,|$)`).test(f.value));
}
const aptLogs = ({ model }) => finalChain(model)
    .flatMap(stage => runs(stage.steps))
    .filter(step => aptInstalls(step).length > 0)
    .filter(step => !APT_LOGS_CLEANED.test(step.script) && !mountsAt(step, '/var/log'))
    .map(step => ({
    rule: 'BL026',
    ...at(step),
    message: `${quote(step)} on line ${step.line} leaves /var/log/dpkg.log, /var/log/apt and ldconfig's aux-cache in the final image, with the time of the build in them.`,
    step
}));
const useradd = ({ model }) => runs(model.steps).flatMap(step => simpleCommands(step.script).flatMap(words => {
    if (program(words[0]) !== 'useradd')
        return [];
    if (words.some(w => w === '-l' || w === '--no-log-init' || /^-[a-zA-Z]*l/.test(w)))
        return [];
    const u = words.findIndex(w => w === '-u' || w === '--uid');
    const uid = u < 0 ? NaN : Number(words[u + 1]);
    if (!(uid > 99_999))
        return [];
    return [
        {
            rule: 'BL028',
            ...at(step),
            message: `${quote(step)} on line ${step.line} adds UID ${uid} without \`-l\`: /var/log/lastlog grows to about ${Math.round((uid * 292) / 1_048_576)} MiB in the layer.`,
            fix: `Write \`useradd -l -u ${uid} ...\`.`,
            hadolint: 'DL3046',
            step
        }
    ];
}));
const scriptChecks = [
    aptRecommends,
    npmCi,
    cdFirst,
    curlShell,
    downloadPipe,
    unpinnedPackage,
    gitClone,
    upgrades,
    aptLogs,
    useradd
];

;// CONCATENATED MODULE: ./src/core/lint/stage-checks.ts
// Checks that read the instructions of a stage: repeated CMD, the final user, ADD, WORKDIR and registries.



const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];
const HADOLINT_ONCE = { CMD: 'DL4003', ENTRYPOINT: 'DL4004', HEALTHCHECK: 'DL3012' };
const repeated = ({ model }) => {
    const drafts = [];
    for (const stage of model.stages) {
        for (const keyword of ONCE) {
            const steps = stage.steps.filter(s => s.keyword === keyword);
            const last = steps.at(-1);
            for (const step of steps.slice(0, -1)) {
                drafts.push({
                    rule: 'BL018',
                    ...at(step),
                    message: `${quote(step)} on line ${step.line} never takes effect: ${quote(last)} on line ${last.line} replaces it in the same stage.`,
                    fix: `Delete line ${step.line}, or merge it into line ${last.line}.`,
                    hadolint: HADOLINT_ONCE[keyword],
                    step
                });
            }
        }
    }
    return drafts;
};
/** Base images that already switch to a non-root user. */
const NON_ROOT_BASE = /nonroot|non-root|rootless|unprivileged|^(docker\.io\/)?bitnami\/|^cgr\.dev\/chainguard\//i;
const rootUser = ({ model, input }) => {
    const chain = finalChain(model);
    const final = chain[0];
    if (final === undefined)
        return [];
    const users = chain
        .slice()
        .reverse()
        .flatMap(s => s.steps.filter(x => x.keyword === 'USER'));
    const last = users.at(-1);
    const base = (0,lint_images/* imageUses */.YQ)(model, input).find(u => u.step === chain.at(-1).from);
    if (last === undefined) {
        if (base && NON_ROOT_BASE.test(base.image))
            return [];
        return [
            {
                rule: 'BL019',
                ...at(final.from),
                message: `The final stage (FROM on line ${final.from.line}) never sets USER, so the container runs as root${base ? ` unless \`${base.image}\` switches user itself` : ''}.`,
                hadolint: 'DL3002',
                step: final.from
            }
        ];
    }
    const user = (last.args[0] ?? '').split(':')[0];
    if (user !== 'root' && user !== '0')
        return [];
    return [
        {
            rule: 'BL019',
            ...at(last),
            // An explicit root is certain; a missing USER may be set by the base image, so that stays info.
            severity: 'warning',
            message: `\`USER ${last.args[0]}\` on line ${last.line} is the last USER of the final stage, so the container runs as root.`,
            fix: 'Switch back to an unprivileged user after the steps that need root: `USER 10001` (create it with `useradd --system --uid 10001 app`).',
            hadolint: 'DL3002',
            step: last
        }
    ];
};
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i;
const addLocal = ({ model }) => model.steps.flatMap(step => {
    if (step.keyword !== 'ADD' || step.heredoc)
        return [];
    const { sources } = (0,lint_model/* copyOperands */.Qi)(step);
    if (sources.length === 0 || sources.some(lint_model/* isRemote */.Vx) || sources.some(s => ARCHIVE.test(s)))
        return [];
    return [
        {
            rule: 'BL020',
            ...at(step),
            message: `${quote(step)} on line ${step.line} copies local files with ADD.`,
            fix: `Write \`${step.text.replace(/^ADD\b/i, 'COPY')}\`.`,
            hadolint: 'DL3020',
            step
        }
    ];
});
/** The last WORKDIR of the stage (before `upTo`), or of the stages of this file it is built FROM. */
function workdirBefore(model, stage, upTo) {
    const steps = upTo === undefined ? stage.steps : stage.steps.slice(0, stage.steps.indexOf(upTo));
    const own = steps.filter(s => s.keyword === 'WORKDIR').at(-1);
    if (own !== undefined)
        return own;
    const parentName = (stage.from.args[0] ?? '').toLowerCase();
    const parent = model.stages.find(s => s.name === parentName && s.index < stage.index);
    return parent === undefined ? undefined : workdirBefore(model, parent);
}
function absolute(path) {
    return /^(\/|\$|~|[A-Za-z]:[\\/])/.test(path);
}
const relativeCopy = ({ model }) => {
    const drafts = [];
    for (const stage of model.stages) {
        for (const step of stage.steps) {
            if (step.keyword !== 'COPY' && step.keyword !== 'ADD')
                continue;
            const { destination } = (0,lint_model/* copyOperands */.Qi)(step);
            if (destination === null || absolute(destination))
                continue;
            if (workdirBefore(model, stage, step) !== undefined)
                continue;
            drafts.push({
                rule: 'BL021',
                ...at(step),
                message: `${quote(step)} on line ${step.line} copies to the relative \`${destination}\`, and no WORKDIR is set before it.`,
                fix: `Add \`WORKDIR /app\` before line ${step.line}, or write an absolute destination.`,
                hadolint: 'DL3045',
                step
            });
        }
    }
    return drafts;
};
const relativeWorkdir = ({ model }) => {
    const drafts = [];
    for (const stage of model.stages) {
        for (const step of stage.steps) {
            if (step.keyword !== 'WORKDIR')
                continue;
            const dir = step.args[0] ?? '';
            if (dir === '' || absolute(dir))
                continue;
            const noop = dir === '.' || dir === './';
            // After an absolute WORKDIR of this build, a relative one is resolved against ours and is stable.
            if (!noop && workdirBefore(model, stage, step) !== undefined)
                continue;
            drafts.push({
                rule: 'BL022',
                ...at(step),
                message: noop
                    ? `\`WORKDIR ${dir}\` on line ${step.line} does nothing: it names the current directory.`
                    : `\`WORKDIR ${dir}\` on line ${step.line} is relative to the base image's WORKDIR.`,
                fix: noop
                    ? `Delete line ${step.line}, or name the absolute directory you mean.`
                    : `Write \`WORKDIR /${dir.replace(/^\.\//, '')}\`.`,
                hadolint: 'DL3000',
                step
            });
        }
    }
    return drafts;
};
function trusted(image, registries) {
    const full = (0,lint_images/* fullReference */.P$)(image).toLowerCase();
    return registries.some(r => {
        const entry = r.toLowerCase().replace(/\/+$/, '');
        return (full === entry ||
            full.startsWith(`${entry}/`) ||
            full.startsWith(`${entry}:`) ||
            (0,lint_images/* registryOf */.Fv)(image) === entry);
    });
}
const untrustedRegistry = ({ model, input }) => {
    const registries = input.config?.trustedRegistries ?? [];
    if (registries.length === 0)
        return [];
    return (0,lint_images/* imageUses */.YQ)(model, input)
        .filter(u => !trusted(u.image, registries))
        .map(u => ({
        rule: 'BL027',
        ...at(u.step),
        message: `${u.where} on line ${u.step.line}: \`${u.image}\` comes from ${(0,lint_images/* registryOf */.Fv)(u.image)}, which is not in lint.trusted-registries (${registries.join(', ')}).`,
        hadolint: 'DL3026',
        step: u.step
    }));
};
const stageChecks = [
    repeated,
    rootUser,
    addLocal,
    relativeCopy,
    relativeWorkdir,
    untrustedRegistry
];

// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
;// CONCATENATED MODULE: ./src/core/lint/evidence.ts
/** A comparable form of an instruction: vertex prefix and flags dropped, keyword upper-case, spaces collapsed. */
function instructionKey(text) {
    const words = text
        .replace(/\\\r?\n/g, ' ')
        .replace(/^\s*\[[^\]]*\]\s*/, '')
        .trim()
        .split(/\s+/);
    const keyword = (words.shift() ?? '').toUpperCase();
    while (words.length > 0 && words[0].startsWith('--'))
        words.shift();
    return [keyword, ...words].join(' ');
}
function firstLineKey(text) {
    return instructionKey(text.split('\n')[0] ?? '');
}
function stepText(step) {
    return `${step.keyword} ${step.command}`;
}
function sameInstruction(step, other) {
    const text = stepText(step);
    if (instructionKey(text) === instructionKey(other))
        return true;
    // Heredocs: vertex names and diff records may keep only the first line.
    return step.heredoc && firstLineKey(text) === firstLineKey(other);
}
function findEvidence(evidence, step) {
    return evidence?.find(e => sameInstruction(step, e.instruction ?? e.name));
}
function findDiagnosis(diagnoses, step) {
    return diagnoses?.find(d => sameInstruction(step, d.instruction))?.reference;
}
/** "38 s", "1.2 s", "450 ms" */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}
/** "step 5 `RUN npm ci`", from a vertex name like "[5/6] RUN npm ci" or "[build 2/4] RUN ..." */
function stepLabel(e) {
    const number = /^\s*\[(?:[^\]]*\s)?(\d+)\/\d+\]/.exec(e.name)?.[1];
    const instruction = (e.instruction ?? e.name.replace(/^\s*\[[^\]]*\]\s*/, '')).replace(/\s+/g, ' ').trim();
    const shown = instruction.length > 60 ? `${instruction.slice(0, 59)}…` : instruction;
    return number === undefined ? `\`${shown}\`` : `step ${number} \`${shown}\``;
}
/** " (38 s)" or "" */
function durationSuffix(e) {
    return e.durationMs === null ? '' : ` (${formatDuration(e.durationMs)})`;
}

;// CONCATENATED MODULE: ./src/core/lint/checks.ts
// The checks behind each rule: each reads the parsed model (and what the caller measured) and returns drafts.










function unique(items) {
    return [...new Set(items)];
}
const syntax = ({ model }) => model.problems.map(p => ({ rule: 'BL000', line: p.line, message: `Syntax error: ${p.message}.` }));
const MANIFESTS = {
    npm: '`COPY package.json package-lock.json ./`',
    yarn: '`COPY package.json yarn.lock ./`',
    pnpm: '`COPY package.json pnpm-lock.yaml ./`',
    pip: '`COPY requirements.txt ./` (or `pyproject.toml`)',
    uv: '`COPY pyproject.toml uv.lock ./`',
    poetry: '`COPY pyproject.toml poetry.lock ./`',
    go: '`COPY go.mod go.sum ./` and `RUN go mod download`',
    cargo: '`COPY Cargo.toml Cargo.lock ./` and `RUN cargo fetch`',
    bundler: '`COPY Gemfile Gemfile.lock ./`',
    composer: '`COPY composer.json composer.lock ./`',
    maven: '`COPY pom.xml ./` and `RUN mvn -B dependency:go-offline`',
    gradle: '`COPY build.gradle settings.gradle ./` (or the `.kts` files) and `RUN gradle dependencies`',
    apt: '',
    apk: '',
    dnf: ''
};
/** The files each manager's install reads, as a COPY line would name them. */
const MANIFEST_FILES = {
    npm: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json'],
    yarn: ['package.json', 'yarn.lock', '.yarnrc.yml'],
    pnpm: ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml'],
    pip: ['requirements.txt', 'pyproject.toml', 'setup.py', 'setup.cfg'],
    uv: ['pyproject.toml', 'uv.lock'],
    poetry: ['pyproject.toml', 'poetry.lock', 'Pipfile', 'Pipfile.lock'],
    go: ['go.mod', 'go.sum'],
    cargo: ['Cargo.toml', 'Cargo.lock'],
    bundler: ['Gemfile', 'Gemfile.lock'],
    composer: ['composer.json', 'composer.lock'],
    maven: ['pom.xml'],
    gradle: ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'gradle.properties']
};
/** An install that reads the project's manifests (`npm ci`, `pip install -r ...`), not one of named tools. */
function fromManifest(install) {
    const named = packageArgs(install);
    switch (install.manager) {
        case 'npm':
        case 'yarn':
        case 'pnpm':
            return named.length === 0 && !hasOption(install, '-g', '--global') && !install.words.includes('global');
        case 'pip':
            return hasOption(install, '-r', '--requirement') || named.includes('.');
        case 'bundler':
            return program(install.words[0]) === 'bundle';
        case 'go':
            return install.words.includes('download');
        case 'cargo':
            return install.words[install.rest - 1] !== 'install';
        case 'apt':
        case 'apk':
        case 'dnf':
            return false;
        default:
            return true;
    }
}
function copyFirstFix(install, later, copy, input) {
    const manager = install.manager;
    const system = manager === 'apt' || manager === 'apk' || manager === 'dnf';
    if (system)
        return `Move ${quote(later)} above ${quote(copy)}: system packages do not depend on your source.`;
    if (!fromManifest(install) && !(manager === 'pip' && packageArgs(install).includes('.'))) {
        return `Move ${quote(later)} above ${quote(copy)}: it installs named packages, which do not depend on your source.`;
    }
    if (input.context === undefined) {
        return `Copy only the manifests first (${MANIFESTS[manager]}), run the install, and ${quote(copy)} after it.`;
    }
    const present = new Set(input.context.entries.map(e => e.path.replace(/\/+$/, '')));
    const files = (MANIFEST_FILES[manager] ?? []).filter(f => present.has(f));
    if (files.length === 0) {
        return `Copy only the files ${quote(later)} reads first, run it, and ${quote(copy)} after it (the context has no ${(MANIFEST_FILES[manager] ?? []).slice(0, 2).join(' or ')}).`;
    }
    return `Copy only the manifests first (\`COPY ${files.join(' ')} ./\`), run the install, and ${quote(copy)} after it.`;
}
const copyBeforeInstall = ({ model, input }) => {
    const drafts = [];
    for (const stage of model.stages) {
        const seen = new Set();
        stage.steps.forEach((step, index) => {
            // Only an install from the manifests counts: `pip install -U pip` above is not the dependencies.
            if (step.keyword === 'RUN')
                for (const i of findInstalls(step.script))
                    if (fromManifest(i))
                        seen.add(i.manager);
            if (!(0,lint_model/* copiesWholeContext */._R)(step))
                return;
            for (const later of stage.steps.slice(index + 1)) {
                if (later.keyword !== 'RUN')
                    continue;
                // An install of a manager that already ran above the COPY is the project itself (`pip install .`).
                const installs = findInstalls(later.script).filter(i => !seen.has(i.manager));
                if (installs.length === 0)
                    continue;
                const measured = findEvidence(input.evidence, later);
                let evidence;
                if (measured && !measured.cached) {
                    evidence = `${stepLabel(measured)} re-ran after a source-only edit${durationSuffix(measured)} because ${quote(step)} on line ${step.line} comes before it`;
                }
                else if (measured) {
                    evidence = `${stepLabel(measured)} was cached after the measured source-only edit, so this order cost nothing on that build`;
                }
                drafts.push({
                    rule: 'BL001',
                    ...at(step),
                    message: `${quote(step)} on line ${step.line} copies the whole context before ${quote(later)} on line ${later.line}, so every source edit re-runs the install.`,
                    fix: copyFirstFix(installs[0], later, step, input),
                    ...(evidence === undefined ? {} : { evidence }),
                    step: later
                });
                break;
            }
        });
    }
    return drafts;
};
const cacheMount = ({ model, input }) => {
    const drafts = [];
    for (const step of runs(model.steps)) {
        if ((0,lint_model/* hasCacheMount */.El)(step))
            continue;
        const managers = unique(findInstalls(step.command).map(i => i.manager));
        if (managers.length === 0)
            continue;
        const mounts = managers.map(m => CACHE_MOUNT[m]).join(' ');
        const notes = managers.map(m => CACHE_MOUNT_NOTE[m] ?? '').join('');
        const measured = findEvidence(input.evidence, step);
        const evidence = measured && !measured.cached
            ? `${stepLabel(measured)} re-ran on the measured warm build${durationSuffix(measured)} and had to download everything again`
            : undefined;
        drafts.push({
            rule: 'BL002',
            ...at(step),
            message: `${quote(step)} on line ${step.line} runs ${managers.join(', ')} without a cache mount.`,
            fix: `Write \`RUN ${mounts} ...\`${notes}.`,
            ...(evidence === undefined ? {} : { evidence }),
            step
        });
    }
    return drafts;
};
const unpinnedBase = ({ model, input }) => (0,lint_images/* imageUses */.YQ)(model, input).flatMap(use => {
    const { name, tag, digest } = (0,lint_images/* splitImage */.s5)(use.image);
    if (digest !== null)
        return [];
    const image = use.image;
    const what = tag === null
        ? `\`${image}\` has no tag (so \`latest\`) and no digest`
        : tag === 'latest'
            ? `\`${image}\` uses \`latest\` and no digest`
            : `\`${image}\` has a tag but no digest`;
    // `COPY --from=biulder`: a bare name that is no stage is pulled as an image, usually by mistake.
    const typo = use.where !== 'FROM' && tag === null && !image.includes('/');
    const line = use.step.line;
    return [
        {
            rule: 'BL003',
            ...at(use.step),
            message: use.where === 'FROM'
                ? `FROM on line ${line}: ${what}${use.via}.`
                : typo
                    ? `\`${use.where}=${image}\` on line ${line}: no stage is named \`${image}\`, so BuildKit pulls it as the image \`docker.io/library/${image}:latest\`.`
                    : `\`${use.where}=${image}\` on line ${line} copies from an external image: ${what}.`,
            ...(typo
                ? {
                    fix: `Name an earlier stage (\`FROM ... AS ${image}\`), or pin the image you mean: \`${image}:<version>@sha256:<digest>\`.`
                }
                : {
                    fix: `Pin the digest: \`${name}:${tag ?? '<version>'}@sha256:<digest>\` (see \`docker buildx imagetools inspect ${name}:${tag ?? 'latest'}\`), and let Renovate or Dependabot bump it.`
                }),
            hadolint: typo ? 'DL3022' : tag === null ? 'DL3006' : tag === 'latest' ? 'DL3007' : undefined,
            step: use.step
        }
    ];
});
const aptSnapshot = ({ model, input }) => {
    if (SNAPSHOT.test(input.text))
        return [];
    return runs(model.steps)
        .filter(s => aptInstalls(s).length > 0)
        .map(step => ({
        rule: 'BL004',
        ...at(step),
        message: `${quote(step)} on line ${step.line} installs from the live Debian/Ubuntu mirror.`,
        step
    }));
};
const aptLists = ({ model }) => runs(model.steps)
    .filter(step => {
    const updates = simpleCommands(step.command).some(w => /^(apt-get|apt|aptitude)$/.test(w[0]) && w.slice(1).find(x => !x.startsWith('-')) === 'update');
    if (!updates)
        return false;
    const cleaned = /\brm\s+(-\S+\s+)*[^;&|]*\/var\/lib\/apt\/lists/.test(step.command);
    return !cleaned && !(0,lint_model/* hasCacheMount */.El)(step, '/var/lib/apt');
})
    .map(step => ({
    rule: 'BL005',
    ...at(step),
    message: `${quote(step)} on line ${step.line} runs \`apt-get update\` and leaves /var/lib/apt/lists in the layer.`,
    step
}));
const addUrl = ({ model }) => {
    const drafts = [];
    for (const step of model.steps) {
        if (step.keyword !== 'ADD' || (0,lint_model/* flagValue */.y6)(step, 'checksum') !== undefined)
            continue;
        for (const src of (0,lint_model/* copyOperands */.Qi)(step).sources.filter(lint_model/* isRemote */.Vx)) {
            const git = /^git@|^git:\/\/|\.git(#|$)/i.test(src);
            if (git && /#[0-9a-f]{40}$/i.test(src))
                continue;
            drafts.push({
                rule: 'BL006',
                ...at(step),
                message: git
                    ? `ADD on line ${step.line} fetches \`${src}\`, a Git ref that can move.`
                    : `ADD on line ${step.line} fetches \`${src}\` without \`--checksum\`.`,
                fix: git
                    ? `Pin a commit: \`ADD ${src.replace(/#.*$/, '')}#<commit-sha> ...\`.`
                    : `Write \`ADD --checksum=sha256:<hash> ${src} ...\` (Dockerfile syntax 1.6+; get the hash with \`curl -fsSL ${src} | sha256sum\`).`,
                step
            });
        }
    }
    return drafts;
};
const HEAVY = /(^|\/)(\.git|node_modules)$/;
/** A `RUN --mount=type=bind` without `from=` mounts the build context. */
function bindsContext(step) {
    return step.flags.some(f => f.name === 'mount' &&
        f.value !== null &&
        /(^|,)type=bind(,|$)/.test(f.value) &&
        !/(^|,)from=/.test(f.value));
}
const contextChecks = ({ model, input }) => {
    const context = input.context;
    if (context === undefined)
        return [];
    const whole = model.steps.find(lint_model/* copiesWholeContext */._R);
    const firstCopy = model.steps.find(lint_model/* readsContext */.Hz);
    const anchor = whole ?? firstCopy;
    const where = anchor ? at(anchor) : { line: 1 };
    const total = context.totalBytes ?? context.entries.reduce((sum, e) => sum + e.size, 0);
    const ignore = new dockerignore/* DockerignoreMatcher */.no(context.dockerignore ?? '');
    const heavy = context.entries.filter(e => HEAVY.test(e.path.replace(/\/+$/, '')) && (!context.hasDockerignore || !ignore.ignores(e.path)));
    const heavyText = heavy.map(e => `${e.path.replace(/\/+$/, '')} ${(0,format/* formatBytes */.z3)(e.size)}`).join(', ');
    // A Dockerfile that copies nothing from the context sends BuildKit nothing to ignore.
    if (anchor === undefined && !model.steps.some(bindsContext))
        return [];
    if (!context.hasDockerignore) {
        const copied = whole ? `, and ${quote(whole)} on line ${whole.line} copies all of it` : '';
        return [
            {
                rule: 'BL007',
                ...where,
                // Without a whole-context COPY, BuildKit only sends the paths that COPY names.
                severity: whole ? 'warning' : 'info',
                message: `There is no .dockerignore: the context is ${(0,format/* formatBytes */.z3)(total)}${heavyText ? ` (${heavyText})` : ''}${copied}.`,
                ...(anchor ? { step: anchor } : {})
            }
        ];
    }
    if (!whole || heavy.length === 0)
        return [];
    return [
        {
            rule: 'BL008',
            ...where,
            message: `.dockerignore does not exclude ${heavyText} (context ${(0,format/* formatBytes */.z3)(total)}), and ${quote(whole)} on line ${whole.line} copies them into the image.`,
            fix: `Add ${heavy.map(e => `\`${e.path.replace(/^\.?\/+|\/+$/g, '')}\``).join(' and ')} to .dockerignore.`,
            step: whole
        }
    ];
};
const nondeterministic = ({ model }) => runs(model.steps).flatMap(step => {
    const found = clockOrRandomness(step.script);
    if (found.length === 0)
        return [];
    return [
        {
            rule: 'BL009',
            ...at(step),
            message: `${quote(step)} on line ${step.line} uses ${found.join(', ')}: its output changes on every build.`,
            step
        }
    ];
});
const BUILD_TOOLS = new Set([
    'build-essential',
    'build-base',
    'gcc',
    'g++',
    'make',
    'cmake',
    'clang',
    'llvm',
    'autoconf',
    'automake',
    'libtool',
    'pkg-config',
    'pkgconf',
    'ninja-build',
    'golang',
    'rustc',
    'cargo',
    'gcc-c++',
    'musl-dev',
    'libc6-dev',
    'libc-dev',
    'linux-headers'
]);
const REMOVES_PACKAGES = /\b(apt-get|apt)\s+(-\S+\s+)*(purge|remove|autoremove)\b|\bapk\s+(-\S+\s+)*del\b|\b(dnf|yum|microdnf)\s+(-\S+\s+)*(remove|erase)\b/;
function packageName(word) {
    return word.replace(/[=~<>].*$/, '').replace(/:\w+$/, '');
}
function buildToolsOf(install) {
    if (install.manager !== 'apt' && install.manager !== 'apk' && install.manager !== 'dnf')
        return [];
    const sub = install.words[install.rest - 1];
    if (sub !== 'install' && sub !== 'add')
        return [];
    return install.words
        .slice(install.rest)
        .filter(w => !w.startsWith('-') && !w.startsWith('$'))
        .map(packageName)
        .filter(p => BUILD_TOOLS.has(p) || /-(dev|devel)$/.test(p));
}
const OMITS_DEV = /^(--omit=dev|--only=prod(uction)?|--production(=true)?|--prod|-P)$/;
/** An install of a whole JS project that includes devDependencies. */
function installsDevDependencies(install, stageSteps, step) {
    if (install.manager !== 'npm' && install.manager !== 'yarn' && install.manager !== 'pnpm')
        return false;
    const sub = install.words[install.rest - 1];
    if (sub === 'add')
        return false;
    const after = install.words.slice(install.rest);
    if (after.some(w => !w.startsWith('-')))
        return false; // named packages, not the project
    if (after.some((w, i) => OMITS_DEV.test(w) || (w === '--omit' && after[i + 1] === 'dev')))
        return false;
    if (/\bnpm\s+prune\b|NODE_ENV=["']?production/.test(step.command))
        return false;
    const before = stageSteps.slice(0, stageSteps.indexOf(step));
    return !before.some(s => (s.keyword === 'ENV' || s.keyword === 'ARG') && /NODE_ENV[=\s]+["']?production/.test(s.command));
}
/** False when the context's package.json is known and declares no devDependencies. */
function hasDevDependencies(input) {
    const text = input.context?.files?.['package.json'];
    if (text === undefined)
        return true;
    try {
        const pkg = JSON.parse(text);
        if (typeof pkg !== 'object' || pkg === null || !('devDependencies' in pkg))
            return false;
        const dev = pkg.devDependencies;
        return typeof dev === 'object' && dev !== null && Object.keys(dev).length > 0;
    }
    catch {
        return true;
    }
}
const finalStageTools = ({ model, input }) => {
    const drafts = [];
    const multi = model.stages.length > 1;
    for (const stage of finalChain(model)) {
        for (const step of runs(stage.steps)) {
            const installs = findInstalls(step.command);
            const tools = REMOVES_PACKAGES.test(step.command) ? [] : unique(installs.flatMap(buildToolsOf));
            const dev = hasDevDependencies(input)
                ? installs.find(i => installsDevDependencies(i, stage.steps, step))
                : undefined;
            if (tools.length === 0 && dev === undefined)
                continue;
            const what = [
                ...(tools.length > 0 ? [`build tools (${tools.join(', ')})`] : []),
                ...(dev ? [`devDependencies (\`${dev.words.join(' ')}\` keeps them)`] : [])
            ].join(' and ');
            drafts.push({
                rule: 'BL010',
                ...at(step),
                message: `${quote(step)} on line ${step.line} puts ${what} into the final image${multi ? '' : ' of a single-stage build'}.`,
                ...(dev && tools.length === 0
                    ? {
                        fix: `Install with \`${dev.manager === 'npm' ? 'npm ci --omit=dev' : dev.manager === 'yarn' ? 'yarn install --production' : 'pnpm install --prod'}\` in the final stage, and build in an earlier stage.`
                    }
                    : {}),
                step
            });
        }
    }
    return drafts;
};
const OCTAL = /^[0-7]{3,4}$/;
/** Whether a symbolic mode sets every class absolutely (`a=rx`, `u=rwx,go=rx`). */
function absoluteSymbolic(mode) {
    const classes = new Set();
    for (const clause of mode.split(',')) {
        const m = /^([ugoa]*)=([rwxXst]*)$/.exec(clause);
        if (!m)
            return false;
        for (const c of m[1] === '' || m[1].includes('a') ? 'ugo' : m[1])
            classes.add(c);
    }
    return classes.has('u') && classes.has('g') && classes.has('o');
}
function relativeMode(mode) {
    return !mode.includes('$') && !OCTAL.test(mode) && !absoluteSymbolic(mode);
}
function normalize(path) {
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return `/${parts.join('/')}`;
}
function resolvePath(path, workdir) {
    return normalize(path.startsWith('/') ? path : `${workdir}/${path}`);
}
/** Paths in the image that came from the build context, by the stage's COPY/ADD steps before `upTo`. */
function contextPaths(stage, upTo) {
    const paths = [];
    let workdir = '/';
    for (const s of stage.steps) {
        if (s === upTo)
            break;
        if (s.keyword === 'WORKDIR' && s.args[0])
            workdir = resolvePath(s.args[0], workdir);
        if (!(0,lint_model/* readsContext */.Hz)(s))
            continue;
        const { sources, destination } = (0,lint_model/* copyOperands */.Qi)(s);
        if (destination === null)
            continue;
        const dest = resolvePath(destination, workdir);
        const intoDir = destination.endsWith('/') || sources.length > 1 || (0,lint_model/* copiesWholeContext */._R)(s);
        for (const src of sources.filter(x => !(0,lint_model/* isRemote */.Vx)(x))) {
            const base = src.replace(/\/+$/, '').split('/').at(-1) ?? '';
            paths.push(!intoDir || base === '' || base === '.' || base === '*' ? dest : normalize(`${dest}/${base}`));
        }
    }
    return paths;
}
const CHMOD_OPTIONS = /^(-[Rvcf]+|--recursive|--verbose|--changes|--silent|--quiet|--(no-)?preserve-root)$/;
function chmodsOfContextFiles(stage, step) {
    const found = [];
    for (const words of simpleCommands(step.command)) {
        if (words[0].replace(/^.*\//, '') !== 'chmod')
            continue;
        const rest = words.slice(1).filter(w => !CHMOD_OPTIONS.test(w));
        if (rest.some(w => w.startsWith('--reference')))
            continue;
        const [mode, ...operands] = rest;
        if (mode === undefined || !relativeMode(mode))
            continue;
        const copied = contextPaths(stage, step);
        let workdir = '/';
        for (const s of stage.steps) {
            if (s === step)
                break;
            if (s.keyword === 'WORKDIR' && s.args[0])
                workdir = resolvePath(s.args[0], workdir);
        }
        const hits = operands.some(op => {
            const path = resolvePath(op.split('*')[0], workdir);
            return copied.some(c => path === c || path.startsWith(`${c}/`) || (op.includes('*') && c.startsWith(path)));
        });
        if (hits)
            found.push(`chmod ${mode}`);
    }
    return found;
}
const fileModes = ({ model }) => {
    const drafts = [];
    for (const stage of model.stages) {
        for (const step of stage.steps) {
            const chmod = (0,lint_model/* flagValue */.y6)(step, 'chmod');
            if ((step.keyword === 'COPY' || step.keyword === 'ADD') &&
                chmod &&
                (0,lint_model/* readsContext */.Hz)(step) &&
                relativeMode(chmod)) {
                drafts.push({
                    rule: 'BL011',
                    ...at(step),
                    message: `${quote(step)} on line ${step.line} sets the relative mode \`--chmod=${chmod}\` on files from the build context.`,
                    fix: 'Use an absolute octal mode, e.g. `--chmod=0755` for executables and `--chmod=0644` for the rest.',
                    step
                });
            }
            if (step.keyword !== 'RUN')
                continue;
            const chmods = chmodsOfContextFiles(stage, step);
            if (chmods.length === 0)
                continue;
            drafts.push({
                rule: 'BL011',
                ...at(step),
                message: `${quote(step)} on line ${step.line} runs \`${chmods[0]}\` on files copied from the build context.`,
                fix: 'Use an absolute mode (`chmod 0755 <file>`), or set it while copying: `COPY --chmod=0755 ...`.',
                step
            });
        }
    }
    return drafts;
};
const secretArgs = ({ model }) => {
    const drafts = [];
    for (const stage of model.stages) {
        stage.steps.forEach((step, index) => {
            if (step.keyword !== 'ARG')
                return;
            for (const word of step.args)
                flag(step, index, word);
        });
        function flag(step, index, word) {
            const [name, value] = word.split(/=(.*)/s);
            if (!name || !(0,args/* isSecretName */.eh)(name))
                return;
            const users = runs(stage.steps.slice(index + 1)).filter(r => usesVariable(r.command, name));
            const first = users[0];
            if (!first)
                return;
            const more = users.length > 1 ? ` (and ${users.length - 1} more RUN)` : '';
            const fallback = value ? `, and its default value is in the Dockerfile itself` : '';
            drafts.push({
                rule: 'BL012',
                ...at(first),
                message: `\`ARG ${name}\` (line ${step.line}) is used by ${quote(first)} on line ${first.line}${more}: its value is recorded in the image history${fallback}.`,
                fix: `Delete the ARG and mount a secret: \`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name} ...\` (Dockerfile syntax 1.10+; before that read \`/run/secrets/${name.toLowerCase()}\`), passed with \`docker buildx build --secret id=${name.toLowerCase()},env=${name}\`, \`build-lab gate --secret id=${name.toLowerCase()},env=${name}\` or the action's \`secrets: ${name.toLowerCase()}=\${{ secrets.${name} }}\`.`,
                step: first
            });
        }
    }
    return drafts;
};
const checks = [
    ...scriptChecks,
    ...stageChecks,
    syntax,
    copyBeforeInstall,
    cacheMount,
    unpinnedBase,
    aptSnapshot,
    aptLists,
    addUrl,
    contextChecks,
    nondeterministic,
    finalStageTools,
    fileModes,
    secretArgs
];

// EXTERNAL MODULE: ./src/core/json.ts
var core_json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/core/lint/buildkit.ts
// BuildKit's own build checks (`docker buildx build --call=check,format=json`): parsed into findings under BK: ids.


const BUILDKIT_PREFIX = 'BK:';
/** Our rules that flag the same thing as a BuildKit check; a BuildKit finding on the same line as one of them is dropped. */
const BUILDKIT_OVERLAPS = {
    BuildError: ['BL000'],
    MultipleInstructionsDisallowed: ['BL018'],
    WorkdirRelativePath: ['BL022'],
    SecretsUsedInArgOrEnv: ['BL012'],
    UndefinedArgInFrom: ['BL003'],
    InvalidDefaultArgInFrom: ['BL003']
};
/** Checks about spelling only: reported as info. */
const STYLE = new Set([
    'StageNameCasing',
    'FromAsCasing',
    'ConsistentInstructionCasing',
    'LegacyKeyValueFormat',
    'MaintainerDeprecated',
    'NoEmptyContinuation',
    'ExposeProtoCasing'
]);
/** A fix for the checks BuildKit documents; the others point at BuildKit's page. */
const FIXES = {
    JSONArgsRecommended: 'Write the exec form, e.g. `CMD ["node", "server.js"]`, so that the process gets SIGTERM as PID 1 (or `ENTRYPOINT ["/bin/sh", "-c", "exec ..."]`).',
    MultipleInstructionsDisallowed: 'Keep only the last one.',
    WorkdirRelativePath: 'Write an absolute path: `WORKDIR /app`.',
    SecretsUsedInArgOrEnv: 'Pass it with `RUN --mount=type=secret,...` instead of ARG or ENV.',
    DuplicateStageName: 'Give every stage its own `AS` name.',
    ReservedStageName: 'Rename the stage: `scratch` and `context` are reserved.',
    StageNameCasing: 'Write the stage name in lowercase.',
    FromAsCasing: 'Write `AS` in the same case as `FROM`.',
    ConsistentInstructionCasing: 'Write every instruction in the same case (uppercase is usual).',
    LegacyKeyValueFormat: 'Write `ENV key=value` (and `LABEL key=value`).',
    MaintainerDeprecated: 'Replace it with `LABEL org.opencontainers.image.authors="..."`.',
    UndefinedVar: 'Declare the variable with ARG or ENV before it is used, or fix its spelling.',
    UndefinedArgInFrom: 'Declare the ARG before the first FROM.',
    InvalidDefaultArgInFrom: 'Give the ARG a default that makes a valid image reference.',
    FromPlatformFlagConstDisallowed: 'Drop `--platform`, or use `--platform=$BUILDPLATFORM` for a build stage.',
    RedundantTargetPlatform: 'Drop `--platform=$TARGETPLATFORM`: it is the default.',
    CopyIgnoredFile: 'Remove the file from .dockerignore, or stop copying it.',
    NoEmptyContinuation: 'Remove the empty line inside the continued instruction.',
    ExposeProtoCasing: 'Write the protocol in lowercase: `EXPOSE 53/udp`.',
    ExposeInvalidFormat: 'Write only the container port: `EXPOSE 8080`.'
};
function lineNumber(position) {
    return (0,core_json/* isRecord */.u4)(position) && typeof position['line'] === 'number' ? position['line'] : undefined;
}
/** The first range of a BuildKit location, `{ranges: [{start: {line}, end: {line}}]}`; line 1 when missing. */
function lineOf(location) {
    const ranges = (0,core_json/* isRecord */.u4)(location) ? location['ranges'] : undefined;
    const first = Array.isArray(ranges) ? ranges[0] : undefined;
    const start = (0,core_json/* isRecord */.u4)(first) ? lineNumber(first['start']) : undefined;
    const line = start !== undefined && start > 0 ? start : 1;
    const end = ((0,core_json/* isRecord */.u4)(first) ? lineNumber(first['end']) : undefined) ?? line;
    return end > line ? { line, endLine: end } : { line };
}
/** A field of the engine's JSON as one printable line (it comes from outside: no control characters). */
function buildkit_text(value, fallback) {
    const line = typeof value === 'string' ? (0,format/* oneLine */.TN)(value.trim(), 300) : '';
    return line === '' ? fallback : line;
}
const RESOLVE_FAILED = /failed to resolve source metadata|failed to do request|pull access denied|not found/i;
/** Parses the JSON that `docker buildx build --call=check,format=json` prints; throws on anything else. */
function parseBuildkitChecks(json, file) {
    const report = JSON.parse(json);
    if (!(0,core_json/* isRecord */.u4)(report))
        throw new Error('not a JSON object');
    const findings = [];
    const warnings = report['warnings'];
    for (const warning of Array.isArray(warnings) ? warnings : []) {
        if (!(0,core_json/* isRecord */.u4)(warning))
            continue;
        const name = buildkit_text(warning['ruleName'], 'Unknown').replace(/[^A-Za-z0-9]/g, '') || 'Unknown';
        const url = typeof warning['url'] === 'string' && /^https:\/\/[\x21-\x7e]+$/.test(warning['url'])
            ? warning['url']
            : undefined;
        const severity = STYLE.has(name) ? 'info' : 'warning';
        findings.push({
            rule: `${BUILDKIT_PREFIX}${name}`,
            severity,
            file,
            ...lineOf(warning['location']),
            message: `${buildkit_text(warning['detail'], buildkit_text(warning['description'], name))}.`.replace(/\.\.$/, '.'),
            why: `${buildkit_text(warning['description'], 'BuildKit reports this check')}.`.replace(/\.\.$/, '.'),
            fix: FIXES[name] ?? (url ? `See ${url}.` : 'See the BuildKit build checks documentation.'),
            ...(url ? { url } : {})
        });
    }
    let note;
    const error = report['buildError'];
    if ((0,core_json/* isRecord */.u4)(error)) {
        const message = buildkit_text(error['message'], 'the build definition failed');
        if (RESOLVE_FAILED.test(message)) {
            // Not a Dockerfile problem: BuildKit needs the base image's metadata before it runs its checks.
            note = `BuildKit's checks did not run: ${message}`;
        }
        else {
            findings.push({
                rule: `${BUILDKIT_PREFIX}BuildError`,
                severity: 'error',
                file,
                ...lineOf(error['location']),
                message: `BuildKit cannot build this Dockerfile: ${message}.`.replace(/\.\.$/, '.'),
                why: 'BuildKit stops the build at this instruction.',
                fix: 'Correct the instruction on this line.'
            });
        }
    }
    return note === undefined ? { findings } : { findings, note };
}
function covers(f, line) {
    return line >= f.line && line <= (f.endLine ?? f.line);
}
/** BuildKit's findings that none of ours already reports on the same line (or that sit on a line BL000 rejects). */
function withoutOverlaps(buildkit, ours) {
    return buildkit.filter(b => {
        const name = b.rule.slice(BUILDKIT_PREFIX.length);
        const same = new Set(['BL000', ...(BUILDKIT_OVERLAPS[name] ?? [])]);
        return !ours.some(o => same.has(o.rule) && covers(o, b.line));
    });
}
/** The kebab-case name of a BuildKit check: `JSONArgsRecommended` → `json-args-recommended`. */
function buildkitRuleName(id) {
    return id
        .slice(BUILDKIT_PREFIX.length)
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase();
}

;// CONCATENATED MODULE: ./src/core/lint/policy.ts
const RANK = { info: 0, warning: 1, error: 2 };
const PRAGMA = /^\s*#\s*build-lab\s+(ignore|ignore-file)\s*=\s*([A-Za-z0-9:_,\s-]+?)\s*$/;
function ids(list) {
    return list
        .split(/[,\s]+/)
        .map(id => id.trim())
        .filter(id => id !== '');
}
/**
 * Reads `# build-lab ignore=BL003,BL004` (for the next instruction: the comment block right above it)
 * and `# build-lab ignore-file=BL003` (anywhere, for the whole file).
 */
function parseIgnores(text) {
    const ignores = { file: new Set(), lines: new Map() };
    const lines = text.split(/\r?\n/);
    let pending = [];
    lines.forEach((line, index) => {
        const m = PRAGMA.exec(line);
        if (m) {
            if (m[1] === 'ignore-file')
                for (const id of ids(m[2]))
                    ignores.file.add(id);
            else
                pending.push(...ids(m[2]));
            return;
        }
        if (/^\s*#/.test(line) || line.trim() === '')
            return;
        if (pending.length > 0)
            ignores.lines.set(index + 1, new Set(pending));
        pending = [];
    });
    return ignores;
}
function ignored(f, ignores, disabled) {
    if (disabled.has(f.rule) || ignores.file.has(f.rule))
        return true;
    return ignores.lines.get(f.line)?.has(f.rule) ?? false;
}
/** Drops ignored and disabled findings, and applies severity overrides. */
function applyPolicy(findings, text, config) {
    const ignores = parseIgnores(text);
    const disabled = new Set(config?.disable ?? []);
    return findings
        .filter(f => !ignored(f, ignores, disabled))
        .map(f => {
        const severity = config?.severity[f.rule];
        return severity === undefined || severity === f.severity ? f : { ...f, severity };
    });
}
/** Whether any finding is at `level` or above: the check fails (exit 1). */
function failsAt(findings, level) {
    return findings.some(f => RANK[f.severity] >= RANK[level]);
}

;// CONCATENATED MODULE: ./src/core/lint/rules.ts
// The rule catalogue: id, name, default severity, and the generic why and fix of every lint rule.

const rules = [
    {
        id: 'BL000',
        name: 'syntax-error',
        severity: 'error',
        title: 'The Dockerfile does not parse',
        why: 'BuildKit refuses a Dockerfile it cannot parse, and the other rules cannot read this instruction reliably.',
        fix: 'Correct the instruction on this line.',
        hadolint: ['DL3021', 'DL3023', 'DL3043', 'DL3061'],
        kind: 'syntax'
    },
    {
        id: 'BL001',
        name: 'copy-context-before-install',
        severity: 'warning',
        title: 'The whole context is copied before the dependency install',
        why: 'Any edit to any file changes the `COPY . .` layer, so BuildKit re-runs every step after it, the slow install included.',
        fix: 'Copy only the dependency manifests first, run the install, then `COPY . .`.',
        hadolint: [],
        kind: 'efficiency'
    },
    {
        id: 'BL002',
        name: 'install-without-cache-mount',
        severity: 'warning',
        title: 'A package install runs without a cache mount',
        why: 'Each time the step re-runs, the package manager downloads everything again, and its download cache either stays in the layer (size) or is thrown away; a cache mount keeps it between builds, outside the image.',
        fix: 'Add `--mount=type=cache,target=<the manager cache directory>` to the RUN.',
        hadolint: ['DL3019', 'DL3032', 'DL3036', 'DL3040', 'DL3042', 'DL3060'],
        kind: 'efficiency'
    },
    {
        id: 'BL003',
        name: 'unpinned-base-image',
        severity: 'warning',
        title: 'An image is not pinned by digest',
        why: 'A tag moves whenever its publisher pushes, so the same Dockerfile builds on a different base (or copies different files from `COPY --from=<image>`) tomorrow.',
        fix: 'Pin the digest, e.g. `FROM node:22@sha256:<digest>` (see `docker buildx imagetools inspect node:22`), and let Renovate or Dependabot bump it.',
        hadolint: ['DL3006', 'DL3007', 'DL3022'],
        kind: 'reproducibility'
    },
    {
        id: 'BL004',
        name: 'apt-without-snapshot',
        severity: 'warning',
        title: 'apt installs from the live mirror, not a pinned snapshot',
        why: 'apt installs whatever the mirror serves on the day of the build, so a rebuild after the next security update gives other packages.',
        fix: 'Point apt at a dated snapshot: `apt-get update --snapshot <YYYYMMDDTHHMMSSZ>` (apt 2.7+: Debian trixie, Ubuntu 24.04), or on bookworm rewrite the sources to `http://snapshot.debian.org/archive/debian/<YYYYMMDDTHHMMSSZ>/`.',
        hadolint: ['DL3008'],
        kind: 'reproducibility'
    },
    {
        id: 'BL005',
        name: 'apt-lists-left-behind',
        severity: 'warning',
        title: 'apt-get update leaves its package lists in the layer',
        why: '`apt-get update` writes tens of MB of package lists into the layer: the image grows, and its content changes whenever the mirror does.',
        fix: 'End the same RUN with `rm -rf /var/lib/apt/lists/*`, or keep the lists in a cache mount: `--mount=type=cache,target=/var/lib/apt,sharing=locked`.',
        hadolint: ['DL3009'],
        kind: 'reproducibility'
    },
    {
        id: 'BL006',
        name: 'add-url-without-checksum',
        severity: 'warning',
        title: 'ADD fetches a URL without --checksum',
        why: 'BuildKit downloads the URL on every uncached build and uses whatever comes back; if the file changes upstream, the image changes silently.',
        fix: 'Add `--checksum=sha256:<hash>` (Dockerfile syntax 1.6+), or pin a Git source to a commit: `ADD <repo>.git#<commit-sha> <dest>`.',
        hadolint: [],
        kind: 'reproducibility'
    },
    {
        id: 'BL007',
        name: 'missing-dockerignore',
        severity: 'warning',
        title: 'The context has no .dockerignore',
        why: 'Without a .dockerignore, `COPY . .` sends and copies everything, `.git` and local build output included: slower transfers, cache misses on unrelated edits, and files that differ between checkouts.',
        fix: 'Add a .dockerignore that lists at least `.git`, `node_modules` and your build output.',
        hadolint: [],
        kind: 'efficiency'
    },
    {
        id: 'BL008',
        name: 'context-includes-git-or-deps',
        severity: 'warning',
        title: 'The context sends .git or node_modules',
        why: '`.git` changes on every commit and `node_modules` depends on the host; copied into the image, each one busts the cache and makes the image differ between checkouts.',
        fix: 'Add `.git` and `node_modules` to .dockerignore.',
        hadolint: [],
        kind: 'efficiency'
    },
    {
        id: 'BL009',
        name: 'run-uses-clock-or-randomness',
        severity: 'error',
        title: 'A RUN step reads the clock or a random source',
        why: 'Each build writes a different value, so two builds of the same source never give the same digest.',
        fix: 'Use `$SOURCE_DATE_EPOCH` instead of the clock (`date -u -d "@$SOURCE_DATE_EPOCH"`), a fixed seed or a build arg instead of randomness, and create per-instance values when the container starts.',
        hadolint: [],
        kind: 'reproducibility'
    },
    {
        id: 'BL010',
        name: 'build-tools-in-final-stage',
        severity: 'warning',
        title: 'The final stage installs build tools',
        why: 'Compilers, headers and devDependencies are only needed to build; in the shipped image they add size and attack surface.',
        fix: 'Build in an earlier stage (`FROM ... AS build`) and `COPY --from=build` only the output into a slim final stage; in the final stage install runtime dependencies only.',
        hadolint: [],
        kind: 'efficiency'
    },
    {
        id: 'BL011',
        name: 'relative-file-mode',
        severity: 'warning',
        title: 'A relative file mode keeps bits from the checkout',
        why: 'A relative mode (`+x`, `g+w`) keeps the other bits of files from the build context, and a git checkout takes those from the umask (0644 on one machine, 0664 on another), so the layer differs between machines.',
        fix: 'Use an absolute octal mode: `COPY --chmod=0755 ...` or `chmod 0755 <file>`.',
        hadolint: [],
        kind: 'reproducibility'
    },
    {
        id: 'BL012',
        name: 'secret-build-arg',
        severity: 'error',
        title: 'A secret-looking ARG is used by RUN',
        why: 'The value of a build arg used by RUN is recorded in the image history, as `RUN |1 NPM_TOKEN=<value> ...`, and ships with the image.',
        fix: "Delete the ARG and mount a secret: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN ...` (Dockerfile syntax 1.10+; before that read `/run/secrets/npm_token`), passed with `docker buildx build --secret id=npm_token,env=NPM_TOKEN`, `build-lab gate --secret id=npm_token,env=NPM_TOKEN` or the action's `secrets: npm_token=${{ secrets.NPM_TOKEN }}`.",
        hadolint: [],
        kind: 'security'
    },
    {
        id: 'BL013',
        name: 'apt-install-recommends',
        severity: 'warning',
        title: 'apt-get install pulls in recommended packages',
        why: 'Without `--no-install-recommends`, apt also installs every package the named ones recommend: often tens of MB that nothing uses, more downloads on each uncached build, and more packages whose updates change the image.',
        fix: 'Write `apt-get install -y --no-install-recommends <packages>`, and name any recommended package you do need.',
        hadolint: ['DL3015'],
        kind: 'efficiency'
    },
    {
        id: 'BL014',
        name: 'npm-install-with-lockfile',
        severity: 'warning',
        title: '`npm install` runs where a lockfile exists',
        why: '`npm install` may resolve newer versions than package-lock.json and rewrites it, so two builds of the same commit can install different packages; `npm ci` installs exactly the lockfile and fails when it is out of date.',
        fix: 'Use `npm ci` (with `--omit=dev` in a final stage).',
        hadolint: [],
        kind: 'reproducibility'
    },
    {
        id: 'BL015',
        name: 'cd-instead-of-workdir',
        severity: 'info',
        title: 'RUN starts with `cd` where WORKDIR belongs',
        why: 'A `cd` lasts for one RUN only, so the next RUN, COPY and CMD run somewhere else; WORKDIR sets the directory for every later instruction and creates it.',
        fix: 'Put `WORKDIR <dir>` before the RUN and drop the `cd`.',
        hadolint: ['DL3003'],
        kind: 'correctness'
    },
    {
        id: 'BL016',
        name: 'download-piped-to-shell',
        severity: 'warning',
        title: 'A download is piped into a shell unverified',
        why: 'The script runs whatever the server sends on the day of the build: a changed installer changes the image, and a compromised one runs as root in your build.',
        fix: 'Download to a file, check it against a pinned checksum, then run it: `curl -fsSLo /tmp/install.sh <url> && echo "<sha256>  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh`.',
        hadolint: [],
        kind: 'security'
    },
    {
        id: 'BL017',
        name: 'download-pipe-without-pipefail',
        severity: 'warning',
        title: 'A download is piped without pipefail',
        why: 'A shell pipeline succeeds when its last command does, so a failed or truncated download (`curl ... | tar x`) still gives a passing step and an image with missing files.',
        fix: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (or start it with `set -o pipefail &&` where the shell has it), or download to a file first.',
        hadolint: ['DL4006'],
        kind: 'reproducibility'
    },
    {
        id: 'BL018',
        name: 'repeated-cmd-entrypoint',
        severity: 'warning',
        title: 'A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK',
        why: 'Only the last one of each takes effect, so the earlier one is dead code that readers take for what the container runs.',
        fix: 'Delete the earlier one, or merge them into the last.',
        hadolint: ['DL4003', 'DL4004', 'DL3012'],
        kind: 'correctness'
    },
    {
        id: 'BL019',
        name: 'final-stage-runs-as-root',
        severity: 'info',
        title: 'The final image runs as root',
        why: 'A process that runs as root in the container is root on the host files it can reach; a flaw in the app then gives an attacker full control of the container.',
        fix: 'Create a user and switch to it at the end of the final stage: `RUN useradd --system --uid 10001 app` (alpine: `adduser -S -u 10001 app`) and `USER 10001`.',
        hadolint: ['DL3002'],
        kind: 'security'
    },
    {
        id: 'BL020',
        name: 'add-local-file',
        severity: 'warning',
        title: 'ADD copies local files',
        why: '`ADD` also unpacks archives and fetches URLs, so the same line does different things depending on what the file is; `COPY` does exactly one thing.',
        fix: 'Use `COPY` for files and directories; keep `ADD` for archives you mean to unpack.',
        hadolint: ['DL3020'],
        kind: 'correctness'
    },
    {
        id: 'BL021',
        name: 'relative-copy-without-workdir',
        severity: 'warning',
        title: 'COPY to a relative destination without WORKDIR',
        why: "A relative destination is resolved against the base image's WORKDIR, which this Dockerfile does not set: files land in `/` or wherever the next base image version points.",
        fix: 'Set `WORKDIR /app` (or another absolute path) before the COPY.',
        hadolint: ['DL3045'],
        kind: 'reproducibility'
    },
    {
        id: 'BL022',
        name: 'relative-workdir',
        severity: 'warning',
        title: 'WORKDIR is a relative path',
        why: 'A relative WORKDIR is resolved against the previous one, which may come from the base image, so the directory moves when the base image changes; `WORKDIR .` does nothing at all.',
        fix: 'Write an absolute path: `WORKDIR /app`.',
        hadolint: ['DL3000'],
        kind: 'correctness'
    },
    {
        id: 'BL023',
        name: 'unpinned-package',
        severity: 'warning',
        title: 'A package is installed by name without a version',
        why: 'An install by name takes the newest release on the day of the build, so a rebuild of the same commit gets other code, and a breaking release fails it.',
        fix: 'Pin the version: `npm install -g pkg@1.2.3`, `pip install pkg==1.2.3`, `gem install pkg -v 1.2.3`, `go install pkg@v1.2.3`, `cargo install pkg --version 1.2.3 --locked`.',
        hadolint: ['DL3013', 'DL3016', 'DL3028', 'DL3062'],
        kind: 'reproducibility'
    },
    {
        id: 'BL024',
        name: 'git-clone-without-ref',
        severity: 'warning',
        title: '`git clone` fetches a moving branch',
        why: 'A clone without a pinned ref takes whatever the default branch holds on the day of the build, so the same Dockerfile builds other code tomorrow.',
        fix: 'Clone a tag and check out its commit: `git clone --depth 1 --branch v1.2.3 <url> dir && git -C dir checkout <commit-sha>`, or use `ADD <url>.git#<commit-sha> dir`.',
        hadolint: [],
        kind: 'reproducibility'
    },
    {
        id: 'BL025',
        name: 'upgrade-in-build',
        severity: 'warning',
        title: 'A RUN upgrades packages or a toolchain to the newest release',
        why: '`apt-get upgrade`, `apk upgrade`, `dnf upgrade` and `rustup update` install whatever is newest on the day of the build, so the image changes with the calendar, not with your source, and grows by a second copy of every upgraded file.',
        fix: 'Take the updates from a newer base image instead (bump its digest); pin a toolchain with `rustup toolchain install <version>` or `rust-toolchain.toml`.',
        hadolint: ['DL3005', 'DL3017', 'DL3031', 'DL3035', 'DL3039'],
        kind: 'reproducibility'
    },
    {
        id: 'BL026',
        name: 'apt-logs-left-behind',
        severity: 'warning',
        title: 'apt and dpkg leave logs and caches in the layer',
        why: 'Every `apt-get install` writes /var/log/dpkg.log, /var/log/apt/*, /var/log/alternatives.log and /var/cache/ldconfig/aux-cache with the wall-clock time of the build in them, so two builds never give the same layer.',
        fix: 'End the same RUN with `rm -rf /var/log/apt /var/log/dpkg.log /var/log/alternatives.log /var/cache/ldconfig/aux-cache /var/cache/debconf/*-old`.',
        hadolint: [],
        kind: 'reproducibility'
    },
    {
        id: 'BL027',
        name: 'untrusted-registry',
        severity: 'error',
        title: 'An image comes from a registry outside the trusted list',
        why: 'Your `.build-lab.yml` lists the registries images may come from; an image from anywhere else is outside what your team reviews and mirrors.',
        fix: 'Use an image from a trusted registry (or mirror this one there), or add the registry to `lint.trusted-registries` in `.build-lab.yml`.',
        hadolint: ['DL3026'],
        kind: 'security'
    },
    {
        id: 'BL028',
        name: 'useradd-high-uid',
        severity: 'warning',
        title: '`useradd` with a high UID and without `-l`',
        why: 'useradd writes the user into /var/log/lastlog and /var/log/faillog at an offset of the UID; with a UID in the millions these sparse files become hundreds of MB in the layer, because layers do not keep holes.',
        fix: 'Add `-l` (`--no-log-init`): `useradd -l -u <uid> ...`.',
        hadolint: ['DL3046'],
        kind: 'efficiency'
    }
];
const byId = new Map(rules.map(r => [r.id, r]));
function ruleInfo(id) {
    const rule = byId.get(id);
    if (rule === undefined)
        throw new Error(`unknown lint rule ${id}`);
    return rule;
}
/** The kebab-case name of any rule id, ours or BuildKit's (`BK:JSONArgsRecommended`). */
function ruleName(id) {
    return id.startsWith(BUILDKIT_PREFIX) ? buildkitRuleName(id) : ruleInfo(id).name;
}

;// CONCATENATED MODULE: ./src/core/lint/engine.ts
// lintDockerfile: runs every check over one Dockerfile and returns sorted findings; pure, and it never throws.






function toFinding(draft, input) {
    const rule = ruleInfo(draft.rule);
    const finding = {
        rule: rule.id,
        severity: draft.severity ?? rule.severity,
        file: input.file,
        line: draft.line,
        message: draft.message,
        why: draft.why ?? rule.why,
        fix: draft.fix ?? rule.fix
    };
    if (draft.endLine !== undefined && draft.endLine > draft.line)
        finding.endLine = draft.endLine;
    if (draft.evidence !== undefined)
        finding.evidence = draft.evidence;
    if (draft.hadolint !== undefined)
        finding.hadolint = draft.hadolint;
    const diagnosis = rule.kind === 'reproducibility' && draft.step ? findDiagnosis(input.diagnoses, draft.step) : undefined;
    if (diagnosis !== undefined)
        finding.diagnosis = diagnosis;
    return finding;
}
/**
 * Lints one Dockerfile: our rules, then BuildKit's findings (when given) that ours do not already report,
 * then ignores and config. Syntax errors come back as BL000 findings with their line, never as exceptions.
 */
function lintDockerfile(input) {
    const model = (0,lint_model/* buildModel */.yK)(input.text);
    const findings = [];
    for (const check of checks) {
        try {
            findings.push(...check({ model, input }).map(d => toFinding(d, input)));
        }
        catch (error) {
            // A rule that trips over an odd Dockerfile must not hide the others.
            const reason = error instanceof Error ? error.message : String(error);
            findings.push(toFinding({ rule: 'BL000', line: 1, message: `The linter could not check this file fully: ${reason}.` }, input));
        }
    }
    // A line that does not parse gives BL000 alone: what other rules read there is not reliable.
    const rejected = findings.filter(f => f.rule === 'BL000' && f.message.startsWith('Syntax error'));
    const ours = findings.filter(f => f.rule === 'BL000' || !rejected.some(r => f.line >= r.line && f.line <= (r.endLine ?? r.line)));
    const all = [...ours, ...withoutOverlaps(input.buildkit ?? [], ours)];
    return applyPolicy(all, input.text, input.config).sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
function hasErrors(findings) {
    return findings.some(f => f.severity === 'error');
}

;// CONCATENATED MODULE: ./src/core/lint/render-text.ts
// Renders lint findings as plain text for a terminal: one block per finding, then a count.

function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function summarize(findings) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
function renderLintText(findings) {
    if (findings.length === 0)
        return 'No lint findings.\n';
    const blocks = findings.map(f => {
        const lines = [
            `${f.file}:${f.line}: ${f.severity} ${f.rule} ${ruleName(f.rule)}${f.hadolint ? ` (hadolint ${f.hadolint})` : ''}`,
            `  ${f.message}`,
            `  why: ${f.why}`,
            `  fix: ${f.fix}`
        ];
        if (f.evidence !== undefined)
            lines.push(`  measured: ${f.evidence}`);
        if (f.diagnosis !== undefined)
            lines.push(`  diagnosis: ${f.diagnosis}`);
        if (f.url !== undefined)
            lines.push(`  see: ${f.url}`);
        return lines.join('\n');
    });
    const c = summarize(findings);
    const total = `${plural(findings.length, 'finding')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
    return `${blocks.join('\n\n')}\n\n${total}\n`;
}

;// CONCATENATED MODULE: ./src/core/lint/sarif.ts
// Renders lint findings as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.


const LEVEL = {
    error: 'error',
    warning: 'warning',
    info: 'note'
};
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(path) {
    return path
        .replace(/\\/g, '/')
        .split('/')
        .map(segment => encodeURIComponent(segment))
        .join('/');
}
function resultText(f) {
    const parts = [f.message];
    if (f.evidence !== undefined)
        parts.push(`Measured: ${f.evidence}.`);
    parts.push(`Fix: ${f.fix}`);
    if (f.diagnosis !== undefined)
        parts.push(`Diagnosis: ${f.diagnosis}`);
    return parts.join(' ');
}
function renderSarif(findings, toolVersion, options = {}) {
    const docs = options.informationUri;
    // BuildKit's checks are not in our catalogue: list those that reported, with BuildKit's own page.
    const buildkit = [
        ...new Map(findings.filter(f => f.rule.startsWith(BUILDKIT_PREFIX)).map(f => [f.rule, f])).values()
    ];
    const index = new Map([...rules.map(r => r.id), ...buildkit.map(f => f.rule)].map((id, i) => [id, i]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'build-lab',
                        version: toolVersion,
                        ...(docs === undefined ? {} : { informationUri: docs }),
                        rules: [
                            ...rules.map(r => ({
                                id: r.id,
                                name: r.name,
                                shortDescription: { text: r.title },
                                fullDescription: { text: r.why },
                                help: { text: `${r.why} Fix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
                                ...(docs === undefined ? {} : { helpUri: `${docs}#${r.id.toLowerCase()}-${r.name}` }),
                                defaultConfiguration: { level: LEVEL[r.severity] },
                                properties: { tags: [r.kind], ...(r.hadolint.length > 0 ? { hadolint: r.hadolint } : {}) }
                            })),
                            ...buildkit.map(f => ({
                                id: f.rule,
                                name: ruleName(f.rule),
                                shortDescription: { text: f.why },
                                help: { text: `${f.why} Fix: ${f.fix}` },
                                ...(f.url === undefined ? {} : { helpUri: f.url }),
                                defaultConfiguration: { level: LEVEL[f.severity] },
                                properties: { tags: ['buildkit'] }
                            }))
                        ]
                    }
                },
                results: findings.map(f => {
                    const region = { startLine: Math.max(1, f.line) };
                    if (f.endLine !== undefined && f.endLine > region.startLine)
                        region.endLine = f.endLine;
                    const properties = { why: f.why, fix: f.fix };
                    if (f.evidence !== undefined)
                        properties.evidence = f.evidence;
                    if (f.diagnosis !== undefined)
                        properties.diagnosis = f.diagnosis;
                    if (f.hadolint !== undefined)
                        properties.hadolint = f.hadolint;
                    return {
                        ruleId: f.rule,
                        ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
                        level: LEVEL[f.severity],
                        message: { text: resultText(f) },
                        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.file) }, region } }],
                        properties
                    };
                })
            }
        ]
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/lint/config.ts
// The `lint:` section of .build-lab.yml: parsed and checked, with one clear line for each mistake.




const SEVERITIES = ['error', 'warning', 'info'];
const RULE_ID = /^(BL\d{3}|BK:[A-Za-z]+)$/;
const KEYS = ['disable', 'severity', 'trusted-registries', 'fail-level', 'buildkit'];
const EMPTY_LINT_CONFIG = { disable: [], severity: {}, trustedRegistries: [] };
function severity(value, where) {
    const found = SEVERITIES.find(s => s === value);
    if (found === undefined)
        throw new errors/* BuildLabError */.CG(`${where} must be one of error, warning, info`);
    return found;
}
function ruleIds(value, where) {
    if (!Array.isArray(value))
        throw new errors/* BuildLabError */.CG(`${where} must be a list of rule ids, e.g. [BL015]`);
    return value.map(id => {
        if (typeof id !== 'string' || !RULE_ID.test(id)) {
            throw new errors/* BuildLabError */.CG(`${where}: ${JSON.stringify(id)} is not a rule id (BL015, BK:JSONArgsRecommended)`);
        }
        if (id.startsWith('BL') && !rules.some(r => r.id === id)) {
            throw new errors/* BuildLabError */.CG(`${where}: there is no rule ${id} (docs/lint.md lists them)`);
        }
        return id;
    });
}
/** Parses .build-lab.yml; a file without a `lint:` section gives the empty config. Throws BuildLabError (exit 2). */
function parseLintConfig(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new errors/* BuildLabError */.CG(`${file} is not valid YAML: ${reason}`);
    }
    if (doc === null || doc === undefined)
        return EMPTY_LINT_CONFIG;
    if (!(0,core_json/* isRecord */.u4)(doc))
        throw new errors/* BuildLabError */.CG(`${file} must be a mapping with a lint: section`);
    const lint = doc['lint'];
    if (lint === undefined || lint === null)
        return EMPTY_LINT_CONFIG;
    if (!(0,core_json/* isRecord */.u4)(lint))
        throw new errors/* BuildLabError */.CG(`${file}: lint must be a mapping (disable, severity, trusted-registries, fail-level, buildkit)`);
    const unknown = Object.keys(lint).find(k => !KEYS.includes(k));
    if (unknown !== undefined) {
        throw new errors/* BuildLabError */.CG(`${file}: lint.${unknown} is not a setting; use ${KEYS.join(', ')}`);
    }
    const config = {
        disable: lint['disable'] === undefined ? [] : ruleIds(lint['disable'], `${file}: lint.disable`),
        severity: {},
        trustedRegistries: []
    };
    const overrides = lint['severity'];
    if (overrides !== undefined) {
        if (!(0,core_json/* isRecord */.u4)(overrides))
            throw new errors/* BuildLabError */.CG(`${file}: lint.severity must map rule ids to error, warning or info`);
        for (const [id, value] of Object.entries(overrides)) {
            ruleIds([id], `${file}: lint.severity`);
            config.severity[id] = severity(value, `${file}: lint.severity.${id}`);
        }
    }
    const registries = lint['trusted-registries'];
    if (registries !== undefined) {
        if (!Array.isArray(registries) ||
            !registries.every(r => typeof r === 'string' && /^[^\s/]+(\/[^\s]+)?$/.test(r))) {
            throw new errors/* BuildLabError */.CG(`${file}: lint.trusted-registries must be a list of registries, e.g. [ghcr.io/my-org, docker.io]`);
        }
        config.trustedRegistries = registries;
    }
    if (lint['fail-level'] !== undefined)
        config.failLevel = severity(lint['fail-level'], `${file}: lint.fail-level`);
    if (lint['buildkit'] !== undefined) {
        if (typeof lint['buildkit'] !== 'boolean')
            throw new errors/* BuildLabError */.CG(`${file}: lint.buildkit must be true or false`);
        config.buildkit = lint['buildkit'];
    }
    return config;
}

;// CONCATENATED MODULE: ./src/core/lint/index.ts
// The Dockerfile lint engine: rules over a parsed Dockerfile, and text and SARIF renderers of the findings.









/***/ }),

/***/ 76:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   El: () => (/* binding */ hasCacheMount),
/* harmony export */   Hz: () => (/* binding */ readsContext),
/* harmony export */   Qi: () => (/* binding */ copyOperands),
/* harmony export */   Vx: () => (/* reexport safe */ _dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__.Vx),
/* harmony export */   _R: () => (/* binding */ copiesWholeContext),
/* harmony export */   y6: () => (/* reexport safe */ _dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__.y6),
/* harmony export */   yK: () => (/* binding */ buildModel)
/* harmony export */ });
/* unused harmony exports executedScript, sourcesOf */
/* harmony import */ var _dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2715);
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8390);
// Turns Dockerfile text into stages and steps (via the Dockerfile reader), and lists its syntax problems.



const KEYWORDS = new Set(Object.values(dockerfile_ast__WEBPACK_IMPORTED_MODULE_1__.Keyword));
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}
const SHELLS = /^(\S*\/)?(sh|bash|dash|ash|zsh|ksh)$/;
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
/** See `Step.script`. */
function executedScript(command, heredoc) {
    if (!heredoc)
        return command;
    const lines = command.split('\n');
    const out = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        out.push(line);
        i++;
        const docs = [...line.matchAll(HEREDOC)];
        if (docs.length === 0)
            continue;
        // What the heredoc feeds: the words before the first `<<` on this line.
        const before = line.slice(0, docs[0].index).trim();
        const fed = before.split(/\s+/).filter(w => w !== '' && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w))[0];
        const executes = fed === undefined || SHELLS.test(fed);
        for (const doc of docs) {
            const [, dash, quoteMark, name] = doc;
            const body = [];
            while (i < lines.length) {
                const text = dash === '-' ? lines[i].replace(/^\t+/, '') : lines[i];
                i++;
                if (text === name)
                    break;
                body.push(lines[i - 1]);
            }
            if (executes)
                out.push(...body);
            else if (quoteMark === '')
                out.push(...body.flatMap(b => b.match(/\$\([^)]*\)|`[^`]*`/g) ?? []));
        }
    }
    return out.join('\n');
}
function toStep(instruction) {
    const keyword = instruction.keyword;
    const flags = instruction.flags.map(f => ({
        name: f.name.toLowerCase(),
        value: f.value,
        valueSpan: f.valueSpan
    }));
    const heredoc = instruction.heredocs.length > 0;
    const command = keyword === 'RUN' ? (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommand */ .d1)(instruction) : instruction.content;
    const flagText = flags.map(f => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`)).join(' ');
    return {
        keyword,
        line: instruction.line,
        endLine: instruction.endLine,
        flags,
        args: instruction.args,
        argSpans: instruction.argSpans,
        command,
        script: keyword === 'RUN' ? executedScript(command, heredoc) : '',
        text: collapse(`${keyword} ${flagText} ${instruction.content}`),
        stage: instruction.stage,
        heredoc,
        instruction
    };
}
function syntaxProblems(step) {
    const problems = [];
    const at = (message) => {
        problems.push({ line: step.line, message });
    };
    const word = step.instruction.word;
    if (!KEYWORDS.has(step.keyword)) {
        at(`unknown instruction \`${word.replace(/[^\x20-\x7e]/g, '?')}\``);
        return problems;
    }
    if (step.stage < 0 && step.keyword !== 'ARG' && step.keyword !== 'FROM') {
        at(`\`${step.keyword}\` comes before the first FROM; only ARG may`);
    }
    for (const { name } of step.instruction.heredocs.filter(h => !h.terminated))
        at(`heredoc \`${name}\` is never terminated`);
    if (step.keyword === 'FROM' && step.args.length === 0)
        at('FROM names no image');
    if (step.keyword === 'FROM' && step.args.length > 1) {
        const ok = step.args.length === 3 && step.args[1].toUpperCase() === 'AS';
        if (!ok)
            at(`FROM takes \`image [AS name]\`, got \`${step.text}\``);
    }
    if ((step.keyword === 'COPY' || step.keyword === 'ADD') && !step.heredoc && step.args.length < 2) {
        const json = step.command.trim().startsWith('[');
        if (!json)
            at(`${step.keyword} needs a source and a destination`);
    }
    if (step.keyword === 'ARG' && step.args.length === 0)
        at('ARG names no variable');
    // A bare `RUN` (or an empty heredoc) builds: BuildKit runs an empty command.
    return problems;
}
/** Parses the text; never throws (text the reader refuses becomes a syntax problem on line 1). */
function buildModel(text) {
    const dockerfile = (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readDockerfile */ .n_)(text);
    const model = {
        steps: [],
        stages: [],
        globalArgs: dockerfile.globalArgs.map(({ name, value, line, valueSpan }) => ({
            name,
            value,
            line,
            valueSpan
        })),
        problems: []
    };
    if (dockerfile.error !== null) {
        model.problems.push({ line: 1, message: dockerfile.error });
        return model;
    }
    for (const instruction of dockerfile.instructions) {
        const step = toStep(instruction);
        model.problems.push(...syntaxProblems(step));
        model.steps.push(step);
        if (step.keyword === 'FROM') {
            const stage = dockerfile.stages[step.stage];
            model.stages.push({ index: stage.index, name: stage.name, from: step, steps: [] });
        }
        else if (step.stage >= 0) {
            model.stages[step.stage].steps.push(step);
        }
    }
    if (model.stages.length === 0) {
        const line = model.steps[0]?.line ?? 1;
        model.problems.push({ line, message: 'there is no FROM instruction' });
    }
    return model;
}
/** Sources and destination of a COPY/ADD; heredoc sources are left out. */
function copyOperands(step) {
    return (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .copyOperands */ .Qi)(step.instruction);
}
function sourcesOf(step) {
    return copyOperands(step).sources;
}
/** Whether the step has a `--mount=type=cache` (optionally with a target under `prefix`). */
function hasCacheMount(step, prefix) {
    return step.flags.some(f => {
        if (f.name !== 'mount' || f.value === null)
            return false;
        const options = new Map(f.value.split(',').map(part => {
            const eq = part.indexOf('=');
            return eq < 0 ? [part.trim(), ''] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
        }));
        if (options.get('type') !== 'cache')
            return false;
        if (prefix === undefined)
            return true;
        const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '';
        return target.startsWith(prefix);
    });
}
/** A COPY/ADD that reads from the build context (not `--from`, not a URL, not a heredoc). */
function readsContext(step) {
    if (step.keyword !== 'COPY' && step.keyword !== 'ADD')
        return false;
    if ((0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .flagValue */ .y6)(step, 'from') !== undefined)
        return false;
    return sourcesOf(step).some(s => !(0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .isRemote */ .Vx)(s));
}
const WHOLE_CONTEXT = new Set(['.', './', '*', './*', '.*']);
/** A COPY/ADD of the whole context, like `COPY . .`. */
function copiesWholeContext(step) {
    return readsContext(step) && sourcesOf(step).some(s => WHOLE_CONTEXT.has(s));
}


/***/ }),

/***/ 7882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Pt: () => (/* binding */ digestFirst),
/* harmony export */   WF: () => (/* binding */ tryParseReference),
/* harmony export */   Ys: () => (/* binding */ canonicalReference),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   ct: () => (/* binding */ pinnedReference),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   rw: () => (/* binding */ tagFirst),
/* harmony export */   yr: () => (/* binding */ effectiveTag)
/* harmony export */ });
// Image references as Docker reads them: registry, repository, tag and digest, with Docker Hub's defaults.
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d{1,5})?$/;
/** Whether text is a content digest this tool can verify (`sha256:` + 64 hex, or sha512). */
function isDigest(text) {
    return DIGEST.test(text);
}
/** The first path component names a registry when it has a dot or a port, is `localhost`, or has capitals (Docker's rule). */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { registry: DOCKER_HUB, path: name };
    const first = name.slice(0, slash);
    const isDomain = first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
    if (!isDomain)
        return { registry: DOCKER_HUB, path: name };
    const registry = first === 'index.docker.io' ? DOCKER_HUB : first;
    return { registry, path: name.slice(slash + 1) };
}
/** The reference parsed, or a one-line reason why it is not a valid image reference. */
function tryParseReference(text) {
    const written = text.trim();
    if (written === '')
        return 'the image reference is empty';
    if (/[^\x21-\x7e]/.test(written))
        return 'an image reference is printable ASCII with no spaces';
    const at = written.indexOf('@');
    const digest = at === -1 ? null : written.slice(at + 1);
    const beforeDigest = at === -1 ? written : written.slice(0, at);
    if (digest !== null && !isDigest(digest)) {
        return `the digest ${JSON.stringify(digest)} is not sha256: followed by 64 lower-case hex digits`;
    }
    const lastSlash = beforeDigest.lastIndexOf('/');
    const colon = beforeDigest.lastIndexOf(':');
    const tag = colon > lastSlash ? beforeDigest.slice(colon + 1) : null;
    const name = colon > lastSlash ? beforeDigest.slice(0, colon) : beforeDigest;
    if (tag !== null && !TAG.test(tag)) {
        return `the tag ${JSON.stringify(tag)} is not valid: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`;
    }
    if (name === '')
        return 'the image reference names no repository';
    const { registry, path } = splitDomain(name);
    if (registry !== DOCKER_HUB && !HOST.test(registry)) {
        return `the registry ${JSON.stringify(registry)} is not a host name with an optional port`;
    }
    const components = path.split('/');
    if (components.some(c => !COMPONENT.test(c))) {
        return `the repository ${JSON.stringify(path)} must be lower-case letters, digits and separators (. _ __ -) between '/'`;
    }
    const repository = registry === DOCKER_HUB && components.length === 1 ? `library/${path}` : path;
    if (registry.length + 1 + repository.length > 255)
        return 'the repository name is longer than 255 characters';
    const host = registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
    return { written, name, registry, host, repository, tag, digest };
}
/** Whether a registry host is on this machine (127.0.0.0/8, ::1, localhost): the API is spoken over http there. */
function isLoopbackHost(host) {
    const bare = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
    if (bare === 'localhost' || bare === '::1')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}
/** The base URL of a registry's API: http on loopback, https everywhere else. */
function registryBaseUrl(host) {
    return `${isLoopbackHost(host) ? 'http' : 'https'}://${host}`;
}
/** The canonical form, registry and repository spelled out: `node:22` → `docker.io/library/node:22`. */
function canonicalReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag === null ? '' : `:${ref.tag}`}${ref.digest === null ? '' : `@${ref.digest}`}`;
}
/** The tag a reference means: its own, or `latest` when it names none. */
function effectiveTag(ref) {
    return ref.tag ?? 'latest';
}
/** The reference as written, pinned: `name:tag@digest` (a missing tag becomes `latest`, so Renovate can follow it). */
function pinnedReference(ref, digest) {
    return `${ref.name}:${effectiveTag(ref)}@${digest}`;
}
/** What a tag lookup asks the registry for: the tag when one is written, else the digest, else `latest`. */
function tagFirst(ref) {
    return ref.tag ?? ref.digest ?? 'latest';
}
/** What a content fetch asks for: the digest when pinned (content that cannot move), else the tag. */
function digestFirst(ref) {
    return ref.digest ?? effectiveTag(ref);
}


/***/ })

};
