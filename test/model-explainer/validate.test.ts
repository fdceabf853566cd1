import { expect } from '@open-wc/testing';
import schema from '../../schemas/model-explainer.schema.json' with { type: 'json' };
import { builtInDataset } from '../../src/model-explainer/data.js';
import { MAX_SCALE_RANK } from '../../src/model-explainer/types.js';
import { validateDataset } from '../../src/model-explainer/validate.js';
import custom from './fixtures/custom.json' with { type: 'json' };
import invalid from './fixtures/invalid.json' with { type: 'json' };

type Json = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);
const problemsOf = (value: unknown) => validateDataset(value).problems;

describe('model-explainer data validation', () => {
  it('accepts the built-in data and the sample custom dataset', () => {
    expect(problemsOf(builtInDataset())).to.deep.equal([]);
    expect(problemsOf(custom)).to.deep.equal([]);
    expect(validateDataset(custom).dataset?.models).to.have.length(3);
  });

  it('lists every problem of a bad file, with where it is', () => {
    const problems = problemsOf(invalid);
    for (const expected of [
      '$.models[0].id: must match',
      '$.models[0].displayNumber: must be a whole number from 0 to 99',
      '$.models[0].scaleRank: must be a whole number from 0 to 4',
      '$.models[0].name.da: must be a non-empty string',
      '$.models[0].competences[0].keys[0]: "ukendt" has no label in competenceLabels',
      '$.models[0].color: is not a known field',
    ])
      expect(
        problems.some((problem) => problem.startsWith(expected)),
        expected,
      ).to.equal(true);
    expect(validateDataset(invalid).dataset).to.equal(undefined);
  });

  it('allows scale positions up to the top of the scale the widget draws', () => {
    const data = clone(custom) as unknown as { models: Json[] };
    data.models[2].scaleRank = MAX_SCALE_RANK;
    expect(problemsOf(data)).to.deep.equal([]);
    data.models[2].scaleRank = MAX_SCALE_RANK + 1;
    expect(problemsOf(data)).to.deep.equal([
      `$.models[2].scaleRank: must be a whole number from 0 to ${MAX_SCALE_RANK}`,
    ]);
  });

  it('rejects values that are not a dataset at all', () => {
    for (const value of [null, 42, 'models', [], {}]) expect(problemsOf(value)).to.not.be.empty;
  });

  it('rejects duplicate ids, numbers and scale positions', () => {
    const data = clone(custom) as unknown as { models: Json[] };
    data.models[1].id = 'alene';
    data.models[1].displayNumber = 3;
    data.models[1].scaleRank = 0;
    const problems = problemsOf(data);
    expect(problems).to.include('$.models: id "alene" is used more than once');
    expect(problems).to.include('$.models: displayNumber 3 is used more than once');
    expect(problems).to.include('$.models: scaleRank 0 is used more than once');
  });

  it('rejects references to sources and models that do not exist', () => {
    const data = clone(custom) as unknown as { figures: Json[] };
    data.figures[0].source = 'mangler';
    data.figures[0].models = ['mangler'];
    expect(problemsOf(data)).to.deep.equal([
      '$.figures[0].source: no source has the id "mangler"',
      '$.figures[0].models[0]: no model has the id "mangler"',
    ]);
  });

  it('accepts only web addresses for sources, and sensible figures', () => {
    const data = clone(custom) as unknown as { sources: Json[]; figures: Json[] };
    data.sources[0].url = 'javascript:alert(1)';
    data.figures[0].unit = 'percent';
    data.figures[0].value = 170;
    data.figures[0].total = 98;
    data.figures[0].year = 'last year';
    const problems = problemsOf(data);
    expect(problems).to.include('$.sources[0].url: must be an absolute http or https address');
    expect(problems).to.include('$.figures[0].value: a percentage must be at most 100');
    expect(problems).to.include('$.figures[0].total: must not be less than value');
    expect(problems.some((p) => p.startsWith('$.figures[0].year: must match'))).to.equal(true);
  });

  it('never throws on hostile input', () => {
    const cyclic: Json = { models: [] };
    const deep = { models: [{ id: 'x'.repeat(100_000), name: { da: 1 }, competences: [null] }], competenceLabels: [] };
    for (const value of [cyclic, deep, { __proto__: { models: [] } }, { models: new Array(50).fill({}) }])
      expect(() => validateDataset(value)).to.not.throw();
  });

  // The JSON schema must describe what the validator accepts: same fields, same required fields, nothing extra.
  describe('agrees with schemas/model-explainer.schema.json', () => {
    const defs = schema.$defs as unknown as Record<string, { required?: string[]; properties?: Json }>;
    const cases: [string, { required?: string[]; properties?: Json }, (data: Json) => Json][] = [
      ['dataset', schema, (data) => data],
      ['model', defs.model, (data) => (data.models as Json[])[2]],
      ['figure', defs.figure, (data) => (data.figures as Json[])[0]],
      ['source', defs.source, (data) => (data.sources as Json[])[0]],
    ];
    for (const [name, def, pick] of cases) {
      it(`${name}: every required field is required, every optional one accepted, others rejected`, () => {
        for (const field of def.required ?? []) {
          const data = clone(custom) as unknown as Json;
          delete pick(data)[field];
          expect(
            problemsOf(data).some((p) => p.includes(`"${field}" is required`)),
            field,
          ).to.equal(true);
        }
        const optional = Object.keys(def.properties ?? {}).filter((field) => !def.required?.includes(field));
        const data = clone(custom) as unknown as Json;
        for (const field of optional)
          expect(field in pick(data), `${name}.${field} present in the sample`).to.equal(true);
        expect(problemsOf(data)).to.deep.equal([]);
        pick(data).unexpected = true;
        expect(problemsOf(data).some((p) => p.endsWith('.unexpected: is not a known field'))).to.equal(true);
      });
    }
  });
});
