// Looks up the seeded demo data and adds what the access tests need on top: per centre a ladder,
// a learning goal and a media file, and a second colleague in Rotterdam.
import type { Payload } from 'payload'
import { DEMO_ACCOUNTS } from '../../../cms/src/seed/seedDemoData'

export type Id = number | string

export interface DemoFixture {
  centre: { own: Id; other: Id }
  users: {
    admin: Record<string, unknown>
    centreAdmin: Record<string, unknown>
    coach: Record<string, unknown>
    supervisor: Record<string, unknown>
    policyViewer: Record<string, unknown>
    colleague: Id
    otherCentreCoach: Id
  }
  workplace: { own: Id; ownOther: Id; other: Id }
}

/** A 1×1 transparent PNG, enough for an upload. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

const userByEmail = async (payload: Payload, email: string): Promise<Record<string, unknown>> => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
  const user = docs[0]
  if (!user) throw new Error(`demo user ${email} missing`)
  return { ...user, collection: 'users' }
}

export const loadDemoFixture = async (payload: Payload): Promise<DemoFixture> => {
  const centres = await payload.find({ collection: 'centres', depth: 0 })
  const centreId = (slug: string): Id => centres.docs.find((centre) => centre.slug === slug)!.id
  const own = centreId('lpc-rotterdam-zuid')
  const other = centreId('lucrato-apeldoorn')
  const workplaces = await payload.find({ collection: 'workplaces', depth: 0 })
  const workplaceId = (name: string): Id => workplaces.docs.find((workplace) => workplace.name === name)!.id
  const colleague = await payload.create({
    collection: 'users',
    data: { email: 'collega.rotterdam@demo.doorstart.nl', password: 'doorstart-demo', role: 'coach', centre: own } as never,
  })
  return {
    centre: { own, other },
    users: {
      admin: await userByEmail(payload, DEMO_ACCOUNTS.admin),
      centreAdmin: await userByEmail(payload, DEMO_ACCOUNTS.centreAdminRotterdam),
      coach: await userByEmail(payload, DEMO_ACCOUNTS.coachRotterdam),
      supervisor: await userByEmail(payload, DEMO_ACCOUNTS.supervisorRotterdam),
      policyViewer: await userByEmail(payload, DEMO_ACCOUNTS.policyViewer),
      colleague: colleague.id,
      otherCentreCoach: (await userByEmail(payload, DEMO_ACCOUNTS.coachApeldoorn)).id as Id,
    },
    workplace: {
      own: workplaceId('Keuken Huis van de Wijk'),
      ownOther: workplaceId('Stadstuin'),
      other: workplaceId('Groen – wijkbeheer'),
    },
  }
}

/** A minimal valid ladder definition in the collection's form fields. */
export const smallLadder = (ladderId: string, centre: Id | null) => ({
  ladderId,
  version: '2026.1',
  placement: 'cumulative',
  title: { nl: 'Kleine ladder', en: 'Small ladder' },
  centre,
  rungs: [
    { rungId: 'start', title: { nl: 'Start' }, criteria: [] },
    {
      rungId: 'werkfit',
      title: { nl: 'Werkfit' },
      criteria: [{ criterionId: 'komt-op-tijd', title: { nl: 'Komt op tijd' }, rule: { '==': [{ var: 'punctual' }, true] } }],
    },
  ],
})
