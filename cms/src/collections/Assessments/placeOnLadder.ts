import { assess, findFactIssues, type JsonValue } from '@doorstart/ladder'
import { Forbidden, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { centreIdOf } from '../../access/centreIdOf'
import { hasRole } from '../../access/hasRole'
import { idOf, isSameId } from '../../access/idOf'
import { deriveFacts, derivableAmong, hasFact, withFact, type DerivedFact } from '../../coach/deriveFacts'
import { describeFactIssue } from '../../coach/describeFactIssue'
import type { StoredTrajectory } from '../../coach/trajectoryEvents'
import { dayOf, storedDay } from '../../dates/calendarDay'
import { fieldError } from '../../hooks/fieldError'
import { recordTitle } from '../../fields/recordTitle'
import { cachedLadderOf, compiledLadderOf, LADDER_KEY_SELECT, rememberUsedLadder, usedLadderOf, type CachedLadder, type LadderDocument } from './compiledLadders'
import { defaultLadderIdOf, ladderInEffect } from './resolveLadder'

/** Where the hook leaves the ladder it used, for `markAssessmentLadderUsed`. */
export const USED_LADDER = 'doorstart:assessment-ladder'

const VOID_FIELDS = ['voided', 'voidReason', 'voidedBy', 'voidedAt'] as const

// What the hook and `deriveFacts` read of the participant and the trajectory, for the facts the
// ladder lets the CMS fill in (all of them while the ladder is not known yet); nothing more. The
// learning goals and the trajectory's events are arrays (tables of their own): a ladder that
// does not read them does not read them.
type Wanted = readonly DerivedFact[] | undefined
const wants = (wanted: Wanted, ...facts: DerivedFact[]): boolean => wanted === undefined || facts.some((fact) => wanted.includes(fact))
const participantSelect = (wanted: Wanted) => ({
  centre: true as const,
  // For the assessment's title.
  code: true as const,
  ...(wants(wanted, 'workplace.kind', 'workplace.sector') ? { workplace: true as const } : {}),
  ...(wants(wanted, 'workplace.since') ? { startDate: true as const } : {}),
  ...(wants(wanted, 'hoursPerWeekAgreed') ? { hoursPerWeek: true as const } : {}),
  ...(wants(wanted, 'learningGoals') ? { learningGoals: true as const } : {}),
})
const trajectorySelect = (wanted: Wanted) => ({
  participant: true as const,
  ...(wants(wanted, 'trajectory.startedOn') ? { startDate: true as const } : {}),
  ...(wants(wanted, 'trajectory.endedOn', 'trajectory.outflow', 'trajectoryEvents') ? { exit: true as const } : {}),
  ...(wants(wanted, 'trajectoryEvents') ? { events: true as const } : {}),
})

const asUser = (req: PayloadRequest) => ({ req, user: req.user, overrideAccess: !req.user, depth: 0 })

const textOf = (text: { nl?: string | null; en?: string | null } | null | undefined, fallback: string) => ({
  nl: text?.nl || text?.en || fallback,
  en: text?.en || text?.nl || fallback,
})

/**
 * Places the participant on the ladder, on the server: maps the request to the library's input
 * (the ladder version, the facts — with what the CMS knows filled in for facts the ladder reads
 * and the coach did not send — and `asOf`), runs `assess`, and stores its result. Whatever a
 * client sends for the rung, the outcomes or who assessed is replaced. Facts that do not fit the
 * fact vocabulary are refused with a 400 naming the field in Dutch; nothing is stored.
 *
 * An update (only possible with `overrideAccess`, i.e. voiding) may set the void fields and
 * nothing else.
 */
export const placeOnLadder: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') {
    if (originalDoc?.voided) throw new Forbidden(req.t)
    const voiding = Object.fromEntries(VOID_FIELDS.filter((field) => data[field] !== undefined).map((field) => [field, data[field]]))
    return { ...originalDoc, ...voiding }
  }
  const errors: { path: string; message: { nl: string; en: string } }[] = []

  const asOf = dayOf(data.asOf)
  if (asOf === null) {
    throw fieldError(req, 'assessments', [{ path: 'asOf', message: { nl: 'Datum van de meting: kies een datum die bestaat.', en: 'Assessment date: pick a date that exists.' } }])
  }

  // A ladder version in use is known before anything is read (see below): then so are the facts
  // the CMS may have to fill in.
  const requestedLadder = idOf(data.ladder)
  const known = requestedLadder === null ? undefined : usedLadderOf(requestedLadder)
  const knownWanted = known ? derivableAmong(known.ladder.factsRead.keys()) : undefined

  const participantId = idOf(data.participant)
  const participant = participantId === null
    ? null
    : await req.payload.findByID({ collection: 'participants', id: participantId, select: participantSelect(knownWanted), ...asUser(req) }).catch(() => null)
  // A participant the writer may not see is refused as if it did not exist.
  if (!participant) throw new Forbidden(req.t)
  const centre = idOf(participant.centre)
  if (centre === null) throw new Forbidden(req.t)
  if (req.user && !hasRole(req.user, 'admin') && !isSameId(centreIdOf(req.user), centre)) throw new Forbidden(req.t)

  // The ladder: the one asked for, or the centre's default in effect on asOf.
  // Its key fields first; the whole document (rungs, criteria) only to compile it the first time.
  // A version in use never changes: once read, it is neither read nor compiled again. The ladders'
  // read access (built-in or the user's own centre) still holds for it: the centre check below
  // refuses another centre's ladder, and the participant is in the user's centre.
  let ladder = (known
    ? known.doc
    : requestedLadder !== null
      ? await req.payload.findByID({ collection: 'ladders', id: requestedLadder, select: LADDER_KEY_SELECT, ...asUser(req) }).catch(() => null)
      : await ladderInEffect(req, { ladderId: await defaultLadderIdOf(req, centre), centre, asOf })) as LadderDocument | null
  let cached: CachedLadder | undefined = known?.ladder
  if (ladder && !cached) {
    cached = cachedLadderOf(ladder)
    if (!cached) {
      ladder = (await req.payload.findByID({ collection: 'ladders', id: ladder.id, ...asUser(req) }).catch(() => null)) as LadderDocument | null
      cached = ladder ? compiledLadderOf(ladder) : undefined
    }
    if (ladder && cached) rememberUsedLadder(ladder, cached)
  }
  const ladderCentre = ladder ? idOf(ladder.centre) : null
  if (!ladder || !cached || (ladderCentre !== null && !isSameId(ladderCentre, centre))) {
    throw fieldError(req, 'assessments', [{ path: 'ladder', message: { nl: 'Ladder: onbekende ladder voor dit centrum.', en: 'Ladder: unknown ladder for this centre.' } }])
  }
  if (ladder.effectiveFrom && ladder.effectiveFrom > asOf) {
    errors.push({ path: 'ladder', message: { nl: 'Ladder: deze versie geldt pas na de datum van de meting.', en: 'Ladder: this version takes effect after the assessment date.' } })
  }
  const { compiled, factsRead } = cached
  const wanted = derivableAmong(factsRead.keys())

  // The trajectory: the one named (it must be this participant's), else the latest.
  const trajectoryId = idOf(data.trajectory)
  let trajectory: StoredTrajectory | null = null
  if (trajectoryId !== null) {
    trajectory = await req.payload.findByID({ collection: 'trajectories', id: trajectoryId, select: trajectorySelect(wanted), ...asUser(req) }).catch(() => null)
    if (!trajectory || !isSameId(trajectory.participant, participant.id)) {
      errors.push({ path: 'trajectory', message: { nl: 'Traject: hoort niet bij deze deelnemer.', en: 'Trajectory: does not belong to this participant.' } })
    }
  } else {
    const { docs } = await req.payload.find({
      collection: 'trajectories',
      where: { participant: { equals: participant.id } },
      sort: '-startDate',
      limit: 1,
      pagination: false,
      select: trajectorySelect(wanted),
      ...asUser(req),
    })
    trajectory = docs[0] ?? null
  }

  // The facts: refused when they do not fit the vocabulary.
  const sent = data.facts === undefined || data.facts === null ? {} : data.facts
  const issues = findFactIssues(sent)
  for (const issue of issues) errors.push(describeFactIssue(issue))

  const growthPotential = typeof data.growthPotential === 'string' && data.growthPotential !== '' ? data.growthPotential : null
  const growthRung = growthPotential === null ? null : compiled.ladder.rungs.find((rung) => rung.id === growthPotential)
  if (growthPotential !== null && !growthRung) {
    errors.push({ path: 'growthPotential', message: { nl: 'Groeipotentie: kies een trede van deze ladder.', en: 'Growth potential: pick a rung of this ladder.' } })
  }
  if (errors.length > 0) throw fieldError(req, 'assessments', errors)

  let facts = sent as Record<string, JsonValue>
  const missing = wanted.filter((path) => !hasFact(facts, path))
  if (missing.length > 0) {
    const derived = await deriveFacts({ payload: req.payload, user: req.user ?? null, req, participant, trajectory, asOf }, missing)
    for (const [path, value] of Object.entries(derived)) facts = withFact(facts, path, value)
  }

  const result = assess(compiled, facts, { asOf }).toJSON()
  const rung = result.rung === null ? null : compiled.ladder.rungs.find((candidate) => candidate.id === result.rung)
  req.context[USED_LADDER] = ladder
  return {
    participant: participant.id,
    trajectory: trajectory?.id ?? null,
    ladder: ladder.id,
    ladderKey: compiled.id,
    displayTitle: recordTitle((participant as { code?: string | null }).code, compiled.ladder.title.nl ?? compiled.ladder.title.en ?? compiled.id, asOf),
    ladderVersion: compiled.version,
    asOf: storedDay(asOf),
    facts,
    rung: result.rung,
    rungLabel: rung ? textOf(rung.title, rung.id) : { nl: null, en: null },
    provisional: result.provisional,
    result,
    growthPotential,
    growthPotentialLabel: growthRung ? textOf(growthRung.title, growthRung.id) : { nl: null, en: null },
    assessedBy: req.user?.id ?? null,
    voided: false,
    voidReason: null,
    voidedBy: null,
    voidedAt: null,
    centre,
    createdBy: data.createdBy,
    updatedBy: data.updatedBy,
  }
}
