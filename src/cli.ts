#!/usr/bin/env node
// The build-lab CLI entrypoint.
import { run } from './cli/main.js'

// Exit explicitly: dangling sockets or retries must never keep a finished command alive.
run().then(code => process.exit(code))
