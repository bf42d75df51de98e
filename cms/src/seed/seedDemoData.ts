import type { Payload } from 'payload'
import { richText } from './richText'

/** The password of every demo account (documented in the README; never in production). */
export const DEMO_PASSWORD = 'doorstart-demo'

/** The demo accounts by email; the first four are the ones the README lists. */
export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.doorstart.nl',
  coachRotterdam: 'coach.rotterdam@demo.doorstart.nl',
  coachApeldoorn: 'coach.apeldoorn@demo.doorstart.nl',
  policyViewer: 'beleid@demo.doorstart.nl',
  centreAdminRotterdam: 'beheer.rotterdam@demo.doorstart.nl',
  supervisorRotterdam: 'werkbegeleider.rotterdam@demo.doorstart.nl',
  coachPluspunt: 'coach.pluspunt@demo.doorstart.nl',
} as const

const CENTRES = [
  { slug: 'lpc-rotterdam-zuid', name: 'Leer Praktijk Centrum Rotterdam-Zuid', city: 'Rotterdam', hoursPerWeek: 32, maxTrajectoryMonths: 12, caseloadOnly: false },
  { slug: 'pluspunt', name: 'Pluspunt', city: 'Rotterdam', hoursPerWeek: 16, maxTrajectoryMonths: 12, caseloadOnly: false },
  { slug: 'lucrato-apeldoorn', name: 'Werkleerbedrijf Lucrato', city: 'Apeldoorn', hoursPerWeek: 32, maxTrajectoryMonths: 3, caseloadOnly: true },
] as const

const WORKPLACES: Record<string, { name: string; sector: string; location: string; operator: string }[]> = {
  'lpc-rotterdam-zuid': [
    { name: 'Keuken Huis van de Wijk', sector: 'kitchen', location: 'Huis van de Wijk, Zuid', operator: 'Sociaal ondernemer keuken' },
    { name: 'Stadstuin', sector: 'garden', location: 'Stadstuin Zuid', operator: 'Sociaal ondernemer groen' },
    { name: 'Schoonmaak seniorenflat', sector: 'cleaning', location: 'Zorgflat Zuid', operator: 'Woonbron-partner' },
  ],
  pluspunt: [
    { name: 'Fietsenwerkplaats', sector: 'bike-repair', location: 'Pluspunt', operator: 'Pluspunt' },
    { name: 'Voedseltuin', sector: 'garden', location: 'Voedseltuin Rotterdam', operator: 'Partner' },
  ],
  'lucrato-apeldoorn': [
    { name: 'Groen – wijkbeheer', sector: 'green', location: 'Apeldoorn', operator: 'Gemeente Apeldoorn, wijkbeheer' },
    { name: 'Bestrating', sector: 'paving', location: 'Apeldoorn', operator: 'Gemeente Apeldoorn' },
  ],
}

/**
 * Fills an empty database with the demo centres, staff, curricula, and pseudonymous participants
 * with trajectories on the built-in ladders. Runs without a user (trusted), after seedBuiltins.
 */
export const seedDemoData = async (payload: Payload): Promise<void> => {
  const started = Date.now()
  const centre: Record<string, number | string> = {}
  const workplace: Record<string, number | string> = {}
  for (const data of CENTRES) {
    centre[data.slug] = (await payload.create({ collection: 'centres', data: { ...data, bsnEnabled: false } })).id
    for (const place of WORKPLACES[data.slug] ?? []) {
      workplace[place.name] = (await payload.create({ collection: 'workplaces', data: { ...place, sector: place.sector as never, centre: centre[data.slug] } })).id
    }
  }

  const user = async (email: string, role: string, centreSlug: string | null, extra: Record<string, unknown> = {}) =>
    (
      await payload.create({
        collection: 'users',
        data: { email, password: DEMO_PASSWORD, role: role as never, centre: centreSlug ? centre[centreSlug] : null, ...extra },
      })
    ).id
  await user(DEMO_ACCOUNTS.admin, 'admin', null, { name: 'Demo admin' })
  const coachRotterdam = await user(DEMO_ACCOUNTS.coachRotterdam, 'coach', 'lpc-rotterdam-zuid', { name: 'Werkcoach Rotterdam' })
  const coachApeldoorn = await user(DEMO_ACCOUNTS.coachApeldoorn, 'coach', 'lucrato-apeldoorn', { name: 'Trajectbegeleider Apeldoorn' })
  await user(DEMO_ACCOUNTS.policyViewer, 'policy-viewer', 'lpc-rotterdam-zuid', { name: 'Beleidsmedewerker Rotterdam' })
  await user(DEMO_ACCOUNTS.centreAdminRotterdam, 'centre-admin', 'lpc-rotterdam-zuid', { name: 'Centrumbeheer Rotterdam' })
  await user(DEMO_ACCOUNTS.supervisorRotterdam, 'work-supervisor', 'lpc-rotterdam-zuid', {
    name: 'Werkbegeleider keuken',
    workplace: workplace['Keuken Huis van de Wijk'],
  })
  const coachPluspunt = await user(DEMO_ACCOUNTS.coachPluspunt, 'coach', 'pluspunt', { name: 'Trajectbegeleider Pluspunt' })

  // The built-in ladders and learning goals are already there (seedBuiltins runs first).
  const ladders = await payload.find({ collection: 'ladders', where: { centre: { exists: false } }, pagination: false, depth: 0 })
  const ladder: Record<string, number | string> = Object.fromEntries(ladders.docs.map((doc) => [doc.ladderId, doc.id]))
  const goals = await payload.find({ collection: 'learning-goals', where: { centre: { exists: false } }, pagination: false, depth: 0 })
  const goal: Record<string, number | string> = Object.fromEntries(goals.docs.map((doc) => [doc.goalId, doc.id]))

  await payload.create({
    collection: 'curricula',
    data: {
      title: 'Horeca basis',
      centre: centre['lpc-rotterdam-zuid'],
      introduction: richText(
        '# Eerst plaatsen, dan leren',
        'Deelnemers werken 32 uur per week in de keuken of de bediening en leren op de werkvloer.',
      ),
      modules: [
        { title: 'Hygiëne in de keuken', hours: 8, learningGoals: [goal['kitchen-hygiene']], content: richText('# HACCP-basis', 'Handen wassen, temperaturen meten, allergenen herkennen.') },
        { title: 'Werknemersvaardigheden', hours: 4, learningGoals: [goal.punctuality, goal['following-instructions']], content: richText('Op tijd komen, afmelden, instructies opvolgen.') },
        { title: 'Nederlands op het werk', hours: 24, learningGoals: [goal['dutch-at-work']], content: richText('Taalles met woorden uit de keuken en de bediening.') },
      ],
    } as never,
  })
  await payload.create({
    collection: 'curricula',
    data: {
      title: 'Groen op proef',
      centre: centre['lucrato-apeldoorn'],
      introduction: richText('Drie weken op proef in het groenonderhoud van de wijk, daarna binnen drie maanden naar werk.'),
      modules: [{ title: 'Veilig werken met gereedschap', hours: 4, learningGoals: [goal['green-tool-safety']], content: richText('Persoonlijke beschermingsmiddelen en veilig werken langs de weg.') }],
    } as never,
  })

  const participants: { centre: string; coach: number | string; workplace: string; count: number }[] = [
    { centre: 'lpc-rotterdam-zuid', coach: coachRotterdam, workplace: 'Keuken Huis van de Wijk', count: 3 },
    { centre: 'lpc-rotterdam-zuid', coach: coachRotterdam, workplace: 'Stadstuin', count: 2 },
    { centre: 'pluspunt', coach: coachPluspunt, workplace: 'Fietsenwerkplaats', count: 2 },
    { centre: 'lucrato-apeldoorn', coach: coachApeldoorn, workplace: 'Groen – wijkbeheer', count: 3 },
  ]
  let day = 1
  for (const group of participants) {
    for (let index = 0; index < group.count; index += 1) {
      const startDate = `2026-0${1 + (day % 6)}-${String(1 + (day % 27)).padStart(2, '0')}`
      day += 3
      const participant = await payload.create({
        collection: 'participants',
        data: {
          centre: centre[group.centre],
          coach: group.coach,
          workplace: workplace[group.workplace],
          startDate,
          hoursPerWeek: 32,
          workNotes: 'Werkt zelfstandig aan de dagtaken.',
        } as never,
      })
      await payload.create({
        collection: 'trajectories',
        data: {
          participant: participant.id,
          policy: group.centre === 'lucrato-apeldoorn' ? 'lucrato' : group.centre === 'lpc-rotterdam-zuid' ? 'lpc-rotterdam' : null,
          ladder: ladder.participatieladder,
          startDate,
          events: [{ date: startDate, type: 'intake', note: 'Intakegesprek gevoerd.' }],
        } as never,
      })
    }
  }
  payload.logger.info({ msg: `Seeded demo data in ${Date.now() - started} ms` })
}
