"""What a name resolved to, and names that may mean two movements."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from checker.catalog_data import Exercise, _data
from checker.catalog_modifiers import EQUIPMENT_MODIFIERS

if TYPE_CHECKING:
    from checker.catalog_qualifiers import Qualified

_TIMED_KEYS = ("duration", "intervals", "distance")
_STRENGTH_KEYS = ("sets", "reps", "load")


def prescription_kind(prescription: Mapping[str, Any] | None) -> str | None:
    """``timed`` (duration, intervals or distance), ``sets`` (sets, reps or load) or None."""
    if not isinstance(prescription, Mapping):
        return None
    if any(key in prescription for key in _TIMED_KEYS):
        return "timed"
    if any(key in prescription for key in _STRENGTH_KEYS):
        return "sets"
    return None


class Ambiguity:
    """A name that means different movements, and how a prescription decides.

    (Plain classes here and in ``Resolution``: a dataclass costs start-up time.)"""

    __slots__ = ("by_kind", "by_modifier", "candidates", "default", "name")

    def __init__(
        self,
        name: str,
        candidates: tuple[str, ...],
        by_kind: Mapping[str, str] | None = None,
        default: str | None = None,
        by_modifier: Mapping[str, str] | None = None,
    ) -> None:
        self.name = name
        #: modifiers (or the equipment they mean) that decide: "flat" press is the bench press
        self.by_modifier: Mapping[str, str] = by_modifier or {}
        self.candidates = candidates
        self.by_kind: Mapping[str, str] = by_kind or {}
        self.default = default

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> Ambiguity:
        by_kind = {k: str(entry[k]) for k in ("timed", "sets") if entry.get(k)}
        default = entry.get("default")
        return cls(
            name=str(entry["name"]),
            candidates=tuple(str(c) for c in entry["candidates"]),
            by_kind=by_kind,
            default=str(default) if default else None,
            by_modifier={str(k): str(v) for k, v in entry.get("by_modifier", {}).items()},
        )


class Resolution:
    """What a name resolved to and why."""

    __slots__ = (
        "ambiguous",
        "candidates",
        "complex_rest",
        "exercise",
        "how",
        "ignored",
        "key",
        "name",
        "set_aside",
    )

    def __init__(
        self,
        name: str,
        key: str,
        exercise: Exercise | None,
        how: str,
        ignored: tuple[str, ...] = (),
        candidates: tuple[str, ...] = (),
        ambiguous: bool = False,
        set_aside: tuple[str, ...] = (),
        complex_rest: str = "",
    ) -> None:
        self.name = name
        self.key = key
        self.exercise = exercise
        self.how = how
        #: modifiers the catalog entry does not name (equipment, position, grip)
        self.ignored = ignored
        #: for an ambiguous name: the ids it may mean
        self.candidates = candidates
        #: the name is declared ambiguous: the prescription may change the result
        self.ambiguous = ambiguous
        #: qualifiers set aside ("30 degrees" in "Incline Dumbbell Press (30 degrees)")
        self.set_aside = set_aside
        #: for a complex ("Power Snatch + Overhead Squat"): the movements after the first
        self.complex_rest = complex_rest

    def renamed(self, name: str) -> Resolution:
        """The same resolution, for another spelling of the name."""
        return Resolution(
            name,
            self.key,
            self.exercise,
            self.how,
            self.ignored,
            self.candidates,
            self.ambiguous,
            self.set_aside,
            self.complex_rest,
        )

    def read_as(self, name: str, reading: str) -> Resolution:
        """This resolution, for ``name`` read another way (``reading`` says how)."""
        from checker.catalog_names import normalize

        return Resolution(
            name,
            normalize(name),
            self.exercise,
            f"{self.how}, {reading}",
            self.ignored,
            self.candidates,
            self.ambiguous,
            self.set_aside,
            self.complex_rest,
        )

    def qualified(self, name: str, key: str, set_aside: tuple[str, ...], rest: str) -> Resolution:
        """This resolution of a name's proper part, for the whole ``name`` with its
        qualifiers ``set_aside`` and the complex's ``rest``."""
        return Resolution(
            name,
            key,
            self.exercise,
            self.how,
            self.ignored,
            self.candidates,
            self.ambiguous,
            set_aside,
            rest,
        )

    def explain(self) -> str:
        if self.exercise is None:
            if self.candidates:
                return (
                    f"'{self.name}' is ambiguous: it may mean "
                    + " or ".join(self.candidates)
                    + "; write the fuller name"
                    + self._asides()
                )
            return f"'{self.name}' matches no exercise"
        text = f"'{self.name}' is {self.exercise.name} ({self.exercise.id}): {self.how}"
        if self.ignored:
            text += "; " + ", ".join(f"'{m}'" for m in self.ignored) + " taken as a modifier"
        return text + self._asides()

    def _asides(self) -> str:
        text = ""
        if self.set_aside:
            text += "; " + ", ".join(f"'{q}'" for q in self.set_aside) + " set aside as a qualifier"
        if self.complex_rest:
            text += f"; a complex: resolved to its first movement, '{self.complex_rest}' set aside"
        return text


def builtin_ambiguities() -> list[Ambiguity]:
    """Names the curated catalog declares ambiguous, with their candidates."""
    entries: Sequence[Mapping[str, Any]] = _data("exercises.json").get("ambiguous", ())
    return [Ambiguity.from_mapping(entry) for entry in entries]


def named_in_qualifier(
    name: str,
    key: str,
    proper: str,
    set_aside: tuple[str, ...],
    resolve: Callable[[str], Resolution],
) -> Resolution | None:
    """The one entry a qualifier names when the name proper is a handout's own title:
    "Front Knee Strengthening (seated knee extension, ankle weight)"; None when the
    qualifiers name no entry, or two."""
    named = [(piece, found) for piece in set_aside if (found := resolve(piece)).exercise]
    if len({found.exercise for _, found in named}) != 1:
        return None
    piece, found = named[0]
    return Resolution(
        name,
        key,
        found.exercise,
        f"named in its qualifier ('{piece}': {found.how})",
        found.ignored,
        set_aside=(proper, *(p for p in set_aside if p != piece)),
    )


def named_qualifier_first(
    name: str, key: str, proper: str, set_aside: tuple[str, ...], by_key: Mapping[str, Exercise]
) -> Resolution | None:
    """An entry whose name is the qualifier and the name proper together, the
    qualifier first: "Cable Fly (low to high)" is the Low-to-High Cable Fly."""
    from checker.catalog_names import normalize

    if len(set_aside) != 1:
        return None
    whole = normalize(f"{set_aside[0]} {proper}")
    found = by_key.get(whole)
    if found is None:
        return None
    return Resolution(name, key, found, f"exact name or alias ('{whole}'), qualifier first")


def named_in_original(
    name: str,
    key: str,
    split: Qualified,
    found: Resolution | None,
    lookup: Callable[[str], Resolution],
) -> Resolution | None:
    """``found`` (the reading of a name's English), or the entry its original names: a
    qualifier in another language is the coach's own name, of which the English is a
    translation, maybe a literal one ("rower with barbell (rematore con bilanciere)" is
    the barbell row, "French press with SZ-bar (Stirndrücken)" the skull crusher). The
    original is read with the equipment the English names ("dumbbell press on inclined
    bench (spinte su panca inclinata)"), by ``lookup`` (no last resort), and decides only
    when it names one entry."""
    from checker.catalog_names import EQUIPMENT_MODIFIERS, _modifiers, in_other_language, normalize

    originals = [piece for piece in split.set_aside if in_other_language(piece)]
    if len(originals) != 1:
        return found
    equipment = [m for _, _, m in _modifiers(split.name) if m in EQUIPMENT_MODIFIERS]
    resolved = lookup(normalize(" ".join((originals[0], *equipment))))
    if resolved.exercise is None or resolved.candidates:
        return found
    if (
        found is not None
        and found.exercise is not None
        and found.exercise.id == resolved.exercise.id
    ):
        return found
    how = f"named in its original ('{originals[0]}': {resolved.how})"
    aside = (split.name, *(p for p in split.set_aside if p != originals[0]))
    return Resolution(name, key, resolved.exercise, how, resolved.ignored, set_aside=aside)


def builtin_ambiguities_among(by_id: Mapping[str, Exercise]) -> dict[str, Ambiguity]:
    """The built-in ambiguous names (by normalized name) whose candidates are all
    built-in entries of ``by_id``: a plugin's or a program's entry of that id decides."""
    from checker.catalog_names import normalize

    found: dict[str, Ambiguity] = {}
    for ambiguity in builtin_ambiguities():
        entries = [by_id.get(c) for c in ambiguity.candidates]
        if all(e is not None and e.source == "trainlint" for e in entries):
            found[normalize(ambiguity.name)] = ambiguity
    return found


def decided_by(
    ambiguity: Ambiguity | None,
    by_id: Mapping[str, Exercise],
    modifiers: tuple[str, ...],
    found: Exercise | None,
    how: str,
) -> tuple[Exercise | None, str]:
    """An ambiguous name decided by the modifiers around it, as the data says
    ("flat press" is the bench press, "cambered bar curl" a barbell curl)."""
    if ambiguity is None or not ambiguity.by_modifier:
        return found, how
    for modifier in modifiers:
        chosen = ambiguity.by_modifier.get(modifier) or ambiguity.by_modifier.get(
            EQUIPMENT_MODIFIERS.get(modifier, "")
        )
        if chosen is not None and chosen in by_id:
            return by_id[chosen], f"ambiguous name, decided by '{modifier}'"
    return found, how
