import type { Ladder } from '../ladder/Ladder.js'

/**
 * Pluspunt's care & participation ladder (zorg- en participatieladder; 003_39bc035d67f3ea38.txt):
 * 1 social, 2 educational, 3 work-oriented trajectory. Cumulative: a work-oriented trajectory
 * builds on taking part and on learning goals. Interpretations (docs/ladders.md): "social" is
 * taking part weekly in activities or unpaid work; "educational" is having at least one learning
 * goal that is active or achieved (learning goals only for those who want and can); "work-oriented"
 * is a trajectory marked as aiming at paid work.
 *
 * @example
 * ```ts
 * import { assess, builtinLadders } from '@doorstart/ladder'
 * assess(builtinLadders['pluspunt-zorg-participatie'], { organisedActivityHoursPerWeek: 6, learningGoals: [] }, { asOf: '2026-03-01' }).rung
 * //=> 'sociaal-traject'
 * ```
 */
export const pluspuntZorgParticipatie: Ladder = {
  id: 'pluspunt-zorg-participatie',
  version: '2026.1',
  effectiveFrom: '2026-01-01',
  title: { nl: 'Pluspunt zorg- en participatieladder', en: 'Pluspunt care & participation ladder' },
  description: {
    nl: 'Van sociaal traject via educatief traject naar arbeidsmatig traject (doorstartkwalificaties).',
    en: 'From a social trajectory via an educational one to a work-oriented trajectory (restart qualifications).',
  },
  placement: 'cumulative',
  rungs: [
    {
      id: 'sociaal-traject',
      title: { nl: 'Trede 1: sociaal traject', en: 'Rung 1: social trajectory' },
      criteria: [{
        id: 'neemt-wekelijks-deel',
        title: { nl: 'Neemt wekelijks deel aan activiteiten of klussen', en: 'Takes part in activities or odd jobs every week' },
        rule: { or: [
          { '>': [{ var: 'organisedActivityHoursPerWeek' }, 0] },
          { '>': [{ var: 'unpaidWork.hoursPerWeek' }, 0] },
        ] },
      }],
    },
    {
      id: 'educatief-traject',
      title: { nl: 'Trede 2: educatief traject', en: 'Rung 2: educational trajectory' },
      criteria: [{
        id: 'werkt-aan-leerdoel',
        title: { nl: 'Werkt aan minstens één leerdoel', en: 'Works on at least one learning goal' },
        rule: { some: [{ var: 'learningGoals' }, { in: [{ var: 'status' }, ['active', 'achieved']] }] },
      }],
    },
    {
      id: 'arbeidsmatig-traject',
      title: { nl: 'Trede 3: arbeidsmatig traject', en: 'Rung 3: work-oriented trajectory' },
      criteria: [{
        id: 'traject-gericht-op-werk',
        title: { nl: 'Volgt een traject gericht op (betaald) werk', en: 'Follows a trajectory aimed at (paid) work' },
        rule: { '===': [{ var: 'trajectory.workOriented' }, true] },
      }],
    },
  ],
}

/**
 * Pluspunt's participation & work ladder (participatie- en werkladder; 003_39bc035d67f3ea38.txt):
 * 1 protected workplace at Pluspunt's own sites, 2 societal workplace at partners (Voedseltuin,
 * Rotterdamse Munt), 3 workplace at a CSR (MVO) employer. First-match on the kind of the current
 * workplace; a regular employer counts as rung 3 as well (default, docs/ladders.md).
 *
 * @example
 * ```ts
 * import { assess, builtinLadders } from '@doorstart/ladder'
 * assess(builtinLadders['pluspunt-participatie-werk'], { workplace: { kind: 'societal' } }, { asOf: '2026-03-01' }).rung
 * //=> 'maatschappelijke-werkplaats'
 * ```
 */
export const pluspuntParticipatieWerk: Ladder = {
  id: 'pluspunt-participatie-werk',
  version: '2026.1',
  effectiveFrom: '2026-01-01',
  title: { nl: 'Pluspunt participatie- en werkladder', en: 'Pluspunt participation & work ladder' },
  placement: 'first-match',
  rungs: [
    {
      id: 'beschermde-werkplaats',
      title: { nl: 'Trede 1: beschermde werkplaats', en: 'Rung 1: protected workplace' },
      description: { nl: 'Op een eigen locatie van Pluspunt.', en: "At one of Pluspunt's own sites." },
      criteria: [{
        id: 'werkplek-beschermd',
        title: { nl: 'Werkt op een beschermde werkplaats', en: 'Works at a protected workplace' },
        rule: { '==': [{ var: 'workplace.kind' }, 'protected'] },
      }],
    },
    {
      id: 'maatschappelijke-werkplaats',
      title: { nl: 'Trede 2: maatschappelijke werkplaats', en: 'Rung 2: societal workplace' },
      description: { nl: 'Bij een partner, zoals de Voedseltuin of de Rotterdamse Munt.', en: 'At a partner such as the Voedseltuin or the Rotterdamse Munt.' },
      criteria: [{
        id: 'werkplek-maatschappelijk',
        title: { nl: 'Werkt op een maatschappelijke werkplaats bij een partner', en: 'Works at a societal workplace at a partner' },
        rule: { '==': [{ var: 'workplace.kind' }, 'societal'] },
      }],
    },
    {
      id: 'mvo-werkgever',
      title: { nl: 'Trede 3: werkplek bij een MVO-werkgever', en: 'Rung 3: workplace at a CSR employer' },
      criteria: [{
        id: 'werkplek-mvo',
        title: { nl: 'Werkt bij een MVO-werkgever of een reguliere werkgever', en: 'Works at a CSR employer or a regular employer' },
        rule: { in: [{ var: 'workplace.kind' }, ['csr-employer', 'regular-employer']] },
      }],
    },
  ],
}
