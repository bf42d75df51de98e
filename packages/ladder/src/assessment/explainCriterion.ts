// Short human sentences, in Dutch and English, saying why a criterion has its outcome. They are
// generated from the rule: comparisons of a fact with a constant are spelled out with the value
// found; anything else names the facts the rule reads.
import type { Criterion } from '../ladder/Ladder.js'
import type { FactLabels } from '../facts/factLabels.js'
import { OPERATORS, operandsOf, operatorOf } from '../rules/operators/index.js'
import type { ExplanationLocale, Requirement } from '../rules/operators/Operator.js'
import { readPath } from '../internal/readPath.js'
import type { Outcome } from './Assessment.js'

export interface Explanation { readonly nl: string; readonly en: string }

/**
 * An explanation worked out when first read: batch callers that never read explanations do not
 * pay for them. `JSON.stringify` writes it as `{ "nl": …, "en": … }`.
 */
export class LazyExplanation implements Explanation {
  #criterion: Criterion | undefined
  #facts: unknown
  #outcome: Outcome
  #missing: readonly string[]
  #labels: FactLabels
  #text: Explanation | undefined

  constructor(criterion: Criterion, facts: unknown, outcome: Outcome, missing: readonly string[], labels: FactLabels) {
    this.#criterion = criterion
    this.#facts = facts
    this.#outcome = outcome
    this.#missing = missing
    this.#labels = labels
  }

  get nl(): string {
    return this.text().nl
  }

  get en(): string {
    return this.text().en
  }

  toJSON(): Explanation {
    return this.text()
  }

  private text(): Explanation {
    if (this.#text === undefined) {
      this.#text = explainCriterion(this.#criterion!, this.#facts, this.#outcome, this.#missing, this.#labels)
      // Let go of the facts once the text exists.
      this.#criterion = undefined
      this.#facts = undefined
    }
    return this.#text
  }
}

/** What a criterion requires of one fact, spelled out: the fact, the requirement, the constant. */
interface Clause { readonly path: string; readonly requirement: Requirement; readonly expected: unknown }

const MAX_CLAUSES = 4

/** A fact read on its own (`!!`, a bare `var`) must hold: "ja" / "yes". */
const HOLDS: Requirement = (_value, locale) => (locale === 'nl' ? 'ja' : 'yes')

const PREFIX: Readonly<Record<Outcome, Explanation>> = {
  met: { nl: 'Voldaan', en: 'Met' },
  'not-met': { nl: 'Niet voldaan', en: 'Not met' },
  unknown: { nl: 'Onbekend', en: 'Unknown' },
}

/**
 * Explains one criterion's outcome from its rule and the facts it read; facts are named by
 * `labels` (in the locale, else the other one), or by their path when they have no name.
 */
export function explainCriterion(criterion: Criterion, facts: unknown, outcome: Outcome, missing: readonly string[], labels: FactLabels = {}): Explanation {
  const clauses = collectClauses(criterion.rule)
  const prefix = PREFIX[outcome]
  const parts = (locale: ExplanationLocale): string[] => {
    const name = (path: string): string => factName(path, labels, locale)
    const details = clauses.slice(0, MAX_CLAUSES).map((clause) => describeClause(clause, name(clause.path), facts, locale))
    const unexplained = missing.filter((path) => !clauses.some((clause) => clause.path === path)).map(name)
    if (outcome === 'unknown' && unexplained.length > 0) {
      details.push(locale === 'nl' ? `ontbreekt: ${unexplained.join(', ')}` : `missing: ${unexplained.join(', ')}`)
    }
    if (details.length === 0) {
      // Only facts a reader knows by name: the items' own fields and a reduce's accumulator
      // (`level`, `accumulator`) mean nothing outside the rule.
      const paths = collectPaths(criterion.rule).filter((path) => factName(path, labels, locale) !== path).map(name)
      // Without its own full stop: the explanation ends with one ("…dagen (op basis van …).").
      const title = (criterion.title[locale] ?? criterion.title.nl ?? criterion.title.en ?? criterion.id).replace(/[.\s]+$/, '')
      details.push(paths.length > 0 ? `${title} (${locale === 'nl' ? 'op basis van' : 'based on'} ${paths.join(', ')})` : title)
    }
    return details
  }
  return {
    nl: `${prefix.nl}: ${dedupe(parts('nl')).join('; ')}.`,
    en: `${prefix.en}: ${dedupe(parts('en')).join('; ')}.`,
  }
}

/** The name of one fact path in `locale` (else the other locale), or undefined when it has none. */
function labelOf(path: string, labels: FactLabels, locale: ExplanationLocale): string | undefined {
  const label = Object.hasOwn(labels, path) ? labels[path] : undefined
  return label?.[locale] ?? label?.nl ?? label?.en
}

const POSITION = /^\d+$/

/**
 * A fact's name for the reader: its label, or for an item of a list (`observations.1.level`) the
 * labels of `observations.*` and `observations.*.level` with the item's number counted from 1
 * ("niveau van observatie 2"); the path itself when it has no name.
 */
export function factName(path: string, labels: FactLabels, locale: ExplanationLocale): string {
  const named = labelOf(path, labels, locale)
  if (named !== undefined) return named
  const segments = path.split('.')
  const positions = segments.filter((segment) => POSITION.test(segment)).length
  const at = segments.findIndex((segment) => POSITION.test(segment))
  // Only one list level is spelled out; a list inside a list keeps its path.
  if (positions !== 1 || at === 0) return path
  const pattern = segments.map((segment, index) => (index === at ? '*' : segment))
  const item = labelOf(pattern.slice(0, at + 1).join('.'), labels, locale)
  if (item === undefined) return path
  const numbered = `${item} ${Number(segments[at]) + 1}`
  if (at === segments.length - 1) return numbered
  const property = labelOf(pattern.join('.'), labels, locale)
  if (property === undefined) return path
  return locale === 'nl' ? `${property} van ${numbered}` : `${property} of ${numbered}`
}

function describeClause(clause: Clause, name: string, facts: unknown, locale: ExplanationLocale): string {
  const value = readPath(facts, clause.path, undefined)
  const found = value === null || value === undefined ? (locale === 'nl' ? 'onbekend' : 'unknown') : formatValue(value, locale)
  const requirement = clause.requirement(formatValue(clause.expected, locale), locale)
  return locale === 'nl'
    ? `${name} is ${found} (vereist: ${requirement})`
    : `${name} is ${found} (required: ${requirement})`
}

function formatValue(value: unknown, locale: ExplanationLocale): string {
  if (value === true) return locale === 'nl' ? 'ja' : 'yes'
  if (value === false) return locale === 'nl' ? 'nee' : 'no'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`
  if (Array.isArray(value)) return value.length <= 5 ? `[${value.map((item) => formatValue(item, locale)).join(', ')}]` : `${value.length} ${locale === 'nl' ? 'items' : 'items'}`
  return locale === 'nl' ? 'een waarde' : 'a value'
}

/**
 * Comparisons of one literal `var` with a constant, and facts that must hold, found through the
 * operators that are explained by their operands (`and`, `or`); each operator's `explain` says
 * which it is.
 */
function collectClauses(rule: unknown): Clause[] {
  const clauses: Clause[] = []
  const visit = (node: unknown): void => {
    const name = operatorOf(node)
    const explain = name === undefined ? undefined : OPERATORS[name]?.explain
    if (explain === undefined) return
    const operands = operandsOf(node as object, name!)
    if (explain.kind === 'operands') {
      operands.forEach(visit)
      return
    }
    if (explain.kind === 'fact') {
      const path = literalVarPath(name === 'var' ? node : operands[0])
      if (path !== undefined) clauses.push({ path, requirement: HOLDS, expected: true })
      return
    }
    if (operands.length !== 2) return
    const [left, right] = operands
    const leftPath = literalVarPath(left)
    const rightPath = literalVarPath(right)
    if (leftPath !== undefined && operatorOf(right) === undefined) {
      clauses.push({ path: leftPath, requirement: explain.requirement, expected: right })
    } else if (rightPath !== undefined && operatorOf(left) === undefined && explain.flipped !== undefined) {
      const flipped = OPERATORS[explain.flipped]?.explain
      if (flipped?.kind === 'comparison') clauses.push({ path: rightPath, requirement: flipped.requirement, expected: left })
    }
  }
  visit(rule)
  return clauses
}

function literalVarPath(node: unknown): string | undefined {
  if (operatorOf(node) !== 'var') return undefined
  const [path] = operandsOf(node as object, 'var')
  return typeof path === 'string' && path !== '' ? path : typeof path === 'number' ? String(path) : undefined
}

/** Every literal fact path a rule reads, in order of appearance. */
function collectPaths(rule: unknown): string[] {
  const paths: string[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit)
      return
    }
    const operator = operatorOf(node)
    if (operator === undefined) return
    const path = operator === 'var' ? literalVarPath(node) : undefined
    if (path !== undefined) paths.push(path)
    operandsOf(node as object, operator).forEach(visit)
  }
  visit(rule)
  return dedupe(paths)
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
