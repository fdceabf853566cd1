import { defineOnce } from '../core/define.js';
import { MbCourseMonth } from './month-view.js';

defineOnce('mb-course-month', MbCourseMonth);

declare global {
  interface HTMLElementTagNameMap {
    'mb-course-month': MbCourseMonth;
  }
}
