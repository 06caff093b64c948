"""Gym terms of other languages in English, for names written in them.

Programs written in German, Spanish, Portuguese, Italian, French, Polish or Dutch name
their exercises in those languages, alone ("Kniebeuge mit Langhantel", "press de banca",
"stacco rumeno") or in brackets after an English translation ("supine straight with
barbell (supino reto)", "pulley low (pulley basso)"). ``translated`` gives the words of
such a name (lowercase, accents removed, split at punctuation, as ``normalize`` reads
them) with the glossary's terms in English, before the matcher's own spellings.

The glossary is trainlint's own translation table, built from common gym usage in each
language and reviewed by hand (no published dictionary was copied). It is conservative:

* a name is translated only when it holds a term of the glossary, and then only the
  glossary's words change; the small words of those languages (de, con, mit, avec, ze,
  met) are dropped only in such a name, as the English "with" and "the" always are;
* no term is an English word or phrase of the catalog's names (``tests`` check it):
  Portuguese "supino" (bench press) is a term, English "supine" is not, so "supine hip
  extension" is untouched; Spanish "remo" (row) is a term, English "row" is the matcher's;
  French "rowing", Polish "rower" (a bike) and German "Butterfly" are no terms, since
  English uses those words for other things (the catalog's data decides "Butterfly");
* a word that means two things across languages is read by the phrases around it:
  Spanish "agarre supino" is an underhand grip, Portuguese "supino" the bench press.

The terms are data, ``checker/data/glossary.json``, read on the first name that needs
them. Keys are written as ``normalize`` sees them: lowercase, without accents ("developpe
couche" for développé couché, "martwy ciag" for martwy ciąg), a hyphen as a space.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

#: the glossary's data; ``checker.catalog_keys`` fingerprints it with ``normalize``
FILE = Path(__file__).parent / "data" / "glossary.json"


@cache
def languages() -> dict[str, dict[str, str]]:
    """Each language's terms (its code: "de", "es", ...), as written -> in English."""
    data = json.loads(FILE.read_text(encoding="utf-8"))
    return {code: language["terms"] for code, language in data["languages"].items()}


@cache
def small_words() -> frozenset[str]:
    """The small words of those languages (de, con, mit, avec, ze, met): dropped in a name
    that holds a term. A lone letter that English uses for a shape (the "i", "w" and "y"
    of an I-Y-T-W raise) is none."""
    data = json.loads(FILE.read_text(encoding="utf-8"))
    return frozenset(w for language in data["languages"].values() for w in language["small words"])


@cache
def _terms() -> tuple[dict[tuple[str, ...], str], frozenset[str], int]:
    """Every language's terms keyed by their words, the words they start with, and the
    most words a term has."""
    terms = {
        tuple(term.split()): english
        for language in languages().values()
        for term, english in language.items()
    }
    return terms, frozenset(words[0] for words in terms), max(len(words) for words in terms)


def starts() -> frozenset[str]:
    """The words a term starts with: a name that holds none is left as it is."""
    return _terms()[1]


def translated(words: list[str]) -> list[str]:
    """``words`` with the glossary's terms in English (the longest term first) and, when
    one was found, the other languages' small words dropped; else ``words`` as given."""
    terms, first_words, longest = _terms()
    out: list[str] = []
    found = False
    index = 0
    while index < len(words):
        if words[index] in first_words:
            for size in range(min(longest, len(words) - index), 0, -1):
                english = terms.get(tuple(words[index : index + size]))
                if english is not None:
                    out.extend(english.split())
                    index += size
                    found = True
                    break
            else:
                out.append(words[index])
                index += 1
        else:
            out.append(words[index])
            index += 1
    if not found:
        return words
    dropped = small_words()
    return [word for word in out if word not in dropped]
