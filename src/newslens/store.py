"""A result store in DuckDB: incremental re-runs keyed by content hash and analysis version.

Tables (query them with :meth:`Store.sql`):

- ``articles``: one row per article id: the core columns, ``content_hash`` (of the cleaned
  text), ``seq`` (load order) and ``extra`` (other metadata as JSON).
- one findings table per analysis, named after its id with dots as underscores
  (``numbers.v1`` -> ``numbers_v1``): ``content_hash``, ``ord`` (the finding's position in its
  article's output) and the declared columns (``object`` columns as JSON).
- ``done``: which (content hash, analysis id, version) have been computed, with the number of
  findings; ``errors``: the error rows, keyed the same way.

Findings belong to content, not to ids: two articles with the same text are analysed once,
and an article whose text changes is analysed again. A run writes each chunk of articles in
one transaction (findings + errors + ``done`` rows), so an interrupted run (Ctrl-C or a
killed process) leaves every chunk either complete or absent, and the next run computes only
what is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd

from newslens.analysis import Analysis, Article
from newslens.frames import empty_findings
from newslens.manager import NewslensPluginManager, get_plugin_manager
from newslens.runner import (
    ERROR_COLUMNS,
    Results,
    _chunks,
    _execute,
    empty_errors,
    progress_enabled,
    resolve_analyses,
)
from newslens.schema import CORE_COLUMNS, content_hash, validate_articles

ChunkEntry = tuple[list[dict[str, Any]], list[str], list[dict[str, str]]]

SQL_TYPES = {
    "str": "VARCHAR",
    "int64": "BIGINT",
    "Int64": "BIGINT",
    "float64": "DOUBLE",
    "boolean": "BOOLEAN",
    "bool": "BOOLEAN",
    "object": "VARCHAR",  # JSON text
    "datetime64[ns, UTC]": "TIMESTAMPTZ",
}


def table_name(analysis_id: str) -> str:
    """The findings table of an analysis: ``numbers.v1`` -> ``numbers_v1``."""
    return analysis_id.replace(".", "_")


def _json(value: Any) -> str:
    from newslens.results_io import _plain

    return json.dumps(_plain(value), ensure_ascii=False, default=str)


# Article fields compared on a re-put: an unchanged row is not rewritten (a re-run over a big
# corpus with a few changes then writes only those few).
_STORED_FIELDS = (
    "content_hash", "title", "text", "raw_text", "published", "source", "url", "path", "notes",
    "extra",
)  # fmt: skip


class Store:
    """Articles and findings in one DuckDB file (or ``":memory:"``)."""

    def __init__(self, path: str | Path = ":memory:", *, memory_limit: str = "512MB") -> None:
        """Open (or create) the store at ``path``.

        :param memory_limit: DuckDB's buffer cap (its default is 80% of RAM). The store is a
            neighbour of the analysis workers: capped, a streamed run of 210,000 articles stays
            under 1.5 GB for the whole process tree; larger SQL queries spill to disk beside a
            file store. Raise it for heavy interactive SQL.
        """
        import duckdb

        self.path = str(path)
        self.con = duckdb.connect(self.path, config={"memory_limit": memory_limit})
        self.con.execute(
            """
            create table if not exists articles (
                article_id varchar primary key, seq bigint, content_hash varchar,
                title varchar, text varchar, raw_text varchar, published timestamptz,
                source varchar, url varchar, path varchar, notes varchar, extra varchar);
            create table if not exists done (
                content_hash varchar, analysis_id varchar, version varchar, n_findings bigint,
                primary key (content_hash, analysis_id));
            create table if not exists errors (
                content_hash varchar, analysis_id varchar, version varchar,
                error_type varchar, message varchar);
            """
        )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ queries

    def sql(self, query: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run SQL against the store and return a DataFrame."""
        return self.con.execute(query, params or []).df()

    def tables(self) -> list[str]:
        return sorted(self.sql("select table_name from information_schema.tables")["table_name"])

    # ------------------------------------------------------------------ articles

    def put_articles(self, articles: pd.DataFrame, batch_size: int = 5_000) -> int:
        """Insert or update articles by id; returns how many are new or changed.

        Batches of ``batch_size`` rows, each in its own transaction: memory stays bounded on
        corpora of hundreds of thousands of articles, and every stored row is a whole article
        (an interrupted put leaves earlier batches stored and the rest to the next run).
        """
        return self._put(articles, batch_size)[0]

    def _put(self, articles: pd.DataFrame, batch_size: int = 5_000) -> tuple[int, dict[str, str]]:
        """:meth:`put_articles`, also returning each article's content hash by id (so
        :meth:`analyze` does not hash the texts a second time)."""
        validate_articles(articles)
        changed = 0
        hashes: dict[str, str] = {}
        for begin in range(0, len(articles), batch_size):
            changed += self._put_batch(articles.iloc[begin : begin + batch_size], hashes)
        return changed, hashes

    def _put_batch(self, articles: pd.DataFrame, hashes: dict[str, str]) -> int:
        articles = articles.reset_index(drop=True)
        extra_columns = [c for c in articles.columns if c not in CORE_COLUMNS]
        digests = [content_hash(t) for t in articles["text"]]
        hashes.update(zip(articles["article_id"], digests, strict=True))
        frame = pd.DataFrame(
            {
                "article_id": articles["article_id"],
                "content_hash": digests,
                "title": articles["title"],
                "text": articles["text"],
                "raw_text": articles["raw_text"],
                "published": articles["published"],
                "source": articles["source"],
                "url": articles["url"],
                "path": articles["path"],
                "notes": [_json(list(n)) for n in articles["notes"]],
                "extra": [
                    _json(
                        {
                            k: v
                            for k, v in row.items()
                            if pd.api.types.is_scalar(v) is False or pd.notna(v)
                        }
                    )
                    for row in articles[extra_columns].to_dict("records")
                ]
                if extra_columns
                else ["{}"] * len(articles),
            }
        )
        self.con.register("incoming", frame)
        try:
            self.con.execute("begin")
            changed = self.con.execute(
                """select count(*) from incoming i left join articles a using (article_id)
                   where a.article_id is null or a.content_hash <> i.content_hash"""
            ).fetchone()[0]
            start = self.con.execute("select coalesce(max(seq), -1) + 1 from articles").fetchone()[
                0
            ]
            self.con.execute(
                """insert or replace into articles
                   select i.article_id, coalesce(a.seq, ? + row_number() over () - 1),
                          i.content_hash, i.title, i.text, i.raw_text, i.published, i.source,
                          i.url, i.path, i.notes, i.extra
                   from incoming i left join articles a using (article_id)
                   where a.article_id is null"""
                + "".join(f" or i.{c} is distinct from a.{c}" for c in _STORED_FIELDS),
                [start],
            )
            self.con.execute("commit")
        except BaseException:
            self.con.execute("rollback")
            raise
        finally:
            self.con.unregister("incoming")
        return int(changed)

    def articles(self) -> pd.DataFrame:
        """The stored articles as a schema-valid frame, in load order."""
        from newslens.schema import articles_from_records

        frame = self.sql("select * from articles order by seq")
        records = []
        for row in frame.to_dict("records"):
            extra = json.loads(row.pop("extra") or "{}")
            row["notes"] = tuple(json.loads(row["notes"] or "[]"))
            row.pop("seq")
            row.pop("content_hash")
            records.append({**row, **extra})
        return articles_from_records(records)

    # ------------------------------------------------------------------ findings

    def _ensure_table(self, analysis: Analysis) -> None:
        columns = ", ".join(f'"{c}" {SQL_TYPES[d]}' for c, d in analysis.columns.items())
        self.con.execute(
            f'create table if not exists "{table_name(analysis.id)}" '
            f"(content_hash varchar, ord bigint{', ' + columns if columns else ''})"
        )

    def pending(
        self, analysis: Analysis, version: str, hashes: Iterable[str] | None = None
    ) -> set[str]:
        """Content hashes of stored articles not yet computed for this analysis version."""
        rows = self.con.execute(
            """select distinct a.content_hash from articles a
               left join done d on d.content_hash = a.content_hash and d.analysis_id = ?
                    and d.version = ?
               where d.content_hash is null""",
            [analysis.id, version],
        ).fetchall()
        found = {r[0] for r in rows}
        return found if hashes is None else found & set(hashes)

    def _write_chunk(
        self, entries: list[tuple[Analysis, str, list[str], ChunkEntry]], hashes: dict[str, str]
    ) -> None:
        """Write one chunk's findings, errors and done rows, for every analysis, atomically."""
        self.con.execute("begin")
        try:
            for analysis, version, chunk_hashes, (rows, ids, errors) in entries:
                table = table_name(analysis.id)
                # rows of a stale version for these hashes go first
                self.con.execute(
                    f'delete from "{table}" where content_hash in (select unnest(?))',
                    [chunk_hashes],
                )
                self.con.execute(
                    "delete from errors where analysis_id = ? "
                    "and content_hash in (select unnest(?))",
                    [analysis.id, chunk_hashes],
                )
                if rows:
                    frame = pd.DataFrame.from_records(rows, columns=list(analysis.columns))
                    for column, dtype in analysis.columns.items():
                        if dtype == "object":
                            frame[column] = frame[column].map(_json)
                    frame.insert(0, "content_hash", [hashes[i] for i in ids])
                    frame.insert(1, "ord", frame.groupby("content_hash").cumcount())
                    self._insert(table, frame)
                if errors:
                    self._insert(
                        "errors",
                        pd.DataFrame(
                            [
                                {
                                    "content_hash": hashes[e["article_id"]],
                                    "analysis_id": analysis.id,
                                    "version": version,
                                    "error_type": e["error_type"],
                                    "message": e["message"],
                                }
                                for e in errors
                            ]
                        ),
                    )
                counts: dict[str, int] = {}
                for article_id in ids:
                    counts[hashes[article_id]] = counts.get(hashes[article_id], 0) + 1
                done = pd.DataFrame(
                    {
                        "content_hash": chunk_hashes,
                        "analysis_id": analysis.id,
                        "version": version,
                        "n_findings": [counts.get(h, 0) for h in chunk_hashes],
                    }
                )
                self._insert("done", done, replace=True)
            self.con.execute("commit")
        except BaseException:
            self.con.execute("rollback")
            raise

    def _insert(self, table: str, frame: pd.DataFrame, replace: bool = False) -> None:
        self.con.register("_incoming_rows", frame)
        try:
            verb = "insert or replace" if replace else "insert"
            self.con.execute(f'{verb} into "{table}" select * from _incoming_rows')
        finally:
            self.con.unregister("_incoming_rows")

    def analyze(
        self,
        articles: pd.DataFrame,
        analyses: Iterable[str | Analysis] | None = None,
        *,
        workers: int | None = None,
        timeout: float | None = 60.0,
        progress: bool | None = True,
        plugin_manager: NewslensPluginManager | None = None,
        chunk_size: int = 256,
        pool: ProcessPoolExecutor | None = None,
    ) -> dict[str, int]:
        """Store ``articles`` and compute only what is missing; returns articles computed per id.

        ``pool``: workers from :func:`newslens.runner.worker_pool`, reused across calls (a
        streamed run passes one for all its batches); ``workers`` is then the window size.
        """
        pm = plugin_manager or get_plugin_manager()
        chosen = resolve_analyses(analyses, pm)
        # The hashes of this batch only (the stored rows are these, just upserted by id):
        # reading the whole articles table back would make a streamed run quadratic.
        _, hashes = self._put(articles)
        versions = {a.id: (a, a.version or _version(pm, a)) for a in chosen}
        for analysis in chosen:
            self._ensure_table(analysis)
        wanted = {hashes[a] for a in articles["article_id"]}
        todo = {a.id: self.pending(a, versions[a.id][1], wanted) for a in chosen}
        computed = {a.id: len(todo[a.id]) for a in chosen}
        # One representative article per content hash that some analysis still needs.
        seen: set[str] = set()
        needed = set().union(*todo.values()) if todo else set()
        from newslens.runner import iter_articles

        # Only the rows still needed become Article objects (a re-run touches a few of many).
        wanted_rows = articles[articles["article_id"].map(hashes).isin(needed)]

        def pending_articles() -> Iterator[Article]:
            for article in iter_articles(wanted_rows):
                digest = hashes[article.article_id]
                if digest in needed and digest not in seen:
                    seen.add(digest)
                    yield article

        from tqdm.auto import tqdm

        bar = tqdm(total=len(needed), unit="article", disable=not progress_enabled(progress))
        try:
            # Only analyses with pending work run; an analysis already done on one of a chunk's
            # hashes has those rows dropped before writing (so a re-run never duplicates).
            runnable = [a for a in chosen if todo[a.id]]
            chunks = _chunks(pending_articles(), chunk_size)
            for chunk, result in _execute(chunks, runnable, workers, timeout, pool):
                entries = []
                for analysis_id, (rows, ids, errors) in result.items():
                    keep = todo[analysis_id]
                    chunk_hashes = sorted({hashes[a.article_id] for a in chunk} & keep)
                    if not chunk_hashes:
                        continue
                    mask = [hashes[i] in keep for i in ids]
                    entries.append(
                        (
                            versions[analysis_id][0],
                            versions[analysis_id][1],
                            chunk_hashes,
                            (
                                [r for r, m in zip(rows, mask, strict=True) if m],
                                [i for i, m in zip(ids, mask, strict=True) if m],
                                [e for e in errors if hashes[e["article_id"]] in keep],
                            ),
                        )
                    )
                self._write_chunk(entries, hashes)
                bar.update(len(chunk))
        finally:
            bar.close()
        return computed

    def results(
        self,
        analyses: Iterable[str | Analysis] | None = None,
        *,
        plugin_manager: NewslensPluginManager | None = None,
    ) -> Results:
        """Findings and errors for the stored articles, as :func:`newslens.analyze` returns them."""
        pm = plugin_manager or get_plugin_manager()
        chosen = resolve_analyses(analyses, pm)
        findings: dict[str, pd.DataFrame] = {}
        tables = set(self.tables())
        for analysis in chosen:
            name = table_name(analysis.id)
            if name not in tables:
                findings[analysis.id] = empty_findings(analysis)
                continue
            version = analysis.version or _version(pm, analysis)
            columns = ", ".join(f'f."{c}"' for c in analysis.columns)
            frame = self.sql(
                f"""select a.article_id{", " + columns if columns else ""}
                    from articles a join "{name}" f using (content_hash)
                    join done d on d.content_hash = a.content_hash and d.analysis_id = ?
                         and d.version = ?
                    order by a.seq, f.ord""",
                [analysis.id, version],
            )
            from newslens.frames import findings_frame

            records = frame.drop(columns=["article_id"]).to_dict("records")
            for column, dtype in analysis.columns.items():
                if dtype == "object":
                    for record in records:
                        record[column] = (
                            json.loads(record[column]) if record[column] is not None else None
                        )
            findings[analysis.id] = findings_frame(analysis, records, frame["article_id"].tolist())
        errors = self.sql(
            """select a.article_id, e.analysis_id as analysis, e.error_type, e.message
               from errors e join articles a using (content_hash)
               join done d on d.content_hash = e.content_hash and d.analysis_id = e.analysis_id
                    and d.version = e.version
               order by a.seq, e.analysis_id"""
        )
        errors = errors.astype("str") if len(errors) else empty_errors()
        errors = errors[errors["analysis"].isin([a.id for a in chosen])].reset_index(drop=True)
        # The plugin is who provides the analysis now, so it is not stored with the error.
        errors["plugin"] = errors["analysis"].map({a.id: a.plugin for a in chosen}).astype("str")
        return Results(
            findings=findings,
            errors=errors[list(ERROR_COLUMNS)],
            analyses={a.id: a for a in chosen},
            n_articles=int(self.sql("select count(*) n from articles")["n"][0]),
        )

    def counts(
        self,
        analyses: Iterable[str | Analysis] | None = None,
        *,
        plugin_manager: NewslensPluginManager | None = None,
    ) -> pd.DataFrame:
        """Findings, articles with findings and errors per analysis (``Results.summary``'s
        columns), counted in SQL so a large store is never read into memory."""
        pm = plugin_manager or get_plugin_manager()
        tables = set(self.tables())
        rows = []
        for analysis in resolve_analyses(analyses, pm):
            version = analysis.version or _version(pm, analysis)
            name = table_name(analysis.id)
            findings = with_findings = 0
            if name in tables:
                findings, with_findings = self.con.execute(
                    f"""select count(*), count(distinct a.article_id)
                        from articles a join "{name}" f using (content_hash)
                        join done d on d.content_hash = a.content_hash and d.analysis_id = ?
                             and d.version = ?""",
                    [analysis.id, version],
                ).fetchone()
            errors = self.con.execute(
                """select count(*) from errors e join articles a using (content_hash)
                   where e.analysis_id = ? and e.version = ?""",
                [analysis.id, version],
            ).fetchone()[0]
            rows.append(
                {
                    "analysis": analysis.id,
                    "findings": int(findings),
                    "articles_with_findings": int(with_findings),
                    "errors": int(errors),
                }
            )
        return pd.DataFrame(
            rows, columns=["analysis", "findings", "articles_with_findings", "errors"]
        )

    def export_parquet(self, directory: str | Path) -> list[Path]:
        """Write every table to ``directory/TABLE.parquet``."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        for name in self.tables():
            path = directory / f"{name}.parquet"
            self.con.execute(f"copy \"{name}\" to '{path.as_posix()}' (format parquet)")
            written.append(path)
        return written


def _version(pm: NewslensPluginManager, analysis: Analysis) -> str:
    try:
        return pm.analysis_version(analysis.id)
    except KeyError:
        return "0"
