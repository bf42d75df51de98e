import type { CollectionBeforeChangeHook } from 'payload'

// TODO(issue 10): date checks.
export const prepareReview: CollectionBeforeChangeHook = ({ data }) => data
