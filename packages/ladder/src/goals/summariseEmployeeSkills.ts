import { EMPLOYEE_SKILLS, type EmployeeSkill, type ObserverRole } from '../facts/vocabulary.js'
import type { Facts } from '../rules/JsonValue.js'

const goalIdOf = (skill: string): string => skill.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
const SKILL_BY_GOAL = new Map<string, EmployeeSkill>(EMPLOYEE_SKILLS.map((skill) => [goalIdOf(skill), skill]))

/**
 * Derives the `employeeSkills` fact (the current level of each employee skill, read by the
 * `werknemersvaardigheden` ladder) from the `observations` fact: per skill, the level of the latest
 * observation on or before `asOf` by an accepted observer (default: supervisor or master trainer;
 * on one day, the highest level counts). Observations name the skill by its goal id
 * (`following-instructions` for `followingInstructions`). Skills never observed stay absent, so the
 * ladder keeps them unknown. Pure.
 *
 * @example
 * ```ts
 * summariseEmployeeSkills({ observations: [
 *   { goal: 'punctuality', date: '2026-01-05', observerRole: 'supervisor', level: 2 },
 *   { goal: 'punctuality', date: '2026-02-02', observerRole: 'supervisor', level: 3 },
 * ] }, { asOf: '2026-03-01' })
 * //=> { punctuality: 3 }
 * ```
 */
export function summariseEmployeeSkills(
  facts: Facts,
  options: { readonly asOf: string; readonly observerRoles?: readonly ObserverRole[] },
): { [skill in EmployeeSkill]?: number } {
  const roles = new Set<string>(options.observerRoles ?? ['supervisor', 'master-trainer'])
  const latest = new Map<EmployeeSkill, { date: string; level: number }>()
  const observations = facts['observations']
  if (!Array.isArray(observations)) return {}
  for (const observation of observations) {
    if (typeof observation !== 'object' || observation === null || Array.isArray(observation)) continue
    const { goal, date, observerRole, level } = observation as { readonly [key: string]: unknown }
    const skill = typeof goal === 'string' ? SKILL_BY_GOAL.get(goal) : undefined
    if (skill === undefined || typeof date !== 'string' || date > options.asOf || typeof level !== 'number') continue
    if (typeof observerRole !== 'string' || !roles.has(observerRole)) continue
    const current = latest.get(skill)
    if (current === undefined || date > current.date || (date === current.date && level > current.level)) latest.set(skill, { date, level })
  }
  return Object.fromEntries(EMPLOYEE_SKILLS.filter((skill) => latest.has(skill)).map((skill) => [skill, latest.get(skill)?.level]))
}
