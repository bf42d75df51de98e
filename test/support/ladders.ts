import type { Ladder } from '@doorstart/ladder'

/** A small ladder for tests: three rungs whose criteria read `hours`, `contract.signed` and observations. */
export function threeRungLadder(placement: Ladder['placement']): Ladder {
  return {
    id: 'werkfit',
    version: '2026.1',
    title: { nl: 'Werkfit', en: 'Work-ready' },
    placement,
    rungs: [
      {
        id: 'start',
        title: { nl: 'Start', en: 'Start' },
        criteria: [{ id: 'komt', title: { nl: 'Komt wekelijks', en: 'Attends weekly' }, rule: { '>=': [{ var: 'daysPerWeek' }, 1] } }],
      },
      {
        id: 'vrijwilligerswerk',
        title: { nl: 'Vrijwilligerswerk', en: 'Volunteer work' },
        criteria: [
          { id: 'uren', title: { nl: 'Werkt ten minste 12 uur', en: 'Works at least 12 hours' }, rule: { '>=': [{ var: 'hours' }, 12] } },
          { id: 'verantwoordelijkheid', title: { nl: 'Heeft verantwoordelijkheid', en: 'Has responsibility' }, rule: { '==': [{ var: 'responsibility' }, true] } },
        ],
      },
      {
        id: 'betaald-werk',
        title: { nl: 'Betaald werk', en: 'Paid work' },
        criteria: [
          { id: 'contract', title: { nl: 'Contract of 32 uur', en: 'Contract or 32 hours' }, rule: { or: [{ var: 'contract.signed' }, { '>=': [{ var: 'hours' }, 32] }] } },
        ],
      },
    ],
  }
}
