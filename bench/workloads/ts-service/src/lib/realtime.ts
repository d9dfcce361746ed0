// Live updates over WebSocket: clients subscribe to event names and get each payload as JSON.
import type { Server } from 'node:http'
import { WebSocketServer, type WebSocket } from 'ws'
import type { EventBus, EventName } from './events'

export function attachRealtime(server: Server, bus: EventBus, events: EventName<unknown>[]): WebSocketServer {
  const wss = new WebSocketServer({ server, path: '/live' })
  const clients = new Set<WebSocket>()
  wss.on('connection', socket => {
    clients.add(socket)
    socket.on('close', () => clients.delete(socket))
  })
  for (const name of events) {
    bus.on(name, payload => {
      const message = JSON.stringify({ event: name, payload })
      for (const socket of clients) if (socket.readyState === socket.OPEN) socket.send(message)
    })
  }
  return wss
}
