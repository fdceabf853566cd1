import { expect } from '@open-wc/testing';
import { builtInDataset } from '../../src/model-explainer/data.js';
import {
  byScale,
  competenceKeys,
  fragmentFor,
  modelByNumber,
  modelForFragment,
  modelsNeeding,
  pickText,
  suggestModel,
} from '../../src/model-explainer/model.js';

const { models } = builtInDataset();

describe('model-explainer model helpers', () => {
  it('orders the models on the integration scale with Model 5 as the zero point', () => {
    expect(byScale(models).map((model) => model.displayNumber)).to.deep.equal([5, 1, 2, 3, 4]);
    expect(byScale(models).map((model) => model.scaleRank)).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('finds a model by its display number, else the lowest number', () => {
    expect(modelByNumber(models, 3).id).to.equal('model-3');
    expect(modelByNumber(models, 9).id).to.equal('model-1');
    expect(modelByNumber(models, undefined).id).to.equal('model-1');
  });

  it('falls back to Danish, and says so, when a text has no English', () => {
    expect(pickText({ da: 'Hej', en: 'Hello' }, 'en')).to.deep.equal({ value: 'Hello', lang: 'en' });
    expect(pickText({ da: 'Hej' }, 'en')).to.deep.equal({ value: 'Hej', lang: 'da' });
    expect(pickText({ da: 'Hej', en: 'Hello' }, 'da')).to.deep.equal({ value: 'Hej', lang: 'da' });
  });

  it('lists the models that need a competence, on the scale', () => {
    expect(competenceKeys(builtInDataset())).to.include.members(['teaching', 'collaboration', 'marketing']);
    expect(modelsNeeding(builtInDataset(), 'teaching').map(({ model }) => model.displayNumber)).to.deep.equal([
      1, 2, 4,
    ]);
    const marketing = modelsNeeding(builtInDataset(), 'marketing');
    expect(marketing).to.have.length(1);
    expect(marketing[0].competences[0].label.da).to.equal('Markedsføring');
    expect(modelsNeeding(builtInDataset(), 'nothing')).to.deep.equal([]);
  });

  it('suggests a model from the self-assessment answers', () => {
    expect(suggestModel({ collaborate: false })).to.deep.equal({ complete: true, scaleRank: 0, reason: 'none' });
    const all = { collaborate: true, sharedPremises: false, libraryStaffTasks: false, partners: false };
    expect(suggestModel(all)).to.deep.equal({ complete: true, scaleRank: 1, reason: 'start' });
    expect(suggestModel({ ...all, sharedPremises: true })).to.include({ scaleRank: 2, reason: 'premises' });
    expect(suggestModel({ ...all, sharedPremises: true, libraryStaffTasks: true })).to.include({ scaleRank: 3 });
    expect(suggestModel({ ...all, partners: true })).to.include({ scaleRank: 4, reason: 'partners' });
    expect(suggestModel({ collaborate: true, partners: true })).to.deep.equal({
      complete: false,
      missing: ['sharedPremises', 'libraryStaffTasks'],
    });
    expect(suggestModel({})).to.include({ complete: false });
  });

  it('reads and writes only its own fragments', () => {
    expect(fragmentFor(models[2])).to.equal('#mb-model-3');
    expect(modelForFragment(models, '#mb-model-5')?.displayNumber).to.equal(5);
    for (const hash of ['', '#model-3', '#main', '#mb-model-9', '#mb-%E0%A4%A', '#mb-'])
      expect(modelForFragment(models, hash), hash).to.equal(undefined);
  });
});
