// Types of scripts/pseudo-locales.mjs, for .storybook/main.ts.
export const PSEUDO_DIR: string;
export function accented(text: string): string;
export function mirrored(text: string): string;
export function writePseudoLocales(): string[];
