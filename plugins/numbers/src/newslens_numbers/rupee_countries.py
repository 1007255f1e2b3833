"""Rupees of the story's own country: "COLOMBO, June 1 - The central bank will offer 250 mln
rupees of treasury bills" is Sri Lanka's rupee, not India's.

Why a pass of its own: a bare "rupee(s)" or "Rs" is read as the Indian rupee, the one most news
means; a story datelined in Colombo (or Karachi, Islamabad, Lahore), or one that names Sri
Lanka (Pakistan) and not India, quotes its own country's rupee, as a Toronto dateline's bare
"dlrs" are Canadian (round seventy-eight, one of the forty-fifth sample's kinds, in six pool
documents beyond it). A figure that names its rupee ("Indian rupees") keeps it; a story that
names India, or both countries, keeps the Indian rupee.
"""

from __future__ import annotations

import re
from typing import Any

from newslens_numbers.currency import dateline_place

#: the dateline's city (``currency.dateline_place``: a loader's field, "COLOMBO, June 1", or the
#: text's start, "COLOMBO, June 1 - ...", "Colombo (Reuters) -") and its rupee
_CITIES = {"colombo": "LKR", "karachi": "PKR", "islamabad": "PKR", "lahore": "PKR"}
_NAMED = {
    "LKR": re.compile(r"\b(?:Sri[ \t\n]+Lanka|SRI[ \t\n]+LANKA|Ceylon)"),
    "PKR": re.compile(r"\b(?:Pakistan|PAKISTAN)"),
}
_INDIA = re.compile(r"\b(?:India|INDIA)")
_OWN_NAME = re.compile(r"(?i)\b(?:indian|sri[ \t\n]+lankan|pakistani)\b")


def _country(text: str, dateline: str) -> str:
    code = _CITIES.get(dateline_place(text, dateline)[0].casefold(), "")
    if code:
        return code
    named = [code for code, pat in _NAMED.items() if pat.search(text)]
    return named[0] if len(named) == 1 and not _INDIA.search(text) else ""


def own_rupees(text: str, findings: list[dict[str, Any]], dateline: str = "") -> None:
    """Bare rupees (INR) take the story's own rupee where its dateline or its text names one."""
    if not any(f["unit"] == "INR" for f in findings):
        return
    code = _country(text, dateline)
    if not code:
        return
    for f in findings:
        if f["unit"] == "INR" and not _OWN_NAME.search(f["text"]):
            f["unit"] = code
