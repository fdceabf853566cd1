/*
 * The drop-in: one `<script type="module" src=".../medborger.js">` defines every medborger element. Each widget's
 * define module registers its tag through defineOnce, so loading this file twice never throws.
 */
import './course-calendar/define.js';
export * from './index.js';
