// The action: reads the inputs, masks and writes the secrets, and runs the mode they ask for.
import * as core from '@actions/core'
import { ExitCode } from '../core/errors.js'
import type { Mode } from './constants.js'
import type { ActionDeps } from './deps.js'
import { modeDeps } from './mode-deps.js'
import { type GateModeParams, runGateMode } from './gate-mode.js'
import { buildRequest, getInputs } from './inputs.js'
import { failStep } from './log.js'
import { maskSecrets, writeSecretFiles, type WrittenSecrets } from './secrets.js'

/** Each mode's entry; a new mode in constants.ts MODES does not compile until it has one here. */
const MODE_RUNNERS: Record<Mode, (params: GateModeParams, given?: ActionDeps) => Promise<number>> = {
  gate: runGateMode,
  // The cross-runner modes (and the artifact client) load only when asked for.
  record: async (params, given) => (await import('./record-mode.js')).runRecordMode(params, modeDeps(given)),
  compare: async (params, given) =>
    (await import('./compare-mode.js')).runCompareMode(params, modeDeps(given))
}

/** Runs the action; resolves with the process exit code. Every failure ends in core.setFailed. */
export async function run(given?: ActionDeps): Promise<number> {
  let written: WrittenSecrets | null = null
  try {
    const inputs = getInputs()
    // Masked before anything else is logged, and written to private files that the finally removes.
    for (const { value } of inputs.secrets) if (value !== '') core.setSecret(value)
    written = await writeSecretFiles(inputs.secrets)
    await maskSecrets(buildRequest(inputs, written.secrets))
    return await MODE_RUNNERS[inputs.mode]({ ...inputs, written: written.secrets }, given)
  } catch (error) {
    failStep(error)
    return ExitCode.CheckFailed
  } finally {
    await written?.remove()
  }
}
