"""Table-driven: each sentence holds one time expression; the tagger must find it with the
right extent, TIMEX3 type, value and mod. DCT is Friday 2013-03-22 unless a row says."""

from __future__ import annotations

from datetime import date

import pytest

from eventlens.time import tag

D = date(2013, 3, 22)  # a Friday
D2 = date(2015, 10, 15)  # a Thursday

# (sentence, expected extent, type, value, mod, dct)
CASES = [
    # absolute days
    ("The deal was signed on 2013-05-14 in Doha.", "2013-05-14", "DATE", "2013-05-14", None, D),
    ("He spoke on 14 May 2013 to the BBC.", "14 May 2013", "DATE", "2013-05-14", None, D),
    ("He spoke on May 14, 2013, to the BBC.", "May 14, 2013", "DATE", "2013-05-14", None, D),
    ("It happened on May 14th 2013.", "May 14th 2013", "DATE", "2013-05-14", None, D),
    ("It happened on the 3rd of June, 1999.", "the 3rd of June, 1999", "DATE", "1999-06-03", None, D),
    ("Talks began on Tuesday, March 5, 2013.", "Tuesday, March 5, 2013", "DATE", "2013-03-05", None, D),
    ("The memo is dated 4/15/2011.", "4/15/2011", "DATE", "2011-04-15", None, D),
    ("The memo is dated 12/1/98.", "12/1/98", "DATE", "1998-12-01", None, D),
    ("Troops arrived on Jan. 5, 2002.", "Jan. 5, 2002", "DATE", "2002-01-05", None, D),
    ("Troops arrived on Sept. 30, 2015.", "Sept. 30, 2015", "DATE", "2015-09-30", None, D),
    ("Elections were held on 7 November 2020.", "7 November 2020", "DATE", "2020-11-07", None, D),
    ("The ceasefire of 1 February 2021 collapsed.", "1 February 2021", "DATE", "2021-02-01", None, D),
    # days without a year: nearest to the DCT
    ("The vote is on April 7.", "April 7", "DATE", "2013-04-07", None, D),
    ("Sales fell through Feb. 28.", "Feb. 28", "DATE", "2013-02-28", None, D),
    ("The report was published on 2 March.", "2 March", "DATE", "2013-03-02", None, D),
    ("The summit will open on December 28.", "December 28", "DATE", "2012-12-28", None, D),
    # months
    ("In late December 1979, the Soviet Union invaded Afghanistan.", "late December 1979", "DATE", "1979-12", "END", D),
    ("In early January 1980 the UN met.", "early January 1980", "DATE", "1980-01", "START", D),
    ("By mid-March 2003 troops had massed.", "mid-March 2003", "DATE", "2003-03", "MID", D),
    ("He resigned in September 2022.", "September 2022", "DATE", "2022-09", None, D),
    ("He resigned in May 2010.", "May 2010", "DATE", "2010-05", None, D),
    ("The talks in March of 2011 failed.", "March of 2011", "DATE", "2011-03", None, D),
    ("Prices rose in August.", "August", "DATE", "2012-08", None, D),
    ("Prices rose in early December.", "early December", "DATE", "2012-12", "START", D),
    ("Prices will rise in June.", "June", "DATE", "2013-06", None, D),
    ("The plan was drafted in March.", "March", "DATE", "2013-03", None, D),
    ("Exports slumped last July.", "last July", "DATE", "2012-07", None, D),
    ("Exports slumped late last July.", "late last July", "DATE", "2012-07", "END", D),
    ("Exports will recover next January.", "next January", "DATE", "2014-01", None, D),
    ("Exports slumped last May.", "last May", "DATE", "2012-05", None, D),
    ("This March was cold.", "This March", "DATE", "2013-03", None, D),
    # years, decades, centuries
    ("The Taliban took control of Kabul in 1996.", "1996", "DATE", "1996", None, D),
    ("Russia declared them terrorists in 2003.", "2003", "DATE", "2003", None, D),
    ("The flu pandemic of 2009-2010 killed many.", "2010", "DATE", "2010", None, D),
    ("The expedition of 1957-58 crossed Antarctica.", "58", "DATE", "1958", None, D),
    ("It was founded in 1648.", "1648", "DATE", "1648", None, D),
    ("Violence peaked in early 2011.", "early 2011", "DATE", "2011", "START", D),
    ("Violence peaked in late 2014.", "late 2014", "DATE", "2014", "END", D),
    ("Violence peaked in mid-2016.", "mid-2016", "DATE", "2016", "MID", D),
    ("By the end of 2015 the army had withdrawn.", "the end of 2015", "DATE", "2015", "END", D),
    ("At the beginning of 2001 nobody expected it.", "the beginning of 2001", "DATE", "2001", "START", D),
    ("In the 1990s Russia was weak.", "1990s", "DATE", "199", None, D),
    ("In the early 1990s Russia was weak.", "the early 1990s", "DATE", "199", "START", D),
    ("In the late 1980s the war dragged on.", "the late 1980s", "DATE", "198", "END", D),
    ("The mid-1970s saw detente.", "The mid-1970s", "DATE", "197", "MID", D),
    ("Music of the '60s was loud.", "'60s", "DATE", "196", None, D),
    ("Music of the sixties was loud.", "the sixties", "DATE", "196", None, D),
    ("The 1980s Mujahiddin defeated the USSR.", "1980s", "DATE", "198", None, D),
    ("Europe in the 20th century saw two wars.", "20th century", "DATE", "19", None, D),
    ("Europe in the nineteenth century industrialised.", "nineteenth century", "DATE", "18", None, D),
    ("A 21st-century war is different.", "21st-century", "DATE", "20", None, D),
    # seasons, quarters, weeks
    ("Protests began in the spring of 2021.", "the spring of 2021", "DATE", "2021-SP", None, D),
    ("Protests began in summer 2019.", "summer 2019", "DATE", "2019-SU", None, D),
    ("Protests began in winter 2014.", "winter 2014", "DATE", "2014-WI", None, D),
    ("Protests began in autumn 2012.", "autumn 2012", "DATE", "2012-FA", None, D),
    ("Protests began last summer.", "last summer", "DATE", "2012-SU", None, D),
    ("An offensive is expected next spring.", "next spring", "DATE", "2014-SP", None, D),
    ("An offensive is expected next spring.", "next spring", "DATE", "2016-SP", None, D2),
    ("Profits fell in the first quarter of 2020.", "the first quarter of 2020", "DATE", "2020-Q1", None, D),
    ("Profits fell in Q3 2019.", "Q3 2019", "DATE", "2019-Q3", None, D),
    ("Profits fell in the third quarter.", "the third quarter", "DATE", "2013-Q3", None, D),
    ("GDP fell in the first half of 2020.", "the first half of 2020", "DATE", "2020-H1", None, D),
    ("GDP will grow in the second half of next year.", "the second half of next year", "DATE", "2014-H2", None, D),
    ("Cases peaked in 2020-W26.", "2020-W26", "DATE", "2020-W26", None, D),
    ("Cases peaked in week 26 of 2020.", "week 26 of 2020", "DATE", "2020-W26", None, D),
    # deictic: resolved against the DCT
    ("The minister resigned today.", "today", "DATE", "2013-03-22", None, D),
    ("The minister resigned yesterday.", "yesterday", "DATE", "2013-03-21", None, D),
    ("The minister resigns tomorrow.", "tomorrow", "DATE", "2013-03-23", None, D),
    ("The minister will speak tonight.", "tonight", "TIME", "2013-03-22TNI", None, D),
    ("The minister spoke yesterday morning.", "yesterday morning", "TIME", "2013-03-21TMO", None, D),
    ("Shelling resumed this morning.", "this morning", "TIME", "2013-03-22TMO", None, D),
    ("Shelling resumed last night.", "last night", "TIME", "2013-03-21TNI", None, D),
    ("The GDP grew last year.", "last year", "DATE", "2012", None, D),
    ("The GDP will grow next year.", "next year", "DATE", "2014", None, D),
    ("The GDP grew this year.", "this year", "DATE", "2013", None, D),
    ("The GDP grew early this year.", "early this year", "DATE", "2013", "START", D),
    ("Exports fell last month.", "last month", "DATE", "2013-02", None, D),
    ("Exports fell this month.", "this month", "DATE", "2013-03", None, D),
    ("Exports will rise next month.", "next month", "DATE", "2013-04", None, D),
    ("Talks were held this week.", "this week", "DATE", "2013-W12", None, D),
    ("Talks were held last week.", "last week", "DATE", "2013-W11", None, D),
    ("Talks will be held next week.", "next week", "DATE", "2013-W13", None, D),
    ("Talks will be held this weekend.", "this weekend", "DATE", "2013-W12-WE", None, D),
    ("Sales peaked last decade.", "last decade", "DATE", "200", None, D),
    ("Budgets shrink by the end of the year.", "the end of the year", "DATE", "2013", "END", D),
    ("He died two days ago.", "two days ago", "DATE", "2013-03-20", None, D),
    ("He moved four years ago.", "four years ago", "DATE", "2009", None, D),
    ("He moved six months ago.", "six months ago", "DATE", "2012-09", None, D),
    ("He moved a year ago.", "a year ago", "DATE", "2012", None, D),
    ("He moved two weeks ago.", "two weeks ago", "DATE", "2013-W10", None, D),
    ("He moved three decades ago.", "three decades ago", "DATE", "198", None, D),
    ("A few years ago, the US allowed it.", "A few years ago", "DATE", "PAST_REF", None, D2),
    # weekdays against the DCT (a Friday)
    ("The CDC said Friday that 105 children died.", "Friday", "DATE", "2013-03-22", None, D),
    ("The CDC said Thursday that 105 children died.", "Thursday", "DATE", "2013-03-21", None, D),
    ("The CDC said on Monday that 105 children died.", "Monday", "DATE", "2013-03-18", None, D),
    ("The CDC will report on Monday.", "Monday", "DATE", "2013-03-25", None, D),
    ("The CDC reported last Friday.", "last Friday", "DATE", "2013-03-15", None, D),
    ("The CDC will report next Tuesday.", "next Tuesday", "DATE", "2013-03-26", None, D),
    ("Gunmen struck Friday afternoon.", "Friday afternoon", "TIME", "2013-03-22TAF", None, D),
    ("Gunmen struck on Wednesday night.", "Wednesday night", "TIME", "2013-03-20TNI", None, D),
    # clock times
    ("The vote closes at 8 p.m.", "8 p.m.", "TIME", "2013-03-22T20", None, D),
    ("The vote closed at 10:30 a.m.", "10:30 a.m.", "TIME", "2013-03-22T10:30", None, D),
    ("The vote closed at 15:00 GMT.", "15:00 GMT", "TIME", "2013-03-22T15:00", None, D),
    ("The vote closed at noon.", "noon", "TIME", "2013-03-22T12:00", None, D),
    # present, past, future references
    ("Russia is now a key player.", "now", "DATE", "PRESENT_REF", None, D),
    ("Russia currently backs the talks.", "currently", "DATE", "PRESENT_REF", None, D),
    ("Russia recently changed course.", "recently", "DATE", "PAST_REF", None, D),
    ("In the past, Russia opposed it.", "the past", "DATE", "PAST_REF", None, D),
    ("Russia may change course in the future.", "the future", "DATE", "FUTURE_REF", None, D),
    ("Russia will soon change course.", "soon", "DATE", "FUTURE_REF", None, D),
    # durations
    ("The war lasted six weeks.", "six weeks", "DURATION", "P6W", None, D),
    ("The war lasted a few years.", "a few years", "DURATION", "PXY", None, D),
    ("The war lasted several months.", "several months", "DURATION", "PXM", None, D),
    ("The war lasted ten years.", "ten years", "DURATION", "P10Y", None, D),
    ("The war lasted 18 months.", "18 months", "DURATION", "P18M", None, D),
    ("The siege lasted 90 days.", "90 days", "DURATION", "P90D", None, D),
    ("The siege lasted a month.", "a month", "DURATION", "P1M", None, D),
    ("The worst flu in a decade.", "a decade", "DURATION", "P10Y", None, D),
    ("The strike lasted twenty-five days.", "twenty-five days", "DURATION", "P25D", None, D),
    ("The raid took three hours.", "three hours", "DURATION", "PT3H", None, D),
    ("The raid took 45 minutes.", "45 minutes", "DURATION", "PT45M", None, D),
    ("The sirens stopped after an hour.", "an hour", "DURATION", "PT1H", None, D),
    ("It was a four-week campaign.", "four-week", "DURATION", "P4W", None, D),
    ("It was a three-month truce.", "three-month", "DURATION", "P3M", None, D),
    ("Prices rose over the past two years.", "the past two years", "DURATION", "P2Y", None, D),
    ("Prices will rise over the next few months.", "the next few months", "DURATION", "PXM", None, D),
    ("Fighting intensified in recent weeks.", "recent weeks", "DURATION", "PXW", None, D),
    ("The dispute has lasted for years.", "years", "DURATION", "PXY", None, D),
    ("He served almost seven years.", "almost seven years", "DURATION", "P7Y", "LESS_THAN", D),
    ("He served nearly two decades.", "nearly two decades", "DURATION", "P20Y", "LESS_THAN", D),
    ("Growth slowed over the past year.", "the past year", "DURATION", "P1Y", None, D),
    ("Emissions will double over the next decade.", "the next decade", "DURATION", "P10Y", None, D),
    ("The marathon took 3:07:35.", "3:07:35", "DURATION", "PT3H7M35S", None, D),
    ("The empire lasted two centuries.", "two centuries", "DURATION", "P200Y", None, D),
    # sets
    ("Vaccines are given every year.", "every year", "SET", "P1Y", None, D),
    ("Patrols pass every morning.", "every morning", "SET", "XXXX-XX-XXTMO", None, D),
    ("Talks are held every Friday.", "every Friday", "SET", "XXXX-WXX-5", None, D),
    ("Inspections occur every two weeks.", "every two weeks", "SET", "P2W", None, D),
    ("The report is published annually.", "annually", "SET", "P1Y", None, D),
    ("Ministers meet weekly.", "weekly", "SET", "P1W", None, D),
    ("Prices are reviewed each month.", "each month", "SET", "P1M", None, D),
]


@pytest.mark.parametrize("sentence,extent,typ,value,mod,dct", CASES,
                         ids=[c[1] + "|" + c[0][:30] for c in CASES])
def test_tagger_normalises_expression(sentence, extent, typ, value, mod, dct):
    found = tag(sentence, dct)
    hits = [t for t in found if t.text == extent]
    assert hits, f"{extent!r} not found in {[t.text for t in found]}"
    t = hits[0]
    assert sentence[t.start:t.end] == extent
    assert (t.type, t.value, t.mod) == (typ, value, mod)


def test_table_is_large_enough():
    assert len(CASES) >= 120
