"""Which analyses a run needs, in which order, under which cache keys.

Selecting a corpus-level analysis pulls in its ``inputs`` (transitively); per-article
analyses run first, then corpus-level ones, each after its inputs (never by registration
order). A cycle is a plugin bug and raises :class:`PlanError`; an input no loaded plugin
registers is reported by the runner as an error row for the analysis that needs it, naming
its plugin and the missing id, so the rest of the run stands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newslens.analysis import Analysis
from newslens.keys import analysis_key
from newslens.registry import AnalysisRegistry


class PlanError(ValueError):
    """The selected analyses cannot be ordered (a cycle, or an id selected twice)."""


@dataclass
class Plan:
    """The analyses of a run, in run order, with what could not be planned.

    :param analyses: per-article analyses first, then corpus-level ones after their inputs.
    :param missing: for an analysis whose inputs are not all registered, the ids it lacks
        (it and everything downstream of it are left out of ``analyses``).
    :param keys: each planned analysis's cache key; a corpus-level one's covers its inputs'.
    """

    analyses: list[Analysis]
    missing: dict[str, list[str]] = field(default_factory=dict)
    unplanned: dict[str, Analysis] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)

    @property
    def per_article(self) -> list[Analysis]:
        return [a for a in self.analyses if a.extract is not None]

    @property
    def corpus_level(self) -> list[Analysis]:
        return [a for a in self.analyses if a.combine is not None]

    @property
    def selected(self) -> list[Analysis]:
        """Everything asked for or pulled in, planned or not, in a stable order."""
        return self.analyses + list(self.unplanned.values())


def plan(
    selection: Iterable[str | Analysis] | None, registry: AnalysisRegistry | Iterable[Analysis]
) -> Plan:
    """Plan a run of ``selection`` (ids or :class:`Analysis` objects; ``None``: everything
    registered) against ``registry`` (what ``newslens plugins`` lists)."""
    registered: dict[str, Analysis] = {a.id: a for a in registry}
    # an AnalysisRegistry's KeyError lists the available ids
    lookup = registry if isinstance(registry, AnalysisRegistry) else registered
    if selection is None:
        chosen = list(registered.values())
    else:
        chosen = [item if isinstance(item, Analysis) else lookup[item] for item in selection]
        ids = [a.id for a in chosen]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise PlanError(f"analysis selected twice: {', '.join(twice)}")
    known = {a.id: a for a in chosen}
    # Pull in inputs, transitively; an object passed in wins over the registered one.
    queue = list(chosen)
    while queue:
        analysis = queue.pop()
        for input_id in analysis.inputs:
            if input_id not in known and input_id in registered:
                known[input_id] = registered[input_id]
                queue.append(registered[input_id])

    missing: dict[str, list[str]] = {}
    order: list[Analysis] = []
    state: dict[str, str] = {}

    def visit(analysis: Analysis, path: list[str]) -> bool:
        """Place ``analysis`` after its inputs; False when an input is missing."""
        if state.get(analysis.id) == "done":
            return analysis.id not in missing
        if state.get(analysis.id) == "visiting":
            cycle = " -> ".join([*path[path.index(analysis.id) :], analysis.id])
            raise PlanError(
                f"analyses depend on each other in a cycle: {cycle} (plugin "
                f"{analysis.plugin or '?'!r}); a corpus-level analysis cannot read its own output"
            )
        state[analysis.id] = "visiting"
        ok = True
        for input_id in analysis.inputs:
            if input_id not in known or not visit(known[input_id], [*path, analysis.id]):
                missing.setdefault(analysis.id, []).append(input_id)
                ok = False
        state[analysis.id] = "done"
        if ok:
            order.append(analysis)
        return ok

    per_article = [a for a in known.values() if a.extract is not None]
    for analysis in known.values():
        if analysis.combine is not None:
            visit(analysis, [])
    corpus = [a for a in order if a.combine is not None]
    result = Plan(
        analyses=per_article + corpus,
        missing=missing,
        unplanned={i: known[i] for i in missing},
    )
    for analysis in result.analyses:
        own = analysis_key(analysis)
        inputs = [result.keys[i] for i in analysis.inputs]
        result.keys[analysis.id] = own if not inputs else _chain(own, inputs)
    return result


def _chain(own: str, inputs: list[str]) -> str:
    from newslens.keys import corpus_key

    return corpus_key(own, inputs, "")


def missing_message(analysis: Analysis, missing: list[str]) -> str:
    """Why a corpus-level analysis could not run: which inputs, and what to do."""
    names = ", ".join(repr(m) for m in missing)
    return (
        f"needs input(s) {names}, which no loaded plugin provides (or which could not run); "
        "install or enable the plugin that registers them (`newslens plugins` lists what is "
        "loaded)"
    )
