"""Cache keys: a hash of everything a result depends on, so a cache can never serve another's.

An analysis's result for one article depends on three things, and each is in a key:

- what it reads of the article: ``text`` and the fields it declares in ``requires`` and
  ``reads`` (:func:`input_key`; the runner hands ``extract`` nothing else, so the declaration
  and the key cannot drift apart);
- what is bound into it: ``parameters`` and the arguments of a :func:`functools.partial`
  ``extract`` (claims to check, a model path);
- its code: the core's sentence splitter (:func:`splitter_fingerprint`: ``sentence`` is an
  index into its spans) and ``version``, which the registry fills from the plugin's
  distribution version, or, for a plugin with none (a one-file plugin, a notebook cell), from
  a hash of its source (:func:`source_version`), so editing it is enough to recompute. A
  distribution installed in editable mode (``pip install -e``: a checkout being worked on)
  gets its version plus a hash of its package's source files (:func:`distribution_version`):
  its code changes without a version bump, and a cache must not serve the old code's results.

A corpus-level result depends on its own key, its inputs' keys and the whole articles frame
(:func:`corpus_key`).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import math
from collections.abc import Iterable, Mapping
from types import CodeType, ModuleType
from typing import Any

import pandas as pd

from newslens.analysis import Analysis


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def _plain(value: Any) -> Any:
    """A JSON-able, order-stable form of a field value or parameter."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, pd.Timestamp):
        return None if value is pd.NaT else value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple, set, frozenset)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        if isinstance(value, (set, frozenset)):
            items = sorted(items, key=repr)
        return [_plain(v) for v in items]
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return repr(value)


def _json(value: Any) -> str:
    return json.dumps(_plain(value), sort_keys=True, ensure_ascii=False, default=repr)


def input_key(text: str, fields: Mapping[str, Any] | None = None) -> str:
    """The key of what one analysis reads of one article: its text and declared fields."""
    if not fields:
        return _digest("text", text)
    return _digest("text", text, _json(dict(fields)))


def code_fingerprint(function: Any) -> str:
    """A hash of a function's compiled code (and of a partial's arguments): what identifies a
    function defined in a notebook, which has neither a package version nor a source file."""
    parts: list[str] = []

    def add_code(code: CodeType) -> None:
        parts.append(code.co_code.hex())
        parts.append(repr(code.co_names))
        for const in code.co_consts:
            if isinstance(const, CodeType):
                add_code(const)
            else:
                parts.append(repr(const))

    while isinstance(function, functools.partial):
        parts.append(_json([function.args, function.keywords]))
        function = function.func
    code = getattr(function, "__code__", None)
    if code is not None:
        add_code(code)
    else:
        parts.append(getattr(function, "__qualname__", repr(type(function))))
    return _digest(*parts)


def source_version(plugin: object) -> str:
    """``source-<hash>`` of a plugin's source (its file, else its module's or class's code):
    the version of a plugin that has no distribution."""
    try:
        if isinstance(plugin, ModuleType) and getattr(plugin, "__file__", None):
            with open(plugin.__file__, "rb") as handle:  # type: ignore[arg-type]
                data = handle.read().decode("utf-8", "surrogateescape")
        else:
            target = plugin if isinstance(plugin, (ModuleType, type)) else type(plugin)
            data = inspect.getsource(target)
    except (OSError, TypeError):
        functions = [getattr(plugin, n) for n in dir(plugin) if n.startswith("newslens_")]
        data = "".join(code_fingerprint(f) for f in functions if callable(f))
    return "source-" + _digest(data)[:12]


def distribution_version(dist: Any, module: str) -> str:
    """The version a distribution's analyses are cached under: its declared version, plus
    ``+src.<hash>`` of the ``.py`` files of ``module``'s top-level package when the
    distribution is an editable install (PEP 610 ``direct_url.json``)."""
    version = str(dist.version)
    try:
        direct = json.loads(dist.read_text("direct_url.json") or "{}")
    except (OSError, ValueError):
        return version
    if not direct.get("dir_info", {}).get("editable"):
        return version
    import importlib.util
    from pathlib import Path

    try:
        spec = importlib.util.find_spec(module.split(":")[0].split(".")[0])
    except (ImportError, ValueError):
        return version
    if spec is None:
        return version
    files: list[tuple[str, Path]] = []
    for root in spec.submodule_search_locations or []:  # a package: every module in it
        files += [(str(p.relative_to(root)), p) for p in Path(root).rglob("*.py")]
    if not files and spec.origin and spec.origin.endswith(".py"):  # a one-module distribution
        files = [(Path(spec.origin).name, Path(spec.origin))]
    if not files:
        return version
    digest = hashlib.sha256()
    for name, path in sorted(files):
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return f"{version}+src.{digest.hexdigest()[:12]}"


def _bound(function: Any) -> list[Any]:
    bound = []
    while isinstance(function, functools.partial):
        bound.append([function.args, function.keywords])
        function = function.func
    return bound


@functools.cache
def splitter_fingerprint() -> str:
    """A hash of the core's sentence splitter's source.

    Every per-article result depends on it besides the analysis's own code: ``sentence`` in
    each frame is an index into :attr:`Article.sentences`, and extractors read sentence by
    sentence. It is in every analysis key, so a change to the splitter (a core upgrade, or an
    edit in a checkout) recomputes cached results instead of serving old sentence numbers.
    """
    from newslens import sentences

    with open(sentences.__file__, "rb") as handle:
        return _digest(handle.read().decode("utf-8", "surrogateescape"))[:12]


def analysis_key(analysis: Analysis) -> str:
    """The key of an analysis's code and bindings (its part of every cache key), with the
    core's sentence splitter (:func:`splitter_fingerprint`)."""
    version = analysis.version or "code-" + _digest(
        *(
            code_fingerprint(f)
            for f in (analysis.extract, analysis.combine, analysis.summarize)
            if f
        )
    )
    return _digest(
        analysis.id,
        version,
        splitter_fingerprint(),
        _json(analysis.parameters),
        _json(_bound(analysis.extract)),
        _json(_bound(analysis.combine)),
        _json([analysis.requires, analysis.reads, analysis.inputs]),
    )


def corpus_key(own: str, inputs: Iterable[str], articles_digest: str) -> str:
    """The key of a corpus-level result: its analysis, its inputs' keys, the articles."""
    return _digest("corpus", own, *inputs, articles_digest)


def articles_digest(articles: pd.DataFrame) -> str:
    """One hash of a whole articles frame (every column, in row order)."""
    hashed = pd.util.hash_pandas_object(
        articles.astype({c: "str" for c in articles.columns if articles[c].dtype == object}),
        index=False,
    )
    return _digest("articles", hashlib.blake2b(hashed.to_numpy().tobytes()).hexdigest())
