import { describe, expect, it } from 'vitest';
import { flaskJson, pyFloat, restxJson } from '../../src/main/demo-server/py-json';

describe('restx json.dumps style', () => {
  it('uses ", " and ": " separators, keeps insertion order and ends with a newline', () => {
    expect(restxJson({ b: 1, a: [1, 2], c: {} })).toBe('{"b": 1, "a": [1, 2], "c": {}}\n');
  });

  it('escapes every non-ASCII character as \\uXXXX (surrogate pairs for astral ones) and DEL', () => {
    expect(restxJson({ name: 'Léman – Zoë 🚑\u007f' })).toBe(
      '{"name": "L\\u00e9man \\u2013 Zo\\u00eb \\ud83d\\ude91\\u007f"}\n',
    );
    expect(restxJson('a"b\\c\n\t\u0001/')).toBe('"a\\"b\\\\c\\n\\t\\u0001/"\n');
  });

  it('writes Python floats with a decimal point and ints without', () => {
    expect(restxJson([pyFloat(48), pyFloat(48.5), 48, pyFloat(1e-5), null, true])).toBe(
      '[48.0, 48.5, 48, 1e-05, null, true]\n',
    );
  });

  it('indents by 4 in debug, with "," at line ends', () => {
    expect(restxJson({ a: [1], b: [] }, true)).toBe('{\n    "a": [\n        1\n    ],\n    "b": []\n}\n');
  });
});

describe('Flask provider style', () => {
  it('is compact with sorted keys', () => {
    expect(flaskJson({ token: 't', message: 'Connexion réussie', user: { role: 'X', id: 1 } })).toBe(
      '{"message":"Connexion r\\u00e9ussie","token":"t","user":{"id":1,"role":"X"}}\n',
    );
  });

  it('indents by 2 in debug', () => {
    expect(flaskJson({ b: 1, a: 2 }, true)).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
  });

  it('parses back to the same data as JSON.stringify', () => {
    const value = { z: 'é', a: [1, { y: null, x: 2.5 }] };
    expect(JSON.parse(flaskJson(value))).toEqual(value);
    expect(JSON.parse(restxJson(value))).toEqual(value);
  });
});

describe('Python float repr', () => {
  it.each([
    [0.1, '0.1'],
    [46.2036, '46.2036'],
    [1e16, '1e+16'],
    [1234567890123456.0, '1234567890123456.0'],
    [0.0001, '0.0001'],
    [0.00012, '0.00012'],
    [-2.5e-7, '-2.5e-07'],
    [3, '3.0'],
  ])('%s → %s', (value, expected) => {
    expect(restxJson(pyFloat(value))).toBe(`${expected}\n`);
  });
});
