import type { ValidationIssue } from './ValidationIssue.js'

/** One sentence for an error that carries validation issues: how many, and the first with its path. */
export function describeIssues(subject: string, issues: readonly ValidationIssue[]): string {
  const first = issues[0]
  return `${subject} has ${issues.length} problem${issues.length === 1 ? '' : 's'}` +
    (first ? `; the first at "${first.path || '/'}": ${first.message}` : '.')
}
