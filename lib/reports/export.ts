import { REPORT_FORMAT, toWire, type ReportFile, type ReportKind, type UserReport } from './schema';

/**
 * Where "Open as an issue" goes: the project's GitHub "new issue" page.
 * PLACEHOLDER until the project has its public repository; change it here only (see docs/reports.md).
 */
export const ISSUE_TRACKER_NEW_ISSUE_URL = 'https://github.com/caveat-extension/caveat/issues/new';

/** GitHub refuses longer URLs (about 8 kB); past this the issue body drops its JSON copy, then clips. */
const MAX_ISSUE_URL = 7500;

/** How each kind is named to people. */
export const KIND_LABELS: Record<ReportKind, string> = {
  'new-claim': 'Dubious claim Caveat missed',
  'false-positive': 'Wrong highlight',
  'better-source': 'Better source',
};

/** An export file in the claims database's source format, ready for `npm run claims -- new --from-report`. */
export function toReportFile(reports: readonly UserReport[]): ReportFile {
  return { format: REPORT_FORMAT, version: 1, reports: reports.map(toWire) };
}

/** The export's text: pretty JSON with a final newline. */
export const reportFileText = (reports: readonly UserReport[]) => `${JSON.stringify(toReportFile(reports), null, 2)}\n`;

/** The export's file name, dated (`caveat-reports-2026-11-22.json`). */
export const exportFileName = (now: Date) => `caveat-reports-${now.toISOString().slice(0, 10)}.json`;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** A Markdown block quote of the reader's text, line by line. */
const quote = (s: string) => s.split(/\r?\n/).map((l) => `> ${l}`).join('\n');
/** A code fence longer than any run of backticks inside, so the content cannot close it. */
const fence = (s: string) => '`'.repeat(Math.max(3, ...[...s.matchAll(/`+/g)].map((m) => m[0].length + 1)));

/** The issue's title: kind and the start of the reported text. */
export function issueTitle(report: UserReport): string {
  return `[Report] ${KIND_LABELS[report.kind]}: ${cut(oneLine(report.selection), 80)}`;
}

/** The issue's Markdown body: the report for people to read, and as JSON for the claims tools. */
export function issueBody(report: UserReport, { json = true, maxField = Infinity } = {}): string {
  const c = (s: string) => cut(s, maxField);
  const lines = [`**Kind:** ${KIND_LABELS[report.kind]}`];
  if (report.claim) lines.push(`**Claims-db entry:** \`${report.claim}\``);
  lines.push('', '**Text on the page:**', quote(c(report.selection)));
  if (report.sentence) lines.push('', '**Sentence around it:**', quote(c(report.sentence)));
  if (report.pageUrl || report.pageTitle) lines.push('', `**Page:** ${oneLine(c(report.pageTitle ?? ''))} ${report.pageUrl ? `<${c(report.pageUrl)}>` : ''}`.trimEnd());
  if (report.why) lines.push('', '**Reader’s reason:**', quote(c(report.why)));
  if (report.sourceUrl) lines.push('', `**Suggested source:** <${report.sourceUrl}>`);
  if (report.verdict) lines.push('', `**Suggested verdict:** ${report.verdict}`);
  if (json) {
    const text = JSON.stringify(toReportFile([report]), null, 2);
    const f = fence(text);
    lines.push('', '<details><summary>As a report file (save as report.json, then <code>npm run claims -- new --from-report report.json</code>)</summary>', '', `${f}json`, text, f, '', '</details>');
  }
  lines.push('', `_Filed with the Caveat browser extension, ${report.createdAt.slice(0, 10)}._`);
  return lines.join('\n');
}

/** A prefilled "new issue" URL for one report; shortened to fit GitHub's URL limit. */
export function issueUrl(report: UserReport, base = ISSUE_TRACKER_NEW_ISSUE_URL): string {
  const make = (body: string) => `${base}?${new URLSearchParams({ title: issueTitle(report), body }).toString()}`;
  for (const opts of [{ json: true }, { json: false }, { json: false, maxField: 600 }, { json: false, maxField: 150 }]) {
    const url = make(issueBody(report, opts));
    if (url.length <= MAX_ISSUE_URL) return url;
  }
  return make(issueBody(report, { json: false, maxField: 40 }));
}
