// Maps a stored award (Payload's shape: empty groups as nulls, array rows with ids) onto
// renderCertificate's input: only the fields of its kind, nothing empty, nothing else.
import type { CertificateInput, CentreInfo } from '@doorstart/certificates'
import type { Award } from '../../payload-types'

type Row = Record<string, unknown>

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== ''

const compact = (value: unknown): Row | undefined => {
  if (!value || typeof value !== 'object') return undefined
  const entries = Object.entries(value as Row).filter(([key, item]) => key !== 'id' && present(item))
  return entries.length ? Object.fromEntries(entries) : undefined
}

const rows = (value: unknown): Row[] | undefined => {
  if (!Array.isArray(value) || value.length === 0) return undefined
  return value.map((row) => compact(row) ?? {})
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length ? value.map((item) => (typeof item === 'string' ? item : String((item as Row)?.value ?? item))) : undefined

/** The fields of renderCertificate's input for each kind beyond the common ones. */
const KIND_FIELDS: Record<string, readonly string[]> = {
  getuigschrift: ['workplace', 'period'],
  certificaat: ['qualification', 'hours'],
  praktijkverklaring: ['company', 'practiceTrainer', 'qualification', 'workProcesses', 'period', 'evidence'],
}

/**
 * The renderCertificate input of an award. `issuedOn`, `verifyUrl` and `credential` come from the
 * issuance; `centre` from the centre record.
 */
export const toCertificateInput = (
  award: Partial<Award>,
  extra: { centre: CentreInfo; issuedOn: string; verifyUrl: string; credential?: CertificateInput['credential'] },
): CertificateInput => {
  // The stored award as plain data: which of its fields print depends on the kind (KIND_FIELDS).
  const row: Row = award
  const kind = String(row.kind)
  const achievement = (row.achievement ?? {}) as Row
  const input: Row = {
    kind,
    locale: row.locale,
    recipient: { name: (row.recipient as Row | undefined)?.name },
    centre: extra.centre,
    achievement: {
      title: achievement.title,
      ...(present(achievement.description) ? { description: achievement.description } : {}),
      competences: strings(achievement.competences) ?? [],
    },
    issuedOn: extra.issuedOn,
    verifyUrl: extra.verifyUrl,
    ...(present(row.certificateNumber) ? { certificateNumber: row.certificateNumber } : {}),
    ...(rows(row.signatories) ? { signatories: rows(row.signatories) } : {}),
    ...(extra.credential ? { credential: extra.credential } : {}),
  }
  for (const field of KIND_FIELDS[kind] ?? []) {
    const value = row[field]
    if (field === 'evidence') {
      if (strings(value)) input.evidence = strings(value)
    } else if (field === 'workProcesses') {
      if (rows(value)) input.workProcesses = rows(value)
    } else if (field === 'qualification') {
      const qualification = compact(value)
      if (qualification) {
        // A certificaat's qualification has an area, a praktijkverklaring's a crebo.
        const { crebo, area, ...rest } = qualification
        input.qualification = kind === 'certificaat' ? { ...rest, ...(present(area) ? { area } : {}) } : { ...rest, ...(present(crebo) ? { crebo } : {}) }
      }
    } else if (typeof value === 'object' && value !== null) {
      const group = compact(value)
      if (group) input[field] = group
    } else if (present(value)) {
      input[field] = value
    }
  }
  return input as unknown as CertificateInput
}
