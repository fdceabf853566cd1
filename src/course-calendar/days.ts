/*
 * Copenhagen ISO strings and day keys for many instants at once (readers, the filter index). Kept apart from the
 * readers so the element can use them without loading every reader up front.
 */
import { copenhagenOffset } from '../core/time.js';

/*
 * Copenhagen's offset changes at most once a day (on the hour, 01.00 UTC on the changeover Sundays), so it is looked
 * up once per UTC day, and per hour only on a day whose two ends differ. Asking Intl for every field of every record
 * made a 10,000-record feed take seconds.
 */
const offsets = new Map<number, number>();
function lookUp(key: number, at: number): number {
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = copenhagenOffset(new Date(at));
    offsets.set(key, offset);
  }
  return offset;
}
function offsetAt(ms: number): number {
  const day = Math.floor(ms / 86_400_000);
  const first = lookUp(day * 2, day * 86_400_000);
  const last = lookUp(day * 2 + 1, (day + 1) * 86_400_000 - 1000);
  if (first === last) return first;
  const hour = Math.floor(ms / 3_600_000);
  return lookUp(-1 - hour, hour * 3_600_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date-time with Copenhagen's offset at that instant: "2026-03-03T10:00:00+01:00". */
export function toCopenhagenIso(date: Date): string {
  const ms = Math.floor(date.getTime() / 1000) * 1000;
  const offset = offsetAt(ms);
  const wall = new Date(ms + offset * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** `YYYY-MM-DD` of the Copenhagen day of an instant; the cached twin of core's `dayKey`. */
export function copenhagenDay(ms: number): string {
  const wall = new Date(ms + offsetAt(ms) * 60_000);
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}
