// A work supervisor's admin menu holds what they work with at the workplace, not the centre's
// reference data; other roles keep theirs, and a collection hidden for everyone stays hidden.
import type { ClientUser, CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import config from '../../cms/src/payload.config'
import { menuByRole } from '../../cms/src/views/menuByRole'

const user = (role: string) => ({ id: 1, role, collection: 'users' }) as unknown as ClientUser

const hiddenIn = async (role: string): Promise<string[]> => {
  const { collections } = await config
  return collections
    .filter((collection) => {
      const hidden = collection.admin?.hidden
      return typeof hidden === 'function' ? hidden({ user: user(role) }) : Boolean(hidden)
    })
    .map((collection) => collection.slug)
}

describe('the admin menu by role', () => {
  it('shows a work supervisor participants, observations, certificates and their account only', async () => {
    const hidden = await hiddenIn('work-supervisor')
    for (const slug of ['centres', 'workplaces', 'ladders', 'learning-goals', 'curricula', 'media', 'trajectories', 'assessments', 'reviews']) {
      expect(hidden).toContain(slug)
    }
    for (const slug of ['participants', 'observations', 'awards', 'users']) expect(hidden).not.toContain(slug)
  })

  it('leaves a coach and a centre admin their whole menu', async () => {
    for (const role of ['coach', 'centre-admin']) {
      expect(await hiddenIn(role)).not.toEqual(expect.arrayContaining(['participants', 'ladders', 'assessments']))
      expect(await hiddenIn(role)).not.toContain('ladders')
    }
  })

  it('keeps a collection hidden that was hidden for everyone', () => {
    const [collection] = menuByRole([{ slug: 'internal', fields: [], admin: { hidden: true } } satisfies CollectionConfig])
    const hidden = collection!.admin!.hidden as (args: { user: ClientUser }) => boolean
    expect(hidden({ user: user('coach') })).toBe(true)
  })
})
