// `filter`: the items of a list that meet the rule.
import { listing } from './listing.js'

export const filter = listing('filter')
