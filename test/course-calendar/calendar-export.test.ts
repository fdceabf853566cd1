import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/course-calendar/define.js';
import { LANGUAGES } from '../../src/core/languages.js';
import type { MbCourseCalendar } from '../../src/course-calendar/course-calendar.js';
import { warmUpAndCleanUp } from './extra-helpers.js';

/* "Tilføj til kalender" in a course's details: the .ics file of the course, every session of its series. */
const NOW = '2026-03-02T09:00:00+01:00';
const DEMO = '/demo/data/courses.json';
const CAFE = 'IT-café: få hjælp til din telefon, tablet eller computer';

const $$ = (el: MbCourseCalendar, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();

interface ExportDetail {
  key: string;
  title: string;
  sessions: number;
  fileName: string;
}

interface PythonView {
  error?: string;
  exitCode: number;
  errors: string[];
  events: { uid: string; summary: string; dtstartTzid: string | null }[];
}

async function calendar(lang = 'da'): Promise<MbCourseCalendar> {
  const el = await fixture<MbCourseCalendar>(
    html`<mb-course-calendar lang=${lang} src=${DEMO} now=${NOW}></mb-course-calendar>`,
  );
  await waitUntil(() => $$(el, '.course-card').length > 0, 'no courses', { timeout: 8000 });
  await el.updateComplete; // the list is built a few courses per task: all of them
  return el;
}

/** Opens the first course with this title and returns its card. */
async function open(el: MbCourseCalendar, title: string): Promise<HTMLElement> {
  const card = $$(el, '.course-card').find((c) => words(c.querySelector('.title')) === title)!;
  expect(card, title).to.exist;
  card.querySelector<HTMLButtonElement>('button.toggle')!.click();
  await el.updateComplete;
  return card;
}

/** The button's accessible name: its text, the visually hidden title included. */
const exportButton = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('[part~="export"]');

/** Catches the download instead of letting the browser save it: the file's name and text. */
function catchDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  const createObjectURL = URL.createObjectURL.bind(URL);
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) files.push({ name: this.download, text: blob.text() });
    else click.call(this);
  };
  cleanups.push(() => {
    HTMLAnchorElement.prototype.click = click;
    URL.createObjectURL = createObjectURL;
  });
  return files;
}

const cleanups: (() => void)[] = [];

describe('<mb-course-calendar> "Tilføj til kalender"', () => {
  warmUpAndCleanUp(
    cleanups,
    () => import('../../src/course-calendar/sources/formats.js'),
    () => import('../../src/course-calendar/export-ics.js'),
    () => import('ical.js'),
  );

  describe('accessibility', function () {
    this.timeout(40_000);
    for (const lang of LANGUAGES) {
      it(`is accessible with a course opened on its calendar button (${lang})`, async () => {
        const el = await calendar(lang);
        await open(el, 'MitID – kom godt i gang');
        await expect(el).to.be.accessible();
      });
    }

    it('names the button after the course and what it gives (C16), its visible words inside that name', async () => {
      const el = await calendar();
      const button = exportButton(await open(el, 'MitID – kom godt i gang'))!;
      expect(words(button)).to.equal('Tilføj MitID – kom godt i gang til din kalender (.ics)');
      const hidden = button.querySelector('.visually-hidden')!;
      expect(words(hidden)).to.equal('MitID – kom godt i gang');
      expect(getComputedStyle(hidden).position, 'the title is for screen readers only').to.equal('absolute');
    });
  });

  describe('rendering', () => {
    it('shows the button only in opened details, and not for a cancelled course', async () => {
      const el = await calendar();
      expect($$(el, '[part~="export"]')).to.have.length(0);
      const cancelled = await open(el, 'borger.dk – sådan finder du rundt');
      expect(words(cancelled.querySelector('.status'))).to.equal('Aflyst');
      expect(exportButton(cancelled), 'nobody wants a cancelled course in their calendar').to.be.null;
      expect(exportButton(await open(el, 'Sikker på nettet – sådan undgår du svindel'))).to.exist;
    });
  });

  describe('events', () => {
    it('downloads every session of the series as one .ics file in Copenhagen time, and fires mb-course-export', async function () {
      this.timeout(20_000);
      const files = catchDownloads();
      const el = await calendar();
      const card = await open(el, CAFE);
      const exported = oneEvent<CustomEvent<ExportDetail>>(el, 'mb-course-export');
      exportButton(card)!.click();
      const { detail } = await exported;
      expect(detail).to.deep.equal({
        key: 'medborger:it-cafe-1',
        title: CAFE,
        sessions: 4,
        fileName: 'it-cafe-faa-hjaelp-til-din-telefon-tablet-eller-computer-2026-03-19.ics',
      });
      expect(files.map((file) => file.name)).to.deep.equal([detail.fileName]);
      const text = await files[0].text;

      const calendarData = new ICAL.Component(ICAL.parse(text) as unknown[]);
      const events = calendarData.getAllSubcomponents('vevent');
      expect(events.map((event) => event.getFirstPropertyValue('uid'))).to.deep.equal(
        [1, 2, 3, 4].map((n) => `medborger:it-cafe-${n}@medborger`),
      );
      expect(new Set(events.map((event) => event.getFirstPropertyValue('summary')))).to.deep.equal(new Set([CAFE]));
      expect(events.map((event) => event.getFirstProperty('dtstart')!.getParameter('tzid'))).to.deep.equal(
        Array(4).fill('Europe/Copenhagen'),
      );
      // 14.00 in Copenhagen on both sides of the spring change (26 March in winter time, 2 April in summer time).
      expect(events.map((event) => String(event.getFirstPropertyValue('dtstart')))).to.deep.equal([
        '2026-03-19T14:00:00',
        '2026-03-26T14:00:00',
        '2026-04-02T14:00:00',
        '2026-04-09T14:00:00',
      ]);
      expect(calendarData.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).to.equal(
        'Europe/Copenhagen',
      );

      // A second, independent parser (Python icalendar) reads the same file.
      const view = await executeServerCommand<PythonView, string>('validate-ics', text);
      expect(view.error, view.error).to.equal(undefined);
      expect(view.exitCode).to.equal(0);
      expect(view.errors).to.deep.equal([]);
      expect(view.events.map((event) => [event.uid, event.summary, event.dtstartTzid])).to.deep.equal(
        [1, 2, 3, 4].map((n) => [`medborger:it-cafe-${n}@medborger`, CAFE, 'Europe/Copenhagen']),
      );
    });
  });

  describe('keyboard', () => {
    it('reaches the button with Tab from the course and downloads with Enter', async () => {
      const files = catchDownloads();
      const el = await calendar();
      const card = await open(el, 'MitID – kom godt i gang');
      const button = exportButton(card)!;
      card.querySelector<HTMLButtonElement>('button.toggle')!.focus();
      for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== button; i += 1) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'Tab reaches the button').to.equal(button);
      const exported = oneEvent<CustomEvent<ExportDetail>>(el, 'mb-course-export');
      await sendKeys({ press: 'Enter' });
      expect((await exported).detail.sessions).to.equal(4);
      expect(files.map((file) => file.name)).to.deep.equal(['mitid-kom-godt-i-gang-2026-03-03.ics']);
    });
  });

  describe('language', () => {
    it('speaks English: the button and the file', async () => {
      const files = catchDownloads();
      const el = await calendar('en');
      const button = exportButton(await open(el, 'MitID – kom godt i gang'))!;
      expect(words(button)).to.equal('Add MitID – kom godt i gang to your calendar (.ics)');
      const exported = oneEvent(el, 'mb-course-export');
      button.click();
      await exported;
      expect(await files[0].text).to.contain('PRODID:-//medborger//mb-course-calendar//EN');
    });
  });
});
