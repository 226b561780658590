import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { isPostHeader } from './thread';

const header = (line: string) => {
  const f = foldText(line);
  return isPostHeader(f, 0, f.length);
};

describe('isPostHeader', () => {
  it.each([
    'Irina S. · 1 year ago',
    'mike_d · 1 year ago',
    '**mike_b** · 3 years ago',
    '> > **tanya.k** · 3 years ago',
    'u/panzerfan42 • 3h',
    '@OstpreussenErbe · 14h',
    'Anna K. · vor 3 Jahren',
    'Kommentar von Wolfgang R. · 14.04.2023, 21:17',
    'Comment by Marek_W · 2 days ago',
    'Posted by Gunnar_W',
    'r/WWII · Posted by u/oberleutnant_kaffee',
    'Top comment · u/grauer_wolf',
    'Answer · Studied history at uni',
    'History Matters · 2d · 🌐',
    'kurt_1944 schrieb:',
    'Klaus_M schrieb am 12.03.2019 um 14:07:',
    'grandson_of_6th_army wrote:',
    'Quote from: Kurland44 on March 3, 2021',
    'Reply',
    'Antworten',
    'Like · Reply · 3w',
    'Gefällt mir · Antworten · 2 J.',
    'Gefällt mir',
    'Anna K. · vor fünf Jahren',
    'u/kaffeeundkuchen • 1 T.',
    'Reply · 214 likes',
    'Antworten · 7 ▲',
    '👍 1,4K · 212 Kommentare · 890× geteilt',
    '👁 4.1K · 🔁 312',
    // Parts run together, as the page's text has them when its elements hold no spaces between them.
    'Dave M.February 9, 2025 at 6:04 pm',
    'Anna Sokolova10. Februar 2025 um 09:27',
    'ReplyLink',
  ])('%s is a post header', (line) => expect(header(line)).toBe(true));

  it.each([
    'Dresden, February 1945',
    '2. Dresden, February 1945',
    '• Soviet general, captured by the Germans in July 1942',
    '• Hiwis: about 600,000 by 1944',
    'Answer: No.',
    'A: Yes, and the numbers back it up.',
    'Quote of the day:',
    'Re: Katyn documentary last night',
    'My grandfather said:',
    '1944',
    'The Rhine meadow camps · 1945',
    'Dresden, February 13, 1945',
    'Vor 80 Jahren',
    '80 years ago',
    'Stalin wrote that every captured soldier was a traitor, and his order said so in 1941 · as I recall',
  ])('%s is not', (line) => expect(header(line)).toBe(false));
});
