// `map`: the rule's value for every item of a list.
import { listing } from './listing.js'

export const map = listing('map')
