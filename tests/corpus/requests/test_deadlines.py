"""Working days around Peruvian holidays; every expected date was counted on a calendar."""

from __future__ import annotations

from datetime import date

import pytest

from oficio.corpus.requests.deadlines import deadline, deadline_met, legal_term_days, working_days

D = date


@pytest.fixture(autouse=True)
def _no_settings(monkeypatch):
    monkeypatch.delenv("OFICIO_LEGAL_TERM_DAYS", raising=False)
    monkeypatch.delenv("OFICIO_NON_WORKING_DAYS", raising=False)


@pytest.mark.parametrize(
    ("filed_on", "expected", "why"),
    [
        # Mon 26 Mar; Holy Thursday 29 and Good Friday 30 Mar 2018 do not count.
        (D(2018, 3, 26), D(2018, 4, 11), "Holy Week"),
        # Mon 24 Jul 2017; 28 Jul (Fri) is a holiday, 29 Jul a Saturday.
        (D(2017, 7, 24), D(2017, 8, 8), "Fiestas Patrias 2017"),
        # Mon 23 Jul 2018; 28-29 Jul fall on the weekend: nothing extra is skipped.
        (D(2018, 7, 23), D(2018, 8, 6), "Fiestas Patrias on a weekend"),
        # Mon 25 Jun 2018; 29 Jun (Fri) Saint Peter and Saint Paul.
        (D(2018, 6, 25), D(2018, 7, 10), "29 June"),
        # Mon 27 Aug 2018; 30 Aug (Thu) Santa Rosa de Lima.
        (D(2018, 8, 27), D(2018, 9, 11), "30 August"),
        # Fri 5 Oct 2018; Mon 8 Oct Angamos: day 1 is Tue 9.
        (D(2018, 10, 5), D(2018, 10, 22), "8 October"),
        # Wed 31 Oct 2018; Thu 1 Nov All Saints: day 1 is Fri 2.
        (D(2018, 10, 31), D(2018, 11, 15), "1 November"),
        # Mon 17 Dec 2018; Tue 25 Dec and Tue 1 Jan 2019 do not count.
        (D(2018, 12, 17), D(2019, 1, 2), "Christmas and New Year"),
        # Sat 31 Mar 2018: counted from the next day, Mon 2 Apr is day 1.
        (D(2018, 3, 31), D(2018, 4, 13), "filed on a Saturday"),
    ],
)
def test_deadline_of_ten_working_days(filed_on, expected, why):
    assert deadline(filed_on) == expected, why


@pytest.mark.parametrize(
    ("filed_on", "replied_on", "days"),
    [
        (D(2018, 3, 26), D(2018, 3, 26), 0),  # the same day
        (D(2018, 3, 26), D(2018, 4, 2), 3),  # Tue, Wed, (Holy Thu, Fri, weekend) Mon
        (D(2018, 3, 23), D(2018, 3, 25), 0),  # Fri to Sun
        (D(2018, 3, 23), D(2018, 3, 26), 1),
        (D(2018, 10, 5), D(2018, 10, 8), 0),  # Fri to the Angamos holiday
        (D(2017, 12, 7), D(2017, 12, 11), 1),  # Fri 8 Dec 2017 is a holiday
        (D(2018, 12, 17), D(2019, 1, 2), 10),
        (D(2018, 1, 1), D(2018, 12, 31), 252),  # 261 weekdays - 9 on weekday holidays
    ],
)
def test_working_days(filed_on, replied_on, days):
    assert working_days(filed_on, replied_on) == days


def test_deadline_met_on_the_last_day_not_the_next():
    assert deadline_met(D(2018, 3, 26), D(2018, 4, 11)) is True
    assert deadline_met(D(2018, 3, 26), D(2018, 4, 12)) is False
    assert deadline_met(D(2018, 3, 26), D(2018, 3, 26)) is True


def test_deadline_unknown_when_a_date_is_missing_or_wrong():
    assert deadline_met(None, D(2018, 4, 11)) is None
    assert deadline_met(D(2018, 3, 26), None) is None
    assert deadline_met(D(2018, 4, 11), D(2018, 3, 26)) is None
    with pytest.raises(ValueError, match="predates"):
        working_days(D(2018, 4, 11), D(2018, 3, 26))


def test_term_is_a_setting(monkeypatch):
    monkeypatch.setenv("OFICIO_LEGAL_TERM_DAYS", "7")
    assert legal_term_days() == 7
    assert deadline(D(2018, 3, 26)) == D(2018, 4, 6)
    assert deadline_met(D(2018, 3, 26), D(2018, 4, 9)) is False
    assert deadline(D(2018, 3, 28), term_days=1) == D(2018, 4, 2)  # an argument wins
    monkeypatch.setenv("OFICIO_LEGAL_TERM_DAYS", "ten")
    with pytest.raises(ValueError, match="OFICIO_LEGAL_TERM_DAYS"):
        legal_term_days()


def test_decreed_non_working_days(monkeypatch):
    friday = D(2018, 7, 27)
    assert deadline(D(2018, 7, 23), non_working=[friday]) == D(2018, 8, 7)
    monkeypatch.setenv("OFICIO_NON_WORKING_DAYS", "2018-07-27")
    assert deadline(D(2018, 7, 23)) == D(2018, 8, 7)
    assert working_days(D(2018, 7, 26), D(2018, 7, 30)) == 1
    monkeypatch.setenv("OFICIO_NON_WORKING_DAYS", "27/07/2018")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        deadline(D(2018, 7, 23))
