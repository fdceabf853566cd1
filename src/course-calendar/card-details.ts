/*
 * An open course's details as pure template functions: description, facts, sign-up, what to bring, programme,
 * links and "Tilføj til kalender". A lazy chunk: nothing here is needed until a citizen opens a course, and the card
 * controller loads it as soon as courses show, so it is there by the time one is opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../core/heading.js';
import type { CardContext } from './card.js';
import type { IndexedEvent } from './filter.js';
import { addressLine, clock, dayHeading, htmlToText, looksLikeHtml, placeLine } from './format.js';
import type { CourseEvent } from './model.js';
export { SanitizedBodies } from './sanitize.js';
import { languageName } from '../core/languages.js';
import { signupBlock } from './signup.js';
import { dayAndTime, priceText, seatsLine, seriesLine, statusWord, tierPrice, topicLabel, whenText } from './text.js';

/** Headings inside a course's details sit below the course title (compact: at the widget's own level). */
function subHeading(text: string, compact: boolean, ctx: CardContext): TemplateResult {
  return heading(compact ? ctx.level : ctx.level + 2, text, { className: 'sub' });
}

/** An open course: description, facts as a description list, sign-up, what to bring, programme, links. */
export function courseDetails(
  item: IndexedEvent,
  series: string | undefined,
  compact: boolean,
  ctx: CardContext,
): TemplateResult {
  const { t } = ctx;
  const event = item.event;
  return html`
    ${event.teaser ? html`<p class="teaser">${event.teaser}</p>` : nothing} ${description(event, ctx)}
    <dl>${facts(item, series, ctx)}</dl>
    ${signupTemplate(event, compact, ctx)}
    ${
      event.bring?.length
        ? html`${subHeading(t('details.bring'), compact, ctx)}
            <ul>
              ${event.bring.map((thing) => html`<li>${thing}</li>`)}
            </ul>`
        : nothing
    }
    ${event.programme?.length ? programme(event, compact, ctx) : nothing}
    ${
      event.pageUrl
        ? html`<p><a href=${event.pageUrl}>${t('details.moreInfo', { title: event.title })}</a></p>`
        : nothing
    }
    ${exportTemplate(event, ctx)}
  `;
}

/** The long description: sanitised HTML once the sanitiser has run, plain text until then. */
function description(event: CourseEvent, ctx: CardContext): unknown {
  const body = event.bodyHtml;
  if (!body) return nothing;
  if (!looksLikeHtml(body)) return html`<p class="body">${body}</p>`;
  const fragment = ctx.body(event);
  return fragment
    ? html`<div class="body">${fragment.cloneNode(true)}</div>`
    : html`<p class="body">${htmlToText(body)}</p>`;
}

const term = (label: string, value: unknown) =>
  value
    ? html`<dt>${label}</dt>
        <dd>${value}</dd>`
    : nothing;

function facts(item: IndexedEvent, series: string | undefined, ctx: CardContext): unknown[] {
  const { t, lang } = ctx;
  const event = item.event;
  const place = placeLine(event.place);
  const online = event.mode !== 'inPerson';
  const topics = ctx.topics.filter((topic) => item.topics.includes(topic.id));
  return [
    term(
      t('details.when'),
      html`${dayHeading(new Date(event.start), lang)},
      ${whenText(event, false, ctx)}${series ? html`<br />${series}` : nothing}`,
    ),
    term(
      t('details.where'),
      place || online
        ? html`${place ?? ''}${place && online ? html`<br />` : nothing}${
            event.mode !== 'inPerson' ? t(event.mode) : nothing
          }${event.onlineUrl ? html`<br /><a href=${event.onlineUrl}>${t('details.onlineLink')}</a>` : nothing}`
        : undefined,
    ),
    term(t('details.address'), addressLine(event.place)),
    term(t('details.accessibility'), event.place?.accessibility),
    term(t('details.audience'), event.audiences.join(', ')),
    term(t('details.level'), event.level),
    term(t('details.language'), event.languages.map((code) => languageName(code, lang)).join(', ')),
    term(t('details.price'), priceTemplate(event, ctx)),
    term(t('details.seats'), seatsLine(event, ctx.now, ctx)),
    term(t('details.presenters'), event.presenters.join(', ')),
    term(t('details.partners'), event.partners.join(', ')),
    term(t('details.topics'), topics.map((topic) => topicLabel(topic, ctx)).join(', ')),
  ];
}

/** The price, tier by tier where the feed has tiers. */
function priceTemplate(event: CourseEvent, ctx: CardContext): unknown {
  const tiers = event.price?.tiers;
  if (!tiers?.length) return priceText(event, ctx);
  return html`<ul class="plain">
    ${tiers.map((tier) => {
      const amount = tierPrice(tier.amountMinor, tier.currency, ctx);
      return html`<li>${tier.label ? ctx.t('price.tier', { label: tier.label, price: amount }) : amount}</li>`;
    })}
  </ul>`;
}

function programme(event: CourseEvent, compact: boolean, ctx: CardContext): TemplateResult {
  const { t, lang } = ctx;
  return html`${subHeading(t('details.programme'), compact, ctx)}
    <ol class="programme" role="list">
      ${(event.programme ?? []).map((talk) => {
        const to = talk.end ? new Date(talk.end) : undefined;
        return html`<li>
          <time datetime=${talk.start}>${clock(new Date(talk.start), lang)}${to ? `–${clock(to, lang)}` : ''}</time>
          <span
            >${talk.title}${
              talk.speaker
                ? html`<span class="speaker">${` ${t('details.speaker', { speaker: talk.speaker })}`}</span>`
                : nothing
            }</span
          >
        </li>`;
      })}
    </ol>`;
}

/** How to sign up: online, by phone, by e-mail, at the desk; when sign-up opens and closes. */
export function signupTemplate(
  event: CourseEvent,
  compact: boolean,
  ctx: CardContext,
): TemplateResult | typeof nothing {
  const { t } = ctx;
  const signup = event.signup;
  if (!signup) return nothing;
  const opens = dayAndTime(signup.opensAt, ctx);
  const block = signupBlock(event);
  if (block) {
    // Nobody can sign up: like DPL's own event page, the state's name stands where the ways to sign up would.
    return html`${subHeading(t('details.signupState'), compact, ctx)}
      <p class="signup-state">
        ${opens && block === 'signupNotOpen' ? t('signup.opens', { when: opens }) : statusWord(event, ctx)}
      </p>`;
  }
  const closes = dayAndTime(signup.closesAt, ctx);
  const ways: TemplateResult[] = [];
  if (signup.required === false) ways.push(html`${t('signup.notNeeded')}`);
  if (signup.url)
    ways.push(
      html`<a href=${signup.url}>${t('signup.online')}<span class="visually-hidden">: ${event.title}</span></a>`,
    );
  if (signup.phone)
    ways.push(
      html`<a href=${`tel:${signup.phone.replace(/[^\d+]/gu, '')}`}>${t('signup.phone', { phone: signup.phone })}</a>`,
    );
  if (signup.email)
    ways.push(html`<a href=${`mailto:${signup.email}`}>${t('signup.email', { email: signup.email })}</a>`);
  if (signup.atDesk) ways.push(html`${t('signup.desk')}`);
  if (!ways.length && !closes) return nothing;
  // "You sign up for every session at once" only where the card shows the sessions as one series.
  const wholeSeries = signup.coversWholeSeries && seriesLine(event, ctx.series, ctx);
  return html`${subHeading(t('details.signup'), compact, ctx)}
    <ul class="signup">
      ${ways.map((way) => html`<li>${way}</li>`)}
    </ul>
    ${closes ? html`<p>${t('signup.closes', { when: closes })}</p>` : nothing}
    ${wholeSeries ? html`<p>${t('signup.wholeSeries')}</p>` : nothing}`;
}

/**
 * "Tilføj til kalender": the button says "Tilføj til din kalender (.ics)", its name adds the course. A course whose
 * every session is cancelled has none (nobody wants a cancelled course in their calendar); a series with one
 * cancelled session keeps it, and the file marks that session STATUS:CANCELLED.
 */
export function exportTemplate(event: CourseEvent, ctx: CardContext): TemplateResult | typeof nothing {
  const sessions = (event.seriesKey && ctx.series.get(event.seriesKey)) || [event];
  if (sessions.every((session) => session.status === 'cancelled')) return nothing;
  const [before = '', after = ''] = ctx.t('export.action', { title: '\u0000' }).split('\u0000');
  return html`<p class="export">
      <button type="button" class="button secondary" part="export" @click=${() => ctx.exportCourse(event)}>
        ${before}<span class="visually-hidden">${event.title}</span>${after}
      </button>
    </p>
    ${
      ctx.exportFailed === event.key
        ? html`<p class="message error" part="message" role="alert">${ctx.t('common:errors.network')}</p>`
        : nothing
    }`;
}
