import { defineOnce } from '../core/define.js';
import { MbCourseCalendar } from './course-calendar.js';

defineOnce('mb-course-calendar', MbCourseCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'mb-course-calendar': MbCourseCalendar;
  }
}
