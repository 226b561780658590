import { z } from 'zod';
import { ConceptName, isConceptRef, Term, type MatchRule } from './schema';

/**
 * claims-db/lexicon.yaml: word lists that many claims share ("prisoners", "shot",
 * "soviet"), each named once and used in match groups as "$name". A synonym added
 * to a concept then serves every claim that names it, rather than the one claim
 * whose example needed it. A concept may name other concepts.
 */
export const Lexicon = z.record(ConceptName, z.array(Term).min(1, 'needs at least one term'));
export type Lexicon = z.infer<typeof Lexicon>;

export interface FieldIssue {
  field: string;
  reason: string;
}

/** Concepts with every term spelled out: what claims' "$name" items stand for. */
export type Concepts = ReadonlyMap<string, readonly string[]>;

/**
 * The terms a list stands for, each "$name" replaced by what `lookup` gives for the name, or reported
 * against `field` when `lookup` gives a reason it cannot; in order, each term once.
 */
function spell(terms: readonly string[], field: string, issues: FieldIssue[], lookup: (name: string) => readonly string[] | string): string[] {
  const out = new Set<string>();
  terms.forEach((term, i) => {
    if (!isConceptRef(term)) return void out.add(term);
    const found = lookup(term.slice(1));
    if (typeof found === 'string') issues.push({ field: `${field}.${i}`, reason: found });
    else for (const t of found) out.add(t);
  });
  return [...out];
}

/**
 * Spells out every concept (a concept may name others). Problems (a name no concept has, a concept that
 * names itself through others) are reported against the lexicon's fields.
 */
export function resolveLexicon(lexicon: Lexicon): { concepts: Concepts; issues: FieldIssue[] } {
  const concepts = new Map<string, string[]>();
  const issues: FieldIssue[] = [];
  const resolve = (name: string, using: readonly string[]): string[] => {
    let done = concepts.get(name);
    if (!done) {
      done = spell(lexicon[name]!, name, issues, (other) =>
        !Object.hasOwn(lexicon, other) ? `no concept "${other}"`
        : using.includes(other) ? `concept "${other}" names itself (${[...using, other].join(' → ')})`
        : resolve(other, [...using, other]));
      concepts.set(name, done);
    }
    return done;
  };
  for (const name of Object.keys(lexicon)) resolve(name, [name]);
  return { concepts, issues };
}

/** The terms a list stands for, its "$concepts" spelled out, each term once; `field` is the list's dotted path. */
export function expandTerms(terms: readonly string[], concepts: Concepts, field: string, issues: FieldIssue[]): string[] {
  return spell(terms, field, issues, (name) => concepts.get(name) ?? `no concept "${name}" in claims-db/lexicon.yaml`);
}

/** A claim's match rule with every concept spelled out; problems are reported against `match.…` fields. */
export function expandRule(rule: MatchRule, concepts: Concepts, issues: FieldIssue[]): MatchRule {
  const shape = <S extends Pick<MatchRule, 'all' | 'any' | 'none'>>(s: S, at: string): S => ({
    ...s,
    all: s.all.map((group, g) => expandTerms(group, concepts, `${at}.all.${g}`, issues)),
    any: expandTerms(s.any, concepts, `${at}.any`, issues),
    none: expandTerms(s.none, concepts, `${at}.none`, issues),
  });
  const out = shape(rule, 'match');
  if (rule.also) out.also = rule.also.map((s, i) => shape(s, `match.also.${i}`));
  return out;
}
