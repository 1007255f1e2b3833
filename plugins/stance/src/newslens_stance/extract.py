"""Pure per-article extractors for the two stance analyses (no ipywidgets here).

Both are module-level functions (or :func:`functools.partial` objects of one) so the runner can
pickle them to worker processes; both read only the :class:`~newslens.Article` they are given.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from newslens import Article
from newslens_stance.attributions import find_attributions


def extract_attributions(article: Article) -> list[dict[str, Any]]:
    """``stance.attributions.v1``: every attribution and unattributed hedge in the article."""
    return find_attributions(article.text if isinstance(article.text, str) else "")


def claims_from_article(article: Article) -> list[str]:
    """The claims an article carries in its ``claims`` (or ``claim``) extra field.

    Why a field: the registered analysis must stay a pure function of the article, so the
    claims travel with the data (a column added to the articles frame, e.g.
    ``articles["claims"] = [["Russia hit civilians"]] * len(articles)``). Accepted shapes: a
    list of strings, a JSON list, or a string with one claim per line.
    """
    extra: Mapping[str, Any] = article.extra or {}
    value = extra.get("claims", extra.get("claim"))
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, list):
                return [str(c).strip() for c in parsed if str(c).strip()]
        return [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(value, Sequence) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        return [str(c).strip() for c in items if isinstance(c, str) and c.strip()]
    try:
        if pd.isna(value):
            return []
    except (TypeError, ValueError):
        pass
    return [str(value).strip()] if str(value).strip() else []


def extract_claims(
    article: Article, claims: tuple[str, ...] | None = None, model: str | None = None
) -> list[dict[str, Any]]:
    """``stance.claims.v1``: one row per (claim, article) with label, score and evidence.

    ``claims`` fixed by :func:`newslens_stance.claims_analysis` take precedence over the
    article's own ``claims`` field; ``model`` is the path of a trained model (``.npz``),
    ``None`` for the untrained default.
    """
    from newslens_stance.claims import score_article

    use = list(claims) if claims else claims_from_article(article)
    if not use:
        return []
    text = article.text if isinstance(article.text, str) else ""
    title = article.title if isinstance(article.title, str) else ""
    return score_article(use, text, title=title, model_path=model)
