"""Name keys and small lexicons the gazetteer uses: country aliases, demonyms, region words.

`name_key` is the one normalization every lookup goes through, so "Kharkov", "Khar'kov" and
"KHARKOV" share a key, as do "the U.S." and "US".
"""

from __future__ import annotations

import unicodedata

_APOSTROPHES = str.maketrans({"’": "", "‘": "", "`": "", "ʼ": "", "'": "", "´": "", ".": ""})
_SPACES = str.maketrans({"-": " ", "‐": " ", "–": " ", "—": " ", "_": " ", ",": " "})


def name_key(text: str) -> str:
    """Lowercase, accent-free, apostrophe- and dot-free, hyphens as spaces, no leading 'the'."""
    if text.isascii():  # nothing to fold (most names): skip the per-character pass
        folded = text
    else:
        folded = unicodedata.normalize("NFKD", text)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.translate(_APOSTROPHES).translate(_SPACES).lower()
    words = folded.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_latin(text: str) -> bool:
    """True when every letter is Latin script (geonames alternate names mix every script)."""
    for ch in text:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "")):
            return False
    return True


# Common English names of countries that differ from the geonames name (ISO code -> aliases).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
    "RU": ("Russian Federation",),
    "NL": ("Holland", "Netherlands"),
    "CZ": ("Czech Republic",),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa", "Congo Kinshasa"),
    "CG": ("Congo-Brazzaville", "Congo Brazzaville"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "MM": ("Burma",),
    "KR": ("Republic of Korea", "ROK"),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "PS": ("Palestine", "Palestinian territories", "State of Palestine", "Occupied Palestinian Territories"),
    "VA": ("Vatican City", "Holy See"),
    "MK": ("Macedonia",),
    "TR": ("Türkiye", "Turkiye"),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor", "Timor-Leste"),
    "VN": ("Viet Nam",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran", "Persia"),
    "MD": ("Republic of Moldova",),
    "KG": ("Kyrgyz Republic",),
    "LA": ("Lao PDR",),
    "BN": ("Brunei Darussalam",),
    "MO": ("Macau",),
    "CN": ("People's Republic of China", "PRC", "Mainland China"),
    "TW": ("Republic of China",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "VE": ("Bolivarian Republic of Venezuela",),
    "BO": ("Plurinational State of Bolivia",),
    "TZ": ("United Republic of Tanzania",),
    "FM": ("Federated States of Micronesia",),
}

# Demonyms and adjectives: NOT places, but they tell which country a phrase is about
# ("the Ukrainian city of X", "Russian forces").
_IRREGULAR_DEMONYMS: dict[str, str] = {
    "american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB",
    "french": "FR", "german": "DE", "dutch": "NL", "chinese": "CN", "japanese": "JP",
    "turkish": "TR", "polish": "PL", "swedish": "SE", "danish": "DK", "finnish": "FI",
    "irish": "IE", "spanish": "ES", "portuguese": "PT", "greek": "GR", "swiss": "CH",
    "israeli": "IL", "iraqi": "IQ", "pakistani": "PK", "afghan": "AF", "yemeni": "YE",
    "saudi": "SA", "thai": "TH", "filipino": "PH", "lebanese": "LB", "sudanese": "SD",
    "somali": "SO", "vietnamese": "VN", "burmese": "MM", "nepali": "NP", "nepalese": "NP",
    "bangladeshi": "BD", "kuwaiti": "KW", "qatari": "QA", "omani": "OM", "emirati": "AE",
    "tajik": "TJ", "uzbek": "UZ", "kazakh": "KZ", "kyrgyz": "KG", "turkmen": "TM",
    "azerbaijani": "AZ", "azeri": "AZ", "czech": "CZ", "slovak": "SK", "croatian": "HR",
    "serbian": "RS", "bosnian": "BA", "belarusian": "BY", "moldovan": "MD", "maltese": "MT",
    "congolese": "CD", "malian": "ML", "nigerien": "NE", "nigerian": "NG", "chadian": "TD",
    "senegalese": "SN", "togolese": "TG", "beninese": "BJ", "ivorian": "CI", "ghanaian": "GH",
    "kenyan": "KE", "ugandan": "UG", "rwandan": "RW", "burundian": "BI", "ethiopian": "ET",
    "eritrean": "ER", "djiboutian": "DJ", "malagasy": "MG", "mozambican": "MZ", "zambian": "ZM",
    "zimbabwean": "ZW", "south african": "ZA", "egyptian": "EG", "libyan": "LY",
    "tunisian": "TN", "algerian": "DZ", "moroccan": "MA", "mauritanian": "MR",
    "jordanian": "JO", "syrian": "SY", "iranian": "IR", "palestinian": "PS", "north korean": "KP",
    "south korean": "KR", "korean": "KR", "indian": "IN", "sri lankan": "LK", "new zealand": "NZ",
    "mexican": "MX", "colombian": "CO", "venezuelan": "VE", "peruvian": "PE", "chilean": "CL",
    "argentine": "AR", "argentinian": "AR", "brazilian": "BR", "cuban": "CU", "haitian": "HT",
    "canadian": "CA", "australian": "AU", "norwegian": "NO", "icelandic": "IS",
    "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "ukrainian": "UA", "russian": "RU",
    "georgian": "GE", "armenian": "AM", "estonian": "EE", "latvian": "LV", "lithuanian": "LT",
    "italian": "IT", "austrian": "AT", "belgian": "BE", "slovenian": "SI", "albanian": "AL",
    "kosovar": "XK", "montenegrin": "ME", "macedonian": "MK", "cypriot": "CY",
    "indonesian": "ID", "malaysian": "MY", "singaporean": "SG", "cambodian": "KH", "laotian": "LA",
    "mongolian": "MN", "taiwanese": "TW", "bahraini": "BH", "nicaraguan": "NI",
    "salvadoran": "SV", "guatemalan": "GT", "honduran": "HN", "bolivian": "BO",
    "ecuadorian": "EC", "paraguayan": "PY", "uruguayan": "UY", "cameroonian": "CM",
    "somalian": "SO", "tanzanian": "TZ", "angolan": "AO", "namibian": "NA",
    "burkinabe": "BF", "guinean": "GN", "liberian": "LR", "sierra leonean": "SL", "gambian": "GM",
    "south sudanese": "SS", "central african": "CF",
}


def demonym_country(word: str) -> str | None:
    """ISO code for a demonym or country adjective ("Ukrainian" -> "UA"), else None."""
    key = name_key(word)
    if key.endswith("s") and key[:-1] in _IRREGULAR_DEMONYMS:  # "Russians", "Afghans"
        key = key[:-1]
    return _IRREGULAR_DEMONYMS.get(key)


def is_demonym(word: str) -> bool:
    return demonym_country(word) is not None


# Words that name the kind of a first-level region; stripped to get a region's bare name
# ("Belgorod Oblast" -> "Belgorod") and added back as aliases ("Belgorod region").
ADMIN1_SUFFIXES = (
    "oblast", "oblast'", "krai", "kray", "okrug", "autonomous okrug", "autonomous oblast", "republic",
    "province", "region", "governorate", "state", "county", "district", "prefecture", "voivodeship",
    "department", "municipality", "city", "territory", "canton", "emirate", "division", "raion",
    "autonomous region", "autonomous community", "special region", "capital territory",
)
ADMIN1_PREFIXES = (
    "autonomous republic of", "republic of", "province of", "state of", "city of", "region of",
    "governorate of", "territory of",
)
# Aliases generated for a region's bare name: "<name> region" etc.
ADMIN1_ALIAS_WORDS = ("region", "province", "oblast", "state", "republic", "governorate")

# First words of region names in other forms English news uses: "Nord Kivu" is "North Kivu",
# "Northern Darfur" is "North Darfur". Only for names of two words or more.
DIRECTION_WORDS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west",
    "northern": "north", "southern": "south", "eastern": "east", "western": "west",
}

# English spellings of major places that the geonames data lacks, alias -> (ISO code, official
# name in the data). Transliteration variants only; add one only after checking geocode() misses it.
PLACE_ALIASES: dict[str, tuple[str, str]] = {
    "Zaporizhia": ("UA", "Zaporizhzhya"),
    "Zaporozhia": ("UA", "Zaporizhzhya"),
    "Nikolayev": ("UA", "Mykolayiv"),
    "Baluchistan": ("PK", "Balochistan"),
    "Hodeidah": ("YE", "Al Ḩudaydah"),
    "Hudaydah": ("YE", "Al Ḩudaydah"),
}
