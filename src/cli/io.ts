// Where CLI commands write: injected so the commands are testable without a terminal.
import { neutraliseCommands } from '../core/log-safety.js'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** stdout is a terminal: reports default to plain text there, and to markdown in a file or a pipe */
  stdoutIsTTY?: boolean
}

// The CLI runs in CI logs too: no line it prints may be obeyed as a workflow command.
export const processIo: CliIo = {
  stdout: text => void process.stdout.write(neutraliseCommands(text)),
  stderr: text => void process.stderr.write(neutraliseCommands(text)),
  stdoutIsTTY: process.stdout.isTTY === true
}
