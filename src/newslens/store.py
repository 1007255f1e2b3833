"""A result store in DuckDB: incremental re-runs, keyed by everything a result depends on.

Tables (query them with :meth:`Store.sql`):

- ``articles``: one row per article id: the core columns, ``content_hash`` (of the cleaned
  text), ``seq`` (load order) and ``extra`` (other metadata as JSON).
- one findings table per per-article analysis, named after its id with dots as underscores
  (``numbers.v1`` -> ``numbers_v1``): ``article_id``, ``ord`` (the finding's position in its
  article's output) and the declared columns (``object`` columns as JSON), so
  ``select * from numbers_v1 join articles using (article_id)`` needs no other key.
- one table per corpus-level analysis (``stories_v1``), with its declared columns.
- ``done``: per (article, analysis), the ``input_key`` (a hash of what the analysis reads of
  the article: text plus its declared fields) and ``version`` (a hash of the analysis's
  version and parameters) it was computed for, and the number of findings; ``errors``: the
  error rows, keyed the same way; ``corpus_done`` and ``summaries``: the corpus-level steps'
  keys (their analysis, their inputs, the whole articles table) and summary frames.
- ``meta``: the store's schema version.

An article is computed again when its ``input_key`` or the analysis's ``version`` changes,
and only then. Within a batch, articles with the same input (syndicated copies) are computed
once. A run writes each chunk of articles in one transaction (findings + errors + ``done``
rows), so an interrupted run (Ctrl-C or a killed process) leaves every chunk either complete
or absent, and the next run computes only what is missing.

A store written by newslens 0.1 (keyed by text only, so it could serve results computed for
another publication date or other parameters) is detected on opening: its findings are
dropped, with a warning, and recomputed by the next run; its articles are kept.
"""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from newslens.analysis import Analysis, Article
from newslens.assembly import ERROR_COLUMNS, ChunkResult, Results, assemble
from newslens.frames import check_frame, empty_findings, findings_frame_from_columns
from newslens.keys import input_key
from newslens.manager import NewslensPluginManager, get_plugin_manager
from newslens.plan import Plan
from newslens.runner import _chunks, _execute, iter_articles, plan_run, progress_enabled
from newslens.schema import CORE_COLUMNS, content_hash, validate_articles

SCHEMA_VERSION = "2"
#: DuckDB's buffer cap while the articles are read for corpus-level steps (see _lean_buffers).
LEAN_MEMORY_LIMIT = "96MB"
#: ... and while the corpus-level steps run: enough for the joins that read a batch's inputs
#: (at 96 MB some of DuckDB's operators fail instead of spilling), far from the 512 MB that
#: would keep every table read in its buffers.
CORPUS_MEMORY_LIMIT = "192MB"

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


class StoreWarning(UserWarning):
    """Something about a store the user should know (e.g. an old store being rebuilt)."""


def table_name(analysis_id: str) -> str:
    """The table of an analysis: ``numbers.v1`` -> ``numbers_v1``."""
    return analysis_id.replace(".", "_")


def _json(value: Any) -> str:
    from newslens.results_io import _plain

    return json.dumps(_plain(value), ensure_ascii=False, default=str)


#: Article fields compared on a re-put: an unchanged row is not rewritten (a re-run over a big
#: corpus with a few changes writes only those few), and a changed one loses its results. Not
#: ``path``: it is provenance, not content ("corpus/a.txt" typed from another directory is the
#: same article), and no extractor sees it (:class:`newslens.Article` has no path), so a new
#: path is written without dropping anything.
_STORED_FIELDS = (
    "content_hash", "title", "text", "raw_text", "published", "source", "url", "notes", "extra",
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
        self.memory_limit = memory_limit
        if self.path != ":memory:":  # as --out does: `--store reports/x/corpus.duckdb` just works
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(self.path, config={"memory_limit": memory_limit})
        self._upgrade_old_schema()
        self.con.execute(
            f"""
            create table if not exists meta (key varchar primary key, value varchar);
            insert or replace into meta values ('schema', '{SCHEMA_VERSION}');
            create table if not exists articles (
                article_id varchar primary key, seq bigint, content_hash varchar,
                title varchar, text varchar, raw_text varchar, published timestamptz,
                source varchar, url varchar, path varchar, notes varchar, extra varchar);
            create table if not exists done (
                article_id varchar, analysis_id varchar, input_key varchar, version varchar,
                n_findings bigint, primary key (article_id, analysis_id));
            create table if not exists errors (
                article_id varchar, analysis_id varchar, input_key varchar, version varchar,
                error_type varchar, message varchar);
            create table if not exists corpus_done (
                step varchar primary key, key varchar, n_rows bigint);
            create table if not exists summaries (
                step varchar primary key, key varchar, data blob);
            """
        )

    def _upgrade_old_schema(self) -> None:
        """Drop the findings of a schema-1 store (keyed by text only), keeping its articles."""
        tables = set(self.tables())
        if "done" not in tables or "meta" in tables:
            return
        warnings.warn(
            f"the store {self.path} was written by newslens 0.1, whose cache keys missed the "
            "fields and parameters an analysis reads (it could serve another article's "
            "results); its findings are dropped and the next run recomputes them. Its "
            "articles are kept.",
            StoreWarning,
            stacklevel=3,
        )
        done = set(self.sql("select distinct analysis_id from done")["analysis_id"])
        for name in {table_name(a) for a in done} & tables:
            self.con.execute(f'drop table "{name}"')
        self.con.execute("drop table done; drop table errors")

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
        (an interrupted put leaves earlier batches stored and the rest to the next run). A
        changed article loses its computed results, so they are never read for it again.
        """
        validate_articles(articles)
        changed = 0
        for begin in range(0, len(articles), batch_size):
            changed += self._put_batch(articles.iloc[begin : begin + batch_size])
        return changed

    def _put_batch(self, articles: pd.DataFrame) -> int:
        articles = articles.reset_index(drop=True)
        extra_columns = [c for c in articles.columns if c not in CORE_COLUMNS]
        frame = pd.DataFrame(
            {
                "article_id": articles["article_id"],
                "content_hash": [content_hash(t) for t in articles["text"]],
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
            self.con.execute(
                """create or replace temp table changed_ids as
                   select i.article_id from incoming i left join articles a using (article_id)
                   where a.article_id is null"""
                + "".join(f" or i.{c} is distinct from a.{c}" for c in _STORED_FIELDS)
            )
            start = self.con.execute("select coalesce(max(seq), -1) + 1 from articles").fetchone()
            self.con.execute(
                """insert or replace into articles
                   select i.article_id, coalesce(a.seq, ? + row_number() over () - 1),
                          i.content_hash, i.title, i.text, i.raw_text, i.published, i.source,
                          i.url, i.path, i.notes, i.extra
                   from incoming i left join articles a using (article_id)
                   where i.article_id in (select article_id from changed_ids)""",
                [start[0] if start else 0],
            )
            self.con.execute(
                """update articles set path = i.path from incoming i
                   where articles.article_id = i.article_id
                     and articles.path is distinct from i.path"""
            )
            # results computed for the article's old content must never be read for the new
            self.con.execute("delete from done where article_id in (select * from changed_ids)")
            self.con.execute("delete from errors where article_id in (select * from changed_ids)")
            changed = self.con.execute("select count(*) from changed_ids").fetchone()
            self.con.execute("drop table changed_ids")
            self.con.execute("commit")
        except BaseException:
            self.con.execute("rollback")
            raise
        finally:
            self.con.unregister("incoming")
        return int(changed[0]) if changed else 0

    def articles(self, *, raw_text: bool = True) -> pd.DataFrame:
        """The stored articles as a schema-valid frame, in load order (``raw_text=False``
        leaves the raw text empty: what corpus-level steps get, at half the memory)."""
        from newslens.schema import articles_from_frame

        columns = "*" if raw_text else "* exclude (raw_text)"
        frame = self._ordered_frame(f"select {columns} from articles", "seq")
        frame = frame.drop(columns=["seq", "content_hash"])
        frame["notes"] = [tuple(json.loads(n or "[]")) for n in frame["notes"]]
        extras = [json.loads(e or "{}") for e in frame.pop("extra")]
        if any(extras):  # fields beyond the core (a reader's or a loader's own), as columns
            extra_frame = pd.DataFrame.from_records(extras)
            extra_frame = extra_frame.drop(columns=list(frame.columns), errors="ignore")
            frame = pd.concat([frame, extra_frame], axis=1)
        return articles_from_frame(frame)

    def _ordered_frame(self, select: str, order: str, step: int = 10_000) -> pd.DataFrame:
        """``select ... order by order`` as a frame, read ``step`` values of ``order`` at a time
        through Arrow. Why: one ``order by`` over 210,000 articles makes DuckDB sort the whole
        text in its buffers, and ``.df()`` builds Python strings; in slices, through Arrow,
        the peak is the frame plus one slice (measured: 1.1 GB down to 0.56 GB)."""
        import pyarrow as pa

        query = f"select min({order}), max({order}) from articles"
        bounds = self.con.execute(query).fetchall()[0]
        if bounds[0] is None:
            return self.sql(f"{select} order by {order}")
        low, high = bounds
        parts = [
            self.con.sql(
                f"{select} where {order} >= ? and {order} < ? order by {order}",
                params=[begin, begin + step],
            ).to_arrow_table()
            for begin in range(int(low), int(high) + 1, step)
        ]
        return pa.concat_tables(parts).to_pandas()

    def _articles_digest(self) -> str:
        """One hash of every stored article field: a corpus-level result's key covers it."""
        row = self.con.execute(
            """select md5(coalesce(string_agg(
                   concat_ws('|', article_id, content_hash, title, published, source, url,
                             path, extra), chr(30) order by seq), ''))
               from articles"""
        ).fetchone()
        return str(row[0]) if row else ""

    # ------------------------------------------------------------------ findings

    def _ensure_table(self, analysis: Analysis) -> None:
        columns = ", ".join(f'"{c}" {SQL_TYPES[d]}' for c, d in analysis.columns.items())
        if analysis.extract is not None:
            columns = "article_id varchar, ord bigint" + (", " + columns if columns else "")
        self.con.execute(f'create table if not exists "{table_name(analysis.id)}" ({columns})')

    def _write_chunk(self, entries: list[tuple[Analysis, str, list[str], ChunkEntry]]) -> None:
        """One chunk's findings, errors and done rows, for every analysis, atomically."""
        self.con.execute("begin")
        try:
            for analysis, version, chunk_ids, (rows, ids, errors, keys) in entries:
                table = table_name(analysis.id)
                # rows of an older computation for these articles go first
                for name in (table, "errors"):
                    where = "" if name == table else "analysis_id = ? and "
                    self.con.execute(
                        f'delete from "{name}" where {where}article_id in (select unnest(?))',
                        ([analysis.id] if name != table else []) + [chunk_ids],
                    )
                if rows:
                    frame = pd.DataFrame.from_records(rows, columns=list(analysis.columns))
                    for column, dtype in analysis.columns.items():
                        if dtype == "object":
                            frame[column] = frame[column].map(_json)
                    frame.insert(0, "article_id", ids)
                    frame.insert(1, "ord", frame.groupby("article_id").cumcount())
                    self._insert(table, frame)
                if errors:
                    self._insert(
                        "errors",
                        pd.DataFrame(
                            [
                                {
                                    "article_id": e["article_id"],
                                    "analysis_id": analysis.id,
                                    "input_key": keys[e["article_id"]],
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
                    counts[article_id] = counts.get(article_id, 0) + 1
                done = pd.DataFrame(
                    {
                        "article_id": chunk_ids,
                        "analysis_id": analysis.id,
                        "input_key": [keys[a] for a in chunk_ids],
                        "version": version,
                        "n_findings": [counts.get(a, 0) for a in chunk_ids],
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

    def _pending(
        self, analysis: Analysis, version: str, keys: dict[str, str]
    ) -> dict[str, list[str]]:
        """The batch's articles not yet computed for this input and version, grouped by input
        key (the first article of each group is computed; the others get its rows)."""
        frame = pd.DataFrame({"article_id": list(keys), "input_key": list(keys.values())})
        self.con.register("_batch_keys", frame)
        try:
            todo = self.con.execute(
                """select b.article_id, b.input_key from _batch_keys b
                   left join done d on d.article_id = b.article_id and d.analysis_id = ?
                        and d.input_key = b.input_key and d.version = ?
                   where d.article_id is null""",
                [analysis.id, version],
            ).fetchall()
        finally:
            self.con.unregister("_batch_keys")
        groups: dict[str, list[str]] = {}
        for article_id, key in todo:
            groups.setdefault(key, []).append(article_id)
        return groups

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
        """Store ``articles`` and compute what is missing of the per-article analyses; returns
        how many articles were computed per analysis id. Corpus-level analyses run (or come
        from their cache) in :meth:`results`, once the whole corpus is in.

        ``pool``: workers from :func:`newslens.runner.worker_pool`, reused across calls (a
        streamed run passes one for all its batches); ``workers`` is then the window size.
        """
        from newslens.runner import missing_columns

        pm = plugin_manager or get_plugin_manager()
        run_plan = plan_run(analyses, pm)
        self.put_articles(articles)
        runnable, missing = missing_columns(run_plan.per_article, articles)
        columns = set(articles.columns)
        frame = articles.reset_index(drop=True)
        keys: dict[str, dict[str, str]] = {}
        by_fields: dict[tuple[str, ...], dict[str, str]] = {}  # analyses reading the same
        todo: dict[str, dict[str, list[str]]] = {}
        for analysis in runnable:
            self._ensure_table(analysis)
            fields = tuple(f for f in analysis.fields if f in columns)
            if fields not in by_fields:
                by_fields[fields] = {
                    str(row["article_id"]): input_key(row["text"], {f: row[f] for f in fields})
                    for row in frame[["article_id", "text", *fields]].to_dict("records")
                }
            keys[analysis.id] = by_fields[fields]
            todo[analysis.id] = self._pending(
                analysis, run_plan.keys[analysis.id], keys[analysis.id]
            )
        computed = {
            a.id: sum(len(g) for g in todo.get(a.id, {}).values()) for a in run_plan.selected
        }
        if missing:
            self._record_missing(missing, run_plan)
        # An article runs when it is the first of its input group for some analysis.
        leaders = {a.id: {g[0] for g in todo[a.id].values()} for a in runnable}
        needed = set().union(*leaders.values()) if leaders else set()
        wanted_rows = frame[frame["article_id"].isin(needed)]
        from tqdm.auto import tqdm

        bar = tqdm(total=len(needed), unit="article", disable=not progress_enabled(progress))
        try:
            busy = [a for a in runnable if todo[a.id]]
            chunks = _chunks(iter_articles(wanted_rows), chunk_size)
            for chunk, result in _execute(chunks, busy, workers, timeout, pool):
                self._write_chunk(
                    [
                        self._entry(analysis, run_plan, chunk, result, leaders, todo, keys)
                        for analysis in busy
                        if analysis.id in result
                    ]
                )
                bar.update(len(chunk))
        finally:
            bar.close()
        return computed

    def _entry(
        self,
        analysis: Analysis,
        run_plan: Plan,
        chunk: list[Article],
        result: ChunkResult,
        leaders: dict[str, set[str]],
        todo: dict[str, dict[str, list[str]]],
        keys: dict[str, dict[str, str]],
    ) -> tuple[Analysis, str, list[str], ChunkEntry]:
        """What to write for one analysis and chunk: each leader's rows, repeated for the
        other articles of its input group, and only for articles this analysis needs."""
        rows, ids, errors = result[analysis.id]
        mine = keys[analysis.id]
        chosen = [a.article_id for a in chunk if a.article_id in leaders[analysis.id]]
        followers = {leader: todo[analysis.id][mine[leader]] for leader in chosen}
        by_article: dict[str, list[dict[str, Any]]] = {}
        for row, article_id in zip(rows, ids, strict=True):
            by_article.setdefault(article_id, []).append(row)
        out_rows: list[dict[str, Any]] = []
        out_ids: list[str] = []
        out_errors: list[dict[str, str]] = []
        failed = {e["article_id"]: e for e in errors}
        all_ids: list[str] = []
        for leader in chosen:
            for member in followers[leader]:
                all_ids.append(member)
                if leader in failed:
                    out_errors.append({**failed[leader], "article_id": member})
                    continue
                for row in by_article.get(leader, []):
                    out_rows.append(row)
                    out_ids.append(member)
        version = run_plan.keys[analysis.id]
        return analysis, version, all_ids, (out_rows, out_ids, out_errors, mine)

    def _record_missing(self, missing: list[dict[str, str]], run_plan: Plan) -> None:
        """MissingColumn rows: recorded (not cached as done), so results() reports them."""
        self.con.execute("begin")
        try:
            by_analysis: dict[str, list[dict[str, str]]] = {}
            for row in missing:
                by_analysis.setdefault(row["analysis"], []).append(row)
            for analysis_id, rows in by_analysis.items():
                ids = [r["article_id"] for r in rows]
                self.con.execute(
                    "delete from errors where analysis_id = ? and article_id in (select unnest(?))",
                    [analysis_id, ids],
                )
                self._insert(
                    "errors",
                    pd.DataFrame(
                        {
                            "article_id": ids,
                            "analysis_id": analysis_id,
                            "input_key": "",
                            "version": run_plan.keys[analysis_id],
                            "error_type": [r["error_type"] for r in rows],
                            "message": [r["message"] for r in rows],
                        }
                    ),
                )
            self.con.execute("commit")
        except BaseException:
            self.con.execute("rollback")
            raise

    # ------------------------------------------------------------------ results

    def _findings(
        self, analysis: Analysis, version: str, article_ids: pd.Series | None = None
    ) -> pd.DataFrame:
        """An analysis's current findings in article order; with ``article_ids``, only those
        articles' (a batch of a corpus-level step: read from disk, never the whole table)."""
        name = table_name(analysis.id)
        if name not in set(self.tables()):
            return empty_findings(analysis)
        columns = ", ".join(f'f."{c}"' for c in analysis.columns)
        only = ""
        if article_ids is not None:
            self.con.register("_batch_ids", pd.DataFrame({"article_id": article_ids}))
            only = "join _batch_ids b on b.article_id = f.article_id"
        try:
            frame = self.sql(
                f"""select f.article_id{", " + columns if columns else ""}
                    from "{name}" f join articles a using (article_id) {only}
                    join done d on d.article_id = f.article_id and d.analysis_id = ?
                         and d.version = ?
                    order by a.seq, f.ord""",
                [analysis.id, version],
            )
        finally:
            if article_ids is not None:
                self.con.unregister("_batch_ids")
        if frame.empty:
            return empty_findings(analysis)
        # column by column: a list per column is several times cheaper than a dict per row
        values = _decoded_columns(analysis, frame)
        return findings_frame_from_columns(analysis, values, frame["article_id"].tolist())

    def results(
        self,
        analyses: Iterable[str | Analysis] | None = None,
        *,
        plugin_manager: NewslensPluginManager | None = None,
        collect: bool = True,
    ) -> Results:
        """Findings and errors for the stored articles, as :func:`newslens.analyze` returns
        them; corpus-level analyses run here over the whole store (or come from its cache).

        With ``collect=False`` the corpus-level steps are only computed into the store (what
        ``newslens analyze --store`` does): per-article findings are read only as those steps
        need them (a batch at a time for a step with ``batch_by``), a batched step's output is
        written batch by batch, and ``Results`` holds no per-article frame (see
        :func:`newslens.assembly.assemble`)."""
        pm = plugin_manager or get_plugin_manager()
        run_plan = plan_run(analyses, pm)
        per_article = run_plan.per_article
        errors = self.sql(
            """select e.article_id, e.analysis_id as analysis, e.error_type, e.message,
                      e.version
               from errors e join articles a using (article_id)
               order by a.seq, e.analysis_id"""
        )
        current = {a.id: run_plan.keys[a.id] for a in per_article}
        plugins = {a.id: a.plugin for a in run_plan.selected}
        rows = [
            {c: str(r[c]) for c in ERROR_COLUMNS if c != "plugin"}
            | {"plugin": plugins.get(r["analysis"], "")}
            for r in errors.to_dict("records")
            if current.get(r["analysis"]) == r["version"]
        ]
        del errors
        source = _StoredFindings(self, run_plan)
        needs_corpus = bool(run_plan.corpus_level) or any(a.summarize for a in run_plan.analyses)
        if not needs_corpus:
            return assemble(run_plan, source, rows, self._article_ids(), collect=collect)
        digest = self._articles_digest()
        with self._lean_buffers():
            articles = self.articles(raw_text=False)
            self.con.execute(f"set memory_limit = '{CORPUS_MEMORY_LIMIT}'")
            return assemble(
                run_plan,
                source,
                rows,
                articles,
                articles_digest=digest,
                cache=_CorpusTables(self),
                collect=collect,
            )

    @contextmanager
    def _lean_buffers(self) -> Iterator[None]:
        """DuckDB's buffers shrunk to :data:`LEAN_MEMORY_LIMIT` while the articles are read for
        the corpus-level steps, then the cap restored. Why: after a streamed run the buffers
        hold the findings just written (up to the cap, 512 MB), and the steps that follow need
        that memory; checkpointed, those buffers are clean and are simply dropped."""
        from newslens.memory import release_memory

        if self.path == ":memory:":  # nothing to evict to: its tables live in those buffers
            yield
            return
        self.con.execute("checkpoint")
        self.con.execute(f"set memory_limit = '{LEAN_MEMORY_LIMIT}'")
        release_memory()
        try:
            yield
        finally:
            self.con.execute(f"set memory_limit = '{self.memory_limit}'")

    def _article_ids(self) -> pd.DataFrame:
        return self.sql("select article_id from articles order by seq")

    def counts(
        self,
        analyses: Iterable[str | Analysis] | None = None,
        *,
        plugin_manager: NewslensPluginManager | None = None,
    ) -> pd.DataFrame:
        """Findings, articles with findings and errors per analysis (``Results.summary``'s
        columns; a corpus-level analysis's rows as last computed), counted in SQL so a large
        store is never read into memory."""
        pm = plugin_manager or get_plugin_manager()
        run_plan = plan_run(analyses, pm)
        tables = set(self.tables())
        rows = []
        for analysis in run_plan.corpus_level:
            done = self.con.execute(
                "select n_rows from corpus_done where step = ?", [f"combine:{analysis.id}"]
            ).fetchone()
            rows.append(
                {
                    "analysis": analysis.id,
                    "findings": int(done[0]) if done else 0,
                    "articles_with_findings": 0,
                    "errors": 0,
                }
            )
        for analysis in run_plan.per_article:
            version = run_plan.keys[analysis.id]
            name = table_name(analysis.id)
            findings = with_findings = 0
            if name in tables:
                found = self.con.execute(
                    f"""select count(*), count(distinct f.article_id) from "{name}" f
                        join done d on d.article_id = f.article_id and d.analysis_id = ?
                             and d.version = ?""",
                    [analysis.id, version],
                ).fetchone()
                findings, with_findings = found if found else (0, 0)
            errors = self.con.execute(
                "select count(*) from errors where analysis_id = ? and version = ?",
                [analysis.id, version],
            ).fetchone()
            rows.append(
                {
                    "analysis": analysis.id,
                    "findings": int(findings),
                    "articles_with_findings": int(with_findings),
                    "errors": int(errors[0]) if errors else 0,
                }
            )
        order = {a.id: i for i, a in enumerate(run_plan.analyses)}
        rows.sort(key=lambda row: order[str(row["analysis"])])
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


#: Per analysis and chunk: rows, their article ids, error rows, and input keys by article id.
ChunkEntry = tuple[list[dict[str, Any]], list[str], list[dict[str, str]], dict[str, str]]


def _decoded_columns(analysis: Analysis, frame: pd.DataFrame) -> dict[str, list[Any]]:
    """The declared columns ``frame`` holds, as lists, ``object`` ones decoded from JSON."""
    values = {c: frame[c].tolist() for c in analysis.columns if c in frame.columns}
    for column, dtype in analysis.columns.items():
        if dtype == "object" and column in values:
            values[column] = [json.loads(v) if v is not None else None for v in values[column]]
    return values


class _CorpusTables:
    """The store as :class:`newslens.assembly.CorpusCache`: a combine step's output is a table
    of its own (SQL-friendly), a summary a Parquet blob (any columns, dtypes kept)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, analysis: Analysis, kind: str, key: str) -> pd.DataFrame | None:
        con = self.store.con
        step = f"{kind}:{analysis.id}"
        if kind == "summarize":
            row = con.execute(
                "select data from summaries where step = ? and key = ?", [step, key]
            ).fetchone()
            return pd.read_parquet(io.BytesIO(row[0])) if row else None
        row = con.execute(
            "select 1 from corpus_done where step = ? and key = ?", [step, key]
        ).fetchone()
        if not row:
            return None
        frame = self.store.sql(f'select * from "{table_name(analysis.id)}"')
        values = _decoded_columns(analysis, frame)
        return check_frame(analysis, pd.DataFrame(values, columns=list(analysis.columns)))

    def has(self, analysis: Analysis, kind: str, key: str) -> bool:
        table = "summaries" if kind == "summarize" else "corpus_done"
        row = self.store.con.execute(
            f"select 1 from {table} where step = ? and key = ?", [f"{kind}:{analysis.id}", key]
        ).fetchone()
        return row is not None

    def put_parts(self, analysis: Analysis, key: str, parts: Iterator[pd.DataFrame]) -> int:
        """A batched step's output into its table as each batch comes, each in a transaction of
        its own (one transaction over all would hold them in memory); ``corpus_done`` records
        the key only once the last is in, so a half-written table is never served."""
        con = self.store.con
        step = f"combine:{analysis.id}"
        name = table_name(analysis.id)
        con.execute("delete from corpus_done where step = ?", [step])
        con.execute(f'drop table if exists "{name}"')
        self.store._ensure_table(analysis)
        n_rows = 0
        try:
            for part in parts:
                if len(part):
                    self.store._insert(name, _encoded(analysis, part))
                    n_rows += len(part)
        except BaseException:
            con.execute(f'delete from "{name}"')
            raise
        con.execute("insert or replace into corpus_done values (?, ?, ?)", [step, key, n_rows])
        return n_rows

    def put(self, analysis: Analysis, kind: str, key: str, frame: pd.DataFrame) -> None:
        con = self.store.con
        step = f"{kind}:{analysis.id}"
        con.execute("begin")
        try:
            if kind == "summarize":
                buffer = io.BytesIO()
                frame.to_parquet(buffer, index=False)
                con.execute(
                    "insert or replace into summaries values (?, ?, ?)",
                    [step, key, buffer.getvalue()],
                )
            else:
                name = table_name(analysis.id)
                con.execute(f'drop table if exists "{name}"')
                self.store._ensure_table(analysis)
                encoded = _encoded(analysis, frame)
                if len(encoded):
                    self.store._insert(name, encoded)
                con.execute(
                    "insert or replace into corpus_done values (?, ?, ?)", [step, key, len(frame)]
                )
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise


def _encoded(analysis: Analysis, frame: pd.DataFrame) -> pd.DataFrame:
    """A corpus-level frame as its table stores it (``object`` columns as JSON text)."""
    encoded = frame.copy()
    for column, dtype in analysis.columns.items():
        if dtype == "object":
            encoded[column] = encoded[column].map(_json)
    return encoded


class _StoredFindings:
    """The store as :class:`newslens.assembly.FindingsSource`: per-article findings read when a
    corpus-level step asks, whole or for a batch of articles."""

    def __init__(self, store: Store, run_plan: Plan) -> None:
        self.store = store
        self.keys = run_plan.keys

    def frame(self, analysis: Analysis) -> pd.DataFrame:
        return self.store._findings(analysis, self.keys[analysis.id])

    def rows_of(self, analysis: Analysis, article_ids: pd.Series) -> pd.DataFrame:
        return self.store._findings(analysis, self.keys[analysis.id], article_ids)
