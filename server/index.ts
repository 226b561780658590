/**
 * Caveat's report intake server, for maintainers:
 *   npm run report-server -- --port 8787 --db reports.sqlite
 * Then set the extension's report endpoint to http://127.0.0.1:8787/reports.
 * Options and API: docs/reports.md.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ServerArgs, startReportServer } from './app';

const USAGE = `usage: npm run report-server -- [--port 8787] [--host 127.0.0.1] [--db reports.sqlite]
                                 [--origin chrome-extension://<id>]... [--max-body 65536] [--read-token <secret>]`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        origin: { type: 'string', multiple: true },
        'max-body': { type: 'string' },
        'read-token': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const parsed = ServerArgs.safeParse({
    port: values.port,
    host: values.host,
    db: values.db,
    origin: values.origin,
    maxBody: values['max-body'],
    readToken: values['read-token'] ?? process.env.REPORT_SERVER_READ_TOKEN,
  });
  if (!parsed.success) {
    console.error(`${z.prettifyError(parsed.error)}\n${USAGE}`);
    return 2;
  }
  const server = await startReportServer(parsed.data);
  console.log(`Caveat report server on ${server.url} (database ${parsed.data.db}, ${server.db.count()} reports)`);
  console.log(`  extension report endpoint: ${server.url}/reports`);
  console.log(`  origins allowed to post: ${parsed.data.origin.length ? parsed.data.origin.join(', ') : 'any browser extension'}`);
  if (!parsed.data.readToken && !['127.0.0.1', 'localhost', '::1'].includes(parsed.data.host)) {
    console.warn('  warning: GET /reports is readable by anyone who can reach this host; set --read-token');
  }
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    const err = e as NodeJS.ErrnoException;
    console.error(err.code === 'EADDRINUSE' ? `port already in use: ${err.message}` : err);
    process.exit(1);
  },
);
