import { expect } from '@open-wc/testing';
import { allLocales } from '../helpers/locales.js';

// Plural forms differ by language, so `_one`/`_other` suffixes are compared by their base key.
const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
    : [prefix.slice(0, -1).replace(/_(zero|one|two|few|many|other)$/, '')];

describe('locale files', () => {
  for (const [ns, { da, en }] of Object.entries(allLocales)) {
    it(`${ns}: Danish and English have the same keys`, () => {
      expect([...new Set(keys(en))].sort()).to.deep.equal([...new Set(keys(da))].sort());
    });

    it(`${ns}: no string is empty, and English is not a copy of Danish`, () => {
      expect(keys(da).length).to.be.greaterThan(0);
      const flat = (value: unknown): string[] =>
        typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flat);
      for (const string of [...flat(da), ...flat(en)]) expect(string.trim()).to.not.equal('');
      const daStrings = flat(da);
      const same = flat(en).filter((string, index) => string === daStrings[index]);
      expect(same.length).to.be.lessThan(Math.max(2, daStrings.length / 4));
    });
  }
});
