// Webhook delivery: signed JSON posts, rate-limited per endpoint, retried with backoff.
import axios from 'axios'
import Bottleneck from 'bottleneck'
import { createHmac } from 'node:crypto'
import stableStringify from 'fast-json-stable-stringify'
import pLimit from 'p-limit'
import retry from 'retry'
import { logger } from '../logger'
import { webhookFailures } from '../metrics'

export interface Endpoint {
  url: string
  secret: string
}

export interface WebhookPublisher {
  publish(payload: Record<string, unknown>): void
}

export function signature(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex')
}

function deliver(endpoint: Endpoint, body: string): Promise<void> {
  const op = retry.operation({ retries: 4, factor: 2, minTimeout: 200, maxTimeout: 5000 })
  return new Promise((resolve, reject) => {
    op.attempt(async () => {
      try {
        await axios.post(endpoint.url, body, {
          headers: { 'content-type': 'application/json', 'x-signature': signature(body, endpoint.secret) },
          timeout: 5000
        })
        resolve()
      } catch (error) {
        if (op.retry(error instanceof Error ? error : new Error(String(error)))) return
        reject(op.mainError())
      }
    })
  })
}

export function webhookPublisher(endpoints: () => Endpoint[]): WebhookPublisher {
  const limiter = new Bottleneck({ maxConcurrent: 4, minTime: 50 })
  const limit = pLimit(8)
  return {
    publish(payload) {
      const body = stableStringify(payload)
      for (const endpoint of endpoints()) {
        void limit(() => limiter.schedule(() => deliver(endpoint, body))).catch(error => {
          webhookFailures.inc()
          logger.warn({ url: endpoint.url, err: error }, 'webhook delivery failed')
        })
      }
    }
  }
}
