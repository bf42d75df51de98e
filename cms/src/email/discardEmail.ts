import type { EmailAdapter } from 'payload'

/**
 * Until a mail server is configured, emails (password resets) are dropped. Payload's default
 * without an adapter writes the whole message — recipient and reset link — to the log, and the
 * log must never hold personal data.
 */
export const discardEmail: EmailAdapter = ({ payload }) => ({
  name: 'doorstart-discard',
  defaultFromAddress: 'noreply@doorstart.invalid',
  defaultFromName: 'Doorstart',
  sendEmail: async () => {
    payload.logger.warn({ msg: 'Email not sent: no mail server is configured (see docs/cms.md).' })
  },
})
