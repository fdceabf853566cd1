// `executeServerCommand('emulate-contrast', { forcedColors, contrast })` in a test (test/forced-colors/): emulates the
// media features `forced-colors` ('active' or 'none') and `prefers-contrast` ('more' or 'no-preference') in the
// test's page, as Windows' contrast themes and the "increase contrast" settings do. @web/test-runner-commands'
// emulateMedia passes neither on to Puppeteer, so this does. Chromium (Chrome DevTools Protocol) emulates both and
// then really draws the page in forced colours; Firefox under WebDriver BiDi and WebKit under WebDriver cannot
// emulate them: the command answers `false` there.
export const emulateContrastPlugin = {
  name: 'emulate-contrast',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-contrast') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    const page = session.browser.getPage(session.id);
    try {
      await page.emulateMediaFeatures([
        { name: 'forced-colors', value: payload?.forcedColors ?? 'none' },
        { name: 'prefers-contrast', value: payload?.contrast ?? 'no-preference' },
      ]);
      return true;
    } catch {
      return false;
    }
  },
};
