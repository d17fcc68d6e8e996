"""One line at a time: normalise it, then say what kind of line it is."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from re import _parser

from kzreader.ingest import rules
from kzreader.ingest.credits import credit_outlet, split_credits
from kzreader.ingest.outlets import name_key, outlet_table
from kzreader.ingest.prefilter import first_chars, required
from kzreader.lexicon import MONTHS, WEEKDAYS

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
BULLETS = "•·▪►»*"
_BULLET = re.compile(r"^[•·▪►»*]\s*")
_MD_ITEMS = frozenset({"- ", "+ "})
_MD_RULE = re.compile(r"(?:[-*_] ?){3,}")
"""A Markdown thematic break: `* * *`, `---`, `___`."""
_FOOTNOTE_MARK = re.compile(r"(?<=[\w.,;:!?\"”’)])\[\^?\d{1,3}\](?=[\s.,;:]|\Z)")
"""A footnote marker glued to a word or a sentence end: `… detained.[1]`, `claims[2] that`,
a Markdown one `… days.[^1]`."""
_LOST_QUOTE = re.compile(r"(^|\s)\?(\w[^\"”?\n]{0,80}?)[\"”]")
"""`?Agresi"`: an opening curly quote lost to `?` by a bad re-encoding."""


class Rule:
    """A regex with a first-character pre-check: `match` is `pattern.match`, only faster."""

    __slots__ = ("first", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.first = first_chars(pattern)

    def match(self, text: str) -> re.Match[str] | None:
        first = self.first
        if first is not None and text and text[0] < "\x80" and text[0] not in first:
            return None
        return self.pattern.match(text)


class TableRule:
    """One alternation over rule tables `(group, "full"|"start", patterns)`, in order.

    Each table is a named group, so the first table any of whose patterns matches wins,
    as when they are tried one by one. Lines longer than every bounded-width pattern
    (most lines) go to a smaller alternation of just the patterns that could match them.
    """

    __slots__ = ("bound", "groups", "long", "short")

    def __init__(self, tables: list[tuple[str, str, tuple[str, ...]]]) -> None:
        self.groups = [name for name, _, _ in tables]
        self.short = self._compile(tables)
        # a START pattern matches lines of any length; a FULL one those it is as long as
        widths = {
            p: _parser.parse(p).getwidth()[1] for _, how, ps in tables if how == "full" for p in ps
        }
        self.bound = max((w for w in widths.values() if w < _MAXWIDTH), default=-1)
        longer = [
            (name, how, tuple(p for p in ps if how != "full" or widths[p] >= _MAXWIDTH))
            for name, how, ps in tables
        ]
        self.long = self._compile([t for t in longer if t[2]])

    @staticmethod
    def _compile(tables: list[tuple[str, str, tuple[str, ...]]]) -> Rule | None:
        if not tables:
            return None
        groups = [
            f"(?P<{name}>" + "|".join(f"(?:{p})" for p in ps) + (r")\Z" if how == "full" else ")")
            for name, how, ps in tables
        ]
        return Rule(re.compile("(?i:" + "|".join(groups) + ")"))

    def match(self, text: str) -> re.Match[str] | None:
        rule = self.long if len(text) > self.bound else self.short
        if rule is None:
            return None
        first = rule.first  # `Rule.match`, inlined: this runs on every line
        if first is not None and text and text[0] < "\x80" and text[0] not in first:
            return None
        return rule.pattern.match(text)

    def which(self, text: str) -> str | None:
        """The name of the first table that matches `text`, or None."""
        m = self.match(text)
        if m is None:
            return None
        found = m.groupdict()  # a table of bounded patterns only is absent from `long`
        return next(name for name in self.groups if found.get(name) is not None)


_MAXWIDTH = 1 << 16
"""A pattern whose longest match is at least this long is unbounded (`.*`, `\\d+` …)."""

_JUNK_TABLES = [(reason, "full", p) for reason, p in rules.JUNK_FULL.items()] + [
    (reason, "start", p) for reason, p in rules.JUNK_START.items()
]
_JUNK_GROUPS = {f"_junk{i}": reason for i, (reason, _, _) in enumerate(_JUNK_TABLES)}
_JUNK = TableRule([(f"_junk{i}", how, p) for i, (_, how, p) in enumerate(_JUNK_TABLES)])
_JUNK_LONG = TableRule(
    [(f"_junk{i}", how, p) for i, (_, how, p) in enumerate(_JUNK_TABLES) if how == "start"]
)
SHORT = 200
"""Bylines, date lines and whole-line junk are shorter than this."""


def junk_reason(text: str, *, short: bool = True) -> str | None:
    """The reason a whole-line junk table gives for `text` (START tables only unless `short`)."""
    table = _JUNK if short else _JUNK_LONG
    if table.match(text) is None:  # the common case, without `which`'s extra call
        return None
    group = table.which(text)
    return _JUNK_GROUPS[group] if group is not None else None


class _Anywhere:
    """A JUNK_ANYWHERE pattern, searched only when its required substrings occur."""

    __slots__ = ("needles", "pattern", "reason")

    def __init__(self, reason: str, pattern: re.Pattern[str]) -> None:
        self.reason = reason
        self.pattern = pattern
        self.needles = required(pattern)

    def search(self, low: str) -> re.Match[str] | None:
        needles = self.needles
        if needles is not None:
            for needle in needles:
                if needle in low:
                    break
            else:
                return None
        return self.pattern.search(low)


_ANYWHERE = [
    _Anywhere(reason, re.compile("|".join(p))) for reason, p in rules.JUNK_ANYWHERE.items()
]
_STOP = TableRule([("stop", "full", rules.STOP_FULL)])
_RELATED_HEADER = TableRule([("related", "full", rules.RELATED_HEADER)])
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
BYLINE_MAX = 120
"""Bylines and date lines are shorter than this."""
_LABELS = "|".join(sorted((*rules.AUTHOR_LABELS, *rules.OTHER_LABELS), key=len, reverse=True))
_LABELLED = Rule(re.compile(rf"^(?P<label>(?i:{_LABELS}))(?:\s*:\s*|\s+(?=[A-Z]))(?P<names>.+)$"))
_SEGMENTS = re.compile(r"\s*[|;•·]\s*|/\s*(?=(?i:red|editor)\b)")
_NEXT_LABEL = re.compile(rf"\s+(?=(?:{_LABELS})\s*:)", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bdan\b)\s*")
_AUTHOR_LABELS = frozenset(rules.AUTHOR_LABELS)
_BYLINE_FORMS = [(form, required(form)) for form in rules.BYLINE_FORMS]
_CAPTION_START = Rule(rules.CAPTION_START)
_RUNNING_HEAD = re.compile(r"^\s*\d{1,4} \|.*\S {3,}\S|\S {3,}\S.*\| \d{1,4}\s*$")
"""A printed page's running head or foot: set in columns, with the page number at an end
(`HARIAN CONTOH | RABU, 2 MARET 2022      DAERAH | 7`)."""
_SOURCE_LINE = Rule(rules.SOURCE_LINE)


@dataclass(slots=True)
class Line:
    """A raw line, its normalised text and what the cleaner makes of it."""

    raw: str
    text: str
    kind: str = "text"  # blank junk related_header stop source byline date caption text
    reason: str = ""
    links: tuple[str, ...] = ()
    named: list[str] = field(default_factory=list)  # outlets named by inline junk / glued slugs
    authors: list[str] = field(default_factory=list)
    byline_outlet: str | None = None
    sources: list[str] = field(default_factory=list)
    heading: bool = False  # a markdown `# heading`
    signoff: bool = False  # ended with editors' initials: the body's last paragraph
    original: str | None = None  # the outlet an `Artikel ini telah tayang di …` line names

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1 if self.text else 0

    @property
    def prose(self) -> bool:
        """Reads like a paragraph: long enough and ends as a sentence does."""
        n = self.words
        if self.heading:  # a markdown `# headline` is never a paragraph
            return False
        return self.kind == "text" and (n >= 25 or (n >= 8 and self.text[-1] in '.!?…"”’)'))


def normalise(raw: str) -> Line:
    """Tags and entities resolved, spaces collapsed, inline junk cut."""
    if not raw or raw.isspace():  # the commonest line, and the cheapest
        return Line(raw, "", "blank", "blank")
    text = raw
    links: tuple[str, ...] = ()
    if "<" in text:
        links = tuple(_HREF.findall(text))
        text = _TAG.sub(" ", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    text = " ".join(text.split())
    heading = False
    if text and (text[0] in "#>" or "](" in text or "*" in text or "_" in text):
        text, heading, found = _markdown(text)
        links += found
    if text and text[0] in "*-_" and _MD_RULE.fullmatch(text):  # a Markdown `* * *` rule
        return Line(raw, text, "junk", "rule", links)
    if text and text[0] in BULLETS:
        text = _BULLET.sub("", text)
    elif text[:2] in _MD_ITEMS:  # a markdown list item `- text`
        text = text[2:]
    if text.endswith("*/"):  # a CMS's script comment closer glued to the last paragraph
        text = text[:-2].rstrip()
    if "]" in text and _FOOTNOTE_MARK.search(text):  # `… detained.[1]`
        text = _FOOTNOTE_MARK.sub("", text)
    line = Line(raw, text, "text", "", links, heading=heading)
    if not text:
        line.kind, line.reason = "blank", "blank"
        return line
    if "?" in text and ('"' in text or "”" in text):  # what `_LOST_QUOTE` needs
        text = _LOST_QUOTE.sub(r"\1“\2”", text)
    if len(text) > 120 and (" News" in text or "Channel" in text or "channel" in text):
        m = rules.GLUED_PROMO.search(text, 40)  # `… tetap tinggi. Cek … di Google News`
        if m:
            text = text[: m.start()]
    if " logo" in text.lower():
        line.named += [m.group("slug") for m in rules.INLINE_JUNK.finditer(text)]
        text = rules.INLINE_JUNK.sub(" ", text).strip()
    table = outlet_table()
    glued = table.glued_slug
    if glued is not None and text and text[-1].isalpha():
        m = glued.search(text, max(0, len(text) - table.glued_width))
        if m:
            line.named.append(m.group(0))
            text = text[: m.start()]
    if len(text) > 2 and text[-1] in ")]" and "a" <= text[-2] <= "z":  # `…(ab)`: see TRAILER_END
        m = rules.TRAILER_END.search(text)
        if m and m.start() > 0:
            text = text[: m.start()].rstrip()
            line.signoff = True
    line.text = text
    if not text:
        line.kind, line.reason = "junk", "inline junk"
    return line


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(((?:[^()\s]|\([^()]*\))*)(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+(?=\S)|^>\s*")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(
    r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"
)
_MD_ESCAPE = re.compile(r"\\([*_\[\]()#>`-])")


def _markdown(text: str) -> tuple[str, bool, tuple[str, ...]]:
    """Markdown markers off a line: `# Title`, `**ALMATY —**`, `[text](url)`, `![img](url)`.

    The words stay; images go; a link keeps its text (its address goes to `links`).
    """
    heading = False
    links: tuple[str, ...] = ()
    m = _MD_HEADING.match(text)
    if m:
        heading = m.group(0).startswith("#")
        text = text[m.end() :]
    if "](" in text:
        text = _MD_IMAGE.sub(" ", text)
        links = tuple(m.group(2) for m in _MD_LINK.finditer(text))
        text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _MD_STRONG.sub(r"\2", text)
        text = _MD_EM.sub(lambda m: m.group(1) or m.group(2), text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    return " ".join(text.split()), heading, links


def _names(text: str, line: Line | None = None) -> list[str]:
    """Names in a byline's name part, or [] when it is not a list of names.

    Outlets, desks and role words among them (`Wartawan Tribunnews.com`, `Okezone`,
    `RFE/RL's Kazakh Service`) are not names: they are dropped, and the outlet they
    name goes to `line.byline_outlet`.
    """
    text = re.sub(r"\s*\(.*?\)\s*$", "", text).strip(" .,:-")
    items = [n.strip(" .") for n in _NAME_SPLIT.split(text) if n.strip(" .")]
    names, outlets = split_credits(items)
    ok = names and all(len(n) <= 50 and rules.NAME.match(n) for n in names)
    if not ok:
        return []
    if outlets and line is not None and line.byline_outlet is None:
        line.byline_outlet = outlets[0]
    return names


_NOT_NAME_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, "pukul", "jam", "wib", "wita", "wit", "utc", "gmt", "published",
     "updated", "diperbarui", "diterbitkan", "terbit", "posted", "last", "modified"}
)  # fmt: skip


def _bare_name(segment: str) -> bool:
    """`Nadia Kusuma` beside a date (`Nadia Kusuma | Kamis, 13 Januari 2022`): a person."""
    words = segment.split()
    if not 2 <= len(words) <= 4 or not rules.NAME.match(segment):
        return False
    if any(w.lower().strip(".,") in _NOT_NAME_WORDS for w in words):
        return False
    if name_key(segment) in rules.SECTIONS or outlet_table().lookup(segment):
        return False
    return not any(w.lower() in rules.ROLE_WORDS for w in words)


def _byline(line: Line, *, dated: bool = False) -> bool:
    """Fill `authors`/`byline_outlet` when the line is a byline; True if it is one."""
    found = False
    text = line.text
    split = "|" in text or ";" in text or "/" in text or "•" in text or "·" in text
    segments = _SEGMENTS.split(text) if split else [text]
    if text.count(":") > 1:  # `Penulis: A Editor: B`: labelled credits run on one line
        segments = [part for seg in segments for part in _NEXT_LABEL.split(seg)]
    for segment in segments:
        m = _LABELLED.match(segment)
        if m:
            author = m.group("label").lower() in _AUTHOR_LABELS
            names = _names(m.group("names"), line if author else None)
            if names:
                found = True
                if author:
                    line.authors += names
            continue
        if dated and _bare_name(segment):
            line.authors.append(segment)
            found = True
            continue
        for form, needles in _BYLINE_FORMS:
            if needles is not None:  # a cheap `in` test: the form needs one of these
                for needle in needles:
                    if needle in segment:
                        break
                else:
                    continue
            m = form.match(segment)
            if not m:
                continue
            outlet = m.groupdict().get("outlet")
            if outlet is not None:
                credited, named = credit_outlet(outlet)
                if not credited:
                    continue
                if named is not None:
                    line.byline_outlet = named
            names = _names(m.group("names"), line)
            if names:
                line.authors += names
                found = True
                break
            if outlet is not None and line.kind == "text" and rules.NOT_A_PERSON.search(
                    m.group("names")):
                line.reason = "desk byline"  # `Tim detikcom - detikNews`: a credit, no person
        else:
            if "," in segment and _credit_byline(line, segment):
                found = True
    return found


def _credit_byline(line: Line, segment: str) -> bool:
    """`Tiara Ramadhani, CNBC Indonesia`: fill `authors`/`byline_outlet`; True if it is one.

    The part after the last comma is checked first (a dictionary look-up for most lines),
    so ordinary short lines with a comma cost next to nothing.
    """
    tail = segment[segment.rfind(",") + 1 :].strip()
    if not tail or len(tail) > rules.CREDIT_MAX or tail[-1] in _SENTENCE_MARKS:
        return False
    credited, named = credit_outlet(tail)
    if not credited:
        return False
    m = _CREDIT_BYLINE.match(segment)
    if not m:
        return False
    names = [n for n in _NAME_SPLIT.split(m.group("people").strip()) if n]
    if not names or not all(map(_bare_name, names)):
        return False
    if named is not None and line.byline_outlet is None:
        line.byline_outlet = named
    line.authors += names
    return True


_SENTENCE_MARKS = frozenset('!?"”’:;')
_CREDIT_BYLINE = Rule(rules.CREDIT_BYLINE)


def _is_caption(text: str) -> bool:
    """Starts with a photo label or ends with a photo credit (checked on the tail only)."""
    if _CAPTION_START.match(text):
        return True
    last = text[-1]
    if last in ")]":
        opening = max(text.rfind("("), text.rfind("["))
        return opening >= 0 and bool(rules.CAPTION_CREDIT_BRACKET.match(text, opening))
    tail = text[-80:]
    if "/" not in tail:
        return False
    return bool(
        rules.CAPTION_CREDIT_GLUED.search(tail[-20:]) or rules.CAPTION_CREDIT_PATH.search(tail)
    )


def _is_date_line(text: str) -> bool:
    if ("19" not in text and "20" not in text) or not _YEAR.search(text):  # `in`: cheap check
        return False
    m = rules.DATE_TEXT.search(text)
    if not m:
        return False
    rest = text[: m.start()] + " " + text[m.end() :]
    rest = rules.TIME_TEXT.sub(" ", rest)
    rest = rules.DATE_FILLER.sub(" ", rest).split()
    return len(rest) <= 4


def _agency_trailer(text: str) -> list[str]:
    """`REUTERS | AL JAZEERA` → the agencies, when the line is nothing else."""
    parts = [p for p in re.split(r"\s*[|,/]\s*|\s+(?:dan|and)\s+", text) if p]
    found = [outlet_table().lookup(p) for p in parts]
    if found and all(o is not None and o.agency for o in found) and len(text) < 80:
        return [o.name for o in found if o]
    return []


_UNLABELLED_SOURCE = re.compile(r"(?i)(?:sumber|sources?)\s+(?P<names>[^:].*)")


def _bare_sources(text: str) -> list[str]:
    """`Sumber Al Jazeera, Kazinform` (Kompas prints no colon): a source line when every
    name after the label is an outlet or agency kzreader knows."""
    m = _UNLABELLED_SOURCE.fullmatch(text)
    if m is None:
        return []
    names = [s for s in _NAME_SPLIT.split(m.group("names").strip(" .")) if s]
    table = outlet_table()
    return names if names and all(table.lookup(n) for n in names) else []


def classify(line: Line) -> Line:
    """Set `kind` and `reason` on a normalised, non-blank line."""
    if line.kind != "text":
        return line
    text = line.text
    if text[0] == "|" and text[-1] == "|" and text.count("|") >= 3:
        line.kind, line.reason = "junk", "table"  # a Markdown pipe table's row or rule
        return line
    short = len(text) <= SHORT
    if line.heading and short and rules.NOTES_HEADING.fullmatch(text):
        line.kind, line.reason = "stop", "notes"
        return line
    if text[:6].lower() in ("sumber", "source") and len(text) < 80:
        names = _bare_sources(text)
        if names:
            line.kind, line.reason, line.sources = "source", "source line", names
            return line
    if len(text) <= BYLINE_MAX and _is_date_line(text):
        line.kind, line.reason = "date", "date line"
        if not _RUNNING_HEAD.search(line.raw):  # a printed page's running head names no one
            _byline(line, dated=True)
        return line
    if len(text) <= BYLINE_MAX and _byline(line):
        line.kind, line.reason = "byline", "byline"
        return line
    if line.reason == "desk byline":  # names no one, so it is dropped but ends nothing
        line.kind = "junk"
        return line
    m = _SOURCE_LINE.match(text)
    if m and len(text) < 120:
        line.kind, line.reason = "source", "source line"
        line.sources = [s for s in _NAME_SPLIT.split(m.group("names").strip(" .")) if s]
        return line
    agencies = _agency_trailer(text) if len(text) < 80 and text.upper() == text else []
    if agencies:
        line.kind, line.reason, line.sources = "source", "source line", agencies
        return line
    if len(text) < 300 and text[0] in "AaBbKkTt":
        m = rules.ORIGIN_LINE.match(text)
        if m:
            line.kind, line.reason = "stop", "footer"
            line.original = (m.group("outlet") or m.group("outlet_en")).strip(" .,:;")
            return line
    if _STOP.match(text) or (text[0] in "([" and rules.SIGNOFF.fullmatch(text)):
        line.kind, line.reason = "stop", "footer"
        return line
    reason = junk_reason(text, short=short)
    if reason is not None:
        line.kind, line.reason = "junk", reason
        return line
    if text.count(" ") < 59:  # `line.words < 60`
        low = text.lower()
        for anywhere in _ANYWHERE:
            if anywhere.search(low):
                line.kind, line.reason = "junk", anywhere.reason
                return line
    if short and _RELATED_HEADER.match(text):
        line.kind, line.reason = "related_header", "related"
        return line
    if _is_caption(text):
        line.kind, line.reason = "caption", "caption"
    return line


MEMO_MAX = SHORT
"""Lines up to this long are remembered across documents: menus, bylines, list items,
share and footer lines, which a corpus scraped from a few outlets repeats in every
article. Longer lines are body prose, rarely seen twice; they are read afresh."""
_MEMO: dict[str, Line] = {}
_MEMO_SIZE = 50_000


def read_line(raw: str) -> Line:
    """`classify(normalise(raw))`; a short line already read elsewhere is copied instead.

    Both steps depend on the line alone, so a copy of an earlier result is the same
    result. The copy owns its lists: later passes edit lines in place."""
    if len(raw) > MEMO_MAX:
        return classify(normalise(raw))
    seen = _MEMO.get(raw)
    if seen is None:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        seen = _MEMO[raw] = classify(normalise(raw))
    return Line(
        seen.raw, seen.text, seen.kind, seen.reason, seen.links, seen.named[:],
        seen.authors[:], seen.byline_outlet, seen.sources[:], seen.heading, seen.signoff,
        seen.original,
    )


def forget_memos() -> None:
    """Drop the lines remembered across documents (for benchmarks and tests)."""
    _MEMO.clear()
