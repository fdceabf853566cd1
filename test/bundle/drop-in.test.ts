import { expect } from '@open-wc/testing';

// Exercises the built file, exactly as a CMS page loads it: run `npm run build` first (the test command does).
describe('dist/medborger.js', () => {
  it('can be loaded twice on one page without an error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      errors.push('error' in event ? event.error : event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // Two different URLs make the browser evaluate the file twice, as two script tags from two plugins would.
      const url = new URL('/dist/medborger.js', location.href);
      const first = (await import(/* @vite-ignore */ `${url.href}?copy=first`)) as { VERSION: string };
      const second = (await import(/* @vite-ignore */ `${url.href}?copy=second`)) as { VERSION: string };
      expect(first).to.not.equal(second);
      expect(first.VERSION).to.equal(second.VERSION);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings, 'no version-clash warning between two copies of one release').to.deep.equal([]);
  });
});
