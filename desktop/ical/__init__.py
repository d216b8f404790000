"""iCalendar interop: feeds and invites out (feed.py), imports in (importer.py), and the
VTIMEZONEs every calendar program reads the same way (vtimezone.py).

Import the submodules where they are used: they pull in icalendar, which the window does not
need at start-up.
"""
