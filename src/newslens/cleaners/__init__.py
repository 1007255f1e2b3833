"""The built-in cleaners, registered through the same hook a third-party plugin uses.

======  ===========  ==================================================================
order   name         what it changes
======  ===========  ==================================================================
10      mojibake     undoes encoding damage (ftfy) in the text and title
20      whitespace   line endings, non-breaking spaces, trailing spaces, blank-line runs
30      duplicates   a paragraph or caption repeated (normalised comparison)
40      debris       comment-form, share/subscribe and cookie lines (whole lines only)
50      signoff      a bare trailing agency line; fills ``source`` when empty
60      source       fills an empty ``source`` with the url's host
======  ===========  ==================================================================

Each cleaner is a pure function ``(text, fields) -> Cleaned`` and notes what it changed.
Duplicates run before debris so that a repeat removed mid-text cannot leave debris stranded
at the tail after the debris pass (cleaning a cleaned text changes nothing).
"""

from __future__ import annotations

from newslens.cleaners.debris import clean_debris
from newslens.cleaners.duplicates import clean_duplicates
from newslens.cleaners.mojibake import clean_mojibake
from newslens.cleaners.signoff import clean_signoff
from newslens.cleaners.source import clean_source
from newslens.cleaners.whitespace import clean_whitespace
from newslens.hookspecs import hookimpl
from newslens.registry import Cleaner, CleanerRegistry

BUILTIN_CLEANERS: tuple[Cleaner, ...] = (
    Cleaner("mojibake", 10, clean_mojibake, "repair mis-decoded text with ftfy"),
    Cleaner("whitespace", 20, clean_whitespace, "normalise spaces, line ends and blank lines"),
    Cleaner("duplicates", 30, clean_duplicates, "drop a repeated paragraph or caption"),
    Cleaner("debris", 40, clean_debris, "drop comment-form, share and cookie lines"),
    Cleaner("signoff", 50, clean_signoff, "move a trailing agency line into source"),
    Cleaner("source", 60, clean_source, "an empty source takes the url's host"),
)


@hookimpl
def newslens_register_cleaners(registry: CleanerRegistry) -> None:
    """Add the built-in cleaners."""
    for cleaner in BUILTIN_CLEANERS:
        registry.add(cleaner)
