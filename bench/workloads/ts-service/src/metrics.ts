// Prometheus metrics: request durations by route and status.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export const registry = new Registry()
collectDefaultMetrics({ register: registry })

export const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry]
})

export const webhookFailures = new Counter({
  name: 'webhook_failures_total',
  help: 'Webhook deliveries that failed after retries',
  registers: [registry]
})
