import type { Ladder } from '../ladder/Ladder.js'

/**
 * The municipal participation ladder (Participatieladder, Regioplan/Divosa [ext]) as a
 * first-match ladder of six rungs: scanning from rung 6 down, the first rung whose criteria hold.
 * Rung 1 has no criteria, so everyone is at least on it; unknown facts for a higher rung make the
 * placement provisional. The growth potential (groeipotentie) is recorded next to it with the
 * `growthPotential` fact, see {@link describeGrowthPotential}.
 *
 * Interpretations (documented in docs/ladders.md, overridable by a centre's own version):
 * "at least weekly" is `socialContactsPerWeek >= 1`; "organised activities weekly" is
 * `organisedActivityHoursPerWeek > 0`; a work-experience place with benefit kept counts as rung 4
 * whatever its hours; "support" is any entry in `paidWork.support`.
 *
 * @example
 * ```ts
 * import { assess, builtinLadders } from '@doorstart/ladder'
 * assess(builtinLadders.participatieladder, { paidWork: { hoursPerWeek: 24, support: [] } }, { asOf: '2026-03-01' }).rung
 * //=> 'betaald-werk'
 * ```
 */
export const participatieladder: Ladder = {
  id: 'participatieladder',
  version: '2026.1',
  effectiveFrom: '2026-01-01',
  title: { nl: 'Participatieladder', en: 'Participation ladder' },
  description: {
    nl: 'Zes treden van geïsoleerd tot betaald werk zonder ondersteuning (Regioplan/Divosa). Meet bij intake en minstens twee keer per jaar, met de groeipotentie ernaast.',
    en: 'Six rungs from isolated to paid work without support (Regioplan/Divosa). Measure at intake and at least twice a year, with the growth potential next to it.',
  },
  placement: 'first-match',
  rungs: [
    {
      id: 'geisoleerd',
      title: { nl: 'Trede 1: geïsoleerd', en: 'Rung 1: isolated' },
      description: { nl: 'Weinig of geen sociale contacten buiten de deur.', en: 'Few or no social contacts outside the home.' },
      criteria: [],
    },
    {
      id: 'sociale-contacten',
      title: { nl: 'Trede 2: sociale contacten buiten de deur', en: 'Rung 2: social contacts outside the home' },
      criteria: [{
        id: 'sociale-contacten-wekelijks',
        title: { nl: 'Heeft minstens wekelijks sociale contacten buiten de deur', en: 'Has social contacts outside the home at least weekly' },
        rule: { '>=': [{ var: 'socialContactsPerWeek' }, 1] },
      }],
    },
    {
      id: 'deelname-activiteiten',
      title: { nl: 'Trede 3: deelname aan georganiseerde activiteiten', en: 'Rung 3: takes part in organised activities' },
      description: { nl: 'Wekelijks een vereniging, cursus of dagbesteding, zonder verantwoordelijkheid.', en: 'Weekly club, course or day activities, without responsibility.' },
      criteria: [{
        id: 'georganiseerde-activiteit-wekelijks',
        title: { nl: 'Neemt wekelijks deel aan een georganiseerde activiteit', en: 'Takes part in an organised activity every week' },
        rule: { '>': [{ var: 'organisedActivityHoursPerWeek' }, 0] },
      }],
    },
    {
      id: 'onbetaald-werk',
      title: { nl: 'Trede 4: onbetaald werk', en: 'Rung 4: unpaid work' },
      description: { nl: 'Wekelijks onbetaald werk met verantwoordelijkheid; een werkervaringsplaats met behoud van uitkering telt als trede 4.', en: 'Weekly unpaid work with responsibility; a work-experience place with benefit kept counts as rung 4.' },
      criteria: [{
        id: 'onbetaald-werk-met-verantwoordelijkheid',
        title: { nl: 'Doet wekelijks onbetaald werk met verantwoordelijkheid of heeft een werkervaringsplaats', en: 'Does unpaid work with responsibility every week or has a work-experience place' },
        rule: {
          or: [
            { '===': [{ var: 'unpaidWork.workExperiencePlace' }, true] },
            { and: [
              { '===': [{ var: 'unpaidWork.withResponsibility' }, true] },
              { '>': [{ var: 'unpaidWork.hoursPerWeek' }, 0] },
            ] },
          ],
        },
      }],
    },
    {
      id: 'betaald-werk-met-ondersteuning',
      title: { nl: 'Trede 5: betaald werk met ondersteuning', en: 'Rung 5: paid work with support' },
      description: { nl: 'Loonkostensubsidie, aanvullende uitkering, jobcoach of beschut werk.', en: 'Wage subsidy, top-up benefit, jobcoach or sheltered work.' },
      criteria: [
        {
          id: 'betaald-werk-uren-met-ondersteuning',
          title: { nl: 'Heeft betaald werk', en: 'Has paid work' },
          rule: { '>': [{ var: 'paidWork.hoursPerWeek' }, 0] },
        },
        {
          id: 'met-ondersteuning',
          title: { nl: 'Krijgt ondersteuning of een aanvulling', en: 'Receives support or a top-up' },
          rule: { some: [{ var: 'paidWork.support' }, true] },
        },
      ],
    },
    {
      id: 'betaald-werk',
      title: { nl: 'Trede 6: betaald werk zonder ondersteuning', en: 'Rung 6: paid work without support' },
      criteria: [
        {
          id: 'betaald-werk-uren',
          title: { nl: 'Heeft betaald werk', en: 'Has paid work' },
          rule: { '>': [{ var: 'paidWork.hoursPerWeek' }, 0] },
        },
        {
          id: 'zonder-ondersteuning',
          title: { nl: 'Zonder ondersteuning of aanvullende uitkering', en: 'Without support or top-up benefit' },
          rule: { none: [{ var: 'paidWork.support' }, true] },
        },
      ],
    },
  ],
}
