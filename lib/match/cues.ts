/**
 * Words that change what a sentence does with a claim: debunk it, negate it, attribute it, ask about it,
 * agree with it. How they are read is documented once, in README ("Debunking and reporting"); the rules
 * live in `judge.ts` (the sentence itself) and `pending.ts` (the sentences after it). Matched as folded
 * dictionary terms, like the claims' own words, so a cue that is also a claim's word ("übertrieben" in the
 * claim that Soviet POW deaths are exaggerated) is known as such.
 */
export const CUES = {
  debunk: [
    'myth', 'myths', 'mythical', 'mythology', 'false', 'falsely', 'untrue', 'debunk*', 'disprov*', 'refut*', 'discredit*',
    'no evidence', 'baseless', 'fabricat*', 'forged', 'forgery', 'doctored', 'wrongly', 'misconception*', 'legend',
    'apocryphal', 'unsourced', 'unfounded', 'hoax', 'propaganda figure*', 'conspiracy theor*', 'fringe', 'revisionist*',
    'exaggerat*', 'inflated', 'mythos', 'legende', 'widerleg*', 'falsch', 'falschlich*', 'gefalscht*', 'unbelegt',
    'keine belege', 'marchen', 'erfunden', 'ubertrieb*', 'undercount*', 'overcount*', 'overstat*', 'understat*',
    'luge', 'lugen', 'a lie', 'big lie', 'outright lie', 'unbewiesen', 'nicht belegt', 'backwards', 'nachkriegsmythos', 'nachkriegslegende', 'geschichtsmythos', 'geschichtslug*',
    'propagandalug*', 'own excuse', 'an excuse', 'ausrede', 'took apart', 'taken apart', 'auseinandergenommen', 'zerpfluckt', 'wrong', 'mistaken',
    'incorrect', 'inaccurate', 'irrtum', 'irrig*', 'unzutreffend', 'unwahr', 'no historian', 'no historians', 'no serious',
    'no reputable', 'no source', 'no sources', 'kein historiker', 'kein serioser', 'keine quelle*', 'unprovable', 'unverifiable',
    'unverified', 'unsubstantiated', 'nicht nachweisbar', 'unbelegbar', 'unbeweisbar', 'keiner prufung', 'used to believe', 'believed it for', 'believed him for', 'believed that for', 'jahrelang geglaubt',
    'used to think', 'glaubte fruher', 'dachte fruher', 'nonsense', 'rubbish', 'bullshit', 'unsinn', 'quatsch', 'blodsinn',
    // sarcasm: "Oh sure, … and the moon landing was faked too."
    'oh sure', 'yeah right', 'ja klar', 'moon landing', 'mondlandung', 'ah yes', 'oh yes', '\u{1f644}',
    // a question that doubts: "Wer hat recht?" ("Is it true …?" asks yes or no: see `ask`)
    'who is right', 'who s right', 'wer hat recht',
    'see it differently', 'sehe ich das anders', 'sehe das anders', 'collapses', 'falls apart', 'fall apart', 'doesn t hold up',
    'does not hold up', 'don t hold up', 'untenable', 'no longer tenable', 'unhaltbar', 'nicht haltbar', 'nicht mehr haltbar',
    'no such', 'keine solche*', 'kein solcher', 'keinen solchen', 'nothing of the kind', 'nothing of the sort', 'nichts dergleichen',
    // the one who wrote the claim above is taken to task: "Whoever writes this has never looked at …"
    'whoever writes this', 'whoever says this', 'whoever wrote this', 'anyone who writes this', 'anyone who says this',
    'wer so etwas schreibt', 'wer so was schreibt', 'wer das schreibt',
    // the sums or the sources do not bear it out: "Hält keiner Überprüfung stand", "… verwechselt das mit …"
    'keiner uberprufung', 'doesn t add up', 'does not add up', 'don t add up', 'geht nicht auf', 'conflat*', 'verwechsel*',
    // the field has judged it: "Other Losses: why historians threw it out", "von der Forschung verworfen"
    'threw it out', 'thrown out by', 'historians reject*', 'historians have rejected', 'rejected by historians', 'widely rejected',
    'verworfen',
  ],
  // Contractions split at the apostrophe ("didn't" → "didn" "t"), so their first half is the cue.
  negation: ['not', 'never', 'no', 'nor', 'neither', 'nothing', 'none', 'didn', 'wasn', 'weren', 'isn', 'aren', 'don', 'doesn', 'hasn', 'haven', 'hadn', 'couldn', 'wouldn', 'cannot', 'can t', 'won t', 'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keiner', 'nein', 'nope'],
  // Deny what was just said only when they open a sentence ("Nobody has found a source for it."); inside one
  // they deny nothing about the claim ("… and nobody in the West talks about it").
  denial: ['nobody', 'no one', 'niemand'],
  attribution: [
    'claim*', 'alleg*', 'assert*', 'according to', 'argued', 'argues', 'insist*', 'purport*', 'supposed*', 'so called',
    'behaupte*', 'behauptung*', 'angeblich*', 'laut', 'vermeintlich*', 'it is said', 'people say', 'some say', 'we are told',
    'often read', 'often hear', 'sometimes read', 'sometimes hear', 'liest man', 'hort man', 'heisst es', 'sagt man', 'wird erzahlt', 'says', 'the idea that',
    'the notion that', 'the claim that', 'the story that', 'die vorstellung', 'die idee', 'quoted', 'attributed to', 'zitiert',
    'zugeschrieben', 'accus*', 'vorwurf', 'vorgeworfen', 'popular line', 'popular claim', 'popular story', 'often repeated',
    'oft repeated', 'die these', 'the thesis', 'the theory', 'often said', 'commonly said', 'es heisst', 'es hiess', 'hiess es', 'soll', 'sollen', 'zitat', 'widely said', 'oft gesagt',
    'widely believed', 'commonly believed', 'common belief', 'popular belief', 'widespread belief', 'commonly held', 'popular image',
    'landlaufig*', 'gangige meinung', 'verbreitete meinung', 'verbreitete annahme', 'the usual shorthand', 'summed up as', 'often summed up', 'saying', 'still say',
    'many say', 'they say', 'repeats', 'repeated', 'repeating', 'that line', 'this line',
    // someone else's conviction: "My grandfather went to his grave believing …", "Opa war überzeugt, dass …"
    'believing', 'was convinced', 'were convinced', 'war uberzeugt', 'waren uberzeugt', 'fest uberzeugt', 'official line',
    'official soviet line', 'line was that', 'the line was', 'verbreiten', 'verbreitet', 'peddle*', 'spread the', 'spreads the', 'keep seeing', 'keep reading', 'keep hearing', 'swears', 'man liest',
    'man hort', 'man sagt', 'you ll find', 'you will find', 'you ll read', 'you will read', 'you ll hear', 'you will hear', 'you ll see it', 'findet man', 'thesis is that', 's thesis', 'argument is that', 'these ist', 'these lautet',
    'official version', 'offizielle version', 'offizielle darstellung', 'offizielle lesart',
    // the received explanation: "People like to blame typhus …", "The usual story is …"
    'like to blame', 'love to blame', 'usual story', 'usual explanation', 'official story', 'official explanation',
    'textbook version', 'is usually told', 'offizielle erklarung', 'gern erzahlt',
    // how others present it: "Order No. 270 is often described as making every captured soldier a traitor"
    'described as', 'portrayed as', 'depicted as', 'presented as', 'characterized as', 'characterised as', 'dargestellt als',
    'beschrieben als', 'hingestellt als',
    // what someone else says or used to say: "My dad used to say …", "@Rheinländer: Sie schreiben, …"
    'used to say', 'would always say', 'always said', 'sagte immer', 'hat immer gesagt', 'pflegte zu sagen', 'you write', 'you say',
    'always told', 'hat immer erzahlt', 'erzahlte immer',
    'sie schreiben', 'du schreibst', 'schreiben sie', 'schreibst du',
    // passed around: "Auf Telegram geht gerade wieder ein Sharepic rum: …", "a meme doing the rounds"
    // what someone keeps raising, or how the claim is summed up or put in a speaker's mouth
    'brings it up', 'brought it up', 'tauchen sie wieder auf', 'tauchen wieder auf', 'taucht wieder auf', 'taucht immer wieder auf',
    'crops up', 'crop up', 'pops up', 'keeps coming up', 'comes up again', 'bringt das', 'summarised as', 'summarized as', 'zusammengefasst als', 'in den mund gelegt',
    'in den mund legen', 'put in his mouth', 'put into his mouth', 'put in stalin s mouth',
    'going around', 'doing the rounds', 'making the rounds', 'circulating', 'kursiert', 'kursieren', 'macht die runde', 'geht rum', 'geht herum', 'sharepic*', 'meme', 'memes',
  ],
  contrast: ['but', 'however', 'yet', 'in fact', 'in reality', 'actually', 'aber', 'jedoch', 'tatsachlich', 'in wahrheit'],
  // A sentence that gives the real figure ("The real number captured is about 5.7 million.").
  correction: [
    'real number', 'real figure', 'real toll', 'actual number', 'actual figure', 'actual toll', 'true number', 'true figure',
    'true toll', 'correct figure', 'correct number', 'historians estimate', 'historians put', 'wahre zahl', 'tatsachliche zahl',
    'richtige zahl', 'historiker schatzen',
  ],
  // The writer takes a reported claim as their own ("Kell is right to insist …", "Agreed."): not attributed.
  endorsement: ['is right', 'are right', 'was right', 'were right', 're right', 'rightly', 'correctly', 'i agree', 'agreed', 'zu recht', 'zurecht', 'hat recht', 'haben recht',
    'genau', 'exactly', 'so war es', 'so it was',
    // dismissing the other side's claim: "… egal was die Stadtverwaltung heute behauptet"
    'egal was', 'ganz gleich was', 'no matter what', 'whatever they claim', 'whatever they say',
    // a question that tells: "Did you know that …?"
    'did you know', 'do you know', 'wusstest du', 'wussten sie', 'weisst du'],
  // A question opening with one of these asks yes or no ("Were German prisoners really used as shields?").
  ask: ['were', 'was', 'did', 'do', 'does', 'is', 'are', 'has', 'have', 'had', 'could', 'would', 'war', 'waren', 'wurden', 'wurde', 'hat', 'haben',
    'hatte', 'hatten', 'gab', 'ist', 'sind', 'stimmt'],
  // An answer opening with one of these says yes.
  affirmation: ['yes', 'yeah', 'yep', 'ja', 'jawohl', 'indeed', 'absolutely', 'of course', 'naturlich', 'allerdings', 'definitely'],
  // The claim spoken of as a claim ("'… only traitors.' You'll find that line under Stalin's name"): reported, not stated.
  retelling: ['that line', 'this line', 'that claim', 'this claim', 'that quote', 'this quote', 'that story', 'this story', 'that figure',
    'this figure', 'diese zahl', 'dieses zitat', 'diese behauptung', 'dieser satz', 'diese geschichte'],
  // The figure is in an earlier sentence: "9.3 to 13.7 million. Let that sink in. That's how many Germans died …".
  figureReference: ['that s how many', 'that is how many', 'thats how many', 'that many', 'this many', 'so viele', 'soviele'],
  // A sentence that announces someone's account, which the next sentence gives ("They all told the same story. The
  // Wehrmacht had fought an honourable war, …"): that sentence is reported.
  storyLead: ['the same story', 'the story goes', 'the story went', 'the legend goes', 'the legend went', 'the myth goes',
    'the myth went', 'dieselbe geschichte', 'die gleiche geschichte', 'die geschichte geht', 'die legende geht', 'die legende lautet'],
  // Words that point back to what the paragraph named before ("Those Polish officers were shot…").
  reference: ['they', 'them', 'their', 'those', 'these', 'he', 'his', 'him', 'sie', 'ihnen', 'ihre', 'ihrer', 'diese', 'dieser', 'diesen', 'er', 'ihm', 'seine', 'dort', 'denen', 'deren', 'dessen', 'jene', 'jenen', 'jener', 'davon', 'der rest', 'den rest'],
} as const;
export type CueKind = keyof typeof CUES;
