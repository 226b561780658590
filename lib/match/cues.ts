/**
 * Words that change what a sentence does with a claim. The rule (documented in
 * README, "Debunking and reporting"): a sentence that would match a claim is not
 * highlighted when
 *  - it contains a debunking cue ("myth", "disproven", "widerlegt", ...), or
 *  - it negates ("not", "never", "nicht", ...) outside the words that matched,
 *    unless the claim is itself a negative statement (`match.negated`), or the
 *    negation only denies an alternative after a clause break ("…at Katyn, not
 *    the NKVD": then the claim's own words, not the alternative, must be absent
 *    from that clause, and an exclusion named there does not count), or
 *  - it attributes the claim ("Bacque claimed", "according to Irving") and a
 *    contrast follows in the same sentence or opens the next ("but", "however", "aber"), or
 *  - the next sentence debunks ("… That figure is a myth.").
 * Limits: irony, rhetorical questions and debunkings more than one sentence away
 * are not understood; a sentence that endorses a claim while using the word
 * "myth" about something else is missed (a false negative, which we prefer to a
 * false accusation).
 */
export const CUES = {
  debunk: [
    'myth', 'myths', 'mythical', 'mythology', 'false', 'falsely', 'untrue', 'debunk*', 'disprov*', 'refut*', 'discredit*',
    'no evidence', 'baseless', 'fabricat*', 'forged', 'forgery', 'doctored', 'wrongly', 'misconception*', 'legend',
    'apocryphal', 'unsourced', 'unfounded', 'hoax', 'propaganda figure*', 'conspiracy theor*', 'fringe', 'revisionist*',
    'exaggerat*', 'inflated', 'mythos', 'legende', 'widerleg*', 'falsch', 'falschlich*', 'gefalscht*', 'unbelegt',
    'keine belege', 'marchen', 'erfunden', 'ubertrieb*',
  ],
  // Contractions split at the apostrophe ("didn't" → "didn" "t"), so their first half is the cue.
  negation: ['not', 'never', 'no', 'nor', 'neither', 'nothing', 'none', 'didn', 'wasn', 'weren', 'isn', 'aren', 'don', 'doesn', 'hasn', 'haven', 'hadn', 'couldn', 'wouldn', 'cannot', 'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keiner'],
  attribution: [
    'claim*', 'alleg*', 'assert*', 'according to', 'argued', 'argues', 'insist*', 'purport*', 'supposed*', 'so called',
    'behauptet*', 'behauptung*', 'angeblich*', 'laut', 'vermeintlich*',
  ],
  contrast: ['but', 'however', 'yet', 'in fact', 'in reality', 'actually', 'aber', 'doch', 'jedoch', 'tatsachlich', 'in wahrheit'],
} as const;
export type CueKind = keyof typeof CUES;
