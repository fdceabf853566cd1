import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LoadError, parseJson, readInlineJson } from '../../src/core/feed.js';
import { sharedCounts } from '../../src/core/shared-feeds.js';
import { SourceController, type SourceReader, type SourceSettled } from '../../src/core/source.js';

/** Counts the reads it does, so a test can tell one read from two. */
let reads = 0;
const JSON_READER: SourceReader<unknown> = {
  key: 'test json',
  read: (body) => {
    reads += 1;
    return parseJson(body.text);
  },
};

class SourceHost extends LitElement {
  settled: SourceSettled<unknown>[] = [];
  timeout: unknown = 15_000;
  reader = JSON_READER;
  readonly source = new SourceController<unknown>(this, {
    reader: () => this.reader,
    timeout: () => this.timeout,
    onSettled: (result) => this.settled.push(result),
  });
}
customElements.define('mb-test-source-host', SourceHost);

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

const host = () => fixture<SourceHost>(html`<mb-test-source-host></mb-test-source-host>`);
const hosts = async (count: number) => {
  const parent = await fixture<HTMLElement>(html`<div></div>`);
  const all = Array.from({ length: count }, () => document.createElement('mb-test-source-host') as SourceHost);
  parent.append(...all);
  return all;
};

describe('SourceController', () => {
  beforeEach(() => {
    reads = 0;
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  describe('one widget', () => {
    it('loads JSON from a URL without credentials and reports it', async () => {
      const el = await host();
      el.source.load({ urls: [fixtureUrl] });
      expect(el.source.status).to.equal('loading');
      await waitUntil(() => el.source.status !== 'loading');
      expect(el.source.status).to.equal('ready');
      expect(el.source.data).to.deep.equal({ hello: 'verden' });
      await el.updateComplete;
      expect(el.settled).to.have.length(1);
      expect(el.settled[0].urls).to.deep.equal([fixtureUrl]);
    });

    it('sends no cookies and no referrer', async () => {
      const calls = holdFetch();
      const el = await host();
      el.source.load({ urls: ['/feed.json'] });
      expect(calls[0].init!.credentials).to.equal('omit');
      expect(calls[0].init!.referrerPolicy).to.equal('no-referrer');
    });

    it('reports an HTTP error with its status', async () => {
      const el = await host();
      el.source.load({ urls: [new URL('./fixtures/missing.json', import.meta.url).href] });
      await waitUntil(() => el.source.status !== 'loading');
      expect(el.source.status).to.equal('error');
      expect(el.source.error!.kind).to.equal('http');
      expect(el.source.error!.status).to.equal(404);
    });

    it('reports content that is not JSON as a parse error', async () => {
      const el = await host();
      el.source.load({ urls: ['data:application/json,{"truncated":'] });
      await waitUntil(() => el.source.status !== 'loading');
      expect(el.source.error!.kind).to.equal('parse');
    });

    it('gives up on a feed that never answers, aborts it, and a retry can succeed', async () => {
      const calls = holdFetch();
      const el = await host();
      el.timeout = 30;
      el.source.load({ urls: ['/slow.json'] });
      await waitUntil(() => el.source.status === 'error');
      expect(el.source.error!.kind).to.equal('timeout');
      expect(calls[0].init!.signal!.aborted, 'no one waits for it any more').to.equal(true);
      el.source.retry();
      expect(el.source.status).to.equal('loading');
      calls[1].release(new Response('{"ok":true}'));
      await waitUntil(() => el.source.status === 'ready');
      expect(el.source.data).to.deep.equal({ ok: true });
    });

    it('times the server, not the reading: a large feed read slowly after it arrived is no timeout', async () => {
      const calls = holdFetch();
      const el = await host();
      el.timeout = 30;
      el.reader = {
        key: 'slow reader',
        read: async (body) => {
          await new Promise((resolve) => setTimeout(resolve, 120));
          return parseJson(body.text);
        },
      };
      el.source.load({ urls: ['/large.json'] });
      calls[0].release(new Response('{"large":true}'));
      await waitUntil(() => el.source.status !== 'loading', 'the read finished', { timeout: 2000 });
      expect([el.source.status, el.source.data]).to.deep.equal(['ready', { large: true }]);
    });

    for (const timeout of [0, -5, Number.NaN, Infinity, 'soon'])
      it(`waits the default 15 seconds for a timeout of ${String(timeout)}`, async () => {
        holdFetch();
        const el = await host();
        el.timeout = timeout;
        el.source.load({ urls: ['/slow.json'] });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(el.source.status).to.equal('loading');
      });

    it('keeps the last good data when a reload fails', async () => {
      const el = await host();
      el.source.load({ urls: [fixtureUrl] });
      await waitUntil(() => el.source.status === 'ready');
      el.source.load({ urls: ['data:application/json,nope'] });
      await waitUntil(() => el.source.status === 'error');
      expect(el.source.data).to.deep.equal({ hello: 'verden' });
    });

    it('aborts the request in flight when the URL changes, and only the last one counts', async () => {
      const calls = holdFetch();
      const el = await host();
      el.source.load({ urls: ['/first.json'] });
      el.source.load({ urls: ['/second.json'] });
      el.source.load({ urls: ['/third.json'] });
      expect(calls.map((call) => call.init!.signal!.aborted)).to.deep.equal([true, true, false]);
      calls[2].release(new Response('{"n":3}'));
      await waitUntil(() => el.source.status === 'ready');
      expect(el.source.data).to.deep.equal({ n: 3 });
      await el.updateComplete;
      expect(el.settled.map((result) => result.urls)).to.deep.equal([['/third.json']]);
    });

    it('aborts when the element leaves the page, without an error, and starts again when it returns', async () => {
      const calls = holdFetch();
      const el = await host();
      el.source.load({ urls: ['/feed.json'] });
      const parent = el.parentNode!;
      el.remove();
      expect(calls[0].init!.signal!.aborted).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(el.settled).to.have.length(0);
      expect(el.source.error).to.equal(undefined);
      parent.append(el);
      expect(calls).to.have.length(2);
    });

    it('takes data that did not come from a URL, and a value that fails', async () => {
      const el = await host();
      el.source.load({ value: () => ({ inline: true }) });
      await waitUntil(() => el.source.status === 'ready');
      expect(el.source.data).to.deep.equal({ inline: true });
      el.source.load({
        value: () => {
          throw new LoadError('invalid');
        },
      });
      await waitUntil(() => el.source.status === 'error');
      expect(el.source.error!.kind).to.equal('invalid');
      el.source.load({ urls: [''] });
      expect(el.source.status).to.equal('idle');
    });
  });

  describe('shared on the page', () => {
    it('makes one request and one read for widgets on the same feed, and hands each the same data', async () => {
      const calls = holdFetch();
      const [a, b, c] = await hosts(3);
      for (const el of [a, b, c]) el.source.load({ urls: ['/shared.json'] });
      expect(calls).to.have.length(1);
      calls[0].release(new Response('{"shared":1}'));
      await waitUntil(() => [a, b, c].every((el) => el.source.status === 'ready'));
      expect(reads).to.equal(1);
      expect(b.source.data).to.equal(a.source.data);
      expect(c.source.data).to.equal(a.source.data);
    });

    it('gives a widget that arrives later the data at once, without a request', async () => {
      const calls = holdFetch();
      const [a, b] = await hosts(2);
      a.source.load({ urls: ['/later.json'] });
      calls[0].release(new Response('{"later":1}'));
      await waitUntil(() => a.source.status === 'ready');
      b.source.load({ urls: ['/later.json'] });
      expect(b.source.status, 'ready in the same task').to.equal('ready');
      expect(calls).to.have.length(1);
      await b.updateComplete;
      expect(b.settled).to.have.length(1);
    });

    it('reads a body again for another reader, from one request', async () => {
      const calls = holdFetch();
      const [a, b] = await hosts(2);
      b.reader = { key: 'another reader', read: (body) => body.text.length };
      a.source.load({ urls: ['/two-readers.json'] });
      b.source.load({ urls: ['/two-readers.json'] });
      expect(calls).to.have.length(1);
      calls[0].release(new Response('{"a":1}'));
      await waitUntil(() => a.source.status === 'ready' && b.source.status === 'ready');
      expect([a.source.data, b.source.data]).to.deep.equal([{ a: 1 }, 7]);
    });

    it('does not abort the others when one widget leaves or times out; the last one aborts it', async () => {
      const calls = holdFetch();
      const [a, b, c] = await hosts(3);
      c.timeout = 20;
      for (const el of [a, b, c]) el.source.load({ urls: ['/stay.json'] });
      a.remove();
      await waitUntil(() => c.source.status === 'error');
      expect(c.source.error!.kind).to.equal('timeout');
      expect(calls[0].init!.signal!.aborted, 'b still waits').to.equal(false);
      b.remove();
      expect(calls[0].init!.signal!.aborted).to.equal(true);
    });

    it('fetches anew on "Prøv igen" and for another URL, even while the data is shared', async () => {
      const calls = holdFetch();
      const [a, b] = await hosts(2);
      a.source.load({ urls: ['/fresh.json'] });
      b.source.load({ urls: ['/fresh.json'] });
      calls[0].release(new Response('{"v":1}'));
      await waitUntil(() => b.source.status === 'ready');
      b.source.retry();
      expect(calls).to.have.length(2);
      calls[1].release(new Response('{"v":2}'));
      await waitUntil(() => b.source.status === 'ready');
      expect([a.source.data, b.source.data]).to.deep.equal([{ v: 1 }, { v: 2 }]);
      b.source.load({ urls: ['/other.json'] });
      expect(calls).to.have.length(3);
      // Back to the shared address: a changed src asks anew, though a still holds the data.
      b.source.load({ urls: ['/fresh.json'] });
      expect(calls).to.have.length(4);
    });

    it('lets a failed request go: the next widget asks again', async () => {
      const calls = holdFetch();
      const [a, b] = await hosts(2);
      a.source.load({ urls: ['/fails.json'] });
      calls[0].release(new Response('', { status: 503 }));
      await waitUntil(() => a.source.status === 'error');
      b.source.load({ urls: ['/fails.json'] });
      expect(calls).to.have.length(2);
    });

    it('releases what it shared when no widget on the page uses it any more', async () => {
      const before = sharedCounts();
      const calls = holdFetch();
      const [a, b] = await hosts(2);
      a.source.load({ urls: ['/release.json'] });
      b.source.load({ urls: ['/release.json'] });
      expect(sharedCounts().requests).to.equal(before.requests + 1);
      calls[0].release(new Response('{"r":1}'));
      await waitUntil(() => a.source.status === 'ready' && b.source.status === 'ready');
      expect(sharedCounts(), 'the read is held, the body is not').to.deep.equal({
        requests: before.requests,
        reads: before.reads + 1,
      });
      a.remove();
      expect(sharedCounts().reads).to.equal(before.reads + 1);
      b.remove();
      expect(sharedCounts()).to.deep.equal(before);
      expect(b.source.data, 'a widget keeps what it shows').to.deep.equal({ r: 1 });
    });
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

  it('does not take search-engine markup (application/ld+json) for data', async () => {
    const el = await fixture(
      html`<div>
        <script type="application/ld+json">
          { "@type": "Event" }
        </script>
        <script type="application/json">
          { "data": true }
        </script>
      </div>`,
    );
    expect(readInlineJson(el)).to.deep.equal({ data: true });
    const only = await fixture(
      html`<div>
        <script type="application/ld+json">
          { "@type": "Event" }
        </script>
      </div>`,
    );
    expect(readInlineJson(only)).to.equal(undefined);
  });
});
