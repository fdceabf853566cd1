"""Reads an .ics file on stdin with Python's `icalendar` (a second, independent parser) and prints what it found
as JSON, so the browser tests can check the files medborger writes. Exits non-zero when the file does not parse.
Run with Debian's /usr/bin/python3 (python3-icalendar)."""
import json
import sys

import icalendar


def main() -> int:
    data = sys.stdin.buffer.read()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any parse failure is a failed check
        print(json.dumps({"error": str(error)}))
        return 1
    errors = []
    for component in calendar.walk():
        errors.extend(f"{component.name}: {e}" for e in getattr(component, "errors", []))
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.get("DTSTART")
        end = event.get("DTEND")
        events.append(
            {
                "uid": str(event.get("UID")),
                "summary": str(event.get("SUMMARY")),
                "description": str(event.get("DESCRIPTION")) if event.get("DESCRIPTION") else None,
                "location": str(event.get("LOCATION")) if event.get("LOCATION") else None,
                "dtstart": start.dt.isoformat() if start else None,
                "dtstartTzid": start.params.get("TZID") if start else None,
                "dtend": end.dt.isoformat() if end else None,
                "status": str(event.get("STATUS")) if event.get("STATUS") else None,
                "alarms": len(event.walk("VALARM")),
            }
        )
    print(
        json.dumps(
            {
                "method": str(calendar.get("METHOD")),
                "prodid": str(calendar.get("PRODID")),
                "timezones": [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")],
                "events": events,
                "errors": errors,
            },
            ensure_ascii=False,
        )
    )
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
