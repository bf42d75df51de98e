import type { Field } from 'payload'

const refuse = () => false

type WithValidate = { validate?: unknown; fields?: Field[] }

const withoutValidation = <F extends Field>(field: F): F => {
  const copy = { ...field } as F & WithValidate
  // Payload gives a field its default validator only when `validate` is undefined, and skips
  // validation when it is falsy.
  copy.validate = false
  if (Array.isArray(copy.fields)) copy.fields = copy.fields.map(withoutValidation)
  return copy
}

/**
 * A field only the server sets (an assessment's rung, result, who assessed it): whatever a client
 * sends for it is dropped before the hooks run, and Payload does not validate the value the
 * server computed itself. Validation is not free: for every validated field Payload deep-copies
 * the whole document twice, which for an assessment (facts and the explained result) was most of
 * the field work of a create.
 */
export const serverComputed = <F extends Field>(field: F): F =>
  withoutValidation({ ...field, access: { ...('access' in field ? field.access : {}), create: refuse, update: refuse } } as F)
