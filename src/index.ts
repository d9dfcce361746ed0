// The GitHub Action entrypoint.
import { run } from './action/main.js'

// Exit explicitly: dangling sockets or retries must never keep a finished step alive.
run().then(code => process.exit(code))
