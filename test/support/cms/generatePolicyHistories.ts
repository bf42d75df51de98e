// Two years of a centre's participants, written with SQL (generate_series) so that 10,000 people's
// histories take seconds, not the hours the document API would: referrals (admitted, refused with
// a coded reason and a note, still open), trajectories with intake, reviews every 13 weeks,
// dropouts, exits of every type, the 6-month follow-up of exits to work and returns; assessments
// every 13 weeks on the participatieladder whose rung climbs (and now and then falls back), with
// facts and the engine's explained result as the CMS stores them; observations of three learning
// goals a month whose level grows; reviews. Seeded random (setseed), so every run writes the same.
import { assess, builtinLadders, type Ladder } from '@doorstart/ladder'
import type pg from 'pg'

export interface PolicyHistoriesOptions {
  /** centres id the people belong to. */
  centre: number
  people: number
  /** First and last day of the two years, `YYYY-MM-DD`. */
  from: string
  to: string
}

export interface PolicyHistoriesCounts {
  [table: string]: number
}

/** Facts that place a person on each rung of the participatieladder (index = rung). */
const FACTS_PER_RUNG = [
  { socialContactsPerWeek: 0, organisedActivityHoursPerWeek: 0 },
  { socialContactsPerWeek: 2, organisedActivityHoursPerWeek: 0 },
  { socialContactsPerWeek: 3, organisedActivityHoursPerWeek: 6 },
  { socialContactsPerWeek: 4, organisedActivityHoursPerWeek: 6, unpaidWork: { hoursPerWeek: 16, withResponsibility: true, workExperiencePlace: true } },
  { socialContactsPerWeek: 4, organisedActivityHoursPerWeek: 0, paidWork: { hoursPerWeek: 24, support: ['jobcoach'] } },
  { socialContactsPerWeek: 5, organisedActivityHoursPerWeek: 0, paidWork: { hoursPerWeek: 32, support: [] } },
]

/**
 * Writes `people` participants' histories over the period into the CMS's database (the demo
 * seed must have run: it has the centre's workplaces, coach, work supervisor, the built-in
 * ladders, learning goals and refusal reasons). Returns the rows written per table.
 */
export async function generatePolicyHistories(sql: pg.Client, options: PolicyHistoriesOptions): Promise<PolicyHistoriesCounts> {
  const { centre, people, from, to } = options
  const ladder = builtinLadders.participatieladder as Ladder
  const rungs = ladder.rungs.map((rung) => rung.id)
  const labels = ladder.rungs.map((rung) => rung.title as { nl: string; en: string })
  // The engine's own result per rung, as the assessments collection stores it.
  const results = FACTS_PER_RUNG.map((facts) => JSON.stringify(assess(ladder, facts as never, { asOf: to })))
  const params = {
    centre, people, from, to,
    rungs, labelsNl: labels.map((label) => label.nl), labelsEn: labels.map((label) => label.en),
    facts: FACTS_PER_RUNG.map((facts) => JSON.stringify(facts)), results,
  }
  const run = async (text: string): Promise<number> => {
    // Named parameters keep the statements readable; each statement gets only the ones it uses.
    const names: string[] = []
    const body = text.replace(/(?<![:\w]):([a-zA-Z]\w*)/g, (_, name: string) => {
      if (!(name in params)) throw new Error(`unknown parameter ${name}`)
      if (!names.includes(name)) names.push(name)
      return `$${names.indexOf(name) + 1}`
    })
    const result = await sql.query(body, names.map((name) => params[name as keyof typeof params]))
    return result.rowCount ?? 0
  }
  const counts: PolicyHistoriesCounts = {}
  const add = (table: string, n: number): void => { counts[table] = (counts[table] ?? 0) + n }

  await sql.query(`SELECT setseed(0.42)`)
  await sql.query(`CREATE OR REPLACE FUNCTION pg_temp.noon(day date) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$ SELECT (day + time '12:00') AT TIME ZONE 'UTC' $$`)
  await sql.query(`CREATE OR REPLACE FUNCTION pg_temp.pick(weights float8[]) RETURNS int LANGUAGE sql VOLATILE AS $$
    SELECT coalesce(min(i), array_length(weights, 1)) FROM (
      SELECT i, sum(weights[i]) OVER (ORDER BY i) AS upto, r FROM generate_subscripts(weights, 1) i, (SELECT random() * (SELECT sum(w) FROM unnest(weights) w) AS r) x
    ) c WHERE upto >= r $$`)

  // Who works at the centre (the demo seed's staff) and where.
  await run(`CREATE TEMP TABLE bench_staff AS SELECT
      (SELECT min(id) FROM users WHERE role = 'coach' AND centre_id = :centre) AS coach,
      (SELECT min(id) FROM users WHERE role = 'work-supervisor' AND centre_id = :centre) AS supervisor,
      (SELECT array_agg(id ORDER BY id) FROM workplaces WHERE centre_id = :centre) AS workplaces,
      (SELECT id FROM ladders WHERE ladder_id = 'participatieladder' AND centre_id IS NULL ORDER BY version DESC LIMIT 1) AS ladder,
      (SELECT array_agg(id ORDER BY id) FROM refusal_reasons WHERE centre_id IS NULL) AS reasons`)

  // One plan per person: when they start, how long they stay, how they leave.
  await run(`CREATE TEMP TABLE bench_plan AS
    SELECT g AS n, s.start, s.start + 120 + (random() * 480)::int AS planned_end, random() AS fate,
           pg_temp.pick(ARRAY[25, 15, 10, 12, 10, 10, 5, 8, 5]::float8[]) AS exit_kind,
           (random() * 2.4)::int AS first_rung, random() AS drift
      FROM generate_series(1, :people::int) g,
           LATERAL (SELECT :from::date + (random() * (:to::date - :from::date - 30))::int + (g * 0) AS start) s`)
  // 8% drop out between two reviews; of the rest, whoever's planned end falls in the period leaves.
  await run(`ALTER TABLE bench_plan ADD COLUMN dropout date, ADD COLUMN exit_on date, ADD COLUMN exit_type text`)
  await run(`UPDATE bench_plan SET dropout = least(:to::date, start + 45 + ((planned_end - start - 45) * random())::int) WHERE fate < 0.08 AND start + 45 + ((planned_end - start - 45) * 0.5)::int <= :to::date`)
  await run(`UPDATE bench_plan SET exit_on = coalesce(dropout, planned_end),
      exit_type = CASE WHEN dropout IS NOT NULL THEN 'stopped-other'
        ELSE (ARRAY['paid-work','paid-work-with-support','education','volunteering','other-programme','stopped-health','stopped-moved','stopped-other','cap-reached'])[exit_kind] END
    WHERE dropout IS NOT NULL OR planned_end <= :to::date`)

  add('participants', await run(`INSERT INTO participants (code, centre_id, workplace_id, coach_id, start_date, hours_per_week, display_name, contact_notes, work_notes, special_category_notes)
    SELECT 'DS-B' || lpad(p.n::text, 7, '0'), :centre, s.workplaces[1 + p.n % array_length(s.workplaces, 1)], s.coach, pg_temp.noon(p.start), 16 + (p.n % 5) * 4,
           'Deelnemer ' || p.n, 'Bereikbaar op 06-' || lpad((p.n * 7919 % 100000000)::text, 8, '0') || ', liefst na 10 uur',
           'Werkt zorgvuldig, heeft hulp nodig bij nieuwe taken.', CASE WHEN p.n % 10 = 0 THEN 'Rugklachten; niet tillen boven 10 kg.' END
      FROM bench_plan p, bench_staff s ORDER BY p.n`))
  await run(`ALTER TABLE bench_plan ADD COLUMN participant int, ADD COLUMN trajectory int, ADD COLUMN workplace int`)
  await run(`UPDATE bench_plan p SET participant = x.id, workplace = x.workplace_id FROM participants x WHERE x.code = 'DS-B' || lpad(p.n::text, 7, '0')`)

  // The referral that brought them in, and the referrals that did not lead to a place.
  add('referrals', await run(`INSERT INTO referrals (source, referrer_organisation, person_reference, received_on, status, intake_on, decided_on, participant_id, note, centre_id)
    SELECT src::enum_referrals_source, CASE WHEN src = 'partner' THEN 'Wijkteam Feijenoord' END, 'Deelnemer ' || p.n,
           pg_temp.noon(p.start - 40), 'admitted', pg_temp.noon(p.start - 20), pg_temp.noon(p.start - 7), p.participant, 'Aangemeld via het Werkgeversservicepunt.', :centre
      FROM bench_plan p, LATERAL (SELECT (ARRAY['municipality','self','partner'])[pg_temp.pick(ARRAY[60, 15, 25]::float8[]) + p.n * 0] AS src) s`))
  add('referrals', await run(`INSERT INTO referrals (source, referrer_organisation, person_reference, received_on, status, intake_on, decided_on, refusal_reason_id, refusal_note, note, centre_id)
    SELECT (ARRAY['municipality','self','partner'])[pg_temp.pick(ARRAY[55, 20, 25]::float8[]) + g * 0]::enum_referrals_source, NULL, 'Aanmelding ' || g,
           pg_temp.noon(day), 'refused', pg_temp.noon(day + 14), pg_temp.noon(day + 21),
           st.reasons[pg_temp.pick(ARRAY[30, 20, 25, 12, 8, 5]::float8[])],
           'Besproken met de verwijzer; zie het intakeverslag.', 'Intake gehad.', :centre
      FROM bench_staff st, generate_series(1, (:people::int * 0.26)::int) g, LATERAL (SELECT :from::date + (random() * (:to::date - :from::date - 21))::int + g * 0 AS day) d`))
  add('referrals', await run(`INSERT INTO referrals (source, person_reference, received_on, status, intake_on, note, centre_id)
    SELECT (ARRAY['municipality','self','partner'])[1 + g % 3]::enum_referrals_source, 'Aanmelding open ' || g, pg_temp.noon(:to::date - (random() * 60)::int),
           (CASE WHEN g % 2 = 0 THEN 'intake' ELSE 'received' END)::enum_referrals_status, CASE WHEN g % 2 = 0 THEN pg_temp.noon(:to::date - 3) END, 'Nog te plannen.', :centre
      FROM generate_series(1, (:people::int * 0.04)::int) g`))

  // Trajectories: the first one, and a second for 40% of the dropouts and 10% of the other exits.
  add('trajectories', await run(`INSERT INTO trajectories (participant_id, policy, ladder_id, start_date, coach_id, exit_date, exit_type, exit_follow_up_date, centre_id, title)
    SELECT p.participant, 'lpc-rotterdam', s.ladder, pg_temp.noon(p.start), s.coach, pg_temp.noon(p.exit_on), p.exit_type::enum_trajectories_exit_type,
           CASE WHEN p.exit_type IN ('paid-work', 'paid-work-with-support') THEN pg_temp.noon(p.exit_on + 183) END, :centre, 'Traject ' || p.n
      FROM bench_plan p, bench_staff s ORDER BY p.n`))
  await run(`UPDATE bench_plan p SET trajectory = t.id FROM trajectories t WHERE t.participant_id = p.participant`)
  await run(`CREATE TEMP TABLE bench_return AS
    SELECT p.n, p.participant, p.exit_on + 60 + (random() * 150)::int AS start FROM bench_plan p
     WHERE p.exit_on IS NOT NULL AND ((p.dropout IS NOT NULL AND random() < 0.4) OR (p.dropout IS NULL AND random() < 0.1))`)
  await run(`DELETE FROM bench_return WHERE start > :to::date`)
  add('trajectories', await run(`INSERT INTO trajectories (participant_id, policy, ladder_id, start_date, coach_id, centre_id, title)
    SELECT r.participant, 'lpc-rotterdam', s.ladder, pg_temp.noon(r.start), s.coach, :centre, 'Traject ' || r.n || ' (terug)' FROM bench_return r, bench_staff s`))

  // Every 13 weeks a review (an event on the trajectory and a review document), and an assessment.
  await run(`CREATE TEMP TABLE bench_round AS
    SELECT p.n, p.participant, p.trajectory, k, p.start + 91 * k AS day, p.first_rung, p.drift, p.exit_on, p.exit_type
      FROM bench_plan p, LATERAL generate_series(0, ((least(coalesce(p.exit_on, :to::date), :to::date) - p.start) / 91)) k`)
  add('trajectories_events', await run(`INSERT INTO trajectories_events (_order, _parent_id, id, date, type, decision, note)
    SELECT k + 1, r.trajectory, md5(r.trajectory || '-' || k), pg_temp.noon(r.day),
           (CASE WHEN k = 0 THEN 'intake' ELSE 'review' END)::enum_trajectories_events_type,
           (CASE WHEN k = 0 THEN NULL WHEN random() < 0.85 THEN 'continue' ELSE 'adjust' END)::enum_trajectories_events_decision,
           CASE WHEN k = 0 THEN 'Intakegesprek met de coach.' ELSE 'Evaluatie: doelen besproken en bijgesteld.' END
      FROM bench_round r`))
  add('reviews', await run(`INSERT INTO reviews (trajectory_id, participant_id, decision, coach_id, supervisor_id, reviewed_on, note, centre_id)
    SELECT r.trajectory, r.participant, (CASE WHEN random() < 0.85 THEN 'continue' ELSE 'adjust' END)::enum_reviews_decision, s.coach, s.supervisor, pg_temp.noon(r.day),
           'Gaat vooruit; volgende stap besproken met de werkbegeleider.', :centre
      FROM bench_round r, bench_staff s WHERE r.k > 0`))
  add('trajectories_events', await run(`INSERT INTO trajectories_events (_order, _parent_id, id, date, type, note)
    SELECT 100, p.trajectory, md5(p.trajectory || '-dropout'), pg_temp.noon(p.dropout), 'dropout', 'Niet meer verschenen.' FROM bench_plan p WHERE p.dropout IS NOT NULL`))
  add('trajectories_events', await run(`INSERT INTO trajectories_events (_order, _parent_id, id, date, type, lasting, note)
    SELECT 101, p.trajectory, md5(p.trajectory || '-follow-up'), pg_temp.noon(p.exit_on + 183), 'follow-up', random() < 0.7, 'Nazorggesprek.'
      FROM bench_plan p WHERE p.exit_type IN ('paid-work', 'paid-work-with-support') AND p.exit_on + 183 <= :to::date`))

  // The rung climbs: each round +1 with chance 35% (more for those who drift up), -1 with 5%,
  // capped at unpaid work while in the centre; an exit to work is assessed at its rung.
  add('assessments', await run(`INSERT INTO assessments (participant_id, trajectory_id, ladder_id, ladder_key, ladder_version, as_of, facts, rung, rung_label_nl, rung_label_en, provisional, result, assessed_by_id, centre_id)
    SELECT w.participant, w.trajectory, s.ladder, 'participatieladder', '2026.1', pg_temp.noon(w.day), (:facts::text[])[w.rung + 1]::jsonb,
           (:rungs::text[])[w.rung + 1], (:labelsNl::text[])[w.rung + 1], (:labelsEn::text[])[w.rung + 1], false, (:results::text[])[w.rung + 1]::jsonb, s.coach, :centre
      FROM (
        SELECT r.*, least(3, greatest(0, r.first_rung + sum(CASE WHEN r.k = 0 THEN 0 WHEN random() < 0.2 + r.drift * 0.3 THEN 1 WHEN random() < 0.05 THEN -1 ELSE 0 END)
                 OVER (PARTITION BY r.participant ORDER BY r.k)))::int AS rung
          FROM bench_round r
        UNION ALL
        SELECT p.n, p.participant, p.trajectory, 99, p.exit_on, p.first_rung, p.drift, p.exit_on, p.exit_type, CASE p.exit_type WHEN 'paid-work' THEN 5 ELSE 4 END
          FROM bench_plan p WHERE p.exit_type IN ('paid-work', 'paid-work-with-support')
      ) w, bench_staff s`))
  // 2% were voided (entered for the wrong person, say).
  await run(`UPDATE assessments SET voided = true, void_reason = 'Verkeerde deelnemer gekozen.', voided_by_id = (SELECT coach FROM bench_staff), voided_at = as_of + interval '1 day'
    WHERE centre_id = :centre AND id % 50 = 7`)

  // Three learning goals each (two work skills and the workplace's own), observed monthly.
  await run(`CREATE TEMP TABLE bench_goal AS
    SELECT p.n, p.participant, p.workplace, p.start, p.exit_on, j, goal.id AS goal
      FROM bench_plan p, LATERAL generate_series(0, 2) j,
           LATERAL (SELECT id FROM learning_goals WHERE centre_id IS NULL AND goal_id = (CASE
             WHEN j = 0 THEN (ARRAY['punctuality','attendance','working-together','following-instructions'])[1 + p.n % 4]
             WHEN j = 1 THEN (ARRAY['initiative','safe-work','customer-focus','integrity'])[1 + p.n % 4]
             ELSE (SELECT CASE w.sector WHEN 'kitchen' THEN 'kitchen-hygiene' WHEN 'garden' THEN 'plant-care' WHEN 'cleaning' THEN 'cleaning-methods' ELSE 'dutch-at-work' END FROM workplaces w WHERE w.id = p.workplace)
           END)) goal`)
  add('participants_learning_goals', await run(`INSERT INTO participants_learning_goals (_order, _parent_id, id, goal_id, status, started_on)
    SELECT j + 1, participant, md5(participant || '-goal-' || j), goal, 'active', pg_temp.noon(start) FROM bench_goal`))
  add('observations', await run(`INSERT INTO observations (participant_id, workplace_id, learning_goal_id, positive, level, note, observed_on, observer_id, observer_role, centre_id)
    SELECT g.participant, g.workplace, g.goal, lvl >= 3, lvl, 'Vandaag zelfstandig gewerkt; vroeg om hulp waar nodig.', pg_temp.noon(g.start + 10 + 30 * m + j * 3),
           CASE WHEN m % 4 = 3 THEN s.coach ELSE s.supervisor END, (CASE WHEN m % 4 = 3 THEN 'coach' ELSE 'supervisor' END)::enum_observations_observer_role, :centre
      FROM bench_goal g, bench_staff s,
           LATERAL generate_series(0, ((least(coalesce(g.exit_on, :to::date), :to::date) - g.start - 10 - j * 3) / 30)) m,
           LATERAL (SELECT least(4, 1 + m / 3 + (random() < 0.3)::int) + g.n * 0 AS lvl) l`))
  await sql.query(`DROP TABLE bench_staff, bench_plan, bench_return, bench_round, bench_goal`)
  await sql.query('ANALYZE')
  return counts
}
