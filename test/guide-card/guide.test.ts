import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import schema from '../../schemas/guide.schema.json' with { type: 'json' };
import {
  actionUrl,
  feedbackPayload,
  numberSteps,
  pickLanguage,
  selfserviceUrl,
  validateGuide,
  type Guide,
} from '../../src/guide-card/guide.js';
import { BUILT_IN_GUIDES, isBuiltInGuide, loadBuiltInGuide } from '../../src/guide-card/guides/index.js';
import { DEFAULT_TOPICS } from '../../src/course-calendar/topics.js';

const IDS = Object.keys(BUILT_IN_GUIDES) as (keyof typeof BUILT_IN_GUIDES)[];

/** Every key path of a value, with array lengths, so two languages can be compared for the same structure. */
const shape = (value: unknown, path = ''): string[] => {
  if (Array.isArray(value))
    return [`${path}[${value.length}]`, ...value.flatMap((item, i) => shape(item, `${path}[${i}]`))];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key));
  return [path];
};

/** Every string in a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

const minimal = () => ({
  id: 'test-guide',
  title: 'Titel',
  purpose: 'Formål',
  needs: ['MitID'],
  steps: [{ title: 'Trin et', text: 'Tekst' }],
  action: { label: 'Gør det', url: 'https://www.borger.dk/' },
  sources: [{ label: 'borger.dk', url: 'https://www.borger.dk/' }],
  checkedOn: '2026-11-22',
});

/** The built-in guides' topics as the product set them; a new guide needs only a topic from the vocabulary. */
const TOPICS: Record<string, string> = {
  mitid: 'mitid',
  'digital-post': 'digital-post',
  'change-address': 'borger-dk',
  'health-card': 'sundhed-dk',
  'eu-health-card': 'sundhed-dk',
  passport: 'borger-dk',
  'housing-benefit': 'borger-dk',
  'state-pension': 'pension',
  'digital-power-of-attorney': 'borger-dk',
  'change-doctor': 'sundhed-dk',
};

/** The guides in each language folder that has any (`locales/<lang>/guides/<id>.json`), from the test server. */
async function guideFolders(): Promise<Record<string, string[]>> {
  const files = await executeServerCommand<Record<string, string[]>, undefined>('locale-files');
  const guides: [string, string[]][] = Object.entries(files).map(([lang, names]) => [
    lang,
    names.flatMap((name) => /^guides\/([^/]+)\.json$/.exec(name)?.[1] ?? []).sort(),
  ]);
  return Object.fromEntries(guides.filter(([, ids]) => ids.length > 0));
}

describe('built-in guides', () => {
  it('are the guides in the locale folders: each file registered, each registered guide in every folder', async () => {
    const folders = await guideFolders();
    // Built-in guides are written in Danish and English at least (a guide module holds both).
    expect(Object.keys(folders)).to.include.members(['da', 'en']);
    for (const [lang, ids] of Object.entries(folders)) expect(ids, lang).to.deep.equal([...IDS].sort());
    expect(IDS.length).to.be.greaterThan(0);
    for (const id of IDS) expect(isBuiltInGuide(id), id).to.equal(true);
    expect(isBuiltInGuide('toString')).to.equal(false);
  });

  it('load, by their registry line, one valid guide per language folder, with the registry’s id', async () => {
    const folders = Object.keys(await guideFolders());
    for (const id of IDS) {
      const pair: Record<string, unknown> = await loadBuiltInGuide(id);
      expect(Object.keys(pair), id).to.have.members(folders);
      for (const lang of folders) {
        const { guide, issues } = validateGuide(pair[lang]);
        expect(issues, `${id} (${lang})`).to.deep.equal([]);
        expect(guide?.id, `${lang}/guides/${id}.json`).to.equal(id);
        expect(guide?.lang, `${lang}/guides/${id}.json`).to.equal(lang);
      }
    }
  });

  it('each have a topic from the course calendar’s vocabulary, the same in both languages', async () => {
    const known = DEFAULT_TOPICS.map((topic) => topic.id);
    const topics: Record<string, string | undefined> = {};
    for (const id of IDS) {
      const pair = await loadBuiltInGuide(id);
      const da = validateGuide(pair.da).guide?.topic;
      expect(validateGuide(pair.en).guide?.topic, id).to.equal(da);
      topics[id] = da;
    }
    for (const [id, topic] of Object.entries(TOPICS)) expect(topics[id], id).to.equal(topic);
    for (const [id, topic] of Object.entries(topics)) expect(known, id).to.include(topic);
  });

  for (const id of IDS) {
    describe(id, () => {
      let da: Guide;
      let en: Guide;
      let raw: { da: unknown; en: unknown };
      before(async () => {
        raw = await loadBuiltInGuide(id);
        const checkedDa = validateGuide(raw.da);
        const checkedEn = validateGuide(raw.en);
        expect(checkedDa.issues, 'Danish').to.deep.equal([]);
        expect(checkedEn.issues, 'English').to.deep.equal([]);
        da = checkedDa.guide!;
        en = checkedEn.guide!;
      });

      it('passes the same validator as a custom guide, in Danish and in English', () => {
        expect(da.id).to.equal(id);
        expect(en.id).to.equal(id);
        expect(da.lang).to.equal('da');
        expect(en.lang).to.equal('en');
      });

      it('has the same keys and structure in both languages', () => {
        expect(shape(raw.en)).to.deep.equal(shape(raw.da));
        expect(en.steps.map((s) => s.logic ?? '')).to.deep.equal(da.steps.map((s) => s.logic ?? ''));
        expect(actionUrl(en.action)).to.equal(actionUrl(da.action));
        expect(en.sources.map((s) => s.url)).to.deep.equal(da.sources.map((s) => s.url));
        expect(en.checkedOn).to.equal(da.checkedOn);
        expect(en.mitid).to.equal(da.mitid);
      });

      it('is a real translation, not a copy', () => {
        expect(en.title).to.not.equal(da.title);
        expect(en.purpose).to.not.equal(da.purpose);
        en.steps.forEach((step, i) => {
          expect(step.title).to.not.equal(da.steps[i].title);
        });
      });

      it('has a borger.dk action with a safe https address', () => {
        const url = new URL(actionUrl(da.action)!);
        expect(url.protocol).to.equal('https:');
        expect(da.action.label).to.be.a('string').and.not.be.empty;
      });

      it('states that MitID is personal when any of its text mentions MitID', () => {
        const mentions = [da, en].some((guide) => strings({ ...guide, sources: [] }).some((s) => /MitID/.test(s)));
        if (mentions) expect(da.mitid, 'mitid flag').to.equal(true);
      });

      it('names its sources and the date its facts were checked', () => {
        expect(da.sources.length).to.be.greaterThan(0);
        for (const source of da.sources) if (source.url) expect(new URL(source.url).protocol).to.equal('https:');
        expect(da.checkedOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
      });

      it('dates and sources every fact, and never opens a front page', () => {
        for (const guide of [da, en]) {
          for (const fact of guide.facts ?? []) {
            expect(fact.asOf, fact.label).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
            expect(new URL(fact.source.url).protocol, fact.label).to.equal('https:');
          }
          expect(new URL(actionUrl(guide.action)!).pathname).to.not.equal('/');
        }
      });

      it('shows no fee outside a dated fact', () => {
        for (const guide of [da, en]) {
          const undated = strings({ ...guide, facts: [] });
          for (const text of undated) expect(text).to.not.match(/\d\s*kr\.|DKK\s*\d|\bkroner\b/i);
          for (const fact of guide.facts ?? []) expect(fact.asOf).to.match(/^\d{4}/);
        }
      });
    });
  }
});

describe('built-in guides after the fact check of issue 17', () => {
  const load = async (id: keyof typeof BUILT_IN_GUIDES) => validateGuide((await loadBuiltInGuide(id)).da).guide!;
  const text = (guide: Guide) => strings({ ...guide, sources: [] }).join(' ');

  it('do not send people who move, or whose doctor closes, to order and pay for a health card', async () => {
    const card = await load('health-card');
    expect(card.steps[0].text.join(' ')).to.contain('Du skal ikke bestille et kort, når du melder flytning.');
    expect(card.steps[0].text.join(' ')).to.contain('hvis din læge lukker sin praksis');
    expect(text(card)).to.contain('Er du fyldt 15 år, kan du selv bestille dit kort.');
  });

  it('say that both parents with custody must consent to a child’s passport', async () => {
    expect(text(await load('passport'))).to.contain('Har I fælles forældremyndighed, skal I begge give samtykke.');
  });

  it('say you can always change doctor, for a fee, and agree with change-address on choosing one when moving', async () => {
    const doctor = text(await load('change-doctor'));
    expect(doctor).to.contain('Du kan altid skifte læge.');
    expect(doctor).to.not.contain('kan du vælge en ny');
    const move = text(await load('change-address'));
    expect(move).to.contain('Du kan vælge ny læge i den samme selvbetjening, som du melder flytning i.');
    expect(move).to.not.contain('to forskellige selvbetjeninger');
  });

  it('name the other adults’ signatures and joint liability for housing benefit, and the giver’s signature', async () => {
    expect(text(await load('housing-benefit'))).to.contain('de hæfter');
    expect(text(await load('digital-power-of-attorney'))).to.contain(
      'skal alle sider af brevet afleveres hos Borgerservice',
    );
    expect(text(await load('state-pension'))).to.contain('senest den sidste dag i den måned');
  });
});

describe('validateGuide', () => {
  it('accepts a minimal guide and turns a single paragraph into a list', () => {
    const { guide, issues } = validateGuide(minimal());
    expect(issues).to.deep.equal([]);
    expect(guide!.steps[0].text).to.deep.equal(['Tekst']);
  });

  it('rejects what is not a guide, saying where', () => {
    expect(validateGuide(null).guide).to.equal(undefined);
    expect(validateGuide('<script>').issues).to.deep.equal(['guide: expected an object']);
    const { guide, issues } = validateGuide({ ...minimal(), id: 'Not valid', checkedOn: '2026-02-30', steps: [] });
    expect(guide).to.equal(undefined);
    expect(issues).to.include.members([
      'id: expected lower-case letters, digits and hyphens',
      'steps: expected at least one step',
      'checkedOn: expected a date (YYYY-MM-DD)',
    ]);
  });

  it('keeps every field the JSON Schema requires required', () => {
    const required = (schema as { $defs: { guide: { required: string[] } } }).$defs.guide.required;
    expect(required.length).to.be.greaterThan(5);
    for (const key of required) {
      const data: Record<string, unknown> = minimal();
      delete data[key];
      const { guide, issues } = validateGuide(data);
      expect(guide, key).to.equal(undefined);
      expect(issues.join('\n'), key).to.contain(key);
    }
  });

  it('does not allow an "and"/"or" step first, a malformed self-service id or a fact without its date', () => {
    const issues = validateGuide({
      ...minimal(),
      steps: [{ title: 'Eller', logic: 'or' }],
      action: { label: 'x', selfserviceId: 'abc' },
      facts: [{ label: 'Gebyr', value: '225 kr.' }],
    }).issues;
    expect(issues).to.include.members([
      'steps[0].logic: the first step cannot be an "and" or "or" step',
      'action.selfserviceId: expected a GUID',
      'facts[0].asOf: expected text',
    ]);
  });

  it('rejects a fact without its source, with a malformed date or an unknown kind', () => {
    const { guide, issues } = validateGuide({
      ...minimal(),
      facts: [
        { label: 'Gebyr', value: '225 kr.', asOf: '2024' },
        { label: 'Gebyr', value: '225 kr.', asOf: 'sidste år', source: { label: 'x', url: 'https://x.dk/a' } },
        { label: 'Tid', value: '3 uger', asOf: '2024-13', source: { label: 'x', url: 'https://x.dk/a' } },
        { label: 'Tid', value: '3 uger', asOf: '2024', kind: 'price', source: { label: 'x', url: 'https://x.dk/a' } },
      ],
    });
    expect(guide).to.equal(undefined);
    expect(issues).to.include.members([
      'facts[0].source: expected { label, url }',
      'facts[1].asOf: expected a year, month or day (2024, 2024-05, 2024-05-01)',
      'facts[2].asOf: expected a year, month or day (2024, 2024-05, 2024-05-01)',
      'facts[3].kind: expected "fee", "time" or "rule"',
    ]);
  });

  it('accepts a fact with a year, month or day and a source, and keeps its kind', () => {
    const source = { label: 'borger.dk: Søg boligstøtte', url: 'https://www.borger.dk/x' };
    const { guide, issues } = validateGuide({
      ...minimal(),
      facts: [
        { label: 'Gebyr', value: '225 kr.', asOf: '2024', source },
        { label: 'Tid', value: 'op til 7 uger', asOf: '2026-12-04', kind: 'time', source },
      ],
    });
    expect(issues).to.deep.equal([]);
    expect(guide!.facts).to.deep.equal([
      { label: 'Gebyr', value: '225 kr.', asOf: '2024', source },
      { label: 'Tid', value: 'op til 7 uger', asOf: '2026-12-04', kind: 'time', source },
    ]);
  });

  it('keeps unsafe URLs as data (the card shows them as text) and ignores unknown properties', () => {
    const { guide } = validateGuide({
      ...minimal(),
      extra: { nested: true },
      action: { label: 'x', url: 'javascript:alert(1)' },
    });
    expect(guide!.action.url).to.equal('javascript:alert(1)');
    expect(guide).to.not.have.property('extra');
  });
});

describe('guide helpers', () => {
  it('builds the borger.dk handling-page link from a self-service id', () => {
    expect(selfserviceUrl('40063fb6-7cb3-452e-be26-ffc37e82d4a4')).to.equal(
      'https://www.borger.dk/handlingsside?selfserviceId=40063fb6-7cb3-452e-be26-ffc37e82d4a4',
    );
    expect(actionUrl({ label: 'x', url: 'https://a.example/' })).to.equal('https://a.example/');
  });

  it('numbers steps, giving "and"/"or" steps the number of the step they belong to', () => {
    const numbered = numberSteps([
      { title: 'a', text: [] },
      { title: 'b', text: [] },
      { title: 'c', text: [], logic: 'or' },
      { title: 'd', text: [], logic: 'and' },
      { title: 'e', text: [] },
    ]);
    expect(numbered.map((s) => [s.number, s.step.title, s.related.map((r) => r.step.title)])).to.deep.equal([
      [1, 'a', []],
      [2, 'b', ['c', 'd']],
      [3, 'e', []],
    ]);
  });

  it('picks a language from a bilingual guide and falls back to the other', () => {
    expect(pickLanguage({ da: { id: 'a' }, en: { id: 'b' } }, 'en')).to.deep.equal({ data: { id: 'b' }, lang: 'en' });
    expect(pickLanguage({ da: { id: 'a' } }, 'en')).to.deep.equal({ data: { id: 'a' }, lang: 'da' });
    expect(pickLanguage(minimal(), 'en').data).to.deep.equal(minimal());
  });

  it('sends feedback without a CPR number and with at most 500 characters of comment', () => {
    expect(feedbackPayload('mitid', true, ' Mit CPR er 010203-1234, hjælp ', 'da')).to.deep.equal({
      guide: 'mitid',
      helpful: true,
      comment: 'Mit CPR er […], hjælp',
      lang: 'da',
    });
    expect(feedbackPayload('mitid', false, 'x'.repeat(900), 'en').comment).to.have.length(500);
  });
});
