"""TIMEX3 values become intervals with a precision; mods narrow or open them."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time.values import apply_mod, base_interval

INTERVALS = [
    ("2013-05-14", None, "2013-05-14", "2013-05-14", "day"),
    ("1979-12", None, "1979-12-01", "1979-12-31", "month"),
    ("1979-12", "END", "1979-12-21", "1979-12-31", "month"),
    ("1979-12", "START", "1979-12-01", "1979-12-10", "month"),
    ("1979-12", "MID", "1979-12-11", "1979-12-20", "month"),
    ("2024-02", None, "2024-02-01", "2024-02-29", "month"),
    ("1996", None, "1996-01-01", "1996-12-31", "year"),
    ("2011", "START", "2011-01-01", "2011-04-30", "year"),
    ("2011", "MID", "2011-05-01", "2011-08-31", "year"),
    ("2011", "END", "2011-09-01", "2011-12-31", "year"),
    ("199", None, "1990-01-01", "1999-12-31", "decade"),
    ("199", "START", "1990-01-01", "1993-12-31", "decade"),
    ("198", "END", "1987-01-01", "1989-12-31", "decade"),
    ("19", None, "1900-01-01", "1999-12-31", "century"),
    ("2021-SP", None, "2021-03-01", "2021-05-31", "season"),
    ("2014-WI", None, "2014-12-01", "2015-02-28", "season"),
    ("2020-Q1", None, "2020-01-01", "2020-03-31", "quarter"),
    ("2020-W26", None, "2020-06-22", "2020-06-28", "day"),
    ("2013-03-22TNI", None, "2013-03-22", "2013-03-22", "day"),
    ("2001-09-11", "AFTER", "2001-09-11", None, "day"),
    ("2001", "ON_OR_AFTER", "2001-01-01", None, "year"),
    ("2001", "BEFORE", None, "2001-01-01", "year"),
    ("2001", "ON_OR_BEFORE", None, "2001-12-31", "year"),
]


@pytest.mark.parametrize("value,mod,start,end,precision", INTERVALS)
def test_value_becomes_interval(value, mod, start, end, precision):
    iv = apply_mod(base_interval(value), mod)
    assert (iv.start.isoformat() if iv.start else None) == start
    assert (iv.end.isoformat() if iv.end else None) == end
    assert iv.precision == precision


@pytest.mark.parametrize("value", ["P6W", "PXY", "XXXX-WXX-5", "FUTURE_REF", "PAST_REF", None, "",
                                   "2013-13", "2013-02-30"])
def test_values_that_name_no_calendar_time_have_no_interval(value):
    assert base_interval(value) is None


def test_present_ref_is_the_dct_when_known():
    assert base_interval("PRESENT_REF") is None
    iv = base_interval("PRESENT_REF", date(2015, 10, 15))
    assert (iv.start, iv.end, iv.precision) == (date(2015, 10, 15), date(2015, 10, 15), "day")
