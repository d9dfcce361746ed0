// Express 4 does not await handlers: this passes a rejected promise to next().
import type { NextFunction, Request, RequestHandler, Response } from 'express'

export function asyncHandler(fn: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch(next)
  }
}
