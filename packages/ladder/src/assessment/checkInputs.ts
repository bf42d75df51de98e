import { DoorstartError } from '../errors/DoorstartError.js'
import { isIsoDate } from '../rules/dates.js'
import type { Facts } from '../rules/JsonValue.js'

/** Throws `facts-not-object` unless the facts are a plain object (arrays and class instances are not). */
export function checkFacts(facts: unknown): asserts facts is Facts {
  // The prototype alone decides: an array has Array.prototype, a Date Date.prototype.
  if (typeof facts === 'object' && facts !== null) {
    let prototype: unknown
    try {
      // A property read first: it pins the object's shape, which lets V8 answer getPrototypeOf
      // from that shape instead of calling out (about a tenth of `place` on a batch). A getter
      // or proxy that throws here is no JSON object either.
      void (facts as { constructor?: unknown }).constructor
      prototype = Object.getPrototypeOf(facts)
    } catch {
      throw notAnObject(facts)
    }
    if (prototype === Object.prototype || prototype === null) return
  }
  throw notAnObject(facts)
}

function notAnObject(facts: unknown): DoorstartError {
  return new DoorstartError('facts-not-object', `Facts must be a plain JSON object such as {"hoursPerWeek": 16}, got ${describeKind(facts)}.`)
}

function describeKind(facts: unknown): string {
  if (facts === null) return 'null'
  if (typeof facts !== 'object') return typeof facts
  try {
    if (Array.isArray(facts)) return 'an array'
  } catch {
    // A revoked proxy: Array.isArray itself throws.
  }
  return 'an object that is not plain JSON (a class instance, or a getter or proxy that fails)'
}

/** Returns the `asOf` option, or throws `invalid-as-of` with the path `/asOf`. */
export function checkAsOf(options: unknown): string {
  const asOf = typeof options === 'object' && options !== null ? (options as { asOf?: unknown }).asOf : undefined
  if (!isIsoDate(asOf)) {
    throw new DoorstartError(
      'invalid-as-of',
      `The asOf option must be the assessment date as an ISO date that exists (YYYY-MM-DD), got ${asOf === undefined ? 'nothing' : JSON.stringify(asOf)}; the engine never reads the clock.`,
      '/asOf',
    )
  }
  return asOf
}
