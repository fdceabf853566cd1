/*
 * Build-time typing of our translation keys. It lives in a .d.ts that is not shipped, so an application that uses
 * i18next with its own CustomTypeOptions never sees ours.
 */
import 'i18next';
import type { resources } from '../core/resources.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['da'];
  }
}
