// Where CLI commands write: injected so the commands are testable without a terminal.
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
}

export const processIo: CliIo = {
  stdout: text => void process.stdout.write(text),
  stderr: text => void process.stderr.write(text)
}
