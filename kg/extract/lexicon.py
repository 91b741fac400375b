"""The lexicons of data/lexicons, read once: role titles, organization endings, surnames, places, cues.

They hold general knowledge of the genre only (titles, suffixes, surnames,
administrative divisions); never a name taken from an article.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import itemgetter, or_

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from ..errors import KGError
from ..paths import lexicon_file


def _rows(name: str) -> list[dict[str, str]]:
    path = lexicon_file(name)
    try:
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if line.strip() and not line.startswith("#")]
    except OSError as exc:
        raise KGError(f"{path}: cannot read lexicon ({exc.strerror}); reinstall charity-kg") from exc
    return list(csv.DictReader(lines, delimiter="\t"))


def _words(name: str) -> list[str]:
    path = lexicon_file(name)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise KGError(f"{path}: cannot read lexicon ({exc.strerror}); reinstall charity-kg") from exc
    with handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Place:
    name: str
    short: str
    level: str
    province: str
    city: str


@dataclass(frozen=True)
class ParticipationCue:
    """A row of data/lexicons/cues.tsv: the verb class, the role it gives and where its people stand."""

    cue: str
    role: str
    shape: str


@dataclass(frozen=True)
class Lexicons:
    roles: dict[str, str]
    org_suffixes: dict[str, str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    rare_surnames: frozenset[str]  # also everyday characters: a name only right after a title or byline label
    any_surnames: frozenset[str]  # surnames | rare_surnames: where a rare surname may open a name as a common one does
    places: dict[str, Place]
    cues: dict[str, str]
    participation_cues: dict[str, ParticipationCue]
    event_suffixes: dict[str, str]
    document_suffixes: dict[str, str]
    triggers: tuple[str, ...]
    org_name_verbs: frozenset[str]
    abbreviations: dict[str, str]
    abbreviated_endings: dict[str, str]  # 台联 -> 台湾同胞联谊会: a body's short ending and the ending in full
    known_bodies: dict[str, str]
    noise_pattern: re.Pattern[str]
    # the same alternation without a named group around each row: it matches the same lines, and the regex engine runs
    # it some four times faster on a line of text (7,200 against 30,700 instructions a 96-character line, callgrind),
    # most lines being no noise: the named pattern is matched only to learn which row a noise line matched
    noise_gate: re.Pattern[str]
    noise_actions: tuple[str, ...]
    byline_labels: tuple[str, ...]
    org_name_prefixes: frozenset[str]
    titled_org_suffixes: dict[str, str]
    councils: tuple[str, ...]  # 理事会, 监事会: a council between a body and a title (某会第四届理事会会长), the title the body's

    def noise_action(self, line: str) -> str | None:
        """drop, stop or related for a page-noise line (the first pattern of noise.tsv that matches), else None."""
        if self.noise_gate.match(line) is None:
            return None  # (most lines)
        match = self.noise_pattern.match(line)
        return self.noise_actions[int(match.lastgroup[1:])] if match and match.lastgroup else None


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """All lexicons, parsed once per process."""
    surnames = _words("surnames.txt")
    places: dict[str, Place] = {}
    place_rows = _rows("places.tsv")
    for row in place_rows:
        place = Place(row["name"], row["short"], row["level"], row["province"], row["city"])
        places.setdefault(place.name, place)
    for row in place_rows:
        # Short forms (上海, 闵行) are places too, unless a full name already claims them.
        if len(row["short"]) >= 2:
            places.setdefault(row["short"], Place(row["short"], row["short"], row["level"], row["province"], row["city"]))
    autonomous = re.compile(rf"([\u4e00-\u9fff]{{2,}}?)(?:(?:{word_alternation('ethnic_group')})族?)+(?:自治)?")  # a place, its peoples
    for row in place_rows:
        # 澜沧拉祜族自治县 and 怒江傈僳族自治州 go by 澜沧县 and 怒江州: without their peoples' names, so that a shorter
        # place inside (沧县, 江州) does not cut them; with the level kept, since 海西 or 互助 alone is a word too
        common = autonomous.fullmatch(row["short"]) if "自治" in row["name"] and row["level"] != "province" else None
        if common:
            name = common[1] + row["name"][-1]
            places.setdefault(name, Place(name, common[1], row["level"], row["province"], row["city"]))
    noise_rows = _rows("noise.tsv")
    return Lexicons(
        roles={row["title"]: row["scope"] for row in _rows("roles.tsv")},
        org_suffixes={row["suffix"]: row["type"] for row in _rows("org_suffixes.tsv")},
        surnames=(common := frozenset(s for s in surnames if len(s) == 1)),
        compound_surnames=frozenset(s for s in surnames if len(s) > 1),
        rare_surnames=(rare := frozenset(_words("rare_surnames.txt")) - frozenset(surnames)),
        any_surnames=common | rare,
        places=places,
        cues={row["word"]: row["cue"] for row in _rows("cues.tsv")},
        participation_cues={row["word"]: ParticipationCue(row["cue"], row["role"], row["shape"]) for row in _rows("cues.tsv")},
        event_suffixes={row["suffix"]: row["type"] for row in _rows("events.tsv")},
        document_suffixes={row["suffix"]: row["type"] for row in _rows("documents.tsv")},
        triggers=tuple(_words("triggers.txt")),
        org_name_verbs=frozenset(_words("org_name_verbs.txt")),
        abbreviations={row["abbreviation"]: row["name"] for row in _rows("abbreviations.tsv")},
        abbreviated_endings={row["abbreviation"]: row["ending"] for row in _rows("abbreviated_endings.tsv")},
        known_bodies={row["name"]: row["type"] for row in _rows("known_bodies.tsv")},
        noise_pattern=re.compile("|".join(f"(?P<n{i}>{row['pattern']})" for i, row in enumerate(noise_rows))),
        noise_gate=re.compile("|".join(f"(?:{row['pattern']})" for row in noise_rows)),
        noise_actions=tuple(row["action"] for row in noise_rows),
        byline_labels=tuple(_words("byline_labels.txt")),
        org_name_prefixes=frozenset(_words("org_name_prefixes.txt")),
        titled_org_suffixes={row["suffix"]: row["type"] for row in _rows("titled_org_suffixes.tsv")},
        councils=tuple(_words("councils.txt")),
    )


_WORD_CLASS_FILES = ("word_classes.tsv", "event_words.tsv")  # mentions and organizations; events, participation, dates


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, tuple[str, ...]]:
    classes: dict[str, list[str]] = {}
    for name in _WORD_CLASS_FILES:
        for row in _rows(name):
            classes.setdefault(row["class"], []).append("" if row["word"] == "<empty>" else row["word"])
    return {name: tuple(words) for name, words in classes.items()}


def word_class(name: str) -> tuple[str, ...]:
    """The words of one class of data/lexicons/word_classes.tsv or event_words.tsv, in file order."""
    try:
        return _word_classes()[name]
    except KeyError:
        files = " or ".join(str(lexicon_file(f)) for f in _WORD_CLASS_FILES)
        raise KGError(f"{files}: no word class {name!r}; reinstall charity-kg") from None


def word_alternation(name: str) -> str:
    """A word class as a regular-expression alternation, in file order (a longer word before its prefix)."""
    return "|".join(map(re.escape, word_class(name)))


def after_any(words: Iterable[str]) -> str:
    """A regex alternation (no groups) of one lookbehind per word, matching right after any of them: Python's re takes
    only fixed-width lookbehinds, so words of different lengths cannot share one (也就是|即 -> (?<=也就是)|(?<=即))."""
    return "|".join(f"(?<={re.escape(word)})" for word in words)


def by_edge_char(words: Iterable[str], last: bool = False) -> dict[str, tuple[str, ...]]:
    """The words by their first (or last) character: whether one starts at text[i] is one `text.startswith(found, i)`
    over the few words of text[i] (a dict lookup and one C call), where an alternation of some hundred words made the
    regex engine try each first-level branch in turn."""
    edges: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if word:
            edges.setdefault(word[-1] if last else word[0], []).append(word)
    return {char: tuple(found) for char, found in edges.items()}


def by_last_two(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Words of two characters or more by their last two: whether text[:end] ends with one is `tail in found and
    text.endswith(found[tail], 0, end)` with tail = text[end - 2:end], a set test and a test of the few words that end
    so (at most some twenty), where str.endswith over a tuple of the 350 organization endings compared each in turn
    (some 7,000 comparisons an article, 2 % of extraction's instructions)."""
    found: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if len(word) < 2:
            raise KGError(f"by_last_two: {word!r} is shorter than two characters (by_edge_char indexes any word)")
        found.setdefault(word[-2:], []).append(word)
    return {tail: tuple(group) for tail, group in found.items()}


@lru_cache(maxsize=1)
def relative_days() -> dict[str, int]:
    """昨天 -> -1, 今天 -> 0: days told relative to the page date (data/lexicons/relative_days.tsv), in file order."""
    return {row["word"]: int(row["days"]) for row in _rows("relative_days.tsv")}


@lru_cache(maxsize=1)
def org_suffixes_longest_first() -> tuple[str, ...]:
    """Organization endings, longest first, so the most specific one matches."""
    return tuple(sorted(lexicons().org_suffixes, key=len, reverse=True))


@lru_cache(maxsize=1 << 14)
def longest_org_suffix(name: str) -> str:
    """The longest organization ending `name` ends in, else "": the first of org_suffixes_longest_first() it ends with,
    read once per name (a name recurs across sentences and articles; the walk over 500 endings took one call each)."""
    for suffix in org_suffixes_longest_first():
        if name.endswith(suffix):
            return suffix
    return ""


def org_suffixes_of(*kinds: str) -> tuple[str, ...]:
    """The organization endings of the given types (university, school: 大学, 学院, 中学), in the lexicon's order: every
    rule that needs a kind of body's endings reads them from data/lexicons/org_suffixes.tsv here."""
    return tuple(suffix for suffix, kind in lexicons().org_suffixes.items() if kind in kinds)


def ends_in_org_suffix(name: str) -> bool:
    """Whether a name ends in an organization's ending (某市慈善总会, 某局): a body's name, where the
    loaders tell a publisher or an author from a place, an account or a person."""
    return name.endswith(org_suffixes_longest_first())


def alternation(words: Iterable[str]) -> str:
    """A regex (no groups) matching any of the words, the longest where several start at one place.

    The same matches as the words joined longest first (`"|".join(sorted(words, key=len, reverse=True))`),
    written as a trie with the common prefixes factored out (会长|会员 -> 会(?:长|员)): the regex engine
    then follows one branch per character instead of trying every word at every position, which
    made the lexicon scans (titles, endings, cue words) the costliest regexes of extraction."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        children = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not children:
            return ""
        body = "(?:" + "|".join(children) + ")" if len(children) > 1 or "" in node else children[0]
        return body + "?" if "" in node else body  # greedy: the longer word first, the shorter on backtracking

    return branch(trie)


def alternation_branches(words: Iterable[str]) -> list[str]:
    """alternation's first level: one regex per first character, that character then the rest of its words.

    Joined with | at the top of a pattern (not inside a group), every branch opens with a character, and the regex
    engine scans for those characters in C; a pattern that opens with a group or a repeat is tried at every position."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return [re.escape(char) + alternation(rests[char]) for char in sorted(rests)]


class WordScanner:
    """Where the words of a lexicon are written in a text, found by one Aho–Corasick automaton (ahocorasick-rs).

    `spans` gives what `re.compile(alternation(words)).finditer` matches (the longest word at the leftmost
    place, then on after it) and `every` every place any word is written, overlapping ones too. Both scan
    the text once in Rust: the regex engine tries the trie's first-level branches one by one at every
    character that starts some word (会, 中, 人, 部 …), which made these scans the costliest regexes of
    extraction even as tries."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted(set(words))
        if not self.words or "" in self.words:
            raise ValueError("a WordScanner needs non-empty words")
        self._longest = AhoCorasick(self.words, matchkind=MatchKind.LeftmostLongest, implementation=Implementation.DFA)
        self._every: AhoCorasick | None = None
        # spans(text): (word index, start, end) of each word written in text, leftmost first and longest there, not
        # overlapping. The automaton's own method, bound here: no Python call in between (some sixty scans an article)
        self.spans: Callable[[str], list[tuple[int, int, int]]] = self._longest.find_matches_as_indexes

    def every(self, text: str) -> list[tuple[int, int, int]]:
        """(word index, start, end) of every place a word is written, overlapping ones too."""
        if self._every is None:
            self._every = AhoCorasick(self.words, implementation=Implementation.DFA)
        return self._every.find_matches_as_indexes(text, overlapping=True)


_INDEX = itemgetter(0)  # a scan's (word index, start, end): the word index


@lru_cache(maxsize=1)
def _org_suffix_scanner() -> tuple[WordScanner, list[int]]:
    """Where organization endings are written, overlapping ones too, and each word's place in the longest-first order."""
    order = {suffix: rank for rank, suffix in enumerate(org_suffixes_longest_first())}
    scanner = WordScanner(order)
    return scanner, [order[word] for word in scanner.words]


def first_org_suffix_in(text: str) -> str:
    """The first ending of org_suffixes_longest_first() written anywhere in text, else "": one overlapping scan, where
    a substring test per ending took some sixty tests for a visited name."""
    scanner, rank = _org_suffix_scanner()
    found = scanner.every(text)
    return org_suffixes_longest_first()[min(map(rank.__getitem__, map(_INDEX, found)))] if found else ""


# The word classes a sentence is read for once (SentenceView.words): a rule whose pattern matches only where a word
# of one of them is written skips its scan of a sentence that holds none (a necessary condition: the same matches).
# appointment_verb is every word of appointments.tsv (appointing(), elected_after_name()), relative_day every word of
# relative_days.tsv, event_trigger every word of triggers.txt (SentenceView.has_trigger), council every word of councils.txt.
_GATED_CLASSES = (
    "same_day_word", "removal_verb", "no_longer_holds", "honorific", "regard_noun", "chair_convener", "chair_turn",
    "visit_object_verb", "appointment_verb", "visit_activity", "chair_flag", "recent_word", "relative_day", "next_day_word",
    "previous_day_word", "same_year_word", "newly_elected", "biography_gender", "event_trigger", "party_lead_verb",
    "name_qualifier_tail", "table_name_header", "elided_ordinal_joint", "tail_lead", "replaced_plan_marker", "self_reference",
    "presence_column_header", "class_committee", "not_there_after", "not_there_before", "party_whole_marker", "throughout_word",
    "founding_verb", "kind_self_name", "handing_verb", "came_for_award", "locality_unit", "council", "panel_marker",
    "elected_after_name", "people_word_before_speaker", "span_day_word", "closing_session_word", "giving_verb",
    "possessed_noun", "absent_document", "home_visit_verb",
)


def word_bit(name: str) -> int:
    """The bit of sentence_scan's first result that says a word of this class is written."""
    return 1 << _GATED_CLASSES.index(name)


@lru_cache(maxsize=1)
def _sentence_gate() -> tuple[AhoCorasick, list[int], list[str]]:
    """One automaton over the words of every gated class and the cue words (cues.tsv but `follow`, whose places
    analysis._find_cues reads from the same scan), each word's class bits (0 for a cue word of no class), and the words
    in its order."""
    bits: dict[str, int] = {}
    for bit, name in enumerate(_GATED_CLASSES):
        if name == "appointment_verb":
            words: Iterable[str] = [row["word"] for row in _rows("appointments.tsv")]
        elif name == "event_trigger":
            words = lexicons().triggers
        elif name == "council":
            words = lexicons().councils
        else:
            words = relative_days() if name == "relative_day" else word_class(name)
        for word in words:
            if not word:
                raise KGError(f"word class {name!r} holds an empty word: it cannot gate a scan")
            bits[word] = bits.get(word, 0) | 1 << bit
    for word, kind in lexicons().cues.items():
        if kind != "follow":  # (the cues _find_cues ranks: a follow word's matches would only be dropped there)
            bits.setdefault(word, 0)
    ordered = sorted(bits)
    return AhoCorasick(ordered, implementation=Implementation.DFA), [bits[word] for word in ordered], ordered


def sentence_scan(text: str) -> tuple[int, list[tuple[int, int, int]]]:
    """One overlapping scan of a sentence: which gated classes have a word written in it (word_bit(name) is set for
    each), and every place a gated or cue word is written, as (index in sentence_scan_words(), start, end). The cue
    words had a scan of their own, the same walk of every sentence again."""
    automaton, bits, _ = _sentence_gate()
    written = automaton.find_matches_as_indexes(text, overlapping=True)
    return reduce(or_, map(bits.__getitem__, map(_INDEX, written)), 0), written


def sentence_scan_words() -> list[str]:
    """The words of sentence_scan's automaton, in the order of its word indexes."""
    return _sentence_gate()[2]
