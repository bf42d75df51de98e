// The coach's screens' own small rules: how typed days and numbers are read, where each worklist
// row's button goes, and that both languages have every word.
import { describe, expect, it } from 'vitest'
import { emptyMeans, inLanguage, weekdayName, yesNo } from '../../cms/src/components/listCellText'
import { auditFields } from '../../cms/src/fields/auditFields'
import { YES_NO_CELL } from '../../cms/src/fields/readableCells'
import { coachText } from '../../cms/src/i18n/coachText'
import { translations } from '../../cms/src/i18n/translations'
import { parseDay, parseNumber, showDay } from '../../cms/src/views/Participant/dayInput'
import { actionHref } from '../../cms/src/views/links'

const routes = { admin: '/admin', api: '/api' }

describe('parseDay', () => {
  it('reads dd-mm-jjjj day first: 01-12-2026 is 1 December', () => {
    expect(parseDay('01-12-2026')).toBe('2026-12-01')
    expect(parseDay('1/12/2026')).toBe('2026-12-01')
  })

  it('refuses days that do not exist and other formats', () => {
    expect(parseDay('31-02-2026')).toBeNull()
    expect(parseDay('2026-12-01')).toBeNull()
    expect(parseDay('morgen')).toBeNull()
  })

  it('shows an ISO day as dd-mm-jjjj', () => {
    expect(showDay('2026-12-01')).toBe('01-12-2026')
  })
})

describe('parseNumber', () => {
  it('reads a Dutch decimal comma', () => {
    expect(parseNumber('2,5')).toBe(2.5)
    expect(parseNumber(' 12 ')).toBe(12)
    expect(parseNumber('veel')).toBeNull()
  })
})

describe('actionHref', () => {
  it('sends every worklist action to its form', () => {
    const label = { nl: '', en: '' }
    expect(actionHref(routes, { kind: 'record-review', participantId: 4, trajectoryId: 9, label })).toBe('/admin/collections/participants/4/evaluatie?traject=9')
    expect(actionHref(routes, { kind: 'new-assessment', participantId: 4, trajectoryId: null, label })).toBe('/admin/collections/participants/4/nieuwe-meting')
    expect(actionHref(routes, { kind: 'set-learning-goals', participantId: 4, trajectoryId: null, label })).toBe('/admin/collections/participants/4')
    expect(actionHref(routes, { kind: 'record-follow-up', participantId: 4, trajectoryId: 9, label })).toBe('/admin/collections/trajectories/9')
  })
})

describe('coachText', () => {
  it('has every word in Dutch and English, and Dutch by default', () => {
    expect(Object.keys(coachText('en')).sort()).toEqual(Object.keys(coachText('nl')).sort())
    expect(coachText(undefined).outcome.unknown).toBe('bewijs ontbreekt')
    expect(coachText('fr').worklistTitle).toBe('Werklijst')
  })
})

describe('observations counted towards a learning goal', () => {
  it('reads as a count and what is needed, never "4 van 3"', () => {
    expect(coachText('nl').observationsCounted(4, 3)).toBe('4 observaties, 3 nodig')
    expect(coachText('nl').observationsCounted(1, 3)).toBe('1 observatie, 3 nodig')
    expect(coachText('en').observationsCounted(4, 3)).toBe('4 observations, 3 needed')
  })
})

describe('who created and changed a document', () => {
  it('is shown only when known, never as an empty "Selecteer een waarde" picker', () => {
    for (const field of auditFields()) {
      const name = (field as { name: string }).name
      const condition = (field.admin as { condition: (data: Record<string, unknown>) => boolean }).condition
      expect(condition({ [name]: null })).toBe(false)
      expect(condition({})).toBe(false)
      expect(condition({ [name]: 7 })).toBe(true)
    }
  })
})

describe('a document one may not open', () => {
  it('is "niet gevonden" without its id, in both languages', () => {
    expect(translations.nl.error.documentNotFound).toMatch(/^Niet gevonden/)
    for (const text of [translations.nl.error.documentNotFound, translations.en.error.documentNotFound]) expect(text).not.toMatch(/ID|\{\{id\}\}/)
  })
})

describe('list cells in words', () => {
  it('shows a checkbox as ja/nee, never waar/onwaar', () => {
    expect(yesNo(true)).toBe('ja')
    expect(yesNo(false)).toBe('nee')
    expect(yesNo(null)).toBe('nee')
    expect(yesNo(true, 'en')).toBe('yes')
  })

  it('names an activity’s day: 1 is maandag', () => {
    expect(weekdayName(1)).toBe('maandag')
    expect(weekdayName(7)).toBe('zondag')
    expect(weekdayName(3, 'en')).toBe('Wednesday')
    expect(weekdayName(9)).toBe('')
  })

  it('picks the reader’s language of a { nl, en } text, Dutch by default', () => {
    const rung = { nl: 'Trede 4: onbetaald werk', en: 'Rung 4: unpaid work' }
    expect(inLanguage(rung)).toBe('Trede 4: onbetaald werk')
    expect(inLanguage(rung, 'en')).toBe('Rung 4: unpaid work')
    expect(inLanguage({ nl: 'Alleen Nederlands' }, 'en')).toBe('Alleen Nederlands')
  })

  it('says what an empty centre or workplace means', () => {
    expect(emptyMeans('builtIn')).toBe('ingebouwd (alle centra)')
    expect(emptyMeans('everyWorkplace')).toBe('alle werkplekken')
  })

  it('gives every checkbox column of every collection the ja/nee cell', async () => {
    const { default: config } = await import('../../cms/src/payload.config')
    const { collections } = await config
    const checkboxes = collections.flatMap((collection) =>
      collection.flattenedFields.filter((field) => field.type === 'checkbox').map((field) => ({ slug: collection.slug, field })),
    )
    expect(checkboxes.map(({ slug, field }) => `${slug}.${field.name}`)).toEqual(expect.arrayContaining(['assessments.provisional', 'assessments.voided', 'observations.positive']))
    const assessments = collections.find((collection) => collection.slug === 'assessments')!
    const cellOf = (name: string) =>
      (assessments.flattenedFields.find((field) => field.name === name)?.admin as { components?: { Cell?: unknown } } | undefined)?.components?.Cell
    expect(cellOf('provisional')).toBe(YES_NO_CELL)
    expect(cellOf('voided')).toBe(YES_NO_CELL)
    // The list shows the ladder by its title and the rung by its title, never their ids.
    expect(assessments.admin.defaultColumns).toContain('ladder')
    expect(assessments.admin.defaultColumns).not.toContain('ladderId')
    expect(cellOf('rung')).toBe('/components/ListCells#RungCell')
  }, 120_000)
})
