import { z } from 'zod';
import { ClaimId, VERDICTS, type Claim, type Source, type Verdict } from './schema';
import { clip, draftHeader, slugify, type DraftFile } from './draft';
import { issuesFromZod, type FileIssue } from './errors';

/**
 * Where an exported review says it lives. `.invalid` never resolves (RFC 2606):
 * the id after `#` is what stays stable until the library page has a public home.
 */
export const CLAIMS_URL = 'https://caveat.invalid/claims';

/** Our verdicts on schema.org's 1 (worst) to 5 (best) scale; 5 would mean accurate, which Caveat never lists. */
export const RATINGS: Record<Verdict, { value: 1 | 2 | 3 | 4; label: string }> = {
  false: { value: 1, label: 'False' },
  misleading: { value: 2, label: 'Misleading' },
  disputed: { value: 3, label: 'Disputed' },
  'needs-context': { value: 4, label: 'Needs context' },
};

type Work = { '@type': 'CreativeWork'; name: string; author?: string; datePublished?: string; publisher?: { '@type': 'Organization'; name: string }; isPartOf?: { '@type': 'Periodical'; name: string }; pagination?: string; url?: string; description?: string };

/** One entry as schema.org ClaimReview JSON-LD. */
export interface ClaimReviewLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  url: string;
  name: string;
  claimReviewed: string;
  reviewBody: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: 'Caveat' };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: 5; worstRating: 1; alternateName: string };
  itemReviewed: { '@type': 'Claim'; description?: string };
  citation?: Work[];
}

const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Sources are evidence about the claim, not places it appeared, so they go to `citation`, not `itemReviewed.appearance`. */
function citation(s: Source): Work {
  return drop({
    '@type': 'CreativeWork' as const, name: s.title, author: s.author, datePublished: s.year?.toString(),
    publisher: s.publisher ? { '@type': 'Organization' as const, name: s.publisher } : undefined,
    isPartOf: s.journal ? { '@type': 'Periodical' as const, name: s.journal } : undefined,
    pagination: s.pages, url: s.url, description: s.note,
  });
}

/** Converts one entry to ClaimReview JSON-LD; see docs/claimreview.md. */
export function toClaimReview(claim: Claim, base = CLAIMS_URL): ClaimReviewLd {
  const { value, label } = RATINGS[claim.verdict];
  return {
    '@context': 'https://schema.org', '@type': 'ClaimReview', identifier: claim.id, url: `${base}#${claim.id}`, name: claim.title,
    claimReviewed: claim.statement, reviewBody: claim.summary, datePublished: claim.reviewed,
    author: { '@type': 'Organization', name: 'Caveat' },
    reviewRating: { '@type': 'Rating', ratingValue: value, bestRating: 5, worstRating: 1, alternateName: label },
    itemReviewed: drop({ '@type': 'Claim' as const, description: claim.origin }),
    ...(claim.sources.length ? { citation: claim.sources.map(citation) } : {}),
  };
}

const Num = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)], { error: 'must be a number (or a string holding one)' });
const Named = z.union([z.string(), z.looseObject({ name: z.string().optional() })]);
const many = <T extends z.ZodType>(t: T) => z.union([t, z.array(t)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
const WorkIn = z.looseObject({
  name: z.string().optional(), headline: z.string().optional(), url: z.string().optional(), author: Named.optional(),
  datePublished: z.union([z.string(), z.number()]).optional(), publisher: Named.optional(), isPartOf: Named.optional(),
  pagination: z.union([z.string(), z.number()]).optional(), description: z.string().optional(),
});
/** What we read from a ClaimReview: only what a draft needs; everything else is tolerated and ignored. */
export const ClaimReviewIn = z.looseObject({
  claimReviewed: z.string().trim().min(1, 'must not be empty'),
  reviewRating: z.looseObject({ ratingValue: Num.optional(), bestRating: Num.optional(), worstRating: Num.optional(), alternateName: z.string().optional() }),
  identifier: z.union([z.string(), z.number()]).optional(),
  url: z.string().optional(), name: z.string().optional(), headline: z.string().optional(),
  reviewBody: z.string().optional(), description: z.string().optional(), datePublished: z.string().optional(),
  author: many(Named).optional(),
  itemReviewed: z.looseObject({ description: z.string().optional(), appearance: many(WorkIn).optional(), firstAppearance: WorkIn.optional() }).optional(),
  citation: many(WorkIn).optional(),
});
export type ClaimReviewIn = z.infer<typeof ClaimReviewIn>;

/** Fact-checkers' labels, most specific first ("mostly false" before "false", "not true" before "true"). */
const LABELS: [RegExp, Verdict | 'accurate'][] = [
  [/missing context|lacks? context|needs? context|out of context|cherry.?pick/, 'needs-context'],
  [/mostly false|partly false|partly true|half.?true|misleading|distort|exaggerat|mixed|mixture/, 'misleading'],
  [/unproven|unverified|unsupported|unsubstantiated|disputed|contested|no evidence|unclear|research in progress/, 'disputed'],
  [/false|fake|fabricat|hoax|incorrect|inaccurate|wrong|pants on fire|not true|untrue|baseless/, 'false'],
  [/true|correct|accurate|verified/, 'accurate'],
];

const name = (n: z.infer<typeof Named> | undefined) => (typeof n === 'string' ? n : n?.name);
const isOurs = (r: ClaimReviewIn) => r.identifier !== undefined || (r.author ?? []).some((a) => name(a) === 'Caveat');

/**
 * The verdict a review's rating stands for. Caveat's own exports are read by
 * {@link RATINGS}; others by their label, else by where the value sits between
 * worst and best. "accurate" means the review found the claim true.
 */
export function verdictOf(r: ClaimReviewIn): Verdict | 'accurate' | undefined {
  const { ratingValue: value, bestRating: best = 5, worstRating: worst = 1, alternateName } = r.reviewRating;
  if (isOurs(r) && value !== undefined && best === 5 && worst === 1 && Number.isInteger(value)) {
    return value === 5 ? 'accurate' : VERDICTS.find((v) => RATINGS[v].value === value);
  }
  const label = alternateName?.toLowerCase().replace(/[^a-z ]+/g, ' ');
  const hit = label ? LABELS.find(([re]) => re.test(label)) : undefined;
  if (hit) return hit[1];
  if (value === undefined || best <= worst) return undefined;
  const step = Math.round(Math.min(1, Math.max(0, (value - worst) / (best - worst))) * 4);
  return step === 4 ? 'accurate' : VERDICTS[step];
}

function source(w: z.infer<typeof WorkIn>): Partial<Source> & { title: string } {
  const https = w.url?.startsWith('https://') ? w.url : undefined;
  const year = Number(String(w.datePublished ?? '').slice(0, 4)) || undefined;
  const note = [w.description, w.url && !https ? `URL not https, not kept: ${w.url}` : undefined].filter(Boolean).join(' ');
  return drop({
    author: name(w.author), title: w.name ?? w.headline ?? w.url ?? 'Untitled source', year, publisher: name(w.publisher),
    journal: name(w.isPartOf), pages: w.pagination?.toString(), url: https, note: note || undefined,
  });
}

/** One review as a draft entry; drafts still need category, context, match rules and examples. */
export function draftFromClaimReview(r: ClaimReviewIn, verdict: Verdict, today: string): DraftFile {
  const ours = isOurs(r);
  const id = ours && ClaimId.safeParse(String(r.identifier)).success ? String(r.identifier) : slugify(r.claimReviewed);
  const date = /^\d{4}-\d{2}-\d{2}/.test(r.datePublished ?? '') ? r.datePublished!.slice(0, 10) : today;
  const reviewer = (r.author ?? []).map(name).filter(Boolean).join(', ');
  // A foreign fact-check is itself the first source; our own export's URL points nowhere.
  const self = !ours && r.url ? [source({ name: r.name ?? r.headline ?? `Fact check by ${reviewer || 'unknown reviewer'}`, url: r.url, publisher: reviewer || undefined, datePublished: r.datePublished })] : [];
  const sources = [...self, ...(r.citation ?? []).map(source)];
  const summary = r.reviewBody ?? r.description;
  const appearances = (r.itemReviewed?.appearance ?? []).map((w) => w.url).filter(Boolean);
  const draft = drop({
    id, title: r.name ? clip(r.name) : clip(r.claimReviewed), verdict, statement: r.claimReviewed,
    summary, origin: r.itemReviewed?.description, sources: sources.length ? sources : undefined, reviewed: date,
  });
  const notes = [
    `Rating: ${r.reviewRating.alternateName ?? '(no label)'} (${r.reviewRating.ratingValue ?? '?'} on ${r.reviewRating.worstRating ?? 1}-${r.reviewRating.bestRating ?? 5}) read as "${verdict}".`,
    ...(appearances.length ? [`Claim appears at: ${appearances.join(' ')}`] : []),
  ];
  return { draft, header: draftHeader(ours ? `Caveat ClaimReview ${id}` : `ClaimReview by ${reviewer || 'unknown reviewer'}${r.url ? ` (${r.url})` : ''}`, notes) };
}

const typesOf = (node: unknown): string[] => {
  const t = node && typeof node === 'object' ? (node as Record<string, unknown>)['@type'] : undefined;
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

/** Reads a ClaimReview file (one object, an array, or `{"@graph": [...]}`) into drafts, with a line per problem. */
export function importClaimReviews(file: string, data: unknown, today: string): { drafts: DraftFile[]; issues: FileIssue[]; skipped: string[] } {
  const graph = data && typeof data === 'object' && !Array.isArray(data) && '@graph' in data ? (data as { '@graph': unknown })['@graph'] : data;
  const nodes = Array.isArray(graph) ? graph : [graph];
  const drafts: DraftFile[] = [];
  const issues: FileIssue[] = [];
  const skipped: string[] = [];
  nodes.forEach((node, i) => {
    if (!typesOf(node).some((t) => /(^|[/:])ClaimReview$/.test(t))) return;
    const r = ClaimReviewIn.safeParse(node);
    if (!r.success) return issues.push(...issuesFromZod(file, r.error).map((x) => ({ ...x, field: [i, x.field].filter((p) => p !== '').join('.') })));
    const verdict = verdictOf(r.data);
    if (verdict === undefined) issues.push({ file, field: `${i}.reviewRating`, reason: 'cannot read a verdict: no known alternateName and no ratingValue between worstRating and bestRating' });
    else if (verdict === 'accurate') skipped.push(`${i}: "${clip(r.data.claimReviewed, 60)}" is rated accurate; Caveat lists only dubious claims`);
    else drafts.push(draftFromClaimReview(r.data, verdict, today));
  });
  if (!drafts.length && !issues.length && !skipped.length) issues.push({ file, field: '', reason: 'no ClaimReview found: expected an object with "@type": "ClaimReview", an array of them, or {"@graph": [...]}' });
  return { drafts, issues, skipped };
}
