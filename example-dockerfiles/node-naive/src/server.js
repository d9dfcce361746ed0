// A tiny HTTP service: reports its uptime in human units.
const http = require('node:http')
const ms = require('ms')

const started = Date.now()
const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'text/plain')
  res.end(`up ${ms(Date.now() - started, { long: true })}\n`)
})
server.listen(Number(process.env.PORT || 8080))
