"""The plugin module named by the ``newslens`` entry point ``reuters``."""

from __future__ import annotations

from newslens import Reader, hookimpl
from newslens.registry import ReaderRegistry
from newslens_reuters.sgml import read_sgm


@hookimpl
def newslens_register_readers(registry: ReaderRegistry) -> None:
    """Register the ``.sgm`` reader."""
    registry.add(
        Reader(
            name="reuters21578",
            extensions=(".sgm",),
            read=read_sgm,
            description="Reuters-21578 SGML: one article per <REUTERS> document",
        )
    )
