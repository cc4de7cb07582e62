"""Chinese public holidays, adjusted working days and lunar dates for the calendar.

Holidays and 调休 (weekend days made working days) come from ``chinese_calendar``, which follows
the State Council's yearly notice; a year it has no data for yet is reported as such
(``DayInfo.holiday_data``) and treated as Monday-to-Friday, never guessed. Lunar dates, solar terms
and traditional festivals come from ``lunar_python``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

import chinese_calendar
from lunar_python import Solar

# chinese_calendar's English holiday names; the calendar view translates them (zh: 元旦, 春节, ...).
HOLIDAY_NAMES = (
    "New Year's Day",
    "Spring Festival",
    "Tomb-sweeping Day",
    "Labour Day",
    "Dragon Boat Festival",
    "National Day",
    "Mid-autumn Festival",
    "Anti-Fascist 70th Day",
)


@dataclass(frozen=True)
class DayInfo:
    """What the calendar shows under a day number."""

    day: date
    lunar: str  # e.g. 十月初七; on the first of a lunar month the month (十月), or a festival/solar term
    lunar_full: str  # e.g. 丙午年十月初七
    holiday: str  # chinese_calendar's English name of the public holiday or of the adjusted day's holiday
    is_day_off: bool  # a public holiday or a weekend that is not an adjusted working day
    is_adjusted_workday: bool  # a weekend day that is a working day (调休上班)
    holiday_data: bool  # False when chinese_calendar has no data for this year yet

    @property
    def is_workday(self) -> bool:
        return not self.is_day_off


@functools.lru_cache(maxsize=4096)
def day_info(day: date) -> DayInfo:
    """The calendar facts of one day (cached: the month view asks for 42 days at a time)."""
    solar = Solar.fromYmd(day.year, day.month, day.day)
    lunar = solar.getLunar()
    festivals = list(lunar.getFestivals())
    term = lunar.getJieQi()
    if festivals:
        short = festivals[0]
    elif term:
        short = term
    elif lunar.getDay() == 1:
        short = lunar.getMonthInChinese() + "月"
    else:
        short = lunar.getDayInChinese()
    full = f"{lunar.getYearInGanZhi()}年{lunar.getMonthInChinese()}月{lunar.getDayInChinese()}"
    weekend = day.weekday() >= 5
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return DayInfo(day, short, full, "", weekend, False, False)
    holiday_name = str(name) if name else ""
    adjusted = weekend and not on_holiday
    return DayInfo(day, short, full, holiday_name, on_holiday, adjusted, True)


def is_working_day(day: date) -> bool:
    """A working day in mainland China (holidays off, adjusted weekends on); Mon–Fri without data."""
    return day_info(day).is_workday


def has_holiday_data(year: int) -> bool:
    return day_info(date(year, 6, 1)).holiday_data


def holiday_exceptions(start: date, end: date) -> tuple[list[date], list[date]]:
    """Between two dates: weekdays that are holidays, and weekend days that are working days."""
    off, on = [], []
    day = start
    while day <= end:
        info = day_info(day)
        if info.holiday_data:
            if day.weekday() < 5 and info.is_day_off:
                off.append(day)
            elif info.is_adjusted_workday:
                on.append(day)
        day = date.fromordinal(day.toordinal() + 1)
    return off, on
