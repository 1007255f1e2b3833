"""story.claims.v1 on the Kestrel Bay story: the claim, every phrasing of its denial, targets."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest
from newslens_stories import claims


@pytest.fixture(scope="module")
def kestrel_claims(inputs, story_corpus, kestrel_story) -> pd.DataFrame:
    out = claims.combine(inputs, story_corpus)
    assert list(out.columns) == list(claims.COLUMNS)
    return out[out["story_id"] == kestrel_story]


@pytest.fixture(scope="module")
def warnings_claim(kestrel_claims) -> str:
    first = kestrel_claims[
        kestrel_claims["claim"].str.contains("ignored repeated safety warnings")
        & (kestrel_claims["article_id"] == "kestrel-harbour-gazette")
    ]
    assert len(first) == 1
    row = first.iloc[0]
    assert (row["speaker_resolved"], row["stance"]) == ("Save Kestrel Bay", "hedge")
    assert pd.isna(row["target_claim_id"])
    return str(row["claim_id"])


def test_every_phrasing_of_the_denial_answers_the_claim(kestrel_claims, warnings_claim):
    denials = kestrel_claims[kestrel_claims["stance"] == "deny"]
    by_article = denials.groupby("article_id")["claim"].apply(list).to_dict()
    assert set(by_article) == {
        "kestrel-northern-ledger",  # "denied that it had ignored", "dismissed ... as nonsense"
        "kestrel-coastline-daily",  # "There is no truth in these allegations"
        "kestrel-meridian-wire",  # "rejected the report"
        "kestrel-valley-courier",  # "called the claim ... fake", "It is absurd"
    }
    assert len(by_article["kestrel-northern-ledger"]) == 2
    assert len(by_article["kestrel-valley-courier"]) == 2
    assert any("no truth" in c for c in by_article["kestrel-coastline-daily"])
    # each one answers the warnings claim: "these allegations", "the report", "the claim"
    assert set(denials["target_claim_id"]) == {warnings_claim}
    assert set(denials["claim_id"]) == {warnings_claim}


def test_deniers_are_resolved(kestrel_claims):
    denials = kestrel_claims[kestrel_claims["stance"] == "deny"]
    speakers = dict(zip(denials["article_id"] + "/" + denials["sentence"].astype(str),
                        denials["speaker_resolved"], strict=True))  # fmt: skip
    assert speakers["kestrel-northern-ledger/0"] == "Brightwater Shipping"
    assert speakers["kestrel-valley-courier/1"] == "Helen Marsh"
    assert speakers["kestrel-valley-courier/2"] == "Helen Marsh"  # '"It is absurd," she said'


def test_the_same_claim_in_other_words_is_one_claim(kestrel_claims, warnings_claim):
    restated = kestrel_claims[
        kestrel_claims["claim"].str.contains("warned twice about the steering")
    ]
    assert restated["claim_id"].tolist() == [warnings_claim]
    assert restated["stance"].tolist() == ["assert"]
    assert restated["source"].tolist() == ["The Northern Ledger"]
    assert restated["published"].tolist() == [pd.Timestamp("2025-03-11T09:30Z")]


def test_claims_about_other_things_are_not_denied(kestrel_claims, warnings_claim):
    others = kestrel_claims[kestrel_claims["claim_id"] != warnings_claim]
    assert not others.empty
    assert "deny" not in set(others["stance"])
    assert others["target_claim_id"].isna().all()


def test_a_party_does_not_answer_its_own_claim():
    stories = pd.DataFrame({"article_id": ["a", "b"], "story_id": ["s", "s"], "story_size": [2, 2]})
    text_a = "Acme Corp said profits rose 10 percent in the quarter."
    text_b = "Acme Corp dismissed the report as false. Rivals said profits rose 10 percent."
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": [text_a, text_b],
            "published": pd.to_datetime(["2024-01-01", "2024-01-02"], utc=True),
        }
    )
    attributions = pd.DataFrame(
        [
            {"article_id": "a", "start": 0, "speaker": "Acme Corp",
             "speaker_resolved": "Acme Corp", "content": "profits rose 10 percent in the quarter",
             "stance": "assert"},
            {"article_id": "b", "start": 0, "speaker": "Acme Corp",
             "speaker_resolved": "Acme Corp", "content": "the report", "stance": "deny"},
        ]
    )  # fmt: skip
    out = claims.combine({"stories.v1": stories, "stance.attributions.v1": attributions}, articles)
    denial = out[out["stance"] == "deny"].iloc[0]
    assert pd.isna(denial["target_claim_id"])  # Acme's only earlier claim is its own


def test_names_found_once_resolve_pronouns_as_a_rescan_would():
    # every cut, including cuts inside a name ("Maria Gon|zalez") and right after one
    text = (
        "Officials in Port Vila met on Monday. Maria Gonzalez Ruiz said the port would reopen, "
        "and she added that Peter Adams agreed. He Said Nothing More, said the Harbour Master."
    )
    names = claims._Names({"a": text})
    for before in range(len(text) + 1):
        assert names.last_before("a", before) == claims._last_name(text, before), before
    assert names.last_before("missing", 10) == ""


def _answers(*rows: tuple[str, str, str, str, str]) -> dict[str, str]:
    """``claims.combine`` over invented attributions (article, speaker, cue lemma, cue class,
    content, in order, one article a day): {denial content: the claim it answers, or ""}."""
    ids = sorted({r[0] for r in rows})
    stories = pd.DataFrame({"article_id": ids, "story_id": "s", "story_size": len(ids)})
    articles = pd.DataFrame(
        {"article_id": ids, "text": ["Text."] * len(ids),
         "published": pd.to_datetime([f"2024-01-0{i + 1}" for i in range(len(ids))], utc=True)}
    )  # fmt: skip
    attributions = pd.DataFrame(
        [
            {"article_id": a, "start": i, "speaker": who, "speaker_resolved": who, "cue": lemma,
             "cue_lemma": lemma, "cue_class": cls, "content": content,
             "stance": "deny" if lemma in {"deny", "reject", "think"} else "assert"}
            for i, (a, who, lemma, cls, content) in enumerate(rows)
        ]
    )  # fmt: skip
    out = claims.combine({"stories.v1": stories, "stance.attributions.v1": attributions}, articles)
    denials = out[out["stance"] == "deny"]
    told = out[out["stance"] != "deny"]
    text = dict(zip(told["claim_id"], told["claim"], strict=True))
    return {
        r.claim: text.get(r.target_claim_id, "") if isinstance(r.target_claim_id, str) else ""
        for r in denials.itertuples()
    }


CLAIM = ("a", "Save the Dunes", "say", "speech", "the Acme plant leaked solvent into the river")


def test_a_denial_answers_the_claim_it_names():
    assert _answers(CLAIM, ("b", "Acme", "reject", "speech", "the allegations")) == {
        "the allegations": CLAIM[4]
    }
    assert _answers(CLAIM, ("b", "Acme", "deny", "speech", "it")) == {"it": CLAIM[4]}


def test_a_content_that_only_holds_a_pronoun_answers_nothing():
    # "Acme said it did not want to do it": no claim is named, and "it" is no reference
    assert _answers(CLAIM, ("b", "Acme", "say", "speech", "to do it")) == {}
    assert _answers(CLAIM, ("b", "Acme", "deny", "speech", "it is too far")) == {
        "it is too far": ""
    }
    # ... and "refused to do it" is a refusal: no denial, no claim
    assert _answers(CLAIM, ("b", "Acme", "deny", "speech", "to do it")) == {}


@pytest.mark.parametrize(
    "stance,content,expected",
    [
        ("deny", "to comment on the talks", True),
        ("deny", "to endorse the mayor", True),
        # refusing to accept a claim denies it; a telling is no refusal
        ("deny", "to accept the inspectors' findings", False),
        ("assert", "to endorse the mayor", False),
        ("deny", "the plant leaked", False),
    ],
)
def test_a_refusal_to_act_or_speak_is_left_out(stance, content, expected):
    row = SimpleNamespace(stance=stance, content=content)
    assert claims._refuses(row) is expected


def test_a_negated_belief_is_no_answer():
    # "I don't think the plant will close" is the speaker's own view, not a denial of a claim
    assert _answers(CLAIM, ("b", "Acme", "think", "belief", "the plant leaked")) == {
        "the plant leaked": ""
    }


def test_false_as_a_noun_s_adjective_is_no_denial():
    rows = (CLAIM, ("b", "Rivals", "say", "speech", "Acme spread false information"))
    assert _answers(*rows) == {}
    rows = (CLAIM, ("b", "Acme", "say", "speech", "the allegations are completely false"))
    assert _answers(*rows) == {"the allegations are completely false": CLAIM[4]}


def test_a_claim_that_tells_the_denial_is_not_its_target():
    told = ("a", "The Herald", "say", "speech", "Acme rejected the finding about the leak")
    rows = (CLAIM, told, ("c", "Acme", "reject", "speech", "the finding about the leak"))
    assert _answers(*rows) == {"the finding about the leak": ""}


def test_a_reference_that_names_its_topic_answers_a_claim_about_it():
    other = ("a", "The mayor", "say", "speech", "the bridge will reopen in June")
    rows = (CLAIM, other, ("c", "Acme", "reject", "speech", "claims of a solvent leak"))
    # the latest claim is the bridge; the reference says it is about a leak of solvent
    assert _answers(*rows) == {"claims of a solvent leak": CLAIM[4]}
    rows = (CLAIM, other, ("c", "Acme", "reject", "speech", "rumours of a merger"))
    assert _answers(*rows) == {"rumours of a merger": ""}  # no claim of the story is about it
    captured = ("a", "Rebels", "say", "speech", "the rebels captured the depot")
    rows = (captured, other, ("c", "The army", "reject", "speech", "the reports of a capture"))
    assert _answers(*rows) == {"the reports of a capture": captured[4]}  # a form of "captured"


def test_a_restatement_shares_what_is_said_not_only_whom_it_names():
    praise = ("a", "The Herald", "say", "speech", "Mayor Ruth Vance praised the Acme plant")
    denial = ("b", "The council", "deny", "speech", "that Ruth Vance will be charged with fraud")
    # the words shared are her name: the praise is not what the council denies
    assert _answers(praise, denial) == {denial[4]: ""}
    charged = ("a", "The Herald", "say", "speech", "Ruth Vance will be charged with fraud")
    assert _answers(charged, denial) == {denial[4]: charged[4]}
    # a reference whose complement says something answers a claim that says it
    rumour = ("b", "The council", "reject", "speech", "rumours that Ruth Vance was arrested")
    arrested = ("a", "Witnesses", "say", "speech", "police arrested Ruth Vance at home")
    assert _answers(arrested, praise, rumour) == {rumour[4]: arrested[4]}
    assert _answers(praise, rumour) == {rumour[4]: ""}


def test_the_topic_of_a_reference_is_its_complement():
    assert claims._topic("rumours of a coup were rubbish") == {"coup"}
    assert claims._topic("these allegations are false") == frozenset()
    assert "ceasefire" in claims._topic("claims by the government that it agreed to a ceasefire")


@pytest.mark.parametrize(
    "stance,cue,content,expected",
    [
        # a dispute read from one word of the content is a telling
        ("dispute", "say", "she was travelling with a fake ID", False),
        ("dispute", "say", "a lesser reporter would be fired for a false report", False),
        ("dispute", "say", "the minister is not planning to resign", True),
        ("dispute", "counter", "the plant was safe", True),
        ("dispute", "dispute", "the figures", True),
        # "rejected" denies a claim or a clause, not a thing
        ("deny", "reject", "birth certificates for newborns", False),
        ("deny", "reject", "the finding about the leak", True),
        ("deny", "reject", "it had ignored safety warnings", True),
        ("deny", "deny", "birth certificates for newborns", True),
        # a request refused is no denial of a claim
        ("deny", "deny", "the port's application for a dredging licence", False),
        ("deny", "deny", "Acme's request to delay the hearing", False),
        # ... nor is a proposal turned down; the suggestion that something is so is a claim
        ("deny", "reject", "the third wage offer that was made on Friday", False),
        ("deny", "reject", "a plan by the council that would sell the harbour", False),
        ("deny", "dismiss", "her suggestion of a toll on the bridge", False),
        ("deny", "reject", "the suggestion that the plant leaked", True),
        ("deny", "reject", "the idea that plans for the bridge were flawed", True),
        ("deny", "reject", "the report that the offer was withdrawn", True),
        ("deny", "reject", "that the bid had been rigged", True),
    ],
)
def test_a_denial_row_must_deny_something(stance, cue, content, expected):
    assert claims._answers_something(stance, cue, content) is expected


@pytest.mark.parametrize(
    "content,expected",
    [
        ("The arrest is a hoax", True),
        ('the talking point is "categorically false"', True),
        ('talk of the panel was "false info"', True),
        ("the reports were merely propaganda", True),
        ('the reports are "incorrect"', True),
        ("the story was fabricated", True),
        ("he admitted fabricating parts of a story", False),
        ("they spread false information", False),
        # "lies" said of a claim, not where a thing is; "faked" is no "fake"
        ("what the mayor said is lies", True),
        ("the blame lies with the harbour board", False),
        ("behind the fall lies the fear of a strike", False),
        ("a recovery lies ahead", False),
        ("the two reports are all lies", True),
        # ... nor of a liar: an accusation denies no claim
        ("the record is clear that he lies a good deal", False),
        ("the mayor tells lie after lie at the podium", False),
        ("records were faked in the fraud", False),
        ("the video had been falsely edited", True),
    ],
)
def test_content_that_calls_a_claim_untrue(content, expected):
    assert bool(claims.DENIAL.search(content)) is expected


@pytest.mark.parametrize(
    "content,cue,expected",
    [
        ("the tanker report was false", "say", True),
        # a supposition calls nothing untrue; nor does an error the speaker owns
        ("if you believe the tanker report was false, ask the crew", "say", False),
        ("the date printed in his memoir was inaccurate", "admit", False),
        ("the date printed in his memoir was inaccurate", "say", True),
    ],
)
def test_a_telling_becomes_a_denial_only_when_it_calls_a_claim_untrue(content, cue, expected):
    assert claims._calls_untrue(content, cue) is expected


def test_a_denial_answers_the_claim_that_something_happened_not_that_it_did_not():
    negated = ("b", "Harbour engineers", "say", "speech",
               "the solvent did not leak from the tanks, engineers in Oslo said")  # fmt: skip
    denial = ("c", "Acme", "deny", "speech", "solvent leaked from the tanks")
    # the negated telling shares more words with the denial, but it is on the denial's side
    assert _answers(CLAIM, negated, denial) == {"solvent leaked from the tanks": CLAIM[4]}


def test_a_negated_telling_is_the_claims_other_side():
    said = ("a", "Officials", "say", "speech", "the woman is the leader's wife")
    other_side = ("b", "An Iraqi official", "say", "speech", "the woman is not the leader's wife")
    denial = ("c", "The ministry", "deny", "speech", "the woman is the leader's wife")
    assert _answers(said, other_side, denial) == {"the woman is the leader's wife": said[4]}
    # and "had no idea" negates nothing the statement tells
    assert claims._NEGATED.search("the nun had no idea she was pregnant") is None
    assert claims._NEGATED.search("no fighters were caught") is not None


def test_a_telling_on_the_denials_side_is_never_the_claim_it_answers():
    other_side = ("a", "The police", "say", "speech", "the car was not stolen from the depot")
    denial = ("b", "The owner", "deny", "speech", "the car was stolen from the depot")
    assert _answers(other_side, denial) == {"the car was stolen from the depot": ""}


def test_a_reference_that_names_the_claimant_answers_that_partys_claim():
    later = ("b", "Harbour Watch", "say", "speech", "the Acme plant hid its accounts from auditors")
    denial = ("c", "Acme", "reject", "speech", "the claims made by Save the Dunes")
    assert _answers(CLAIM, later, denial) == {denial[4]: CLAIM[4]}
    # without a name, the latest claim that names the denier
    plain = ("c", "Acme", "reject", "speech", "the claims")
    assert _answers(CLAIM, later, plain) == {"the claims": later[4]}
    assert claims._claimant("the April reports") == frozenset()
    assert claims._claimant("Hartley's allegation is false") == {"hartley"}


def test_a_claim_its_own_sentence_calls_unfounded_is_never_a_target():
    found = claims._NEGATED_FRAME.search
    assert found("Acme investigated and found no evidence that ")
    assert found("the ministry has no reliable information to suggest ")
    assert not found("there is no doubt that ")
    assert not found("the campaigners said that ")


def test_a_telling_with_a_cue_of_doubt_is_a_dispute():
    stories = pd.DataFrame({"article_id": ["a", "b"], "story_id": "s", "story_size": 2})
    articles = pd.DataFrame(
        {"article_id": ["a", "b"], "text": ["Text."] * 2,
         "published": pd.to_datetime(["2024-01-01", "2024-01-02"], utc=True)}
    )  # fmt: skip
    attributions = pd.DataFrame(
        [{"article_id": "a", "start": 0, "speaker": "Officials", "speaker_resolved": "Officials",
          "cue": "raised doubts", "cue_lemma": "doubt", "cue_class": "belief",
          "content": "about the validity of the ceasefire", "stance": "hedge"}]
    )  # fmt: skip
    out = claims.combine({"stories.v1": stories, "stance.attributions.v1": attributions}, articles)
    assert out["stance"].tolist() == ["dispute"]


def test_the_verb_test_tells_a_clause_from_a_phrase():
    from newslens_stories.clauses import has_verb

    assert has_verb("Hill expects Morris to earn more") and has_verb("it was stolen")
    assert not has_verb("its regular fortnightly council meeting")


def test_one_articles_spokesman_under_two_phrasings_is_one_party():
    a = claims._Statement.__new__(claims._Statement)
    b = claims._Statement.__new__(claims._Statement)
    for s, speaker, article in ((a, "a company spokesman", "x"), (b, "The spokesman", "x")):
        s.speaker, s.speaker_resolved, s.article_id = speaker, "", article
    assert claims._same_party(a, b)
    b.article_id = "y"
    assert not claims._same_party(a, b)  # another outlet's spokesman
    a.article_id, a.speaker = "y", "a Lund Shipping spokesman"
    b.speaker = "a Harbour Board spokesman"
    assert not claims._same_party(a, b)  # two named parties' spokesmen


def test_the_telling_of_a_denial_in_its_own_sentence_is_not_its_target():
    # "Lund said the tests disagreed with an earlier assay that found gold": the saying holds
    # the disputing, and is on its side; the dispute answers no claim this story tells
    assay = "an earlier assay that found gold near the lake"
    rows = (
        ("a", "Acme", "say", "speech", "the mine will open in the spring"),
        ("b", "Lund", "say", "speech", "the tests disagreed with " + assay),
    )
    stories = pd.DataFrame({"article_id": ["a", "b"], "story_id": "s", "story_size": 2})
    articles = pd.DataFrame(
        {"article_id": ["a", "b"], "text": ["Text.", "Text."],
         "published": pd.to_datetime(["2024-01-01", "2024-01-02"], utc=True)}
    )  # fmt: skip
    attributions = pd.DataFrame(
        [
            *({"article_id": a, "start": 0, "speaker": who, "speaker_resolved": who,
               "cue_lemma": lemma, "cue_class": cls, "stance": "assert", "content": content}
              for a, who, lemma, cls, content in rows),
            {"article_id": "b", "start": 3, "speaker": "the tests", "speaker_resolved": "",
             "cue_lemma": "disagree", "cue_class": "speech", "stance": "dispute",
             "content": assay},
        ]
    )  # fmt: skip
    out = claims.combine({"stories.v1": stories, "stance.attributions.v1": attributions}, articles)
    dispute = out[out["stance"] == "dispute"].iloc[0]
    assert pd.isna(dispute["target_claim_id"])


def test_a_role_only_speaker_is_the_person_the_text_gave_that_title():
    text = (
        "Republican candidate Ana Lund spoke in Dover. Senator Ted Reyes, a rival, said she "
        "had misstated her record. The candidate denied it, and the senator said nothing more."
    )
    assert claims._role_name("The candidate", text, text.index("The candidate")) == "Ana Lund"
    assert claims._role_name("the senator", text, text.index("the senator")) == "Ted Reyes"
    assert claims._role_name("the Senator", "Sen. Ted Reyes spoke. The Senator", 25) == "Ted Reyes"
    # a role the text never gave as a title, or no role at all, stays unresolved
    assert claims._role_name("the minister", text, len(text)) == ""
    assert claims._role_name("the company", text, len(text)) == ""
    assert claims._role_name("The candidate", "the candidate who spoke. The candidate", 30) == ""


def test_a_voice_of_a_party_is_that_party():
    a = claims._Statement.__new__(claims._Statement)
    b = claims._Statement.__new__(claims._Statement)
    a.speaker, a.speaker_resolved, a.article_id = "The official's comments", "", "x"
    b.speaker, b.speaker_resolved, b.article_id = "the official", "", "y"
    assert claims._same_party(a, b)
    a.speaker = "Lund's lawyers"
    b.speaker = "Lund"
    assert claims._same_party(a, b)
    b.speaker = "Reyes"
    assert not claims._same_party(a, b)
