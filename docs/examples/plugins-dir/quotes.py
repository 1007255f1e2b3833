"""A one-file newslens plugin: direct quotations, with their offsets.

Put this file in a folder and run `newslens --plugins-dir FOLDER plugins`.
"""

import re

from newslens import Analysis, hookimpl

# An opening quote, then anything but a closing one, then the closing quote.
QUOTE = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")


def extract(article):
    """One row per quotation: pure, it reads only the article it is given."""
    return [
        {"start": m.start(), "end": m.end(), "text": m.group(), "words": len(m.group().split())}
        for m in QUOTE.finditer(article.text)
    ]


@hookimpl
def newslens_register_analyses(registry):
    registry.add(
        Analysis(
            id="quotes.v1",
            title="Quotations",
            extract=extract,
            columns={"start": "int64", "end": "int64", "text": "str", "words": "int64"},
            description="Direct quotations in curly or straight double quotes.",
        )
    )
