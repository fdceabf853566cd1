import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/model-explainer/define.js';
import { LANGUAGES } from '../../src/core/languages.js';
import type { MbErrorDetail, MbLoadDetail } from '../../src/core/events.js';
import type { MbModelExplainer, ModelSelectDetail } from '../../src/model-explainer/model-explainer.js';
import custom from './fixtures/custom.json' with { type: 'json' };

// What the workshop slides say, copied from their text: the widget must show it as written.
const SEED = {
  1: {
    name: 'Den spæde start',
    competences: [
      'Samarbejdskompetencer',
      'Holdningsbearbejdning, forståelse af hinandens opgaver, lære hinanden at kende, respektere hinandens fagligheder, skabe tillidsfuldt samarbejde, videndeling.',
      'Pædagogiske færdigheder',
      'Brugerundervisning, medbetjening, håndtering af spørgsmål og it udfordringer i mødet med borgeren',
      'Specifikke faglige kompetencer',
      'Viden om offentlige portaler og selvbetjeningsløsninger: Borger.dk – Udbetaling DK, pas, kørekort, Bibliotek.dk m.m.',
    ],
    examples: undefined,
  },
  2: {
    name: 'Vi flytter sammen',
    competences: [
      'Service og udvikling af en fælles holdning hertil',
      'Pædagogiske færdigheder – igen: Undervisningskompetencer',
      'Der er ikke behov for yderligere kompetenceudvikling, så længe der er tale om model 2.',
    ],
    examples: 'F.eks. Halsnæs, Fredensborg og Møn (ca. 10)',
  },
  3: {
    name: 'Vi arbejder sammen',
    competences: [
      'Videndeling, tæt kontakt og kendskab til hinandens arbejdsområder',
      'Løbende opdatering',
      'Gerne som fælles kompetenceudvikling. Stor udfordring at få dette organiseret på tværs af rådhus og bibliotek. Eller som centrale fagspecifikke kursustilbud.',
    ],
    examples: 'F.eks. Kalundborg, Næstved, Sorø og Køge (ca. 21 bibl.)',
  },
  4: {
    name: 'Vi er borgernes fælles indgang til kommunen',
    competences: [
      'Pædagogiske undervisningsfærdigheder',
      'Formidling',
      'Kommunikation',
      'Projektstyring',
      'Markedsføring',
      'Brugerundersøgelser og analyser',
      'Ny viden i nye sammenhænge..+ teori',
      '– Behovet øges for både biblioteks- og borgerservicemedarbejdere',
    ],
    examples:
      'F.eks. Struer Kommune og i Brædstrup ved Horsens, Skanderborg, Aarhus, Gellerup, Faxe og Furesø og Århus – samt Billund, Næstved, Vallensbæk, og snart Nordfyn...',
  },
  5: { name: 'Intet samarbejde', competences: [], examples: undefined },
} as const;

const ENGLISH = {
  1: { name: 'Early days', competence: 'Collaboration skills', examples: undefined },
  2: {
    name: 'We move in together',
    competence: 'Teaching skills – again',
    examples: 'For example Halsnæs, Fredensborg and Møn',
  },
  3: { name: 'We work together', competence: 'Continuous updating', examples: 'Kalundborg, Næstved, Sorø and Køge' },
  4: {
    name: "We are the citizens' shared entrance to the municipality",
    competence: 'Project management',
    examples: 'Brædstrup near Horsens',
  },
  5: { name: 'No collaboration', competence: undefined, examples: undefined },
} as const;

const NUMBERS = [1, 2, 3, 4, 5] as const;

const root = (el: MbModelExplainer) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: MbModelExplainer, selector: string) =>
  root(el).querySelector<T & Element>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: MbModelExplainer, selector: string) => [
  ...root(el).querySelectorAll<T & Element>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tabs = (el: MbModelExplainer) => $$<HTMLButtonElement>(el, '[role="tab"]');
const selectedTab = (el: MbModelExplainer) => $<HTMLButtonElement>(el, '[role="tab"][aria-selected="true"]');
const panel = (el: MbModelExplainer) => $(el, '[role="tabpanel"]');
const statusOf = (el: MbModelExplainer, section: string) => $(el, `.${section} [role="status"]`);

async function render(markup = html`<mb-model-explainer></mb-model-explainer>`) {
  const el = await fixture<MbModelExplainer>(markup);
  await el.updateComplete;
  return el;
}

/** Creates the element with an inline JSON child, as an editor would write it in the CMS. */
async function renderInline(json: string) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('mb-model-explainer');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  host.append(el);
  await el.updateComplete;
  return el;
}

async function pickCompetence(el: MbModelExplainer, key: string) {
  const select = $<HTMLSelectElement>(el, '#competence');
  select.value = key;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function answer(el: MbModelExplainer, answers: Record<string, boolean>) {
  for (const [question, value] of Object.entries(answers)) {
    const radios = $$<HTMLInputElement>(el, `input[name="${question}"]`);
    radios[value ? 0 : 1].click();
    await el.updateComplete;
  }
  const submit = $<HTMLButtonElement>(el, '.assessment button[type="submit"]');
  submit.focus();
  submit.click();
  await el.updateComplete;
}

/**
 * Browsers cannot be switched to print media from a test in all three engines, so the test takes the rules inside
 * the component's `@media print` blocks and adds them, unwrapped, as one more stylesheet: what is then visible is
 * what paper would show. A missing or broken print rule fails the test.
 */
function applyPrintRules(el: MbModelExplainer) {
  const sheets = [...root(el).adoptedStyleSheets, ...root(el).styleSheets];
  const printed = new CSSStyleSheet();
  let count = 0;
  for (const sheet of sheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        for (const inner of rule.cssRules) (printed.insertRule(inner.cssText, printed.cssRules.length), (count += 1));
  expect(count, 'print rules found').to.be.greaterThan(0);
  root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, printed];
}

const visible = (node: Element | null) => !!node && (node as HTMLElement).getClientRects().length > 0;

/** Nothing inside the widget reaches past its right edge, apart from the table inside its own scrolling region. */
function overflowing(el: MbModelExplainer): string[] {
  const right = el.getBoundingClientRect().right + 0.5;
  return $$(el, '*')
    .filter((node) => !node.closest('.table-wrap table'))
    .filter((node) => node.getBoundingClientRect().right > right)
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}

describe('<mb-model-explainer>', () => {
  describe('accessibility', () => {
    for (const lang of LANGUAGES) {
      // Model 1 (the default), Model 4 (the most content) and Model 5 (nothing listed) cover every kind of panel.
      it(`passes axe in the interactive view, on every kind of model panel (${lang})`, async function () {
        this.timeout(30_000); // axe is slow in WebKit
        const el = await render(html`<mb-model-explainer lang=${lang}></mb-model-explainer>`);
        await expect(el).to.be.accessible();
        for (const number of [4, 5]) {
          el.selected = number;
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      });

      it(`passes axe in the table view (${lang})`, async () => {
        const el = await render(html`<mb-model-explainer lang=${lang} view="table"></mb-model-explainer>`);
        await expect(el).to.be.accessible();
      });

      it(`passes axe with filter and self-assessment results (${lang})`, async () => {
        const el = await render(html`<mb-model-explainer lang=${lang}></mb-model-explainer>`);
        await pickCompetence(el, 'teaching');
        await answer(el, { collaborate: true, sharedPremises: true, libraryStaffTasks: true, partners: false });
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, '.assessment button[type="button"]').click(); // reset
        await el.updateComplete;
        await answer(el, { collaborate: true });
        await expect(el).to.be.accessible();
      });

      it(`passes axe with bad data and with custom data (${lang})`, async () => {
        const bad = await renderInline('{"models": []}');
        bad.lang = lang;
        await bad.updateComplete;
        await expect(bad).to.be.accessible();
        const good = await renderInline(JSON.stringify(custom));
        good.lang = lang;
        await good.updateComplete;
        await expect(good).to.be.accessible();
      });
    }

    it('uses the APG tabs pattern: a named tablist, tabs with aria-selected and aria-controls, a labelled panel', async () => {
      const el = await render();
      expect($(el, '[role="tablist"]').getAttribute('aria-label')).to.equal(
        'Modellerne ordnet fra intet til mest samarbejde',
      );
      for (const tab of tabs(el)) expect(tab.getAttribute('aria-controls')).to.equal('panel');
      expect(panel(el).getAttribute('aria-labelledby')).to.equal(selectedTab(el).id);
      expect(panel(el).tabIndex).to.equal(0);
      expect(text($(el, '#panel-heading'))).to.equal('Model 1: Den spæde start');
    });

    it('states the scale position in words, not by position alone', async () => {
      const el = await render();
      expect(text(tabs(el)[0])).to.equal('Model 5 Intet samarbejde Niveau 0 af 4');
      expect(text($(el, '.scale-note'))).to.equal(
        'Model 5 (Intet samarbejde) er udgangspunktet på skalaen, selv om den har nummer 5.',
      );
    });
  });

  describe('rendering', () => {
    it('orders the five models on the integration scale, Model 5 first', async () => {
      const el = await render();
      expect(tabs(el).map((tab) => text(tab.querySelector('.tab-number')))).to.deep.equal([
        'Model 5',
        'Model 1',
        'Model 2',
        'Model 3',
        'Model 4',
      ]);
      expect(tabs(el).map((tab) => text(tab.querySelector('.tab-name')))).to.deep.equal(
        [5, 1, 2, 3, 4].map((n) => SEED[n as 1].name),
      );
    });

    for (const number of NUMBERS) {
      it(`shows Model ${number} with the seed's name, competences and municipalities`, async () => {
        const el = await render(html`<mb-model-explainer selected=${number}></mb-model-explainer>`);
        const seed = SEED[number];
        expect(text($(el, '#panel-heading'))).to.equal(`Model ${number}: ${seed.name}`);
        const shown = $$(el, '[role="tabpanel"] .competences li span, [role="tabpanel"] .note').map(text);
        expect(shown).to.deep.equal([...seed.competences]);
        const examples = text($(el, '[role="tabpanel"] .examples'));
        if (seed.examples) {
          expect(examples).to.equal(seed.examples);
          expect(text($(el, '[role="tabpanel"] .examples + .meta'))).to.contain('Fra efteråret 2011.');
        } else expect(examples).to.equal('');
      });
    }

    it('shows the workshop figure apart from the later surveys, each with year and source', async () => {
      const el = await render();
      const [workshop, surveys] = $$(el, '.figures .figure-list');
      expect(text(workshop)).to.contain('Næsten 70 % af landets biblioteker');
      expect(text(workshop)).to.contain('2011–2012');
      expect(text(workshop)).to.contain('Workshop »Digitalt medborgerskab«');
      expect(text(surveys)).to.contain('90 af 98 kommuner');
      expect(text(surveys)).to.contain('8,2 %');
      expect(text(surveys)).to.contain('Udateret');
      expect(text(surveys)).to.not.contain('70 %');
      expect(text($(el, '.attribution'))).to.equal('Kilde: Knudsen Syd og Danmarks Biblioteksforening');
      const link = $<HTMLAnchorElement>(el, '.figures a[href*="db.dk/nyheder/bibliotek-og-borger"]');
      expect(link.protocol).to.equal('https:');
    });

    it('builds one comparison table with a caption, a column per model and a header per row', async () => {
      const el = await render(html`<mb-model-explainer view="table"></mb-model-explainer>`);
      const tables = $$(el, 'table');
      expect(tables).to.have.length(1);
      const table = tables[0] as HTMLTableElement;
      expect(text(table.caption)).to.equal(
        'Sammenligning af modellerne for samarbejde mellem bibliotek og Borgerservice',
      );
      const columns = [...table.querySelectorAll('thead th[scope="col"]')].map(text);
      expect(columns).to.deep.equal(['Emne', ...[5, 1, 2, 3, 4].map((n) => `Model ${n} ${SEED[n as 1].name}`)]);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.map((row) => text(row.querySelector('th[scope="row"]')))).to.deep.equal([
        'Niveau på skalaen',
        'Hvad betyder modellen?',
        'Hvem løser opgaverne – og hvor?',
        'Kompetencer',
        'Eksempler',
      ]);
      for (const row of rows) expect(row.querySelectorAll('td')).to.have.length(5);
      expect(text(rows[3].querySelectorAll('td')[4])).to.contain('Markedsføring');
      expect(text(rows[4].querySelectorAll('td')[2])).to.contain(SEED[2].examples);
      expect(visible($(el, '[role="tablist"]'))).to.equal(false);
      const region = $(el, '.table-wrap');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Sammenligningstabel');
      expect(region.tabIndex).to.equal(0);
    });

    it('prints the table with every model, whichever view is on screen, and leaves the controls out', async () => {
      const el = await render();
      expect(visible($(el, 'table')), 'hidden on screen in the interactive view').to.equal(false);
      applyPrintRules(el);
      expect(visible($(el, 'table'))).to.equal(true);
      for (const header of $$(el, 'thead th')) expect(visible(header)).to.equal(true);
      expect($$(el, 'thead th[scope="col"]')).to.have.length(6);
      expect(visible($(el, '[role="tablist"]'))).to.equal(false);
      expect(visible($(el, '.filter'))).to.equal(false);
      expect(visible($(el, '.assessment form'))).to.equal(false);
      expect(visible($(el, '.figures'))).to.equal(true);
    });

    it('prints the self-assessment result on its own from "Udskriv resultatet"', async () => {
      const el = await render();
      await answer(el, { collaborate: false });
      applyPrintRules(el);
      const print = window.print;
      let seen: { table: boolean; result: boolean } | undefined;
      window.print = () => {
        seen = { table: visible($(el, 'table')), result: visible($(el, '.result')) };
      };
      try {
        const button = $$<HTMLButtonElement>(el, '.result-extra button').find((b) => text(b) === 'Udskriv resultatet')!;
        button.click();
        await el.updateComplete;
        await aTimeout(0);
      } finally {
        window.print = print;
      }
      expect(seen).to.deep.equal({ table: false, result: true });
      await el.updateComplete;
      expect(visible($(el, 'table')), 'the whole widget prints again afterwards').to.equal(true);
    });

    for (const view of ['interactive', 'table']) {
      it(`fits 320 px without sideways scrolling (${view} view, with results open)`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width:320px"><mb-model-explainer view=${view} selected="4"></mb-model-explainer></div>`,
        );
        const el = wrapper.querySelector('mb-model-explainer')!;
        await el.updateComplete;
        await pickCompetence(el, 'teaching');
        await answer(el, { collaborate: true, sharedPremises: false, libraryStaffTasks: false, partners: true });
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(wrapper.scrollWidth).to.be.at.most(320);
        expect(overflowing(el)).to.deep.equal([]);
        if (view === 'table') {
          const region = $(el, '.table-wrap');
          expect(region.clientWidth).to.be.at.most(320);
          expect(region.scrollWidth, 'the table scrolls inside its own region').to.be.greaterThan(region.clientWidth);
        }
      });
    }
  });

  describe('attributes', () => {
    it('selected="3" opens Model 3 and a number that is not a model opens Model 1', async () => {
      const el = await render(html`<mb-model-explainer selected="3"></mb-model-explainer>`);
      expect(text(selectedTab(el).querySelector('.tab-name'))).to.equal('Vi arbejder sammen');
      el.setAttribute('selected', '9');
      await el.updateComplete;
      expect(text($(el, '#panel-heading'))).to.equal('Model 1: Den spæde start');
    });

    it('reflects the chosen model to selected', async () => {
      const el = await render();
      tabs(el)[0].click();
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('5');
    });

    it('heading-level sets the level of the headings', async () => {
      const el = await render(html`<mb-model-explainer heading-level="3"></mb-model-explainer>`);
      expect($(el, '#models-heading').tagName).to.equal('H3');
      expect($(el, '#panel-heading').tagName).to.equal('H4');
      expect($(el, '[role="tabpanel"] h5') !== null).to.be.true;
    });

    it('sections chooses what follows the models', async () => {
      const el = await render(html`<mb-model-explainer sections="figures"></mb-model-explainer>`);
      expect($(el, '.filter') === null).to.be.true;
      expect($(el, '.assessment') === null).to.be.true;
      expect($(el, '.figures') !== null).to.be.true;
      el.sections = '';
      await el.updateComplete;
      expect($(el, '.figures') === null).to.be.true;
      expect(tabs(el)).to.have.length(5);
    });

    it('in the table view, a link to a model moves focus to its column', async () => {
      const start = location.href;
      history.replaceState(history.state, '', '#mb-model-2');
      try {
        const el = await render(html`<mb-model-explainer view="table" deep-link></mb-model-explainer>`);
        await aTimeout(0);
        expect(root(el).activeElement?.id).to.equal('col-model-2');
      } finally {
        history.replaceState(history.state, '', start);
      }
    });

    it('src replaces the built-in models with custom data', async () => {
      const loaded = oneEvent(document, 'mb-load');
      const el = await render(
        html`<mb-model-explainer src="/test/model-explainer/fixtures/custom.json"></mb-model-explainer>`,
      );
      expect(((await loaded) as CustomEvent<MbLoadDetail>).detail.count).to.equal(3);
      await el.updateComplete;
      expect(tabs(el).map((tab) => text(tab.querySelector('.tab-name')))).to.deep.equal([
        'Hver for sig',
        'Fælles skranke',
        'Ét hus',
      ]);
      expect(text($(el, '.attribution'))).to.equal('Kilde: Nordby Kommune');
      expect(text($(el, '.figures'))).to.contain('Ca. 3 af 4 filialer har fælles skranke.');
    });

    it("shows the editor's own content while custom data loads, then the models", async () => {
      const loaded = oneEvent(document, 'mb-load');
      const el = await render(
        html`<mb-model-explainer src="/test/model-explainer/fixtures/custom.json"
          ><p>Fem modeller for samarbejde</p></mb-model-explainer
        >`,
      );
      const slot = $<HTMLSlotElement>(el, 'slot');
      expect(slot.assignedElements().map(text)).to.deep.equal(['Fem modeller for samarbejde']);
      expect(tabs(el)).to.have.length(0);
      await loaded;
      await el.updateComplete;
      expect($(el, 'slot') === null, 'the fallback is gone').to.be.true;
      expect(tabs(el)).to.have.length(3);
    });

    it('a link to a model of the inline data opens it', async () => {
      const start = location.href;
      history.replaceState(history.state, '', '#mb-et-hus');
      try {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('mb-model-explainer');
        el.deepLink = true;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(custom);
        el.append(script);
        host.append(el);
        await el.updateComplete;
        expect(el.selected).to.equal(2);
        expect(text($(el, '#panel-heading'))).to.equal('Model 2: Ét hus');
      } finally {
        history.replaceState(history.state, '', start);
      }
    });

    it('an inline JSON child replaces the built-in models', async () => {
      const el = await renderInline(JSON.stringify(custom));
      expect(tabs(el)).to.have.length(3);
      expect($(el, '.message.error') === null).to.be.true;
    });

    it('invalid src data shows a message, fires mb-error and keeps the built-in models', async () => {
      const failed = oneEvent(document, 'mb-error');
      const el = await render(
        html`<mb-model-explainer src="/test/model-explainer/fixtures/invalid.json"></mb-model-explainer>`,
      );
      const { detail } = (await failed) as CustomEvent<MbErrorDetail>;
      await el.updateComplete;
      expect(detail.kind).to.equal('invalid');
      expect(detail.problems).to.include('$.models[0].color: is not a known field');
      expect(detail.url).to.contain('invalid.json');
      const message = $(el, '[role="alert"]');
      expect(text(message)).to.equal(
        'De tilpassede data kunne ikke bruges, fordi de ikke har det forventede format. Du ser de indbyggede modeller.',
      );
      expect(detail.message).to.equal(text(message));
      expect(tabs(el)).to.have.length(5);
      expect(message.querySelector('button') === null, 'retrying cannot fix bad data').to.be.true;
    });

    it('src that is not JSON, or cannot be fetched, also keeps the built-in models', async () => {
      const parse = oneEvent(document, 'mb-error');
      const el = await render(
        html`<mb-model-explainer src="/test/model-explainer/fixtures/not-json.txt"></mb-model-explainer>`,
      );
      expect(((await parse) as CustomEvent<MbErrorDetail>).detail.kind).to.equal('parse');
      const missing = oneEvent(el, 'mb-error');
      el.src = '/test/model-explainer/fixtures/missing.json';
      expect(((await missing) as CustomEvent<MbErrorDetail>).detail.kind).to.equal('http');
      await el.updateComplete;
      expect(text($(el, '[role="alert"] p'))).to.equal(
        'De tilpassede data kunne ikke hentes. Du ser de indbyggede modeller.',
      );
      expect(text($(el, '[role="alert"] button'))).to.equal('Prøv igen');
      expect(tabs(el)).to.have.length(5);
    });

    it('bad inline JSON fires mb-error with the problems', async () => {
      const failed = oneEvent(document, 'mb-error');
      const el = await renderInline('{"models": [], "competenceLabels": {}}');
      const { detail } = (await failed) as CustomEvent<MbErrorDetail>;
      expect(detail.problems).to.deep.equal(['$.models: must have 1 to 5 items']);
      expect(tabs(el)).to.have.length(5);
    });
  });

  describe('events', () => {
    it('choosing a model fires mb-model-select with the model', async () => {
      const el = await render();
      const chosen = oneEvent(el, 'mb-model-select');
      tabs(el)[3].click();
      const { detail } = (await chosen) as CustomEvent<ModelSelectDetail>;
      expect(detail).to.deep.equal({ id: 'model-3', displayNumber: 3, scaleRank: 3, name: 'Vi arbejder sammen' });
    });

    it('setting selected from the page does not fire mb-model-select', async () => {
      const el = await render();
      let fired = 0;
      el.addEventListener('mb-model-select', () => (fired += 1));
      el.selected = 4;
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(text($(el, '#panel-heading'))).to.contain('Vi er borgernes fælles indgang til kommunen');
    });
  });

  describe('keyboard', () => {
    it('moves along the tabs with the arrow keys, wrapping, and Home/End, with one tab stop', async () => {
      const el = await render(html`<mb-model-explainer selected="5"></mb-model-explainer>`);
      const press = async (key: string) => {
        (root(el).activeElement as HTMLElement).dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
        );
        await el.updateComplete;
        await aTimeout(0);
        return text(root(el).activeElement?.querySelector('.tab-number'));
      };
      selectedTab(el).focus();
      expect(await press('ArrowLeft')).to.equal('Model 4');
      expect(await press('ArrowRight')).to.equal('Model 5');
      expect(await press('ArrowRight')).to.equal('Model 1');
      expect(await press('End')).to.equal('Model 4');
      expect(await press('Home')).to.equal('Model 5');
      expect(await press('ArrowDown'), 'a horizontal tablist leaves up and down alone').to.equal('Model 5');
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      expect(selectedTab(el) === root(el).activeElement).to.be.true;
      expect(el.selected).to.equal(5);
    });

    it('filters models by competence and announces the count', async () => {
      const el = await render();
      expect(text(statusOf(el, 'filter'))).to.equal('');
      await pickCompetence(el, 'teaching');
      expect(text(statusOf(el, 'filter'))).to.equal(
        '3 modeller kræver kompetencen »Undervisning og brugerundervisning«.',
      );
      expect($$(el, '.matches > li .match-name').map(text)).to.deep.equal([
        'Model 1: Den spæde start',
        'Model 2: Vi flytter sammen',
        'Model 4: Vi er borgernes fælles indgang til kommunen',
      ]);
      await pickCompetence(el, 'marketing');
      expect(text(statusOf(el, 'filter'))).to.equal('1 model kræver kompetencen »Markedsføring«.');
      const show = $<HTMLButtonElement>(el, '.matches button');
      expect(text(show)).to.equal('Vis model 4');
      show.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(el.selected).to.equal(4);
      expect(root(el).activeElement === $(el, '#panel-heading'), 'focus on the model heading').to.be.true;
    });

    it('suggests a model in the self-assessment, announces why, and starts again', async () => {
      const el = await render();
      await answer(el, { collaborate: true });
      expect(text(statusOf(el, 'assessment'))).to.equal('Svar på alle spørgsmålene for at få et forslag.');
      await answer(el, { sharedPremises: true, libraryStaffTasks: true, partners: false });
      expect(text(statusOf(el, 'assessment'))).to.equal(
        'Jeres samarbejde ligner mest model 3: Vi arbejder sammen. Biblioteksmedarbejdere løser udvalgte opgaver for Borgerservice.',
      );
      expect(root(el).activeElement === $(el, '.assessment button[type="submit"]'), 'focus stays on the button').to.be
        .true;
      expect($$(el, '.answers dd').map(text)).to.deep.equal(['Ja', 'Ja', 'Ja', 'Nej']);
      await answer(el, { collaborate: false });
      expect(text(statusOf(el, 'assessment'))).to.contain('model 5: Intet samarbejde');
      $<HTMLButtonElement>(el, '.assessment .actions button[type="button"]').click();
      await el.updateComplete;
      expect(text(statusOf(el, 'assessment'))).to.equal('');
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((radio) => radio.checked)).to.equal(false);
    });
  });

  describe('deep links', () => {
    const start = location.href;
    afterEach(() => history.replaceState(history.state, '', start));

    it('opens the model in the fragment, writes the fragment on choice, and Back returns to the previous model', async () => {
      history.replaceState(history.state, '', '#mb-model-3');
      const el = await render(html`<mb-model-explainer deep-link></mb-model-explainer>`);
      await aTimeout(0);
      expect(el.selected).to.equal(3);
      expect(root(el).activeElement === $(el, '#panel-heading'), 'focus on the model heading').to.be.true;
      tabs(el)[4].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#mb-model-4');
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(location.hash).to.equal('#mb-model-3');
      expect(el.selected).to.equal(3);
    });

    it('Back to the address without a fragment shows the model shown before', async () => {
      history.replaceState(history.state, '', location.pathname + location.search);
      const el = await render(html`<mb-model-explainer deep-link selected="2"></mb-model-explainer>`);
      tabs(el)[1].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#mb-model-1');
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(el.selected).to.equal(2);
    });

    it("leaves the host page's own fragments alone", async () => {
      history.replaceState(history.state, '', '#main');
      const el = await render(html`<mb-model-explainer deep-link selected="2"></mb-model-explainer>`);
      expect(el.selected).to.equal(2);
      location.hash = '#contact';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(el.selected).to.equal(2);
      location.hash = '#mb-model-4';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(el.selected).to.equal(4);
    });

    it('without deep-link, neither writes nor reads the fragment', async () => {
      history.replaceState(history.state, '', '#mb-model-3');
      const el = await render();
      expect(el.selected).to.equal(undefined);
      tabs(el)[0].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#mb-model-3');
    });
  });

  describe('language', () => {
    for (const number of NUMBERS) {
      it(`shows Model ${number} in real English`, async () => {
        const el = await render(html`<mb-model-explainer lang="en" selected=${number}></mb-model-explainer>`);
        const english = ENGLISH[number];
        expect(text($(el, '#panel-heading'))).to.equal(`Model ${number}: ${english.name}`);
        expect(text($(el, '.original'))).to.equal(`Danish name: ${SEED[number].name}`);
        expect($(el, '.original span').lang).to.equal('da');
        if (english.competence) expect(text($(el, '[role="tabpanel"] .competences'))).to.contain(english.competence);
        if (english.examples) expect(text($(el, '[role="tabpanel"] .examples'))).to.contain(english.examples);
        expect(text(panel(el))).to.not.contain(SEED[number].competences[0] ?? '\u0000');
        expect($(el, '.explainer').lang).to.equal('en');
      });
    }

    it('follows a language change at run time', async () => {
      const el = await render();
      el.lang = 'en';
      await el.updateComplete;
      expect(text($(el, '.scale-note'))).to.equal(
        'Model 5 (No collaboration) is the starting point of the scale, even though it is numbered 5.',
      );
      await pickCompetence(el, 'teaching');
      expect(text(statusOf(el, 'filter'))).to.equal('3 models need the competence “Teaching and user training”.');
      expect(text($(el, '.figures'))).to.contain('Almost 70% of the country');
    });

    it('marks Danish-only custom text as Danish on an English page', async () => {
      const el = await renderInline(JSON.stringify(custom));
      el.lang = 'en';
      el.selected = 1;
      await el.updateComplete;
      const name = $(el, '#panel-heading');
      expect(text(name)).to.equal('Model 1: Fælles skranke');
      const danish = $$(el, '[role="tabpanel"] [lang="da"]').map(text);
      expect(danish).to.include('Borgerservice betjener borgerne ved bibliotekets skranke.');
    });
  });
});
