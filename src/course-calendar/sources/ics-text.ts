/*
 * The text layer of the iCalendar reader: cuts a file into its top-level components before ical.js sees any of it,
 * so one bad event costs that event (or one property of it) and never the file, a large file is parsed in slices,
 * and the habits of real writers are repaired first. Each repair names its writer:
 * - blank lines inside a file (old Mozilla Calendar wrote every property as "NAME", blank line, folded value) are
 *   dropped before unfolding, as python icalendar does; RFC 5545 3.1 has no blank lines at all;
 * - several `VCALENDAR`s in one file are read as one calendar;
 * - an empty `RRULE:`/`RDATE:`/`EXDATE:` (Calendar Labs' holiday calendars) is dropped: it adds or removes nothing;
 * - a date value without `VALUE=DATE` (`DTSTART:20190101`, same writer) gets it, as RFC 5545 3.3.4 spells a date;
 * - empty members of a rule's lists (`BYMONTH=1,2,11,`) are dropped;
 * - a rule with a part RFC 5545 3.3.10 does not define (`UNTL=…`, or escaped `\;` inside the rule) is not guessed
 *   at: the event is skipped and counted ('unreadable'). Shown once at its DTSTART it would pass for a one-off
 *   course, and expanded without its end it would never stop.
 */

/** One top-level component: its name, its unfolded lines (BEGIN and END included), its position among VEVENTs. */
export interface Block {
  name: string;
  lines: string[];
  /** For a VEVENT: its position among the file's VEVENTs, for `problems`. */
  index: number;
}

export interface SplitFile {
  /** Calendar-level property lines (X-WR-TIMEZONE …). */
  header: string[];
  blocks: Block[];
}

/**
 * Unfolds the file's lines one by one (a line that starts with a space or tab continues the one before; blank lines
 * in between are dropped), handing each logical line to `take`. Works through the text with `indexOf`, without
 * copying it whole, and calls `tick` every few thousand lines so a file of several megabytes is read in slices.
 */
async function eachLine(text: string, take: (line: string) => void, tick: () => Promise<void>): Promise<void> {
  let current: string | undefined;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let n = 0; at <= text.length; n += 1) {
    if ((n & 2047) === 2047) await tick();
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let line = text.slice(at, end);
    at = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (!line.trim()) continue;
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && current !== undefined) current += line.slice(1);
    else {
      if (current !== undefined) take(current);
      current = line;
    }
  }
  if (current !== undefined) take(current);
}

/** Unfolds and splits a file into the top-level components of its VCALENDAR(s), in slices. */
export async function splitIcs(text: string, tick: () => Promise<void>): Promise<SplitFile> {
  const header: string[] = [];
  const blocks: Block[] = [];
  let depth = 0;
  let events = 0;
  await eachLine(
    text,
    (raw) => {
      const line = raw.trimEnd();
      // Only a line starting with B or E can open or close a component: skip the regular expressions otherwise.
      const letter = line.trimStart().charAt(0).toUpperCase();
      const begin = letter === 'B' ? /^\s*BEGIN:(.+)$/iu.exec(line) : null;
      const end = letter === 'E' && /^\s*END:/iu.test(line);
      if (depth === 0) {
        if (begin) depth = 1;
        return;
      }
      if (depth === 1 && begin) {
        const name = begin[1].trim().toUpperCase();
        blocks.push({ name, lines: [], index: name === 'VEVENT' ? events++ : -1 });
      }
      if (depth >= 2 || begin) blocks.at(-1)?.lines.push(line);
      else if (!end) header.push(line);
      if (begin) depth += 1;
      if (end) depth -= 1;
    },
    tick,
  );
  return { header, blocks };
}

const RULE_PARTS = new Set([
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
  'RSCALE',
  'SKIP',
]);
const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'DUE', 'RDATE', 'EXDATE', 'RECURRENCE-ID']);
const RECURRENCE = new Set(['RRULE', 'EXRULE', 'RDATE', 'EXDATE']);

/** Name, parameters (with their leading `;`) and value of a content line; quoted parameter values may hold `:`. */
export function contentLine(line: string): { name: string; params: string; value: string } | undefined {
  const match = /^([A-Za-z0-9-]+)((?:;[^:;"]*=(?:"[^"]*"|[^:;"]*)(?:,(?:"[^"]*"|[^:;,"]*))*)*):(.*)$/u.exec(line);
  return match ? { name: match[1].toUpperCase(), params: match[2], value: match[3] } : undefined;
}

/** A rule's text with empty list members removed, or `undefined` when it has a part RFC 5545 does not define. */
function repairRule(value: string): string | undefined {
  const parts = value
    .split(';')
    .filter(Boolean)
    .map((part) => {
      const [key = '', list = ''] = part.split('=');
      return { key: key.trim().toUpperCase(), list: list.split(',').filter((item) => item.trim()) };
    });
  if (!parts.length || parts.some((part) => !RULE_PARTS.has(part.key) || !part.list.length)) return undefined;
  return parts.map((part) => `${part.key}=${part.list.join(',')}`).join(';');
}

/**
 * The VEVENT's lines with the repairs above. `badRule` is true when a rule cannot be read as RFC 5545 writes it
 * (the event is then skipped).
 */
export function repairEvent(lines: readonly string[]): { lines: string[]; badRule: boolean } {
  const out: string[] = [];
  let badRule = false;
  let depth = 0;
  for (const line of lines) {
    if (/^BEGIN:/iu.test(line)) depth += 1;
    const parsed = depth === 1 ? contentLine(line) : undefined;
    if (/^END:/iu.test(line)) depth -= 1;
    if (!parsed) {
      out.push(line);
      continue;
    }
    const { name, params, value } = parsed;
    if (RECURRENCE.has(name) && !value.trim()) continue;
    if (name === 'RRULE' || name === 'EXRULE') {
      const rule = repairRule(value);
      if (rule === undefined) badRule = true;
      else out.push(`${name}${params}:${rule}`);
      continue;
    }
    if (DATE_PROPERTIES.has(name) && !/;VALUE=/iu.test(params) && /^\d{8}(,\d{8})*$/u.test(value.trim())) {
      out.push(`${name}${params};VALUE=DATE:${value.trim()}`);
      continue;
    }
    out.push(line);
  }
  return { lines: out, badRule };
}

/** Whether a content line is a rule (without which the event cannot be read). */
export const isRuleLine = (line: string): boolean => /^(?:RRULE|EXRULE)$/u.test(contentLine(line)?.name ?? '');
