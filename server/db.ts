import Database from 'better-sqlite3';
import { UserReport } from '../lib/reports/schema';

/** A report as the server keeps it: what the reader sent, and when it arrived. */
export interface StoredReport {
  report: UserReport;
  receivedAt: string;
}

/**
 * Reports in SQLite (better-sqlite3: synchronous, one file, WAL so readers never block the writer).
 * One row per report id; a second POST of the same id is a no-op, which makes delivery idempotent.
 */
export class ReportDb {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS reports (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      received_at TEXT NOT NULL,
      body TEXT NOT NULL
    ) STRICT`);
  }

  /** Stores a report unless its id is already there; returns whether it was new and when the stored one arrived. */
  insert(report: UserReport, now: Date): { created: boolean; receivedAt: string } {
    const receivedAt = now.toISOString();
    const { changes } = this.db
      .prepare('INSERT INTO reports (id, kind, received_at, body) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING')
      .run(report.id, report.kind, receivedAt, JSON.stringify(report));
    if (changes) return { created: true, receivedAt };
    const row = this.db.prepare('SELECT received_at FROM reports WHERE id = ?').get(report.id) as { received_at: string };
    return { created: false, receivedAt: row.received_at };
  }

  /** All reports, oldest first. A row that no longer parses (hand-edited, older schema) is returned raw, never hidden. */
  list(): (StoredReport | { id: string; receivedAt: string; unreadable: string })[] {
    const rows = this.db.prepare('SELECT id, received_at, body FROM reports ORDER BY received_at, id').all() as { id: string; received_at: string; body: string }[];
    return rows.map((row) => {
      let parsed: ReturnType<typeof UserReport.safeParse> | undefined;
      try {
        parsed = UserReport.safeParse(JSON.parse(row.body));
      } catch {
        parsed = undefined;
      }
      return parsed?.success ? { report: parsed.data, receivedAt: row.received_at } : { id: row.id, receivedAt: row.received_at, unreadable: row.body };
    });
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}
