import type { Criterion, Ladder, LocalizedText, Rung } from '../ladder/Ladder.js'
import { EMPLOYEE_SKILLS, type EmployeeSkill } from '../facts/vocabulary.js'

/**
 * Dutch and English names of the employee skills (werknemersvaardigheden; the LPC evaluation
 * names them, 002_955c51c2f519a495.txt).
 *
 * @example
 * ```ts
 * EMPLOYEE_SKILL_TITLES.punctuality.nl //=> 'Op tijd komen'
 * ```
 */
export const EMPLOYEE_SKILL_TITLES: { readonly [skill in EmployeeSkill]: { readonly nl: string; readonly en: string } } = {
  punctuality: { nl: 'Op tijd komen', en: 'Punctuality' },
  followingInstructions: { nl: 'Instructies opvolgen', en: 'Following instructions' },
  workingTogether: { nl: 'Samenwerken', en: 'Working together' },
  customerFocus: { nl: 'Klantgericht werken', en: 'Customer focus' },
  integrity: { nl: 'Betrouwbaar en eerlijk', en: 'Integrity' },
  initiative: { nl: 'Initiatief nemen', en: 'Initiative' },
  attendance: { nl: 'Aanwezig zijn en afmelden', en: 'Attendance' },
  safeWork: { nl: 'Veilig werken', en: 'Safe work' },
}

/**
 * The short scale on which employee skills are rated (docs/ladders.md): 1 not yet, 2 with help,
 * 3 independently, 4 can show others. A sensible default where the sources only say "short
 * scale + note" (the common werknemersvaardigheden scales [ext]).
 *
 * @example
 * ```ts
 * EMPLOYEE_SKILL_SCALE[2]?.en //=> 'independently'
 * ```
 */
export const EMPLOYEE_SKILL_SCALE: readonly { readonly level: number; readonly nl: string; readonly en: string }[] = [
  { level: 1, nl: 'nog niet', en: 'not yet' },
  { level: 2, nl: 'met hulp', en: 'with help' },
  { level: 3, nl: 'zelfstandig', en: 'independently' },
  { level: 4, nl: 'kan het anderen voordoen', en: 'can show others' },
]

const kebab = (skill: string): string => skill.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

const RUNGS: readonly { id: string; level: number; title: LocalizedText; phrase: { nl: string; en: string } }[] = [
  { id: 'in-beeld', level: 1, title: { nl: 'Niveau 1: in beeld', en: 'Level 1: observed' }, phrase: { nl: 'is beoordeeld', en: 'has been rated' } },
  { id: 'met-hulp', level: 2, title: { nl: 'Niveau 2: met hulp', en: 'Level 2: with help' }, phrase: { nl: 'lukt met hulp', en: 'works with help' } },
  { id: 'zelfstandig', level: 3, title: { nl: 'Niveau 3: zelfstandig', en: 'Level 3: independently' }, phrase: { nl: 'lukt zelfstandig', en: 'works independently' } },
  { id: 'voorbeeld', level: 4, title: { nl: 'Niveau 4: kan het anderen voordoen', en: 'Level 4: can show others' }, phrase: { nl: 'kan het anderen voordoen', en: 'can show others' } },
]

function rung(definition: (typeof RUNGS)[number]): Rung {
  const criteria: Criterion[] = EMPLOYEE_SKILLS.map((skill) => ({
    id: `${kebab(skill)}-${definition.id}`,
    title: {
      nl: `${EMPLOYEE_SKILL_TITLES[skill].nl}: ${definition.phrase.nl}`,
      en: `${EMPLOYEE_SKILL_TITLES[skill].en}: ${definition.phrase.en}`,
    },
    rule: { '>=': [{ var: `employeeSkills.${skill}` }, definition.level] },
  }))
  return { id: definition.id, title: definition.title, criteria }
}

/**
 * Employee skills (werknemersvaardigheden, 002_955c51c2f519a495.txt) as a cumulative ladder of four levels
 * over eight skills (32 criteria): a level is reached when every skill is rated at least that
 * level in the `employeeSkills` fact. The same skills are also learning goals (see
 * `builtinLearningGoals`), whose evidence is observations over time.
 *
 * @example
 * ```ts
 * import { place, builtinLadders } from '@doorstart/ladder'
 * const all = (level: number) => Object.fromEntries(['punctuality', 'followingInstructions', 'workingTogether',
 *   'customerFocus', 'integrity', 'initiative', 'attendance', 'safeWork'].map((skill) => [skill, level]))
 * place(builtinLadders.werknemersvaardigheden, { employeeSkills: all(3) }, { asOf: '2026-03-01' }).rung //=> 'zelfstandig'
 * ```
 */
export const werknemersvaardigheden: Ladder = {
  id: 'werknemersvaardigheden',
  version: '2026.1',
  effectiveFrom: '2026-01-01',
  title: { nl: 'Werknemersvaardigheden', en: 'Employee skills' },
  description: {
    nl: 'Acht werknemersvaardigheden op een korte schaal: nog niet, met hulp, zelfstandig, kan het anderen voordoen.',
    en: 'Eight employee skills on a short scale: not yet, with help, independently, can show others.',
  },
  placement: 'cumulative',
  rungs: RUNGS.map(rung),
}
