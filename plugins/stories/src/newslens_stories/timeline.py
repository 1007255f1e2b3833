"""``story.timeline.v1``: what happened when, across the outlets of a story.

Read from ``timeline.v1`` (dates already resolved against each article's own publication
date, so "on Monday" in a Tuesday article and "last Monday" a week later are the same day) and
``stories.v1``, for stories of two or more articles. One row per (story, event). Only dates
and times place events: a length, even one the timeline plugin anchors to the publication
date ("the past two weeks", "the next four years": 78 of 11,676 expressions in a year of
political news), spans a stretch rather than dating a happening, and stays out.

- **The event** of a dated expression is the clause it anchors: the sentence cut at commas,
  semicolons and clause-joining words ("before", "after", "while", ...), the clause holding
  the expression, with the expression (and its preposition) taken out: "The tanker ran aground
  off Kestrel Bay early on Monday, spilling oil" gives "The tanker ran aground off Kestrel Bay".
- **One event across articles**: mentions whose clauses share most of their content words
  (overlap coefficient >= :data:`SAME_EVENT`, two words at least; capitalised words, names
  and places, are left out: they say who or where, not what happened; so are the words every
  market or statistics report shares, "rose", "pct", "billion dlrs") are one event, in order
  of publication, whatever date each outlet gives it, unless both name someone or somewhere
  and no name is shared ("Japan's surplus rose", "New Zealand's surplus rose"); one article
  giving two dates tells two events. Its date is the one most outlets give (ties: the finer,
  then the first reported); ``dates_agree`` says whether every outlet's date falls within it
  or contains it (NA when only one article reports the event).
- **Another thing's date** is no event's date: a security's due date ("due May 16, 1989"), a
  period's end ("the year ending July 31"), a comparison's term ("vs 12.8 mln bales in 1985",
  "from 27.4 pct in June 1984", "below levels of October 1985", "compared with averages ...
  last week", "against 80 mm last April", "a rise of 9 pct over 2018", "up 12 pct on 2018", "an
  8 pct drop from 2019", "by 5 pct from the 2020 level", "the same as in April", "beyond levels
  seen in 2019", "in line with last year", "not as strong as in 2018"), a changed value's old
  one ("moved the vote to June 9 from June 2", "to 900 a day from its planned 2021 rate"), an
  index's base year ("the price index, base 1995"), a dividend's record date and a shipment's
  month ("for April/May shipment") date no event; nor do the end of a span ("closed until
  Monday"; "not until next month" is the event's), a delay's new date ("postponed to June",
  "moved up the final to May 4"), a delivery's date, the anchor of a counted offset ("six weeks
  after March 1"), and a date that names another thing of the clause: in the possessive after a
  verb, a modal's verb or a preposition ("welcomed this week's cut", "will review last month's
  pact", "under last month's pact"), in a reduced relative ("bought shares under a plan
  announced in March", "three mills bought in 2019") or a participle set off by commas ("the
  guild, formed in 2011, will meet"; not "the summit, expected in May,"), nor a date that names
  a thing's term or series ("its 1985 annual report", "the 1987 sugar quota", "June bonds", "the
  2-1/2s of 2011"; "February exports" keep theirs; "under a 1998 Anglo-Dutch treaty", "the 2022
  fuel tax cuts"), nor a payment's or a cargo's date ("payable May 14", "cargoes loading July"),
  the period a plan or figure is for ("its targets for 1988"), a date in an appositive between a
  subject and its verb ("Moreau, the league's top scorer in 2009, signed"), in a participle of
  mention ("recalling a levy that failed in 2007"), in a comparison with another instance ("as
  they did last week"), of a statement ("stood by her remarks Monday that ..."), a past contest
  or work named by its year in a sentence that reports a statement ("said Reyes, a manager of
  Lund's 2004 campaign"), a date long past in a clause told in the present ("is reflecting on
  his campaign in 1999"), a date inside the thing a preposition of time sets the clause against
  ("ahead of her visit on Friday", "after the April 30 filing date", "after a 0.6 pct April
  gain", "in the run-up to the May 3 vote"; "after the bank cut rates on Monday" is a clause of
  its own, with its own date), in a fronted phrase of cause or ground ("Stung by the floods of
  2019, the town ..."), a likeness ("a 1930s-style slump", "a day like yesterday"), the start of
  a superlative's period ("the lowest since 1983"), the end of a period longer than a month that
  a figure covers ("the nine months to end-October"). A clause that is a table line, a heading,
  a row of figures or a phrase without a verb ("a sharp drop": then its sentence is the event,
  if that has one) tells no event, nor does one that says its event did not happen ("there was
  no rain", "the bank did not intervene"; "the minister said Britain would not hesitate" tells
  the saying), that a source was not reached ("unavailable for comment"), that supposes it ("if
  the board approves the sale on Monday", "unless the strike ends by Friday"), or that heads a
  live blog ("The Latest on the talks"); a clause whose date was its predicate ("the wettest day
  was Monday, when ...") gives way to its sentence.
- **A saying dated on its own** ("The office announced Friday that the leaders will meet on
  Thursday") tells two events: the announcing on Friday, and its content ("the leaders will
  meet") on Thursday, a clause of its own from its "that" (the content keeps its own
  subject). A saying without a date of its own keeps its clause whole ("The bank said it cut
  its rate on Monday": the cut, told with who said it).
- **A relative clause** set off by a comma tells its own event, not its sentence's: "the
  meeting, which is scheduled for late September" dates the meeting, with the last words of
  its antecedent; "the park, where rangers counted the calves in July" dates the
  count. **Two dates that bound one span** ("June 29-July 13", "from March 1 to March
  20", "between 1990 and 1992", "May or June") are one mention, a ``range``.
- **Granularity** is read from the TIMEX3 value: a bare year ("built in 2019") is a ``year``
  from 1 January to 1 January, never a day; likewise ``month``, ``week``, ``quarter``, ``day``
  and ``time``; a ``range`` when the bounds are wider than the value names ("March 1-20").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice

import numpy as np
import pandas as pd

from newslens_stories import frames
from newslens_stories.claims import _words
from newslens_stories.clauses import has_verb

TIMELINE_ID = "timeline.v1"

COLUMNS: dict[str, str] = {
    "story_id": "str",
    "date_start": "datetime64[ns, UTC]",
    "date_end": "datetime64[ns, UTC]",
    "granularity": "str",
    "event": "str",
    "article_ids": "object",
    "sources": "object",
    "first_reported": "datetime64[ns, UTC]",
    "dates_agree": "boolean",
}

#: Overlap coefficient of clause words at which two mentions are one event.
SAME_EVENT = 0.5
EVENT_WORDS = 14
#: Content words (lower case, see :func:`newslens_stories.claims._words`) a clause needs to
#: tell an event: "held its caucuses"; with fewer ("ended his", "the capital") the event is
#: the whole sentence.
EVENT_CONTENT = 2
_CONJUNCTION = re.compile(r"^(?:and|but|or)\s+(?:then\s+)?", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d{3}\b)|[;:()\u2013\u2014]"
    r"|\s(?:before|after|while|when|as|because|although|but|and then|until)\s",
    re.IGNORECASE,
)  # a comma inside a number ("243,400 shares") breaks no clause
#: A character of a phrase between a comparison word and its date: no clause break, but the
#: comma or stop inside a number ("12,837,088 bales").
_IN_PHRASE = r"(?:[^,;.()]|(?<=\d)[,.](?=\d))"
#: Words before a date that make it another thing's date, not the event's: what a security is
#: due or matures on, the term a comparison looks back to ("vs 12.8 mln bales in 1985", "against
#: three billion in 1985/86", "compared with 5.5 pct in January"), what a sale is for ("for
#: May shipment").
_SIDE_BEFORE = re.compile(
    r"\b(?:due|matur(?:e|es|ing)|expir(?:e|es|ing)|redeemable)\s+(?:in\s+|on\s+)?$"
    rf"|\b(?:vs\.?|versus|compar(?:ed|es)\s+(?:[a-z]+ly\s+)?(?:with|to))\s{_IN_PHRASE}{{0,80}}$"
    r"|\b(?:end(?:s|ed|ing)?)\s+(?:on\s+|in\s+)?$"
    # a period's first day ("the financial year starting April 1"); "talks starting on Monday"
    # keep theirs
    r"|\b(?:year|period|season|quarter|half|month|week|term)\s+(?:start|begin)\w*\s+"
    r"(?:on\s+|from\s+)?$"
    # a delay's new date: "postponed to June" (the end of a span, "closed until Monday", in
    # _UNTIL)
    r"|\b(?:postpon|defer|delay|adjourn|reschedul|put\s+off|pushed\s+back|mov(?:e|es|ed|ing)\s+up|"
    r"br(?:ing|ings|inging|ought)\s+forward)\w*\s+"
    r"(?:[\w-]+\s+){0,4}?(?:to|for)\s+(?:on\s+)?$"
    # a delivery's date is not the sale's: "ordered 12 aircraft for delivery in 1989"
    r"|\bdeliver(?:y|ies|ed)?\s+(?:\w+\s+){0,2}?(?:in|on|by|from|during|starting|beginning)\s+$"
    # a comparison's term said directly: "2 pct above the March 1990 total", "rose 1.4
    # pct to 615 billion dlrs from January"
    r"|\b(?:below|above|than)\s+(?:the\s+|its\s+|their\s+|an?\s+)?$"
    rf"|\b(?:rose|fell|up|down|off|increased|decreased|declined|dropped|gained|climbed|eased|"
    rf"jumped|slipped|shrank|unchanged|steady|higher|lower)\s{_IN_PHRASE}{{0,60}}?\sfrom\s+"
    r"(?:the\s+|its\s+|their\s+)?$"
    # ... said as a noun of change or a percentage: "an 8 pct drop from 2019", "cut its fees
    # by 5 pct from the 2020 level"
    r"|\b(?:rise|drop|fall|decline|increase|decrease|gain|jump|reduction|improvement|advance|"
    r"change)(?:\s+of\s+[\d.,]+\s*(?:pct|percent|per\s+cent|%))?\s+from\s+"
    r"(?:the\s+|its\s+|their\s+)?$"
    # ... with the old value's thing named before its date: "a 20 pct increase from the last
    # open contest, in 2012"
    r"|\b(?:rise|drop|fall|decline|increase|decrease|gain|jump)\s+from\s+(?:the|its|their|an?)\s"
    r"[^,;.()]{0,50},\s+in\s+$"
    r"|\d\s*(?:pct|percent|per\s+cent|%)\s+from\s+(?:the|its|their)\s+$"
    # a changed value's old one: "raised its quota to 900 a day from its planned 2021 rate",
    # "moved the vote to June 9 from June 2" ("will lift its rate to 6 pct from May 2" is when
    # the rate takes effect: the event's)
    rf"|\bto\s+(?:about\s+|around\s+|a\s+record\s+)?[\d$]{_IN_PHRASE}{{0,50}}\sfrom\s+"
    r"(?:the|its|their|an?)\s+(?:[a-z]+\s+)?$"
    r"|\b(?:to|until|till)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"\d{1,2}(?:,?\s+\d{4})?\s+from\s+$"
    # the anchor of an offset: "up to six weeks after March 1", "two days before the vote"
    r"|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
    r"several|few|some)\s+(?:days?|weeks?|months?|years?|quarters?)\s+(?:after|before|from)\s+$"
    # a participle set off by a comma names when its noun's thing happened: "the group,
    # formed in 2011, will meet" (the clause's verb is elsewhere)
    # ("the meeting, expected in May": the thing's own date, the event's)
    r"|,\s+(?:(?-i:[a-z]{3,}ly)\s+)?(?!(?:expected|scheduled|planned|slated|timed|due)\s)"
    r"(?:(?-i:[a-z]{3,}ed)|founded|set\s+up|made|built|held|won|"
    r"taken|sold|bought)\s+(?:in|on|during|since)\s+$"
    # a comparison said "as ... as" ("not as strong as in 2019"; "as well as" joins two
    # things), a security's date ("notes dated 2030"), a comparison's date in brackets after
    # its figure ("down from 2.4 mln (last year) to two mln")
    r"|\bas\s+(?!(?:well|early|late|soon|long|recently)\s)[a-z]+\s+as\s+"
    r"(?:in\s+|on\s+|at\s+|for\s+)?$"
    r"|\b(?:notes?|bonds?|debentures|loans?|paper)\s+dated\s+$"
    r"|\bfrom\s+[\d.,$]+\s*(?:[a-z]+\s*){0,2}\(\s*$"
    # an exception, a comparison's month said bare: "with the exception of 2013", "fell 0.7 pct
    # against January" ("charged against first quarter results" is the charge's quarter)
    r"|\b(?:with\s+the\s+exception\s+of|except(?:\s+for|\s+in)?|excluding|apart\s+from|"
    r"other\s+than)\s+$"
    rf"|\b(?:pct|percent|rose|fell|up|down|increased|decreased|declined|gained|dropped|higher|"
    rf"lower)\b{_IN_PHRASE}{{0,30}}\sagainst\s+$"
    # a thing's own later date told after it: "announced the new name, to be taken in May"
    r"|,\s+to\s+be\s+(?-i:[a-z]+(?:ed|en))\s+(?:in|on|by|from)\s+$"
    # the same as another period's: "up 2 pct in May, the same as in April"
    r"|\bthe\s+same\s+as\s+(?:in\s+|on\s+|at\s+|for\s+)?$"
    # an index's base year and a date inside a compound modifier: "the price index, base
    # 1995", "the post-1990 record"
    r"|\bbase(?:\s+year)?\s+$|\b(?:post|pre)-$"
    # a comparison's figure then its date: "rainfall was 50 mm, against 80 mm last April",
    # "compares with 2 pct a year ago"; "a rise of 9 pct over 2018"
    rf"|\b(?:against|compares\s+with)\s{_IN_PHRASE}{{0,60}}\d{_IN_PHRASE}{{0,30}}$"
    r"|\d\s*(?:pct|percent|per\s+cent|%)\s+over\s+(?:the\s+)?$"
    # the start of the period a superlative runs over, a day too: "the highest since May 9"
    r"|\b(?:lowest|highest|biggest|largest|smallest|best|worst|strongest|weakest|sharpest|"
    r"steepest|first|most|least)\b(?:\s+[\w-]+){0,4}?\s+since\s+$"
    # the end of a period longer than a month that a figure covers: "in the nine months to
    # end-October", "the year to March 31" ("in the month to mid-June" dates its month)
    r"|\b(?:months|quarters?|years?|half|period)\s+(?:to|through|ended|ending)\s+"
    r"(?:end-|the\s+end\s+of\s+)?$"
    # a dividend's record date: "payable Aug 27 to holders of record Aug 6", "pay Sept
    # 18, record Sept 4" ("stocks are at a record now" is no record date)
    r"|(?:\bof\s+record|\brecord\s+date(?:\s+of)?|(?:^|[\n,]\s*)record)\s+(?:on\s+)?$"
    # a payment's or a cargo's date is not the clause's: "a dividend payable May 14", "cargoes
    # loading July"
    r"|\b(?:payable|loading)\s+(?:in\s+|on\s+|from\s+)?$"
    # the period a plan or a figure is for: "outlined its targets for 1988 on Monday"
    r"|\b(?:targets?|forecasts?|quotas?|budgets?|plans?|outlook|projections?|"
    r"goals?|ceilings?|guidance|predictions?|allocations?|funding|spending|"
    r"appropriations?)\s+(?:(?:set|agreed|fixed|proposed|planned)\s+)?for\s+(?:the\s+)?$"
    rf"|\b(?:against|from|after|below|above|beyond|than)\s{_IN_PHRASE}{{0,60}}"
    r"\b(?:in|at|for|of)\s+(?:end-|the\s+end\s+of\s+|the\s+same\s+\w+\s+of\s+)?$"
    # ... or its figure and the date with no word between: "falling to 3.4 pct from 3.6
    # pct yesterday"
    r"|\b(?:from|against|compared\s+with|vs\.?)\s+[\d$](?:[\d.,/$]*\d)?\s*"
    r"(?:pct|percent|%|dlrs?|cts|points?|yen|marks|francs|stg|mln|billion)?\s+$",
    re.IGNORECASE,
)
_YEAR_AGO = re.compile(
    r"(?:(?:a|one|the)\s+)?(?:year|month|week|quarter)[\s-](?:ago|earlier|before)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|months|weeks|quarters)"
    r"[\s-](?:ago|earlier|before)"
    r"|(?:the\s+)?(?:previous|prior|same|last)\s+(?:year|month|week|quarter|period)",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    # not across "when": "busier now than when she took over two years ago"
    rf"\b(?:from|against|than|vs\.?|versus|compar(?:ed|es)\s+(?:[a-z]+ly\s+)?(?:with|to)|"
    r"level\s+with|in\s+line\s+with)\s"
    rf"(?:(?!when\s){_IN_PHRASE}){{0,60}}$",
    re.IGNORECASE,
)
_SIDE_AFTER = re.compile(
    r"^(?:[/-]\w+|\s+(?:and|or)\s+\w+(?:[/-]\w+)?){0,3}\s+"
    r"(?:shipments?|delivery|deliveries|loading|arrival|contracts?|futures)\b",
    re.IGNORECASE,
)
#: A date before a noun whose term or series it names, not when the clause happened: a
#: security's maturity ("1990 bonds", "the June contract"), a futures month ("July soybeans"),
#: a thing of a year ("its 1985 annual report", "the 1987 sugar import quota", "1987 model
#: cars", "the 1987 budget"); not after a preposition ("in 1987 bonds rose"), and not a figure
#: of the period ("February exports", "1986 earnings": the period is the event's).
_NOT_A_MODIFIER = (
    r"(?:on|in|at|of|for|to|from|with|by|and|or|the|an?|is|was|were|are|ha[sd]|have|will|would)"
)
_NAMES_A_THING = re.compile(
    rf"^\s+(?:(?!{_NOT_A_MODIFIER}\s)(?-i:[a-z-]+|[A-Z][\w.-]*[a-z.]\b)(?<!ed)\s+){{0,3}}?"
    r"(?:bonds?|notes?|bills|debentures|stock|contracts?|futures|options|quotas?|models?|"
    r"reports?|accounts|budgets?|targets?|forecasts?|estimates?|accords?|agreements?|treaty|"
    r"pact|deals?|plans?|cuts|restraints|programs?|programmes?|acts?|laws?|authori[sz]ations?|"
    r"initiatives?|schemes?|packages?|resolutions?|directives?|regulations|rules|bill|bans?|"
    r"soybeans?|"
    r"soyoil|soymeal|corn|wheat|oats|sugar|coffee|cocoa|cotton|crude|gold|silver|copper|"
    r"cattle|hogs)\b(?!(?:\s+[a-z]+)?\s+(?:exports?|imports?|sales|output|production|prices?|"
    r"crops?|harvests?|stocks|consumption|deliveries|shipments|deficits?|surplus(?:es)?))",
)
#: A past contest, act or work a bare year names in a sentence that reports a statement
#: ("said Reyes, a manager of Lund's 2004 campaign", "agreed he needs a speech like her 2008
#: speech", "is telling the crowd he has few memories of his 1999 bid"): the statement is the
#: clause's event, the year the thing's (see :func:`_past_thing_of_a_statement`). Only a year
#: or a decade: "the May 6 election", "an April 13 vote" date the contest itself, and "the
#: 1986/87 campaign" is a crop year.
_A_YEAR = re.compile(r"^(?:the\s+)?(?:1[89]|20)\d\d(?:s|['’]s)?$")
_YEAR_NAMES_A_THING = re.compile(
    rf"^\s+(?:(?!{_NOT_A_MODIFIER}\s)(?-i:[a-z-]+|[A-Z][\w.-]*[a-z.]\b)(?<!ed)\s+){{0,3}}?"
    r"(?:campaigns?|bids?|runs?|races?|elections?|primar(?:y|ies)|caucus(?:es)?|contests?|"
    r"nominations?|conventions?|votes?|debates?|speech(?:es)?|interviews?|books?|films?|"
    r"movies?|memoirs?|class(?:es)?|courses?|lawsuits?|trials?|crisis|recession|wars?|"
    r"invasion|scandals?|hearings?)\b"
)
#: ... unless the thing frames the clause or opens it: "In the 2012 election, turnout was 53
#: pct", "during the 2000 debate", "The 2014 election was a triumph for him".
_FRAMES_THE_CLAUSE = re.compile(
    r"(?:\b(?:in|during|at|since|after|before|throughout|until)\s+|(?:^|(?<=[.!?]\s)|(?<=\n))\s*)"
    r"(?:(?:the|his|her|their|its)(?:\s+(?-i:[a-z-]+))?|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)"
    r"\s+$",
    re.IGNORECASE,
)
#: ... or a verb in the past does the thing itself: "won the 1992 primary", "managed Dole's
#: 1996 campaign", "worked on her 2008 campaign", "flirted with a 2008 run" (then the date is
#: that verb's).
_DONE_IN_IT = re.compile(
    r"\b(?:(?-i:[a-z]{3,}ed)|won|lost|ran|led|fought|sought|made|held|wrote|spoke|"
    r"took|gave|attended|joined|left|quit|entered|covered)\s+"
    r"(?:(?:for|on|in|with|against|at)\s+)?"
    r"(?:the|an?|his|her|their|its|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+$"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|since|during|by|for|from|until|till|through|after|before|to|into|over|"
    r"within|between|around)\s+$",
    re.IGNORECASE,
)
#: Dates that are adverbs ("today", "last month") and never name a thing before a noun.
_DEICTIC = re.compile(
    r"^(?:today|yesterday|tomorrow|now|tonight|this|last|next|earlier|later|recently|soon|"
    r"shortly|currently|presently)\b",
    re.IGNORECASE,
)
#: A coupon's maturity: "the 2-1/2s of 2011", "the 8-3/4s due 1996".
_MATURITY = re.compile(r"\d+(?:-\d+/\d+)?s\s+(?:of|due)\s+$")
_LEAD_IN = re.compile(
    r"(?:\b(?:early|late|earlier|later)\s+)?(?:\b(?:on|in|at|since|by|during|from|of|until|"
    r"last|this|next|early|late)\s+)*$",
    re.IGNORECASE,
)
_GRANULARITY = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}-H\d$"), "half"),
    (re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
)
# Capitalised words: names and places say where or who, not what happened, and would tie
# "X said on Tuesday" to "X ran aground on Monday".
_ACTION = re.compile(r"\b[A-Z][\w'’-]*")
#: Words every market or statistics report shares ("rose 5 pct", "said", "billion dlrs"):
#: two releases that share only these ("new home sales rose 5 pct", "factory orders rose 3
#: pct") are two events (folded as :func:`newslens_stories.claims._words` folds them).
_GENERIC = _words(
    "said says told reported rose risen rise rises fell fall falls fallen increased increase "
    "decreased decrease gained dropped declined climbed up down pct percent dlrs dlr mln "
    "billion million cts tonnes from against compared previous earlier ago total"
)
#: A capitalised word, a name or a place ("Japan's", "Porsche"), its possessive dropped;
#: capitalised function words are none.
_NAME_WORD = re.compile(r"\b([A-Z][a-z]{2,})(?:'s|’s)?\b")
_NOT_NAMES = frozenset(
    {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "they", "she",
     "you", "but", "and", "for", "with", "from", "after", "before", "when", "while", "since",
     "under", "over", "into", "mr", "mrs", "dr"}
)  # fmt: skip
_FINENESS = ["time", "day", "week", "range", "month", "quarter", "season", "half", "year", "decade"]
#: The longest span a granularity names; bounds wider than that make the mention a range.
_NOMINAL = {
    "time": pd.Timedelta(days=1),
    "day": pd.Timedelta(days=1),
    "week": pd.Timedelta(days=7),
    "month": pd.Timedelta(days=31),
    "quarter": pd.Timedelta(days=92),
    "season": pd.Timedelta(days=92),
    "half": pd.Timedelta(days=184),
    "year": pd.Timedelta(days=366),
}


@dataclass
class _Mention:
    story_id: str
    article_id: str
    published: pd.Timestamp | None
    start: pd.Timestamp
    end: pd.Timestamp
    granularity: str
    event: str
    words: frozenset[str]
    names: frozenset[str] = frozenset()


def combine(inputs: Mapping[str, pd.DataFrame], articles: pd.DataFrame) -> pd.DataFrame:
    """The ``combine`` of ``story.timeline.v1`` (inputs: stories.v1, timeline.v1)."""
    story_of = frames.story_of(inputs)
    stories = inputs.get(frames.STORIES_ID)
    if not story_of or stories is None:
        return _empty()
    sizes = stories.drop_duplicates("story_id").set_index("story_id")["story_size"]
    dates = frames.frame(
        inputs,
        TIMELINE_ID,
        {"type": "DATE", "value": "", "valid": True, "date_start": pd.NaT, "date_end": pd.NaT,
         "start": 0, "end": 0, "text": ""},
    )  # fmt: skip
    dates = dates[dates["article_id"].map(story_of).map(sizes).fillna(0) >= 2]
    dates = dates[dates["type"].isin(["DATE", "TIME"]) & dates["date_start"].notna()]
    dates = dates[dates["valid"].fillna(True).astype(bool)].reset_index(drop=True)
    if dates.empty:
        return _empty()
    table = frames.article_table(articles)
    texts = table["text"].to_dict()
    dates["sentence_index"] = frames.sentences(dates, texts)
    dates = _joined_ranges(dates, texts)
    # each article's date spans, sorted, once (filtering the frame per mention is quadratic)
    spans: dict[str, list[tuple[int, int]]] = {}
    for article, s, e in zip(
        dates["article_id"], dates["start"].astype(int), dates["end"].astype(int), strict=True
    ):
        spans.setdefault(article, []).append((s, e))
    for found in spans.values():
        found.sort()
    published = table["published"].to_dict() if "published" in table else {}
    mentions = [
        _mention(row, story_of, table, texts, spans)
        for row in dates.itertuples()
        if not _another_things_date(
            texts.get(str(row.article_id), ""),
            row,
            published.get(str(row.article_id)),
            spans.get(str(row.article_id), []),
        )
    ]
    mentions = [m for m in mentions if m.event]  # a date alone (a dateline) tells no event
    if not mentions:
        return _empty()
    mentions.sort(key=lambda m: (_sortable(m.published), m.article_id))
    rows: list[dict] = []
    by_story: dict[str, list[_Mention]] = {}
    for m in mentions:
        by_story.setdefault(m.story_id, []).append(m)
    for story, group in by_story.items():
        for event in _events(group):
            rows.append(_row(story, event, table))
    out = pd.DataFrame(rows)
    for column in ("date_start", "date_end", "first_reported"):
        out[column] = pd.to_datetime(out[column], utc=True)
    out["dates_agree"] = out["dates_agree"].astype("boolean")
    out = out.sort_values(["story_id", "date_start", "first_reported"], kind="stable")
    return out[list(COLUMNS)].reset_index(drop=True)


#: What joins two dates into the bounds of one span: "June 29-July 13", "from March 1 to March
#: 20", "between December 1986 and July 1987" (words need their opener: "from", "between");
#: two dates as alternatives, "in May or June", span both.
_RANGE_JOIN = re.compile(
    r",?\s*(?:([-\u2013\u2014]|\bor\b)|(?:to|through|until|till|and))\s*", re.IGNORECASE
)
_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _joined_ranges(dates: pd.DataFrame, texts: Mapping[str, str]) -> pd.DataFrame:
    """Dates of one sentence that are a span's two bounds as one mention, from the first's
    start to the second's end: either alone dates the span's start or end, not the event."""
    dates = dates.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
    article = dates["article_id"].to_numpy()
    start = dates["start"].astype(int).to_numpy()
    end = dates["end"].astype(int).to_numpy()
    sentence = dates["sentence_index"].to_numpy()
    first = pd.to_datetime(dates["date_start"], utc=True)
    last = pd.to_datetime(dates["date_end"], utc=True).fillna(first)
    new_end, new_last = end.copy(), last.copy()
    keep = np.ones(len(dates), dtype=bool)
    i = 0
    while i < len(dates) - 1:
        j = i + 1
        if article[i] == article[j] and sentence[i] == sentence[j] and last.iat[j] > first.iat[i]:
            text = texts.get(str(article[i]), "")
            between = _RANGE_JOIN.fullmatch(text, end[i], start[j])
            if between and (
                between.group(1) or _RANGE_OPENS.search(text[max(0, start[i] - 12) : start[i]])
            ):
                new_end[i], new_last.iat[i], keep[j] = end[j], last.iat[j], False
                i = j + 1
                continue
        i = j
    if keep.all():
        return dates
    dates["end"], dates["date_end"] = new_end, new_last
    return dates[keep].reset_index(drop=True)


def _mention(
    row: object,
    story_of: dict,
    table: pd.DataFrame,
    texts: dict,
    spans: dict[str, list[tuple[int, int]]],
) -> _Mention:
    article = str(row.article_id)  # type: ignore[attr-defined]
    text = texts.get(article, "")
    sentence = _sentence_span(text, int(row.sentence_index))  # type: ignore[attr-defined]
    others = spans.get(article, [])
    event = _clause(text, sentence, int(row.start), int(row.end), others)  # type: ignore[attr-defined]
    value = str(row.value or "")  # type: ignore[attr-defined]
    start = pd.Timestamp(row.date_start)  # type: ignore[attr-defined]
    end = pd.Timestamp(row.date_end) if pd.notna(row.date_end) else start  # type: ignore[attr-defined]
    published = table.at[article, "published"] if article in table.index else None
    told = _until_told(text, int(row.start), end, published)  # type: ignore[attr-defined]
    return _Mention(
        story_id=story_of[article],
        article_id=article,
        published=published,
        start=start,
        end=told,
        # a run from a date to the telling is a range, whatever the date's own grain
        granularity="range" if told > end else granularity(value, start, end),
        event=event,
        words=_words(_ACTION.sub(" ", event)) - _GENERIC,
        names=frozenset(w.lower() for w in _NAME_WORD.findall(event)) - _NOT_NAMES,
    )


#: "since" before a date: the clause's state or run starts then and lasts to the telling.
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _until_told(text: str, start: int, end: pd.Timestamp, published: object) -> pd.Timestamp:
    """The end of a date's span, stretched to the article's publication when "since" opens it:
    "turnout has fallen since 2008", "the quay has been shut since April" tell a run from the
    date to the telling, not an event of the date (a record's term, "the first since 1976",
    is no date of the clause at all: :data:`_RECORD_SINCE`)."""
    if published is None or pd.isna(published) or not _SINCE.search(text, max(0, start - 8), start):
        return end
    told = _like_tz(pd.Timestamp(published), end)
    # the end is exclusive, as every date's: the run covers the day of publication
    return max(end, told.normalize() + pd.Timedelta(days=1))


#: The end of a span is not its event's date ("closed until Monday", "convertible until
#: 2002"), but "not until" is ("planting is not to begin until next month").
_UNTIL = re.compile(r"\b(?:until|till|up\s+to)\s+(?:on\s+)?$", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:not|n't|never)\b[^,;.]*$", re.IGNORECASE)
#: "from April 5 to 8" starts a span; "fell 2 pct from January to 530,066" compares.
_SPAN_GOES_ON = re.compile(r"^\s*(?:to|until|through|-)\s+(?:\d{1,2}\b(?![,.]\d)|[A-Z][a-z]+)")
#: A date in the possessive after a preposition or a verb names another thing of the
#: clause, not its event: "welcomed this week's rise", "under last month's pact" ("Monday's
#: vote was postponed" opens its clause and keeps its date; so does "at Monday's meeting").
_GENITIVE_OBJECT = re.compile(
    r"\b(?:after|following|since|under|before|despite|ahead\s+of|than|from|about|against|"
    r"with|to|by|of|behind|beyond|follows?|(?-i:[a-z]{3,}ed))\s+$"
    # ... or after a verb's base form behind a modal or "to" ("will review last month's pact")
    r"|\b(?:will|would|could|should|may|might|must|can|to)\s+(?-i:[a-z]{3,})\s+$",
    re.IGNORECASE,
)
#: A date in a reduced relative after a preposition names when that noun's thing happened:
#: "bought shares under a plan announced in March", "set the terms of the pact agreed last
#: month"; only where a verb comes earlier in the clause, since "An inquiry into the grounding
#: opened on Wednesday" has the same shape with the clause's own verb.
#: A determiner opening the noun phrase a preposition governs ("under a plan", "after the
#: April 30 filing date").
_DETERMINER = r"(?:an?|the|its|their|his|her|this|that|these|those)"
#: The prepositions that open a noun phrase a reduced relative may end ("under a plan
#: announced in March"); any other opener is a verb whose object the phrase is.
_OPENING_PREPOSITIONS = (
    "under", "in", "with", "of", "to", "for", "by", "from", "than", "after", "following",
    "since", "into", "on", "within", "beyond", "below", "above",
)  # fmt: skip
#: A reduced relative's participle ("announced", "bought"), then its agent and the date's own
#: preposition, up to the date.
_PARTICIPLE = (
    r"(?:(?-i:[a-z]{3,}ed)|made|paid|sold|bought|held|won|lost|built|taken|given|seen|done|"
    r"known|shown|spent|sent|struck|set|cut|put)"
)
_AGENT_THEN_DATE = (
    # ... with the agent between: "a permit issued by the council last Friday"
    r"(?:\s+by\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s+(?:(?:in|on|at|during|earlier|for|by)\s+)?$"
)
_REDUCED_RELATIVE = re.compile(
    rf"\b(?P<opener>{'|'.join(_OPENING_PREPOSITIONS)}"
    # ... or a verb whose object it is ("supersedes an order issued last Friday", "to scrap a
    # plan adopted on May 3"; a verb in -es or -ed, or after "to"), not one that opens a
    # clause ("said the firm sold ...", "that the firm sold ...")
    r"|(?!(?:said|says|say|told|tells|tell|reported|reports|announced|noted|added|believes?|"
    r"believed|think|thinks|thought|expects?|expected|shows?|showed|shown|feels?|felt|knows?|"
    r"knew|hopes?|hoped|warned|argued|estimated|predicted|forecast|insisted|stressed|"
    r"confirmed|denied|that|which|who|whom|whose|when|where|while|because|although|though|"
    r"and|but|the|its|their|his|her|this|these|those|what|whether|how|why|after|before|"
    r"until|once|unless|then|also|not|now)\b)(?-i:[a-z]{2,}(?:es|ed)|(?<=\bto\s)[a-z]{3,}))\s+"
    rf"(?:{_DETERMINER}|\d(?:[\d,.]*\d)?|two|three|four|five|six|seven|eight|nine|ten|several|some|"
    r"many)\s+"
    r"(?:(?!(?:is|was|were|are|be|been|has|have|had|will|would|could|should|may|might|can|"
    r"must|and|or|but)\s)(?-i:[a-zA-Z0-9](?:[\w/-]|(?<=\d)[.,](?=\d))*\s+)){1,5}?"
    # ("the report scheduled today": the thing's own date, which may be the clause's)
    r"(?!(?:expected|scheduled|planned|slated)\s)"
    + _PARTICIPLE
    # Korea's currency is no participle: "fell 2 pct to 5,120 billion won in June"
    + r"(?<!\d\swon)(?<!mln\swon)(?<!bln\swon)(?<!billion\swon)(?<!million\swon)"
    + _AGENT_THEN_DATE,
    re.IGNORECASE,
)


#: A date inside the thing that another preposition of time places the clause against
#: dates that thing, not the clause: "spoke to reporters ahead of her visit on Friday", "a
#: drain after the April 30 filing date", "toured the state in the run-up to the May 3 vote"
#: ("since the start of the year" is the clause's period).
_RELATIVE_TO = re.compile(
    r"\b(?:after|before|following|since|ahead\s+of|prior\s+to|pending|"
    r"in\s+(?:anticipation|advance|the\s+wake|the\s+aftermath)\s+of|in\s+preparation\s+for|"
    r"in\s+the\s+(?:run|lead)[\s-]up\s+to|leading\s+up\s+to|heading\s+into)\s+"
    rf"{_DETERMINER}\s+"
    r"(?!(?:start|beginning|end|middle|close|turn|outset|rest|remainder|first|last|same)\b)"
    r"(?:(?!(?:and|or|but|when|which|who|that)\s)(?:[\w'’-]|(?<=\d)[.,](?=\d))+\s+){0,6}?"
    r"(?:(?:on|in|at|of|for|during)\s+)?$",
    re.IGNORECASE,
)
#: The term of a record, a first or a comparison after "since": "the first time since 1976",
#: "the highest turnout since 1946", "the worst drought since the 1930s", "better than at any
#: time since 2009" (the date is the comparison's; "sales have fallen since March" keeps it).
_RECORD_SINCE = re.compile(
    r"\b(?:first|only|most|least|fewest|highest|lowest|largest|biggest|smallest|worst|best|"
    r"strongest|weakest|fastest|slowest|deepest|steepest|sharpest|greatest|longest|shortest|"
    r"closest|earliest|heaviest|hottest|coldest|wettest|driest|busiest|widest|"
    r"narrowest|tightest|cheapest|dearest|youngest|oldest|(?-i:[a-z]{2,}iest)|than)\b"
    r"[^.;:!?]{0,80}\bsince\s+$",
    re.IGNORECASE,
)
#: A date that a likeness names, not a time: "a 1930s-style slump", "a 1970s-era car", "after
#: a day like yesterday", "his bid, like Obama's in 2008," (not "would like to meet in May").
_LIKENESS_BEFORE = re.compile(
    r"\b(?:like|unlike)\s+(?:(?!to\s)(?:[A-Z][\w.'’-]*|his|her|their|its|that|those)"
    r"(?:\s+[\w.'’-]+)?\s+(?:in|of|during|on)\s+)?$",
    re.IGNORECASE,
)
#: A date in an appositive between a subject and its verb names the subject's past, not the
#: clause's event: "McCain, the party's nominee in 2008, issued a statement", "Smith, its
#: chairman since 1999, said" (the appositive holds no verb and closes at a comma after the
#: date).
_APPOSITIVE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[\n\"“”]))\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+"
    r"(?P<phrase>(?:the|a|an|his|her|its|their|then|former|[A-Z][\w.-]*['’]s?)\s[^,;:()\"“”]{0,80}?)"
    r"\s(?:in|since|from|during|until)\s+$"
)
_APPOSITIVE_CLOSES = re.compile(r"^\s*,\s+(?-i:[a-z])")
#: A date in a participle phrase of mention after a comma names what is mentioned, not the
#: clause's event: "the senator said, recalling a bill that failed in 2007", "citing his vote
#: in 1994".
_MENTION_PARTICIPLE = re.compile(
    r",\s+(?:recalling|citing|referring\s+to|pointing\s+to|invoking|echoing|mentioning|"
    r"comparing|likening|blaming|accusing|praising|critici[sz]ing|defending|evoking|"
    r"alluding\s+to|harking\s+back\s+to|remembering|looking\s+(?:ahead\s+)?to)\b"
    r"[^,;:.!?()]{0,80}$",
    re.IGNORECASE,
)
#: A date in a clause that compares with another instance: "none attacked him, as they had at
#: a rally last week", "as he had in 2012".
_AS_BEFORE = re.compile(
    r"\bas\s+(?:they|he|she|it|we|I|you|[A-Z][\w.'’-]+)\s+(?:did|had|was|were|has|have|do|"
    r"does)\b[^,;:.]{0,40}$"
)
#: A date right after a statement that a preposition governs dates the statement, not the
#: clause: "stood by his comment Monday that ...", "anger over her remarks on Tuesday".
_STATEMENT_BEFORE = re.compile(
    r"\b(?:by|about|over|on|to|of|with|after|against|behind|from)\s+"
    r"(?:his|her|their|its|the|an?|[A-Z][\w.-]*['’]s?)\s+(?:[a-z-]+\s+)?"
    r"(?:comments?|remarks?|assertions?|claims?|statements?|promises?|pledges?|"
    r"vows?|warnings?|declarations?|admissions?|suggestions?|insistence|arguments?|tweets?|"
    r"speech|testimony|accusations?|allegations?|denials?|threats?|apology)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
#: ... or one its content follows: "fuel doubts, or the chair's assertion Tuesday night that
#: the party backs him" (the date is the assertion's, between it and its "that").
#: Only after a possessive, and not "in his statement Monday that" (the saying's own date).
_STATEMENT_NOUN = re.compile(
    r"(?<!\bin)\s(?:[A-Z][\w.-]*['’]s?|his|her|their|its)\s+(?:[a-z-]+\s+)?"
    r"(?:comments?|remarks?|assertions?|claims?|statements?|promises?|pledges?|vows?|"
    r"warnings?|declarations?|admissions?|suggestions?|insistence|arguments?|accusations?|"
    r"allegations?|denials?|threats?)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_THAT_AFTER = re.compile(r"^\s+that\b")
_LIKENESS_AFTER = re.compile(r"^[-\u2010\u2011](?:style|era|type|like|vintage)\b", re.IGNORECASE)
_PCT_ON = re.compile(
    r"\d\s*(?:pct|percent|per\s+cent|%)\s+on\s+(?:the\s+)?$"
    # ... or said without a figure: "sales were down on 1985"
    r"|\b(?:up|down|higher|lower|ahead|behind)\s+on\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_A_DAY = re.compile(
    r"\b\d{1,2}\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow",
    re.IGNORECASE,
)


#: Another period's level after a verb or a preposition: "back to 2015 levels", "near current
#: levels", "from its current level" ("The June level was the lowest" is the event's own).
_LEVEL_AFTER = re.compile(r"^\s+levels?\b")
_LEVEL_BEFORE = re.compile(
    r"\b(?-i:[a-z]+)\s+(?:(?:the|its|their|his|her|our|an?)\s+|[\w.]+['’]s\s+)?$"
)


#: A date inside a fronted phrase of cause or ground names what moved or grounds the main
#: clause, not when it happened: "Stung by the losses of 2019, the firm ...", "Based on its
#: 2021 accounts, the board ...", "Encouraged by the vote on Monday, the party ..." (a
#: participle of an act, "Elected in 2008, she ...", tells its own event and is not one).
_FRONTED_GROUND = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[\"“]?(?:Based|Built|Driven|Spurred(?:\s+on)?|Stung|Buoyed|"
    r"Angered|Frustrated|Encouraged|Inspired|Alarmed|Worried|Emboldened|Prompted|Motivated|"
    r"Fueled|Fuelled|Shaped|Haunted|Troubled|Chastened|Galvani[sz]ed|Energi[sz]ed|Dismayed|"
    r"Outraged)\s+"
    r"(?:by|on|with|about|over|from|at)\s+[^,;:.!?()]{0,120}$"
)


def _fronted_ground(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) is inside :data:`_FRONTED_GROUND`, closed by a comma
    before its main clause."""
    before = text[max(0, start - 130) : start]
    return bool(
        _FRONTED_GROUND.search(before) and re.match(r"[^,;:.!?]{0,80},\s+\S", text[end : end + 90])
    )


def _side_date(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) is another thing's (a due date, a comparison's term,
    a shipment's month, a delay's new date, a thing named in passing), not when the clause's
    event happened."""
    before = text[max(0, start - 90) : start]
    if _SPAN_GOES_ON.match(text[end : end + 12]) and before.rstrip().endswith("from"):
        return False
    until = _UNTIL.search(before)
    return bool(
        # "up 12 pct on 2018": a change on a period, not on a day ("to 6.5 pct on May 3"
        # is when the rate takes effect)
        (_PCT_ON.search(before) and not _A_DAY.search(text[start:end]))
        or _SIDE_BEFORE.search(before)
        or (until and not _NOT_BEFORE.search(before[: until.start()]))
        or _reduced_relative(text[max(0, start - 200) : start])
        or _relative_to(before)
        or _fronted_ground(text, start, end)
        or _RECORD_SINCE.search(before)
        or _LIKENESS_AFTER.match(text[end : end + 8])
        or _LIKENESS_BEFORE.search(before)
        or _appositive(text, start, end)
        or _MENTION_PARTICIPLE.search(text, max(0, start - 100), start)
        or _AS_BEFORE.search(before)
        or _STATEMENT_BEFORE.search(before)
        or _statement_then_that(text, start, end)
        or (text[end : end + 2] in ("'s", "’s") and _GENITIVE_OBJECT.search(before))
        or _SIDE_AFTER.match(text[end : end + 30])
        or (_LEVEL_AFTER.match(text[end : end + 10]) and _LEVEL_BEFORE.search(before))
        or _MATURITY.search(before)
        or (
            _NAMES_A_THING.match(text[end : end + 60])
            and not _PREPOSITION_BEFORE.search(before)
            and not _DEICTIC.match(text[start:end])
        )
        # "rose to 7.3 billion from 3.9 billion a year ago": the comparison's term
        or (_YEAR_AGO.match(text[start:end]) and _COMPARED.search(before))
    )


_FINITE = re.compile(
    r"\b(?:(?-i:[a-z]{3,}ed)|is|was|were|are|has|have|had|said|says|told|will|would|could|can|"
    r"may|might|must|should|bought|sold|"
    r"made|took|set|cut|won|lost|paid|ran|went|came|gave|held|left|met|saw|kept|shut|spent|sent|"
    r"built|led|struck|brought|fought|became|got|sought|fled|wrote|spoke|broke|stood|sank|fell|"
    r"rose|began|grew|withdrew)\s",
    re.IGNORECASE,
)


#: A verb or phrase that reports a statement or a thought.
_REPORTS = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|agreed|agrees|argued|argues|asked|asks|"
    r"noted|notes|added|adds|believes?|believed|thinks?|thought|recalled|recalls|recalling|"
    r"referring|wrote|writes|insisted|insists|warned|warns|suggested|suggests|explained|"
    r"according\s+to)\b",
    re.IGNORECASE,
)


def _past_thing_of_a_statement(text: str, start: int, end: int, published: object) -> bool:
    """Whether the date is a year before the article's that names a past contest, act or work
    (:data:`_YEAR_NAMES_A_THING`) in a sentence that reports a statement, where neither frames
    the clause ("In the 2012 election, turnout was ...") nor is done by a verb of its own
    ("won the 1992 primary"). A year of the article's own ("the 2016 race" in 2016) is the
    story's period, coarse but right; and a clause that tells no statement ("the address will
    bookend her 2008 primary battle") may tell the thing itself."""
    if published is None or pd.isna(published) or not _A_YEAR.match(text[start:end]):
        return False
    year = int(re.search(r"\d{4}", text[start:end]).group())  # type: ignore[union-attr]
    if year >= pd.Timestamp(published).year or not _YEAR_NAMES_A_THING.match(text[end : end + 60]):
        return False
    if _FRAMES_THE_CLAUSE.search(text, max(0, start - 40), start) or _DONE_IN_IT.search(
        text, max(0, start - 60), start
    ):
        return False
    a, b = _sentence_start(text, start), _sentence_end(text, end)
    return bool(_REPORTS.search(text, max(a, start - 300), min(b, end + 200)))


def _another_things_date(
    text: str, row: object, published: object, others: list[tuple[int, int]]
) -> bool:
    """Whether a date row of ``text`` (an article published ``published``, its date spans
    ``others``, sorted) dates another thing of its clause than the clause's event:
    :func:`_side_date`, or a date long past in a clause told now, or a past thing named by its
    year in a statement's sentence, or a thing named by its year beside the sentence's own date."""
    start, end = int(row.start), int(row.end)  # type: ignore[attr-defined]
    return (
        _side_date(text, start, end)
        or _told_now_of_the_past(text, start, row.date_end, published)  # type: ignore[attr-defined]
        or _past_thing_of_a_statement(text, start, end, published)
        or _thing_beside_the_date(text, start, end, others)
    )


#: Words after a year that open no noun phrase: "through 1989 after a rise", "in 2013 alone".
_NOT_A_NOUN = (
    r"(?:alone|only|onwards?|ago|then|when|while|as|so|after|before|since|until|through|than|"
    r"against|over|under|but|if|because|that|which|who|where|it|he|she|they|we|its|his|her|"
    r"their|this|these|those|levels?)"
)
#: A figure of the period the year is ("its 1986 profits rose", "1987 output is seen"): the
#: period is the event's, as ``_NAMES_A_THING`` has it.
_FIGURES_OF_THE_PERIOD = (
    r"(?:(?:[a-z-]+\s+){0,2}(?:earnings|profits?|sales|revenues?|income|output|production|"
    r"exports?|imports?|results|loss(?:es)?|growth|inflation|deficits?|surplus(?:es)?|"
    r"crops?|harvests?|consumption|prices?|turnover|dividends?|budgets?|spending|figures?|"
    r"totals?|rates?|peak|low|high|record|period|quarter|half|fiscal))"
)
#: A bare year before the noun of the thing it names ("a 2002 course", "Mr. Lund's 2005
#: wedding", "the 2012 raid"): no preposition, verb or adverb follows it ("in 2013 alone",
#: "in 2012 bought two more").
_NAMES_ITS_NOUN = re.compile(
    rf"^\s+(?!{_NOT_A_MODIFIER}\s|{_NOT_A_NOUN}\b|{_FIGURES_OF_THE_PERIOD}\b)"
    r"(?:(?-i:[a-z][a-z-]+)|[A-Z][\w.-]*[a-z])\b(?<!ed)"
)
#: ... unless a preposition of time makes the thing the clause's time ("met them in her 2006
#: race", "during the 2012 campaign").
_TIME_OF_THE_CLAUSE = re.compile(
    r"\b(?:in|during|throughout|over)\s+(?:(?:the|an?|his|her|their|its|our|this|that)\s+|"
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?$",
    re.IGNORECASE,
)


def _thing_beside_the_date(text: str, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether a bare year names a thing by its noun (:data:`_NAMES_ITS_NOUN`) in a clause
    dated by a date of its own, one that names no thing, in the clause or fronted before it:
    "Later on Sunday, the candidate posted the reading list of a 2002 course" is Sunday's
    posting, the course's year no date of it; "The court on Friday overturned a 2004 ruling"
    the same. Where the clause has no other date, the year may be its event's ("his 2005 vote
    to shield gun makers" cut from a list)."""
    if not _A_YEAR.match(text[start:end]) or not _NAMES_ITS_NOUN.match(text[end : end + 40]):
        return False
    partner = _COORDINATED_YEAR.search(text, max(0, start - 12), start)
    head = partner.start() if partner else start  # "in her 2000 and 2006 races": one phrase
    if _TIME_OF_THE_CLAUSE.search(text, max(0, head - 40), head):
        return False
    a, b = _sentence_start(text, start), _sentence_end(text, end)
    lo, hi, opening = a, b, None
    for cut in _CLAUSE_BREAK.finditer(text, a, b):
        if opening is None:
            opening = cut.start()  # the sentence's first segment, a fronted time if short
        if cut.end() <= start:
            lo = cut.end()
        elif cut.start() >= end:
            hi = cut.start()
            break
    first = bisect.bisect_left(others, (a, 0))
    for s, e in islice(others, first, None):
        if s >= hi:
            break
        if head <= s <= start or (
            _A_YEAR.match(text[s:e]) and _NAMES_ITS_NOUN.match(text[e : e + 40])
        ):
            continue  # itself or its partner, or another thing's year
        fronted = (
            opening is not None
            and e <= opening < start
            and _FRONTED_TIME.fullmatch(_without_dates(text, a, opening, others))
        )
        if lo <= s or fronted:
            return True
    return False


#: A year coordinated before another in one phrase ("her 2000 and 2006 races").
_COORDINATED_YEAR = re.compile(r"\b(?:1[89]|20)\d\d(?:\s+(?:and|or)|,)\s+$")
#: What is left of a fronted time once its date is taken out: "Later on Sunday,", "On
#: Friday,", "Earlier this week," leave at most two words.
_FRONTED_TIME = re.compile(r"\W*(?:[\w'’-]+\W+){0,2}")


#: What ends a sentence for the cheap look-backs below (no sentence split per date).
_SENTENCE_MARKS = (". ", "! ", "? ", "\n")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens, by :data:`_SENTENCE_MARKS`."""
    return max(text.rfind(mark, 0, at) for mark in _SENTENCE_MARKS) + 1


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` closes (at its mark), by :data:`_SENTENCE_MARKS`."""
    ends = [i for i in (text.find(mark, at) for mark in _SENTENCE_MARKS) if i >= 0]
    return min(ends, default=len(text))


def _like_tz(stamp: pd.Timestamp, like: pd.Timestamp) -> pd.Timestamp:
    """``stamp`` made comparable with ``like``: UTC when ``like`` is zone-aware, naive when not
    (publication dates and date bounds come from different frames)."""
    if (stamp.tzinfo is None) == (like.tzinfo is None):
        return stamp
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert(None)


def _statement_then_that(text: str, start: int, end: int) -> bool:
    """A statement's date between it and its "that" where the statement is an object ("or
    the chair's assertion Tuesday that ..."), not the subject its sentence opens with ("Lund's
    comment on Sunday that ... was read as a signal": the comment is the event)."""
    found = _STATEMENT_NOUN.search(text, max(0, start - 80), start)
    if not found or not _THAT_AFTER.match(text[end : end + 8]):
        return False
    opens = _sentence_start(text, found.start())
    return bool(_FINITE.search(text[max(opens, found.start() - 200, 0) : found.start() + 1]))


def _appositive(text: str, start: int, end: int) -> bool:
    found = _APPOSITIVE.search(text, max(0, start - 150), start)
    return bool(
        found
        and _APPOSITIVE_CLOSES.match(text[end : end + 20])
        and not _FINITE.search(found.group("phrase") + " ")
    )


#: A verb in the present that a clause is told with: a progressive of saying or judging ("is
#: reflecting on"; not "are reporting a recovery in 1986 profits", a figure's period) or such a
#: verb in the third person ("slams", "recalls"; words that are more
#: often plural nouns, "claims", "attacks", "calls", are left out).
_PRESENT = re.compile(
    r"\b(?:(?:is|are|am)\s+(?:now\s+|still\s+|also\s+)?(?:reflecting|recalling|remembering|"
    r"telling|saying|arguing|insisting|blaming|accusing|critici[sz]ing|attacking|praising|"
    r"defending|touting|citing|comparing|mocking|questioning|urging|pointing|talking|speaking|"
    r"writing|describing|recounting|claiming|asking|calling|warning|suggesting|hinting|"
    r"noting|looking\s+back)|says|slams|blasts|"
    r"argues|insists|recalls|remembers|writes|tells|accuses|blames|criticizes|criticises|"
    r"praises|describes|reflects|recounts|believes|thinks|admits|acknowledges|defends|cites|"
    r"compares|mocks|touts|knows|urges|portrays|depicts|explains|suggests|mentions|contends|"
    r"maintains|asserts|laments|celebrates|highlights|continues)\s",
    re.IGNORECASE,
)
#: What ends the present verb's reach before the date: a verb of another tense, whose clause
#: the date is ("says he was in Paris in 1999"), or a sentence or clause break.
_OTHER_TENSE = re.compile(
    r"(?<![\w-])(?:was|were|had|did|said|told|(?-i:[a-z]{3,}ed)|went|came|made|took|won|lost|"
    r"gave|got|saw|became|began|left|ran|met|led|wrote|spoke|broke|stood|fell|rose|grew|bought|"
    r"sold|paid|held|kept|sent|spent|built|brought|fought|sought|thought|knew|would|will|could|"
    r"can|should|may|might|must|has|have|that|if|whether|when|because|how|why)\b|[;:.!?\"“”]"
    r"|,\s+(?:who|which|when|where|and|but)\b",
    re.IGNORECASE,
)
#: How long before its article a date must end to be no present clause's (a headline's "wins
#: Monday" is recent; "is reflecting on his 1999 bid" is not).
PRESENT_PAST_DAYS = 31


def _told_now_of_the_past(text: str, start: int, date_end: object, published: object) -> bool:
    """Whether the date at ``start`` lies in a clause told in the present (``_PRESENT`` with
    no verb of another tense between) and ended over :data:`PRESENT_PAST_DAYS` days before
    the article: "The governor is reflecting on his first campaign in 1999", "The new ad slams
    Ruiz for backing a toll rise in 1994" tell something of now; the date is what they mention."""
    if published is None or pd.isna(published) or pd.isna(date_end):
        return False
    when = pd.Timestamp(published)
    ended = _like_tz(pd.Timestamp(date_end), when)
    if ended > when - pd.Timedelta(days=PRESENT_PAST_DAYS):
        return False
    window = text[max(0, start - 150) : start]
    verbs = list(_PRESENT.finditer(window))
    return bool(verbs) and not _OTHER_TENSE.search(window, verbs[-1].end())


def _relative_to(before: str) -> bool:
    """Whether ``before`` ends inside a noun phrase that a preposition of time governs ("after
    the April 30 filing date"), not inside a clause it opens ("after the firm told analysts
    yesterday": that clause is cut as its own, and its date is its own)."""
    found = _RELATIVE_TO.search(before)
    return bool(found) and not _FINITE.search(before[found.start() :].split(None, 1)[-1])


#: The end a reduced relative needs, checked first: the full pattern is tried at every
#: position of the 200 characters before each date, this only at the end.
_PARTICIPLE_TAIL = re.compile(_PARTICIPLE + _AGENT_THEN_DATE, re.IGNORECASE)


def _reduced_relative(before: str) -> bool:
    if not _PARTICIPLE_TAIL.search(before[-80:]):
        return False
    found = _REDUCED_RELATIVE.search(before)
    if not found:
        return False
    if found.group("opener").lower() not in _OPENING_PREPOSITIONS:
        return True  # a verb opens the object: the clause's own verb
    clause = re.split(r"[,;:.!?()]\s", before[: found.start()])[-1]
    return bool(_FINITE.search(clause))


def _sentence_span(text: str, index: int) -> tuple[int, int]:
    from newslens.sentences import sentence_spans

    spans = sentence_spans(text)
    return spans[index] if 0 <= index < len(spans) else (0, len(text))


def _clause(
    text: str, sentence: tuple[int, int], start: int, end: int, others: list[tuple[int, int]]
) -> str:
    """The clause of the sentence that holds [start, end), without its time expressions
    (``others``: the article's date spans, sorted); ``""`` when the sentence says nothing but
    dates (a dateline).

    A clause that is little more than its date ("On Thursday, the minister resigned"; "The
    ship sank, in a rare storm for May, yesterday") gives way to the whole sentence without
    its dates: commas also set off appositives and asides, so a neighbouring clause is no
    safer a guess than the sentence, which holds the event.
    """
    a, b = sentence
    lo, hi = a, b
    said = _dated_saying(text, a, start, others)
    if said:
        a = lo = said  # the content of a saying dated on its own: "announced Friday that ..."
    role_lo, role_hi = a, b  # the clause not cut at "as"
    for cut in _CLAUSE_BREAK.finditer(text, a, b):
        cuts = not _AS.fullmatch(cut.group())
        if cut.end() <= start:
            lo = cut.end()
            role_lo = cut.end() if cuts else role_lo
        elif cut.start() >= end:
            hi = min(hi, cut.start())
            if cuts:
                role_hi = cut.start()
                break
    if _RELATIVE_CLAUSE.match(text[role_lo:start].lstrip()):
        # "who served as deputy from 2008 until 2016": in a relative clause "as" names a role
        lo, hi = role_lo, role_hi
    event = _without_dates(text, lo, hi, others)
    relative = _RELATIVE_CLAUSE.match(event) if lo > a else None
    if relative and has_verb(event) and _words(_ACTION.sub(" ", event[relative.end() :])):
        # ", which was founded in 1985": the relative clause's own event, told with its
        # antecedent (the last words before the comma), not the sentence's
        if relative.group(1).lower() in ("where", "when"):
            event = event[relative.end() :]  # "where rangers counted the calves": its own subject
        else:
            antecedent = _antecedent(text, max(a, lo - 60), lo, others)
            event = f"{' '.join(antecedent)}, {event}" if antecedent else event
    elif (
        not _tells(event)
        or _SUBJECTLESS.match(event)
        or not has_verb(event)
        or _ENDS_ON_COPULA.search(event)
    ):
        within = _within_relative(text, a, b, start, end, others)
        if within:
            return _shortened(within)
        event = _without_dates(text, a, b, others)
        if not _tells(event) or not has_verb(event):
            return ""  # a table line, a heading, a row of figures, a phrase: no event
    if _denied(event):
        return ""  # "there was no freeze", "the bank did not intervene": nothing happened
    if _SUPPOSED.match(text, lo, start) or _LIVE_BLOG_HEADER.search(event):
        return ""  # "if the board approves it on Monday": a supposition, nothing happened
    return _shortened(event)


#: A date in a clause that supposes its event ("If the board approves the sale on Monday",
#: "unless the strike ends by Friday", "Even if she wins on Tuesday") dates nothing that
#: happened; "If you doubt it, look at what she did on Monday" dates the doing.
_SUPPOSED = re.compile(
    r"\W*(?:and\s+|but\s+)?(?:even\s+)?(?:if|unless)\b[^,;:\u2013\u2014]*$", re.IGNORECASE
)
#: The heading of a live blog ("LONDON (AP) — The Latest on the talks (all times local):")
#: names the blog, not an event of the story.
_LIVE_BLOG_HEADER = re.compile(r"(?:^|[\u2013\u2014-]\s*)The Latest\s+on\b")


#: A saying with a date of its own before its "that" ("announced on Friday that", "said
#: Tuesday that"): its content's dates are the content's, told as a clause of its own.
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|told\s+[\w\s]{1,30}?|reported|reports|disclosed|"
    r"revealed|confirmed|stated|wrote|added|warned|predicted|promised|pledged)"
    r"\s+(?:on\s+|late\s+|early\s+|last\s+)?$",
    re.IGNORECASE,
)
_THAT_OPENS = re.compile(r"^,?\s+that\s+", re.IGNORECASE)


def _dated_saying(text: str, a: int, start: int, others: list[tuple[int, int]]) -> int:
    """Where the content of a saying dated on its own opens, when the date at ``start`` lies in
    it ("The office announced Friday that the leaders will meet on Thursday": the meeting is
    Thursday's event, the announcing Friday's), else 0. A saying without a date of its own
    keeps its clause whole ("The bank said it cut its rate on Monday": the cut, with its
    subject)."""
    first = bisect.bisect_left(others, (a, 0))  # the spans are sorted: only the sentence's
    for s, e in islice(others, first, None):  # no copy of the list's tail per date
        if s >= start:
            break
        if e > start:
            continue
        that = _THAT_OPENS.match(text[e : e + 12])
        if that and e + that.end() <= start and _SAYING_BEFORE.search(text, max(a, s - 40), s):
            return e + that.end()
    return 0


#: A relative clause set off by a comma before a date ("Ortiz, who ran the port before
#: opening a yard in 2009"), and where it ends after the date.
_RELATIVE_OPENS = re.compile(r",\s+(?:who|which)\s")
_RELATIVE_ENDS = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;()\u2013\u2014]")


def _within_relative(
    text: str, a: int, b: int, start: int, end: int, others: list[tuple[int, int]]
) -> str:
    """The relative clause the date lies in, told with its antecedent, when the date's own
    clause has no subject of its own (it would otherwise give way to the whole sentence, whose
    main clause is another event): "the inquiry has the help of Ortiz, who ran the port
    before opening a yard in 2009" gives "the help of Ortiz, who ran the port before opening
    a yard"; ``""`` when the date is in no such clause."""
    opens = list(_RELATIVE_OPENS.finditer(text, a, start))
    if not opens:
        return ""
    lo = opens[-1].start() + 1
    if _RELATIVE_ENDS.search(text, lo, start):
        return ""  # a break between the relative word and the date: another clause
    closes = _RELATIVE_ENDS.search(text, end, b)
    relative = _without_dates(text, lo, closes.start() if closes else b, others)
    if not has_verb(relative) or not _tells(relative):
        return ""
    antecedent = _antecedent(text, max(a, lo - 60), lo - 1, others)
    return f"{' '.join(antecedent)}, {relative}" if antecedent else relative


def _antecedent(text: str, lo: int, hi: int, others: list[tuple[int, int]]) -> list[str]:
    """The last :data:`ANTECEDENT` words before a relative clause, from after a quotation or
    a report verb ('"... 34,000 emails," said Ortiz, who served': "Ortiz")."""
    words = _without_dates(text, lo, hi, others).split()[-ANTECEDENT:]
    for i in range(len(words) - 1, -1, -1):
        if words[i][-1] in "\"”'’" or words[i].lower() in _REPORTED_BY:
            return words[i + 1 :]
    return words


def _shortened(event: str) -> str:
    words = event.split()
    return " ".join(words[:EVENT_WORDS]) + (" …" if len(words) > EVENT_WORDS else "")


_AS = re.compile(r"\s+as\s+", re.IGNORECASE)
#: A clause whose date was its predicate ("The wettest day was last Tuesday, when 80 mm of rain
#: fell") says what the date was, not what happened: its sentence tells that.
_ENDS_ON_COPULA = re.compile(r"\b(?:is|was|were|are|be|been)$", re.IGNORECASE)
#: A clause set off by a comma that opens with a relative word tells its own event (", which
#: is scheduled for late September", ", where rangers counted the calves in July").
_RELATIVE_CLAUSE = re.compile(r"^(which|who|whose|whom|where|when)\s+", re.IGNORECASE)
#: Words of the antecedent kept before a relative clause's event ("the ministerial meeting of
#: the producers, which is scheduled for": "meeting of the producers, which ...").
ANTECEDENT = 4
_REPORTED_BY = frozenset({"said", "says", "told", "wrote", "added"})


#: A clause that opens with a relative pronoun, a participle or a verb has its subject in
#: another clause ("which soared to ...", "contributing about ...", "down 8.7 pct", "was 2.1 pct
#: above ..."): the event is the whole sentence.
_SUBJECTLESS = re.compile(
    r"^(?:which|who|whose|whom|where|contributing|bringing|leaving|making|taking|giving|"
    r"including|compared|down|up|was|were|is|are|has|have|had|will|would|rose|fell|"
    r"(?-i:[a-z]+ing))\b",  # a participle in lower case: "Beijing", "Reading" are places
    re.IGNORECASE,
)


#: A clause that says its event did not happen tells none ("No agreement was reached", "the
#: bank did not intervene", "there was no rain"); one that reports a denial or a refusal does
#: ("the minister said Britain would not hesitate"): the saying is the event; and so does one
#: whose negation is in a clause of its own ("forced the government to promise that there
#: will be no tax").
_DENIED = re.compile(
    r"\b(?:did|does|do|has|have|had|was|were|is|are|will)\s+not\b"
    r"|\b(?:did|does|do|has|have|had|was|were|is|are|wo)n['’]t\b|\bnever\b"
    r"|\bthere\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+no\b"
    r"|^no\s+(?:[\w-]+\s+){1,3}?(?:was|were|has|have|had|is|are|will)\b"
    # a source not reached is no event of the story
    r"|\b(?:unavailable|not\s+available)\s+for\s+comment|\bcould\s+not\s+be\s+reached\b",
    re.IGNORECASE,
)
_FRAMED_BEFORE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|added|adding|stated|announced|reported|warned|"
    r"insisted|arguing|writing|according\s+to|quoted|that)\b",
    re.IGNORECASE,
)


#: How far into a clause its negation must come to deny the clause's own verb, not a
#: subordinate clause's ("forced the government to promise that there will be no ...").
DENIED_WITHIN = 60


def _denied(event: str) -> bool:
    found = _DENIED.search(event)
    return bool(
        found
        and found.start() < DENIED_WITHIN
        and not _FRAMED_BEFORE.search(event[: found.start()])
    )


def _tells(clause: str) -> bool:
    """Whether a clause can tell an event: :data:`EVENT_CONTENT` content words in lower case,
    and more words than figures ("70 cts a share and gains of 300" is a table's note)."""
    words = clause.split()
    figures = sum(1 for w in words if any(c.isdigit() for c in w))
    return len(_words(_ACTION.sub(" ", clause))) >= EVENT_CONTENT and figures * 2 < len(words)


def _without_dates(text: str, lo: int, hi: int, others: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` without the time expressions in it (and the words leading into them),
    trimmed of punctuation and of an opening conjunction."""
    pieces = []
    cursor = lo
    for s, e in others:
        if s >= lo and e <= hi and s >= cursor:
            before = text[cursor:s]
            pieces.append(before[: _LEAD_IN.search(before).start()])  # type: ignore[union-attr]
            cursor = e + (2 if text[e : e + 2] in ("'s", "’s") else 0)  # "Monday's vote"
    pieces.append(text[cursor:hi])
    clause = " ".join(" ".join(pieces).split()).strip(" ,.;:()\"'“”\u2013\u2014")
    return _CONJUNCTION.sub("", clause)


def granularity(value: str, start: pd.Timestamp, end: pd.Timestamp) -> str:
    """``year``, ``month``, ``day``, ... from the TIMEX3 value (from the bounds if unknown)."""
    for pattern, name in _GRANULARITY:
        if pattern.match(value):
            # a span of days the value names by its first ("March 1-20": value 03-01, bounds
            # the twenty days) is a range, not a day
            if name in _NOMINAL and (end - start) > _NOMINAL[name] + pd.Timedelta(days=1):
                return "range"
            return name
    days = (end - start) / pd.Timedelta(days=1)
    return "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "year"


def _events(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Mentions grouped into events, in order of publication."""
    events: list[list[_Mention]] = []
    for m in mentions:
        best, best_score = None, 0.0
        for event in events:
            if any(o.article_id == m.article_id and o.start != m.start for o in event):
                continue  # one article giving two dates tells two events
            if m.names and all(o.names and not (m.names & o.names) for o in event):
                continue  # "Japan's surplus rose", "New Zealand's surplus rose": two events
            score = max(_overlap(m.words, o.words) for o in event)
            shared = max(len(m.words & o.words) for o in event)
            if score >= SAME_EVENT and shared >= 2 and score > best_score:
                best, best_score = event, score
        if best is None:
            events.append([m])
        else:
            best.append(m)
    return events


def _row(story: str, event: list[_Mention], table: pd.DataFrame) -> dict:
    per_article: dict[str, _Mention] = {}
    for m in event:
        per_article.setdefault(m.article_id, m)
    votes = Counter((m.start, m.end, m.granularity) for m in per_article.values())
    first_seen = {key: i for i, key in reversed(list(enumerate(
        (m.start, m.end, m.granularity) for m in per_article.values())))}  # fmt: skip
    start, end, grain = max(
        votes,
        key=lambda k: (
            votes[k],
            -_FINENESS.index(k[2]) if k[2] in _FINENESS else 0,
            -first_seen[k],
        ),
    )
    agree = all(
        (m.start <= start and end <= m.end) or (start <= m.start and m.end <= end)
        for m in per_article.values()
    )
    articles = list(per_article)
    published = [per_article[a].published for a in articles]
    known = [p for p in published if p is not None and pd.notna(p)]
    return {
        "story_id": story,
        "date_start": start,
        "date_end": end,
        "granularity": grain,
        "event": event[0].event,
        "article_ids": articles,
        "sources": [str(table.at[a, "source"]) if a in table.index else "" for a in articles],
        "first_reported": min(known) if known else pd.NaT,
        "dates_agree": agree if len(articles) > 1 else pd.NA,
    }


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _sortable(published: object) -> float:
    if published is None or pd.isna(published):
        return float("inf")
    return pd.Timestamp(published).timestamp()


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in COLUMNS.items()})
