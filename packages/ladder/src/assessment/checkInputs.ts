import { DoorstartError } from '../errors/DoorstartError.js'
import { isIsoDate } from '../rules/dates.js'
import type { Facts } from '../rules/JsonValue.js'

/** Throws `facts-not-object` unless the facts are a plain object (arrays and class instances are not). */
export function checkFacts(facts: unknown): asserts facts is Facts {
  // The prototype alone decides: an array has Array.prototype, a Date Date.prototype.
  if (typeof facts === 'object' && facts !== null) {
    // A property read first: it pins the object's shape, which lets V8 answer getPrototypeOf
    // from that shape instead of calling out (about a tenth of `place` on a batch).
    void (facts as { constructor?: unknown }).constructor
    const prototype = Object.getPrototypeOf(facts) as unknown
    if (prototype === Object.prototype || prototype === null) return
  }
  throw notAnObject(facts)
}

function notAnObject(facts: unknown): DoorstartError {
  return new DoorstartError(
    'facts-not-object',
    `Facts must be a plain JSON object such as {"hoursPerWeek": 16}, got ${facts === null ? 'null' : Array.isArray(facts) ? 'an array' : typeof facts === 'object' ? 'an instance of a class' : typeof facts}.`,
  )
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
