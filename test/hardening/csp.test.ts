/*
 * Strict Content-Security-Policy: test/hardening/csp/page.html, served with
 * `default-src 'self'; script-src 'self'; style-src 'self'`, loads the built drop-in (/dist/medborger.js, so the
 * suite runs after `npm run build`) and uses all three widgets. Its own script records every
 * `securitypolicyviolation`. The page runs in an iframe: the test runner's own page has inline scripts and could not
 * carry this policy itself.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

interface CspResult {
  violations: { directive: string; blocked: string; source: string; sample: string }[];
  error?: string;
  rendered?: { id: string; text: string }[];
  adopted?: number[];
  styleElements?: number;
}

describe('strict Content-Security-Policy', () => {
  it('shows all three widgets, used as a visitor would, with no violation', async function () {
    // A whole page in a frame, loading the built drop-in and its chunks: more room than 10 s on a busy machine.
    this.timeout(40_000);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="CSP" src="/test/hardening/csp/page.html" style="width:800px;height:600px"></iframe>`,
    );
    const win = (): { cspResult?: Promise<CspResult> } | null =>
      frame.contentWindow as unknown as { cspResult?: Promise<CspResult> } | null;
    await waitUntil(() => win()?.cspResult, 'the CSP page started', { timeout: 25_000 });
    const result = await win()!.cspResult!;
    // The header really applies: an inline style the page tries now is blocked and reported.
    const probe = frame.contentDocument!.createElement('div');
    probe.setAttribute('style', 'color: red');
    frame.contentDocument!.body.append(probe);
    await waitUntil(() => result.violations.length > 0, 'the policy is in force', { timeout: 5000 });
    const ours = result.violations.slice(0, -1);
    expect(result.error).to.equal(undefined);
    expect(ours, JSON.stringify(ours)).to.deep.equal([]);
    expect(result.violations.at(-1)!.directive).to.match(/^style-src/u);
    for (const { id, text } of result.rendered!) expect(text, id).to.not.equal('');
    expect(result.styleElements, 'no <style> element in a shadow root').to.equal(0);
    for (const count of result.adopted!) expect(count, 'styles adopted as constructed sheets').to.be.greaterThan(0);
  });
});
