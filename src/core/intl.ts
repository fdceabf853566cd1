/**
 * Intl objects, one per kind, locale and options, made when first asked for and then kept. Making one is slow (the
 * first a page makes loads the browser's locale data; each one after that still costs a millisecond or more on a
 * phone), and a list formats dates, times, prices and numbers for every row on every render.
 */
type IntlKind<T, O> = new (locale: string, options?: O) => T;

const made = new Map<string, unknown>();

export function intlFormat<T, O>(Kind: IntlKind<T, O>, locale: string, options?: O): T {
  const key = `${Kind.name} ${locale} ${JSON.stringify(options ?? {})}`;
  let format = made.get(key) as T | undefined;
  if (!format) {
    // Options may come from a feed (a currency code): a hostile one must not grow this without end.
    if (made.size > 500) made.clear();
    format = new Kind(locale, options);
    made.set(key, format);
  }
  return format;
}
