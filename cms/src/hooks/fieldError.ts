import { ValidationError, type PayloadRequest } from 'payload'

/**
 * A 400 naming the field, with the message in Dutch (English when the request is in English).
 * The messages also make the error's own message, so the admin's notice reads "Het volgende veld
 * is ongeldig: Datum: mag niet voor de start van het traject liggen (02-02-2026)." instead of the
 * field's name in the code (`reviewedOn`). `data.errors` stays `{ path, message }`.
 */
export const fieldError = (
  req: PayloadRequest,
  collection: string,
  errors: readonly { path: string; message: { nl: string; en: string } }[],
): ValidationError => {
  const english = req.i18n?.language === 'en'
  const fields = errors.map(({ path, message }) => ({ path, message: english ? message.en : message.nl }))
  const error = new ValidationError({ collection, errors: fields.map((field) => ({ ...field, label: field.message })), req }, req.t)
  error.data = { collection, errors: fields }
  return error
}
