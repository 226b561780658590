import { hostOf } from './host';
import { ReportAck, toWire, type UserReport } from './schema';

/** How long one attempt may take before it counts as failed. */
export const SEND_TIMEOUT_MS = 20_000;

/** The outcome of one attempt; `error` is a sentence the reader can act on. */
export type SendResult = { ok: true } | { ok: false; error: string };

/** The subset of `fetch` this module uses, injected so it can be tested without a network. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * POSTs one report as JSON and checks the acknowledgement: a 2xx answer whose JSON body is
 * `{ "id": <this report's id>, "status": "received" }`. Anything else is a failure, so a proxy's
 * "200 OK" page or a misconfigured endpoint never marks a report as sent.
 * Only the report's own fields are sent (see `toWire`); no cookies, no referrer.
 */
export async function postReport(fetchFn: Fetch, endpoint: string, report: UserReport, timeoutMs = SEND_TIMEOUT_MS): Promise<SendResult> {
  const host = hostOf(endpoint);
  let res: Response;
  try {
    res = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(toWire(report)),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const reason = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError') ? `no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}` : 'network error or server not running';
    return { ok: false, error: `Could not reach ${host}: ${reason}.` };
  }
  let body: unknown;
  const text = await res.text().catch(() => '');
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const detail = body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? `: ${clipLine(body.error)}` : '';
    return { ok: false, error: `${host} answered HTTP ${res.status}${detail}.` };
  }
  const ack = ReportAck.safeParse(body);
  if (!ack.success) return { ok: false, error: `${host} answered HTTP ${res.status} without an acknowledgement ({"id", "status": "received"}).` };
  if (ack.data.id !== report.id) return { ok: false, error: `${host} acknowledged a different report (${clipLine(ack.data.id)}).` };
  return { ok: true };
}


const clipLine = (s: string) => {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
};
