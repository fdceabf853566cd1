import type { StorybookConfig } from '@storybook/web-components-vite';
import { writePseudoLocales } from '../scripts/pseudo-locales.mjs';

// The pseudo-locales of the language toolbar (preview.ts), generated from English: never part of a build.
writePseudoLocales();

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Each widget's generated docs page (autodocs) is named in the sidebar's language.
  docs: { defaultName: 'Dokumentation' },
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No request may leave the machine: no telemetry, no "what's new" feed.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  staticDirs: [{ from: '../demo/data', to: '/data' }],
};
export default config;
