"""``story.claims.v1``: the claims of a story, who makes them and who denies or disputes them.

Read from ``stance.attributions.v1`` (who said what, with which cue and stance) and
``stories.v1``, for stories of two or more articles. One row per (story, claim, article) and
statement: an article that reports a claim and also denies it has a row for each, and so has
an article that denies it twice in two phrasings (each phrasing is evidence an analyst may
want to quote); a statement repeated within one sentence counts once.

- **Claims**: assertions, hedged claims and reports. Within a story the same claim told by
  several outlets is one ``claim_id`` when the contents share most of their specific words
  (overlap coefficient of folded content words >= :data:`SAME_CLAIM`, two words at least)
  and say it the same way round (a negated statement, "she is not his wife", is the claim's
  other side), taken in order of publication; the id is named after the claim's first
  telling.
- **Denials** in every common phrasing count: the attributions' own ``deny`` and ``dispute``,
  plus content or sentences that call a claim untrue, false, fake, nonsense or absurd, or say
  there is "no truth in" it (:data:`DENIAL`), and sentences such as 'X called the claim fake'
  that the attributions do not cover. Not a denial: a cue read in another sense ("the labour
  dispute at the mill", "will contest the 150-seat assembly", "an advantage denied to
  smaller lines": the stance plugin reads these itself since its 0.17.0 and 0.18.0), a
  request refused ("denied the application"), a proposal turned down ("rejected the wage
  offer", "dismissed her suggestion of a bridge toll"), "lies"
  said of where a thing is ("the blame lies with ...") or of a liar ("he lies a good deal"),
  a denial word inside a supposition ("if you believe it was fake, ..."), an error the speaker
  owns ("admitted that the date in his book was inaccurate"); and a refusal to act or speak
  ("declined to comment", "refused to endorse him") is neither a denial nor a claim: the row
  is left out.
- **What a denial answers** (``target_claim_id``): the claim its content restates ("denied
  that it had ignored safety warnings"); failing that, for a reference ("the report", "the
  claim", "the figure", "these allegations", "it"), the claim in the same article before it or
  in an earlier article of the story, preferring one that names the denier (an allegation is
  about someone), one with a figure for "the figure", and the latest; a reference that says
  what it is about ("rumours of a coup") answers only a claim about that, and one that names
  whose claim it is ("the claims made by Hartley", "the Ledger report") that party's claim
  where the story has one. A party never answers its own claim, and a claim its own sentence
  calls unfounded ("found no evidence that ...") is on the denial's side, never answered
  (one party: the same name, or in one article the same head noun without differing names,
  "the spokesman" and "a company spokesman", or an unresolved "they" or "it"; a party's voice
  is the party, "the official's comments", "Lund's lawyers"; a speaker named by a role
  alone, "the candidate", is the person the article titled so before, "candidate Ana Lund"),
  and the saying that holds a denial in its own sentence ("Lund said the tests disagreed
  with the assay") is on the denial's side. A
  telling with a cue of doubt ("raised doubts about the ceasefire") is a dispute. A
  restatement shares a word of what is said, not only names ("denied it would charge Ms Vance
  with fraud" restates no claim that merely names her), and a reference's topic is what its
  complement says when it says something beyond names. The row of a
  denial carries the answered claim's ``claim_id``; ``claim`` is always what this article
  says.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from newslens_stories import frames
from newslens_stories.terms import STOP_WORDS, fold

ATTRIBUTIONS_ID = "stance.attributions.v1"

COLUMNS: dict[str, str] = {
    "story_id": "str",
    "claim_id": "str",
    "claim": "str",
    "speaker": "str",
    "speaker_resolved": "str",
    "article_id": "str",
    "source": "str",
    "published": "datetime64[ns, UTC]",
    "stance": "str",
    "target_claim_id": "str",
    "sentence": "int64",
}

#: Overlap coefficient of content words at which two contents are one claim.
SAME_CLAIM = 0.5
#: ... and at which a denial's content restates a claim.
RESTATES = 0.3
CLAIM_STANCES = frozenset({"assert", "hedge", "report"})
ANSWER_STANCES = frozenset({"deny", "dispute"})

#: Content that denies what it is about ("There is no truth in these allegations", "It is
#: absurd", "completely false").
DENIAL = re.compile(
    r"\b(?:no truth|not true|untrue|nonsense|absurd|baseless|groundless|"
    r"without (?:any )?foundation|ridiculous|rubbish|totally wrong|categorically wrong|"
    # "lies" said of a claim ("are all lies", "a pack of lies"), not where a thing is ("the
    # blame lies with them", "behind the fall lies the belief", "an upturn lies ahead") nor of
    # a liar ("he lies a good deal", "tells lie after lie": an accusation, no claim denied)
    r"(?:(?:is|was|are|were|be|been|all|complete|total|outright|just|nothing\s+but|pack\s+of|"
    r"more|damn(?:ed)?)\s+(?:\w+\s+)?lies|^\W*lies)"
    r"(?!\s+(?:in|with|within|at|on|behind|ahead|beneath|under|solely|soley|squarely|"
    r"mainly|largely|partly|chiefly|elsewhere|there|here|the|a|an|between|beyond|outside|"
    r"inside|along|across|near|off|north|south|east|west)\b)|"
    # "fabricated" and "hoax" said of the thing ("the story was fabricated", "is a hoax"), not
    # what someone admitted ("admitted fabricating parts of a story")
    r"(?:is|was|are|were|be|been|as|completely|totally|entirely)\s+(?:a\s+)?"
    r"(?:fabricat(?:ed|ion)|hoax)|fabrications?|hoax\W*$|"
    # "false" and "fake" said of the thing ("is false", "as fake news", "completely false",
    # 'was "false info"'), not a noun's adjective inside a claim ("spread false information")
    r"(?:is|was|are|were|be|been|as|completely|totally|entirely|patently|utterly|simply|"
    r"blatantly|absolutely|categorically)\s+[\"“']?(?:a\s+)?(?:false(?:hood)?s?|falsely|fake)\b"
    r"|false(?:hood)?s?\W*$|fake\W*$|(?:bull|horse)shit|"
    # "incorrect", "unfounded" said of the thing; "merely propaganda" ("the reports ... are
    # "incorrect"", "were merely IS propaganda")
    r"(?:is|was|are|were)\s+[\"“']?(?:incorrect|unfounded|inaccurate)|"
    r"(?:mere|merely|pure|purely|just|simply)\s+(?:\w+\s+)?propaganda)",
    re.IGNORECASE,
)
#: Sentences that deny without a reporting cue the attributions read: 'X called the claim
#: fake', 'X branded the report "absurd"', 'there is no truth in ...'.
DENIAL_SENTENCE = re.compile(
    r"\b(?P<cue>called|branded|labelled|labeled|described|dismissed)\b(?P<rest>[^.;]{0,120}?\b"
    r"(?:fake|false|untrue|absurd|nonsense|baseless|groundless|lies|rubbish|ridiculous)\b)",
    re.IGNORECASE,
)
#: Words by which a denial refers to a claim instead of restating it.
#: Nouns by which a text names a claim ("the report", "these allegations").
_CLAIM_NOUNS = (
    r"reports?|claims?|allegations?|accusations?|figures?|story|stories|rumou?rs?|suggestions?"
)
REFERENCES = re.compile(rf"\b(?:{_CLAIM_NOUNS}|it|this|that|these|those)\b", re.IGNORECASE)
#: A content that *is* a reference to a claim: a determiner and a claim noun at its start ("the
#: report", "these allegations", "the claim from Berlin", "the story as fake").
REFERENCE_PHRASE = re.compile(
    r"^\W*(?:the|these|those|this|that|such|his|her|their|its|our|any|all)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_CLAIM_NOUNS}|charges?|assertions?)\b",
    re.IGNORECASE,
)
#: The complement of a claim noun, which says what the claim is about ("rumours of a coup",
#: "claims by the government that it agreed to a ceasefire", "reports about the king's role"),
#: up to the clause's verb or punctuation.
_REFERENCE_COMPLEMENT = re.compile(
    rf"\b(?:{_CLAIM_NOUNS}|charges?|assertions?)\s+(?:of|about|that|by|regarding|over|on)\s+"
    r"([^,.;:!?\"“”]+?)(?=\s+(?:were|was|are|is|as|had|have|has|being)\b|[,.;:!?\"“”]|$)",
    re.IGNORECASE,
)
#: A bare pronoun as the whole content refers to a claim only after a verb of denial ("denied
#: it", "rejected that"); "I don't think it was ever a choice" refers to nothing said before.
BARE_REFERENCE = re.compile(r"^\W*(?:it|this|that|these|those|them)\W*$", re.IGNORECASE)
DENIAL_VERB = re.compile(
    r"\b(?:denie[sd]|denying|rejected|rejects|dismissed|dismisses|refuted|rebutted|"
    r"contradicted|disputed|disavowed|repudiated|shot down|knocked down|rebuffed|"
    r"pushed back|downplayed|played down|poured cold water)\b",
    re.IGNORECASE,
)
DENIAL_CUE = re.compile(
    r"(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|rebut|contradict|disput|disavow|repudiat)",
    re.IGNORECASE,
)
#: Attributions whose denial can answer another party's claim: what is said (and "according
#: to"). A negated belief or wish ("I don't think so", "we don't want to wait") is the
#: speaker's own view, not an answer; it answers a claim only in words that call it untrue.
ANSWER_CLASSES = frozenset({"speech", "according_to", ""})
_DISPUTE_CUE = re.compile(r"(?:contest|counter|disagree|challeng|question|doubt)", re.IGNORECASE)
_REJECT_CUE = re.compile(r"(?:reject|dismiss)", re.IGNORECASE)
#: What a court, a regulator or an official refuses, not a claim: "denied Mark's application
#: for a licence", "denied the request", "was denied bail".
_A_REQUEST = re.compile(
    r"^\W*(?:(?:the|a|an|its|their|his|her|our|this|that|[\w.’'-]+['’]s)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:applications?|requests?|motions?|petitions?|permission|bail|"
    r"appeals?|licen[cs]es?|visas?|entry|access|waivers?|exemptions?)\b",
    re.IGNORECASE,
)
#: A proposal turned down, not a claim denied: "rejected the third wage offer", "dismissed her
#: suggestion of a bridge toll", "rejected a plan to sell the harbour"; "rejected the suggestion
#: that the plan was flawed" answers a claim.
_A_PROPOSAL = re.compile(
    r"^\W*(?:(?:the|a|an|its|their|his|her|our|this|any|all|[\w.’'-]+['’]s)\s+)?"
    rf"(?:(?!(?:that|which|who|of|to|it|he|she|they|we|had|has|have|was|were|is|are|no|not|"
    rf"{_CLAIM_NOUNS}|idea|notion)\b)[\w’'-]+\s+){{0,3}}?"
    r"(?:offers?|proposals?|proposed\s+\w+|plans?|bids?|deals?|mergers?|"
    r"takeovers?|terms|settlements?|contracts?|budgets?|bills?|candidates?|nominations?|"
    r"suggestions?\s+(?:of|for|to)|calls?\s+(?:for|to))\b(?!\s+as\s+(?:false|untrue|fake|baseless))",
    re.IGNORECASE,
)
#: A refusal to act or to speak ("declined to comment", "refused to endorse him", "refused to
#: drop the gun"): no claim is denied; refusing to accept, acknowledge or believe one is.
_A_REFUSAL = re.compile(
    r"^\W*to\s+(?!(?:accept|acknowledge|recogni[sz]e|believe|concede|admit|credit)\b)[a-z]+\b",
    re.IGNORECASE,
)
_CLAIM_WORD = re.compile(
    rf"\b(?:{_CLAIM_NOUNS}|charges?|assertions?|idea|notion|speculation|accounts?|findings?|"
    r"conclusions?|assessments?|version|statements?|estimates?|narrative|analysis|"
    r"characteri[sz]ation|premise|theory|theories)\b",
    re.IGNORECASE,
)
#: A content that is a clause ("that ...", "it had ignored ...", "the plan was flawed"), not a
#: thing ("birth certificates for newborns"): what "rejected" answers when it names no claim.
_A_CLAUSE = re.compile(
    r"^\W*(?:that|as|it|he|she|they|we|i)\b"
    r"|\b(?:had|has|have|was|were|is|are|will|would|did|does|could|should|can)\b",
    re.IGNORECASE,
)
#: A clause that negates ("is not", "never", "didn't"): a told claim that says something did
#: not happen is on the denial's side, and a dispute without one is usually a telling.
_NEGATED = re.compile(
    r"\b(?:not|never|nowhere|nothing|nobody|none)\b|\bno\b(?!-|\s+(?:idea|doubt)\b)|n[’']t\b",
    re.IGNORECASE,
)  # "had no idea that the bridge was shut" negates nothing it tells
#: A negation just before a claim's content frames it as unfounded: "found no evidence that
#: ...", "there is nothing to suggest ...", "has no reliable information to suggest ..."
#: ("there is no doubt that" asserts it).
_NEGATED_FRAME = re.compile(
    r"\b(?:no|not|nothing|never|without)\b(?!\s+(?:doubt|question)\b)[^.;:!?\"“”]{0,40}$",
    re.IGNORECASE,
)
#: Cues of doubt make a telling a dispute ("raised doubts about the ceasefire").
_DOUBT_CUE = re.compile(r"(?:doubt|question|challeng|contest)", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
#: Speakers that name no party themselves: personal pronouns, and the relative pronoun an
#: attribution gives as written ("Lund, who said ..."; stance 0.25.0) when the extractor
#: left it unresolved: the last name before it stands in.
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "who", "which"})


@dataclass
class _Statement:
    story_id: str
    article_id: str
    order: tuple
    content: str
    speaker: str
    speaker_resolved: str
    stance: str
    sentence: int
    start: int
    words: frozenset[str] = field(default_factory=frozenset)
    cue: str = ""
    cue_class: str = ""
    claim_id: str = ""
    target: str = ""
    weak: bool = False
    negated_frame: bool = False


def combine(inputs: Mapping[str, pd.DataFrame], articles: pd.DataFrame) -> pd.DataFrame:
    """The ``combine`` of ``story.claims.v1`` (inputs: stories.v1, stance.attributions.v1)."""
    story_of = frames.story_of(inputs)
    stories = inputs.get(frames.STORIES_ID)
    if not story_of or stories is None:
        return _empty()
    sizes = stories.drop_duplicates("story_id").set_index("story_id")["story_size"]
    wanted = {a for a, s in story_of.items() if sizes.get(s, 0) >= 2}
    table = frames.article_table(articles)
    table = table[table.index.isin(wanted)]
    if table.empty:
        return _empty()
    texts = table["text"].to_dict()
    rows = frames.frame(
        inputs,
        ATTRIBUTIONS_ID,
        {"kind": "attribution", "speaker": "", "speaker_resolved": "", "cue": "",
         "content": "", "stance": "assert", "start": 0, "content_start": 0,
         "speaker_start": pd.NA, "cue_lemma": "", "cue_class": "", "cue_start": pd.NA,
         "cue_end": pd.NA},
    )  # fmt: skip
    rows = rows[rows["article_id"].isin(wanted)].reset_index(drop=True)
    rows = rows[[not _refuses(r) for r in rows.itertuples()]].reset_index(drop=True)
    rows["sentence"] = frames.sentences(rows, texts)
    # plain dicts, not ``table.at`` per row: a cell lookup in pandas costs microseconds
    cells = table[["published", "source"]].to_dict("index")
    names = _Names(texts)
    statements = [_statement(row, story_of, cells, names, texts) for row in rows.itertuples()]
    statements += _uncovered_denials(statements, story_of, table)
    out: list[dict] = []
    for story, group in _by_story(statements).items():
        _assign_claims(story, sorted(group, key=lambda s: s.order))
        out.extend(_row(s, cells) for s in group)
    if not out:
        return _empty()
    frame = pd.DataFrame(out)
    frame = frame.drop_duplicates(["story_id", "claim_id", "article_id", "stance", "sentence"])
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    frame["sentence"] = frame["sentence"].astype("int64")
    frame = frame.sort_values(["story_id", "claim_id", "published", "article_id", "sentence"])
    return frame[list(COLUMNS)].reset_index(drop=True)


def _statement(
    row: object, story_of: dict, cells: dict, names: _Names, texts: Mapping[str, str]
) -> _Statement:
    article = str(row.article_id)  # type: ignore[attr-defined]
    content = _clean(getattr(row, "content", ""))
    speaker = _clean(getattr(row, "speaker", ""))
    resolved = _clean(getattr(row, "speaker_resolved", ""))
    start = int(getattr(row, "start", 0) or 0)
    if not resolved and speaker.lower() in _PRONOUNS:
        resolved = names.last_before(article, start)
    elif not resolved:
        resolved = _role_name(speaker, texts.get(article, ""), start)
    stance = _clean(getattr(row, "stance", "")) or "assert"
    cue = (_clean(getattr(row, "cue_lemma", "")) or _clean(getattr(row, "cue", ""))).lower()
    if stance in CLAIM_STANCES and _DOUBT_CUE.match(cue):
        stance = "dispute"  # "raised doubts about the ceasefire", "questioned the ball"
    content_start = int(getattr(row, "content_start", 0) or 0)
    text = texts.get(article, "")
    negated_frame = bool(_NEGATED_FRAME.search(text[max(0, content_start - 60) : content_start]))
    if stance in CLAIM_STANCES | {"dispute"} and _calls_untrue(content, cue):
        stance = "deny"
    elif not _answers_something(stance, cue, content):
        stance = "assert"  # a telling, whatever a word in it made the attributions think
    # a dispute that only negates ("they aren't flying bombers") answers a claim it restates,
    # never one it merely refers to
    weak = stance == "dispute" and not _contradiction_cue(cue)
    published = cells[article]["published"]
    return _Statement(
        story_id=story_of[article],
        article_id=article,
        order=(_sortable(published), article, start),
        content=content,
        speaker=speaker,
        speaker_resolved=resolved,
        stance=stance,
        sentence=int(row.sentence),  # type: ignore[attr-defined]
        start=start,
        words=_words(content),
        cue=cue,
        weak=weak,
        cue_class=_clean(getattr(row, "cue_class", "")),
        negated_frame=negated_frame,
    )


#: A speaker named by a role alone ("the candidate", "the minister"): news names a person once
#: with the role as a title ("presidential candidate Ana Lund", "Finance Minister Ayo Reyes")
#: and goes on with the role.
_ROLE_ONLY = re.compile(r"^the\s+(?:[a-z]+\s+)?([a-z]+)$", re.IGNORECASE)
_ROLE_TITLES = {"senator": r"(?:senator|sen\.)", "governor": r"(?:governor|gov\.)"}
_ROLES = frozenset({
    "candidate", "nominee", "senator", "governor", "president", "congressman", "congresswoman",
    "lawmaker", "mayor", "minister", "premier", "chancellor", "secretary", "businessman",
    "businesswoman", "billionaire", "tycoon", "actor", "actress", "singer", "star", "player",
    "striker", "coach", "chairman", "chairwoman", "founder", "author",
})  # fmt: skip


def _role(speaker: str) -> str:
    """The role word of a speaker named by a role alone ("The candidate": "candidate"), or ""."""
    found = _ROLE_ONLY.match(speaker)
    role = found.group(1).lower() if found else ""
    return role if role in _ROLES else ""


def _role_name(speaker: str, text: str, before: int) -> str:
    """The person a role-only speaker stands for: the last name before ``before`` that the text
    gives that role as a title ("the candidate" after "Republican candidate Ben Lund": "Ben
    Lund"), or "" (the role never titles a name: "the minister" stays unresolved)."""
    role = _role(speaker)
    if not role:
        return ""
    title = _ROLE_TITLES.get(role, re.escape(role))
    named = re.findall(
        rf"\b(?i:{title})\s+((?:[A-Z][\w’'.-]+\s+){{0,2}}[A-Z][\w’'-]+)", text[:before]
    )
    return named[-1] if named else ""


def _refuses(row: object) -> bool:
    """Whether a deny row of the attributions is a refusal to act or to speak ("declined to
    comment", "refused to endorse him", "refused to drop the gun"): it neither denies a claim
    nor makes one, so it is left out of the story's claims ("refused to accept the findings"
    denies them and stays)."""
    stance = str(getattr(row, "stance", "") or "")
    return stance == "deny" and bool(_A_REFUSAL.match(str(getattr(row, "content", "") or "")))


def _contradiction_cue(cue: str) -> bool:
    """Whether a cue denies or contradicts by itself ("denied", "disputed", "countered")."""
    return bool(DENIAL_CUE.match(cue) or _DISPUTE_CUE.match(cue))


#: A clause that supposes rather than asserts: "if you believe the report was fake, ...".
_SUPPOSED = re.compile(r"\b(?:if|whether|unless|suppose|supposing)\b[^,;.!?]*$", re.IGNORECASE)
#: A cue by which the speaker owns an error, not denies another's claim ("admitted that the
#: date printed in his memoir was inaccurate").
_OWNED_CUE = re.compile(r"(?:admit|acknowledg|conced|confess|own(?:s|ed)?\s+up)", re.IGNORECASE)


def _calls_untrue(content: str, cue: str) -> bool:
    """Whether a telling's content calls a claim untrue (:data:`DENIAL`), not inside a
    supposition ("if you believe it was fake") nor as an error the speaker owns."""
    found = DENIAL.search(content)
    return (
        bool(found) and not _SUPPOSED.search(content[: found.start()]) and not _OWNED_CUE.match(cue)
    )


def _answers_something(stance: str, cue: str, content: str) -> bool:
    """Whether a deny or dispute row of the attributions denies or disputes anything, read
    against what it says: a dispute found from one word of its content ("travelling with a
    fake ID", "a false report", "if something goes wrong") is a telling unless its cue is one of
    contradiction ("disputed", "countered") or its content negates ("is not thinking of ...");
    "rejected" and "dismissed" deny only a claim ("rejected the report", "dismissed claims
    that ...", "rejected that it had ...": a claim noun or a clause), not a thing ("reject
    birth certificates") nor a proposal ("rejected the wage offer", "dismissed her suggestion
    of a bridge toll"); a request refused ("denied the application") is no denial."""
    if stance == "dispute":
        return _contradiction_cue(cue) or bool(_NEGATED.search(content))
    if stance == "deny" and _A_REQUEST.match(content):
        return False  # "denied the firm's application for a licence": a request refused
    if stance == "deny" and _REJECT_CUE.match(cue) and _A_PROPOSAL.match(content):
        return False  # "rejected the third wage offer": a proposal turned down
    if stance == "deny" and _REJECT_CUE.match(cue):
        return bool(
            REFERENCE_PHRASE.match(content)
            or _CLAIM_WORD.search(content)
            or _A_CLAUSE.search(content)
            or BARE_REFERENCE.match(content)
        )
    return True


def _uncovered_denials(
    statements: list[_Statement], story_of: dict, table: pd.DataFrame
) -> list[_Statement]:
    """Denials in sentences that no attribution row denies ('X called the claim fake')."""
    from newslens.sentences import sentence_spans

    denied = {(s.article_id, s.sentence) for s in statements if s.stance == "deny"}
    found: list[_Statement] = []
    for article, row in table.iterrows():
        text = row["text"]
        for index, (a, b) in enumerate(sentence_spans(text)):
            if (article, index) in denied:
                continue
            sentence = text[a:b]
            match = DENIAL_SENTENCE.search(sentence)
            if not match:
                continue
            names = _NAME.findall(sentence[: match.start()])
            speaker = names[-1] if names else ""
            content = sentence[match.start("rest") :].strip(" ,.")
            found.append(
                _Statement(
                    story_id=story_of[str(article)],
                    article_id=str(article),
                    order=(_sortable(row["published"]), str(article), a + match.start()),
                    content=content,
                    speaker=speaker,
                    speaker_resolved=speaker,
                    stance="deny",
                    sentence=index,
                    start=a + match.start(),
                    words=_words(content),
                )
            )
    return found


def _assign_claims(story: str, statements: list[_Statement]) -> None:
    """Claim ids for the story's statements, in order of publication, then denial targets."""
    claims: list[_Statement] = []  # the first telling of each claim
    for s in statements:
        if s.stance not in CLAIM_STANCES or len(s.words) < 2:
            continue
        negated = _NEGATED.search(s.content) is not None
        same = next(
            (
                c
                for c in claims
                if _overlap(s.words, c.words) >= SAME_CLAIM
                and (_NEGATED.search(c.content) is not None) == negated
            ),
            None,
        )  # "she is not his wife" is the other side of "she is his wife", not a telling
        if same is None:
            s.claim_id = _claim_name(s)
            claims.append(s)
        else:
            s.claim_id = same.claim_id
    previous: _Statement | None = None
    for s in statements:
        if s.stance in ANSWER_STANCES:
            follows = (
                previous is not None
                and previous.article_id == s.article_id
                and s.sentence - previous.sentence <= 1
                and _same_party(previous, s)
                and len(s.words - _reference_words(s.content)) <= 3
            )
            # '"It is absurd," she said' after her denial answers what she just denied
            if follows and previous:
                target = previous.target
            elif s.cue_class in ANSWER_CLASSES or DENIAL.search(s.content):
                target = _target(s, statements)
            else:
                target = ""
            previous = s
            s.target = target
            s.claim_id = target or _claim_name(s)
        elif not s.claim_id:
            s.claim_id = _claim_name(s)


def _target(answer: _Statement, statements: list[_Statement]) -> str:
    """The claim a denial or dispute answers (see the module docs), or ""."""
    earlier = [
        s
        for s in statements
        if s.stance in CLAIM_STANCES
        and s.claim_id
        and s.order < answer.order
        and not _same_party(s, answer)
        # a telling that says the thing did not happen is on the denial's side, never the
        # claim it answers ("no reliable report supports it", "it was not stolen")
        and not _NEGATED.search(s.content)
        # ... and so is one its own sentence frames as unfounded ("found no evidence that the
        # leak happened", "has no reliable information to suggest ...")
        and not s.negated_frame
        # ... and so is the telling of this very denial in its own sentence ("Lund said the
        # tests disagreed with an earlier assay": the saying holds the disputing)
        and not _tells_the_answer(s, answer)
    ]
    if not earlier:
        return ""
    own = answer.words - _reference_words(answer.content)
    denier = {w for w in _words(answer.speaker_resolved or answer.speaker) if len(w) > 3}
    # a claim that tells this very denial ("he said the council rejected the plan": the denier
    # and a verb of denial in it) is its telling, not what it answers; a claim that merely
    # names the denier is the usual allegation
    earlier = [
        s for s in earlier if not (denier and denier <= s.words and DENIAL_VERB.search(s.content))
    ]
    if not earlier:
        return ""
    # a dispute that only negates must restate the claim closely (it has no word of denial);
    # and a restatement shares what is said, not only whom it is about: "denies reports it
    # will charge Ms Vance with fraud" restates no claim that merely names Ms Vance
    bar, shared = (SAME_CLAIM, 3) if answer.weak else (RESTATES, 2)
    said = _said_words(answer.content) - _reference_words(answer.content)
    topic = _topic(answer.content) - _NOT_TOPIC - denier
    # ... except where the denial only names the claim ("the allegations concerning Ms Vance":
    # whom it is about is all it says)
    refers = _refers_to_a_claim(answer)
    if refers and not topic & said:
        said = frozenset()
    restated = [
        (s, overlap)
        for s in earlier
        if (overlap := _overlap(own, s.words)) >= bar
        and len(own & s.words) >= shared
        and (not said or said & s.words)
    ]
    if restated:
        best = max(restated, key=lambda pair: (pair[1], pair[0].order))
        return best[0].claim_id
    if answer.weak or not refers:
        return ""
    claimant = _claimant(answer.content)
    if claimant:
        # "denied the claims brought forth by Hartley", "the Ledger report": that party's claim
        # (when no claim of the story is theirs by name, an outlet may be telling a witness's
        # claim under its own: all claims stay candidates)
        theirs = [s for s in earlier if claimant & _words(s.speaker_resolved or s.speaker)]
        earlier = theirs or earlier
    # what the reference says, not only whom it names ("rumours that Ms Vance was arrested":
    # "arrest"), when it says something
    topic = (topic & said) or topic
    if topic:
        # "rumours of a coup were rubbish": a reference that says what it is about answers
        # only a claim about that ("a coup"), not the latest claim of the story
        earlier = [s for s in earlier if _about(topic, s.words)]
        if not earlier:
            return ""
    wants_figure = re.search(r"\bfigures?\b", answer.content, re.IGNORECASE) is not None

    # a role-only denier as the text calls them and as resolved ("the actor", "Ana Lund")
    named = denier | _words(_role(answer.speaker))

    def score(s: _Statement) -> tuple:
        names_denier = bool(named & s.words) or _mentions_any(s, statements, named)
        has_figure = bool(re.search(r"\d", s.content))
        same_article = s.article_id == answer.article_id
        return (wants_figure and has_figure, names_denier, same_article, s.order)

    return max(earlier, key=score).claim_id


def _tells_the_answer(claim: _Statement, answer: _Statement) -> bool:
    """Whether a claim is the telling of a denial in its own sentence: the same article and
    sentence, and most of the denial's words in it."""
    return (
        claim.article_id == answer.article_id
        and claim.sentence == answer.sentence
        and _overlap(answer.words, claim.words) >= SAME_CLAIM
    )


#: A reference that names whose claim it answers: "the claims (made) by Hartley", "Hartley's
#: allegations", "the Ledger report".
_CLAIMANT = re.compile(
    rf"\b(?:{_CLAIM_NOUNS}|charges?|assertions?)\s+(?:(?:brought\s+forth|made|levell?ed|"
    r"raised|put\s+forward|published|aired)\s+)?by\s+((?:[A-Z][\w.&'’-]+\s*){1,4})"
    rf"|((?:[A-Z][\w.&-]+\s+){{0,3}}[A-Z][\w.&-]+)(?:'s|’s)\s+(?:{_CLAIM_NOUNS}|charges?)\b"
    rf"|\bthe\s+((?:[A-Z][\w.&-]+\s+){{1,3}})(?:{_CLAIM_NOUNS})\b"
)


def _claimant(content: str) -> frozenset[str]:
    """The words of the party a reference names as the claim's author, if any."""
    found = _CLAIMANT.search(content or "")
    if not found:
        return frozenset()
    name = found.group(1) or found.group(2) or found.group(3) or ""
    return _words(name) - _NOT_TOPIC - _NO_CLAIMANT


def _refers_to_a_claim(answer: _Statement) -> bool:
    """Whether a denial that does not restate a claim names one: "rejected the report",
    "There is no truth in these allegations", "denied it"; not a content that merely holds a
    pronoun ("to do it", "is too far")."""
    content = answer.content
    if REFERENCE_PHRASE.match(content):
        return True
    if DENIAL.search(content) and REFERENCES.search(content):
        return True
    return bool(BARE_REFERENCE.match(content)) and bool(DENIAL_CUE.match(answer.cue))


def _mentions_any(claim: _Statement, statements: list[_Statement], denier: set[str]) -> bool:
    """Whether another telling of the same claim names the denier."""
    return bool(denier) and any(
        s.claim_id == claim.claim_id and denier & s.words for s in statements
    )


def _same_party(a: _Statement, b: _Statement) -> bool:
    """Whether two statements are one party's: the same name; or, in one article, the same
    head noun without names that differ ("the spokesman" and "a company spokesman", "The
    sources" and "sources close to the bank"), or an unresolved "they" or "it" told in the
    denier's own article (wire copy names its source once and goes on with the pronoun)."""
    x = _party(a.speaker_resolved or a.speaker).lower()
    y = _party(b.speaker_resolved or b.speaker).lower()
    if x and x == y:
        return True
    if not x or not y or a.article_id != b.article_id:
        return False
    if x in _PLURAL_OR_THING_PRONOUNS or y in _PLURAL_OR_THING_PRONOUNS:
        return True
    head_x, head_y = _head(x), _head(y)
    if not head_x or head_x != head_y:
        return False
    names_x = set(_NAME_WORD.findall(a.speaker_resolved or a.speaker))
    names_y = set(_NAME_WORD.findall(b.speaker_resolved or b.speaker))
    return not (names_x and names_y and not names_x & names_y)


#: A speaker named by what a party said or who speaks for it ("the official's comments", "the
#: company's spokesman", "Lund's lawyers"): the party.
_VOICE_OF = re.compile(
    r"^(.+?)['’]s?\s+(?:(?:own|latest|earlier|new|written|public)\s+)?(?:comments?|statements?|"
    r"remarks?|letters?|spokes(?:wo)?m[ae]n|spokespe(?:rson|ople)|lawyers?|attorneys?|"
    r"office|campaign|aides?|advisers?|advisors?|representatives?)$",
    re.IGNORECASE,
)


def _party(speaker: str) -> str:
    """The party a speaker's words are: the possessor of a voice ("the official's comments":
    "the official"), else the speaker."""
    found = _VOICE_OF.match(speaker.strip())
    return found.group(1) if found else speaker


_PLURAL_OR_THING_PRONOUNS = frozenset({"they", "it"})
#: A capitalised word that names someone or something, not a sentence's first word alone.
_NAME_WORD = re.compile(r"(?<!^)\b[A-Z][\w’'.-]+")
_HEAD = re.compile(r"([a-z][a-z’'-]+?)(?:s)?(?:['’]s)?\W*$")


def _head(speaker: str) -> str:
    """The last word of a speaker's phrase, a plural folded ("sources" -> "source")."""
    found = _HEAD.search(speaker.split(",")[0].split(" who ")[0].strip())
    return found.group(1) if found else ""


def _words(text: str) -> frozenset[str]:
    """Folded content words, with a light verb stem ("warned", "warnings" -> "warn")."""
    out = set()
    for raw in re.findall(r"[A-Za-z][A-Za-z'’-]+", text or ""):
        word = fold(raw)
        if word in STOP_WORDS or len(word) < 3:
            continue
        for suffix in ("ing", "ed"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        out.add(word)
    return frozenset(out)


#: Words of a denial that say it denies, not what it denies ("rumours of a coup were
#: rubbish": only "coup" is its topic); folded and stemmed as ``_words`` folds a content.
_NOT_TOPIC_TEXT = (
    "truth true untrue nonsense absurd baseless groundless foundation fabricate fabrication "
    "fabricated lies lie ridiculous rubbish wrong false falsehood fake categorically completely "
    "totally entirely patently utterly simply blatantly absolutely incorrect inaccurate untruth "
    "media news circulating recent whatsoever deny denied charge assertion categorical "
    "unequivocally unsubstantiated unfounded misleading malicious defamatory speculation "
    "propaganda hoax merely mere just statement account strike strikes story stories"
)
_NOT_TOPIC = _words(_NOT_TOPIC_TEXT)
#: Capitalised words before a claim noun that name no party ("the April reports").
_NO_CLAIMANT = _words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday online initial original earlier "
    "new latest first"
)


def _said_words(text: str) -> frozenset[str]:
    """The content words of ``text`` outside names (capitalised words): what is said of
    someone, not who; all of them in a text set in title case ("Actor Found Dead in Condo")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text or "")
    if sum(w[0].isupper() for w in words) > HEADLINE_CASE * len(words):
        return _words(text)
    return _words(_CAPITALISED.sub(" ", text or ""))


#: Share of capitalised words above which a text is set in title case, not full of names.
HEADLINE_CASE = 0.4


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _topic(content: str) -> frozenset[str]:
    """What a reference says a claim is about: the words of its complement ("rumours *of a
    coup* were rubbish", "claims *that it agreed to a ceasefire*"); none for a bare "these
    allegations"."""
    return _words(" ".join(m.group(1) for m in _REFERENCE_COMPLEMENT.finditer(content or "")))


def _about(topic: frozenset[str], words: frozenset[str]) -> bool:
    """Whether a claim's words hold a topic word, or a form of it ("capture" / "captur", the
    stem of "captured"): one a prefix of the other, five letters at least."""
    if topic & words:
        return True
    return any(
        len(t) >= 5 and len(w) >= 5 and (w.startswith(t) or t.startswith(w))
        for t in topic
        for w in words
    )


def _reference_words(text: str) -> frozenset[str]:
    return _words(" ".join(REFERENCES.findall(text or "")))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _claim_name(s: _Statement) -> str:
    key = f"{s.story_id}|{s.article_id}|{s.start}|{s.content}"
    return "claim-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _last_name(text: str, before: int) -> str:
    """The last two-word capitalised name before ``before`` (resolves "he" / "she")."""
    names = _NAME.findall(text[:before])
    return names[-1] if names else ""


class _Names:
    """:func:`_last_name` for many pronouns of the same articles, each text scanned once.

    Why: a story's pronouns resolved one by one rescanned each article's text up to every
    pronoun. Names found in the whole text give the same answer wherever no name runs across
    ``before`` (then the prefix is scanned as before).
    """

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self.found: dict[str, tuple[list[int], list[int], list[str]]] = {}

    def last_before(self, article: str, before: int) -> str:
        text = self.texts.get(article, "")
        if article not in self.found:
            matches = list(_NAME.finditer(text))
            self.found[article] = (
                [m.start() for m in matches], [m.end() for m in matches], [m[0] for m in matches]
            )  # fmt: skip
        starts, ends, names = self.found[article]
        done = bisect.bisect_right(ends, before)  # names ending at or before ``before``
        if done < len(starts) and starts[done] < before:  # a name runs across: rescan
            return _last_name(text, before)
        return names[done - 1] if done else ""


def _by_story(statements: list[_Statement]) -> dict[str, list[_Statement]]:
    out: dict[str, list[_Statement]] = {}
    for s in statements:
        out.setdefault(s.story_id, []).append(s)
    return out


def _row(s: _Statement, cells: dict) -> dict:
    return {
        "story_id": s.story_id,
        "claim_id": s.claim_id,
        "claim": s.content,
        "speaker": s.speaker,
        "speaker_resolved": s.speaker_resolved,
        "article_id": s.article_id,
        "source": cells[s.article_id]["source"],
        "published": cells[s.article_id]["published"],
        "stance": s.stance,
        "target_claim_id": s.target or None,
        "sentence": s.sentence,
    }


def _sortable(published: object) -> float:
    """Publication time as a number for ordering; undated articles sort last."""
    if published is None or pd.isna(published):
        return float("inf")
    return pd.Timestamp(published).timestamp()


def _clean(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return " ".join(str(value).split())


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in COLUMNS.items()})
