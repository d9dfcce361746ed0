// The clock, in one place so that tests can pin it; and calendar helpers on dayjs and luxon.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { DateTime } from 'luxon'

dayjs.extend(utc)

let pinned: Date | null = null

export function now(): Date {
  return pinned ?? new Date()
}

export function pinClock(at: Date | null): void {
  pinned = at
}

export function addBusinessDays(from: Date, days: number): Date {
  let at = dayjs.utc(from)
  for (let left = days; left > 0; ) {
    at = at.add(1, 'day')
    if (at.day() !== 0 && at.day() !== 6) left--
  }
  return at.toDate()
}

export function localTime(at: Date, zone: string): string {
  return DateTime.fromJSDate(at).setZone(zone).toFormat('yyyy-LL-dd HH:mm ZZZZ')
}
