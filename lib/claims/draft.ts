import { z } from 'zod';
import { ReportFile, type UserReport } from '../reports/schema';
import { Claim, ClaimId, type ClaimInput } from './schema';
import { CLAIM_STYLE, stringifyCanonical } from './canonical';
import { issuesFromZod, type FileIssue } from './errors';

// The report schema is declared once, in lib/reports/, and shared with the extension and the intake server.
export { ReportFile, UserReport } from '../reports/schema';

/** Parses an exported report file; problems come back as file/field/reason lines. */
export function parseReportFile(file: string, data: unknown): { ok: true; value: ReportFile } | { ok: false; issues: FileIssue[] } {
  // Classic zod's safeParse, so the error is the ZodError issuesFromZod reads, whatever flavour the schema is.
  const r = z.safeParse(ReportFile, data);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesFromZod(file, r.error) };
}

/** A claim file still missing what a maintainer must write: category, summary, context, match rules, examples. */
export type Draft = Partial<ClaimInput> & { id: string };

/** Turns free text into a claim id: ASCII lowercase words joined by hyphens, at most `words` words. */
export function slugify(text: string, words = 8): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');
  return ClaimId.safeParse(slug).success ? slug : 'untitled-claim';
}

/** Shortens text at a word boundary so it fits a title. */
export function clip(text: string, max = 120): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  // The cut already ends a word when a space follows it; otherwise drop the partial word.
  const end = t[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${end > 0 ? cut.slice(0, end) : cut}…`;
}

const isHttps = (url: string | undefined): url is string => {
  if (!url) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/** A draft plus the comment that goes at the top of its file. */
export interface DraftFile { draft: Draft; header: string }

/** The header every draft carries, so nobody mistakes it for a finished entry. */
export function draftHeader(origin: string, notes: string[] = []): string {
  return [
    `DRAFT from ${origin}. Not loaded by the extension.`,
    'Complete it (category, summary, context, sources, match rules, at least 8 flag and 5 pass examples),',
    'then move it to claims-db/claims/<id>.yaml and run `npm run claims -- validate` and `npm run claims -- test`.',
    ...notes,
  ].join('\n');
}

/** Maps a reader's "new claim" report to a draft entry; `today` is YYYY-MM-DD. */
export function draftFromReport(report: UserReport, today: string): DraftFile {
  const sentence = report.sentence?.trim();
  const draft: Draft = {
    id: slugify(report.selection),
    title: clip(report.selection),
    verdict: report.verdict ?? 'disputed',
    statement: report.selection,
    ...(sentence ? { variants: { en: [sentence] } } : {}),
    ...(isHttps(report.sourceUrl)
      ? { sources: [{ title: 'Source suggested by a reader (title to be checked)', url: report.sourceUrl, note: 'From a user report; not yet read.' }] }
      : {}),
    reviewed: today,
    examples: { flag: [...new Set([report.selection, ...(sentence ? [sentence] : [])])], pass: [] },
  };
  // A reader's words and page are evidence for the maintainer, not content of the entry.
  const notes = [
    report.pageUrl || report.pageTitle ? `Seen on: ${[report.pageTitle, report.pageUrl].filter(Boolean).join(' ')}` : '',
    report.why ? `Reader's reason: ${report.why.replace(/\s+/g, ' ')}` : '',
    report.claim ? `Reader's claim: ${report.claim.replace(/\s+/g, ' ')}` : '',
    report.sourceUrl && !isHttps(report.sourceUrl) ? `Suggested source (not https, so not added): ${report.sourceUrl}` : '',
  ].filter(Boolean);
  return { draft, header: draftHeader(`user report ${report.id} (${report.createdAt})`, notes) };
}

/** The text of a draft file: canonical key order, header comment on top. */
export function draftText({ draft, header }: DraftFile): string {
  return stringifyCanonical(Claim, draft, { style: CLAIM_STYLE, header });
}

/** Fills TEMPLATE.yaml in for a new entry; throws when the template no longer has the lines it fills in. */
export function scaffold(template: string, id: string, today: string): string {
  if (!/^id: .*$/m.test(template) || !/^reviewed: .*$/m.test(template)) throw new Error('TEMPLATE.yaml needs top-level "id:" and "reviewed:" lines');
  return template.replace(/^id: .*$/m, `id: ${id}`).replace(/^reviewed: .*$/m, `reviewed: ${today}`);
}
