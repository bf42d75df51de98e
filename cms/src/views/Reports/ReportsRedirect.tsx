import { redirect } from 'next/navigation'

/**
 * A policy viewer's home: nothing to do among the collections (no personal data), so the admin's
 * dashboard sends them to the reports (they used to land on reference data only).
 */
export const ReportsRedirect = (): never => redirect('/admin/rapportages')
