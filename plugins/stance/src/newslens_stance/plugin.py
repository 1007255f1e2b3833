"""Registers the stance analyses and the ``newslens stance`` commands, like any third party.

How claims reach a pure per-article extractor (a decision, see docs/plugins/stance.md): the
registered ``stance.claims.v1`` reads each article's own ``claims`` field (a column of the
articles frame), and :func:`claims_analysis` builds the same analysis with the claims (and an
optional trained model path) bound into its extractor with :func:`functools.partial`, which
pickles to worker processes like a plain function. No environment variable or module-level
option is read during extraction.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from newslens import Analysis, ViewContext, hookimpl
from newslens_stance.attributions import COLUMNS
from newslens_stance.claims import CLAIM_COLUMNS
from newslens_stance.extract import extract_attributions, extract_claims

if TYPE_CHECKING:  # pragma: no cover
    import click

    from newslens.registry import AnalysisRegistry, ReportSectionRegistry

ATTRIBUTIONS_ID = "stance.attributions.v1"
CLAIMS_ID = "stance.claims.v1"


def summarize_attributions(findings: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The parties that appear as speakers: per resolved speaker, how many articles quote them
    and how often they assert, deny, dispute, hedge or report (one row per party; a bare
    surname counted with the one person of the corpus it names, :func:`_fold_surnames`).

    Counted in one pass over the rows (``pd.crosstab`` and a groupby cost more than the
    counting itself on a batch of articles); rows without a stance count for no party, as a
    cross-tabulation would drop them.
    """
    cols = ["party", "articles", "attributions", "assert", "deny", "dispute", "hedge", "report"]
    stances = cols[3:]
    empty = pd.DataFrame({c: pd.Series(dtype="str" if c == "party" else "int64") for c in cols})
    if findings.empty or "speaker_resolved" not in findings:
        return empty
    counts: dict[str, dict[str, int]] = {}
    seen: dict[str, set[Any]] = {}
    for party, stance, article in zip(
        findings["speaker_resolved"].tolist(),
        findings["stance"].tolist(),
        findings["article_id"].tolist(),
        strict=True,
    ):
        if party is None or party is pd.NA or (isinstance(party, float) and party != party):
            continue
        party = str(party)
        if party == "":
            continue
        seen.setdefault(party, set()).add(article)
        if stance is None or stance is pd.NA or (isinstance(stance, float) and stance != stance):
            continue
        row = counts.setdefault(party, {})
        row[stance] = row.get(stance, 0) + 1
    if not counts:
        return empty
    _fold_surnames(counts, seen)
    parties = sorted(counts, key=lambda p: (-len(seen[p]), -sum(counts[p].values()), p))
    numbers: dict[str, list[int]] = {
        "articles": [len(seen[p]) for p in parties],
        "attributions": [sum(counts[p].values()) for p in parties],
        **{s: [counts[p].get(s, 0) for p in parties] for s in stances},
    }
    return pd.DataFrame(
        {
            "party": pd.Series(parties, dtype="str"),
            **{c: pd.Series(v, dtype="int64") for c, v in numbers.items()},
        }
    )


def _fold_surnames(counts: dict[str, dict[str, int]], seen: dict[str, set[Any]]) -> None:
    """Count a one-word party with the one person of the corpus it is the surname of.

    Within an article a bare "Trump" already takes the full name the article gives; an article
    that only says "President Trump" still yields "Trump". Across the corpus it joins "Donald
    Trump" when exactly one party of two or more capitalised words ends in that word and that
    party is quoted in at least two articles (so a one-off "Don Guardian" does not swallow the
    newspaper "Guardian"); two candidates ("Donald Trump", "Ivanka Trump") fold nothing.
    """
    by_surname: dict[str, list[str]] = {}
    for party in seen:
        words = party.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and len(seen[party]) >= 2:
            by_surname.setdefault(words[-1], []).append(party)
    for short in [p for p in counts if " " not in p]:
        full = by_surname.get(short, [])
        if len(full) != 1 or full[0] not in counts:
            continue
        into = counts[full[0]]
        for stance, n in counts.pop(short).items():
            into[stance] = into.get(stance, 0) + n
        seen[full[0]] |= seen.pop(short)


def summarize_claims(findings: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per claim: how many articles agree, disagree, discuss or are unrelated."""
    labels = ["agree", "disagree", "discuss", "unrelated"]
    if findings.empty:
        return pd.DataFrame(
            {"claim": pd.Series(dtype="str"), **{k: pd.Series(dtype="int64") for k in labels}}
        )
    table = pd.crosstab(findings["claim"], findings["label"])
    for k in labels:
        if k not in table:
            table[k] = 0
    table = table[labels].reset_index()
    table.columns.name = None
    return table


def _view_attributions(context: ViewContext) -> Any:
    from newslens_stance.view import attributions_view

    return attributions_view(context)


def _view_claims(context: ViewContext) -> Any:
    from newslens_stance.view import claims_view

    return claims_view(context)


def _report_attributions(context: ViewContext) -> list[Any]:
    """Lazy trampoline: matplotlib is imported only when a report is drawn."""
    from newslens_stance.report import report

    return report(context)


def attributions_analysis() -> Analysis:
    """The ``stance.attributions.v1`` descriptor."""
    return Analysis(
        id=ATTRIBUTIONS_ID,
        title="Attributions",
        extract=extract_attributions,
        columns=COLUMNS,
        summarize=summarize_attributions,
        view=_view_attributions,
        report=_report_attributions,
        report_columns=(
            "speaker",
            "speaker_resolved",
            "cue",
            "cue_class",
            "content",
            "stance",
            "form",
        ),
        description=(
            "Who said what, and how: speaker (with pronouns and 'the minister' resolved to "
            "the last fitting named speaker), reporting cue and lemma, content, form (direct, "
            "indirect, mixed) and stance (assert, deny, dispute, hedge, report); plus "
            "unattributed hedges ('reportedly'). Rule-based, no model."
        ),
    )


def claims_analysis(
    claims: Iterable[str] | None = None, model: str | Path | None = None
) -> Analysis:
    """``stance.claims.v1`` with the claims (and optionally a trained model) bound in.

    :param claims: the claims to test against every article; ``None`` reads each article's
        ``claims`` field instead (what the registered analysis does).
    :param model: path of a model saved by ``newslens stance train`` (``.npz``); ``None`` uses
        the untrained default. Pass it to :func:`newslens.analyze` directly::

            newslens.analyze(articles, [claims_analysis(["Russia hit civilians"])])
    """
    bound = tuple(c for c in (claims or ()) if isinstance(c, str) and c.strip())
    model_path = str(Path(model).resolve()) if model else None
    extract = partial(extract_claims, claims=bound or None, model=model_path)
    return Analysis(
        id=CLAIMS_ID,
        title="Claims",
        extract=extract,
        columns=CLAIM_COLUMNS,
        # the title weighs in the score; the article's own claims when none are bound
        reads=("title",) if bound else ("title", "claims", "claim"),
        parameters={"claims": list(bound), "model": _file_digest(model_path)},
        summarize=summarize_claims,
        report_columns=("claim", "label", "score", "evidence", "denying_sources"),
        view=_view_claims,
        description=(
            "Label each (claim, article) pair agree, disagree, discuss or unrelated, with a "
            "score and the sentences that decided it. Claims come from the articles' 'claims' "
            "column or from claims_analysis(claims, model=...). Default: lexical relatedness "
            "plus attributions and refutation cues, nothing trained."
        ),
    )


def _file_digest(path: str | None) -> str:
    """A model file's content hash: a retrained model at the same path is a new parameter."""
    if not path:
        return ""
    import hashlib

    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return f"unreadable:{path}"


@hookimpl
def newslens_register_analyses(registry: AnalysisRegistry) -> None:
    registry.add(attributions_analysis())
    registry.add(claims_analysis())


@hookimpl
def newslens_register_report_sections(registry: ReportSectionRegistry) -> None:
    """The "claims checked" section (a claim box in JupyterLab)."""
    from newslens_stance.claim_check import SECTION

    registry.add(SECTION)


@hookimpl
def newslens_register_commands(cli: click.Group) -> None:
    import click

    from newslens_stance.train import DEFAULT_CALIBRATE

    @cli.group("stance")
    def stance() -> None:
        """Stance tools: train a claim/article model."""

    @stance.command("train")
    @click.argument("pairs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.argument(
        "bodies", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
    )
    @click.option(
        "--out",
        required=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="Where to write the model (.npz; no pickle, safe to load).",
    )
    @click.option(
        "--embeddings",
        is_flag=True,
        help="Add sentence-embedding features (needs the 'embeddings' extra; slower).",
    )
    @click.option(
        "--calibrate",
        default=DEFAULT_CALIBRATE,
        show_default=True,
        type=click.FloatRange(0.0, 0.5),
        help="Share of claim clusters held out to tune the class weights, then refit on all "
        "(0: off, half the training time, fewer disagree found).",
    )
    def train(
        pairs: Path, bodies: Path | None, out: Path, embeddings: bool, calibrate: float
    ) -> None:
        """Train on PAIRS (FNC-1 layout: Headline, Body ID, Stance, with BODIES: Body ID,
        articleBody; or one CSV of claim,text,label)."""
        from newslens_stance.train import train_command

        report = train_command(pairs, bodies, out, embeddings=embeddings, calibrate=calibrate)
        click.echo(report)
