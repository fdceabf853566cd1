import { expect } from '@open-wc/testing';
import {
  addMonths,
  clampDay,
  clampMonth,
  countByDay,
  countInMonth,
  isoWeek,
  monthWeeks,
  moveKey,
} from '../../src/course-calendar/month.js';
import { course } from './extra-helpers.js';

describe('month maths', () => {
  it('lays March 2026 out in Monday-first weeks with ISO week numbers', () => {
    const weeks = monthWeeks({ year: 2026, month: 3 });
    // 1 March 2026 is a Sunday, 31 March a Tuesday: six rows, from 23 February to 5 April.
    expect(weeks).to.have.length(6);
    expect(weeks.map((week) => week.week)).to.deep.equal([9, 10, 11, 12, 13, 14]);
    expect(weeks[0].days[0]).to.deep.include({ key: '2026-02-23', inMonth: false, weekday: 0 });
    expect(weeks[0].days[6]).to.deep.include({ key: '2026-03-01', inMonth: true, weekday: 6, day: 1 });
    expect(weeks[5].days[6]).to.deep.include({ key: '2026-04-05', inMonth: false });
    expect(weeks.flatMap((week) => week.days).filter((day) => day.inMonth)).to.have.length(31);
  });

  it('numbers weeks by ISO 8601 at the turn of the year', () => {
    expect(isoWeek('2026-01-01')).to.equal(1);
    expect(isoWeek('2027-01-01')).to.equal(53);
    expect(isoWeek('2025-12-29')).to.equal(1);
    expect(isoWeek('2026-12-31')).to.equal(53);
  });

  it('counts sessions on their Copenhagen day, also late in the evening UTC', () => {
    const counts = countByDay([
      course({ id: 'a', start: '2026-03-03T10:00:00+01:00' }),
      course({ id: 'b', start: '2026-03-03T17:00:00+01:00' }),
      // 23.30 UTC on 3 March is 00.30 on 4 March in Copenhagen.
      course({ id: 'c', start: '2026-03-03T23:30:00Z' }),
      course({ id: 'd', start: '2026-04-01T10:00:00+02:00' }),
    ]);
    expect([...counts]).to.deep.equal([
      ['2026-03-03', 2],
      ['2026-03-04', 1],
      ['2026-04-01', 1],
    ]);
    expect(countInMonth(counts, { year: 2026, month: 3 })).to.equal(3);
    const weeks = monthWeeks({ year: 2026, month: 3 }, counts);
    expect(weeks[1].days[1]).to.deep.include({ key: '2026-03-03', count: 2 });
  });

  it('moves by day, week, week ends and months, keeping the day within the month', () => {
    expect(moveKey('2026-03-31', 'right')).to.equal('2026-04-01');
    expect(moveKey('2026-03-01', 'left')).to.equal('2026-02-28');
    expect(moveKey('2026-03-03', 'up')).to.equal('2026-02-24');
    expect(moveKey('2026-03-03', 'down')).to.equal('2026-03-10');
    expect(moveKey('2026-03-04', 'home')).to.equal('2026-03-02');
    expect(moveKey('2026-03-04', 'end')).to.equal('2026-03-08');
    expect(moveKey('2026-03-31', 'pageDown')).to.equal('2026-04-30');
    expect(moveKey('2026-03-31', 'pageUp')).to.equal('2026-02-28');
    expect(moveKey('2024-03-31', 'pageUp')).to.equal('2024-02-29');
  });

  it('steps and clamps months across years', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).to.deep.equal({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).to.deep.equal({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 3 }, -15)).to.deep.equal({ year: 2024, month: 12 });
    const min = { year: 2026, month: 2 };
    const max = { year: 2026, month: 6 };
    expect(clampMonth({ year: 2026, month: 1 }, min, max)).to.deep.equal(min);
    expect(clampMonth({ year: 2027, month: 1 }, min, max)).to.deep.equal(max);
    expect(clampMonth({ year: 2026, month: 4 }, min, max)).to.deep.equal({ year: 2026, month: 4 });
    expect(clampDay('2026-01-31', { year: 2026, month: 2 })).to.equal('2026-02-28');
  });
});
