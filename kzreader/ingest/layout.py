"""Where the body is: header above it, footer below it, the dateline lead and the title.

The idea: a dateline lead (`PLACE, OUTLET -`, `OUTLET -`) opens the body and
everything above it is header material (title, subtitle, captions, bylines).
Without one, the body opens at the first line that reads like a paragraph. It
ends at the first footer line (`Populer`, `Sumber:`, a byline, `(isa/bac)` …);
short lines after its last paragraph are trailers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzreader.ingest import rules
from kzreader.ingest.captions import mark_photo_captions
from kzreader.ingest.credits import credit_outlet
from kzreader.ingest.lines import Line, _bare_name, read_line
from kzreader.ingest.outlets import name_key, outlet_table
from kzreader.ingest.unwrap import menu_bar

HEADER_SCAN = 40
"""How many lines from the top the lead and header meta are looked for in."""

STOP_KINDS = frozenset({"stop", "source", "byline"})

_PAREN = re.compile(r"\(([^()]+)\)")
_CAPS_PLACE = re.compile(
    r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?$"
)
"""An AP-style dateline place: `ALMATY`, `NUR-SULTAN`, `ALMATY, Kazakhstan`."""
_DATEISH = re.compile(r"^(?:\d{1,2} )?[A-Za-z]{3,9}\.? \d{1,2}$|^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")


@dataclass
class Lead:
    """The dateline lead paragraph: its index, place and outlet token."""

    index: int
    place: str | None
    outlet: str | None


@dataclass
class Layout:
    lines: list[Line]
    start: int  # first body line (len(lines) when there is no body)
    stop: int  # first footer line
    lead: Lead | None
    title: str | None

    @property
    def header(self) -> list[Line]:
        return self.lines[: self.start]

    @property
    def footer(self) -> list[Line]:
        return self.lines[self.stop :]


def natural_case(text: str) -> str:
    """`NUR-SULTAN` → `Nur-Sultan`, `RENI ERINA` → `Reni Erina`; mixed case is left alone."""
    if not text.isupper():
        return text
    words = []
    for word in text.split(" "):
        low = word.lower()
        words.append(low if low in rules.NAME_PARTICLES else re.sub(
            r"[^\W\d_]+", lambda m: m.group(0).capitalize(), low))  # fmt: skip
    return " ".join(words)


def outlet_token(token: str) -> str | None:
    """The outlet a dateline token names: a known alias, or an unknown `site.com`."""
    known = outlet_table().lookup(token)
    if known:
        return known.name
    return token if rules.DOMAIN_LIKE.match(token) else None


def parse_lead(line: Line, *, first_prose: bool) -> Lead | None:
    """A `Lead` when the line opens with a dateline; `first_prose` relaxes the proof needed."""
    m = rules.LEAD.match(line.text)
    if not m or len(m.group("prefix")) > 60:
        return None
    prefix = m.group("prefix")
    outlet = None
    for inner in _PAREN.findall(prefix):
        outlet = outlet or outlet_token(inner)
    place = None
    for segment in _PAREN.sub("", prefix).split(","):
        segment = segment.strip()
        if not segment:
            continue
        named = outlet_token(segment)
        if named:
            outlet = outlet or named
        elif place is None and not _DATEISH.match(segment):
            place = natural_case(segment)
    # `ALMATY —`, `ALMATY, Kazakhstan —`: a capitalised place before a long dash is a dateline
    bare = _PAREN.sub("", prefix).strip()
    caps_dash = m.group("dash") in ("—", "–", "--") and _CAPS_PLACE.match(bare) is not None
    if outlet is None and not first_prose and not caps_dash:
        return None
    if outlet is None and (place is None or len(place.split()) > 3):
        return None
    return Lead(index=-1, place=place, outlet=outlet)


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _unglued(ln: Line) -> Line:
    """A caption glued to the headline before it (`… Selama KerusuhanWarga meletakkan …
    (AP Photo/…)`): the headline, as a line of its own."""
    if ln.kind != "caption":
        return ln
    for m in _GLUE.finditer(ln.text):
        if ln.text.count(" ", 0, m.start()) >= 3:
            return Line(ln.raw, ln.text[: m.start()])
    return ln


def _outlet_section(text: str) -> bool:
    """`VIVA Dunia`, `detikNews Internasional`: a masthead naming a section, no headline."""
    head, _, last = text.rpartition(" ")
    if not head or name_key(last) not in rules.SECTIONS:
        return False
    return outlet_table().lookup(head) is not None


def _pick_title(header: list[Line]) -> str | None:
    """The headline among the header lines: repeated, else the first of 4+ words (the
    first not ending in a full stop, when there is one)."""
    for ln in header:
        if ln.heading and ln.kind == "text" and ln.words >= 2:
            return ln.text  # a markdown `# Title`
    candidates = [
        ln for ln in map(_unglued, header)
        if ln.kind == "text" and name_key(ln.text.replace(" ", "")) not in rules.SECTIONS
        and outlet_table().lookup(ln.text) is None and ln.words <= 40
        and not rules.BREADCRUMB.fullmatch(ln.text) and not _outlet_section(ln.text)
        and not menu_bar(ln.raw)
    ]  # fmt: skip
    seen: set[str] = set()
    for ln in candidates:
        key = name_key(ln.text)
        if key in seen:
            return ln.text
        seen.add(key)
    # a headline does not end as a sentence does; a note or a dek above it does
    for ln in sorted(candidates, key=lambda ln: ln.text.endswith(".")):
        if ln.words >= 4:
            return ln.text
    longest = max(
        (ln for ln in candidates if ln.words >= 2), key=lambda ln: len(ln.text), default=None
    )
    return longest.text if longest else None


_SENTENCE_END = (".", "!", "?", "”", '"', ".'")


DEK_GAP = 3
"""Non-blank lines (a caption, a byline) that may stand between a dek and its date line."""
_DEK_ENDS = frozenset({"date", "byline"})


def _find_start(lines: list[Line]) -> tuple[int, Lead | None]:
    """Index of the first body line, and the lead when a dateline opens the body."""
    first_prose = next((i for i, ln in enumerate(lines) if ln.prose), None)
    first_text = next((i for i, ln in enumerate(lines) if ln.kind == "text"), None)
    limit = min(len(lines), HEADER_SCAN)
    for i in range(limit):
        ln = lines[i]
        if ln.kind != "text":
            continue
        # a document that opens with a short sentence under a bare `Jakarta -` has no header
        opens_with_sentence = i == first_text and ln.text.rstrip().endswith(_SENTENCE_END)
        lead = parse_lead(ln, first_prose=(i == first_prose or opens_with_sentence))
        if lead:
            lead.index = i
            return i, lead
        if first_prose is not None and i >= first_prose:
            break
    if first_prose is not None:
        # a standfirst above the dateline (`ALMATY — …`, `…, Jan 8 (Reuters) -`) is header
        for j in range(first_prose + 1, min(first_prose + 4, len(lines), HEADER_SCAN)):
            if lines[j].kind != "text":
                continue
            lead = parse_lead(lines[j], first_prose=False)
            if lead:
                lead.index = j
                return j, lead
    if first_prose is None:
        fallback = next((i for i, ln in enumerate(lines) if ln.kind == "text"), len(lines))
        return fallback, None
    # a dek or summary above the date line is header too, with a caption or byline between
    between = 0
    for j in range(first_prose + 1, len(lines)):
        if lines[j].kind == "blank":
            continue
        if lines[j].kind in _DEK_ENDS:
            later = next((k for k in range(j + 1, len(lines)) if lines[k].prose), None)
            if later is not None:
                return later, None
        between += 1
        if lines[j].prose or between > DEK_GAP:
            break
    return first_prose, None


def _mark_author_block(lines: list[Line]) -> None:
    """A blog's author card on top: the writer's name twice (avatar caption, then link),
    then a short bio and badges (`Terverifikasi`, `Ikuti`) up to a blank line. The name
    is the byline; the rest of the card is no body."""
    prev = None
    for i in range(min(len(lines), HEADER_SCAN)):
        ln = lines[i]
        if ln.kind == "blank":
            prev = None
            continue
        if prev is not None and ln.kind == "text" and ln.text == prev.text and _bare_name(ln.text):
            for named in (prev, ln):
                named.kind, named.reason, named.authors = "byline", "byline", [ln.text]
            for card in lines[i + 1 : i + 8]:
                if card.kind == "blank":
                    break
                card.kind, card.reason = "junk", "author profile"
            return
        prev = ln if ln.kind == "text" else None


_AUTHOR_LABEL_SET = frozenset(rules.AUTHOR_LABELS)
_CREDIT_LABEL_SET = frozenset(rules.OTHER_LABELS)


def _mark_label_over_name(lines: list[Line]) -> None:
    """A credit label alone on its line with the name on the next (`Reporter:` /
    `Dian Lestari`, `Editor:` / `Budi Santoso`): a reporter's name is a byline, an
    editor's or another credit's is page furniture, and neither label is body."""
    for i in range(min(len(lines), HEADER_SCAN) - 1):
        ln, named = lines[i], lines[i + 1]
        if not ln.text.endswith(":") or named.kind not in ("text", "byline"):
            continue
        label = ln.text[:-1].strip().lower()
        author = label in _AUTHOR_LABEL_SET
        if not (author or label in _CREDIT_LABEL_SET):
            continue
        name = natural_case(named.text)
        if not _bare_name(name):
            continue
        _drop(ln, "credit label")
        if author:
            named.kind, named.reason, named.authors = "byline", "byline", [name]
        else:
            _drop(named, "credit")


SIGNATURE_LINES = 8
"""An e-mail signature under its `-- ` delimiter is at most this many lines."""


def _mark_signature(lines: list[Line]) -> None:
    """An e-mail's signature: the lines under a `-- ` delimiter at the end (the sender's
    name, title, phone) are no body and name no author."""
    for i in range(len(lines) - 1, max(-1, len(lines) - SIGNATURE_LINES - 2), -1):
        if lines[i].raw.rstrip() == "--":
            for ln in lines[i:]:
                if ln.kind != "blank":
                    _drop(ln, "signature")
            return


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _mark_email_byline(lines: list[Line]) -> None:
    """A byline as print pages set it: the writer's name, and their e-mail address on the
    line under it (`RAHMAT SETIAWAN NUGROHO` / `rahmat@mediaindonesia.com`)."""
    for i in range(1, min(len(lines), HEADER_SCAN)):
        ln, prev = lines[i], lines[i - 1]
        if "@" not in ln.text or not _EMAIL.fullmatch(ln.text):
            continue
        if prev.kind == "text" and _bare_name(natural_case(prev.text)):
            prev.kind, prev.reason, prev.authors = "byline", "byline", [natural_case(prev.text)]
            _drop(ln, "e-mail address")
            return


_OUTLET_PLACE = re.compile(
    r"(?P<outlet>[^,]{2,40}),\s*(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"
)
"""The second line of a two-line byline: the outlet and where the writer files from."""


def _mark_split_byline(lines: list[Line]) -> None:
    """A byline printed on two header lines, the writer's name and then the outlet with
    the place they file from (`Nadia Kusuma` / `BBC News, Almaty`), near a date line:
    the name is the author, the outlet the byline's, and neither line is page chrome."""
    prev = None
    for i in range(min(len(lines), HEADER_SCAN)):
        ln = lines[i]
        if ln.kind == "blank":
            continue
        text = ln.text
        m = (
            _OUTLET_PLACE.fullmatch(text)  # the rare line first, the name above it after
            if prev is not None and ln.kind == "text" and "," in text and len(text) <= 60
            else None
        )
        credited, named = credit_outlet(m.group("outlet")) if m else (False, None)
        if credited and prev.kind == "text" and _bare_name(prev.text):
            near = lines[max(0, i - 6) : i + 6]
            if outlet_token(m.group("place")) is None and any(x.kind == "date" for x in near):
                prev.kind, prev.reason, prev.authors = "byline", "byline", [prev.text]
                ln.kind, ln.reason, ln.authors = "byline", "byline", []
                prev.byline_outlet = ln.byline_outlet = named
                return
        prev = ln


def _drop(ln: Line, reason: str) -> None:
    """Mark `ln` page furniture: dropped for `reason`, naming no author."""
    ln.kind, ln.reason, ln.authors = "junk", reason, []


_RULE_LINE = re.compile(r"[-–—=_~*]{8,}")
"""A horizontal rule of a plain-text email: `-----…`, `=====…`."""


def _email_intro(lines: list[Line], start: int) -> tuple[int, int, Lead] | None:
    """A newsletter's greeting above a rule, the story under it (`Halo, …` / `Salam,` /
    `-----` / headline / date / `TEMPO.CO, Jakarta - …`): the rule's index, the story's
    first line and its dateline lead. Only a lead naming an outlet counts."""
    rule = None
    for i in range(start, min(len(lines), HEADER_SCAN)):
        ln = lines[i]
        if ln.kind == "junk" and _RULE_LINE.fullmatch(ln.text):
            rule = i
        elif rule is not None and ln.prose:
            lead = parse_lead(ln, first_prose=False)
            if lead is None or lead.outlet is None:
                return None
            lead.index = i
            return rule, i, lead
    return None


_MAIL_HEADER = re.compile(
    r"(?i)(?:from|to|cc|bcc|reply-to|sender|subject|date|sent|mime-version|content-type|"
    r"content-transfer-encoding|message-id|x-[\w-]+)\s*:\s*\S.*"
)
"""A line of an email's header block: `From: Reuters News Alerts`, `Subject: …`."""


def _mail_header_line(ln: Line) -> bool:
    """`From: …`, `To: <a@b.c>` (its address is read as a tag, so the raw line counts too)."""
    return bool(_MAIL_HEADER.fullmatch(ln.text) or _MAIL_HEADER.fullmatch(ln.raw.strip()))


def _mail_block(lines: list[Line], first: int) -> list[Line]:
    """The email header block opening at `first`, or [] when there is none there."""
    block = []
    for ln in lines[first:]:
        if ln.kind == "blank" or not _mail_header_line(ln):
            break
        block.append(ln)
    if len(block) < 2 or not any(ln.text[:5].lower() in ("from:", "subje") for ln in block):
        return []
    return block


_FORWARD = re.compile(
    r"(?i)[-–—=_ ]*(?:forwarded message|original message|begin forwarded message|"
    r"pesan (?:yang )?diteruskan|pesan terusan|pesan asli|email (?:yang )?diteruskan)"
    r"[-–—=_ ]*:?"
)
"""A mail client's forward marker: `---------- Forwarded message ---------`, `-----Original
Message-----`, `Begin forwarded message:`, `---------- Pesan yang diteruskan ---------`."""


def _mark_forward(lines: list[Line]) -> int | None:
    """A forwarded email: the sender's own note above the forward marker and the forwarded
    mail's header block under it are no part of the story (the note's numbers and dates
    are not the article's, nor is the forward's subject its headline). Returns the index
    of the first line after the header block, or None when the text is no forward."""
    for i in range(min(len(lines), HEADER_SCAN)):
        ln = lines[i]
        text = ln.text
        if len(text) > 60 or ("essage" not in text and "esan" not in text and "mail" not in text):
            continue  # `in` first: the marker's own words (`message`, `pesan`, `email`)
        if not _FORWARD.fullmatch(text):
            continue
        first = next((j for j in range(i + 1, len(lines)) if lines[j].kind != "blank"), None)
        block = _mail_block(lines, first) if first is not None else []
        if not block:
            return None
        for note in lines[:i]:
            if note.kind != "blank":
                _drop(note, "email note")
        _drop(ln, "email forward")
        end = first + len(block)
        # the forwarded mail's date stands for the story's only when the story gives none
        own_date = any(x.kind == "date" for x in lines[end : end + HEADER_SCAN])
        for head in block:
            if own_date or not _mail_date(head):
                _drop(head, "email header")
        return end
    return None


def _newsletter_dates(lines: list[Line], begin: int, start: int) -> None:
    """Inside a forwarded newsletter, the dates above the story's own date line (the
    issue's masthead: `detikNews Pagi | Senin, 10 Januari 2022`) are the mailing's."""
    dated = [i for i in range(begin, start) if lines[i].kind == "date"]
    for i in dated[:-1]:
        _drop(lines[i], "newsletter masthead")


def _mark_mail_header(lines: list[Line]) -> None:
    """A saved email's header block (`From:`, `To:`, `Subject:`, `Date:` …) on top is the
    alert's, not the story's: its subject is no headline and its date no publication date."""
    first = next((i for i, ln in enumerate(lines) if ln.kind != "blank"), None)
    if first is None or not _mail_header_line(lines[first]):
        return
    for ln in _mail_block(lines, first):
        if not _mail_date(ln):
            _drop(ln, "email header")


def _mail_date(ln: Line) -> bool:
    """A `Date:` header line made the date line it stands for; True if it is one."""
    day = rules.DATE_TEXT.search(ln.text) if ln.text[:5].lower() == "date:" else None
    if day is None:
        return False
    # the day it was sent stands for the story's; its clock does not
    ln.text, ln.kind, ln.reason, ln.authors = day.group(0), "date", "email date", []
    return True


_TITLE_SUFFIX = re.compile(r"\s+[-–—|]\s+(?P<site>[^-–—|]{2,60})$")


def _site_suffix_off(title: str) -> str:
    """A record's page title with the site glued on (`Judul - Regional Liputan6.com`,
    `Headline | Jakarta Globe`): the headline alone. Only a tail whose last word, or
    whole, names a known outlet goes."""
    m = _TITLE_SUFFIX.search(title)
    if m is None or m.start() < 10:
        return title
    site = m.group("site").strip()
    table = outlet_table()
    if table.lookup(site) is None and table.lookup(site.rsplit(" ", 1)[-1]) is None:
        return title
    return title[: m.start()]


_WIRE_SLUG = re.compile(
    r"(?:(?:UPDATE|WRAPUP) ?\d{1,2}|RPT|CORRECTED|REFILE|EXCLUSIVE|FACTBOX|ANALYSIS|WRAPUP"
    r"|INSIGHT)-(?=\S)"
)
"""A wire desk's slug on a headline: `UPDATE 2-`, `RPT-`, `CORRECTED-`, `FACTBOX-` (a bare
`UPDATE-` is not one: `UPDATE-FREE …` is a word)."""


def _wire_slug_off(title: str) -> str:
    """A wire headline without its desk slugs (`RPT-UPDATE 1-Kazakhstan …` → `Kazakhstan …`)."""
    end = 0
    while m := _WIRE_SLUG.match(title, end):
        end = m.end()
    return title[end:] if end and len(title) - end >= 10 else title


_POST_SIGNATURE = re.compile(
    r"\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})"
    r"|\bpic\.twitter\.com/|\b(?:twitter|x)\.com/\w{1,30}/status(?:es)?/\d",
    re.IGNORECASE,
)
"""What marks an embedded post: a `— Name (@handle) January 5, 2022` signature, a
`pic.twitter.com/…` or `twitter.com/…/status/…` link."""


def _mark_embedded_posts(lines: list[Line]) -> None:
    """A Markdown blockquote (a run of `> ` lines) that is an embedded tweet, not a
    quoted passage: its lines are junk. An ordinary `> ` quote stays body."""
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].raw.lstrip().startswith(">"):
            i += 1
            continue
        j = i
        while j < n and lines[j].raw.lstrip().startswith(">"):
            j += 1
        run = lines[i:j]
        if any(_POST_SIGNATURE.search(ln.raw) for ln in run):
            for ln in run:
                if ln.kind != "blank":
                    ln.kind, ln.reason = "junk", "embedded post"
        i = j


CACHE_BANNER = re.compile(
    r"(?i)^this is (?:google|bing)'?s? cache of\s+\S+.*\bsnapshot of the page\b"
)
"""The banner of a search engine's cached copy: `This is Google's cache of URL. It is a
snapshot of the page as it appeared on …`, with its link lines (`Full version  Text-only
version  View source`, `Tip: …`) down to the first blank line."""


def _mark_cache_banner(lines: list[Line]) -> None:
    """A cached copy's banner block on top is page furniture: the article follows it."""
    first = next((i for i, ln in enumerate(lines) if ln.kind != "blank"), None)
    if first is None or first > 3 or not CACHE_BANNER.match(lines[first].text):
        return
    for ln in lines[first : first + 8]:
        if ln.kind == "blank":
            break
        _drop(ln, "cache banner")


def read_layout(
    text: str, *, title_hint: str | None = None, front: list[str] | None = None
) -> Layout:
    """Normalise and classify every line of `text`, then find header, body and footer.

    `front` are the lines of a front matter block cut from the top of `text` (read as
    record fields already): they head the layout as dropped lines."""
    lines = [Line(raw, raw.strip(), "junk", "front matter") for raw in front or ()]
    lines += [read_line(raw) for raw in text.split("\n")]
    _mark_cache_banner(lines)
    _mark_embedded_posts(lines)
    mark_photo_captions(lines)
    forward = _mark_forward(lines)
    if forward is None:
        _mark_mail_header(lines)
    _mark_author_block(lines)
    _mark_split_byline(lines)
    _mark_email_byline(lines)
    _mark_label_over_name(lines)
    _mark_signature(lines)
    start, lead = _find_start(lines)
    if forward is not None:
        _newsletter_dates(lines, forward, start)
    intro = None if lead is not None else _email_intro(lines, start)
    if intro is not None:
        rule, start, lead = intro
        for ln in lines[:rule]:
            if ln.kind != "blank":
                _drop(ln, "email intro")
    stop = len(lines)
    for i in range(start, len(lines)):
        if lines[i].kind in STOP_KINDS and (lead is None or i != lead.index):
            stop = i
            break
        if lines[i].signoff and lines[i].kind == "text":  # `… kata dia. (wdy)` ends the body
            stop = i + 1
            break
    title = _site_suffix_off(title_hint) if title_hint else _pick_title(lines[:start])
    if title and "-" in title:
        title = _wire_slug_off(title)
    return Layout(lines=lines, start=start, stop=stop, lead=lead, title=title)
