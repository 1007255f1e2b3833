"""A rank that names a class of security is no ordinal (the lead's decision 2 on the
thirty-seventh sample's readings).

"first mortgage notes", "second lien notes", "first cumulative preference shares": the ordinal
names a kind of claim on a borrower, a lexicalised compound as "third parties" is, and no figure
in it is compared across outlets. An ordinal ranking issues by sequence ("the second tranche",
"its first Swiss franc bond", "a third issue") stays an ordinal; so does a homebuyer's "first
mortgage" with no bond word after it, which this leaves to the ordinal rules.
"""

from __future__ import annotations

import re

#: after an ordinal: a lien's rank ("second lien"), a mortgage bond's ("first mortgage
#: bonds"), a preference share's ("first cumulative preference shares", "second preferred
#: stock"); "first-lien" reaches the hyphenated-compound rule, which already gives no rank
_SECURITY_CLASS_AFTER = re.compile(
    r"[ \t\n]+(?:lien\b|mortgage[ \t\n]+(?:notes?|bonds?|debentures?|loans?|securities)\b|"
    r"(?:(?:non-?)?(?:cumulative|participating|convertible|redeemable)[ \t\n]+){0,2}"
    r"(?:preference|preferred)[ \t\n]+(?:shares?|stocks?)\b)",
    re.I,
)


def names_security_class(text: str, end: int) -> bool:
    """True when the ordinal ending at ``end`` ranks a class of security, not a thing."""
    return _SECURITY_CLASS_AFTER.match(text, end, min(len(text), end + 70)) is not None
