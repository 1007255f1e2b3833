"""Word classes from a lexicon: which parts of speech an English word can be, and its lemmas.

The counted noun's head used to be chosen from word shapes alone ("ends in -s", "ends in -ous",
"ends in -ed") and hand lists of the exceptions. A part-of-speech signal is the general
mechanism; a tagger is too slow for the speed bar (30x quantulum3), so this reads a lexicon
instead: ``lemminflect``'s bundled lexicon (MIT; about 70,000 English words, each with the
classes it can have, NOUN, VERB, ADJ, ADV, AUX, and a lemma for each), one dict lookup per word.
It says what a word *can* be, not what it is in the sentence: the rules still decide between
the readings, but they no longer guess the readings from the spelling.

The table loads on first use (about 0.12 s once lemminflect is imported, once per process), so
importing the plugin stays cheap. Closed-class words (articles, pronouns, prepositions, number
words) and words the lexicon lacks give ``{}``: callers fall back to the word's shape for them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

_EMPTY: Mapping[str, tuple[str, ...]] = {}


def _read(path: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """lemminflect's lexicon file (gzipped lines "word,category,lemma/lemma") read into the
    table its own loader builds (``LemmaLUCodec.load``; a test checks they are equal), in half
    its time: one decompression and one split, where the library decodes and parses line by
    line (0.12 s against 0.24 s, once per process: a process pool pays it in every worker)."""
    import gzip

    from lemminflect.core.LexicalUtils import categoryToUPos

    with open(path, "rb") as fh:
        data = gzip.decompress(fh.read()).decode()
    upos: dict[str, str] = {}
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in data.split("\n"):
        if not line:
            continue
        word, category, forms = line.strip().split(",")
        pos = upos.get(category)
        if pos is None:
            pos = upos[category] = categoryToUPos(category)
        got = table.get(word)
        if got is None:
            table[word] = {pos: tuple(forms.split("/"))}
        else:
            got[pos] = tuple(forms.split("/"))
    return table


@functools.cache
def _table() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    from lemminflect import Lemmatizer

    lemmatizer = Lemmatizer()
    try:  # the file the library's loader reads (lemminflect 0.2.x), read directly
        return _read(lemmatizer.lemma_lu_fn)
    except (AttributeError, ImportError, OSError, ValueError):  # another lemminflect
        pass
    loader = getattr(lemmatizer, "_getLemmaDict", None)
    if loader is not None:  # the lexicon itself: a dict lookup (lemminflect 0.2.x)
        return loader()  # type: ignore[no-any-return]

    class _ViaApi(dict):  # another lemminflect: the public call, cached per word
        def __missing__(self, word: str) -> Mapping[str, tuple[str, ...]]:
            self[word] = got = lemmatizer.getAllLemmas(word)
            return got

        def get(self, word, default=None):  # type: ignore[no-untyped-def,override]
            return self[word] or default

    return _ViaApi()


def classes(word: str) -> Mapping[str, tuple[str, ...]]:
    """Part of speech -> lemmas for ``word`` ("missiles" -> {"NOUN": ("missile",)}); a
    capitalised word is looked up as written, then in lower case; {} when not in the lexicon."""
    table = _table()
    got = table.get(word)
    if got is None and word[:1].isupper():
        got = table.get(word.lower())
    return got or _EMPTY


def known(word: str) -> bool:
    return bool(classes(word))


def is_noun(word: str) -> bool:
    return "NOUN" in classes(word)


def is_adjective(word: str) -> bool:
    """An adjective that is no noun ("mayoral", "new"; not "public", "key")."""
    got = classes(word)
    return "ADJ" in got and "NOUN" not in got


def noun_lemma(word: str) -> str:
    """The singular of a noun the lexicon knows, lower case ("investments" -> "investment",
    "children" -> "child", "data" -> "data"); "" when it knows no noun reading."""
    lemmas = classes(word).get("NOUN")
    return lemmas[0].lower() if lemmas else ""


def plural_noun(word: str) -> bool | None:
    """True for a noun the lexicon knows as a plural form ("missiles", "women", "cargoes"),
    and one used only in the plural ("earnings"), False for a known word that is no plural
    noun ("always", "business", "buffalo", "does"),
    None when it cannot tell: not in it, or only a verb in -s ("acts", "bars": the lexicon
    lacks the noun reading of some common words, so a verb reading alone proves nothing)."""
    got = classes(word)
    if not got:
        return None
    if "AUX" in got:  # "does" (a doe's plural) is the verb
        return False
    lemmas = got.get("NOUN")
    low = word.lower()
    if lemmas:  # "media" -> ("medium", "media"); the lexicon's "earnings" is its own lemma,
        # but "earning" is a word too, where "gas", "lens" and "chaos" have no singular
        return lemmas[0].lower() != low or (low.endswith("s") and known(low[:-1]))
    if "VERB" in got and low.endswith("s"):
        return None
    return False  # an adjective or adverb ("various", "overseas", "always")
