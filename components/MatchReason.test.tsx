// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Match } from '../lib/match/types';
import MatchReason from './MatchReason';

const base: Match = {
  claim: 'dresden-death-toll', verdict: 'false', start: 0, end: 10, score: 0.7,
  why: { terms: ['burned to death'], variant: '250,000 people died in the bombing of Dresden.', exact: false, partial: false },
};
const shown = (match: Match) => {
  const el = document.body.appendChild(document.createElement('div'));
  render(<MatchReason match={match} />, el);
  return el.textContent ?? '';
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('MatchReason', () => {
  it('names the topic an earlier sentence gave, when the match leans on it', () => {
    expect(shown({ ...base, why: { ...base.why, topic: 'Dresden' } })).toContain('The paragraph named its subject earlier: “Dresden”');
    expect(shown(base)).not.toContain('named its subject');
  });
});
