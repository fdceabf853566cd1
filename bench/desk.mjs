// The desktop page every measured run of the bench opens (the host-page part emulates a phone instead): a fresh
// page, 1280×900, in Copenhagen's time zone, with every page error, and with `consoleErrors` every console error,
// collected in `problems` for the run to fail on.
export async function deskPage(browser, { consoleErrors = false } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  if (consoleErrors)
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateTimezone('Europe/Copenhagen');
  return { page, problems };
}
