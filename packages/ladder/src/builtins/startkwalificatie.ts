import type { Ladder } from '../ladder/Ladder.js'

const ENTRY_OR_HIGHER = ['entreeopleiding', 'mbo-2', 'mbo-3', 'mbo-4', 'havo', 'vwo', 'hbo', 'wo']
const BASIC_QUALIFICATION = ['mbo-2', 'mbo-3', 'mbo-4', 'havo', 'vwo', 'hbo', 'wo']

/**
 * The basic qualification (startkwalificatie, as the Dutch government defines it [ext];
 * lacking it is a barrier in 001_9a0c4fce56949085.txt): a havo, vwo or mbo-2+ diploma; the
 * mbo-1 entry course (Entreeopleiding) sits below it. Cumulative on `education.highestLevel`
 * (higher education counts as having it). A foreign diploma without recognition is `none` here.
 *
 * @example
 * ```ts
 * import { place, builtinLadders } from '@doorstart/ladder'
 * place(builtinLadders.startkwalificatie, { education: { highestLevel: 'entreeopleiding' } }, { asOf: '2026-03-01' }).rung
 * //=> 'entreeopleiding'
 * ```
 */
export const startkwalificatie: Ladder = {
  id: 'startkwalificatie',
  version: '2026.1',
  effectiveFrom: '2026-01-01',
  title: { nl: 'Startkwalificatie', en: 'Basic qualification' },
  description: {
    nl: 'Een diploma havo, vwo of mbo niveau 2 of hoger; de Entreeopleiding (mbo-1) zit eronder.',
    en: 'A havo, vwo or mbo level 2+ diploma; the Entreeopleiding (mbo level 1) sits below it.',
  },
  placement: 'cumulative',
  rungs: [
    {
      id: 'entreeopleiding',
      title: { nl: 'Entreeopleiding (mbo-1) of hoger', en: 'Entry course (mbo level 1) or higher' },
      criteria: [{
        id: 'diploma-entree-of-hoger',
        title: { nl: 'Heeft minstens het diploma Entreeopleiding', en: 'Holds at least the entry-course diploma' },
        rule: { in: [{ var: 'education.highestLevel' }, ENTRY_OR_HIGHER] },
      }],
    },
    {
      id: 'startkwalificatie',
      title: { nl: 'Startkwalificatie', en: 'Basic qualification' },
      criteria: [{
        id: 'diploma-startkwalificatie',
        title: { nl: 'Heeft een diploma havo, vwo of mbo-2 of hoger', en: 'Holds a havo, vwo or mbo-2+ diploma' },
        rule: { in: [{ var: 'education.highestLevel' }, BASIC_QUALIFICATION] },
      }],
    },
  ],
}
