import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FeedController, LoadError, parseJson, readInlineJson } from '../../src/core/feed.js';

type Settled = { data?: unknown; error?: LoadError; url: string };

class FeedHost extends LitElement {
  settled: Settled[] = [];
  timeout = 15_000;
  readonly feed = new FeedController<unknown>(this, {
    parse: (body) => parseJson(body),
    timeout: () => this.timeout,
    onSettled: (result) => this.settled.push(result),
  });
}
customElements.define('mb-test-feed-host', FeedHost);

const fixtureUrl = new URL('./fixtures/hello.json', import.meta.url).href;
const realFetch = window.fetch;

/** Replaces fetch with one that waits until released or aborted, and records what was asked for. */
function holdFetch() {
  const calls: { url: string; init?: RequestInit; release: (response: Response) => void }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason as Error));
      calls.push({
        url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        init,
        release: resolve,
      });
    });
  return calls;
}

describe('FeedController', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('loads JSON from a URL without credentials and reports it', async () => {
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.feed.load(fixtureUrl);
    expect(el.feed.status).to.equal('loading');
    await waitUntil(() => el.feed.status !== 'loading');
    expect(el.feed.status).to.equal('ready');
    expect(el.feed.data).to.deep.equal({ hello: 'verden' });
    expect(el.settled).to.have.length(1);
  });

  it('sends no cookies and no referrer', async () => {
    const calls = holdFetch();
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.feed.load('/feed.json');
    expect(calls[0].init!.credentials).to.equal('omit');
    expect(calls[0].init!.referrerPolicy).to.equal('no-referrer');
  });

  it('reports an HTTP error with its status', async () => {
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.feed.load(new URL('./fixtures/missing.json', import.meta.url).href);
    await waitUntil(() => el.feed.status !== 'loading');
    expect(el.feed.status).to.equal('error');
    expect(el.feed.error!.kind).to.equal('http');
    expect(el.feed.error!.status).to.equal(404);
  });

  it('reports content that is not JSON as a parse error', async () => {
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.feed.load('data:application/json,{"truncated":');
    await waitUntil(() => el.feed.status !== 'loading');
    expect(el.feed.error!.kind).to.equal('parse');
  });

  it('gives up on a feed that never answers, and a retry can succeed', async () => {
    const calls = holdFetch();
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.timeout = 30;
    el.feed.load('/slow.json');
    await waitUntil(() => el.feed.status === 'error');
    expect(el.feed.error!.kind).to.equal('timeout');
    el.feed.retry();
    expect(el.feed.status).to.equal('loading');
    calls[1].release(new Response('{"ok":true}'));
    await waitUntil(() => el.feed.status === 'ready');
    expect(el.feed.data).to.deep.equal({ ok: true });
  });

  it('keeps the last good data when a reload fails', async () => {
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.feed.load(fixtureUrl);
    await waitUntil(() => el.feed.status === 'ready');
    el.feed.load('data:application/json,nope');
    await waitUntil(() => el.feed.status === 'error');
    expect(el.feed.data).to.deep.equal({ hello: 'verden' });
  });

  it('aborts the request in flight when the URL changes, and only the last one counts', async () => {
    const calls = holdFetch();
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.feed.load('/first.json');
    el.feed.load('/second.json');
    el.feed.load('/third.json');
    expect(calls.map((call) => call.init!.signal!.aborted)).to.deep.equal([true, true, false]);
    calls[2].release(new Response('{"n":3}'));
    await waitUntil(() => el.feed.status === 'ready');
    expect(el.feed.data).to.deep.equal({ n: 3 });
    expect(el.settled.map((result) => result.url)).to.deep.equal(['/third.json']);
  });

  it('aborts when the element leaves the page, without an error, and starts again when it returns', async () => {
    const calls = holdFetch();
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.feed.load('/feed.json');
    const parent = el.parentNode!;
    el.remove();
    expect(calls[0].init!.signal!.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(el.settled).to.have.length(0);
    expect(el.feed.error).to.equal(undefined);
    parent.append(el);
    expect(calls).to.have.length(2);
  });

  it('takes data that did not come from a URL', async () => {
    const el = await fixture<FeedHost>(html`<mb-test-feed-host></mb-test-feed-host>`);
    el.feed.set({ inline: true });
    expect([el.feed.status, el.feed.data]).to.deep.equal(['ready', { inline: true }]);
    el.feed.set(undefined, new LoadError('invalid'));
    expect(el.feed.status).to.equal('error');
    el.feed.load('');
    expect(el.feed.status).to.equal('idle');
  });
});

describe('readInlineJson', () => {
  it('reads the JSON an editor put inside the element', async () => {
    const el = await fixture(
      html`<div>
        <script type="application/json">
          { "a": [1, 2] }
        </script>
      </div>`,
    );
    expect(readInlineJson(el)).to.deep.equal({ a: [1, 2] });
  });

  it('returns nothing when there is no JSON, and a parse error for broken JSON', async () => {
    expect(readInlineJson(await fixture(html`<div><p>tekst</p></div>`))).to.equal(undefined);
    const broken = await fixture(
      html`<div>
        <script type="application/json">
          {"a":
        </script>
      </div>`,
    );
    expect(() => readInlineJson(broken))
      .to.throw(LoadError)
      .with.property('kind', 'parse');
  });
});
