import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { draftFromReport, draftText } from '../lib/claims/draft';
import { describeIssues } from '../lib/reports/queue';
import { toWire, UserReport } from '../lib/reports/schema';
import { ReportDb } from './db';

/** Largest request body accepted; a report is a few kB at most (the schema caps each field). */
export const DEFAULT_MAX_BODY = 64 * 1024;

/** Extension pages and service workers: Chrome's and Firefox's. Web pages are not allowed to file reports. */
export const EXTENSION_ORIGIN = /^(chrome|moz|safari-web)-extension:\/\/[\w.-]+$/;

export interface ReportServerOptions {
  db: ReportDb;
  /** Origins allowed to POST (CORS). Default: any browser-extension origin. Requests without Origin (curl) are allowed. */
  allowOrigin?: (origin: string) => boolean;
  maxBodyBytes?: number;
  /** When set, GET /reports and /reports/drafts need `Authorization: Bearer <token>` (they hold readers' page addresses). */
  readToken?: string;
  now?: () => Date;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The intake server's request handler: POST /reports, GET /reports, GET /reports/drafts, GET /health. */
export function createReportServer(options: ReportServerOptions): Server {
  const { db, allowOrigin = (o) => EXTENSION_ORIGIN.test(o), maxBodyBytes = DEFAULT_MAX_BODY, readToken, now = () => new Date() } = options;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    const originOk = origin === undefined || allowOrigin(origin);
    if (origin && originOk) res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
    const routes: Record<string, string[]> = { '/reports': ['GET', 'POST'], '/reports/drafts': ['GET'], '/health': ['GET'] };
    const methods = routes[path];
    if (!methods) throw new HttpError(404, `no such endpoint: ${path} (try POST /reports, GET /reports, GET /reports/drafts, GET /health)`);

    if (req.method === 'OPTIONS') {
      if (!originOk) throw new HttpError(403, `origin ${origin} may not use this server`);
      res.writeHead(204, {
        'access-control-allow-methods': [...methods, 'OPTIONS'].join(', '),
        'access-control-allow-headers': 'content-type, authorization',
        'access-control-max-age': '600',
        // Chrome's private-network preflight, for an extension posting to a server on the local network.
        ...(req.headers['access-control-request-private-network'] ? { 'access-control-allow-private-network': 'true' } : {}),
      });
      res.end();
      return;
    }
    if (!methods.includes(req.method ?? '')) {
      res.setHeader('allow', [...methods, 'OPTIONS'].join(', '));
      throw new HttpError(405, `${req.method} is not allowed on ${path}`);
    }
    if (path === '/health') return json(res, 200, { status: 'ok', reports: db.count() });
    if (req.method === 'POST') {
      if (!originOk) throw new HttpError(403, `origin ${origin} may not file reports`);
      return receive(req, res);
    }
    if (readToken && req.headers.authorization !== `Bearer ${readToken}`) {
      res.setHeader('www-authenticate', 'Bearer');
      throw new HttpError(401, 'this server needs Authorization: Bearer <read token> to list reports');
    }
    if (path === '/reports') {
      const reports = db.list().map((r) => ('report' in r ? { ...r.report, receivedAt: r.receivedAt } : r));
      return json(res, 200, { count: reports.length, reports });
    }
    return drafts(req, res);
  };

  const receive = async (req: IncomingMessage, res: ServerResponse) => {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send the report as Content-Type: application/json');
    const body = await readBody(req, maxBodyBytes);
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      throw new HttpError(400, 'the body is not valid JSON');
    }
    const parsed = UserReport.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), reason: i.message }));
      throw new HttpError(400, `invalid report: ${describeIssues(parsed.error.issues)}`, { issues });
    }
    // Only the report's own fields are kept, whatever else a client sent along.
    const report = toWire(parsed.data);
    const { created, receivedAt } = db.insert(report, now());
    json(res, created ? 201 : 200, { id: report.id, status: 'received', receivedAt, ...(created ? {} : { duplicate: true }) });
  };

  const drafts = (req: IncomingMessage, res: ServerResponse) => {
    const all = db.list().flatMap((r) => ('report' in r ? [r] : []));
    const claims = all.filter((r) => r.report.kind === 'new-claim');
    const files = claims.map((r) => {
      const file = draftFromReport(r.report, r.receivedAt.slice(0, 10));
      return { report: r.report.id, id: file.draft.id, file: `claims-db/drafts/${file.draft.id}.yaml`, text: draftText(file) };
    });
    if (new URL(req.url ?? '/', 'http://localhost').searchParams.get('format') === 'json') return json(res, 200, { count: files.length, drafts: files });
    const head = `# ${files.length} claims-db drafts from ${claims.length} new-claim reports; ${all.length - claims.length} reports of other kinds are listed at GET /reports.\n`;
    res.writeHead(200, { 'content-type': 'application/yaml; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(head + files.map((f) => `---\n${f.text}`).join(''));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const err = e instanceof HttpError ? e : new HttpError(500, 'internal error');
      if (!(e instanceof HttpError)) console.error(e);
      if (res.headersSent) return void res.destroy();
      json(res, err.status, { error: err.message, ...err.extra });
      // A refused upload is not read to its end; close the connection rather than drain it.
      if (err.status === 413) res.once('finish', () => req.destroy());
    });
  });
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  return server;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(`${JSON.stringify(body)}\n`);
}

/** The request body as text, refusing (413) anything larger than `max` bytes, whether announced or not. */
function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > max) return Promise.reject(new HttpError(413, `the body is larger than ${max} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.pause();
        reject(new HttpError(413, `the body is larger than ${max} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Options of the `report-server` command. */
export const ServerArgs = z.object({
  port: z.coerce.number({ error: 'must be a number' }).int().min(0).max(65535, 'must be at most 65535').default(8787),
  host: z.string().default('127.0.0.1'),
  db: z.string().min(1).default('reports.sqlite'),
  origin: z.array(z.string().regex(/^[a-z-]+:\/\/[^/]+$/, 'must be an origin like chrome-extension://<id>')).default([]),
  maxBody: z.coerce.number({ error: 'must be a number of bytes' }).int().positive().default(DEFAULT_MAX_BODY),
  readToken: z.string().min(16, 'must be at least 16 characters').optional(),
});
export type ServerArgs = z.infer<typeof ServerArgs>;

export interface RunningServer {
  url: string;
  port: number;
  db: ReportDb;
  close(): Promise<void>;
}

/** Opens the database and listens; `close` stops both. */
export async function startReportServer(args: Partial<ServerArgs> & { now?: () => Date } = {}): Promise<RunningServer> {
  const opts = ServerArgs.parse(args);
  const db = new ReportDb(opts.db);
  const allowed = new Set(opts.origin);
  const server = createReportServer({
    db,
    ...(allowed.size ? { allowOrigin: (o: string) => allowed.has(o) } : {}),
    maxBodyBytes: opts.maxBody,
    ...(opts.readToken ? { readToken: opts.readToken } : {}),
    ...(args.now ? { now: args.now } : {}),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, opts.host, () => resolve());
    });
  } catch (e) {
    db.close();
    throw e;
  }
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        // Keep-alive connections would hold close() open.
        server.closeAllConnections();
      }),
  };
}
