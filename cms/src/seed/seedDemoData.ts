import type { Payload } from 'payload'
import { completedByHooks } from '../hooks/completedByHooks'
import type { User, Workplace } from '../payload-types'
import { richText } from './richText'
import { seedCoachDay } from './seedCoachDay'

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
  coachVerbindingskamer: 'coach.verbindingskamer@demo.doorstart.nl',
} as const

// Lucrato aims at work within 3 months (004_fb80b8ab7482f406.txt): a target in its policy, not a cap.
// De Verbindingskamer (001_9a0c4fce56949085.txt): a horeca LeerWerkCentrum, 20 places, 12 months.
const CENTRES = [
  { slug: 'lpc-rotterdam-zuid', name: 'Leer Praktijk Centrum Rotterdam-Zuid', city: 'Rotterdam', hoursPerWeek: 32, maxTrajectoryMonths: 12, caseloadOnly: false, policy: 'lpc-rotterdam', defaultLadder: 'participatieladder' },
  { slug: 'pluspunt', name: 'Pluspunt', city: 'Rotterdam', hoursPerWeek: 16, maxTrajectoryMonths: 12, caseloadOnly: false, policy: 'pluspunt', defaultLadder: 'pluspunt-participatie-werk' },
  { slug: 'lucrato-apeldoorn', name: 'Werkleerbedrijf Lucrato', city: 'Apeldoorn', hoursPerWeek: 32, maxTrajectoryMonths: null, caseloadOnly: true, policy: 'lucrato', defaultLadder: 'participatieladder' },
  { slug: 'verbindingskamer', name: 'De Verbindingskamer', city: 'Rotterdam', hoursPerWeek: 24, maxTrajectoryMonths: 12, caseloadOnly: false, policy: 'verbindingskamer', defaultLadder: 'participatieladder' },
] as const

const WORKPLACES: Record<string, Pick<Workplace, 'name' | 'sector' | 'kind' | 'location' | 'operator'>[]> = {
  'lpc-rotterdam-zuid': [
    { name: 'Keuken Huis van de Wijk', sector: 'kitchen', kind: 'societal', location: 'Huis van de Wijk, Zuid', operator: 'Sociaal ondernemer keuken' },
    { name: 'Stadstuin', sector: 'garden', kind: 'societal', location: 'Stadstuin Zuid', operator: 'Sociaal ondernemer groen' },
    { name: 'Schoonmaak seniorenflat', sector: 'cleaning', kind: 'societal', location: 'Zorgflat Zuid', operator: 'Woonbron-partner' },
  ],
  pluspunt: [
    { name: 'Fietsenwerkplaats', sector: 'bike-repair', kind: 'protected', location: 'Pluspunt', operator: 'Pluspunt' },
    { name: 'Voedseltuin', sector: 'garden', kind: 'societal', location: 'Voedseltuin Rotterdam', operator: 'Partner' },
  ],
  'lucrato-apeldoorn': [
    { name: 'Groen – wijkbeheer', sector: 'green', kind: 'societal', location: 'Apeldoorn', operator: 'Gemeente Apeldoorn, wijkbeheer' },
    { name: 'Bestrating', sector: 'paving', kind: 'societal', location: 'Apeldoorn', operator: 'Gemeente Apeldoorn' },
  ],
  verbindingskamer: [
    { name: 'Huiskamercafé', sector: 'hospitality', kind: 'protected', location: 'Oud Mathenesse', operator: 'Sociaal ondernemer De Verbindingskamer' },
    { name: 'Catering en zaalverhuur', sector: 'events', kind: 'protected', location: 'Witte Dorp', operator: 'Sociaal ondernemer De Verbindingskamer' },
  ],
}

/**
 * Fills an empty database with the demo centres, staff, curricula, and pseudonymous participants
 * with trajectories on the built-in ladders. Runs without a user (trusted), after seedBuiltins.
 */
export const seedDemoData = async (payload: Payload): Promise<void> => {
  const started = Date.now()
  const centre: Record<string, number> = {}
  const workplace: Record<string, number> = {}
  for (const data of CENTRES) {
    centre[data.slug] = (await payload.create({ collection: 'centres', data: { ...data, bsnEnabled: false } })).id
    for (const place of WORKPLACES[data.slug] ?? []) {
      workplace[place.name] = (await payload.create({ collection: 'workplaces', data: { ...place, centre: centre[data.slug] } })).id
    }
  }

  const user = async (email: string, role: User['role'], centreSlug: string | null, extra: Partial<User> = {}) =>
    (
      await payload.create({
        collection: 'users',
        data: { email, password: DEMO_PASSWORD, role, centre: centreSlug ? centre[centreSlug] : null, ...extra },
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
  const coachVerbindingskamer = await user(DEMO_ACCOUNTS.coachVerbindingskamer, 'coach', 'verbindingskamer', { name: 'Jobcoach De Verbindingskamer' })
  const supervisorRotterdam = (await payload.find({ collection: 'users', where: { email: { equals: DEMO_ACCOUNTS.supervisorRotterdam } }, depth: 0 })).docs[0]!.id

  // The built-in ladders and learning goals are already there (seedBuiltins runs first).
  const ladders = await payload.find({ collection: 'ladders', where: { centre: { exists: false } }, pagination: false, depth: 0 })
  const ladder: Record<string, number> = Object.fromEntries(ladders.docs.map((doc) => [doc.ladderId, doc.id]))
  const goals = await payload.find({ collection: 'learning-goals', where: { centre: { exists: false } }, pagination: false, depth: 0 })
  const goal: Record<string, number> = Object.fromEntries(goals.docs.map((doc) => [doc.goalId, doc.id]))

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
    },
  })
  await payload.create({
    collection: 'curricula',
    data: {
      title: 'Groen op proef',
      centre: centre['lucrato-apeldoorn'],
      introduction: richText('Drie weken op proef in het groenonderhoud van de wijk, daarna binnen drie maanden naar werk.'),
      modules: [{ title: 'Veilig werken met gereedschap', hours: 4, learningGoals: [goal['green-tool-safety']], content: richText('Persoonlijke beschermingsmiddelen en veilig werken langs de weg.') }],
    },
  })

  const participants: { centre: string; coach: number; workplace: string; count: number }[] = [
    { centre: 'lpc-rotterdam-zuid', coach: coachRotterdam, workplace: 'Keuken Huis van de Wijk', count: 3 },
    { centre: 'lpc-rotterdam-zuid', coach: coachRotterdam, workplace: 'Stadstuin', count: 2 },
    { centre: 'pluspunt', coach: coachPluspunt, workplace: 'Fietsenwerkplaats', count: 2 },
    { centre: 'lucrato-apeldoorn', coach: coachApeldoorn, workplace: 'Groen – wijkbeheer', count: 3 },
  ]
  const created: { centre: string; workplace: string; coach: number; participant: number; trajectory: number; startDate: string }[] = []
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
        },
      })
      const trajectory = await payload.create({
        collection: 'trajectories',
        data: completedByHooks('trajectories', {
          participant: participant.id,
          policy: CENTRES.find((candidate) => candidate.slug === group.centre)?.policy ?? null,
          ladder: ladder.participatieladder,
          startDate,
          events: [{ date: startDate, type: 'intake', note: 'Intakegesprek gevoerd.' }],
        }),
      })
      created.push({ centre: group.centre, workplace: group.workplace, coach: group.coach, participant: participant.id, trajectory: trajectory.id, startDate })
    }
  }
  await seedCoachDay(payload, {
    centre,
    workplace,
    ladder,
    goal,
    created,
    coachVerbindingskamer,
    supervisorRotterdam,
  })
  payload.logger.info({ msg: `Seeded demo data in ${Date.now() - started} ms` })
}
