import { readFileSync } from 'node:fs'
import type { CertificateInput, ProgressReportInput, WorkAgendaInput } from '@doorstart/certificates'

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/certificates/${name}.json`, import.meta.url), 'utf8'))

export const getuigschrift = (): CertificateInput => read('getuigschrift-nl') as CertificateInput
export const praktijkverklaring = (): CertificateInput => read('praktijkverklaring-en') as CertificateInput
export const certificaat = (): CertificateInput => read('certificaat-nl') as CertificateInput
export const workAgenda = (): WorkAgendaInput => read('work-agenda-nl') as WorkAgendaInput
export const progressReport = (): ProgressReportInput => read('progress-report-en') as ProgressReportInput

/** A deep copy of `input` with the value at a JSON Pointer replaced (or removed when `value` is undefined). */
export function withValue(input: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(input) as Record<string, unknown>
  const tokens = pointer.split('/').slice(1)
  const last = tokens.pop() ?? ''
  let parent: Record<string, unknown> = copy
  for (const token of tokens) parent = parent[token] as Record<string, unknown>
  if (value === undefined) delete parent[last]
  else parent[last] = value
  return copy
}
