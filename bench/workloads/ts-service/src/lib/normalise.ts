// Field normalisation before storage: trimmed and lower-cased emails, rounded money, clean text and tags.
import escapeHtml from 'escape-html'
import uniq from 'lodash/uniq'
import validator from 'validator'
import type { Money } from './validation'

export function normaliseEmail(email: string): string {
  return validator.normalizeEmail(email, { gmail_remove_dots: false }) || email.trim().toLowerCase()
}

export function roundMoney(value: Money): Money {
  return { amountMinor: Math.round(value.amountMinor), currency: value.currency.toUpperCase() }
}

export function toIsoDate(value: string | Date): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString()
}

export function uniqueTags(tags: string[]): string[] {
  return uniq(tags.map(t => t.trim().toLowerCase()).filter(t => t !== '')).sort()
}

export function sanitiseText(text: string): string {
  return escapeHtml(validator.stripLow(text, true))
}
