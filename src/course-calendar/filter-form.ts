/* The filter form as a pure template function of the filter controller's state. */
import { html, nothing, type TemplateResult } from 'lit';
import { dayKey } from '../core/time.js';
import type { FilterController } from './filter-controller.js';
import { topicLabel, type Words } from './text.js';
import type { Topic } from './topics.js';
import type { CalendarControl } from './views/types.js';

export interface FilterFormContext extends Words {
  filters: FilterController;
  controls: ReadonlySet<CalendarControl>;
  topics: readonly Topic[];
  now: Date;
}

function prevent(event: Event): void {
  event.preventDefault();
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function topicChips(ctx: FilterFormContext, present: ReadonlySet<string>): TemplateResult | typeof nothing {
  const { filters } = ctx;
  const topics = ctx.topics.filter((topic) => present.has(topic.id) || filters.topics.has(topic.id));
  if (!ctx.controls.has('topic') || !topics.length) return nothing;
  const onTopic = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const next = new Set(filters.topics);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    filters.set({ topics: next });
  };
  return html`<fieldset class="topics">
    <legend>${ctx.t('filters.topic')}</legend>
    <div class="chips">
      ${topics.map(
        (topic) =>
          html`<label class="chip">
            <input
              type="checkbox"
              name="topic"
              .value=${topic.id}
              .checked=${filters.topics.has(topic.id)}
              @change=${onTopic}
            /><span>${topicLabel(topic, ctx)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

function branchSelect(ctx: FilterFormContext, branches: readonly string[]): TemplateResult | typeof nothing {
  const { filters, t } = ctx;
  if (!ctx.controls.has('branch') || branches.length < 2) return nothing;
  return html`<label class="field"
    ><span>${t('filters.branch')}</span>
    <select name="branch" @change=${(event: Event) => filters.set({ branch: value(event) })}>
      <option value="" ?selected=${!filters.branch}>${t('filters.allBranches')}</option>
      ${branches.map((branch) => html`<option .value=${branch} ?selected=${branch === filters.branch}>${branch}</option>`)}
    </select></label
  >`;
}

function dateFields(ctx: FilterFormContext): TemplateResult | typeof nothing {
  const { filters, t } = ctx;
  if (!ctx.controls.has('date')) return nothing;
  const today = dayKey(ctx.now);
  return html`<fieldset class="dates">
    <legend>${t('filters.dates')}</legend>
    <label class="field"
      ><span>${t('filters.from')}</span>
      <input
        type="date"
        name="from"
        min=${today}
        .value=${filters.from}
        @change=${(event: Event) => filters.set({ from: value(event) })}
    /></label>
    <label class="field"
      ><span>${t('filters.to')}</span>
      <input
        type="date"
        name="to"
        min=${filters.from || today}
        .value=${filters.to}
        @change=${(event: Event) => filters.set({ to: value(event) })}
    /></label>
  </fieldset>`;
}

/** The filters the editor chose to show, with a reset button while any is set. */
export function filterForm(ctx: FilterFormContext): TemplateResult {
  const { filters, t } = ctx;
  const { topics, branches } = filters.choices();
  return html`<form class="filters" part="filters" aria-label=${t('filters.label')} @submit=${prevent}>
    ${topicChips(ctx, topics)}
    <div class="fields">
      ${branchSelect(ctx, branches)} ${dateFields(ctx)}
      ${
        ctx.controls.has('search')
          ? html`<label class="field search"
              ><span>${t('filters.search')}</span>
              <input
                type="search"
                name="q"
                autocomplete="off"
                .value=${filters.query}
                @input=${(event: Event) => filters.set({ query: value(event) })}
            /></label>`
          : nothing
      }
    </div>
    ${
      filters.active
        ? html`<button type="button" class="button secondary reset" @click=${() => filters.reset()}>
            ${t('filters.reset')}
          </button>`
        : nothing
    }
  </form>`;
}
