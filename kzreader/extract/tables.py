"""Word tables for figures and quotes: extend a table and the extractor learns the word.

Every key is lower case. Multi-word entries are matched as phrases.
"""

from __future__ import annotations

# --- numbers -----------------------------------------------------------------

UNIT_WORDS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
    "sejuta": 1_000_000,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
"""Number words that stand for a value on their own."""

ADDERS: dict[str, int] = {"belas": 10}
"""`tiga belas` = 3 + 10."""

MULTIPLIERS: dict[str, int] = {"puluh": 10, "ratus": 100, "hundred": 100}
"""Multiply the running group: `dua puluh` = 2 × 10."""

SCALES: dict[str, int] = {
    "ribu": 1_000, "rb": 1_000, "thousand": 1_000,
    "juta": 1_000_000, "jt": 1_000_000, "million": 1_000_000, "mln": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "billion": 1_000_000_000,
    "bn": 1_000_000_000, "triliun": 10**12, "trilyun": 10**12, "trillion": 10**12,
}  # fmt: skip
"""Close a group and scale it: `8 ribu`, `1,5 juta`, `two million`."""

SUFFIX_SCALES: dict[str, int] = {
    "bn": 1_000_000_000, "mn": 1_000_000, "tn": 10**12, "trn": 10**12,
    "m": 1_000_000, "k": 1_000, "b": 1_000_000_000,
}  # fmt: skip
"""Scales written onto the digits (`$2.5bn`, `£40m`, `$300k`); the one-letter ones only
after a currency sign (`100m` alone is a distance)."""
ATTACHED_ONLY_AFTER_CURRENCY: frozenset[str] = frozenset({"m", "k", "b"})

HALVES: tuple[str, ...] = ("and a half", "setengah")
"""Half a unit more after number words: `two and a half years`, `dua setengah tahun`."""

WEAK_NUMBER_WORDS: frozenset[str] = frozenset({"satu", "one", "ten", "dozen"})
"""Number words too common in other senses: a figure only before a known unit."""

PARTITIVES: tuple[str, ...] = (
    "di antara", "di antaranya", "diantaranya", "dari", "of", "among", "antara lain",
    "who", "whom",  # `including two who were found decapitated`
)
"""`Dua di antara aparat`, `three of the dead`, `two who …`: a number word before these is a
count."""

VERB_PREFIXES: tuple[str, ...] = ("me", "di", "ber", "ter")
"""Indonesian verb prefixes: a word with one does not name what a number counts."""

ENGLISH_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "wrote", "writes", "reports", "adds", "shows",
    "showed", "quotes", "cites", "broadcast", "broadcasts", "aired", "airs",
})  # fmt: skip
"""English reporting verbs with no `-ed`/`-ing` ending: after a number they are no counted
noun (`Khabar 24 said`: the number is part of a name)."""

# --- qualifiers ----------------------------------------------------------------

QUALIFIERS: dict[str, str] = {
    "sekitar": "approx", "sekira": "approx", "kira-kira": "approx", "kurang lebih": "approx",
    "hampir": "approx", "nyaris": "approx", "lebih kurang": "approx", "sebanyak-banyaknya":
    "at_most", "about": "approx", "around": "approx", "approximately": "approx",
    "roughly": "approx", "nearly": "approx", "almost": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "diperkirakan": "approx",
    "lebih dari": "more_than", "lebih daripada": "more_than", "di atas": "more_than",
    "melebihi": "more_than", "more than": "more_than", "over": "more_than",
    "upwards of": "more_than", "in excess of": "more_than",
    "kurang dari": "less_than", "di bawah": "less_than", "less than": "less_than",
    "fewer than": "less_than", "under": "less_than",
    "sedikitnya": "at_least", "setidaknya": "at_least", "paling sedikit": "at_least",
    "sekurang-kurangnya": "at_least", "minimal": "at_least", "at least": "at_least",
    "no fewer than": "at_least",
    "paling banyak": "at_most", "maksimal": "at_most", "tidak lebih dari": "at_most",
    "tak lebih dari": "at_most", "tidak sampai": "at_most", "up to": "at_most",
    "at most": "at_most", "no more than": "at_most", "as many as": "at_most",
    "hingga": "at_most", "sampai": "at_most", "sampai dengan": "at_most", "mencapai hingga":
    "at_most", "melampaui": "more_than", "melewati": "more_than", "exceeding": "more_than",
    "exceeded": "more_than", "surpassing": "more_than", "topping": "more_than",
}  # fmt: skip

QUALIFIER_GAPS: frozenset[str] = frozenset({
    "level", "angka", "posisi", "kisaran", "titik", "ambang", "batas", "harga", "nilai",
    "rekor", "ada", "sudah", "telah", "mencapai", "sebanyak",
})  # fmt: skip
"""Words that may stand between a qualifier and its number, one or two of them: `di bawah
level US$ 42.000`, `di atas angka 5.000`, `setidaknya ada 10 orang`, `hampir mencapai 50%`."""

NEGATED_QUALIFIER: dict[str, str] = {
    "more_than": "at_most", "less_than": "at_least",
}
"""A qualifier in a negated clause flips: `tidak akan melebihi 10 hari` → at_most."""

NEGATIONS: frozenset[str] = frozenset(
    {"tidak", "tak", "bukan", "belum", "not", "never", "won't", "wouldn't", "didn't", "don't"}
)

RANGE_JOINERS: tuple[str, ...] = (
    "-", "–", "—", "hingga", "sampai", "s.d.", "s/d", "to", "and", "dan",
)  # fmt: skip
"""Words between the two ends of a range: `20-30 orang`, `antara 5 hingga 12 tahun`; `and`
and `dan` only after `antara`/`between`, `to` after an opener or before a known unit."""

RANGE_OPENERS: frozenset[str] = frozenset({"antara", "between", "from", "dari"})

# --- units and measures ----------------------------------------------------------

UNIT_MEASURE: dict[str, str] = {
    # troops
    "pasukan": "troops", "personel": "troops", "tentara": "troops", "prajurit": "troops",
    "serdadu": "troops", "penjaga perdamaian": "troops", "personel militer": "troops",
    "troops": "troops", "soldiers": "troops", "servicemen": "troops", "peacekeepers": "troops",
    "military personnel": "troops", "personnel": "troops",
    # people
    "orang": "people", "warga": "people", "jiwa": "people", "penduduk": "people",
    "demonstran": "people", "pengunjuk rasa": "people", "massa": "people", "polisi": "people",
    "petugas": "people", "aparat": "people", "korban": "people", "tersangka": "people",
    "people": "people", "persons": "people", "protesters": "people", "demonstrators": "people",
    "civilians": "people", "police": "people", "officers": "people", "citizens": "people",
    "suspects": "people", "individuals": "people", "residents": "people",
    "wni": "people", "wna": "people", "tki": "people", "abk": "people", "mahasiswa": "people",
    # deaths, detentions, injuries named by the noun itself
    "korban jiwa": "deaths", "korban tewas": "deaths", "korban meninggal": "deaths",
    "jenazah": "deaths", "deaths": "deaths", "dead": "deaths", "fatalities": "deaths",
    "bodies": "deaths", "tahanan": "detained", "detainees": "detained",
    "arrests": "detained", "korban luka": "injured", "korban luka-luka": "injured",
    "injuries": "injured",
    # time
    "hari": "duration", "pekan": "duration", "minggu": "duration", "bulan": "duration",
    "tahun": "duration", "jam": "duration", "menit": "duration", "detik": "duration",
    "dekade": "duration", "abad": "duration", "days": "duration", "day": "duration",
    "weeks": "duration", "week": "duration", "months": "duration", "month": "duration",
    "years": "duration", "year": "duration", "hours": "duration", "hour": "duration",
    "minutes": "duration", "decades": "duration",
    "periode": "duration", "term": "duration", "terms": "duration",  # `satu periode` in office
    # money
    "rupiah": "money", "dolar": "money", "dollar": "money", "dollars": "money",
    "dolar as": "money", "tenge": "money", "rubel": "money", "rubles": "money",
    "euro": "money", "euros": "money", "yuan": "money", "usd": "money",
    # other counted things
    "persen": "percent", "percent": "percent", "per cent": "percent", "%": "percent",
    "kasus": "cases", "cases": "cases",
    "negara": "countries", "countries": "countries", "nations": "countries",
    "kota": "places", "cities": "places", "wilayah": "places", "provinsi": "places",
    "regions": "places", "bangunan": "buildings", "gedung": "buildings",
    "buildings": "buildings", "kendaraan": "vehicles", "mobil": "vehicles",
    "vehicles": "vehicles", "cars": "vehicles", "pesawat": "aircraft", "aircraft": "aircraft",
    "planes": "aircraft", "senjata": "weapons", "weapons": "weapons",
    "kali": "times", "times": "times", "barel": "volume", "liter": "volume",
    "ton": "weight", "kilogram": "weight", "kg": "weight", "km": "distance",
    "kilometer": "distance", "meter": "distance", "miles": "distance",
    # office-holders and other persons counted by their post
    "menteri": "people", "gubernur": "people", "hakim": "people", "diplomat": "people",
    "duta besar": "people", "dubes": "people", "jenderal": "people", "pejabat": "people",
    "wartawan": "people", "jurnalis": "people", "ministers": "people", "governors": "people",
    "judges": "people", "diplomats": "people", "officials": "people", "generals": "people",
    "journalists": "people",
    "toko": "shops", "shops": "shops", "stores": "shops", "anggota": "members",
    "members": "members",
}  # fmt: skip
"""Counted nouns after a number and what they measure."""

CURRENCY_PREFIXES: dict[str, str] = {
    "rp": "rupiah", "rp.": "rupiah", "us$": "dolar AS", "usd": "dolar AS", "$": "dolar",
    "€": "euro", "£": "pound", "₸": "tenge", "kzt": "tenge", "rub": "rubel",
}  # fmt: skip
"""Currency signs written before the number: `Rp 1,2 triliun`, `US$ 5 juta`."""

PEOPLE_MEASURES: frozenset[str | None] = frozenset({"people", None})
"""Measures that context words may sharpen (`225 orang telah tewas` → deaths)."""

MEASURE_CUES: dict[str, str] = {
    "tewas": "deaths", "meninggal": "deaths", "meninggal dunia": "deaths",
    "menewaskan": "deaths", "tewaskan": "deaths", "merenggut nyawa": "deaths",
    "korban jiwa": "deaths", "terbunuh": "deaths",
    "dibunuh": "deaths", "kehilangan nyawa": "deaths", "killed": "deaths", "died": "deaths",
    "dead": "deaths", "deaths": "deaths", "death toll": "deaths", "lives": "deaths",
    "ditangkap": "detained", "ditahan": "detained", "diamankan": "detained",
    "dibekuk": "detained", "penangkapan": "detained", "arrested": "detained",
    "detained": "detained", "held": "detained", "in custody": "detained",
    "terluka": "injured", "luka-luka": "injured", "luka": "injured", "cedera": "injured",
    "dirawat": "injured", "injured": "injured", "wounded": "injured", "hurt": "injured",
    "hospitalised": "injured", "hospitalized": "injured",
    "dikerahkan": "troops", "diterjunkan": "troops", "dikirim": "troops",
    "deployed": "troops",
}  # fmt: skip
"""Clause words that say what a count of people is about."""

LABEL_WORDS: frozenset[str] = frozenset({
    "pasal", "ayat", "nomor", "no", "nomer", "bab", "article", "section", "resolusi",
    "resolution", "halaman", "page", "tahun", "pukul", "jam", "abad", "edisi", "sesi",
    "putaran", "tingkat", "level", "kelas", "seri", "gelombang", "salah", "periode",
    "angkatan", "jilid", "volume", "kode", "tipe", "type", "model", "flight", "penerbangan",
    "rute", "route", "game", "babak", "grup", "group", "jalan", "street", "road", "gate",
})  # fmt: skip
"""A number right after these words is a label or a time, not a count (`Pasal 3`)."""

FUNCTION_WORDS: frozenset[str] = frozenset({
    "yang", "dan", "atau", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "itu",
    "ini", "telah", "sudah", "akan", "sedang", "masih", "juga", "pun", "saja", "lagi",
    "tersebut", "adalah", "ialah", "bahwa", "karena", "jika", "oleh", "sebagai", "per",
    "hingga", "sampai", "kali", "atas", "bagi", "para", "sejak", "lalu", "kemudian",
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by",
    "from", "is", "are", "was", "were", "be", "been", "that", "this", "as", "have", "has",
    "had", "who", "which", "than", "more", "less", "percent",
})  # fmt: skip
"""Words that never name what a number counts."""

# --- quotes ----------------------------------------------------------------------

STATEMENT_CUES: frozenset[str] = frozenset({
    "demikian pernyataan", "demikian pernyataan resmi", "demikian keterangan",
    "demikian keterangan tertulis", "demikian keterangan resmi", "demikian siaran pers",
    "demikian rilis", "bunyi pernyataan", "bunyi pernyataan resmi", "bunyi keterangan",
    "bunyi keterangan tertulis", "isi pernyataan", "demikian bunyi pernyataan",
    "kutipan pernyataan", "tulis pernyataan", "read a statement from", "read a statement by",
    "the statement from", "said a statement from", "said a statement by",
})  # fmt: skip
"""Phrases after a quote naming the body whose statement it is: `"…," demikian pernyataan KNB`."""

SPEECH_VERBS_AFTER: frozenset[str] = frozenset({
    "kata", "ujar", "tutur", "ucap", "imbuh", "papar", "tegas", "jelas", "ungkap", "terang",
    "sebut", "tambah", "lanjut", "tanya", "sambung", "tandas", "pungkas", "seru", "ungkapnya",
    "tulis", "bilang", "cetus", "kilah", "beber", "urai", "timpal", "sergah", "klaim",
    "said", "says", "added", "told", "asked", "wrote", "stated", "declared", "insisted",
    "warned", "noted", "explained", "continued", "stressed", "replied", "tweeted",
    *STATEMENT_CUES,
})  # fmt: skip
"""Verbs that follow a quote and name its speaker: `"…," kata Tokayev`."""

SPEECH_VERBS_BEFORE: frozenset[str] = frozenset({
    "mengatakan", "berkata", "menyatakan", "menegaskan", "menjelaskan", "menambahkan",
    "mengungkapkan", "menuturkan", "menyebut", "menyebutkan", "memaparkan", "bertanya",
    "menanyakan", "mengucapkan", "menandaskan", "mengklaim", "menulis", "mencuit",
    "berujar", "bertutur", "mengimbuhkan", "melanjutkan", "menerangkan", "menekankan",
    "mengingatkan", "memperingatkan", "menyampaikan", "mengakui", "mengaku", "bercerita",
    "menceritakan", "menilai", "berpendapat", "menjawab", "mengumumkan", "memastikan",
    "menyindir",
    "recalled", "admitted", "claimed", "announced", "argued", "complained", "urged",
    "recounted", "confirmed",
    "said", "says", "told", "added", "wrote", "stated", "declared", "asked", "warned",
    "tweeted", "explained", "insisted", "noted", "stressed", "continued",
})  # fmt: skip
"""Verbs that introduce a quote: `Tokayev mengatakan, "…"`, `he said: "…"`."""

ACCORDING_TO: tuple[str, ...] = (
    "menurut", "according to", "menurut pernyataan", "menurut pernyataan resmi",
    "menurut keterangan", "menurut keterangan tertulis", "menurut keterangan resmi",
    "menurut siaran pers", "menurut rilis", "according to a statement from",
    "according to a statement by", "according to a statement by the",
)
"""`Menurut X, "…"`."""

PRONOUNS: frozenset[str] = frozenset({
    "ia", "dia", "beliau", "dirinya", "mereka", "he", "she", "they", "nya",
})  # fmt: skip
"""Words standing for the last person (or speaking body) mentioned."""

NAME_INTRODUCERS: frozenset[str] = frozenset({
    "bernama", "berinisial", "yakni", "yaitu", "named", "called", "identified as",
    "identified only as", "name as", "name only as", "namanya", "nama panggilan",
})  # fmt: skip
"""Words before an untitled name that make it a person's: `warga bernama Aigul Nurlanova`,
`a resident who gave his name only as Askar`, `hanya menyebut namanya Askar`."""

SENTENCE_OPENERS: frozenset[str] = frozenset({
    "namun", "tetapi", "tapi", "sementara", "meski", "meskipun", "kemudian", "lalu", "saat",
    "ketika", "setelah", "sebelum", "sejak", "menurut", "bagi", "kini", "hingga", "karena",
    "but", "however", "when", "while", "after", "before", "since", "as", "if", "although",
    "then", "meanwhile", "yesterday", "today", "last", "on", "in", "at",
})  # fmt: skip
"""Capitalised words opening a sentence in front of a name: never part of it."""

DEMONYMS: frozenset[str] = frozenset({
    "Indonesian", "Kazakh", "Kazakhstani", "Russian", "American", "Chinese", "Kyrgyz",
    "Tajik", "Uzbek", "Turkmen", "Belarusian", "Armenian", "Azerbaijani", "Ukrainian",
    "German", "French", "British", "Turkish", "European", "Asian", "Soviet", "Western",
    "Japanese", "Korean", "Iranian", "Indian", "Australian", "Malaysian", "Singaporean",
    "Israeli", "Palestinian", "Arab", "Georgian", "Mongolian", "Afghan", "Pakistani",
    "Polish", "Italian", "Spanish", "Dutch", "Canadian", "Filipino", "Thai", "Vietnamese",
})  # fmt: skip
"""Nationality adjectives: capitalised, but never a speaker's name (`the Indonesian
official`, `the ministry's director for Indonesian citizens, Arief Wicaksono, said`)."""

DETERMINERS: frozenset[str] = frozenset({"sang", "si", "the", "a", "an", "para", "pihak"})

DEFINITE_DETERMINERS: frozenset[str] = frozenset({"sang", "the"})
DEMONSTRATIVES: frozenset[str] = frozenset({"tersebut", "itu", "ini", "tadi"})
"""A role phrase with one of these points back to someone already introduced: `sang
presiden`, `the official`, `kata pejabat konsuler tersebut`, `diplomat itu`."""

HONORIFICS: frozenset[str] = frozenset({
    "jenderal", "jend", "letjen", "mayjen", "brigjen", "laksamana", "marsekal", "kolonel",
    "kol", "letkol", "mayor", "kapten", "letnan", "irjen", "kombes", "akbp", "kompol", "dr",
    "drs", "prof", "ir", "h", "hj", "kh", "mr", "mrs", "ms", "dr.", "general", "gen",
    "colonel", "col", "major", "captain", "lieutenant", "sir", "bapak", "ibu", "pak", "bu",
    "syekh", "tuan", "nyonya",
})  # fmt: skip
"""Titles written in front of a name and stripped from it: `Jenderal Andrei Serdyukov`."""

SCARE_QUOTE_MAX_WORDS = 7
"""A quote of at most this many words, inside a sentence and with no attribution,
is a scare quote (`“rumahmu”`), not speech."""
