// Specification of the trajectory policies: the Rotterdam LPC (000_3edb52956db5646c.txt,
// 002_955c51c2f519a495.txt), De Verbindingskamer (001_9a0c4fce56949085.txt), Pluspunt
// (003_39bc035d67f3ea38.txt) and Lucrato (004_fb80b8ab7482f406.txt), with DOMAIN.md §7 defaults.
import { describe, expect, it } from 'vitest'
import {
  builtinPolicies, lpcRotterdamPolicy as lpc, lucratoPolicy as lucrato, pluspuntPolicy as pluspunt,
  verbindingskamerPolicy as verbindingskamer, startReturnTrajectory, trajectoryStatus,
  findFactIssues, TrajectoryError, type Trajectory, type TrajectoryEvent,
} from '@doorstart/ladder'

const trajectory = (startedOn: string, ...events: TrajectoryEvent[]): Trajectory => ({ startedOn, events })
const kinds = (list: readonly { kind: string; dueOn: string }[]): string[][] => list.map((o) => [o.kind, o.dueOn])

describe('builtinPolicies', () => {
  it('ships the LPC, Lucrato, Pluspunt and De Verbindingskamer policies by id', () => {
    expect(Object.keys(builtinPolicies)).toEqual(['lpc-rotterdam', 'lucrato', 'pluspunt', 'verbindingskamer'])
  })

  it('names the source file of every built-in policy', () => {
    expect(Object.values(builtinPolicies).map((policy) => [policy.id, policy.sources[0]])).toEqual([
      ['lpc-rotterdam', '000_3edb52956db5646c.txt'], ['lucrato', '004_fb80b8ab7482f406.txt'],
      ['pluspunt', '003_39bc035d67f3ea38.txt'], ['verbindingskamer', '001_9a0c4fce56949085.txt'],
    ])
  })
})

describe('trajectoryStatus under the LPC policy (000_3edb52956db5646c.txt)', () => {
  it('agrees on 32 hours a week with benefit kept (002_955c51c2f519a495.txt)', () => {
    expect(lpc.hoursPerWeek).toBe(32)
    expect(lpc.sources).toContain('002_955c51c2f519a495.txt')
  })

  it('caps the trajectory at 12 months', () => {
    expect(trajectoryStatus(lpc, trajectory('2026-01-05'), { asOf: '2026-01-05' }).endsOn).toBe('2027-01-05')
  })

  it('plans reviews every 3 months (start + 3, 6, 9) and the exit decision by 12 (DOMAIN.md §7.3)', () => {
    const status = trajectoryStatus(lpc, trajectory('2026-01-05'), { asOf: '2026-01-05' })
    expect(kinds(status.upcoming)).toEqual([
      ['review', '2026-04-05'], ['review', '2026-07-05'], ['review', '2026-10-05'], ['exit-decision', '2027-01-05'],
    ])
  })

  it('clamps review dates at month ends: a start on 31 August has its first review on 30 November', () => {
    const status = trajectoryStatus(lpc, trajectory('2025-08-31'), { asOf: '2025-09-01' })
    expect(kinds(status.upcoming).slice(0, 3)).toEqual([['review', '2025-11-30'], ['review', '2026-02-28'], ['review', '2026-05-31']])
  })

  it('handles leap years: a start on 29 February 2028 ends on 28 February 2029', () => {
    const status = trajectoryStatus(lpc, trajectory('2028-02-29'), { asOf: '2028-03-01' })
    expect(status.endsOn).toBe('2029-02-28')
    expect(status.upcoming[0]).toMatchObject({ kind: 'review', dueOn: '2028-05-29' })
  })

  it('says a review is due when it falls within the next 14 days', () => {
    const status = trajectoryStatus(lpc, trajectory('2026-01-31'), { asOf: '2026-04-20' })
    expect(kinds(status.due)).toEqual([['review', '2026-04-30']])
  })

  it('says a review is late when its date passed without one', () => {
    const status = trajectoryStatus(lpc, trajectory('2026-01-05'), { asOf: '2026-04-10' })
    expect(status.late).toEqual([expect.objectContaining({ kind: 'review', number: 1, dueOn: '2026-04-05' })])
  })

  it('counts a review held up to a month early, and not one held at the start', () => {
    const onTime = trajectoryStatus(lpc, trajectory('2026-01-05', { kind: 'review', date: '2026-03-20' }), { asOf: '2026-04-10' })
    expect(onTime.late).toEqual([])
    const tooEarly = trajectoryStatus(lpc, trajectory('2026-01-05', { kind: 'review', date: '2026-01-20' }), { asOf: '2026-04-10' })
    expect(kinds(tooEarly.late)).toEqual([['review', '2026-04-05']])
  })

  it('ignores events dated after asOf', () => {
    const status = trajectoryStatus(lpc, trajectory('2026-01-05', { kind: 'review', date: '2026-04-20' }), { asOf: '2026-04-10' })
    expect(kinds(status.late)).toEqual([['review', '2026-04-05']])
  })

  it('warns six weeks before the end (DOMAIN.md §7.2: warn early)', () => {
    const reviews: TrajectoryEvent[] = ['2026-04-01', '2026-07-01', '2026-10-01'].map((date) => ({ kind: 'review', date }))
    const status = trajectoryStatus(lpc, trajectory('2026-01-05', ...reviews), { asOf: '2026-11-30' })
    expect(kinds(status.due)).toEqual([['end-warning', '2026-11-24']])
  })

  it('moves the end by an extension with a logged reason (DOMAIN.md §7.2)', () => {
    const status = trajectoryStatus(lpc, trajectory('2026-01-05', { kind: 'extension', date: '2026-12-01', months: 2, reason: 'Finishing the hygiene certificate' }), { asOf: '2026-12-02' })
    expect(status.endsOn).toBe('2027-03-05')
  })

  it('refuses an extension without a reason', () => {
    expect(() => trajectoryStatus(lpc, trajectory('2026-01-05', { kind: 'extension', date: '2026-12-01', months: 2, reason: ' ' }), { asOf: '2026-12-02' }))
      .toThrow(expect.objectContaining({ code: 'invalid-extension', path: '/events/0' }))
  })

  it('says the exit decision is late once the 12 months have passed', () => {
    const status = trajectoryStatus(lpc, trajectory('2025-01-05'), { asOf: '2026-02-01' })
    expect(status.late.map((o) => o.kind)).toContain('exit-decision')
  })

  it('is in the job-hunting phase once the participant is ready for work (exit via job hunter)', () => {
    expect(trajectoryStatus(lpc, trajectory('2026-01-05', { kind: 'ready-for-work', date: '2026-06-01' }), { asOf: '2026-06-02' }).phase).toBe('job-hunting')
  })

  it('gives 6 months of aftercare after an exit to paid work', () => {
    const exited = trajectory('2026-01-05', { kind: 'exit', date: '2026-08-31', outflow: 'paid-work' })
    expect(trajectoryStatus(lpc, exited, { asOf: '2026-09-15' })).toMatchObject({ phase: 'aftercare', aftercareEndsOn: '2027-02-28' })
    expect(trajectoryStatus(lpc, exited, { asOf: '2027-02-28' }).phase).toBe('closed')
  })

  it('asks for the 6-month follow-up after the exit (DOMAIN.md §7.6)', () => {
    const exited = trajectory('2026-01-05', { kind: 'exit', date: '2026-08-31', outflow: 'education' })
    expect(kinds(trajectoryStatus(lpc, exited, { asOf: '2027-03-01' }).late)).toEqual([['follow-up', '2027-02-28']])
    const followed = trajectory('2026-01-05', { kind: 'exit', date: '2026-08-31', outflow: 'education' }, { kind: 'follow-up', date: '2027-02-20', lasting: true })
    expect(trajectoryStatus(lpc, followed, { asOf: '2027-03-01' }).late).toEqual([])
  })

  it('leaves a dropout within the 6 months of aftercare to the aftercare job coach first', () => {
    const dropped = trajectory('2026-01-05', { kind: 'exit', date: '2026-06-01', outflow: 'paid-work' }, { kind: 'dropout', date: '2026-10-15' })
    const status = trajectoryStatus(lpc, dropped, { asOf: '2026-10-16' })
    expect(status.phase).toBe('aftercare')
    expect(kinds(status.due)).toEqual([['aftercare-dropout', '2026-10-15']])
  })

  it('sends someone who drops out at an employer after those 6 months back to the centre', () => {
    const dropped = trajectory('2026-01-05', { kind: 'exit', date: '2026-01-31', outflow: 'paid-work' }, { kind: 'dropout', date: '2026-08-01' })
    const status = trajectoryStatus(lpc, dropped, { asOf: '2026-08-02' })
    expect(status.phase).toBe('returning')
    expect(kinds(status.due)).toEqual([['return-to-centre', '2026-08-01']])
  })

  it('readmits long after the exit too (DOMAIN.md §7.1: readmit anytime)', () => {
    const dropped = trajectory('2026-01-05', { kind: 'exit', date: '2026-01-31', outflow: 'paid-work' }, { kind: 'dropout', date: '2028-05-01' })
    expect(trajectoryStatus(lpc, dropped, { asOf: '2028-05-02' }).phase).toBe('returning')
  })

  it('sends a dropout the aftercare job coach could not resolve back to the centre once aftercare ends', () => {
    const dropped = trajectory('2026-01-05', { kind: 'exit', date: '2026-06-01', outflow: 'paid-work' }, { kind: 'dropout', date: '2026-10-15' })
    const status = trajectoryStatus(lpc, dropped, { asOf: '2026-12-02' })
    expect(status.phase).toBe('returning')
    expect(kinds(status.due)).toEqual([['return-to-centre', '2026-12-01']])
  })

  it('stops counting returns after returnWithinMonths when a policy sets it', () => {
    const dropped = trajectory('2026-01-05', { kind: 'exit', date: '2026-01-31', outflow: 'paid-work' }, { kind: 'dropout', date: '2027-08-01' })
    expect(trajectoryStatus({ ...lpc, returnWithinMonths: 12 }, dropped, { asOf: '2027-08-02' }).phase).toBe('closed')
  })

  it('does not treat the end of an education route as a return to the centre', () => {
    const dropped = trajectory('2026-01-05', { kind: 'exit', date: '2026-01-31', outflow: 'education' }, { kind: 'dropout', date: '2026-09-01' })
    expect(trajectoryStatus(lpc, dropped, { asOf: '2026-09-02' }).phase).toBe('closed')
  })

  it('counts an exit to work or education as a success (002_955c51c2f519a495.txt)', () => {
    const exit = (outflow: 'education' | 'volunteering'): Trajectory => trajectory('2026-01-05', { kind: 'exit', date: '2026-06-01', outflow })
    expect(trajectoryStatus(lpc, exit('education'), { asOf: '2026-06-02' }).successfulExit).toBe(true)
    expect(trajectoryStatus(lpc, exit('volunteering'), { asOf: '2026-06-02' }).successfulExit).toBe(false)
    expect(trajectoryStatus(lpc, trajectory('2026-01-05'), { asOf: '2026-06-02' }).successfulExit).toBeNull()
  })

  it('is not started before the start date', () => {
    expect(trajectoryStatus(lpc, trajectory('2026-01-05'), { asOf: '2026-01-04' }).phase).toBe('not-started')
  })

  it('rejects dates that do not exist, with their path', () => {
    expect(() => trajectoryStatus(lpc, trajectory('2026-02-30'), { asOf: '2026-03-01' })).toThrow(TrajectoryError)
    expect(() => trajectoryStatus(lpc, trajectory('2026-01-05', { kind: 'review', date: '2026-04-31' }), { asOf: '2026-05-01' }))
      .toThrow(expect.objectContaining({ code: 'invalid-date', path: '/events/0/date' }))
  })
})

describe('startReturnTrajectory (DOMAIN.md §7.1)', () => {
  it('starts a new linked trajectory flagged as a return, with a fresh 12-month clock', () => {
    const returned = startReturnTrajectory(lpc, trajectory('2026-01-05'), { dropoutOn: '2026-10-15', returnOn: '2026-11-02' })
    expect(returned).toEqual({ startedOn: '2026-11-02', events: [], returnOf: { startedOn: '2026-01-05', dropoutOn: '2026-10-15' } })
    expect(trajectoryStatus(lpc, returned, { asOf: '2026-11-02' }).endsOn).toBe('2027-11-02')
  })

  it('takes the dropout date from the previous trajectory when none is given', () => {
    const previous = trajectory('2026-01-05', { kind: 'exit', date: '2026-03-01', outflow: 'paid-work' }, { kind: 'dropout', date: '2026-10-15' })
    expect(startReturnTrajectory(lpc, previous, { returnOn: '2026-11-02' }).returnOf).toEqual({ startedOn: '2026-01-05', dropoutOn: '2026-10-15' })
  })

  it('keeps the old clock when the policy says so', () => {
    const resumed = startReturnTrajectory({ ...lpc, freshClockOnReturn: false }, trajectory('2026-01-05'), { dropoutOn: '2026-10-15', returnOn: '2026-11-02' })
    expect(resumed.startedOn).toBe('2026-01-05')
  })
})

describe('trajectoryStatus under the Lucrato policy (004_fb80b8ab7482f406.txt)', () => {
  it('is in the 3-week trial at first, with the go/no-go decision due on day 21', () => {
    const status = trajectoryStatus(lucrato, trajectory('2026-03-02'), { asOf: '2026-03-10' })
    expect(status.phase).toBe('trial')
    expect(kinds(status.due)).toEqual([['trial-decision', '2026-03-23']])
  })

  it('says the trial decision is late when the trial ended without one', () => {
    expect(kinds(trajectoryStatus(lucrato, trajectory('2026-03-02'), { asOf: '2026-03-25' }).late)).toEqual([['trial-decision', '2026-03-23']])
  })

  it('closes after a no-go', () => {
    const status = trajectoryStatus(lucrato, trajectory('2026-03-02', { kind: 'trial-decision', date: '2026-03-20', decision: 'no-go', reason: 'motivation' }), { asOf: '2026-03-25' })
    expect(status.phase).toBe('closed')
  })

  it('aims at work within 3 months, clamped at a month end (30 November + 3 months = 28 February)', () => {
    const status = trajectoryStatus(lucrato, trajectory('2025-11-30', { kind: 'trial-decision', date: '2025-12-19', decision: 'go' }), { asOf: '2025-12-20' })
    expect(kinds(status.upcoming)).toEqual([['work-target', '2026-02-28']])
  })

  it('treats work within 3 months as a target with an alert, not a cap: the trajectory goes on', () => {
    const status = trajectoryStatus(lucrato, trajectory('2026-01-05', { kind: 'trial-decision', date: '2026-01-26', decision: 'go' }), { asOf: '2026-06-06' })
    expect(status).toMatchObject({ phase: 'active', endsOn: null, late: [] })
    expect(kinds(status.due)).toEqual([['work-target', '2026-04-05']])
    expect(status.due[0]?.message.en).toContain('was not met')
  })

  it('has no cap, reviews or aftercare (none in the source)', () => {
    const status = trajectoryStatus(lucrato, trajectory('2026-01-05', { kind: 'exit', date: '2026-03-01', outflow: 'paid-work' }), { asOf: '2026-03-02' })
    expect(status).toMatchObject({ endsOn: null, aftercareEndsOn: null, phase: 'closed' })
  })
})

describe('trajectory facts', () => {
  it('lets the trajectoryEvents fact, once valid, feed trajectoryStatus directly', () => {
    const facts = {
      trajectory: { startedOn: '2026-01-05' },
      trajectoryEvents: [
        { kind: 'review', date: '2026-04-02', decision: 'continue' },
        { kind: 'extension', date: '2026-12-01', months: 2, reason: 'Finishing the hygiene certificate' },
        { kind: 'exit', date: '2027-02-01', outflow: 'paid-work-with-support' },
      ],
    }
    expect(findFactIssues(facts)).toEqual([])
    const status = trajectoryStatus(lpc, { startedOn: facts.trajectory.startedOn, events: facts.trajectoryEvents as TrajectoryEvent[] }, { asOf: '2027-02-02' })
    expect(status).toMatchObject({ phase: 'aftercare', endsOn: '2027-03-05', aftercareEndsOn: '2027-08-01' })
  })
})

describe('trajectoryStatus under the Pluspunt policy (003_39bc035d67f3ea38.txt)', () => {
  it('keeps the home base open: a dropout after any route out is a return', () => {
    const dropped = trajectory('2025-03-03', { kind: 'exit', date: '2025-09-01', outflow: 'volunteering' }, { kind: 'dropout', date: '2025-10-01' })
    const status = trajectoryStatus(pluspunt, dropped, { asOf: '2025-10-02' })
    expect(status.phase).toBe('returning')
    expect(kinds(status.due)).toEqual([['return-to-centre', '2025-10-01']])
  })

  it('treats a return soon after leaving for work as normal: no aftercare in between', () => {
    const dropped = trajectory('2025-03-03', { kind: 'exit', date: '2025-09-01', outflow: 'paid-work' }, { kind: 'dropout', date: '2025-09-20' })
    expect(trajectoryStatus(pluspunt, dropped, { asOf: '2025-09-21' })).toMatchObject({ phase: 'returning', aftercareEndsOn: null })
  })

  it('records a return by its date alone and resumes the trajectory', () => {
    const returned = startReturnTrajectory(pluspunt, trajectory('2025-03-03'), { returnOn: '2026-02-02' })
    expect(returned).toEqual({ startedOn: '2025-03-03', events: [], returnOf: { startedOn: '2025-03-03', dropoutOn: '2026-02-02' } })
  })

  it('has no cap, trial or work target (none in the source)', () => {
    const status = trajectoryStatus(pluspunt, trajectory('2025-03-03'), { asOf: '2027-03-03' })
    expect(status).toMatchObject({ phase: 'active', endsOn: null, due: [], late: [], upcoming: [] })
  })
})

describe('trajectoryStatus under the De Verbindingskamer policy (001_9a0c4fce56949085.txt)', () => {
  it('runs for 12 months', () => {
    expect(trajectoryStatus(verbindingskamer, trajectory('2023-06-01'), { asOf: '2023-06-01' }).endsOn).toBe('2024-06-01')
  })

  it('counts outflow to volunteering, education or paid work all as success', () => {
    for (const outflow of ['volunteering', 'education', 'paid-work', 'paid-work-with-support'] as const) {
      const status = trajectoryStatus(verbindingskamer, trajectory('2023-06-01', { kind: 'exit', date: '2024-01-15', outflow }), { asOf: '2024-01-16' })
      expect(status.successfulExit, outflow).toBe(true)
    }
  })

  it('does not count stopping as success', () => {
    const status = trajectoryStatus(verbindingskamer, trajectory('2023-06-01', { kind: 'exit', date: '2024-01-15', outflow: 'stopped-health' }), { asOf: '2024-01-16' })
    expect(status.successfulExit).toBe(false)
  })
})
