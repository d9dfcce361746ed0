// Operator commands: issue a token, hash a password, list the mounted resources.
import { Command } from 'commander'
import { hashPassword, issueToken } from './auth'
import { loadConfig } from './config'
import { modules } from './modules'

const program = new Command('orders-api')

program
  .command('token <subject>')
  .option('-s, --scope <scope...>', 'scopes', ['admin'])
  .action((subject: string, options: { scope: string[] }) => {
    const config = loadConfig()
    process.stdout.write(`${issueToken({ sub: subject, scopes: options.scope }, config.JWT_SECRET, config.jwtTtlMs)}\n`)
  })

program.command('hash <password>').action(async (password: string) => {
  process.stdout.write(`${await hashPassword(password)}\n`)
})

program.command('resources').action(() => {
  for (const m of modules) process.stdout.write(`${m.path}\t${m.scopes.join(' ')}\n`)
})

void program.parseAsync()
