import type { Endpoint } from 'payload'

export const voidAssessmentEndpoint: Endpoint = {
  path: '/:id/void',
  method: 'post',
  handler: () => Response.json({ errors: [{ message: 'Not yet available.' }] }, { status: 501 }),
}
