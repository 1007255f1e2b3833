"""newslens reader for the Reuters-21578 SGML collection."""

from newslens_reuters.sgml import parse_sgml, read_sgm

__all__ = ["parse_sgml", "read_sgm"]
__version__ = "0.1.0"
