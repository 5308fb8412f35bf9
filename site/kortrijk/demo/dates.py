"""Dates of the demo, relative to the day it is loaded, in Kortrijk's time zone.

Events and visits are described as "the Sunday five weeks from now" rather than
as fixed dates, so the showcase always has something coming up.
"""

import datetime
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def weekday_in_week(today, weeks, weekday):
    """Returns the ``weekday`` of the week ``weeks`` weeks after today's week."""
    monday = today - datetime.timedelta(days=today.weekday())
    return monday + datetime.timedelta(weeks=weeks, days=weekday)


def in_current_month(today, weekday):
    """Returns the next ``weekday`` of today's month, or its last one if none is
    left, so that "this month" never spills into the next.
    """
    days = [today.replace(day=1) + datetime.timedelta(days=n) for n in range(31)]
    same_month = [
        day for day in days if day.month == today.month and day.weekday() == weekday
    ]
    upcoming = [day for day in same_month if day > today]
    return upcoming[0] if upcoming else same_month[-1]


def clear_of_holidays(day):
    """Returns ``day``, moved on by whole weeks while it falls between Christmas
    Eve and New Year's Day, when no neighbourhood meets.
    """
    while (day.month, day.day) >= (12, 24) or (day.month, day.day) <= (1, 1):
        day += datetime.timedelta(weeks=1)
    return day


def at(day, hour, minute=0):
    """Returns ``day`` at ``hour:minute`` in Brussels, timezone-aware."""
    return datetime.datetime.combine(day, datetime.time(hour, minute), BRUSSELS)
