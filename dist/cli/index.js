#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wg: () => (/* binding */ daemonArgs),
/* harmony export */   b8: () => (/* binding */ builderName),
/* harmony export */   st: () => (/* binding */ displayArgs),
/* harmony export */   w$: () => (/* binding */ buildxArgs)
/* harmony export */ });
/* unused harmony exports csvField, onBuilder */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** Quotes a field of buildx's comma-separated option values when it holds a comma or a quote. */
function csvField(field) {
    return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function cacheValue(ref, direction) {
    const fields = ref.type === 'local'
        ? ['type=local', direction === 'from' ? `src=${ref.dir}` : `dest=${ref.dir}`]
        : ['type=registry', `ref=${ref.ref}`];
    if (direction === 'to')
        fields.push('mode=max');
    // BuildKit fails the whole build when a registry export fails (push refused, registry down).
    if (direction === 'to' && ref.type === 'registry' && ref.ignoreError)
        fields.push('ignore-error=true');
    return fields.map(csvField).join(',');
}
/** The argument list after `docker`, for one gate run. */
function buildxArgs(plan, run) {
    const args = ['buildx', 'build', '--progress=rawjson', '--metadata-file', run.metadataFile];
    args.push('--file', plan.dockerfile);
    if (plan.target)
        args.push('--target', plan.target);
    for (const arg of plan.buildArgs) {
        if (arg.name !== 'SOURCE_DATE_EPOCH')
            args.push('--build-arg', `${arg.name}=${arg.value}`);
    }
    args.push('--build-arg', `SOURCE_DATE_EPOCH=${plan.epoch}`);
    for (const secret of plan.secrets ?? []) {
        const source = secret.from === 'env' ? `env=${secret.source}` : `src=${secret.source}`;
        args.push('--secret', [`id=${secret.id}`, source].map(csvField).join(','));
    }
    if (plan.platforms.length > 0)
        args.push('--platform', plan.platforms.join(','));
    if (plan.network !== 'default')
        args.push(`--network=${plan.network}`);
    args.push(`--provenance=${plan.provenance ? 'mode=min' : 'false'}`);
    args.push('--output', ['type=oci', 'tar=false', `dest=${run.outputDir}`, 'rewrite-timestamp=true'].map(csvField).join(','));
    if (run.noCache)
        args.push('--no-cache');
    if (plan.pull === true)
        args.push('--pull');
    for (const ref of run.cacheFrom)
        args.push('--cache-from', cacheValue(ref, 'from'));
    for (const ref of run.cacheTo)
        args.push('--cache-to', cacheValue(ref, 'to'));
    args.push(run.context);
    return onBuilder(plan, args);
}
/** A builder name as buildx accepts it; empty: the current builder. */
function builderName(value, what) {
    const name = (value ?? '').trim();
    if (name === '')
        return null;
    if (!/^[A-Za-z0-9][A-Za-z0-9_.+-]*$/.test(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${what} ${JSON.stringify(name)} is not a builder name: pass the name of a buildx builder or docker context (docker buildx ls lists them)`);
    }
    return name;
}
/** A `docker buildx ...` argument list aimed at the target: `--context NAME` first, or `buildx --builder NAME`. */
function onBuilder(target, args) {
    if (target.dockerContext)
        return daemonArgs(target.dockerContext, args);
    if (target.builder && args[0] === 'buildx')
        return ['buildx', '--builder', target.builder, ...args.slice(1)];
    return [...args];
}
/** A daemon-level docker command (version, info, image inspect) aimed at a docker context, or at DOCKER_HOST. */
function daemonArgs(context, args) {
    return context ? ['--context', context, ...args] : [...args];
}
/** The same list for logs: the values of `--build-arg` entries with secret names as `***`. */
function displayArgs(args, isSecret) {
    return args.map((a, i) => {
        if (args[i - 1] !== '--build-arg')
            return a;
        const eq = a.indexOf('=');
        return eq > 0 && isSecret(a.slice(0, eq)) ? `${a.slice(0, eq)}=***` : a;
    });
}


/***/ }),

/***/ 7396:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fg: () => (/* binding */ capture),
  Jf: () => (/* binding */ createDockerEngine)
});

// UNUSED EXPORTS: PROBE_TIMEOUT_MS, SOCKET_PROBE_TIMEOUT_MS, buildEnv, dockerHost, runDocker

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __nccwpck_require__(7187);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/buildkit/engine-check.ts
var engine_check = __nccwpck_require__(205);
// EXTERNAL MODULE: ./src/buildkit/args.ts
var args = __nccwpck_require__(1615);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __nccwpck_require__(2467);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __nccwpck_require__(6153);
;// CONCATENATED MODULE: ./src/core/buildkit/engine-api.ts
// Reads what the Engine API and BuildKit's gRPC Info answer, and decides when they may stand in for the docker CLI.

/** The dockerd version out of `GET /version` (the field `docker version --format {{.Server.Version}}` prints). */
function apiServerVersion(body) {
    if (!(0,json/* isRecord */.u4)(body))
        return null;
    const version = body.Version;
    return typeof version === 'string' && version.trim() !== '' ? version.trim() : null;
}
/** Whether `GET /info` says the containerd image store is on (what `docker info` shows in DriverStatus). */
function apiContainerdStore(body) {
    if (!(0,json/* isRecord */.u4)(body))
        return false;
    return JSON.stringify(body.DriverStatus ?? null).includes('io.containerd.snapshotter');
}
/** The message of one gRPC response frame (1 byte compressed flag, 4 bytes length); null when there is none. */
function grpcMessage(body) {
    if (body.length < 5 || body[0] !== 0)
        return null;
    const length = ((body[1] << 24) >>> 0) + (body[2] << 16) + (body[3] << 8) + body[4];
    if (body.length < 5 + length)
        return null;
    return body.subarray(5, 5 + length);
}
/** A request frame for a message with no fields (InfoRequest). */
const EMPTY_GRPC_MESSAGE = new Uint8Array([0, 0, 0, 0, 0]);
/** The length-delimited fields of a protobuf message, by field number; null when it does not parse. */
function protoFields(bytes) {
    const fields = new Map();
    let at = 0;
    const varint = () => {
        let value = 0;
        for (let shift = 0; shift < 35 && at < bytes.length; shift += 7) {
            const b = bytes[at++];
            value += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0)
                return value;
        }
        return null;
    };
    while (at < bytes.length) {
        const tag = varint();
        if (tag === null)
            return null;
        const field = Math.floor(tag / 8);
        switch (tag & 7) {
            case 0:
                if (varint() === null)
                    return null;
                break;
            case 1:
                at += 8;
                break;
            case 2: {
                const length = varint();
                if (length === null || at + length > bytes.length)
                    return null;
                fields.set(field, bytes.subarray(at, at + length));
                at += length;
                break;
            }
            case 5:
                at += 4;
                break;
            default:
                return null;
        }
        if (at > bytes.length)
            return null;
    }
    return fields;
}
/**
 * The BuildKit version out of moby.buildkit.v1.Control/Info's InfoResponse (field 1 BuildkitVersion, whose
 * field 2 is the version): what `docker buildx inspect` prints as "BuildKit version" for the docker driver.
 */
function infoBuildkitVersion(message) {
    const version = protoFields(message)?.get(1);
    const text = version ? protoFields(version)?.get(2) : undefined;
    if (text === undefined)
        return null;
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(text).trim();
    return decoded === '' ? null : decoded;
}
/**
 * The unix socket to ask directly, when the current builder is certainly the default one (driver docker)
 * of a local daemon; else null, and the docker CLI and buildx are asked as before: a named builder, a
 * docker context, a tcp:// or ssh:// DOCKER_HOST, a builder chosen with `buildx use` or BUILDX_BUILDER.
 */
function directSocket(setting) {
    if (setting.dockerContext !== '' && setting.dockerContext !== 'default')
        return null;
    if (setting.buildxBuilder !== '' || setting.buildxConfig !== '')
        return null;
    const config = setting.config;
    if ((0,json/* isRecord */.u4)(config)) {
        const current = config.currentContext;
        if (typeof current === 'string' && current !== '' && current !== 'default')
            return null;
        if ('cliPluginsExtraDirs' in config)
            return null;
    }
    else if (setting.config !== null) {
        return null;
    }
    if (setting.buildxCurrent !== null) {
        const current = setting.buildxCurrent;
        if (!(0,json/* isRecord */.u4)(current) || current.Name !== '')
            return null;
    }
    const host = setting.dockerHost === '' ? 'unix:///var/run/docker.sock' : setting.dockerHost;
    if (!host.startsWith('unix://'))
        return null;
    const socket = host.slice('unix://'.length);
    return socket.startsWith('/') ? socket : null;
}

;// CONCATENATED MODULE: ./src/buildkit/engine-socket.ts
// Asks a local dockerd over its unix socket what `docker version`, `docker info` and `buildx inspect` would say, without spawning them.










/** A response bigger than this is no Engine API answer we read. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
// Where the docker CLI looks for plugins after $DOCKER_CONFIG/cli-plugins (docker/cli's defaultSystemPluginDirs).
const SYSTEM_PLUGIN_DIRS = [
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins'
];
function dockerConfigDir(env) {
    return env.DOCKER_CONFIG || external_node_path_.join(external_node_os_.homedir(), '.docker');
}
/** A JSON file: null when absent, the string 'unreadable' when it cannot be read or parsed. */
async function readJson(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (error) {
        return (0,errors/* isNotFound */.c4)(error) ? null : 'unreadable';
    }
    try {
        return JSON.parse(text);
    }
    catch {
        return 'unreadable';
    }
}
/** What the environment and the docker and buildx config say about the current builder. */
async function probeSetting(env = process.env) {
    const config = dockerConfigDir(env);
    const [configJson, buildxCurrent] = await Promise.all([
        readJson(external_node_path_.join(config, 'config.json')),
        readJson(external_node_path_.join(config, 'buildx', 'current'))
    ]);
    return {
        dockerHost: env.DOCKER_HOST ?? '',
        dockerContext: env.DOCKER_CONTEXT ?? '',
        buildxBuilder: env.BUILDX_BUILDER ?? '',
        buildxConfig: env.BUILDX_CONFIG ?? '',
        config: configJson,
        buildxCurrent
    };
}
async function executable(file) {
    try {
        await external_node_fs_.promises.access(file, external_node_fs_.constants.X_OK);
        return (await external_node_fs_.promises.stat(file)).isFile();
    }
    catch {
        return false;
    }
}
/** The first of `candidates` that is an executable file. */
async function firstExecutable(candidates) {
    const found = await Promise.all(candidates.map(executable));
    const index = found.indexOf(true);
    return index < 0 ? null : candidates[index];
}
/** `GET <path>` on the socket, parsed as JSON; throws on a status other than 200. */
function getJson(socketPath, urlPath, signal) {
    return new Promise((resolve, reject) => {
        // agent: false: one connection per probe, closed with it (no keep-alive socket outlives the probes)
        const request = external_node_http_.get({ socketPath, path: urlPath, signal, agent: false, headers: { Host: 'docker' } }, response => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY_BYTES)
                    request.destroy(new Error(`GET ${urlPath}: the answer is too large`));
                else
                    chunks.push(chunk);
            });
            response.on('error', reject);
            response.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                if (response.statusCode !== 200) {
                    reject(new Error(`GET ${urlPath}: HTTP ${response.statusCode ?? '?'} ${text.trim().slice(0, 200)}`));
                    return;
                }
                try {
                    resolve(JSON.parse(text));
                }
                catch (error) {
                    reject(new Error(`GET ${urlPath}: ${(0,errors/* errorMessage */.gJ)(error)}`));
                }
            });
        });
        request.on('error', reject);
    });
}
/**
 * BuildKit's own version, through dockerd's `/grpc` endpoint (upgraded to h2c, as buildx's docker driver
 * does) and moby.buildkit.v1.Control/Info.
 */
function buildkitInfo(socketPath, signal) {
    return new Promise((resolve, reject) => {
        const request = external_node_http_.request({
            socketPath,
            path: '/grpc',
            method: 'POST',
            signal,
            agent: false,
            headers: { Host: 'docker', Connection: 'Upgrade', Upgrade: 'h2c' }
        });
        request.on('error', reject);
        request.on('response', response => {
            response.resume();
            request.destroy();
            reject(new Error(`POST /grpc: HTTP ${response.statusCode ?? '?'} (no upgrade to h2c)`));
        });
        request.on('upgrade', (_response, socket, head) => {
            // The server's first HTTP/2 frames may have come with the upgrade: give them back to the session.
            if (head.length > 0)
                socket.unshift(head);
            const session = external_node_http2_.connect('http://docker', { createConnection: () => socket });
            const done = (error, version = null) => {
                session.destroy();
                socket.destroy();
                if (error)
                    reject(error);
                else
                    resolve(version);
            };
            signal.addEventListener('abort', () => done(new Error('aborted')), { once: true });
            session.on('error', error => done(error));
            const stream = session.request({
                ':method': 'POST',
                ':path': '/moby.buildkit.v1.Control/Info',
                'content-type': 'application/grpc',
                te: 'trailers'
            });
            const chunks = [];
            let status = null;
            stream.on('response', headers => {
                const value = headers['grpc-status'];
                if (typeof value === 'string')
                    status = value;
            });
            stream.on('trailers', trailers => {
                const value = trailers['grpc-status'];
                if (typeof value === 'string')
                    status = value;
            });
            stream.on('data', (chunk) => chunks.push(chunk));
            stream.on('error', error => done(error));
            stream.on('end', () => {
                if (status !== '0') {
                    done(new Error(`Control/Info: grpc-status ${status ?? 'missing'}`));
                    return;
                }
                const message = grpcMessage(Buffer.concat(chunks));
                done(message === null ? new Error('Control/Info: no message') : null, message && infoBuildkitVersion(message));
            });
            stream.end(EMPTY_GRPC_MESSAGE);
        });
        request.end();
    });
}
/** The buildx plugin's version from its metadata, as `docker buildx version` names it; null without the plugin. */
async function buildxPluginVersion(env, signal) {
    const plugin = await firstExecutable([external_node_path_.join(dockerConfigDir(env), 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS].map(dir => external_node_path_.join(dir, 'docker-buildx')));
    if (plugin === null)
        return null;
    const stdout = await new Promise((resolve, reject) => (0,external_node_child_process_.execFile)(plugin, ['docker-cli-plugin-metadata'], { signal, maxBuffer: 1024 * 1024 }, (error, out) => error ? reject(error) : resolve(out)));
    const metadata = JSON.parse(stdout);
    const version = (0,json/* isRecord */.u4)(metadata) ? metadata.Version : null;
    return typeof version === 'string' ? (0,engine_check/* parseBuildxVersion */.Ou)(`buildx ${version}`) : null;
}
/** Whether `docker` is an executable on PATH: the builds still run through it. */
async function dockerOnPath(env) {
    const dirs = (env.PATH ?? '').split(external_node_path_.delimiter).filter(d => d !== '');
    return (await firstExecutable(dirs.map(dir => external_node_path_.join(dir, 'docker')))) !== null;
}
/**
 * The current builder's facts straight from the daemon's socket, when that builder is the default docker
 * driver on a local socket (directSocket). The same facts the CLI probes give; anything unexpected, a
 * daemon that is down included, says `ask-cli`, so that the CLI's own words name the problem.
 */
async function socketFacts(timeoutMs, env = process.env) {
    const socket = directSocket(await probeSetting(env));
    if (socket === null)
        return { kind: 'ask-cli', why: 'not the default builder on a unix socket' };
    const host = env.DOCKER_HOST || 'unix:///var/run/docker.sock';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
        const [version, info, buildkit, buildx, docker] = await Promise.all([
            getJson(socket, '/version', controller.signal),
            getJson(socket, '/info', controller.signal),
            buildkitInfo(socket, controller.signal),
            buildxPluginVersion(env, controller.signal),
            dockerOnPath(env)
        ]);
        const dockerVersion = apiServerVersion(version);
        if (dockerVersion === null)
            return { kind: 'ask-cli', why: 'GET /version named no version' };
        if (buildx === null || !docker)
            return { kind: 'ask-cli', why: 'no buildx plugin or docker CLI found' };
        return {
            kind: 'facts',
            facts: {
                dockerVersion,
                buildxVersion: buildx,
                buildkitReported: buildkit,
                driver: 'docker',
                containerdStore: apiContainerdStore(info),
                host
            }
        };
    }
    catch (error) {
        return { kind: 'ask-cli', why: (0,errors/* errorMessage */.gJ)(error) };
    }
    finally {
        clearTimeout(timer);
        controller.abort();
    }
}

;// CONCATENATED MODULE: ./src/buildkit/engine.ts
// The engine adapter: runs docker through @actions/exec with argument arrays, never a shell string.






const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 };
/** Spawns docker without a shell; forwards an abort to the child as a signal and waits for it to exit. */
function runDocker(args, onStderr, onStdout, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            resolve(128 + (SIGNAL_NUMBERS[(0,errors/* terminationSignal */.$$)(signal)] ?? 15));
            return;
        }
        const child = (0,external_node_child_process_.spawn)('docker', args, { stdio: ['ignore', 'pipe', 'pipe'], env: buildEnv(process.env) });
        const forward = () => {
            if (signal && child.exitCode === null && child.signalCode === null)
                child.kill((0,errors/* terminationSignal */.$$)(signal));
        };
        signal?.addEventListener('abort', forward);
        child.stderr.on('data', (chunk) => onStderr(chunk));
        child.stdout.on('data', (chunk) => onStdout?.(chunk));
        child.once('error', error => {
            signal?.removeEventListener('abort', forward);
            reject(new Error(`cannot run docker: ${(0,errors/* errorMessage */.gJ)(error)}`));
        });
        child.once('close', (code, killedBy) => {
            signal?.removeEventListener('abort', forward);
            resolve(code ?? 128 + (killedBy ? (SIGNAL_NUMBERS[killedBy] ?? 1) : 1));
        });
    });
}
/** How long an engine probe may take: a daemon that accepts connections but never answers must not hang the gate. */
const PROBE_TIMEOUT_MS = 30_000;
/** How long the direct socket probes may take before the CLI probes are asked instead. */
const SOCKET_PROBE_TIMEOUT_MS = 5_000;
/** Runs `docker <args>` and collects its output; a daemon that never answers gives exit 124 after `timeoutMs`. */
async function capture(args, timeoutMs = PROBE_TIMEOUT_MS) {
    let timer;
    const timeout = new Promise(resolve => {
        timer = setTimeout(() => resolve({
            exitCode: 124,
            stdout: '',
            stderr: `docker ${args[0]} did not answer within ${timeoutMs / 1000} s`
        }), timeoutMs);
    });
    try {
        return await Promise.race([
            exec/* getExecOutput */.H('docker', args, { silent: true, ignoreReturnCode: true }),
            timeout
        ]);
    }
    catch (error) {
        // @actions/exec throws when the executable is not on PATH.
        return { exitCode: 127, stdout: '', stderr: (0,errors/* errorMessage */.gJ)(error) };
    }
    finally {
        clearTimeout(timer);
    }
}
function firstLine(text) {
    return (text
        .split('\n')
        .map(l => l.trim())
        .find(l => l !== '') ?? '');
}
/**
 * The environment of a build. Current buildx (0.29; not 0.13) writes a provenance summary into the
 * --metadata-file by default, build-arg values included: nothing reads it, and a secret build arg
 * must not sit in a file.
 */
function buildEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        if (value !== undefined)
            out[name] = value;
    out.BUILDX_METADATA_PROVENANCE = 'disabled';
    return out;
}
function dockerHost() {
    return process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
}
/** The docker engine. With `signal`, every docker child it runs gets SIGINT/SIGTERM when the signal aborts. */
function createDockerEngine(defaults = {}) {
    return {
        async facts(builder) {
            const named = builder || null;
            // The default builder on a local socket answers over the socket, without four docker processes.
            if (named === null) {
                const direct = await socketFacts(SOCKET_PROBE_TIMEOUT_MS);
                if (direct.kind === 'facts')
                    return direct.facts;
            }
            // A builder named after a docker context builds on that context's daemon: ask that daemon, not DOCKER_HOST.
            const endpoint = named
                ? await capture(['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}', named])
                : null;
            const context = named !== null && endpoint?.exitCode === 0 ? named : null;
            const host = context !== null ? endpoint?.stdout.trim() || context : dockerHost();
            const on = named === null ? {} : { builder: named, dockerContext: context };
            // All probes at once: on a fit engine they all answer, and a dead daemon fails each of them fast.
            const [version, buildx, inspect, info] = await Promise.all([
                capture((0,args/* daemonArgs */.Wg)(context, ['version', '--format', '{{.Server.Version}}'])),
                capture(['buildx', 'version']),
                capture(['buildx', 'inspect', ...(named !== null ? [named] : [])]),
                capture((0,args/* daemonArgs */.Wg)(context, ['info', '--format', '{{json .DriverStatus}}']))
            ]);
            // With buildx there, a named builder that is no context and that buildx cannot inspect is the problem.
            if (named !== null && context === null && buildx.exitCode === 0 && inspect.exitCode !== 0) {
                return {
                    dockerVersion: version.exitCode === 0 ? version.stdout.trim() || null : null,
                    buildxVersion: (0,engine_check/* parseBuildxVersion */.Ou)(buildx.stdout),
                    buildkitReported: null,
                    driver: null,
                    containerdStore: false,
                    host,
                    ...on,
                    builderError: firstLine(inspect.stderr) || `docker buildx inspect exited with ${inspect.exitCode}`
                };
            }
            if (version.exitCode !== 0 || version.stdout.trim() === '') {
                const missing = version.exitCode === 127 && /Unable to locate|not found/i.test(version.stderr);
                return {
                    dockerVersion: null,
                    buildxVersion: null,
                    buildkitReported: null,
                    driver: null,
                    containerdStore: false,
                    host,
                    ...on,
                    daemonError: missing ? 'the docker CLI is not on PATH' : firstLine(version.stderr) || null
                };
            }
            const parsed = (0,engine_check/* parseBuildxInspect */.c9)(inspect.stdout);
            return {
                dockerVersion: version.stdout.trim(),
                buildxVersion: buildx.exitCode === 0 ? (0,engine_check/* parseBuildxVersion */.Ou)(buildx.stdout) : null,
                buildkitReported: parsed.buildkit,
                driver: parsed.driver,
                containerdStore: info.stdout.includes('io.containerd.snapshotter'),
                host,
                ...on
            };
        },
        async run(args, onStderr, onStdout, options = {}) {
            return runDocker(args, onStderr, onStdout, options.signal ?? defaults.signal);
        }
    };
}


/***/ }),

/***/ 205:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ou: () => (/* binding */ parseBuildxVersion),
/* harmony export */   Ty: () => (/* binding */ engineInfo),
/* harmony export */   Xx: () => (/* binding */ checkEngine),
/* harmony export */   c9: () => (/* binding */ parseBuildxInspect),
/* harmony export */   sL: () => (/* binding */ epochCacheNote),
/* harmony export */   sk: () => (/* binding */ describeEngine)
/* harmony export */ });
/* unused harmony exports parseVersion, compareVersions, MIN_BUILDKIT, WORKDIR_EPOCH_KEY_BUILDKIT, workdirKeyedByEpoch */
// Decides whether an engine can run the gate, from facts the buildkit adapter collected.
/** Parses the first x.y[.z] in a version string ("v0.13.1", "26.1.5+dfsg1", "0.13.1+ds1"). */
function parseVersion(text) {
    const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? '');
    if (!m)
        return null;
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}
function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
const MIN_BUILDKIT = { major: 0, minor: 13, patch: 0 };
/** From this BuildKit on, WORKDIR carries SOURCE_DATE_EPOCH in its cache key (moby/buildkit#5960). */
const WORKDIR_EPOCH_KEY_BUILDKIT = { major: 0, minor: 22, patch: 0 };
// The BuildKit each dockerd release vendors (from moby's release notes); the docker driver runs
// this embedded BuildKit. The first row at or below the dockerd version wins.
const BUILDKIT_BY_DOCKERD = [
    [29, 0, '0.26'],
    [28, 5, '0.25'],
    [28, 4, '0.24'],
    [28, 3, '0.23'],
    [28, 2, '0.22'],
    [28, 1, '0.21'],
    [28, 0, '0.20'],
    [27, 0, '0.14'],
    [26, 0, '0.13'],
    [25, 0, '0.12'],
    [24, 0, '0.11'],
    [23, 0, '0.10']
];
function isUnknown(v) {
    return v === null || (v.major === 0 && v.minor === 0 && v.patch === 0);
}
/** The BuildKit version: as the builder reports it, else inferred from dockerd for the docker driver. */
function engineInfo(facts) {
    const reported = parseVersion(facts.buildkitReported);
    let buildkit = null;
    let source = 'unknown';
    if (!isUnknown(reported) && reported) {
        buildkit = `${reported.major}.${reported.minor}.${reported.patch}`;
        source = 'reported';
    }
    else if (facts.driver === 'docker') {
        const dockerd = parseVersion(facts.dockerVersion);
        const row = dockerd
            ? BUILDKIT_BY_DOCKERD.find(([major, minor]) => compareVersions(dockerd, { major, minor, patch: 0 }) >= 0)
            : undefined;
        if (row) {
            buildkit = row[2];
            source = 'inferred';
        }
    }
    return {
        docker: facts.dockerVersion,
        buildx: facts.buildxVersion,
        buildkit,
        buildkitSource: source,
        driver: facts.driver,
        ...(facts.builder ? { builder: facts.builder, dockerContext: facts.dockerContext ?? null } : {})
    };
}
/** One log line naming the engine, and where its BuildKit version came from. */
function describeEngine(info, reported) {
    const buildkit = info.buildkitSource === 'reported'
        ? `BuildKit ${info.buildkit} (reported by the builder)`
        : info.buildkitSource === 'inferred'
            ? `BuildKit ${info.buildkit} (inferred from dockerd ${info.docker}: the builder reports ${reported ?? 'no version'})`
            : `BuildKit version unknown (the builder reports ${reported ?? 'no version'})`;
    return `engine: dockerd ${info.docker ?? 'unknown'}, buildx ${info.buildx ?? 'unknown'}, ${buildkit}, driver ${info.driver ?? 'unknown'}`;
}
/**
 * Whether this engine keys WORKDIR by SOURCE_DATE_EPOCH (BuildKit 0.22 and later), null when its
 * BuildKit version is unknown. Then a cache built with another epoch is reused only up to the
 * first WORKDIR of a stage.
 */
function workdirKeyedByEpoch(info) {
    const buildkit = parseVersion(info.buildkit);
    if (buildkit === null)
        return null;
    return compareVersions(buildkit, WORKDIR_EPOCH_KEY_BUILDKIT) >= 0;
}
/**
 * What an epoch other than the default means for the cache on this engine, for the log; null for 0.
 * rewrite-timestamp clamps only times later than the epoch, so a layer reused from a cache built
 * before the epoch keeps its build times while a clean build is clamped (moby/buildkit#4748).
 */
function epochCacheNote(info, epoch) {
    if (epoch === 0)
        return null;
    const keyed = workdirKeyedByEpoch(info);
    const stale = 'layers reused from a cache built before the epoch keep their older times (moby/buildkit#4748), so a cache older than the epoch makes run 1 differ from run 2; the default epoch 0 avoids it';
    if (keyed === true) {
        return `epoch ${epoch} on BuildKit ${info.buildkit}: WORKDIR is keyed by the epoch (moby/buildkit#5960), so steps from a stage's first WORKDIR on reuse only cache built with this same epoch; before it, ${stale}`;
    }
    const on = keyed === false ? `BuildKit ${info.buildkit}` : 'this BuildKit';
    return `epoch ${epoch} on ${on}: ${stale}`;
}
/** Problems that stop the gate, each one line with its fix. Empty when the engine is fit. */
function checkEngine(facts) {
    if (facts.builder && facts.builderError) {
        const missing = /no builder .*found|not found/i.test(facts.builderError);
        return [
            `builder ${JSON.stringify(facts.builder)} ${missing ? 'does not exist' : `cannot be used (${facts.builderError})`}: pass the name of a buildx builder or docker context (docker buildx ls lists them), or leave the builder empty for the current one`
        ];
    }
    if (facts.dockerVersion === null) {
        const why = facts.daemonError ? ` (${facts.daemonError})` : '';
        if (facts.dockerContext) {
            return [
                `cannot reach the Docker daemon of docker context ${JSON.stringify(facts.dockerContext)} at ${facts.host}${why}: start that daemon, or point the context at a running one (docker context inspect ${facts.dockerContext})`
            ];
        }
        return [
            `cannot reach the Docker daemon at ${facts.host}${why}: start dockerd (locally: bash scripts/engine.sh, which prints the DOCKER_HOST to use) or set DOCKER_HOST to a running engine`
        ];
    }
    if (facts.buildxVersion === null) {
        return [
            'docker buildx is not installed: install the buildx plugin (Debian: apt-get install docker-buildx; GitHub Actions: add docker/setup-buildx-action before build-lab)'
        ];
    }
    const problems = [];
    const info = engineInfo(facts);
    const buildkit = parseVersion(info.buildkit);
    if (buildkit && compareVersions(buildkit, MIN_BUILDKIT) < 0) {
        problems.push(`BuildKit ${info.buildkit} is older than 0.13, which rewrite-timestamp needs: upgrade Docker to 26 or newer, or use a docker-container builder (docker/setup-buildx-action)`);
    }
    if (facts.driver === 'docker' && !facts.containerdStore) {
        const what = facts.builder
            ? `builder ${JSON.stringify(facts.builder)} (${facts.host}) uses the buildx "docker" driver without the containerd image store, which`
            : 'the buildx "docker" driver without the containerd image store';
        problems.push(`${what} cannot export OCI images or cache: add docker/setup-buildx-action (docker-container driver) before build-lab, or enable the containerd image store ("features": {"containerd-snapshotter": true} in daemon.json)`);
    }
    return problems;
}
/** Reads the driver and BuildKit version out of `docker buildx inspect` text. */
function parseBuildxInspect(text) {
    const field = (name) => {
        const m = new RegExp(`^\\s*${name}:\\s*(\\S+)`, 'm').exec(text);
        return m ? m[1] : null;
    };
    return { driver: field('Driver'), buildkit: field('BuildKit version') ?? field('Buildkit') };
}
/** The version field of `docker buildx version` ("github.com/docker/buildx 0.13.1+ds1 <commit>"). */
function parseBuildxVersion(text) {
    const m = /buildx\s+v?(\d+\.\d+[^\s]*)/.exec(text);
    return m ? m[1] : null;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ terminationSignal),
/* harmony export */   CG: () => (/* binding */ BuildLabError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j$: () => (/* binding */ Interrupted),
/* harmony export */   sK: () => (/* binding */ throwIfInterrupted),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
// Error values that carry an exit code, and one way to turn any thrown value into a message.
/** Exit codes shared by every command: 0 pass, 1 the check failed, 2 usage, input or engine error. */
const ExitCode = { Pass: 0, CheckFailed: 1, Error: 2 };
/** An expected failure: its message is one line that says what is wrong and how to fix it. */
class BuildLabError extends Error {
    exitCode;
    /** Extra lines shown after the message (for example the last lines of a build log). */
    detail;
    constructor(message, options = {}) {
        super(message);
        this.name = 'BuildLabError';
        this.exitCode = options.exitCode ?? ExitCode.Error;
        this.detail = options.detail;
    }
}
/** The message of any thrown value, Error or not, on one line. */
/** Whether a file system error says the path does not exist (ENOENT), from any realm. */
function isNotFound(error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        const json = JSON.stringify(error);
        return json === undefined ? String(error) : json;
    }
    catch {
        return String(error);
    }
}
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
/** The command was stopped by SIGINT or SIGTERM: it stops its builds, cleans up and exits 128 + the signal's number. */
class Interrupted extends Error {
    signal;
    exitCode;
    constructor(signal) {
        super(`interrupted by ${signal}`);
        this.name = 'Interrupted';
        this.signal = signal;
        this.exitCode = SIGNAL_EXIT[signal];
    }
}
/** The signal an aborted AbortSignal's reason names (SIGTERM when it names none). */
function terminationSignal(signal) {
    const reason = signal.reason;
    return reason === 'SIGINT' || reason === 'SIGTERM' ? reason : 'SIGTERM';
}
/** Throws Interrupted once the signal has aborted. */
function throwIfInterrupted(signal) {
    if (signal?.aborted)
        throw new Interrupted(terminationSignal(signal));
}


/***/ }),

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
// Type guards for parsed JSON and other unknown values.
/** A plain object (not null, not an array), whose fields can be read. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ neutraliseCommands),
/* harmony export */   E: () => (/* binding */ requireOneLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
// Keeps user- and image-controlled text from becoming a workflow command (`::error::`, `::stop-commands::`) in a log.

// The runner reads a line as a command when it starts with `::`, after any leading whitespace.
const COMMAND_START = /^(\s*):(?=:)/;
/**
 * Text for a runner log: every line that would begin a workflow command gets its first `:` written as `%3A`,
 * so the runner prints it instead of obeying it. CR alone is a line break to the runner too.
 */
function neutraliseCommands(text) {
    if (!text.includes('::'))
        return text;
    return text
        .split(/(\r\n|\r|\n)/)
        .map(part => part.replace(COMMAND_START, '$1%3A'))
        .join('');
}
/** Rejects a value that must be one line (a target, a Dockerfile path, a platform) with one clear line. */
function requireOneLine(value, what) {
    if (/[\r\n]/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${what} holds a line break (${JSON.stringify(value.slice(0, 60))}): give it on one line`);
    }
    return value;
}


/***/ }),

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   B0: () => (/* binding */ formatRatio),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// Number, duration and text formatting shared by every renderer, and the escaping that keeps names literal.
function formatDuration(ms) {
    if (ms === null || !Number.isFinite(ms))
        return '-';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return `${m} min ${s} s`;
}
function formatRatio(ratio) {
    return ratio === null ? '-' : `${Math.round(ratio * 100)}%`;
}
/** The first 12 hex digits of a digest, on one line (a digest read from an index may hold anything); `-` when there is none. */
function shortDigest(digest) {
    if (digest === null || digest === undefined)
        return '-';
    return oneLine(digest.replace(/^sha256:/, '').slice(0, 12), 12);
}
function formatBytes(bytes) {
    if (bytes === null || !Number.isFinite(bytes))
        return '-';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}
/** A relative change as a signed whole percentage ("+12%", "-3%", "±0%"); null when it has no meaning. */
function formatChange(before, after) {
    if (before === null || after === null || !Number.isFinite(before) || !Number.isFinite(after))
        return null;
    if (before <= 0)
        return null;
    const pct = Math.round(((after - before) / before) * 100);
    return pct === 0 ? '±0%' : `${pct > 0 ? '+' : ''}${pct}%`;
}
// C0/C1 controls would garble a table or a terminal (ESC starts every escape sequence, 0x9b is CSI); bidi
// overrides, isolates and marks (U+061C too) can make text read differently than it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;
/** Cuts text to `max` characters (never inside a surrogate pair), marking the cut with an ellipsis. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/** Text on one line with control and bidi characters made visible, clipped to `max` characters. */
function oneLine(text, max) {
    return clip(text, max)
        .replace(LINE_BREAK, ' ⏎ ')
        .replace(/\t/g, ' ')
        .replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(BIDI, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Escapes text for a markdown table cell or paragraph (never at the start of a line): it renders as
 * literal text, on one line. The marks that mean something inside a line are backslash-escaped: `@`
 * would mention someone, `#` link an issue, `$` start math, `[` a link, `:` an emoji or a URL. `&<>"`
 * become entities so no HTML gets through.
 */
function escapeMarkdown(text, max = 300) {
    return oneLine(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/[\\`*_[\]#|~@$]/g, c => `\\${c}`)
        .replace(/:(?=[\w+/-])/g, '\\:');
}
/** Text for inline code: backticks cannot be escaped inside code spans, so they are replaced. */
function inlineCode(text, max = 120) {
    const body = oneLine(text, max).replace(/`/g, 'ˋ').replace(/\|/g, '\\|');
    // A code span that starts or ends with a space loses it; padding both sides keeps the text as is.
    return /^ | $/.test(body) ? '` ' + body + ' `' : '`' + body + '`';
}
/** Escapes text for HTML content and attribute values. Inside GitHub's HTML blocks (<summary>, <pre>) too. */
function escapeHtml(text, max = Number.POSITIVE_INFINITY) {
    return clip(text, max)
        .replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(BIDI, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** The size of text in UTF-8 bytes: GitHub's limits count bytes. */
function byteLength(text) {
    return new TextEncoder().encode(text).length;
}


/***/ }),

/***/ 8393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ stepLine)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7375);

/** `▸ [2/5] RUN npm ci` when a step starts, `✓ [2/5] RUN npm ci  3.2 s` when it ends; null: print nothing. */
function stepLine(step, phase) {
    // A cached step starts and ends at once: its end line says all there is.
    if (phase === 'started')
        return step.cached ? null : `▸ ${step.name}`;
    const how = step.error ? `ERROR ${step.error}` : step.cached ? 'CACHED' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(step.durationMs);
    return `${step.error ? '✗' : '✓'} ${step.name}  ${how}`;
}


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The version build-lab reports (SARIF tool version, --version); kept in step with package.json by a test.
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec),
  H: () => (/* binding */ getExecOutput)
});

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath)
/* harmony export */ });
/* unused harmony exports chmod, copyFile, lstat, open, readdir, rename, rmdir, stat, symlink, unlink, readlink, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF)
/* harmony export */ });
/* unused harmony exports cp, mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/report/step-line.ts
var step_line = __nccwpck_require__(8393);
// EXTERNAL MODULE: ./src/buildkit/engine.ts + 2 modules
var engine = __nccwpck_require__(7396);
;// CONCATENATED MODULE: ./src/buildkit/termination.ts
/** How many signals it takes to exit at once, without waiting for the builds to stop and the cleanup. */
const FORCE_AFTER = 3;
function listenForTermination(proc = process) {
    const controller = new AbortController();
    let received = 0;
    const on = (name) => () => {
        received++;
        if (received >= FORCE_AFTER)
            proc.exit(name === 'SIGINT' ? 130 : 143);
        if (!controller.signal.aborted)
            controller.abort(name);
    };
    const onInt = on('SIGINT');
    const onTerm = on('SIGTERM');
    proc.on('SIGINT', onInt);
    proc.on('SIGTERM', onTerm);
    return {
        signal: controller.signal,
        dispose() {
            proc.off('SIGINT', onInt);
            proc.off('SIGTERM', onTerm);
        }
    };
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __nccwpck_require__(3323);
// EXTERNAL MODULE: ./src/core/log-safety.ts
var log_safety = __nccwpck_require__(276);
;// CONCATENATED MODULE: ./src/cli/io.ts
// Where CLI commands write: injected so the commands are testable without a terminal.

// The CLI runs in CI logs too: no line it prints may be obeyed as a workflow command.
const processIo = {
    stdout: text => void process.stdout.write((0,log_safety/* neutraliseCommands */.$)(text)),
    stderr: text => void process.stderr.write((0,log_safety/* neutraliseCommands */.$)(text)),
    stdoutIsTTY: process.stdout.isTTY === true
};

;// CONCATENATED MODULE: ./src/cli/main.ts
// The build-lab CLI: dispatches commands and turns every failure into one line and an exit code.






const USAGE = `usage: build-lab <command> [options]

commands:
  gate [<context>]   build twice (warm, then isolated) and fail when the digests differ
  drift [<context>]  rebuild in isolation and say why the digest moved from the record (--against) or registry (--image)
  diff <a> <b>       what differs between two OCI images (layout dirs or tars), and why
  lint [<context>]   Dockerfile findings for cache efficiency and reproducibility
  pin [<context>]    pin every base image to its digest (name:tag@sha256:...), or --check the pins are fresh
  run [<context>]    the lab: run scenarios (--all | --scenario cold,warm,...) and record the results
  compare            compare the last runs of the lab (--last 2): deltas and digest stability
  report             the lab's report (--format text|markdown|json|html), or a gate result (--input)
  version            print the version
  help               show this help

exit codes: 0 pass, 1 the check failed, 2 usage, input or engine error
run 'build-lab <command> --help' for a command's options`;
// Each command's code loads when it runs: the gate's pass path never loads the diff, lint or lab code.
const COMMAND_USAGE = {
    gate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(509), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(561), __nccwpck_require__.e(455), __nccwpck_require__.e(733)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8733))).GATE_USAGE,
    diff: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(899), __nccwpck_require__.e(903)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2903))).DIFF_USAGE,
    drift: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(899), __nccwpck_require__.e(308)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5308))).DRIFT_USAGE,
    lint: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(880), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6883))).LINT_USAGE,
    pin: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504), __nccwpck_require__.e(455), __nccwpck_require__.e(119), __nccwpck_require__.e(102)]).then(__nccwpck_require__.bind(__nccwpck_require__, 102))).PIN_USAGE,
    run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1504))).RUN_USAGE,
    compare: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1504))).COMPARE_USAGE,
    report: async () => `${(await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1504))).REPORT_USAGE}\n${(await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504), __nccwpck_require__.e(119)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4119))).GATE_REPORT_USAGE}`
};
function stepLogger(io) {
    return {
        info: line => io.stderr(`build-lab: ${line}\n`),
        group: (title, fn) => {
            io.stderr(`build-lab: ${title}\n`);
            return fn();
        },
        step: (run, step, phase) => {
            const line = (0,step_line/* stepLine */.l)(step, phase);
            if (line)
                io.stderr(`  run ${run} ${line}\n`);
        }
    };
}
function defaultDeps(io, signal) {
    return {
        engine: (0,engine/* createDockerEngine */.Jf)(signal ? { signal } : {}),
        ...(signal ? { signal } : {}),
        log: stepLogger(io),
        nowMs: () => Date.now(),
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        // Only a failing gate diagnoses: the diff code loads then.
        diagnose: async (run1, run2, hints) => (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(739), __nccwpck_require__.e(899), __nccwpck_require__.e(9)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2009))).diagnoseLayouts(run1, run2, hints)
    };
}
/** A usage error from node:util parseArgs, reworded as one line. (Not `instanceof TypeError`: under a test
 * runner's VM context, node's own errors come from another realm.) */
function usageError(error) {
    if (typeof error === 'object' &&
        error !== null &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS') &&
        'message' in error) {
        return new errors/* BuildLabError */.CG(`${String(error.message).split('\n').join(' ')} (run 'build-lab help' for usage)`);
    }
    return null;
}
async function run(argv = process.argv.slice(2), io = processIo, deps) {
    const [command, ...rest] = argv;
    // Commands that build stop their docker child on SIGINT/SIGTERM, clean up, and exit 130/143.
    const termination = command === 'gate' || command === 'run' || command === 'drift' ? listenForTermination() : null;
    try {
        if (command === undefined) {
            io.stderr(USAGE + '\n');
            return errors/* ExitCode */.yU.Error;
        }
        if (command === 'help' || command === '--help' || command === '-h') {
            io.stdout(USAGE + '\n');
            return errors/* ExitCode */.yU.Pass;
        }
        if (rest.includes('--help') || rest.includes('-h')) {
            const usage = COMMAND_USAGE[command];
            io.stdout((usage ? await usage() : USAGE) + '\n');
            return errors/* ExitCode */.yU.Pass;
        }
        switch (command) {
            case 'gate': {
                const { gateCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(509), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(561), __nccwpck_require__.e(455), __nccwpck_require__.e(733)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8733));
                return await gateCommand(rest, io, deps ?? defaultDeps(io, termination?.signal));
            }
            case 'diff':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(899), __nccwpck_require__.e(903)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2903))).diffCommand(rest, io);
            case 'drift': {
                const [{ driftCommand }, { registryImages }, { createRegistryClient }] = await Promise.all([
                    Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(899), __nccwpck_require__.e(308)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5308)),
                    __nccwpck_require__.e(/* import() */ 693).then(__nccwpck_require__.bind(__nccwpck_require__, 1693)),
                    Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(882)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2455))
                ]);
                const gateDeps = deps ?? defaultDeps(io, termination?.signal);
                return await driftCommand(rest, io, { ...gateDeps, registry: registryImages(createRegistryClient()) });
            }
            case 'lint':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(880), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6883))).lintCommand(rest, io);
            case 'pin':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504), __nccwpck_require__.e(455), __nccwpck_require__.e(119), __nccwpck_require__.e(102)]).then(__nccwpck_require__.bind(__nccwpck_require__, 102))).pinCommand(rest, io);
            case 'run': {
                const { defaultLabDeps, labLogger, runCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1504));
                return await runCommand(rest, io, { ...defaultLabDeps(termination?.signal), log: labLogger(io) });
            }
            case 'compare':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1504))).compareCommand(rest, io);
            case 'report':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(739), __nccwpck_require__.e(831), __nccwpck_require__.e(139), __nccwpck_require__.e(880), __nccwpck_require__.e(561), __nccwpck_require__.e(504), __nccwpck_require__.e(119)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4119))).reportCommand(rest, io);
            case 'version':
            case '--version':
                io.stdout(`build-lab ${version/* VERSION */.x}\n`);
                return errors/* ExitCode */.yU.Pass;
            default:
                throw new errors/* BuildLabError */.CG(`unknown command ${JSON.stringify(command)}: run 'build-lab help' for the list`);
        }
    }
    catch (error) {
        if (error instanceof errors/* Interrupted */.j$) {
            io.stderr(`build-lab: ${error.message}: stopped the build and removed its temporary files\n`);
            return error.exitCode;
        }
        const e = usageError(error) ?? error;
        if (e instanceof errors/* BuildLabError */.CG) {
            io.stderr(`build-lab: error: ${e.message}\n`);
            if (e.detail)
                io.stderr(e.detail.replace(/\s+$/, '') + '\n');
            return e.exitCode;
        }
        io.stderr(`build-lab: error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        if (process.env.BUILD_LAB_DEBUG && e instanceof Error && e.stack)
            io.stderr(e.stack + '\n');
        return errors/* ExitCode */.yU.Error;
    }
    finally {
        termination?.dispose();
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
// The build-lab CLI entrypoint.

// Exit explicitly: dangling sockets or retries must never keep a finished command alive.
run().then(code => process.exit(code));

