// Reads the commit time of HEAD for the epoch, without failing outside a git repository.
import * as exec from '@actions/exec'

export async function gitCommitTime(dir: string): Promise<string | null> {
  try {
    const out = await exec.getExecOutput('git', ['-C', dir, 'log', '-1', '--format=%ct'], {
      silent: true,
      ignoreReturnCode: true
    })
    return out.exitCode === 0 ? out.stdout.trim() : null
  } catch {
    return null
  }
}
