// What a site loads for FullCalendar 7's month view: the calendar, the day-grid plugin, a theme (plugin and
// stylesheets) and the Danish locale. Bundled by bench/run.mjs for the size table only.
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicTheme from 'fullcalendar/themes/classic';
import daLocale from 'fullcalendar/locales/da';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';

export { Calendar, daLocale };
export const plugins = [dayGridPlugin, classicTheme];
