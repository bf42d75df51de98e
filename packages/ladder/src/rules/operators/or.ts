// `or`: the first truthy operand, else the last; in Kleene mode any operand known truthy decides.
import { junction } from './junction.js'

export const or = junction('or')
