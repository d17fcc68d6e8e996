"""Names the extractors know: media and agencies, people, organisations, places, roles.

Canonical name → aliases (the canonical name is always an alias of itself).
Extend freely; matching is case-sensitive on these spellings.
"""

from __future__ import annotations

MEDIA: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "Associated Press": ("Associated Press", "AP", "The Associated Press", "Kantor Berita AP"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Sputnik": ("Sputnik", "Sputnik News", "Sputniknews"),
    "DW": ("DW", "Deutsche Welle"),
    "Xinhua News": ("Xinhua News", "Xinhua", "Xinhua News Agency", "Kantor Berita Xinhua"),
    "Euro News": ("Euro News", "Euronews"),
    "Euro Weekly News": ("Euro Weekly News",),
    "The Astana Times": ("The Astana Times", "Astana Times"),
    "Eurasianet": ("Eurasianet", "EurasiaNet"),
    "Russia-24": ("Russia-24", "Russia 24", "Rossiya-24", "Rossiya 24"),
    "TASS": ("TASS", "Tass", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "RT": ("RT", "Russia Today"),
    "Kazinform": ("Kazinform",),
    "Tengrinews": ("Tengrinews", "Tengri News"),
    "Al Jazeera": ("Al Jazeera", "Aljazeera"),
    "BBC": ("BBC", "BBC News"),
    "CNN": ("CNN",),
    "Bloomberg": ("Bloomberg",),
    "The Guardian": ("The Guardian", "Guardian"),
    "The New York Times": ("The New York Times", "New York Times", "NYT"),
    "The Washington Post": ("The Washington Post", "Washington Post"),
    "Financial Times": ("Financial Times",),
    "The Moscow Times": ("The Moscow Times", "Moscow Times"),
    "Radio Free Europe/Radio Liberty": ("Radio Free Europe/Radio Liberty", "RFE/RL",
                                        "Radio Free Europe", "Radio Azattyq"),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu"),
    "France 24": ("France 24",),
    "Kyodo": ("Kyodo",),
    "Yonhap": ("Yonhap",),
    "NHK": ("NHK",),
    "Politico": ("Politico",),
    "Global Times": ("Global Times",),
    "CGTN": ("CGTN",),
    "Antara": ("Antara", "ANTARA", "Kantor Berita Antara"),
    "Kompas.com": ("Kompas.com",),
    "KompasTV": ("KompasTV", "Kompas TV"),
    "detikcom": ("detikcom", "Detik.com", "detik.com", "detikNews"),
    "CNN Indonesia": ("CNN Indonesia", "CNNIndonesia.com"),
    "Tempo": ("Tempo", "Tempo.co"),
    "Liputan6": ("Liputan6", "Liputan6.com"),
    "Republika": ("Republika",),
    "IDN Times": ("IDN Times",),
    "VOA": ("VOA", "Voice of America"),
}  # fmt: skip
"""News agencies and media an article may cite."""

PEOPLE: dict[str, tuple[str, ...]] = {
    "Kassym-Jomart Tokayev": ("Kassym-Jomart Tokayev", "Kassym Jomart Tokayev",
                              "Qasym-Jomart Toqaev", "Tokayev", "Tokaev", "Toqaev"),
    "Nursultan Nazarbayev": ("Nursultan Nazarbayev", "Nazarbayev", "Nazarbaev"),
    "Vladimir Putin": ("Vladimir Putin", "Putin"),
    "Sergei Lavrov": ("Sergei Lavrov", "Sergey Lavrov", "Lavrov"),
    "Dmitry Peskov": ("Dmitry Peskov", "Dmitri Peskov", "Peskov"),
    "Joe Biden": ("Joe Biden", "Biden"),
    "Antony Blinken": ("Antony Blinken", "Blinken"),
    "Jen Psaki": ("Jen Psaki", "Psaki"),
    "Ned Price": ("Ned Price",),
    "Xi Jinping": ("Xi Jinping",),
    "Wang Yi": ("Wang Yi",),
    "Alexander Lukashenko": ("Alexander Lukashenko", "Aleksandr Lukashenko", "Lukashenko"),
    "Nikol Pashinyan": ("Nikol Pashinyan", "Pashinyan"),
    "Stanislav Zas": ("Stanislav Zas",),
    "Mukhtar Tileuberdi": ("Mukhtar Tileuberdi", "Tileuberdi"),
    "Alikhan Smailov": ("Alikhan Smailov", "Smailov"),
    "Askar Mamin": ("Askar Mamin", "Mamin"),
    "Karim Massimov": ("Karim Massimov", "Karim Masimov", "Massimov", "Masimov"),
    "Valentina Matvienko": ("Valentina Matvienko", "Valentina Matviyenko", "Matvienko"),
    "Antonio Guterres": ("Antonio Guterres", "António Guterres", "Guterres"),
    "Josep Borrell": ("Josep Borrell", "Borrell"),
    "Recep Tayyip Erdogan": ("Recep Tayyip Erdogan", "Erdogan"),
    "Joko Widodo": ("Joko Widodo", "Jokowi"),
    "Retno Marsudi": ("Retno Marsudi", "Retno"),
    "Teuku Faizasyah": ("Teuku Faizasyah", "Faizasyah"),
}  # fmt: skip
"""People often in this coverage; an article's own introductions come first."""

ORGS: dict[str, tuple[str, ...]] = {
    "CSTO": ("CSTO", "Organisasi Perjanjian Keamanan Kolektif", "Collective Security Treaty "
             "Organization", "Organisasi Traktat Keamanan Kolektif", "ODKB"),
    "NATO": ("NATO", "Pakta Pertahanan Atlantik Utara"),
    "PBB": ("PBB", "Perserikatan Bangsa-Bangsa", "United Nations", "UN"),
    "Uni Eropa": ("Uni Eropa", "European Union", "EU"),
    "EAEU": ("EAEU", "Eurasian Economic Union", "Uni Ekonomi Eurasia"),
    "OSCE": ("OSCE", "OSCE"),
    "Kremlin": ("Kremlin",),
    "Gedung Putih": ("Gedung Putih", "White House"),
    "Departemen Luar Negeri AS": ("Departemen Luar Negeri AS", "State Department",
                                  "Deplu AS"),
    "Kementerian Luar Negeri Kazakhstan": ("Kementerian Luar Negeri Kazakhstan",
                                           "Kemenlu Kazakhstan",
                                           "Kazakh Foreign Ministry",
                                           "Kazakhstan's Foreign Ministry"),
    "Kementerian Luar Negeri Rusia": ("Kementerian Luar Negeri Rusia", "Kemenlu Rusia",
                                      "Russian Foreign Ministry"),
    "Kementerian Luar Negeri RI": ("Kementerian Luar Negeri RI", "Kemlu RI", "Kemenlu RI"),
    "KNB": ("KNB", "Komite Keamanan Nasional", "National Security Committee"),
    "Dewan Keamanan PBB": ("Dewan Keamanan PBB", "UN Security Council"),
}  # fmt: skip
"""Organisations; any of them may speak."""

PLACES: tuple[str, ...] = (
    "Kazakhstan", "Kazakstan", "Kazakhastan", "Almaty", "Nursultan", "Nur-Sultan", "Astana",
    "Aktau", "Zhanaozen", "Mangystau", "Shymkent", "Taraz", "Aktobe", "Kyzylorda",
    "Rusia", "Russia", "Moskow", "Moscow", "Belarusia", "Belarus", "Minsk", "Armenia",
    "Yerevan", "Kirgizstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan",
    "Azerbaijan", "Ukraina", "Ukraine", "Donetsk", "Luhansk", "China", "Tiongkok", "Beijing",
    "Amerika Serikat", "AS", "Amerika", "United States", "US", "U.S.", "Washington",
    "Indonesia", "Jakarta", "Jerman", "Germany", "Prancis", "France", "Inggris", "Britain",
    "Turki", "Turkey", "Eropa", "Europe", "Asia Tengah", "Central Asia", "Uni Soviet",
    "Soviet Union", "Wina", "Vienna", "Jenewa", "Geneva", "Brussel", "Brussels", "Barat",
)  # fmt: skip
"""Places: stripped from people's names and shown as entities."""

ROLE_WORDS: frozenset[str] = frozenset({
    "presiden", "wakil", "menteri", "perdana", "ketua", "sekretaris", "jenderal", "juru",
    "bicara", "jubir", "komandan", "kepala", "direktur", "duta", "besar", "dubes", "pejabat",
    "kanselir", "raja", "gubernur", "wali", "walikota", "panglima", "kapten", "kolonel",
    "mayor", "letnan", "jaksa", "hakim", "senator", "anggota", "pemimpin", "pimpinan",
    "mantan", "eks", "penasihat", "asisten", "deputi", "pers", "utama", "agung", "dewan",
    "federasi",
    "pasukan", "khusus", "luar", "negeri", "dalam", "pertahanan",
    "keamanan", "nasional", "federal", "umum", "pertama", "senior", "tinggi", "kantor",
    "kementerian", "kemenlu", "kemlu", "parlemen", "majelis", "senat", "militer", "tentara",
    "president", "vice", "minister", "prime", "foreign", "defence", "defense", "interior",
    "secretary", "general", "spokesman", "spokeswoman", "spokesperson", "press", "chief",
    "head", "commander", "deputy", "ambassador", "official", "chairman", "chairwoman",
    "leader", "former", "state", "department", "ministry", "adviser", "advisor",
    "speaker", "of", "the", "dari", "sekjen", "menlu", "menhan", "analis", "pengamat",
    "profesor", "prof", "dr", "pakar", "peneliti", "ahli", "ilmuwan", "wartawan",
    "koresponden", "analyst", "professor", "expert", "researcher", "correspondent",
    "sang", "bapak", "ibu", "mr", "mrs", "ms", "pak", "bu", "koordinator", "coordinator",
})  # fmt: skip
"""Words of a title or office: `Wakil Komandan Pasukan Khusus Belarusia Sergey Andreev`."""

ROLE_HEADS: dict[str, tuple[str, ...]] = {
    "presiden": ("presiden", "president"), "menteri": ("menteri", "minister", "menlu"),
    "juru bicara": ("juru bicara", "jubir", "spokesman", "spokeswoman", "spokesperson"),
    "perdana menteri": ("perdana menteri", "prime minister"), "ketua": ("ketua", "chairman"),
    "komandan": ("komandan", "commander"), "duta besar": ("duta besar", "dubes", "ambassador"),
    "sekretaris": ("sekretaris", "secretary"), "kepala": ("kepala", "head", "chief"),
    "pejabat": ("pejabat", "official"), "direktur": ("direktur", "director"),
    "pengamat": ("pengamat", "analis", "analyst"), "pakar": ("pakar", "ahli", "expert"),
}  # fmt: skip
"""Role nouns that stand for a person introduced with them (`sang presiden`, `menteri`)."""

OWNED_ROLES: tuple[str, ...] = (
    "juru bicara", "jubir", "spokesman", "spokeswoman", "spokesperson", "sekretaris pers",
    "press secretary", "penasihat", "adviser", "advisor", "asisten", "assistant", "ajudan",
    "aide", "pengacara", "kuasa hukum", "lawyer",
)
"""Roles written before the person they serve (`Juru bicara Nazarbayev, Aidos Ukibay,`):
the name after the comma holds the role, the name before it owns it."""

BODY_NOUNS: frozenset[str] = frozenset({
    "organisasi", "kelompok", "lembaga", "badan", "yayasan", "koalisi", "aliansi", "lsm",
    "perusahaan", "group", "organisation", "organization", "body", "coalition", "alliance",
    "watchdog", "company", "firm", "ngo",
})  # fmt: skip
"""Common nouns for a body: `kata organisasi itu`, `the group said` point back to the body
introduced with one (`Kelompok hak digital Access Now`, `the rights group Access Now`)."""

GENERIC_ROLES: frozenset[str] = frozenset({"pejabat"})
"""Role heads (keys of `ROLE_HEADS`) that any office holder answers to: `kata pejabat
tersebut` may point back to a `Direktur …` named before."""

ORG_HEADS: frozenset[str] = frozenset({
    "kementerian", "kemenlu", "kemlu", "kemhan", "kantor", "badan", "komite", "dewan",
    "pemerintah", "departemen", "lembaga", "otoritas", "kepolisian", "polisi", "parlemen",
    "ministry", "office", "government", "committee", "council", "department", "agency",
    "police", "authorities", "kejaksaan", "pengadilan", "militer", "angkatan", "partai",
    "organisasi", "perusahaan", "kedutaan", "kedubes", "embassy", "sekretariat", "secretariat",
})  # fmt: skip
"""First words of a speaking body's name: `Kementerian Luar Negeri Kazakhstan mengatakan`."""
