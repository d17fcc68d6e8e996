"""What the cleaner removes, as tables of patterns: extend a table, not the code.

Every pattern is matched against one normalised line (tags stripped, spaces
collapsed). `FULL` patterns must match the whole line, `START` ones its start,
`ANYWHERE` ones anywhere in it. The key of each table is the reason the raw
view shows for a dropped line.
"""

from __future__ import annotations

import re

from kzreader.lexicon import MONTHS, WEEKDAYS

# --- lines dropped wherever they are -------------------------------------------------

JUNK_FULL: dict[str, tuple[str, ...]] = {
    "share": (
        r"bagikan:?", r"share(?: this article| on \w+| via \w+| artikel ini)?:?",
        r"copy link(?: copied)?",
        # a share widget pasted as one line: `Share: Facebook Twitter WhatsApp Copy Link`
        r"(?:(?:share|bagikan)(?: (?:this|artikel ini|berita ini))?\s*:?\s*)?"
        r"(?:(?:facebook|twitter|whatsapp|telegram|line|linkedin|pinterest|e-?mail|x|"
        r"copy link|salin link)\s*[|·,]?\s*){2,}",
        # a reading-list button: `Save articles to read later and create your own reading list.`
        r"(?:save|simpan)(?: (?:this |the )?(?:articles?|story|stories|artikel|berita)(?: ini)?)?"
        r"(?: (?:to read later|for later|untuk dibaca nanti))?"
        r"(?: and create your own reading list)?\.?",
        r"url telah tercopy", r"link (?:telah )?(?:di)?salin", r"salin link", r"change size",
        r"(?:facebook|twitter|whatsapp|telegram|line|email|e-mail|print|cetak|linkedin|x)",
        r"close x", r"tutup",
        # a print view's widget: `Klik untuk mencetak | Tutup`, `Print this page | Close`
        r"(?:klik (?:untuk|di sini untuk) )?(?:mencetak|cetak)(?: (?:halaman|artikel|berita) ini)?"
        r"(?:\s*[|·]\s*tutup)?",
        r"(?:click (?:here )?to )?print(?: this (?:page|article|story))?(?:\s*[|·]\s*close)?",
        r"dengarkan(?: berita)?", r"listen to this article",
        # a newsletter's link to its web copy: `Lihat di browser`, `View this email in your browser`
        r"(?:lihat|buka|baca|tampilkan)(?: email ini)? (?:di|dalam|versi) (?:browser|peramban|web)",
        r"(?:view|read|open)(?: this| the)?(?: email| newsletter| message)? (?:in|on) "
        r"(?:your |a )?(?:web )?browser\.?",
        r"acquire licensing rights(?:, opens new tab)?", r"opens new tab", r"updated ago",
        r"premium", r"font size:?.*", r"ikuti", r"follow", r"terverifikasi", r"verified",
        r"dilihat\s*:?\s*[\d.,]+(?:\s*kali)?", r"[\d.,]+\s*(?:kali dilihat|views|dibaca)",
        r"beri nilai", r"tanggapi", r"laporkan(?: konten)?", r"report(?: content| abuse)?",
        r"ukuran (?:huruf|teks):?.*", r"a-? ?a\+?",
        r"leave a comment", r"(?:share|like|restack|subscribe|comments?)"
        r"(?:\s*[·•|]\s*(?:share|like|restack|subscribe|comments?))+",  # newsletter widgets
    ),
    "ad": (
        r"advertisement(?:\W+scroll to continue)?", r"iklan", r"advertorial", r"ads",
        r"scroll to (?:continue|resume)(?: with)?(?: content)?",
        r"(?:scroll|gulir)(?: ke (?:bawah|atas))? untuk (?:melanjutkan|lanjut)(?: membaca)?.*",
        r"scroll down to (?:continue|read|keep reading).*",
        r"sponsored(?: content)?", r"konten (?:sponsor|promosi)", r"\W*ad\W*",
        r"continue reading(?: the main story)?", r"skip to (?:comments|content|main content)",
        r"share full article",
        # an aggregator's fold in the story (Yahoo, MSN): `Story continues`, `… below advertisement`
        r"(?:the )?(?:story|article) continues(?: below)?(?: (?:the )?advertisement)?\.?",
    ),
    "media": (r"image", r"(?:photo|video)s?", r"gambar"),  # a photo block's placeholder
    "navigation": (
        r"home", r"beranda", r"berita", r"news", r"indeks", r"index", r"menu", r"login", r"masuk",
        r"daftar", r"search", r"cari", r"(?:baca )?halaman (?:selanjutnya|berikutnya)",
        r"next page", r"halaman \d+ dari \d+", r"lanjut(?:kan)? baca(?:an)?", r"load more",
        r"muat lebih banyak", r"sign up here\.?", r"subscribe(?: now)?", r"berlangganan",
        r"[-–—•·*|_=~]+", r"\d+",
        # pagination of a multi-page article: `1 2 Selanjutnya`, `Sebelumnya 1 2`, `Halaman 2`
        r"(?:(?:sebelumnya|previous|prev|«|‹|<)\s*)?(?:(?:halaman|hal\.?|pages?)\s*:?\s*)?"
        r"(?:(?:sebelumnya|previous|prev|«|‹|<)\s*)?(?:\d+\s*){1,12}"
        r"(?:selanjutnya|berikutnya|next|lanjut|»|›|>)?",
        r"(?:sebelumnya|previous|prev|«|‹)\s*(?:\d+\s*){0,12}(?:selanjutnya|berikutnya|next|»|›)?",
        r"(?:halaman|hal\.?|page)\s*\d+(?:\s*(?:dari|of|/)\s*\d+)?",
        r"(?:(?:ke )?halaman|page) (?:selanjutnya|berikutnya|sebelumnya|next|previous)",
        r"(?:next|previous|prev) page", r"selanjutnya\s*(?:»|›|>)?", r"sebelumnya",
        r"baca selanjutnya\s*(?:»|›|>)?",  # a pager's `read on` link between pages
    ),
    "embed": (r"\[gambas:[^\]]*\]", r"\[(?:video|foto|embed|iframe)[^\]]*\]"),
}  # fmt: skip

JUNK_START: dict[str, tuple[str, ...]] = {
    "related": (
        r"(?:baca(?: juga)?|lihat juga|read also|also read|read more|see also|simak juga|"
        r"artikel terkait|berita terkait|tonton juga|saksikan juga|klik juga|menarik dibaca|"
        r"jangan lewatkan|baca selengkapnya|related(?: news| stories| story| articles?| coverage)?)"
        r"\s*:\s*\S",
        r"baca juga\s+[^\s:]",  # `Baca juga Judul`; a bare `Baca Juga :` heads a list
    ),
    "promo": (  # `Get a look at the day ahead with the Reuters Morning Bid newsletter.`
        r"(?:get|sign up|subscribe|receive|dapatkan|daftar|berlangganan)\b[^.!?]{0,120}"
        r"\bnewsletters?\b",
        # `Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.`
        r"(?:dapatkan|get)\s+(?:update|informasi|info|berita|the latest)\b[^.!?]{0,100}"
        r"\b(?:setiap hari|tiap hari|every day|daily|breaking news)\b",
        # a campaign's tag inside the body: `Artikel ini merupakan bagian dari Lestari KG Media`
        r"(?:artikel|konten|berita) ini (?:merupakan |adalah )?bagian dari\b[^.!?]{0,60}$",
    ),
    "credit": (  # a contributor line: `AP writer X in Almaty contributed to this report.`
        r"[^.!?\"“”]{0,150}\bcontributed (?:to (?:this|the) (?:report|story)|reporting)\b",
        # a wire's bare trailer: `Associated Press writer X in Moscow contributed.`
        r"(?:the )?(?:associated press|ap|afp|reuters|bloomberg|dpa)(?: staff)? "
        r"(?:writers?|reporters?|journalists?|correspondents?|photographers?)\b"
        r"[^.!?\"“”]{0,150}\bcontributed\.?$",
        # a wire's credit trailer: `(Reporting by X in Almaty; Editing by Y)`
        r"[(\[](?:additional )?(?:reporting|writing|editing|compiled|graphics) by\b[^)\]]*[)\]]?",
    ),
    "embed": (  # an embedded post's signature: `— Қасым-Жомарт Тоқаев (@TokayevKZ) January 7, 2022`
        r"[—–-]{1,2}\s*[^()]{1,80}\(@\w{1,30}\)\s*(?:\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+ \d{4})\s*$",
    ),
    "footnote": (
        r"\[\d{1,3}\]\s+\S",  # `[1] Figures compiled from …` under the body
        r"\[\^\w{1,12}\]:\s*\S",  # a Markdown footnote: `[^1]: Eurasianet, …`
    ),
}  # fmt: skip

JUNK_ANYWHERE: dict[str, tuple[str, ...]] = {
    "embed": (r"\bpic\.twitter\.com/\w", r"\bt\.co/\w+\s*$"),  # an embedded tweet's text
    "promo": (
        r"google news", r"whatsapp channel", r"channel whatsapp", r"klik tanda bintang",
        r"(?:download|unduh|install) (?:the )?(?:app|aplikasi)",
        # a promo, not a story's `the ministry's Telegram channel`
        r"(?:join|follow|subscribe|gabung|ikuti|bergabung)\b[^.]{0,60}\btelegram channel",
        r"telegram channel (?:kami|resmi|our)\b", r"telegram channel\s*:",
        r"subscribe to get", r"get \d+% off", r"tanggung jawab (?:dari )?penulis",
        r"platform untuk menulis", r"adalah platform blog", r"tidak mewakili pandangan redaksi",
        r"tanggung jawab (?:dari )?(?:bloger|blogger|kreator)", r"cek fakta", r"fakta atau hoaks",
        r"subscribe for free", r"thanks for reading\b.{0,60}\bsubscribe",
    ),
}  # fmt: skip

RELATED_HEADER: tuple[str, ...] = (
    r"baca juga\s*:?", r"lihat juga\s*:?", r"read also\s*:?", r"read more\s*:?", r"berita terkait",
    r"artikel terkait", r"related(?: stories| articles| news| content)?", r"more stories",
    r"rekomendasi(?: untuk anda)?", r"pilihan redaksi", r"berita lainnya", r"video terkait",
    r"you may also like", r"recommended",
    # a video embed's lead-in: pages put these mid-body too, so the body goes on after it
    r"(?:simak|tonton|saksikan|lihat)(?: juga)? (?:video|videonya)\b.*",
    r"(?:watch|see)(?: the| our)? video\b.*",
    # `Simak juga 'Judul Video':` over an embed: a quoted headline ending in a colon
    r"(?:simak|tonton|saksikan|lihat) juga\s+['‘\"“][^'’\"”]{3,150}['’\"”]\s*:",
)  # fmt: skip
"""A list heading: the short lines under it (until a blank or a paragraph) are headlines."""

# --- lines that end the body: everything after them is footer ---------------------------

STOP_FULL: tuple[str, ...] = (
    r"populer", r"terpopuler", r"update", r"terkini", r"berita terkini(?: lainnya)?",
    r"artikel lainnya", r"komentar\s*:?", r"comments?\s*:?", r"topik\s*:?.*", r"topics?\s*:.*",
    # a reader-comments section's heading with its count: `Komentar (3)`, `Comments (12)`
    r"(?:komentar|comments?)\s*\(\d+\)", r"(?:tulis|lihat semua|kirim) komentar",
    r"topik terkait", r"tags?\s*:.*", r"related articles", r"read next", r"selengkapnya",
    r"baca berikutnya\s*:?",  # a `read next` teaser under the story

    r"(?:baca|lihat) (?:berita )?selengkapnya(?: di \S+)?\s*(?:>+|»|›)?",  # a teaser's link
    r"most (?:read|popular)", r"trending(?: now)?", r"editor'?s picks?", r"pilihan editor\s*:.*",
    r"our standards:.*", r"copyright\b.*", r"©.*", r"hak cipta.*", r"dilarang keras.*",
    r"follow (?:berita|kami|us).*",
    r"ikuti (?:berita|kami).*", r"gabung ke channel.*", r"temukan berita.*",
    r"download aplikasi.*", r"simak breaking news.*", r"your premium period.*", r"editor\s*:.*",
    r"penyunting\s*:.*", r"redaktur\s*:.*",
    r"a message from (?:the )?\w[\w .'’-]{0,40}:?",  # a donation appeal under the story
    r"dear readers,?", r"support (?:us|our journalism|independent journalism)\b.*",
    # a paywall's notice: the rest of the page is offers and log-in links
    r"(?:artikel|konten|berita|tulisan) ini (?:khusus|hanya|eksklusif) (?:untuk|bagi) "
    r"(?:pelanggan|member|anggota|pembaca premium)\b.*",
    r"this (?:article|story|content) is (?:only |exclusively )?(?:for|available to) "
    r"(?:subscribers|members)\b.*",
    r"(?:subscribe|log ?in|sign in) to (?:continue reading|read the full|unlock)\b.*",
    r"sudah berlangganan\?.*",
)  # fmt: skip
"""Matched ignoring case against the whole line."""

NOTES_HEADING = re.compile(
    r"(?i)(?:(?:my|research|reading|editor'?s?|reporter'?s?)\s+)?notes?|catatan(?:\s+\w+)?|"
    r"todo|to-do|working notes|annotations?|anotasi"
)
"""A markdown sub-heading (`## Notes`, `## Catatan riset`) under a pasted article: the
reader's own notes follow, no part of the story, so it ends the body."""

GLUED_PROMO = re.compile(
    r"(?i)(?<=[.!?\"”’])\s+(?:cek|simak|ikuti|baca|dapatkan|follow|temukan)\b[^.!?]{0,80}?"
    r"\b(?:google news|whatsapp channel|channel whatsapp|telegram channel)\b.*\Z"
)
"""A site widget glued to the end of the last paragraph: `… tetap tinggi. Cek Berita dan
Artikel yang lain di Google News`; the paragraph stays, the widget goes."""

SIGNOFF = re.compile(r"[(\[][a-z]{2,5}(?:\s?/\s?[a-z]{2,5}){0,3}[)\]]")
"""Editors' initials closing an article: `(isa/bac)`, `(rhs)`, `[pan]` (lower case only)."""

TRAILER_END = re.compile(
    r"(?:(?<=[.!?\"”’)])\s*\(|\s*\[)[a-z]{2,4}(?:\s?/\s?[a-z]{2,4}){0,3}[)\]]\Z"
)
"""The same initials glued to the end of the last paragraph: `… kata dia. (wdy)`, `… dia [pan]`.
Parenthesised initials must follow a sentence end, so `(CSTO)` and `(kata dia)` stay.
`lines.normalise` only tries it on lines ending in `[a-z]` and a closing bracket."""

ORIGIN_LINE = re.compile(
    r"(?i)^(?:artikel|berita|tulisan|konten) ini (?:telah |sudah |sebelumnya |pertama kali )*"
    r"(?:tayang|terbit|dimuat|diterbitkan|ditayangkan|dipublikasikan)"
    r"(?: sebelumnya| pertama kali)? (?:di|pada|oleh) (?P<outlet>[\w.-]+(?: [\w.-]+){0,2}?)"
    r"(?:\s+(?:dengan|berjudul|pada|:)\b.*|\s*[.,:].*)?$"
    r"|^this (?:article|story|report) (?:was |is |has been )?(?:originally |first )?"
    r"(?:appeared|published|ran|republished)(?: originally| first)? (?:on|in|at|by|from) "
    r"(?P<outlet_en>(?:the )?[\w./-]+(?: [\w./-]+){0,2}?)(?:\s*[.,:;(].*)?$"
)
"""`Artikel ini telah tayang di Tribunnews.com dengan judul …`: names the original outlet."""

COPYRIGHT = re.compile(
    r"(?i)^(?:copyright|hak cipta)?\s*(?:\(c\)|©)?\s*(?:copyright\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s.,]*(?P<holder>.*?)"
    r"(?:[\s.,]*(?:inc|ltd|llc|plc|corp|all rights reserved|hak cipta dilindungi[\w ]*)\.?)*"
    r"[\s.,]*$"
)
"""`Copyright (c) 2022. RFE/RL, Inc.`, `© 2022 BBC`: the holder is the site's publisher."""
COPYRIGHT_START = re.compile(r"(?i)^(?:copyright\b|hak cipta\b|©|\(c\)\s*\d{4})")

NOT_A_PERSON = re.compile(
    r"(?i)(?:^|\s)(?:service|desk|staff|staf|bureau|newsroom|team|tim|redaksi|wires?|"
    r"agenc(?:y|ies)|news agencies|kantor berita|correspondents?)(?:\s|$)"
)
"""A byline credit that is a desk or service, not a person: `RFE/RL's Kazakh Service`."""

ROLE_WORDS: frozenset[str] = frozenset({
    "wartawan", "reporter", "koresponden", "kontributor", "jurnalis", "correspondent",
    "journalist", "staff", "staf", "writer", "penulis", "pewarta", "laporan", "tim",
    "by", "oleh", "written", "reported", "reporting", "ditulis",
})  # fmt: skip
"""Words that describe a byline's role, never part of a name: `Wartawan Tribunnews.com`."""

GENERIC_SOURCES: frozenset[str] = frozenset({
    "newsagencies", "agencies", "wires", "wireservices", "kantorberita", "berbagaisumber",
    "variousources", "varioussources", "media", "agensi",
})  # fmt: skip
"""`SOURCE: AL JAZEERA AND NEWS AGENCIES`: the generic part is no source."""

SOURCE_LINE = re.compile(r"(?i)^(?:sumber|source|sources)\s*:\s*(?P<names>.+)$")
"""`Sumber : Associated Press` — a trailer naming where the story came from."""

# --- captions -----------------------------------------------------------------------------

CAPTION_START = re.compile(
    r"(?i:foto|photo|gambar|ilustrasi|image|caption|keterangan foto|video)\s*:"
    # BBC's image labels: `Sumber gambar, AFP`, `Keterangan gambar, …`, `Image source, Getty`
    r"|(?i:sumber gambar|keterangan gambar|image source|image caption)\s*[,:]"
    r"|(?i:credits?)\s*(?:\.{2,}|…)"  # `Credit...Pavel Alekseyev/Associated Press`
    r"|\[\d+/\d+\]"  # Reuters gallery index: `[1/5] A view shows …`
    r"|(?i:table|tabel|figure|fig\.|chart|grafik|diagram)\s+\d{1,3}[.:]\s"  # `Table 1. Deaths …`
)
CAPTION_CREDIT_PATH = re.compile(
    r"(?i:antara foto|reuters|afp|ap photo|getty images|epa|anadolu)\s*/\s*[A-Z][\w .]*"
    r"(?:/\w+)*\.?\Z"  # `… ANTARA FOTO/REUTERS/Pavel Mikheyev/rwa.`
)
CAPTION_CREDIT_BRACKET = re.compile(
    r"[(\[][^()\[\]]*(?i:/|\bvia\b|\bfoto\b|\bphoto\b|\bdok\b|\bcredit\b|\.com\b)[^()\[\]]*[)\]]\Z"
)  # `… (AFP/ABDUAZIZ MADYAROV)`, `[AKORDA PRESS SERVICE via REUTERS]`, `(twitter.com/X)`
CAPTION_CREDIT_GLUED = re.compile(r"\w/\s?[A-Z][A-Za-z.]{1,15}\Z")  # `…kerusuhan/Net`, `…/AP`
"""A photo caption: starts with a photo label, or ends with a photo credit."""

# --- bylines --------------------------------------------------------------------------------

AUTHOR_LABELS: tuple[str, ...] = (
    "laporan", "penulis", "reporter", "oleh", "pewarta", "wartawan", "rep", "writer",
    "author", "written by", "by", "reporting by", "writing by", "additional reporting by",
    "kontributor", "koresponden",
)  # fmt: skip
"""`LABEL: Name` (or `By Name`): the name is an author."""

OTHER_LABELS: tuple[str, ...] = (
    "editor", "red", "redaktur", "penyunting", "editing by", "editor's note", "fotografer",
    "photographer", "produser", "producer", "translated by", "penerjemah", "uploader",
)  # fmt: skip
"""`LABEL: Name`: a credit that is not authorship."""

INLINE_JUNK = re.compile(r"\s*\b(?P<slug>\w+) news logo(?: article)?\b\s*", re.IGNORECASE)
"""`rmol news logo` left by an image alt text; the word before names the outlet."""

SAVED_COPY = re.compile(
    r"(?i)^(?:diakses|disimpan|accessed|retrieved|saved|archived|diunduh|downloaded)"
    r"(?: (?:pada|on|dari|from|at))?\s*:"
)
"""`Diakses: 13/01/2022 20:11`: when a saved copy was made, never when the story ran."""
UPDATED_WORDS = re.compile(r"(?i)\b(?:diperbarui|updated?|diupdate|modified|last modified)\b")
PUBLISHED_WORDS = re.compile(r"(?i)\b(?:diterbitkan|dipublikasikan|published|terbit|posted)\b")

# --- dates in bylines -----------------------------------------------------------------------

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
DATE_TEXT = re.compile(
    rf"(?i)(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?"
    rf"(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
    rf"|(?P<dmy>\b\d{{1,2}}\s+(?:{_MONTH})\.?,?\s+\d{{4}})"
    rf"|(?P<mdy>\b(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}})"
    rf"|(?P<num>\b\d{{1,2}}(?P<sep>[/.])\d{{1,2}}(?P=sep)\d{{4}}\b)"  # `13/01/2022`, `13.01.2022`
    rf"|(?P<ymd>\b(?:19|20)\d\d(?P<ysep>[/.])[01]?\d(?P=ysep)[0-3]?\d\b)"  # `2022.01.07` (RFA)
)
TIME_TEXT = re.compile(
    r"(?i)\b"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::\d{2})?(?:\s*(?P<ampm>[ap])\.?m\.?)?(?!\d)"
)
ZONE_TEXT = re.compile(
    r"\b(?P<zone>WIB|WITA|WIT|UTC|GMT)\b(?:\s?(?P<offset>[+-]\d{1,2})(?::?(?P<minutes>\d\d))?\b)?"
)
"""A named zone, or an offset from UTC/GMT: `GMT+3`, `UTC+05:00`."""
DATE_FILLER = re.compile(
    r"(?i)\b(?:gmt|utc)\s?[+-]\d{1,2}(?::?\d\d)?\b|"
    rf"\b(?:{_WEEKDAY}|pukul|jam|wib|wita|wit|utc|gmt|am|pm|diterbitkan|dipublikasikan|"
    rf"published|terbit|posted|diperbarui|updated?|diupdate|modified|on|at|last)\b\.?"
    r"|[\s,|•·:/()-]+"
)
"""What may sit around a date on a date line besides a few other words."""

BREADCRUMB = re.compile(
    r"[^/>»›|]{1,30}(?:\s[/>»›]\s[^/>»›|]{1,30}){2,15}|[^/>»›|]{1,30}(?:\s\|\s[^/>»›|]{1,30}){3,15}"
)
"""A site's breadcrumb trail in the header (`Home / Market / Komoditas`, `Beranda » Dunia »
Asia`): three or more short parts with spaced separators (four or more with `|`: `Mild
Report | Politik | Indepth | Sosial Budaya`, a whole menu bar `Home | China | World | …`);
never the headline."""

SECTIONS: frozenset[str] = frozenset({
    "dunia", "internasional", "global", "world", "worldnews", "international", "nasional",
    "national", "politik", "politics", "ekonomi", "economy", "bisnis", "business", "hukum",
    "olahraga", "sport", "sports", "teknologi", "technology", "tekno", "sains", "science",
    "asia", "eropa", "europe", "asiapacific", "opini", "opinion", "metro", "megapolitan",
    "daerah", "regional", "news", "beritadunia", "internasionalasia", "kabardunia", "mancanegara",
    "market", "markets", "finansial", "finance", "commentary", "analysis", "analisis",
    "editorial",
})  # fmt: skip
"""Site sections (compared ignoring case and spaces): a header line naming one is `section`."""

BYLINE_FORMS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?P<names>[^-–|()]+?)\s+[-–]\s+(?P<outlet>[\w.]+)$"),  # `Rita W - detikNews`
    re.compile(r"^(?P<names>[^()]+?)\s+\((?P<outlet>[^()]+)\)$"),  # `Dian M (The Jakarta Post)`
    re.compile(r"^(?P<names>.+?) Photo (?:Verified |Community )?Writer\b"),  # IDN Times
)
"""Bylines without a label; an `outlet` group must name a known outlet or a desk (`Tim
Redaksi`) for the form to count."""

CREDIT_BYLINE = re.compile(r"^(?P<people>[^|()\d]+?),[ \t]*(?P<outlet>[^,|()]*[\w.])$")
"""`Tiara Ramadhani, CNBC Indonesia`, `A Putri dan B Santoso, Tim Riset Bisnis.com`: people,
then after the last comma a known outlet or a desk. Each name must read as a person's full
name (two to four capitalised words, no calendar, role or outlet word), so that `Jakarta,
CNBC Indonesia` or `Almaty, Kazakhstan` are no bylines."""
CREDIT_MAX = 40
"""The outlet or desk after a byline's last comma is at most this long."""

NAME = re.compile(r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|bin|binti|van|von|de|da|der|al|el|dos))*$")
"""A person's name as bylines print it (`Reni Erina`, `RENI ERINA`, `Vanny El Rahman`)."""

HONORIFIC_PREFIX = re.compile(r"^(?:(?:Dr|Drs|Dra|Prof|Ir|Mr|Mrs|Ms)\.?\s+)+(?=\S+\s+\S)")
"""Academic and courtesy titles before an author's name: `Dr. Anara Bekova` → `Anara Bekova`."""

NAME_PARTICLES: frozenset[str] = frozenset({"bin", "binti", "van", "von", "de", "da", "der", "dos"})

LEAD = re.compile(
    r"^(?P<prefix>(?:[A-Z(]|[a-z][\w-]*\.[a-z])[^\s]*(?:,? [A-Z(0-9][^\s]*){0,5}?)"
    r"\s+(?P<dash>--?|–|—)\s+(?P<rest>\S.{29,})$"
)
"""A dateline lead: `NURSULTAN, KOMPAS.TV - …`, `Almaty (ANTARA) - …`, `ALMATY, Jan 6 (Reuters)`,
`tirto.id - …` (a lower-case prefix only as a domain)."""

DOMAIN_LIKE = re.compile(
    r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co|id|net|org|tv|news|co\.id|or\.id)$", re.I
)
