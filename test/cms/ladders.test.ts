// The ladders collection: every save runs the library's validateLadder, each issue lands on its
// own form field (in Dutch or English), and a used ladder version never changes.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toFieldPath } from '../../cms/src/collections/Ladders/ladderDocument'
import { issueMessage } from '../../cms/src/collections/Ladders/issueMessages'
import { loadDemoFixture, smallLadder, type DemoFixture } from '../support/cms/demoFixture'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let fixture: DemoFixture

interface FieldError {
  path: string
  message: string
}

/** The field errors of a refused save (or `[]` when it was saved). */
const fieldErrors = async (save: Promise<unknown>): Promise<FieldError[]> =>
  save.then(
    () => [],
    (error: { data?: { errors?: FieldError[] } }) => error.data?.errors ?? [{ path: '?', message: String(error) }],
  )

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
})

afterAll(async () => {
  await cms?.stop()
})

describe('toFieldPath', () => {
  it.each([
    ['/rungs/2/criteria/0/rule', 'rungs.2.criteria.0.rule'],
    ['/rungs/2/criteria/0/rule/and/1', 'rungs.2.criteria.0.rule'],
    ['/rungs/1/id', 'rungs.1.rungId'],
    ['/rungs/1/criteria/3/id', 'rungs.1.criteria.3.criterionId'],
    ['/id', 'ladderId'],
    ['/title', 'title.nl'],
    ['/title/en', 'title.en'],
    ['/rungs', 'rungs'],
    ['', 'ladderId'],
  ])('maps %s to %s', (pointer, path) => {
    expect(toFieldPath(pointer)).toBe(path)
  })
})

describe('issueMessage', () => {
  it('speaks Dutch for a known code and keeps the code', () => {
    expect(issueMessage({ code: 'duplicate-rung-id', message: 'Duplicate rung id' }, 'nl')).toMatch(/^Deze trede-id .*\(duplicate-rung-id\)$/)
  })

  it('falls back to the library message for an unknown code', () => {
    expect(issueMessage({ code: 'something-new', message: 'Something new' }, 'nl')).toBe('Something new (something-new)')
  })
})

describe('validateLadderDefinition', () => {
  it('saves a valid ladder', async () => {
    expect(await fieldErrors(payload.create({ collection: 'ladders', data: smallLadder('valide-ladder', fixture.centre.own) as never }))).toEqual([])
  })

  it('puts an unknown operator on the rule field of its criterion', async () => {
    const ladder = smallLadder('kapotte-regel', fixture.centre.own)
    ladder.rungs[1]!.criteria[0]!.rule = { sum: [1, 2] } as never
    const errors = await fieldErrors(payload.create({ collection: 'ladders', data: ladder as never }))
    expect(errors.map((error) => error.path)).toEqual(['rungs.1.criteria.0.rule'])
    expect(errors[0]!.message).toMatch(/unknown-operator/)
  })

  it('puts a duplicate rung id on the second rung', async () => {
    const ladder = smallLadder('dubbele-trede', fixture.centre.own)
    ladder.rungs[1]!.rungId = 'start'
    const errors = await fieldErrors(payload.create({ collection: 'ladders', data: ladder as never }))
    expect(errors.map((error) => error.path)).toContain('rungs.1.rungId')
    expect(errors.find((error) => error.path === 'rungs.1.rungId')!.message).toMatch(/duplicate-rung-id/)
  })

  it('reports every issue at once', async () => {
    const ladder = smallLadder('twee-fouten', fixture.centre.own)
    ladder.rungs[1]!.rungId = 'start'
    ladder.rungs[1]!.criteria[0]!.rule = { sum: [1, 2] } as never
    const errors = await fieldErrors(payload.create({ collection: 'ladders', data: ladder as never }))
    expect(errors.map((error) => error.path).sort()).toEqual(['rungs.1.criteria.0.rule', 'rungs.1.rungId'])
  })

  it('validates the stored document merged with a partial update', async () => {
    const { id } = await payload.create({ collection: 'ladders', data: smallLadder('deel-update', fixture.centre.own) as never })
    const errors = await fieldErrors(payload.update({ collection: 'ladders', id, data: { effectiveFrom: '2026-02-30' } as never }))
    expect(errors.map((error) => error.path)).toEqual(['effectiveFrom'])
  })
})

describe('the definition field', () => {
  it('returns a stored ladder in the library format, valid for validateLadder', async () => {
    const { validateLadder, builtinLadders } = await import('@doorstart/ladder')
    const { docs } = await payload.find({ collection: 'ladders', where: { ladderId: { equals: 'participatieladder' } } })
    const definition = validateLadder(docs[0]!.definition)
    expect(definition).toEqual(builtinLadders.participatieladder)
  })
})

describe('applyDefinitionJson', () => {
  it('creates a ladder from a definition in the library format', async () => {
    const { builtinLadders } = await import('@doorstart/ladder')
    const definition = { ...builtinLadders['pluspunt-participatie-werk']!, id: 'uit-json', version: '2026.9' }
    const doc = await payload.create({ collection: 'ladders', data: { definition, centre: fixture.centre.own } as never })
    expect([doc.ladderId, doc.rungs?.length, doc.definition]).toEqual(['uit-json', definition.rungs.length, definition])
  })

  it('keeps form edits when the unchanged JSON comes back with them', async () => {
    const created = await payload.create({ collection: 'ladders', data: smallLadder('formulier-wint', fixture.centre.own) as never })
    const updated = await payload.update({
      collection: 'ladders',
      id: created.id,
      data: { title: { nl: 'Nieuwe titel' }, definition: created.definition } as never,
    })
    expect(updated.title?.nl).toBe('Nieuwe titel')
  })

  it('puts the issues of an invalid definition on the JSON field', async () => {
    const errors = await fieldErrors(payload.create({ collection: 'ladders', data: { definition: { id: 'Geen Kebab' } } as never }))
    expect(new Set(errors.map((error) => error.path))).toEqual(new Set(['definition']))
    expect(errors.some((error) => /\/id: .*invalid-id/.test(error.message))).toBe(true)
  })
})

describe('used ladder versions', () => {
  it('are not locked by a trajectory that names them', async () => {
    const ladder = await payload.create({ collection: 'ladders', data: smallLadder('in-traject', fixture.centre.own) as never })
    const { docs } = await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.own } }, limit: 1 })
    await payload.create({
      collection: 'trajectories',
      data: { participant: docs[0]!.id, ladder: ladder.id, startDate: '2026-03-01', policy: 'lpc-rotterdam' } as never,
    })
    expect((await payload.findByID({ collection: 'ladders', id: ladder.id })).inUse).toBe(false)
  })

  it('cannot change once an assessment has marked them used', async () => {
    const ladder = await payload.create({ collection: 'ladders', data: smallLadder('in-gebruik', fixture.centre.own) as never })
    // What recording an assessment does with the version it used.
    await payload.update({ collection: 'ladders', id: ladder.id, data: { inUse: true }, context: { markLadderUsed: true } })
    await expect(payload.update({ collection: 'ladders', id: ladder.id, data: { title: { nl: 'Anders' } } as never })).rejects.toThrow(/ladder-version-in-use/)
    await expect(payload.delete({ collection: 'ladders', id: ladder.id })).rejects.toThrow(/ladder-version-in-use/)
  })

  it('stay with their centre once used, and still save unchanged', async () => {
    const ladder = await payload.create({ collection: 'ladders', data: smallLadder('verhuist-niet', fixture.centre.own) as never })
    await payload.update({ collection: 'ladders', id: ladder.id, data: { inUse: true }, context: { markLadderUsed: true } })
    await expect(payload.update({ collection: 'ladders', id: ladder.id, data: { centre: fixture.centre.other } as never })).rejects.toThrow(/ladder-version-in-use/)
    await expect(payload.update({ collection: 'ladders', id: ladder.id, data: { centre: null } as never })).rejects.toThrow(/ladder-version-in-use/)
    const saved = await payload.update({ collection: 'ladders', id: ladder.id, depth: 0, data: { centre: fixture.centre.own } as never })
    expect(saved.centre).toBe(fixture.centre.own)
  })

  it('can get a new version beside the used one', async () => {
    const next = await payload.create({ collection: 'ladders', data: { ...smallLadder('in-gebruik', fixture.centre.own), version: '2026.2' } as never })
    expect(next.inUse).toBe(false)
  })
})
