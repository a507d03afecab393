import { describe, expect, it } from 'vitest';
import { decimalInputText, parseDecimalInput } from './decimal-input';

describe('decimal inputs', () => {
  it('show the language’s decimal mark, up to 4 decimals', () => {
    expect(decimalInputText('fr', 0.33)).toBe('0,33');
    expect(decimalInputText('fr', 1 / 3)).toBe('0,3333');
    expect(decimalInputText('en', 1 / 3)).toBe('0.3333');
    expect(decimalInputText('fr', 70)).toBe('70');
  });

  it('read either mark, and refuse what is not a number', () => {
    expect(parseDecimalInput('0,33')).toBe(0.33);
    expect(parseDecimalInput(' 0.33 ')).toBe(0.33);
    expect(parseDecimalInput("1'234")).toBe(1234);
    expect(parseDecimalInput('1 234,5')).toBe(1234.5);
    expect(parseDecimalInput(',5')).toBe(0.5);
    expect(parseDecimalInput('−2')).toBe(-2);
    for (const bad of ['', ' ', 'abc', '1,2,3', '1.2.3', '0x10', '1e3', 'Infinity']) {
      expect(parseDecimalInput(bad), bad).toBeNull();
    }
  });
});
