import { expect } from '@open-wc/testing';
import { isExternal, safeUrl } from '../../src/core/url.js';

describe('safeUrl', () => {
  it('keeps web, mail and phone links', () => {
    expect(safeUrl('https://www.borger.dk/mitid')).to.equal('https://www.borger.dk/mitid');
    expect(safeUrl('http://example.dk/a b')).to.equal('http://example.dk/a%20b');
    expect(safeUrl('mailto:info@bibliotek.dk')).to.equal('mailto:info@bibliotek.dk');
    expect(safeUrl('tel:+4533665544')).to.equal('tel:+4533665544');
  });

  it('resolves relative links against the base it is given', () => {
    expect(safeUrl('/tilmelding/42', 'https://bib.example.dk/api/events')).to.equal(
      'https://bib.example.dk/tilmelding/42',
    );
  });

  it('drops script, data and other schemes, also when disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.dk/1',
    ]) {
      expect(safeUrl(bad, 'https://example.dk/'), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('drops what is not a usable URL', () => {
    for (const bad of ['', '   ', 'http://', 'https://[bad', null, undefined, 42, {}]) {
      expect(safeUrl(bad, 'https://example.dk/'), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});

describe('isExternal', () => {
  it('tells links to other sites from links on the page’s own site', () => {
    expect(isExternal('https://www.borger.dk/', 'https://bib.example.dk/side')).to.equal(true);
    expect(isExternal('https://bib.example.dk/kurser', 'https://bib.example.dk/side')).to.equal(false);
    expect(isExternal('mailto:a@b.dk', 'https://bib.example.dk/')).to.equal(false);
    expect(isExternal('not a url', 'https://bib.example.dk/')).to.equal(false);
  });
});
