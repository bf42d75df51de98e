import { ValidationError, type PayloadRequest } from 'payload'

/** A 400 naming the field, with the message in Dutch (English when the request is in English). */
export const fieldError = (
  req: PayloadRequest,
  collection: string,
  errors: readonly { path: string; message: { nl: string; en: string } }[],
): ValidationError =>
  new ValidationError(
    {
      collection,
      errors: errors.map(({ path, message }) => ({ path, message: req.i18n?.language === 'en' ? message.en : message.nl })),
      req,
    },
    req.t,
  )
