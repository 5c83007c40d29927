"""Numbers as written in news text: digits, number words, dozens, vague amounts, qualifiers.

`parse_number("twenty-one")` -> NumberValue(21, vague=False); `parse_number("dozens")` ->
NumberValue(12, vague=True): a vague amount keeps its word and carries the number analysts
code for it (ACLED's convention: "dozens" 12, "hundreds" 100; "tens" 10, "scores" 20,
"thousands" 1000, and "tens/hundreds of thousands" by the same rule).

`number_spans(doc)` finds every number expression of a parsed text, with its qualifier
("at least", "more than", "nearly", ...), as token ranges. A pure token pass, no model. Two plain
numbers side by side stay two ("in 2023 four soldiers"); only tens and units ("twenty one") and
scales ("two hundred", "1.5 million") combine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague plural amounts, with the number analysts code for each.
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1_000_000}
# Qualifiers as they stand before a number (longest first when matching).
QUALIFIERS = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "not less than": "at least",
    "more than": "more than", "over": "over", "upwards of": "more than", "in excess of": "more than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly", "some": "about",
    "up to": "up to", "as many as": "up to", "at most": "up to", "no more than": "up to",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "an estimated": "about",
    "estimated": "about", "about some": "about", "nearly some": "nearly",
}
_QUALIFIER_WORDS = sorted(((tuple(k.split()), v) for k, v in QUALIFIERS.items()), key=lambda kv: -len(kv[0]))
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$|^\d+\.\d+$")


@dataclass(frozen=True)
class NumberValue:
    value: int
    vague: bool = False


@dataclass(frozen=True)
class NumberSpan:
    """A number expression in a Doc: tokens [start, end), qualifier tokens [qstart, start)."""

    start: int
    end: int
    qstart: int
    value: int
    vague: bool
    qualifier: str | None


def _word_value(word: str) -> int | None:
    w = word.lower()
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and 0 < UNITS[parts[1]] < 10:
            return TENS[parts[0]] + UNITS[parts[1]]
    return None


def _digits_value(text: str) -> float | None:
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    return None


def parse_number(text: str) -> NumberValue | None:
    """The value of a number as written ("9,000", "twenty-one", "a dozen", "dozens", "1.5 million")."""
    words = [w for w in re.split(r"[\s]+|(?<=[a-z])-(?=[a-z])", text.strip().lower().replace("‑", "-")) if w]
    words = [w for w in words if w not in ("and",)]
    if not words:
        return None
    return _combine(words)


def _combine(words: list[str]) -> NumberValue | None:
    # Vague amounts: "dozens", "hundreds of thousands", "tens of thousands".
    if words[0] in VAGUE:
        value = VAGUE[words[0]]
        rest = words[1:]
        while len(rest) >= 2 and rest[0] == "of" and rest[1] in VAGUE:
            value *= VAGUE[rest[1]]
            rest = rest[2:]
        return NumberValue(value, vague=True) if not rest else None
    if words[0] in ("a", "an", "one") and len(words) >= 2 and words[1] == "dozen":
        words = ["12"] + words[2:]
    if words[0] == "half" and words[1:3] == ["a", "dozen"]:
        return NumberValue(6)
    if words[0] == "dozen":
        words = ["12"] + words[1:]
    if words[0] in ("a", "an") and len(words) >= 2 and words[1] in SCALES:
        words = ["1"] + words[1:]
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        digits = _digits_value(w)
        if digits is not None:
            current += digits
            seen = True
            continue
        wv = _word_value(w)
        if wv is not None:
            current += wv
            seen = True
            continue
        if w in SCALES and seen:
            scale = SCALES[w]
            if scale == 100:
                current *= scale
            else:
                total += current * scale
                current = 0.0
            continue
        if w == "dozen" and seen:
            current *= 12
            continue
        return None
    if not seen:
        return None
    return NumberValue(int(round(total + current)))


def _is_number_word(tok) -> bool:
    lower = tok.lower_
    return (
        _digits_value(tok.text) is not None
        or _word_value(lower) is not None
        or lower in SCALES
        or lower in VAGUE
        or lower == "dozen"
    )


def number_spans(doc) -> list[NumberSpan]:
    """Every number expression in `doc`, in order, with the qualifier written before it."""
    out: list[NumberSpan] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if not _is_number_word(tok) or (tok.lower_ in SCALES and not tok.lower_ == "dozen"):
            # A lone scale word ("hundred") does not start a number, except after "a" (handled below).
            if not (tok.lower_ in ("a", "an") and i + 1 < n and (doc[i + 1].lower_ in SCALES or doc[i + 1].lower_ == "dozen")):
                if not (tok.lower_ == "half" and i + 2 < n and doc[i + 1].lower_ == "a" and doc[i + 2].lower_ == "dozen"):
                    i += 1
                    continue
        start = i
        j = i
        words: list[str] = []
        while j < n:
            t = doc[j]
            low = t.lower_
            if (
                words and _is_number_word(t) and low not in SCALES and low not in VAGUE and low != "dozen"
                and words[-1] not in SCALES and words[-1] not in ("a", "an", "half", "of")
                and not (words[-1] in TENS and low in UNITS and 0 < UNITS[low] < 10)
            ):
                break  # "in 2023 four soldiers", "2 5": two numbers side by side, not one
            if _is_number_word(t) or (j == start and low in ("a", "an", "half")) or (low == "a" and words == ["half"]):
                words.append(low)
                j += 1
            elif low == "-" and words and j + 1 < n and _word_value(doc[j + 1].lower_) is not None and not t.whitespace_ and not doc[j - 1].whitespace_:
                j += 1  # "twenty - one" as tokenized
            elif low == "and" and words and words[-1] in SCALES and j + 1 < n and _is_number_word(doc[j + 1]):
                j += 1  # "two hundred and fifty"
            elif low == "of" and words and words[-1] in VAGUE and j + 1 < n and doc[j + 1].lower_ in VAGUE:
                words.append(low)
                j += 1  # "hundreds of thousands"
            else:
                break
            if words and words[-1] in VAGUE and not (j + 1 < n and doc[j].lower_ == "of" and doc[j + 1].lower_ in VAGUE):
                break
        parsed = _combine([w for w in words if w]) if words else None
        if parsed is None:
            i = max(j, i + 1)
            continue
        # A range ("between 20 and 30", "20 to 30", "20-30") is coded by its lower end, as "at least".
        if out and start >= 1 and out[-1].end == start - 1 and doc[start - 1].lower_ in ("-", "–", "to", "and"):
            prev = out[-1]
            between = prev.qstart > 0 and doc[prev.qstart - 1].lower_ == "between" and prev.qualifier is None
            if doc[start - 1].lower_ != "and" or between:
                qstart = prev.qstart - 1 if between else prev.qstart
                out[-1] = NumberSpan(
                    prev.start, j, qstart, min(prev.value, parsed.value), prev.vague or parsed.vague,
                    prev.qualifier or "at least",
                )
                i = j
                continue
        # "no one was hurt" is nobody, not a count of one.
        if start > 0 and doc[start - 1].lower_ == "no" and j - start == 1 and doc[start].lower_ == "one":
            i = j
            continue
        # Numbers glued to letters or part of a longer token sequence like "RM-70" are skipped.
        if start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
            i = j
            continue
        qstart, qualifier = _qualifier_before(doc, start)
        out.append(NumberSpan(start, j, qstart, parsed.value, parsed.vague, qualifier))
        i = j
    return out


def _qualifier_before(doc, start: int) -> tuple[int, str | None]:
    for words, label in _QUALIFIER_WORDS:
        k = len(words)
        if start - k < 0:
            continue
        if tuple(t.lower_ for t in doc[start - k:start]) == words:
            if words == ("over",) and start - 2 >= 0 and doc[start - 2].lower_ in ("all", "taken", "handed", "turned", "took"):
                continue
            if words == ("some",) and start - 2 >= 0 and doc[start - 2].lower_ == "of":
                continue
            return start - k, label
    return start, None
