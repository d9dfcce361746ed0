// Every request gets an id (or keeps the caller's), echoed in the response and the logs.
import type { RequestHandler } from 'express'
import { v4 as uuid, validate } from 'uuid'

export const requestId: RequestHandler = (req, res, next) => {
  const given = req.header('x-request-id')
  const id = given && validate(given) ? given : uuid()
  res.setHeader('x-request-id', id)
  next()
}
