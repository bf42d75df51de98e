// Assembles the Doorstart CMS: collections, database, editor, languages. No rules live here.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { AuditEvents } from './collections/AuditEvents'
import { Activities } from './collections/Activities'
import { Assessments } from './collections/Assessments'
import { AwardBatches } from './collections/AwardBatches'
import { AwardFiles } from './collections/AwardFiles'
import { Awards } from './collections/Awards'
import { Centres } from './collections/Centres'
import { Curricula } from './collections/Curricula'
import { Ladders } from './collections/Ladders'
import { LearningGoals } from './collections/LearningGoals'
import { Media } from './collections/Media'
import { Observations } from './collections/Observations'
import { Participants } from './collections/Participants'
import { Reviews } from './collections/Reviews'
import { Referrals } from './collections/Referrals'
import { RefusalReasons } from './collections/RefusalReasons'
import { Trajectories } from './collections/Trajectories'
import { Users } from './collections/Users'
import { Workplaces } from './collections/Workplaces'
import { IssuerKeys } from './collections/IssuerKeys'
import { isAdmin } from './access/isAdmin'
import { hasRole } from './access/hasRole'
import { startAwardQueue } from './jobs/awardQueue'
import { issueAwardTask } from './jobs/issueAward'
import { discardEmail } from './email/discardEmail'
import { healthEndpoint } from './health/healthEndpoint'
import { translations } from './i18n/translations'
import { anonymiseExpiredTrajectoriesTask, RETENTION_QUEUE } from './jobs/anonymiseExpiredTrajectories'
import { retentionDryRunEndpoint } from './jobs/retentionEndpoints'
import { migrations } from './migrations'
import { recordFailedSignIn } from './auth/throttleSignIn'
import { answerClientErrors } from './protection/answerClientErrors'
import { menuByRole } from './views/menuByRole'
import { readableCells } from './fields/readableCells'
import { protectCollections } from './protection/protectCollections'
import { protectInternalCollections } from './protection/protectInternalCollections'
import { cohortEndpoint } from './reports/cohortEndpoint'
import { prepareDatabase } from './seed/prepareDatabase'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// In production an unset PAYLOAD_SECRET stays empty, so Payload refuses to start (not `next build`,
// which loads this file without serving anything).
const secret = (): string =>
  process.env.PAYLOAD_SECRET ||
  (process.env.NODE_ENV === 'production' ? '' : 'doorstart-development-secret-not-for-production')

// The public URL; cookies are accepted only from requests that come from it (Payload's CSRF
// allow-list). Without one, the addresses `npm start` serves on.
const serverURL = process.env.DOORSTART_SERVER_URL?.replace(/\/+$/, '') || ''
const port = process.env.PORT || '3000'
const csrf = serverURL ? [serverURL] : [`http://127.0.0.1:${port}`, `http://localhost:${port}`]

export default protectInternalCollections(buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Doorstart' },
    // Timestamps (created, changed) in the Dutch way; calendar-day fields use dayField (dd-MM-yyyy).
    dateFormat: 'dd-MM-yyyy HH:mm',
    components: {
      views: {
        // Routed by role (views/Dashboard/dashboardsByRole.ts): coaches get their worklist, work
        // supervisors the observation form, policy viewers the reports, others Payload's tiles.
        dashboard: { Component: '/views/Dashboard#Dashboard' },
        observation: { Component: '/views/Observation/ObservationView#ObservationView', path: '/observatie' },
        // The policy dashboard: figures without personal data.
        reports: { Component: '/views/Reports/ReportsView#ReportsView', path: '/rapportages' },
      },
      afterNavLinks: ['/components/ReportsNavLink#ReportsNavLink'],
    },
  },
  // Every collection, whoever adds it, gets the protections of `protection/protectCollections.ts`.
  collections: menuByRole(readableCells(protectCollections([Users, Centres, Workplaces, Ladders, LearningGoals, Curricula, Participants, Trajectories, Referrals, RefusalReasons, Assessments, Observations, Reviews, Activities, Media, AuditEvents, Awards, AwardBatches, AwardFiles, IssuerKeys]))),
  endpoints: [healthEndpoint, cohortEndpoint, retentionDryRunEndpoint],
  // Payload's jobs queue in PostgreSQL. The awards queue is run by this server right after an
  // approval (jobs/awardQueue.ts); the retention queue by Payload's autorun, which tests and
  // one-off scripts turn off with DOORSTART_JOBS_AUTORUN=off.
  jobs: {
    tasks: [issueAwardTask, anonymiseExpiredTrajectoriesTask],
    access: { run: ({ req }) => hasRole(req.user, 'admin'), queue: () => false, cancel: ({ req }) => hasRole(req.user, 'admin') },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      access: { ...defaultJobsCollection.access, read: isAdmin },
    }),
    autoRun: [{ cron: '*/5 * * * *', queue: RETENTION_QUEUE }],
    shouldAutoRun: () => process.env.DOORSTART_JOBS_AUTORUN !== 'off',
  },
  editor: lexicalEditor(),
  secret: secret(),
  serverURL,
  csrf,
  // Never stack traces or internal messages in answers.
  debug: false,
  graphQL: { disableIntrospectionInProduction: true },
  hooks: { afterError: [recordFailedSignIn, answerClientErrors] },
  // Dutch for everyone unless they chose English in their account: see proxy.ts (Payload itself
  // would follow the browser's Accept-Language).
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl', translations },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  db: postgresAdapter({
    // Ten coaches saving at once each hold a connection for their transaction; their sign-in
    // checks (outside it) need more. pg's default of 10 made those queue behind the transactions.
    pool: { connectionString: process.env.DATABASE_URL, max: 20 },
    // Schema changes only through committed migrations, run at start (never `push`).
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  sharp,
  email: discardEmail,
  telemetry: false,
  onInit: async (payload) => {
    // A PostgreSQL restart ends idle connections with an error; without a listener it would end
    // the process. The pool reconnects on the next query.
    ;(payload.db as unknown as { pool?: { on: (event: 'error', listener: (error: Error) => void) => void } }).pool?.on('error', (error) => {
      payload.logger.warn({ msg: `PostgreSQL connection lost: ${error.message}` })
    })
    await prepareDatabase(payload, migrations)
    await startAwardQueue(payload)
  },
}))
