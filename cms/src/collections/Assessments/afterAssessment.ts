import type { CollectionAfterChangeHook } from 'payload'

export const markAssessmentLadderUsed: CollectionAfterChangeHook = ({ doc }) => doc
export const recordAssessmentCreated: CollectionAfterChangeHook = ({ doc }) => doc
