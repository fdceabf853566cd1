// WordPress without the plugin (after it was deleted): what the README says an editor can do then. An
// Administrator's pasted embed code works; an Author's loses the script and the element; the classic editor's
// wpautop puts <br> inside an element that spans lines.
import { cpSync } from 'node:fs';
import { snippetFor } from '../../demo/builder.js';

const html = (markup) => `<!-- wp:html -->\n${markup}\n<!-- /wp:html -->`;

export async function testWithoutPlugin({ base, content, users, rest, openPage, check, guideTitle }) {
  // The drop-in hosted as a site might host it: uploaded files on the same site.
  cpSync('dist/medborger.js', `${content}/uploads/medborger/medborger.js`);
  cpSync('dist/medborger.css', `${content}/uploads/medborger/medborger.css`);
  cpSync('dist/chunks', `${content}/uploads/medborger/chunks`, { recursive: true });
  const snippet = snippetFor({
    tag: 'mb-guide-card',
    values: { guide: 'mitid' },
    scriptUrl: `${base}/wp-content/uploads/medborger/medborger.js`,
  });

  const admin = await rest(users.admin, '/wp/v2/posts', {
    title: 'Uden plugin (admin)',
    content: html(snippet),
    status: 'publish',
  });
  const { page, problems } = await openPage(admin.link, base);
  const shown = await page
    .waitForFunction(
      (text) => document.querySelector('mb-guide-card')?.shadowRoot?.textContent.includes(text),
      { timeout: 15_000 },
      guideTitle('mitid'),
    )
    .then(() => true)
    .catch(() => false);
  check(
    "without the plugin: an Administrator's pasted embed code shows the widget",
    shown && !problems.length,
    problems.join('; '),
  );
  await page.close();

  const author = await rest(users.author, '/wp/v2/posts', {
    title: 'Uden plugin (forfatter)',
    content: html(snippet),
    status: 'publish',
  });
  const saved = await rest(users.author, `/wp/v2/posts/${author.id}&context=edit`);
  check(
    "without the plugin: an Author's pasted embed code loses the script and the element",
    !/<script|<mb-guide-card/i.test(saved.content.raw),
    saved.content.raw,
  );

  const classic = await rest(users.admin, '/wp/v2/posts', {
    title: 'Uden plugin, klassisk (admin)',
    content: `${snippet.split('\n')[0]}\n\n<mb-guide-card guide="mitid">\nFå MitID.\n\nSpørg på biblioteket.\n</mb-guide-card>`,
    status: 'publish',
  });
  const { page: classicPage } = await openPage(classic.link, base);
  const inside = await classicPage.evaluate(() =>
    Boolean(document.querySelector('mb-guide-card')?.querySelector('p, br')),
  );
  check('without the plugin: wpautop puts <p> or <br> inside an element that spans lines', inside);
  await classicPage.close();
}
