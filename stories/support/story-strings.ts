/*
 * The words of the story-only pages (design tokens, theme playground): Storybook's own pages, not a widget, so they
 * live here and not in locales/. Danish and English; any other toolbar language (the pseudo-locales) reads English.
 */
const da = {
  tokensCaption: 'Alle --mb-*-tokens, læst fra kildekoden',
  tokensIntro:
    'Hvert token er en CSS-egenskab, som siden kan sætte på et hvilket som helst element uden om en widget. ' +
    'Værdien er den, kildekoden bruger, når siden ikke sætter den. Kontrasten er beregnet efter WCAG 2.2.',
  token: 'Token',
  value: 'Standardværdi',
  specimen: 'Prøve',
  usedIn: 'Bruges i',
  description: 'Beskrivelse (fra kildekoden, på engelsk)',
  vsWhite: 'Kontrast mod hvid',
  vsSurface: 'mod --mb-color-surface',
  vsSurfaceAlt: 'mod --mb-color-surface-alt',
  notColour: '–',
  everyWidget: 'alle widgets',
  widgets: {
    'course-calendar': 'kursuskalenderen',
    'month-view': 'månedsvisningen',
    'guide-card': 'vejledningen',
    'model-explainer': 'samarbejdsmodellerne',
  },
  checksHeading: 'Kontrast i dette tema',
  checks: {
    primary: 'Primærfarven mod hvid (knapper, links og fokusring, når de ikke er sat selv)',
    onPrimary: 'Tekst på primærfarven (knapper, valgte emner og dage)',
    link: 'Links mod baggrunden',
    focus: 'Fokusringen mod baggrunden',
    text: 'Brødtekst mod baggrunden',
    textAlt: 'Brødtekst mod den grå baggrund (beskeder, faneblade)',
    muted: 'Sekundær tekst mod baggrunden',
  },
  meets: (ratio: string, needed: string) => `${ratio} – opfylder kravet på ${needed}.`,
  fails: (ratio: string, needed: string) => `${ratio} – opfylder ikke kravet på ${needed}.`,
  notAColour: 'Ikke en farve, som kan måles.',
  advice:
    'Er bibliotekets farve for lys, så sæt selv --mb-color-on-primary (mørk tekst), --mb-color-link og ' +
    '--mb-focus-color (en mørkere nuance).',
};

type Strings = typeof da;

const en: Strings = {
  tokensCaption: 'Every --mb-* token, read from the source',
  tokensIntro:
    'Each token is a CSS custom property a page may set on any element around a widget. The value is the one the ' +
    'code uses when the page sets none. Contrast is computed as WCAG 2.2 defines it.',
  token: 'Token',
  value: 'Default value',
  specimen: 'Specimen',
  usedIn: 'Used in',
  description: 'Description (from the source)',
  vsWhite: 'Contrast against white',
  vsSurface: 'against --mb-color-surface',
  vsSurfaceAlt: 'against --mb-color-surface-alt',
  notColour: '–',
  everyWidget: 'every widget',
  widgets: {
    'course-calendar': 'the course calendar',
    'month-view': 'the month view',
    'guide-card': 'the guide card',
    'model-explainer': 'the model explainer',
  },
  checksHeading: 'Contrast in this theme',
  checks: {
    primary: 'The primary colour against white (buttons; links and the focus ring unless set on their own)',
    onPrimary: 'Text on the primary colour (buttons, selected chips and days)',
    link: 'Links against the background',
    focus: 'The focus ring against the background',
    text: 'Body text against the background',
    textAlt: 'Body text against the grey background (messages, tabs)',
    muted: 'Secondary text against the background',
  },
  meets: (ratio: string, needed: string) => `${ratio}: meets the ${needed} requirement.`,
  fails: (ratio: string, needed: string) => `${ratio}: does not meet the ${needed} requirement.`,
  notAColour: 'Not a colour that can be measured.',
  advice:
    "If the library's colour is too light, set --mb-color-on-primary (dark text), --mb-color-link and " +
    '--mb-focus-color (a darker shade) yourself.',
};

/** The strings for the toolbar's language. */
export const storyStrings = (locale: string | undefined): Strings => (locale === 'da' ? da : en);
