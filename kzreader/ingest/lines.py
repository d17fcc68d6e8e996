"""One line at a time: normalise it, then say what kind of line it is."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from kzreader.ingest import rules
from kzreader.ingest.credits import split_credits
from kzreader.ingest.outlets import name_key, outlet_table
from kzreader.lexicon import MONTHS, WEEKDAYS

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
BULLETS = "•·▪►»*"
_BULLET = re.compile(r"^[•·▪►»*]\s*")
_LOST_QUOTE = re.compile(r"(^|\s)\?(\w[^\"”?\n]{0,80}?)[\"”]")
"""`?Agresi"`: an opening curly quote lost to `?` by a bad re-encoding."""


def _full(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?i:" + "|".join(f"(?:{p})" for p in patterns) + r")\Z")


def _start(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?i:" + "|".join(f"(?:{p})" for p in patterns) + ")")


_JUNK = [(reason, _full(p)) for reason, p in rules.JUNK_FULL.items()]
_JUNK_LONG = [(reason, _start(p)) for reason, p in rules.JUNK_START.items()]
_JUNK += _JUNK_LONG
SHORT = 200
"""Bylines, date lines and whole-line junk are shorter than this."""
_ANYWHERE = [(reason, re.compile("|".join(p))) for reason, p in rules.JUNK_ANYWHERE.items()]
_STOP = _full(rules.STOP_FULL)
_RELATED_HEADER = _full(rules.RELATED_HEADER)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
BYLINE_MAX = 120
"""Bylines and date lines are shorter than this."""
_LABELS = "|".join(sorted((*rules.AUTHOR_LABELS, *rules.OTHER_LABELS), key=len, reverse=True))
_LABELLED = re.compile(rf"^(?P<label>(?i:{_LABELS}))(?:\s*:\s*|\s+(?=[A-Z]))(?P<names>.+)$")
_SEGMENTS = re.compile(r"\s*[|;•·]\s*|/\s*(?=(?i:red|editor)\b)")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bdan\b)\s*")
_AUTHOR_LABELS = frozenset(rules.AUTHOR_LABELS)


@dataclass
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
        return self.kind == "text" and (n >= 25 or (n >= 8 and self.text[-1] in '.!?…"”’)'))


def normalise(raw: str) -> Line:
    """Tags and entities resolved, spaces collapsed, inline junk cut."""
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
    if text and text[0] in BULLETS:
        text = _BULLET.sub("", text)
    line = Line(raw=raw, text=text, links=links, heading=heading)
    if not text:
        line.kind, line.reason = "blank", "blank"
        return line
    if "?" in text:
        text = _LOST_QUOTE.sub(r"\1“\2”", text)
    if " logo" in text.lower():
        line.named += [m.group("slug") for m in rules.INLINE_JUNK.finditer(text)]
        text = rules.INLINE_JUNK.sub(" ", text).strip()
    glued = outlet_table().glued_slug
    if glued is not None and text and text[-1].isalpha():
        m = glued.search(text)
        if m:
            line.named.append(m.group(0))
            text = text[: m.start()]
    if text and text[-1] in ")]":
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
        for form in rules.BYLINE_FORMS:
            m = form.match(segment)
            if not m:
                continue
            outlet = m.groupdict().get("outlet")
            if outlet is not None:
                known = outlet_table().lookup(outlet)
                if known is None:
                    continue
                line.byline_outlet = known.name
            names = _names(m.group("names"), line)
            if names:
                line.authors += names
                found = True
                break
    return found


def _is_caption(text: str) -> bool:
    """Starts with a photo label or ends with a photo credit (checked on the tail only)."""
    if rules.CAPTION_START.match(text):
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
    if not _YEAR.search(text):
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


def classify(line: Line) -> Line:
    """Set `kind` and `reason` on a normalised, non-blank line."""
    if line.kind != "text":
        return line
    text = line.text
    short = len(text) <= SHORT
    if len(text) <= BYLINE_MAX and _is_date_line(text):
        line.kind, line.reason = "date", "date line"
        _byline(line, dated=True)
        return line
    if len(text) <= BYLINE_MAX and _byline(line):
        line.kind, line.reason = "byline", "byline"
        return line
    m = rules.SOURCE_LINE.match(text)
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
    if _STOP.match(text) or rules.SIGNOFF.fullmatch(text):
        line.kind, line.reason = "stop", "footer"
        return line
    for reason, pattern in _JUNK if short else _JUNK_LONG:
        if pattern.match(text):
            line.kind, line.reason = "junk", reason
            return line
    if line.words < 60:
        low = text.lower()
        for reason, pattern in _ANYWHERE:
            if pattern.search(low):
                line.kind, line.reason = "junk", reason
                return line
    if short and _RELATED_HEADER.match(text):
        line.kind, line.reason = "related_header", "related"
        return line
    if _is_caption(text):
        line.kind, line.reason = "caption", "caption"
    return line
