"""Outlet names for news domains, so a bare domain in a URL or a footer names its outlet.

The table is a starting point users extend: NEWSLEDGER_OUTLETS may point at a JSON file
`{"domain": "Outlet name"}` whose entries are added to (and override) these.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache

KNOWN_OUTLETS = {
    "aljazeera.com": "Al Jazeera",
    "aljazeera.net": "Al Jazeera",
    "apnews.com": "Associated Press",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "bloomberg.com": "Bloomberg",
    "cbsnews.com": "CBS News",
    "cnn.com": "CNN",
    "dw.com": "Deutsche Welle",
    "euronews.com": "Euronews",
    "foxnews.com": "Fox News",
    "france24.com": "France 24",
    "ft.com": "Financial Times",
    "globaltimes.cn": "Global Times",
    "theguardian.com": "The Guardian",
    "haaretz.com": "Haaretz",
    "independent.co.uk": "The Independent",
    "interfax.com": "Interfax",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "latimes.com": "Los Angeles Times",
    "lemonde.fr": "Le Monde",
    "meduza.io": "Meduza",
    "moscowtimes.ru": "The Moscow Times",
    "themoscowtimes.com": "The Moscow Times",
    "nbcnews.com": "NBC News",
    "npr.org": "NPR",
    "nytimes.com": "The New York Times",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "pravda.ru": "Pravda",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "reuters.com": "Reuters",
    "ria.ru": "RIA Novosti",
    "rt.com": "RT",
    "sputniknews.com": "Sputnik",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "telegraph.co.uk": "The Telegraph",
    "theatlantic.com": "The Atlantic",
    "thehill.com": "The Hill",
    "timesofisrael.com": "The Times of Israel",
    "ukrinform.net": "Ukrinform",
    "unian.info": "UNIAN",
    "usatoday.com": "USA Today",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "wsws.org": "World Socialist Web Site",
    "xinhuanet.com": "Xinhua",
    "english.news.cn": "Xinhua",
    "dawn.com": "Dawn",
    "hindustantimes.com": "Hindustan Times",
    "thehindu.com": "The Hindu",
    "timesofindia.indiatimes.com": "The Times of India",
    "scmp.com": "South China Morning Post",
    "japantimes.co.jp": "The Japan Times",
    "abc.net.au": "ABC News (Australia)",
    "cbc.ca": "CBC News",
    "spiegel.de": "Der Spiegel",
    "lefigaro.fr": "Le Figaro",
    "elpais.com": "El País",
    "theintercept.com": "The Intercept",
    "axios.com": "Axios",
    "vox.com": "Vox",
    "newsweek.com": "Newsweek",
    "economist.com": "The Economist",
    "antiwar.com": "Antiwar.com",
    "consortiumnews.com": "Consortium News",
    "counterpunch.org": "CounterPunch",
    "jacobin.com": "Jacobin",
    "morningstaronline.co.uk": "Morning Star",
    "thecanary.co": "The Canary",
    "zerohedge.com": "ZeroHedge",
    "breitbart.com": "Breitbart",
    "dailymail.co.uk": "Daily Mail",
    "thesun.co.uk": "The Sun",
    "mirror.co.uk": "Daily Mirror",
    "express.co.uk": "Daily Express",
    "news.sky.com": "Sky News",
    "aa.com.tr": "Anadolu Agency",
    "trtworld.com": "TRT World",
    "presstv.ir": "Press TV",
    "irna.ir": "IRNA",
    "arabnews.com": "Arab News",
    "thenationalnews.com": "The National",
    "middleeasteye.net": "Middle East Eye",
    "africanews.com": "Africanews",
    "allafrica.com": "AllAfrica",
    "premiumtimesng.com": "Premium Times",
    "nation.africa": "Nation",
    "afp.com": "Agence France-Presse",
    "upi.com": "United Press International",
}

# Wire-service credits of a dateline ("KABUL, Oct 14 (Reuters) -") spelled as the domain table
# names the same agency, so a credited report and a page from the agency's site share one outlet.
# Credits not listed are kept as written.
WIRE_CREDITS = {
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "upi": "United Press International",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "anadolu": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "interfax": "Interfax",
    "ukrinform": "Ukrinform",
    "irna": "IRNA",
}

_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/[^\s)\]]*)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, str]:
    table = dict(KNOWN_OUTLETS)
    extra = os.environ.get("NEWSLEDGER_OUTLETS")
    if extra:
        with open(extra, encoding="utf-8") as fh:
            table.update({k.lower(): v for k, v in json.load(fh).items()})
    return table


def bare_domain(host: str) -> str:
    host = host.lower().strip().rstrip(".")
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host


def outlet_for_domain(host: str) -> str:
    """The outlet's name when the domain (or a parent domain) is known, else the bare domain."""
    host = bare_domain(host)
    table = outlet_table()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = table.get(".".join(parts[i:]))
        if name:
            return name
    return host


def outlet_for_credit(credit: str) -> str:
    """The outlet a dateline credit names: a known wire agency's full name, else the credit as written."""
    credit = credit.strip()
    return WIRE_CREDITS.get(credit.lower(), credit)


def domains_in(line: str) -> list[str]:
    """Domains written in a line ("example.org/contact", "https://www.example.org")."""
    return [bare_domain(m.group(1)) for m in _DOMAIN.finditer(line) if not m.group(1)[0].isdigit()]
