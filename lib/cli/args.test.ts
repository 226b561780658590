import { describe, expect, it } from 'vitest';
import { SENSITIVITY } from '../match/types';
import { parseCommand, UsageError } from './args';

describe('parseCommand', () => {
  it('parses scan with a file, URL or stdin, --json and --sensitivity', () => {
    expect(parseCommand(['scan', 'page.html'])).toEqual({ name: 'scan', source: 'page.html', json: false, sensitivity: 'balanced', threshold: SENSITIVITY.balanced });
    expect(parseCommand(['scan', '-', '--json', '--sensitivity', 'strict'])).toMatchObject({ source: '-', json: true, sensitivity: 'strict', threshold: SENSITIVITY.strict });
    expect(parseCommand(['--sensitivity=sensitive', 'scan', 'https://example.org/'])).toMatchObject({ source: 'https://example.org/', threshold: SENSITIVITY.sensitive });
  });

  it('parses match --jsonl and claims --json', () => {
    expect(parseCommand(['match', '--jsonl'])).toEqual({ name: 'match', sensitivity: 'balanced', threshold: SENSITIVITY.balanced });
    expect(parseCommand(['claims', '--json'])).toEqual({ name: 'claims', json: true });
    expect(parseCommand(['claims'])).toEqual({ name: 'claims', json: false });
    expect(parseCommand(['--help'])).toEqual({ name: 'help' });
    expect(parseCommand(['scan', '-h'])).toEqual({ name: 'help' });
    expect(parseCommand(['scan', '--', '--odd-name.html'])).toMatchObject({ source: '--odd-name.html' });
    expect(parseCommand(['scan', 'toString'])).toMatchObject({ source: 'toString' });
  });

  it.each([
    [[], /no command/],
    [['frob'], /unknown command "frob"/],
    [['scan'], /give a file/],
    [['scan', 'a.html', 'b.html'], /unexpected argument "b.html"/],
    [['scan', 'a.html', '--sensitivity', 'max'], /strict, balanced, sensitive/],
    [['scan', 'a.html', '--bogus'], /unknown option "--bogus"/],
    [['scan', 'a.html', '--sensitivity'], /needs a value/],
    [['match'], /match --jsonl/],
    [['match', '--jsonl', 'extra'], /unexpected argument/],
    [['claims', '--jsonl'], /--json/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
