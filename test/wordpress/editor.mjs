/* global wp */
// The block editor as a Danish administrator sees it: the three blocks registered with Danish titles, a guide
// block's sidebar offering the guide registry's titles, and its live preview turning into the widget.
import { readFileSync } from 'node:fs';

const title = (id) => JSON.parse(readFileSync(`locales/da/guides/${id}.json`, 'utf8')).title;

/** Finds the previewed element in the editor, inside the editor's iframe when WordPress uses one. */
function previewText() {
  const frame = document.querySelector('iframe[name="editor-canvas"]');
  const roots = [document, frame?.contentDocument].filter(Boolean);
  for (const root of roots) {
    const el = root.querySelector('.wp-block mb-guide-card');
    if (el?.matches(':defined') && el.shadowRoot) return el.shadowRoot.textContent;
  }
  return '';
}

export async function testEditor({ base, password, openPage, check }) {
  const { page, problems } = await openPage(`${base}/wp-login.php`, base);
  await page.setViewport({ width: 1400, height: 1000 });
  // Filled in directly, not typed: wp-login.php focuses and selects the user name field a moment after it loads, and
  // when that lands while the password is being typed the rest of the password replaces the user name.
  await page.waitForSelector('#user_pass');
  await page.evaluate(
    (user, pass) => {
      document.querySelector('#user_login').value = user;
      document.querySelector('#user_pass').value = pass;
    },
    'admin',
    password,
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  await page.goto(`${base}/wp-admin/post-new.php`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('medborger/guide-card'), { timeout: 30_000 });
  const titles = await page.evaluate(() =>
    ['course-calendar', 'guide-card', 'model-explainer'].map(
      (name) => wp.blocks.getBlockType(`medborger/${name}`).title,
    ),
  );
  check(
    'editor: the three blocks have their Danish titles',
    titles.join('|') === 'Kursuskalender|Borger.dk-vejledning|Samarbejdsmodeller',
    titles.join('|'),
  );
  await page.evaluate(() => {
    const created = wp.blocks.createBlock('medborger/guide-card', { guide: 'mitid' });
    wp.data.dispatch('core/block-editor').insertBlocks(created);
    wp.data.dispatch('core/block-editor').selectBlock(created.clientId);
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const expected = title('mitid');
  const shown = await page
    .waitForFunction(
      (text, find) => new Function(`return (${find})()`)().includes(text),
      { timeout: 20_000 },
      expected,
      previewText.toString(),
    )
    .then(() => true)
    .catch(() => false);
  check(`editor: the live preview shows the widget ("${expected}")`, shown);
  const sidebar = await page
    .waitForFunction(
      () => {
        const panel = document.querySelector('.block-editor-block-inspector');
        const labels = [...(panel?.querySelectorAll('label') ?? [])].map((label) => label.textContent.trim());
        const options = [...(panel?.querySelectorAll('select option') ?? [])].map((option) =>
          option.textContent.trim(),
        );
        return labels.includes('Vejledning') && labels.includes('Variant') ? { labels, options } : false;
      },
      { timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => undefined);
  const guides = ['mitid', 'digital-post', 'passport'].map(title);
  check(
    'editor: the sidebar has Danish controls and the guide list from the registry',
    sidebar && guides.every((text) => sidebar.options.includes(text)),
    JSON.stringify(sidebar),
  );
  const ours = problems.filter((problem) => /medborger/i.test(problem));
  check('editor: no error from medborger in the editor', ours.length === 0, ours.join('; '));
  // Log out: the pages opened after this one are read as a visitor.
  const session = await page.createCDPSession();
  await session.send('Network.clearBrowserCookies');
  await page.close();
}
