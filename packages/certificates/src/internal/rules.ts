// A tiny validator for plain-data inputs: every rule pushes issues (code, JSON Pointer, message)
// instead of throwing, so one call reports everything that is wrong.
import { isIsoDate, joinPointer, type ValidationIssue } from '@doorstart/ladder'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'

export { isIsoDate }

export type Rule = (value: unknown, path: string, issues: ValidationIssue<CertificateErrorCode>[]) => void

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? 'a string' : typeof value

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)

// Control characters would be invisible on paper; newlines are only allowed where text wraps.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

/** A non-empty string of at most `max` characters (code points), without control characters. */
export function text(max: number, options: { multiline?: boolean } = {}): Rule {
  return (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.push({ path, code: 'expected-string', message: `Expected text, got ${describe(value)}.` })
      return
    }
    if (value.trim() === '') {
      issues.push({ path, code: 'empty-text', message: 'Fill in this text; it may not be empty or only spaces.' })
      return
    }
    const length = [...value].length
    if (length > max) {
      issues.push({ path, code: 'text-too-long', message: `Shorten this text to at most ${max} characters (it has ${length}); longer text cannot be printed legibly.` })
    }
    if (CONTROL.test(value) || (!options.multiline && value.includes('\n'))) {
      issues.push({ path, code: 'control-character', message: options.multiline ? 'Remove control characters (tabs and the like) from this text.' : 'Remove line breaks and control characters from this text; it is printed on one line.' })
    }
  }
}

/** A string matching `pattern`. */
export function matches(pattern: RegExp, code: CertificateErrorCode, message: string): Rule {
  return (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.push({ path, code: 'expected-string', message: `Expected text, got ${describe(value)}.` })
    } else if (!pattern.test(value)) {
      issues.push({ path, code, message: `${message}.` })
    }
  }
}

export const isoDate: Rule = (value, path, issues) => {
  if (!isIsoDate(value)) {
    issues.push({ path, code: 'invalid-date', message: `Write the date as an existing calendar date YYYY-MM-DD, e.g. 2026-03-01 (got ${JSON.stringify(value)}).` })
  }
}

export const httpUrl: Rule = (value, path, issues) => {
  let ok = false
  if (typeof value === 'string' && value.length <= 300) {
    try {
      const url = new URL(value)
      ok = url.protocol === 'https:' || url.protocol === 'http:'
    } catch {
      ok = false
    }
  }
  if (!ok) issues.push({ path, code: 'invalid-url', message: `Give an absolute http(s) URL of at most 300 characters, e.g. https://centre.example/verify/123 (got ${JSON.stringify(typeof value === 'string' ? value.slice(0, 60) : value)}).` })
}

export function oneOf(values: readonly string[]): Rule {
  return (value, path, issues) => {
    if (typeof value !== 'string' || !values.includes(value)) {
      issues.push({ path, code: 'unknown-value', message: `Use one of ${values.map((v) => `"${v}"`).join(', ')} (got ${JSON.stringify(value)}).` })
    }
  }
}

export function integer(min: number, max: number): Rule {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      issues.push({ path, code: 'invalid-number', message: `Use a whole number from ${min} to ${max} (got ${JSON.stringify(value)}).` })
    }
  }
}

export function array(item: Rule, bounds: { min: number; max: number }): Rule {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ path, code: 'expected-array', message: `Expected a list, got ${describe(value)}.` })
      return
    }
    if (value.length < bounds.min || value.length > bounds.max) {
      issues.push({ path, code: 'list-length', message: `Give ${bounds.min === bounds.max ? bounds.min : `${bounds.min} to ${bounds.max}`} items (got ${value.length}).` })
    }
    value.forEach((element, index) => item(element, joinPointer(path, index), issues))
  }
}

/**
 * A plain object with the given required and optional properties and nothing else: an unknown
 * property is an error, so data that has no place on a document (health, debts, benefit status)
 * cannot slip through a misspelt or extra field.
 */
export function object(required: Readonly<Record<string, Rule>>, optional: Readonly<Record<string, Rule>> = {}): Rule {
  return (value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.push({ path, code: 'expected-object', message: `Expected an object, got ${describe(value)}.` })
      return
    }
    for (const [key, rule] of Object.entries(required)) {
      if (value[key] === undefined) {
        issues.push({ path: joinPointer(path, key), code: 'missing-property', message: `Add "${key}"; it is required here.` })
      } else {
        rule(value[key], joinPointer(path, key), issues)
      }
    }
    for (const [key, rule] of Object.entries(optional)) {
      if (value[key] !== undefined) rule(value[key], joinPointer(path, key), issues)
    }
    for (const key of Object.keys(value)) {
      if (!(key in required) && !(key in optional)) {
        issues.push({ path: joinPointer(path, key), code: 'unknown-property', message: `Remove "${key}": it is not part of this input (allowed: ${[...Object.keys(required), ...Object.keys(optional)].join(', ')}). Documents never carry data beyond these fields.` })
      }
    }
  }
}

/** Runs several rules on the same value. */
export const all = (...rules: readonly Rule[]): Rule => (value, path, issues) => {
  for (const rule of rules) rule(value, path, issues)
}

/** A custom check on a value that already passed `base`. */
export function refine(base: Rule, check: (value: unknown, path: string, issues: ValidationIssue<CertificateErrorCode>[]) => void): Rule {
  return (value, path, issues) => {
    const before = issues.length
    base(value, path, issues)
    if (issues.length === before) check(value, path, issues)
  }
}
