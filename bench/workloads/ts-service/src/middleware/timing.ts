// Request durations into the histogram, labelled by the matched route.
import type { RequestHandler } from 'express'
import onFinished from 'on-finished'
import { httpDuration } from '../metrics'

export const timing: RequestHandler = (req, res, next) => {
  const end = httpDuration.startTimer({ method: req.method })
  onFinished(res, () => end({ route: req.route?.path ?? req.baseUrl ?? 'unmatched', status: String(res.statusCode) }))
  next()
}
