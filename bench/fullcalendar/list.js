// What a site loads for FullCalendar 7's list view, as its README shows: the calendar, the list plugin, a theme
// (plugin and stylesheets; v7 renders unstyled without one) and the Danish locale. Bundled by bench/run.mjs.
import { Calendar } from 'fullcalendar';
import listPlugin from 'fullcalendar/list';
import classicTheme from 'fullcalendar/themes/classic';
import daLocale from 'fullcalendar/locales/da';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';

export { Calendar, daLocale };
export const plugins = [listPlugin, classicTheme];
