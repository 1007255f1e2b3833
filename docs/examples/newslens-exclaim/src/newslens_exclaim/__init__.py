"""Example packaged newslens plugin: exclamations (a sign of opinion, not reporting)."""

import re

from newslens import Analysis, hookimpl

EXCLAMATION = re.compile(r"[^.!?\n]{1,500}!")


def extract(article):
    return [
        {
            "start": m.start() + (len(m.group()) - len(m.group().lstrip())),
            "end": m.end(),
            "text": m.group().lstrip(),
        }
        for m in EXCLAMATION.finditer(article.text)
    ]


@hookimpl
def newslens_register_analyses(registry):
    registry.add(
        Analysis(
            id="exclaim.v1",
            title="Exclamations",
            extract=extract,
            columns={"start": "int64", "end": "int64", "text": "str"},
        )
    )
