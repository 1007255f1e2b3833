"""A learned cue finder beside ``stance.attributions.v1``: its learning curve on PolNeAR train.

Why: issue 18's speaker-head bar on PolNeAR dev (76, we stand at 75.4) is out of reach of more
rules of the current kind and of a parser (the parser study); what is left is the cues we do
not find. The lead's decision 1 on that study asks whether a *learned* cue finder would pay,
and on how many annotated items: if a shipped model needs fewer than non-developers can
annotate on licensed text, weights of our own could be trained; if not, the bar is out of reach
of rules and of any model we may ship. Nothing here changes the extractor, and nothing trained
is kept: models live in memory for one run (PolNeAR has no licence; never ship them).

Method. PolNeAR **train** only, split by article with a fixed seed into a *pool* (about 80 %)
and a *held-apart* part (about 20 %). Candidates: every word of a text that no row of ours
(outermost or nested) already holds as its cue; label 1 when the word is the head of a gold cue
(first annotator; the cue's first word that is no auxiliary, particle or article). Features,
hashed: the word, its lower-case form, a crude lemma (suffix stripped), its shape, the words
and lemmas within two on each side, word pairs, whether a quote mark, "that", a colon, a comma
or "to" follows, what precedes (a determiner, a possessive, "to", an auxiliary), the position
in the sentence. A logistic regression (scikit-learn's ``SGDClassifier``, log loss, 15 epochs).
A proposed cue becomes a row by the simplest reading (the rules' machinery takes no cue from
outside): the speaker is the words between the last clause boundary before the cue (the
sentence start, a comma, a colon, a quote mark, "that", "and", "but", a relative) and the cue,
auxiliaries, adverbs and "not" before the cue dropped; a possessive before a noun cue; a
relative pronoun right before the cue; past an appositive's commas when a comma stands right
before it; the words after "according to" or a passive's "by"; the content is the rest of the
sentence after the cue ("that", a comma, a colon or a quote mark after it skipped), or, when
nothing follows, the sentence before the speaker. Rows are scored with ``attributions.py``'s
functions (speaker head, content overlap-50 %, on the outermost rows of ours plus the model's).

Learning curve: the pool's articles are shuffled (the seed) and taken whole until they hold N
gold items (500, 1,000, 2,000, 4,000, 8,000, all): an article is what an annotator annotates.
At each N the threshold is chosen on the pool's N items alone (two-fold out-of-fold
probabilities, by article: the threshold that maximises speaker-head F1 of rules + model there;
"none" when no threshold beats the rules), the model refitted on all N, and scored on the
held-apart part: the added rows' precision (cue at a gold cue; speaker head right at it) and
speaker-head / content-o50 F1 of rules + model against rules alone. ``--dev`` scores PolNeAR
dev (blind) once, one aggregate per line, with the model of ``--dev-size`` items (default: all
the pool): rules alone, rules + model at the pool's threshold (none: nothing added), at the
pool's best threshold even where it loses there ("forced"), and the ceiling reader at its own
pool threshold. ``--speed`` times (``time.process_time``, one process, best of ``--repeat``
alternating runs) the model's pass (tokens, features, hashing, probabilities, rows) against
``newslens.analyze`` over the Wikinews files a+b+c, a ratio.

Needs scikit-learn and ``../shared/data/polnear``; without either it says so and skips. Figures
only go to ``benchmarks/results/attributions_curve.json`` (``--json PATH``).

``--class speech`` (or any of ``attributions.py``'s cue classes) restricts the study to one
class, as ``attributions.py``'s by-class table does: the gold items are those of that class
(``cue_class`` of the gold cue), our rows those of that class, a model row is of the class its
cue word has (``cue_class``), the labels are the heads of that class's gold cues, the sizes
count that class's items, and every F1 printed is that class's. ``--row-class trained`` counts
every model row as of the class instead (the finder is trained on that class alone; a cue head
such as a modal before "say" has no class of its own). ``--sizes`` picks the curve's
sizes (``all`` is the whole pool). ``--oracle`` scores bounds for any cue finder on the
held-apart part (:func:`oracle`).

Run: ``python benchmarks/attributions_curve.py [--seed 0] [--class C] [--sizes 4000,all]
[--dev [--dev-size N]] [--speed]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attributions import (
    POLNEAR,
    _cspans,
    _match_by,
    _o50,
    _overlap,
    _prf,
    gold_items,
    load_polnear,
    pred_items,
    speaker_head,
)
from newslens_stance.attributions import find_attributions
from newslens_stance.attributions.classes import CUE_CLASSES, cue_class

from newslens.sentences import sentence_spans

RESULTS = Path(__file__).resolve().parent / "results" / "attributions_curve.json"
SIZES = (500, 1000, 2000, 4000, 8000)
THRESHOLDS = (0.02, 0.05, *(round(0.05 * i, 2) for i in range(2, 20)))
Span = tuple[int, int]

_TOKEN = re.compile(r"[^\W_]+(?:[’'\-.][^\W_]+)*|[^\w\s]")
_QUOTES = frozenset("\"“”‘’'`")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_FUNCTION = _set(
    "a an the is was are were be been being has have had do does did will would to that of "
    "in on at for by with as and or but not it this also"
)
_AUX = _set(
    "is was are were be been being has have had do does did will would can could may might "
    "should must shall also not n't never still already just only reportedly now then "
    "repeatedly often later again"
)
_BOUNDARY = (
    _set(
        ", ; : ( ) — – - that and but while who which whom because after before when if as "
        "where although though"
    )
    | _QUOTES
)
_DET = _set("the a an his her its their our my your this that these those")
_POSS = _set("his her its their our my your")


def _lemma(w: str) -> str:
    w = w.lower()
    for suf in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            return w[: -len(suf)] + ("y" if suf in ("ied", "ies") else "")
    return w


def _shape(w: str) -> str:
    if not w[0].isalnum():
        return "punct"
    if w.isupper() and len(w) > 1:
        return "upper"
    if w[0].isupper():
        return "cap"
    if w[0].isdigit():
        return "digit"
    return "lower"


def tokens(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, sentence index)`` of every token of ``text``."""
    out: list[tuple[int, int, int]] = []
    for si, (a, b) in enumerate(sentence_spans(text)):
        out += [(a + m.start(), a + m.end(), si) for m in _TOKEN.finditer(text[a:b])]
    return out


def features(text: str, toks: list[tuple[int, int, int]], i: int) -> list[str]:
    """The hashed features of token ``i``."""
    a, b, si = toks[i]
    w = text[a:b]
    lw = w.lower()

    def at(j: int) -> str:
        if 0 <= j < len(toks) and toks[j][2] == si:
            x, y, _ = toks[j]
            return text[x:y].lower()
        return "<s>"

    p2, p1, n1, n2 = at(i - 2), at(i - 1), at(i + 1), at(i + 2)
    pos = sum(1 for j in range(max(0, i - 40), i) if toks[j][2] == si)
    nxt = [at(i + k) for k in range(1, 5)]
    f = [
        "w=" + lw,
        "l=" + _lemma(w),
        "s=" + _shape(w),
        "p1=" + p1,
        "p2=" + p2,
        "n1=" + n1,
        "n2=" + n2,
        "lp1=" + _lemma(p1),
        "ln1=" + _lemma(n1),
        "p1w=" + p1 + "|" + lw,
        "wn1=" + lw + "|" + n1,
        "l_n1=" + _lemma(w) + "|" + n1,
        "pos=" + (str(pos) if pos < 4 else "4-9" if pos < 10 else "10+"),
        "end=" + ("1" if at(i + 1) == "<s>" or at(i + 2) == "<s>" else "0"),
        "suf3=" + lw[-3:],
    ]
    if any(x in _QUOTES for x in nxt):
        f.append("quote_after")
    if "that" in nxt[:2]:
        f.append("that_after")
    if ":" in nxt[:2]:
        f.append("colon_after")
    if n1 == ",":
        f.append("comma_after")
    if "to" in nxt[:2]:
        f.append("to_after")
    if p1 in _DET:
        f.append("det_before")
    if p1 in _POSS:
        f.append("poss_before")
    if p1 in _AUX:
        f.append("aux_before")
    if any(x in _QUOTES for x in (p1, p2)):
        f.append("quote_before")
    if pos > 0 and w[0].isupper():
        f.append("cap_inside")
    return f


def _cue_head(text: str, cue: Span) -> Span | None:
    words = [(cue[0] + m.start(), cue[0] + m.end()) for m in _TOKEN.finditer(text[slice(*cue)])]
    words = [x for x in words if text[x[0]].isalnum()]
    for x in words:
        if text[x[0] : x[1]].lower() not in _FUNCTION:
            return x
    return words[0] if words else None


def model_row(text: str, toks: list[tuple[int, int, int]], i: int) -> dict[str, Any]:
    """The simplest reading of a proposed cue: the subject before it, the clause after it."""
    a, b, si = toks[i]
    lo = i
    while lo > 0 and toks[lo - 1][2] == si:
        lo -= 1
    hi = i
    while hi + 1 < len(toks) and toks[hi + 1][2] == si:
        hi += 1
    word = lambda j: text[toks[j][0] : toks[j][1]].lower()  # noqa: E731
    source: Span | None = None
    j = i - 1
    after = [word(x) for x in range(i + 1, min(hi, i + 3) + 1)]
    if (word(i) == "according" and after[:1] == ["to"]) or "by" in after:
        # "according to X", a passive's "by X": the words after, to the next boundary
        x = i + 2 if word(i) == "according" else i + 2 + after.index("by")
        y = x
        while y <= hi and word(y) not in _BOUNDARY:
            y += 1
        if y > x:
            source = (toks[x][0], toks[y - 1][1])
    elif j >= lo and word(j) in _POSS:
        source = toks[j][:2]
    else:
        while j >= lo and (word(j) in _AUX or word(j).endswith("ly")):
            j -= 1
        k = j
        while k >= lo and word(k) not in _BOUNDARY:
            k -= 1
        if k < j:
            source = (toks[k + 1][0], toks[j][1])
        elif j >= lo and word(j) in ("who", "which", "that"):
            source = toks[j][:2]  # a relative's pronoun, as PolNeAR marks it
        elif j >= lo and word(j) in (",", ")", "—", "–"):
            # an appositive or aside before the cue: back to the clause's start past it
            k = j - 1
            while k >= lo and word(k) not in _BOUNDARY - {",", "(", ")", "—", "–"}:
                k -= 1
            if k + 1 < j:
                source = (toks[k + 1][0], toks[j - 1][1])
    c = i + 1
    while c <= hi and (word(c) in ("that", ",", ":") or word(c) in _QUOTES):
        c += 1
    last = hi
    while last >= c and not text[toks[last][0]].isalnum() and word(last) not in _QUOTES:
        last -= 1
    if c <= last:
        content = [(toks[c][0], toks[last][1])]
    else:
        stop = source[0] if source else a
        first = [t for t in toks[lo:i] if t[1] <= stop]
        content = [(first[0][0], first[-1][1])] if first else [(a, b)]
    return {"source": source, "cue": (a, b), "content": content, "cls": "model"}


def prepare(docs: dict[str, dict[str, Any]], cls: str | None = None) -> list[dict[str, Any]]:
    """Per article: text, gold, our outermost rows, candidates with features and labels;
    ``cls``: the gold items, our rows and the labels of that cue class only."""
    out = []
    for name, rec in sorted(docs.items()):
        text = rec["text"]
        gold = gold_items(text, rec["annotations"][sorted(rec["annotations"])[0]])
        rows = find_attributions(text)
        ours = pred_items(text, rows, outermost=True)
        if cls is not None:
            gold = [g for g in gold if g["cls"] == cls]
            ours = [p for p in ours if p["cls"] == cls]
        covered = [(r["cue_start"], r["cue_end"]) for r in rows]
        heads = {h for g in gold if (h := _cue_head(text, g["cue"])) is not None}
        toks = tokens(text)
        cand = [
            i
            for i, (a, b, _) in enumerate(toks)
            if text[a].isalpha() and not any(x < b and a < y for x, y in covered)
        ]
        out.append(
            {
                "name": name,
                "text": text,
                "gold": gold,
                "ours": ours,
                "toks": toks,
                "cand": cand,
                "feats": [features(text, toks, i) for i in cand],
                "y": [int(toks[i][:2] in heads) for i in cand],
            }
        )
    return out


def _counts(text: str, gold: list[dict], pred: list[dict]) -> Counter[str]:
    """Speaker-head and content-o50 counts of one text, as ``score_items`` counts them."""
    c: Counter[str] = Counter()
    gs = list(dict.fromkeys(g["source"] for g in gold if g["source"]))
    ps = list(dict.fromkeys(p["source"] for p in pred if p["source"]))
    gh = [speaker_head(text, s) for s in gs]
    ph = [speaker_head(text, s) for s in ps]
    c["sh_gold"] += len(gs)
    c["sh_pred"] += len(ps)
    c["sh_tp"] += len(_match_by(gh, ph, lambda g, p: g is not None and g == p, lambda g, p: 1))
    gt = [_cspans(text, g["content"]) for g in gold]
    pt = [_cspans(text, p["content"]) for p in pred]
    c["co_gold"] += len(gold)
    c["co_pred"] += len(pred)
    c["co_tp"] += len(_match_by(gt, pt, _o50, lambda g, p: _overlap(g, p)))
    return c


def _f(c: Counter[str]) -> dict[str, dict[str, float]]:
    return {
        "speaker_head": _prf(c["sh_tp"], c["sh_pred"], c["sh_gold"]),
        "content_o50": _prf(c["co_tp"], c["co_pred"], c["co_gold"]),
    }


CLASS: str | None = None  # ``--class``: a model row counts only when its cue is of this class
ROW_CLASS = "cue"  # ``--row-class trained``: every model row is of ``CLASS`` (its training)


def _added(art: dict[str, Any], probs: Any, thr: float) -> list[dict[str, Any]]:
    rows = []
    last = -1
    for n, i in enumerate(art["cand"]):
        # one row per run of proposed words (a multi-word cue proposes one row)
        if probs[n] >= thr and i != last + 1:
            rows.append(model_row(art["text"], art["toks"], i))
        if probs[n] >= thr:
            last = i
    if CLASS is not None and ROW_CLASS == "cue":
        # as the by-class table scores our rows: a row is of its cue's class
        text = art["text"]
        rows = [r for r in rows if cue_class(text[r["cue"][0] : r["cue"][1]]) == CLASS]
    return rows


def _gold_rows(art: dict[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ceiling of any row reader: a proposed cue at a gold cue takes that item's speaker
    and content (reads gold; no program could)."""
    out = []
    for r in rows:
        at = [g for g in art["gold"] if _overlap([g["cue"]], [r["cue"]])]
        out.append({**r, "source": at[0]["source"], "content": at[0]["content"]} if at else r)
    return out


def evaluate(
    arts: list[dict[str, Any]], probs: list[Any], thr: float | None, ceiling: bool = False
) -> dict[str, Any]:
    """Rules + model on ``arts`` (per-article probabilities) at ``thr`` (None: rules alone);
    ``ceiling``: the model's rows at gold cues read the gold item's speaker and content."""
    total: Counter[str] = Counter()
    add: Counter[str] = Counter()
    for art, pr in zip(arts, probs, strict=True):
        extra = _added(art, pr, thr) if thr is not None else []
        if ceiling:
            extra = _gold_rows(art, extra)
        if "base" not in art:
            art["base"] = _counts(art["text"], art["gold"], art["ours"])
        total += _counts(art["text"], art["gold"], art["ours"] + extra) if extra else art["base"]
        text = art["text"]
        for r in extra:
            add["rows"] += 1
            at = [g for g in art["gold"] if _overlap([g["cue"]], [r["cue"]])]
            add["at_gold_cue"] += bool(at)
            h = speaker_head(text, r["source"])
            add["head_right"] += any(
                h is not None and speaker_head(text, g["source"]) == h for g in at
            )
    out: dict[str, Any] = _f(total)
    p, r = total["sh_tp"] / max(total["sh_pred"], 1), total["sh_tp"] / max(total["sh_gold"], 1)
    out["head_f1_raw"] = round(100 * 2 * p * r / (p + r), 3) if p + r else 0.0
    n = add["rows"]
    out["added_rows"] = n
    out["added_cue_precision"] = round(100 * add["at_gold_cue"] / n, 1) if n else None
    out["added_head_precision"] = round(100 * add["head_right"] / n, 1) if n else None
    return out


def _vec(arts: list[dict[str, Any]]) -> tuple[Any, list[int]]:
    from sklearn.feature_extraction import FeatureHasher

    h = FeatureHasher(n_features=2**20, input_type="string", alternate_sign=False)
    feats = [f for a in arts for f in a["feats"]]
    return h.transform(feats), [y for a in arts for y in a["y"]]


def _fit(arts: list[dict[str, Any]]) -> Any:
    from sklearn.linear_model import SGDClassifier

    x, y = _vec(arts)
    model = SGDClassifier(loss="log_loss", alpha=1e-5, max_iter=15, tol=None, random_state=0)
    return model.fit(x, y)


def _probs(model: Any, arts: list[dict[str, Any]]) -> list[Any]:
    x, _ = _vec(arts)
    p = model.predict_proba(x)[:, 1] if x.shape[0] else []
    out, k = [], 0
    for a in arts:
        out.append(p[k : k + len(a["cand"])])
        k += len(a["cand"])
    return out


def choose_threshold(
    arts: list[dict[str, Any]], seed: int, ceiling: bool = False, sweep: list | None = None
) -> tuple[float | None, float]:
    """Two-fold out-of-fold probabilities on ``arts`` (by article); the threshold that
    maximises rules + model speaker-head F1 there (None when none beats the rules)."""
    order = list(range(len(arts)))
    random.Random(seed + 1).shuffle(order)
    halves = [sorted(order[0::2]), sorted(order[1::2])]
    oof: list[Any] = [None] * len(arts)
    for k in (0, 1):
        fit = [arts[i] for i in halves[1 - k]]
        if not any(y for a in fit for y in a["y"]):
            return None, 0.0
        m = _fit(fit)
        for i, p in zip(halves[k], _probs(m, [arts[i] for i in halves[k]]), strict=True):
            oof[i] = p
    best: tuple[float | None, float] = (None, evaluate(arts, oof, None)["head_f1_raw"])
    forced: tuple[float | None, float] = (None, -1.0)
    for thr in THRESHOLDS:
        res = evaluate(arts, oof, thr, ceiling)
        f1 = res["head_f1_raw"]
        if sweep is not None:
            sweep.append({"threshold": thr, **res})
        if f1 > best[1]:
            best = (thr, f1)
        if f1 > forced[1]:
            forced = (thr, f1)
    if sweep is not None:
        sweep.append({"forced": forced[0]})
    return best


def split(arts: list[dict[str, Any]], seed: int) -> tuple[list, list]:
    names = sorted(a["name"] for a in arts)
    random.Random(seed).shuffle(names)
    held = set(names[: round(0.2 * len(names))])
    pool = [a for a in arts if a["name"] not in held]
    random.Random(seed + 2).shuffle(pool)
    return pool, [a for a in arts if a["name"] in held]


def take(pool: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    out, k = [], 0
    for a in pool:
        if k >= n:
            break
        out.append(a)
        k += len(a["gold"])
    return out


_FULL: dict[str, Any] = {}


def oracle(arts: list[dict[str, Any]]) -> dict[str, Any]:
    """Bounds for any cue finder on ``arts``: rows at every gold cue whose head no row of ours
    holds, read perfectly (the gold item itself) or by :func:`model_row`; and a finder that
    proposes every uncovered word of the class (``cue_class``), read by :func:`model_row`."""
    c: dict[str, Counter[str]] = {k: Counter() for k in ("perfect", "simple", "lexicon")}
    n: Counter[str] = Counter()
    for a in arts:
        t, toks = a["text"], a["toks"]
        free = {toks[i][:2] for i in a["cand"]}
        missed = [g for g in a["gold"] if _cue_head(t, g["cue"]) in free]
        heads = [i for k, i in enumerate(a["cand"]) if a["y"][k]]
        lexicon = [i for i in a["cand"] if CLASS and cue_class(t[slice(*toks[i][:2])]) == CLASS]
        n.update(missed=len(missed), lexicon_words=len(lexicon))
        n["lexicon_at_gold_head"] += sum(a["y"][k] for k, i in enumerate(a["cand"]) if i in lexicon)
        c["perfect"] += _counts(t, a["gold"], a["ours"] + missed)
        c["simple"] += _counts(t, a["gold"], a["ours"] + [model_row(t, toks, i) for i in heads])
        c["lexicon"] += _counts(t, a["gold"], a["ours"] + [model_row(t, toks, i) for i in lexicon])
    return dict(n) | {k: _f(v) for k, v in c.items()}


def curve(
    pool: list, held: list, seed: int, sizes: list[int] | None = None
) -> list[dict[str, Any]]:
    rows = []
    rules = evaluate(held, [[] for _ in held], None)
    total = sum(len(a["gold"]) for a in pool)
    wanted = [*(s for s in SIZES if s < total), total] if sizes is None else sizes
    for n in [min(s, total) if s else total for s in wanted]:
        sub = take(pool, n)
        sweep: list[dict[str, Any]] = []
        thr, pool_f1 = choose_threshold(sub, seed, sweep=sweep)
        cthr, _ = choose_threshold(sub, seed, ceiling=True)
        model = _fit(sub)
        if len(sub) == len(pool):  # the whole pool: ``--dev`` and ``--speed`` reuse it
            _FULL.update(thr=thr, forced=sweep[-1]["forced"], cthr=cthr, model=model)
        probs = _probs(model, held)
        res = evaluate(held, probs, thr) if thr is not None else dict(rules)
        if thr is None:
            res.update(added_rows=0, added_cue_precision=None, added_head_precision=None)
        ceil = evaluate(held, probs, cthr, ceiling=True) if cthr is not None else rules
        from sklearn.metrics import average_precision_score

        ys = [y for a in held for y in a["y"]]
        ps = [q for p in probs for q in p]
        row = {
            "items": sum(len(a["gold"]) for a in sub),
            "articles": len(sub),
            "positives": sum(sum(a["y"]) for a in sub),
            "candidates": sum(len(a["y"]) for a in sub),
            "threshold": thr,
            "pool_oof_head_f1": round(pool_f1, 2),
            **res,
            "cue_word_average_precision": round(100 * average_precision_score(ys, ps), 1),
            "ceiling_threshold": cthr,
            "ceiling_speaker_head": ceil["speaker_head"],
            "ceiling_content_o50": ceil["content_o50"],
            "pool_oof_sweep": [
                {k: x[k] for k in ("threshold", "added_rows", "added_cue_precision")}
                | {"added_head_precision": x["added_head_precision"]}
                | {"head_f1": x["speaker_head"]["f1"]}
                for x in sweep
                if "threshold" in x
            ],
        }
        rows.append(row)
        _print_row(row, rules)
    return rows


def _print_row(row: dict[str, Any], rules: dict[str, Any]) -> None:
    sh, co = row["speaker_head"], row["content_o50"]
    print(
        f"{row['items']:>6} items {row['articles']:>4} art. thr {row['threshold']}\t"
        f"added {row['added_rows']} (cue P {row['added_cue_precision']}, head P "
        f"{row['added_head_precision']})\thead {sh['f1']} ({sh['p']} / {sh['r']}) "
        f"[rules {rules['speaker_head']['f1']}]\tcontent o50 {co['f1']} "
        f"[rules {rules['content_o50']['f1']}]\tcue-word AP {row['cue_word_average_precision']}"
        f"\tceiling thr {row['ceiling_threshold']} head {row['ceiling_speaker_head']['f1']} "
        f"content {row['ceiling_content_o50']['f1']}",
        flush=True,
    )


def speed(model: Any, repeat: int) -> dict[str, Any]:
    """CPU seconds (best of ``repeat``, alternating) of the analysis and of the model's pass
    over the speed benchmark's corpus."""
    from attributions_speed import corpus_texts, timed_analysis
    from sklearn.feature_extraction import FeatureHasher

    texts = corpus_texts()
    words = sum(len(t.split()) for t in texts)
    analysis = timed_analysis(texts)
    covered = [[(r["cue_start"], r["cue_end"]) for r in find_attributions(t)] for t in texts]
    hasher = FeatureHasher(n_features=2**20, input_type="string", alternate_sign=False)

    def model_pass() -> int:
        n = 0
        for t, cov in zip(texts, covered, strict=True):
            toks = tokens(t)
            cand = [
                i
                for i, (a, b, _) in enumerate(toks)
                if t[a].isalpha() and not any(x < b and a < y for x, y in cov)
            ]
            p = model.predict_proba(hasher.transform([features(t, toks, i) for i in cand]))
            n += sum(
                1 for i, q in zip(cand, p[:, 1], strict=True) if q >= 0.5 and model_row(t, toks, i)
            )
        return n

    best = {"analyze": float("inf"), "model": float("inf")}
    for _ in range(repeat):
        analyze_s, _rows = analysis()
        t1 = time.process_time()
        model_pass()
        t2 = time.process_time()
        best["analyze"] = min(best["analyze"], analyze_s)
        best["model"] = min(best["model"], t2 - t1)
    return {
        "words": words,
        "cpu_s": best,
        "model_over_analyze": best["model"] / best["analyze"],
        "with_model_vs_analyze": best["analyze"] / (best["analyze"] + best["model"]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-curve", action="store_true")
    ap.add_argument("--dev", action="store_true", help="PolNeAR dev (blind): aggregates, once")
    ap.add_argument("--dev-size", type=int, default=0, help="pool items for --dev (0: all)")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, default=RESULTS)
    ap.add_argument("--class", dest="cls", choices=CUE_CLASSES, default=None)
    ap.add_argument(
        "--row-class",
        choices=("cue", "trained"),
        default="cue",
        help="with --class: a model row's class is its cue word's (cue) or the class (trained)",
    )
    ap.add_argument("--oracle", action="store_true", help="bounds for any cue finder")
    ap.add_argument("--sizes", default="", help="comma-separated pool sizes, 'all': the pool")
    args = ap.parse_args(argv)
    global CLASS, ROW_CLASS
    CLASS, ROW_CLASS = args.cls, args.row_class
    sizes = (
        [0 if x.strip() == "all" else int(x) for x in args.sizes.split(",")] if args.sizes else None
    )
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn is not installed: skipped", file=sys.stderr)
        return 0
    if not (POLNEAR / "train" / "attributions").is_dir():
        print(f"PolNeAR train: not found under {POLNEAR}, skipped", file=sys.stderr)
        return 0
    from machine import machine_facts

    arts = prepare(load_polnear("train", POLNEAR), args.cls)
    pool, held = split(arts, args.seed)
    out: dict[str, Any] = {
        "seed": args.seed,
        "class": args.cls or "all",
        "row_class": args.row_class,
        "pool": {"articles": len(pool), "items": sum(len(a["gold"]) for a in pool)},
        "held_apart": {"articles": len(held), "items": sum(len(a["gold"]) for a in held)},
        "machine": machine_facts(),
    }
    print(f"pool {out['pool']}, held apart {out['held_apart']}")
    if not args.no_curve:
        out["rules_held_apart"] = evaluate(held, [[] for _ in held], None)
        out["curve"] = curve(pool, held, args.seed, sizes)
    if args.oracle:
        out["oracle_held_apart"] = oracle(held)
        print("oracle (held apart): " + json.dumps(out["oracle_held_apart"]))
    model = None
    if args.dev or args.speed:
        sub = take(pool, args.dev_size) if args.dev_size else pool
        if len(sub) == len(pool) and _FULL:  # the curve's whole-pool model, the same fits
            thr, forced, cthr, model = (_FULL[k] for k in ("thr", "forced", "cthr", "model"))
        else:
            sweep: list[dict[str, Any]] = []
            thr, _ = choose_threshold(sub, args.seed, sweep=sweep)
            forced = sweep[-1]["forced"]
            cthr, _ = choose_threshold(sub, args.seed, ceiling=True)
            model = _fit(sub)
        out["model_items"] = sum(len(a["gold"]) for a in sub)
        out["model_threshold"] = thr
        out["model_threshold_forced"] = forced
        out["model_threshold_ceiling"] = cthr
    if args.dev and model is not None:
        if not (POLNEAR / "dev" / "attributions").is_dir():
            print("PolNeAR dev: not found, skipped", file=sys.stderr)
        else:
            # blind: one aggregate per variant, never an item
            dev = prepare(load_polnear("dev", POLNEAR), args.cls)
            probs = _probs(model, dev)
            keys = ("speaker_head", "content_o50", "added_rows")
            variants = {
                "rules": (None, False),
                "rules_plus_model": (thr, False),
                "rules_plus_model_forced": (out["model_threshold_forced"], False),
                "ceiling_reader": (cthr, True),
            }
            out["dev"] = {}
            for name, (t, ceil) in variants.items():
                res = evaluate(dev, probs, t, ceil)
                out["dev"][name] = {"threshold": t} | {k: res[k] for k in keys}
                print(f"dev (blind) {name}: " + json.dumps(out["dev"][name]))
    if args.speed and model is not None:
        out["speed"] = speed(model, args.repeat)
        print(json.dumps(out["speed"], indent=2))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    old = json.loads(args.json.read_text()) if args.json.exists() else {}
    args.json.write_text(json.dumps({**old, **out}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
