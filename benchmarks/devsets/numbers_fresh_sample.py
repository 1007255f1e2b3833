"""Draw the fresh development sample of the numbers set (issue 17, second round).

Usage::

    .venv/bin/python benchmarks/devsets/numbers_fresh_sample.py > /tmp/skeleton.jsonl
    .venv/bin/python benchmarks/devsets/numbers_fresh_sample.py --show   # text, to annotate
    .venv/bin/python benchmarks/devsets/numbers_fresh_sample.py --round 2 > /tmp/skeleton2.jsonl

The same documents, partition and sentence rule as ``numbers_news_sample.py`` with another seed
(``newslens-numbers-fresh-`` + stratum), smaller quotas and at most ``PER_ARTICLE`` sentences per
article, so the sample spreads over more articles. Never drawn: the blind third's documents, a
document sharing a sentence with one of them (reposts), and a document (or a repost of one)
already in ``numbers_news.jsonl``. Articles are never chosen by their figures, and no extractor
runs here. The annotations (``numbers_fresh.jsonl``) add ``gold`` to these lines; their gold was
written before the extractor was run on the sentences, and the first score on them is held out.

``--round 3`` draws ``numbers_fresh3.jsonl`` (issue 17, third round): Reuters-21578 only, 120
sentences (seed ``newslens-numbers-fresh3-reuters``), from articles in none of the blind third
and the three earlier files (nor reposts of them).

``--round 4`` draws ``numbers_fresh4.jsonl`` (issue 17, the held-out check before round
four): 120 sentences, half Reuters-21578 (60, seed ``newslens-numbers-fresh4-reuters``) and half
BBC News (12 per genre, seed ``newslens-numbers-fresh4-`` + genre), from articles in none of
the blind third and the four earlier files (nor reposts of them).

``--round 5`` draws ``numbers_fresh5.jsonl`` (issue 17, the held-out check before round
five): BBC News only, 30 sentences per genre (150, seeds ``newslens-numbers-fresh5-`` + genre),
from articles in none of the blind partition and the five earlier files (nor reposts of them).

``--round 6`` draws ``numbers_fresh6.jsonl`` (issue 17, the held-out check before round
six): BBC News only, 20 sentences each from tech, entertainment and business (60, seeds
``newslens-numbers-fresh6-`` + genre), from articles in none of the blind partition and the seven
earlier files (``numbers_fresh4_second.jsonl`` included; nor reposts of them).

``--round 7`` draws ``numbers_fresh7.jsonl`` (issue 17, the held-out check before round
seven): BBC News only, 120 sentences weighted toward the genres where unseen text scores worst
(tech 35, entertainment 35, business 20, politics 15, sport 15; seeds
``newslens-numbers-fresh7-`` + genre), from articles in none of the blind partition and the eight
earlier files (``numbers_fresh6.jsonl`` included; nor reposts of them).

``--round 8`` draws ``numbers_fresh8.jsonl`` (issue 17, the held-out check before round
eight): 120 sentences across Reuters-21578 (40, seed ``newslens-numbers-fresh8-reuters``) and
BBC News (16 per genre, seeds ``newslens-numbers-fresh8-`` + genre), from articles in none of
the blind partition and the nine earlier files (``numbers_fresh7.jsonl`` included; nor reposts
of them).

``--round 9`` draws ``numbers_fresh9.jsonl`` (issue 17, the held-out test of round nine, scored
once at its end): 120 sentences across Reuters-21578 (40, seed
``newslens-numbers-fresh9-reuters``) and BBC News (16 per genre, seeds
``newslens-numbers-fresh9-`` + genre), from articles in none of the blind partition and the ten
earlier files (``numbers_fresh8.jsonl`` included; nor reposts of them).

``--round 10`` to ``--round 16`` draw ``numbers_fresh10.jsonl`` to ``numbers_fresh16.jsonl``
(the held-out tests of rounds ten, eleven-twelve, thirteen, fourteen, sixteen, eighteen and
nineteen, each scored once at its round's end): the quotas of round eight (seeds
``newslens-numbers-fresh10-``, ``-fresh11-``, ``-fresh12-``, ``-fresh13-``, ``-fresh14-``,
``-fresh15-`` and ``-fresh16-`` + stratum), from articles in none of the blind partition and the
earlier files (nor reposts). ``--round 17`` draws ``numbers_fresh17.jsonl`` the same way (seed
``-fresh17-``), apart from fresh16 too: the first sample annotated by someone who does not
write the rules before any extractor ran, held out. ``--round 18`` draws
``numbers_fresh18.jsonl`` the same way (seed ``-fresh18-``), apart from fresh17 too, for the
next blind annotator; ``--round 19`` draws ``numbers_fresh19.jsonl`` (seed ``-fresh19-``), apart
from fresh18 too, for a third non-developer; ``--round 20`` draws ``numbers_fresh20.jsonl`` (seed
``-fresh20-``), apart from fresh19 too, for a fourth; ``--round 21`` draws
``numbers_fresh21.jsonl`` (seed ``-fresh21-``), apart from fresh20 too, for a fifth;
``--round 22`` draws ``numbers_fresh22.jsonl``, apart from fresh21 too, for a sixth;
``--round 23`` draws ``numbers_fresh23.jsonl``, apart from fresh22 too, for a seventh;
``--round 24`` draws ``numbers_fresh24.jsonl``, apart from fresh23 too, for an eighth;
``--round 25`` draws ``numbers_fresh25.jsonl``, apart from fresh24 too, for a ninth;
``--round 26`` draws ``numbers_fresh26.jsonl``, apart from fresh25 too, for a tenth;
``--round 27`` draws ``numbers_fresh27.jsonl``, apart from fresh26 too, for an eleventh;
``--round 28`` draws ``numbers_fresh28.jsonl``, apart from fresh27 too, for a twelfth;
``--round 29`` draws ``numbers_fresh29.jsonl``, apart from fresh28 too, for a thirteenth. A new
round raises ``LAST_ROUND``.

``--round 2`` draws ``numbers_fresh2.jsonl`` the same way with the seed
``newslens-numbers-fresh2-`` + stratum and smaller quotas (``QUOTA2``), from articles in none
of the blind third, ``numbers_news.jsonl`` and ``numbers_fresh.jsonl`` (nor reposts of them).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from numbers_news_sample import NUMBER, documents, is_blind, print_lines, sha

SEED = "newslens-numbers-fresh-"
QUOTA = {"business": 25, "entertainment": 20, "politics": 25, "sport": 25, "tech": 25}
QUOTA_REUTERS = 45
QUOTA2 = {"business": 15, "entertainment": 15, "politics": 15, "sport": 15, "tech": 15}
QUOTA2_REUTERS = 30
PER_ARTICLE = 4
HERE = Path(__file__).resolve().parent
NEWS = HERE / "numbers_news.jsonl"
FRESH = HERE / "numbers_fresh.jsonl"
FRESH4_SECOND = HERE / "numbers_fresh4_second.jsonl"
QUOTA3_REUTERS = 120
QUOTA4 = {"business": 12, "entertainment": 12, "politics": 12, "sport": 12, "tech": 12}
QUOTA4_REUTERS = 60
QUOTA5 = {"business": 30, "entertainment": 30, "politics": 30, "sport": 30, "tech": 30}
QUOTA6 = {"tech": 20, "entertainment": 20, "business": 20}
QUOTA7 = {"tech": 35, "entertainment": 35, "business": 20, "politics": 15, "sport": 15}
QUOTA8 = {"business": 16, "entertainment": 16, "politics": 16, "sport": 16, "tech": 16}
QUOTA8_REUTERS = 40
#: the newest round the sampler draws; a new blind annotator's round raises it by one
LAST_ROUND = 60


def fresh_file(round_: int) -> Path:
    """The devset file a round's sample becomes (round one's is ``numbers_fresh.jsonl``)."""
    return FRESH if round_ == 1 else HERE / f"numbers_fresh{round_}.jsonl"


#: the files a round's sample is drawn apart from, oldest first (the second annotation of
#: fresh4's sentences joined before round five's draw)
EARLIER_FILES = (
    NEWS, *(fresh_file(n) for n in range(1, 5)), FRESH4_SECOND,
    *(fresh_file(n) for n in range(5, LAST_ROUND)),
)  # fmt: skip


def draw(docs: dict[str, tuple[str, str]], round_: int = 1) -> list[dict[str, object]]:
    from newslens.sentences import sentence_spans

    # each round draws apart from every file before it; the second annotation of fresh4's
    # sentences joined before round six, so from round six on the prefix is one longer
    drawn = EARLIER_FILES[: round_ if round_ <= 5 else round_ + 1]
    used = {
        json.loads(line)["doc"]
        for path in drawn
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    seed = SEED if round_ == 1 else f"newslens-numbers-fresh{round_}-"
    taken_sentences: set[str] = set()
    blind_sentences: set[str] = set()
    for key, (_, text) in docs.items():
        if is_blind(key) or key in used:
            target = blind_sentences if is_blind(key) else taken_sentences
            target.update(sha(text[a:b]) for a, b in sentence_spans(text))
    quotas = {
        1: {**QUOTA, "reuters": QUOTA_REUTERS},
        2: {**QUOTA2, "reuters": QUOTA2_REUTERS},
        3: {"reuters": QUOTA3_REUTERS},
        4: {**QUOTA4, "reuters": QUOTA4_REUTERS},
        5: QUOTA5,
        6: QUOTA6,
        7: QUOTA7,
    }.get(round_, {**QUOTA8, "reuters": QUOTA8_REUTERS})  # round eight's quotas since
    out: list[dict[str, object]] = []
    for stratum, quota in quotas.items():
        keys = sorted(
            k for k, (s, _) in docs.items() if s == stratum and not is_blind(k) and k not in used
        )
        random.Random(seed + stratum).shuffle(keys)
        taken = 0
        for key in keys:
            text = docs[key][1]
            spans = sentence_spans(text)
            hashes = [sha(text[a:b]) for a, b in spans]
            if any(h in blind_sentences or h in taken_sentences for h in hashes):
                continue  # a repost of a blind or an already drawn document
            picked = [(a, b) for a, b in spans if NUMBER.search(text, a, b)][:PER_ARTICLE]
            for a, b in picked[: quota - taken]:
                corpus = key.split(":", 1)[0]
                out.append(
                    {"corpus": corpus, "doc": key, "stratum": stratum, "start": a, "end": b,
                     "sha256": sha(text[a:b])}
                )  # fmt: skip
                taken += 1
            taken_sentences.update(hashes)
            if taken >= quota:
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print the sentences (not JSON)")
    parser.add_argument(
        "--round", type=int, default=1, choices=tuple(range(1, LAST_ROUND + 1)), help="which sample"
    )
    args = parser.parse_args()
    docs = documents()
    print_lines(docs, draw(docs, args.round), show=args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
