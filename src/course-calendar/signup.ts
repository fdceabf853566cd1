/*
 * Whether a citizen can sign up for a session, decided in one place. DPL CMS's own event page replaces the ticket
 * button with the state's name for every state but Active (dpl-cms web/modules/custom/dpl_event/dpl_event.module,
 * dpl_event_preprocess_field: Occurred, Cancelled, SoldOut and TicketSaleNotOpen), and LibCal closes sign-up with
 * `has_registration_closed`. The card follows both: where nobody can sign up, it offers no way to.
 */
import type { CourseEvent } from './model.js';

/** Why nobody can sign up: a status of the session, or `closed` when the feed closed sign-up itself. */
export type SignupBlock = 'cancelled' | 'full' | 'signupNotOpen' | 'held' | 'postponed' | 'closed';

/**
 * What stands in the way of signing up, or undefined when sign-up is open. A full session with a waiting list stays
 * open: signing up puts the citizen on the list (LibCal promotes from it by itself).
 */
export function signupBlock(event: Pick<CourseEvent, 'status' | 'seats' | 'signup'>): SignupBlock | undefined {
  switch (event.status) {
    case 'cancelled':
    case 'held':
    case 'signupNotOpen':
    case 'postponed':
      return event.status;
    case 'full':
      if (!event.seats?.waitlist) return 'full';
      break;
    default:
      break;
  }
  return event.signup?.closed ? 'closed' : undefined;
}

/** True when the card may offer ways to sign up (a link, a phone number, the desk). */
export const signupOpen = (event: Pick<CourseEvent, 'status' | 'seats' | 'signup'>): boolean =>
  signupBlock(event) === undefined;
