import { APIError, type Endpoint } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { loadCohortReport } from './loadCohortReport'
import { reportCsvStream, type ReportLocale } from './reportCsv'
import { parseDay } from './reportDates'

/**
 * `GET /api/reports/cohort?centre=<id>&from=<date>&to=<date>[&ladder=<id>][&format=csv][&locale=en]`
 * (dates as YYYY-MM-DD or dd-mm-jjjj):
 * the policy dashboard's figures as JSON, or as the CSV of exactly its tables (streamed).
 * Policy viewers and centre admins get their own centre's, admins any centre's.
 */
export const cohortEndpoint: Endpoint = {
  path: '/reports/cohort',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Unauthorized', 401, undefined, true)
    const params = new URL(req.url ?? 'http://localhost', 'http://localhost').searchParams
    const centre = params.get('centre') || centreIdOf(req.user)
    if (centre === null) throw new APIError('centre is required', 400, { code: 'centre-required' }, true)
    const report = await loadCohortReport(req.payload, req.user, {
      centre: /^\d+$/.test(String(centre)) ? Number(centre) : centre,
      // YYYY-MM-DD, or dd-mm-jjjj as the dashboard's fields take it.
      from: parseDay(params.get('from')) ?? params.get('from') ?? '',
      to: parseDay(params.get('to')) ?? params.get('to') ?? '',
      ladder: params.get('ladder'),
    })
    if (params.get('format') !== 'csv') return Response.json(report, { headers: { 'cache-control': 'no-store' } })
    const locale: ReportLocale = params.get('locale') === 'en' ? 'en' : 'nl'
    return new Response(reportCsvStream(report, locale), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="doorstart-${report.centre.id}-${report.from}-${report.to}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
