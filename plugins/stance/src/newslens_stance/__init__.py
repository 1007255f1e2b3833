"""newslens-stance: who said what (``stance.attributions.v1``) and which articles back or
dispute a claim (``stance.claims.v1``)."""

from __future__ import annotations

from newslens_stance.attributions import find_attributions
from newslens_stance.plugin import attributions_analysis, claims_analysis

__all__ = ["attributions_analysis", "claims_analysis", "find_attributions"]
