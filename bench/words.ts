/**
 * Word lists for the generated history-blog corpora and claim databases. The
 * domain words are real English words a WWII blog uses; together with the
 * synthesized place and person names (see generate.ts) they make a vocabulary
 * of a few thousand words. None of them is one of the matcher's cue words.
 */

export const NOUNS = [
  'army', 'armies', 'battalion', 'brigade', 'division', 'regiment', 'corps', 'company', 'platoon', 'garrison', 'front', 'frontline',
  'offensive', 'counterattack', 'retreat', 'advance', 'siege', 'encirclement', 'breakthrough', 'bridgehead', 'trench', 'bunker',
  'fortress', 'citadel', 'barracks', 'airfield', 'harbour', 'harbor', 'railway', 'railhead', 'station', 'depot', 'warehouse', 'factory',
  'foundry', 'shipyard', 'bridge', 'river', 'forest', 'marsh', 'valley', 'ridge', 'hill', 'village', 'town', 'city', 'suburb',
  'district', 'province', 'border', 'coast', 'island', 'peninsula', 'steppe', 'plain', 'road', 'highway', 'convoy', 'column',
  'tank', 'tanks', 'artillery', 'howitzer', 'mortar', 'rifle', 'rifles', 'machinegun', 'ammunition', 'shell', 'shells', 'grenade',
  'aircraft', 'bomber', 'bombers', 'fighter', 'fighters', 'squadron', 'submarine', 'cruiser', 'destroyer', 'battleship', 'fleet',
  'camp', 'camps', 'prison', 'prisoners', 'captives', 'internees', 'deportees', 'refugees', 'civilians', 'soldiers', 'officers',
  'generals', 'sergeants', 'conscripts', 'volunteers', 'partisans', 'guerrillas', 'militia', 'police', 'guards', 'sentries',
  'commanders', 'staff', 'headquarters', 'command', 'orders', 'directive', 'decree', 'telegram', 'report', 'reports', 'dispatch',
  'archive', 'archives', 'records', 'files', 'documents', 'diary', 'diaries', 'letters', 'memoir', 'memoirs', 'testimony',
  'interrogation', 'tribunal', 'trial', 'verdict', 'sentence', 'amnesty', 'pardon', 'repatriation', 'deportation', 'evacuation',
  'occupation', 'liberation', 'surrender', 'armistice', 'ceasefire', 'treaty', 'conference', 'agreement', 'alliance', 'coalition',
  'government', 'ministry', 'parliament', 'regime', 'dictatorship', 'republic', 'empire', 'kingdom', 'state', 'nation', 'population',
  'census', 'statistics', 'estimate', 'estimates', 'figure', 'figures', 'count', 'losses', 'casualties', 'wounded', 'missing', 'dead',
  'famine', 'hunger', 'starvation', 'typhus', 'dysentery', 'epidemic', 'winter', 'frost', 'snow', 'mud', 'rain', 'summer', 'spring',
  'autumn', 'harvest', 'rations', 'bread', 'soup', 'supplies', 'fuel', 'coal', 'oil', 'timber', 'labour', 'labor', 'workers',
  'mines', 'mine', 'quarry', 'construction', 'canal', 'reconstruction', 'rubble', 'ruins', 'cathedral', 'church', 'monastery',
  'museum', 'memorial', 'cemetery', 'graves', 'grave', 'monument', 'plaque', 'exhibition', 'photograph', 'photographs', 'film',
  'newsreel', 'radio', 'broadcast', 'newspaper', 'leaflet', 'leaflets', 'poster', 'censorship', 'intelligence', 'espionage', 'spy',
  'spies', 'sabotage', 'uprising', 'revolt', 'mutiny', 'desertion', 'deserters', 'collaboration', 'collaborators', 'resistance',
  'massacre', 'atrocity', 'atrocities', 'reprisal', 'reprisals', 'hostages', 'executions', 'shooting', 'bombing', 'raid', 'raids',
  'firestorm', 'blockade', 'ghetto', 'transport', 'transports', 'train', 'trains', 'wagon', 'wagons', 'ship', 'ships', 'ferry',
  'historian', 'historians', 'scholar', 'researchers', 'commission', 'journalist', 'veteran', 'veterans', 'survivor', 'survivors',
  'grandfather', 'grandmother', 'family', 'families', 'children', 'women', 'mothers', 'fathers', 'brothers', 'comrades', 'neighbours',
];

export const ADJECTIVES = [
  'bitter', 'brutal', 'chaotic', 'decisive', 'desperate', 'disastrous', 'exhausted', 'famous', 'forgotten', 'frozen', 'grim',
  'heavy', 'infamous', 'isolated', 'lengthy', 'massive', 'notorious', 'obscure', 'remote', 'ruined', 'savage', 'secret', 'strategic',
  'surrounded', 'tragic', 'unknown', 'vast', 'violent', 'wretched', 'ragged', 'starving', 'wounded', 'retreating', 'advancing',
  'occupied', 'liberated', 'bombed', 'burning', 'captured', 'abandoned', 'overcrowded', 'makeshift', 'northern', 'southern',
  'eastern', 'western', 'central', 'coastal', 'rural', 'industrial', 'official', 'classified', 'surviving', 'contemporary',
  'postwar', 'prewar', 'wartime', 'military', 'civilian', 'political', 'economic',
];

export const NATIONALITIES = [
  'soviet', 'german', 'british', 'american',
  'french', 'polish', 'italian', 'hungarian', 'romanian', 'finnish', 'ukrainian', 'belarusian', 'czech', 'dutch', 'belgian',
];

export const VERBS = [
  'attacked', 'defended', 'surrounded', 'captured', 'evacuated', 'occupied', 'liberated', 'bombed', 'shelled', 'besieged',
  'crossed', 'reached', 'abandoned', 'burned', 'destroyed', 'rebuilt', 'recorded', 'documented', 'described', 'photographed',
  'interrogated', 'deported', 'transported', 'marched', 'retreated', 'advanced', 'surrendered', 'escaped', 'survived', 'perished',
  'starved', 'froze', 'worked', 'laboured', 'fought', 'waited', 'returned', 'arrived', 'departed', 'buried', 'counted', 'registered',
];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const ORDINALS = ['1st', '2nd', '3rd', '4th', '6th', '9th', '11th', '17th', '21st', '38th', '62nd', '101st', '252nd'];
export const UNITS = ['Army', 'Panzer Division', 'Rifle Division', 'Infantry Division', 'Guards Army', 'Corps', 'Brigade', 'Regiment', 'Battalion'];
export const FIRST_NAMES = [
  'Anna', 'Boris', 'Clara', 'Dmitri', 'Elsa', 'Friedrich', 'Galina', 'Hans', 'Irina', 'Jan', 'Karl', 'Lena', 'Marek', 'Nina',
  'Otto', 'Pavel', 'Rosa', 'Sergei', 'Tomas', 'Ursula', 'Viktor', 'Walter', 'Yuri', 'Zofia', 'Heinrich', 'Olga', 'Piotr', 'Greta',
];

/** Filler English words of the templates (kept out of the synthesized names). */
export const STOPWORDS = [
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'as', 'is', 'was', 'were', 'had', 'has',
  'have', 'be', 'been', 'that', 'this', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'he', 'his', 'she', 'her', 'we',
  'our', 'you', 'your', 'i', 'my', 'me', 'who', 'which', 'what', 'when', 'where', 'after', 'before', 'during', 'about', 'around',
  'over', 'under', 'into', 'out', 'up', 'down', 'through', 'across', 'between', 'many', 'most', 'some', 'few', 'more', 'than',
  'still', 'also', 'only', 'even', 'later', 'today', 'then', 'there', 'here', 'one', 'two', 'three', 'four', 'five', 'six', 'ten',
  'can', 'could', 'would', 'will', 'so', 'very', 'much', 'all', 'both', 'each', 'every', 'while', 'until', 'since', 'because',
];
