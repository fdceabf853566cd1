import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CourseEvent } from './model.js';
import type { CalendarT } from './text.js';

type PrintModule = typeof import('./print.js');
let loadingPrint: Promise<PrintModule> | undefined;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The calendar's print sheet: the "Udskriv kursusoversigt" button prints the courses the filters show as an A4
 * notice-board sheet in large type, with a QR code to each course's sign-up or page. The sheet's code and the QR
 * library load on the first click; the sheet renders beside the screen view (print styles show only the sheet on
 * paper) and goes again on `afterprint`.
 */
export class PrintController implements ReactiveController {
  /** The sheet being printed, while it is. */
  printing?: { events: readonly CourseEvent[]; qr: ReadonlyMap<string, string>; module: PrintModule };
  /** The sheet's code could not be loaded (a message shows by the button). */
  failed = false;

  /** @param needStrings asks for the sheet's strings (the extra namespace) in the page's language. */
  constructor(
    private readonly host: Host,
    private readonly needStrings: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.afterPrint();
  }

  async print(events: readonly CourseEvent[]): Promise<void> {
    this.failed = false;
    this.host.requestUpdate();
    try {
      const module = await (loadingPrint ??= import('./print.js'));
      this.needStrings();
      await module.printCourses(events, async (qr) => {
        window.addEventListener('afterprint', this.afterPrint);
        module.adoptPrintStyles(this.host.shadowRoot, true);
        this.printing = { events, qr, module };
        this.host.requestUpdate();
        await this.host.updateComplete;
      });
    } catch {
      loadingPrint = undefined;
      this.afterPrint();
      this.failed = true;
      this.host.requestUpdate();
    }
  }

  private readonly afterPrint = (): void => {
    window.removeEventListener('afterprint', this.afterPrint);
    if (!this.printing) return;
    this.printing.module.adoptPrintStyles(this.host.shadowRoot, false);
    this.printing = undefined;
    this.host.requestUpdate();
  };

  /** The button, and the message when the sheet's code did not load. */
  action(events: () => readonly CourseEvent[], t: CalendarT): TemplateResult {
    return html`<div class="print-action">
      <button type="button" class="button secondary" part="print" @click=${() => this.print(events())}>
        ${t('printing.button')}
      </button>
      ${this.failed ? html`<p class="message error" part="message" role="alert">${t('common:errors.network')}</p>` : nothing}
    </div>`;
  }

  /** The sheet while printing. */
  sheet(options: Parameters<PrintModule['renderPrintSheet']>[1] extends infer O ? Omit<O, 'qr'> : never): unknown {
    const printing = this.printing;
    return printing ? printing.module.renderPrintSheet(printing.events, { ...options, qr: printing.qr }) : nothing;
  }
}
