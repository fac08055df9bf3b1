import { describe, expect, it } from 'vitest';
import { parseWrittenRange } from '../../../shared/sync/protocol';

describe('the written range a push answer names', () => {
  it('reads from-to', () => {
    expect(parseWrittenRange('1-1')).toEqual({ fromSeq: 1, toSeq: 1 });
    expect(parseWrittenRange('10001-10500')).toEqual({ fromSeq: 10_001, toSeq: 10_500 });
  });

  it.each([
    null,
    undefined,
    '',
    '7',
    '3-2',
    '0-4',
    '-1-4',
    '1-2 ',
    ' 1-2',
    '1-2,3-4',
    '1.5-2',
    'a-b',
    '1\u0000-2',
    '１-２',
    '1234567890123456-1234567890123457',
  ])('ignores %j (absent or not a range it can trust)', (value) => {
    expect(parseWrittenRange(value)).toBeUndefined();
  });
});
