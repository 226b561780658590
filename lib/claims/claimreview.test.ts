import { describe, expect, it } from 'vitest';
import { ClaimReviewIn, importClaimReviews, RATINGS, toClaimReview, verdictOf } from './claimreview';
import { Claim, VERDICTS, type Verdict } from './schema';

const claim = (verdict: Verdict) =>
  Claim.parse({
    id: `sample-${verdict}`,
    title: 'Sample claim',
    verdict,
    category: 'inflated-figure',
    statement: '250,000 people died in Testville.',
    variants: { en: ['A quarter of a million died in Testville.'] },
    summary: 'False. The commission found up to 25,000 dead.',
    context: 'Longer text.',
    origin: 'A doctored order of the day.',
    sources: [
      { author: 'R. Evans', title: 'Expert report', year: 2000, publisher: 'High Court', pages: '11-12', url: 'https://example.org/evans', note: 'Read.' },
      { title: 'Newspaper article without a URL', journal: 'The Age', year: 2008 },
    ],
    reviewed: '2026-11-22',
    match: { all: [['testvill*'], ['died']] },
    examples: { flag: Array(8).fill('x'), pass: Array(5).fill('y') },
  });

describe('toClaimReview', () => {
  it('writes the documented ClaimReview fields', () => {
    const ld = toClaimReview(claim('false'));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: 'sample-false',
      url: 'https://caveat.invalid/claims#sample-false',
      claimReviewed: '250,000 people died in Testville.',
      datePublished: '2026-11-22',
      reviewBody: 'False. The commission found up to 25,000 dead.',
      author: { '@type': 'Organization', name: 'Caveat' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim', description: 'A doctored order of the day.' },
    });
    expect(ld.citation?.map((c) => c.url)).toEqual(['https://example.org/evans', undefined]);
  });

  it('maps every verdict to its own rating below 5', () => {
    const values = VERDICTS.map((v) => toClaimReview(claim(v)).reviewRating.ratingValue);
    expect(values).toEqual([1, 2, 3, 4]);
    expect(VERDICTS.map((v) => RATINGS[v].label)).toEqual(['False', 'Misleading', 'Disputed', 'Needs context']);
  });
});

describe('round trip', () => {
  it.each(VERDICTS)('export then import keeps id, statement, verdict, date, summary and sources (%s)', (verdict) => {
    const original = claim(verdict);
    const json = JSON.parse(JSON.stringify([toClaimReview(original)]));
    const { drafts, issues } = importClaimReviews('x.json', json, '1999-01-01');
    expect(issues).toEqual([]);
    const d = drafts[0]!.draft;
    expect(d).toMatchObject({ id: original.id, statement: original.statement, verdict, reviewed: '2026-11-22', summary: original.summary, title: original.title, origin: original.origin });
    expect(d.sources).toEqual(original.sources);
  });
});

const foreign = (rating: object, extra: object = {}) => ({
  '@type': 'ClaimReview',
  claimReviewed: 'Nine million Germans starved after the war',
  url: 'https://factcheck.example/9m',
  author: { '@type': 'Organization', name: 'Example Check' },
  reviewRating: { '@type': 'Rating', ...rating },
  ...extra,
});

describe('reading foreign reviews', () => {
  it.each([
    ['False', 'false'],
    ['Pants on Fire!', 'false'],
    ['Not true', 'false'],
    ['Mostly false', 'misleading'],
    ['Misleading', 'misleading'],
    ['Half-True', 'misleading'],
    ['Missing context', 'needs-context'],
    ['Unproven', 'disputed'],
    ['Mostly true', 'accurate'],
  ])('reads the label "%s" as %s', (alternateName, verdict) => {
    expect(verdictOf(ClaimReviewIn.parse(foreign({ alternateName, ratingValue: 3 })))).toBe(verdict);
  });

  it('falls back to where the value sits between worst and best', () => {
    expect(verdictOf(ClaimReviewIn.parse(foreign({ ratingValue: '2', bestRating: 5, worstRating: 1 })))).toBe('misleading');
    expect(verdictOf(ClaimReviewIn.parse(foreign({ ratingValue: 0, bestRating: 10, worstRating: 0 })))).toBe('false');
    expect(verdictOf(ClaimReviewIn.parse(foreign({ ratingValue: 5, bestRating: 10, worstRating: 0 })))).toBe('disputed');
    expect(verdictOf(ClaimReviewIn.parse(foreign({})))).toBeUndefined();
  });

  it('reads @graph, keeps the fact-check as a source and notes where the claim appeared', () => {
    const data = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', url: 'https://factcheck.example/' },
        foreign({ alternateName: 'False' }, { datePublished: '2024-03-01T12:00:00Z', itemReviewed: { '@type': 'Claim', appearance: { url: 'https://blog.example/post' } } }),
      ],
    };
    const { drafts, issues } = importClaimReviews('g.json', data, '2026-11-22');
    expect(issues).toEqual([]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.draft).toMatchObject({ id: 'nine-million-germans-starved-after-the-war', verdict: 'false', reviewed: '2024-03-01' });
    expect(drafts[0]!.draft.sources?.[0]).toMatchObject({ url: 'https://factcheck.example/9m', publisher: 'Example Check', year: 2024 });
    expect(drafts[0]!.header).toContain('Claim appears at: https://blog.example/post');
  });

  it('skips reviews that found the claim true', () => {
    const { drafts, skipped } = importClaimReviews('t.json', foreign({ alternateName: 'True' }), '2026-11-22');
    expect(drafts).toEqual([]);
    expect(skipped[0]).toMatch(/rated accurate/);
  });
});

describe('import errors', () => {
  it('names the item and field of an invalid review', () => {
    const { issues } = importClaimReviews('e.json', [foreign({ alternateName: 'False' }), { '@type': 'ClaimReview', reviewRating: {} }], '2026-11-22');
    expect(issues).toContainEqual(expect.objectContaining({ file: 'e.json', field: '1.claimReviewed' }));
  });

  it('says when a rating cannot be read', () => {
    const { issues } = importClaimReviews('e.json', foreign({ alternateName: 'Satire' }), '2026-11-22');
    expect(issues[0]).toMatchObject({ field: '0.reviewRating', reason: expect.stringMatching(/cannot read a verdict/) });
  });

  it('says when the file holds no ClaimReview', () => {
    const { issues } = importClaimReviews('e.json', { '@type': 'Article' }, '2026-11-22');
    expect(issues[0]!.reason).toMatch(/no ClaimReview found/);
  });
});
