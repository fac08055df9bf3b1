import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/text/errorMessage';

describe('errorMessage', () => {
  it("gives an Error's message", () => {
    expect(errorMessage(new TypeError('bad input'))).toBe('bad input');
  });

  it('gives anything else thrown as a string', () => {
    expect(errorMessage('offline')).toBe('offline');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });

  it('gives the stand-in, when there is one, for what is no Error', () => {
    expect(errorMessage('offline', '')).toBe('');
    expect(errorMessage(new Error('bad input'), '')).toBe('bad input');
  });
});
