// After ncc: mark the bundles as ES modules and make the CLI executable.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'

for (const dir of ['dist', 'dist/cli']) writeFileSync(`${dir}/package.json`, '{ "type": "module" }\n')
const cli = 'dist/cli/index.js'
const text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
chmodSync(cli, 0o755)
