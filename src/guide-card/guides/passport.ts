// One built-in guide in both languages; the card imports this module only when a page shows this guide.
import da from '../../../locales/da/guides/passport.json' with { type: 'json' };
import en from '../../../locales/en/guides/passport.json' with { type: 'json' };

export default { da, en };
