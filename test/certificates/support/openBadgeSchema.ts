import { readFileSync } from 'node:fs'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'

/** 1EdTech's OB 3.0 AchievementCredential JSON Schema, vendored in test/certificates/schema (see its README). */
export const OB_SCHEMA_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json'
export const obSchema = JSON.parse(readFileSync(new URL('../schema/ob_v3p0_achievementcredential_schema.json', import.meta.url), 'utf8')) as Record<string, unknown>

const ajv = new Ajv2019({ allErrors: true, strict: false })
addFormats.default(ajv)
const validate = ajv.compile(obSchema)

/** The schema's errors for `credential` (instance path and message), empty when it is valid. */
export function schemaErrors(credential: unknown): string[] {
  return validate(credential) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
}
