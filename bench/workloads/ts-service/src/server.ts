// Starts the HTTP server, with live updates, and shuts down cleanly on SIGTERM.
import { createServer } from 'node:http'
import { createApp } from './app'
import { loadConfig } from './config'
import { createPool } from './db'
import { attachRealtime } from './lib/realtime'
import { logger } from './logger'

const config = loadConfig()
const pool = createPool(config)
const { app, bus } = createApp(config, pool)
const server = createServer(app)
attachRealtime(server, bus, [])

server.listen(config.PORT, () => logger.info({ port: config.PORT }, 'listening'))

process.on('SIGTERM', () => {
  logger.info('shutting down')
  server.close(() => void pool.end().then(() => process.exit(0)))
})
