import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { contrast, formatRatio, parseColour } from './support/contrast.js';
import { storyStrings } from './support/story-strings.js';
import { TOKENS, type Token } from './support/token-source.js';

/*
 * The design tokens page: every `--mb-*` token read from the source (support/token-source.ts), its value, a swatch
 * or specimen, where it is used, and for colours the contrast against white and the two surface colours, computed.
 */
const valueOf = (name: string) => TOKENS.find((token) => token.name === name)?.value ?? '#ffffff';

function specimen(token: Token) {
  const { name, value } = token;
  const box = 'display:inline-block;border:1px solid #8e8e8e;vertical-align:middle';
  if (parseColour(value))
    return html`<span style="${box};inline-size:2.5rem;block-size:1.5rem;background:${value}"></span>`;
  if (/radius/u.test(name))
    return html`<span
      style="${box};inline-size:3rem;block-size:2rem;border-radius:${value};background:#f5f5f5"
    ></span>`;
  if (/font-family/u.test(name)) return html`<span style="font-family:${value}">Aa Æø Å 123</span>`;
  if (/font-size/u.test(name)) return html`<span style="font-size:${value}">Aa</span>`;
  if (/^[\d.]+(em|rem|px)$/u.test(value))
    return html`<span style="${box};inline-size:min(${value},12rem);block-size:0.75rem;background:#5c5c5c"></span>`;
  return nothing;
}

function ratio(value: string, against: string, locale: string, none: string) {
  const measured = contrast(value, against);
  return measured === undefined ? none : formatRatio(measured, locale);
}

function usedIn(token: Token, t: ReturnType<typeof storyStrings>) {
  const widgets = token.usedIn
    .filter((place) => place !== 'core')
    .map((place) => t.widgets[place as keyof typeof t.widgets] ?? place);
  return token.usedIn.includes('core') ? [t.everyWidget, ...widgets].join(', ') : widgets.join(', ');
}

function tokensTable(locale: string) {
  const t = storyStrings(locale);
  const surface = valueOf('--mb-color-surface');
  const surfaceAlt = valueOf('--mb-color-surface-alt');
  return html`<div lang=${locale === 'da' ? 'da' : 'en'} style="font-family:system-ui,sans-serif;color:#1a1a1a">
    <p style="max-inline-size:60rem">${t.tokensIntro}</p>
    <div style="overflow-x:auto" tabindex="0" role="region" aria-label=${t.tokensCaption}>
      <table style="border-collapse:collapse;font-size:0.875rem">
        <caption style="text-align:start;font-weight:bold;padding-block:0.5rem">
          ${t.tokensCaption}
        </caption>
        <thead>
          <tr>
            ${[t.token, t.value, t.specimen, t.vsWhite, t.vsSurface, t.vsSurfaceAlt, t.usedIn, t.description].map(
              (heading) =>
                html`<th scope="col" style="text-align:start;padding:0.375rem;border-block-end:2px solid #8e8e8e">
                  ${heading}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${TOKENS.map(
            (token) =>
              html`<tr style="border-block-end:1px solid #d0d0d0;vertical-align:top">
                <th scope="row" style="text-align:start;padding:0.375rem"><code>${token.name}</code></th>
                <td style="padding:0.375rem">
                  <code>${token.value}</code>${
                    token.code !== token.value ? html`<br /><small><code>${token.code}</code></small>` : nothing
                  }
                </td>
                <td style="padding:0.375rem">${specimen(token)}</td>
                <td style="padding:0.375rem">${ratio(token.value, '#ffffff', locale, t.notColour)}</td>
                <td style="padding:0.375rem">${ratio(token.value, surface, locale, t.notColour)}</td>
                <td style="padding:0.375rem">${ratio(token.value, surfaceAlt, locale, t.notColour)}</td>
                <td style="padding:0.375rem">${usedIn(token, t)}</td>
                <td style="padding:0.375rem;min-inline-size:16rem" lang="en">${token.description}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

const meta: Meta = {
  title: 'Design/Designtokens',
  parameters: { layout: 'padded', controls: { disable: true } },
};
export default meta;

/** Every token, its default, a specimen, where it is used and its contrast; in the toolbar's language. */
export const AllTokens: StoryObj = {
  name: 'Alle tokens',
  render: (_, { globals }) => tokensTable(String(globals['locale'] ?? 'da')),
};
