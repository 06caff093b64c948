"""Report exercises that trainlint does not know.

**What it checks.** Every exercise name is looked up in the catalog (built-in
entries, entries from plugins and the program's own ``custom-exercises``).
Matching forgives case, punctuation, plurals, US/UK spellings, common
abbreviations (DB, BB, KB), word order, words written together or apart (pullup,
pull-up), and equipment, position and grip words around a known movement
("leverage machine", "band", "seated", "one-arm"). A qualifier the way apps
write it ("Incline Dumbbell Press (30 degrees)", "Pull-ups (kipping)", "Bench
Press w/ Pause") is set aside when the rest names a known movement, and a
complex ("Power Snatch + Overhead Squat", "Depth Jump to Box") is its first
movement. As a last resort, a name whose last words are a known movement and
keep the pattern its words reveal is read as that movement, with the words
before it unknown ("Nautilus Pullover", "Backpack Bent-Over Row"); it is then
not taken for the heavy barbell lift it may name. A self-myofascial release is
read by its tool whatever muscles it names ("foam roll hamstrings and adductors"
is foam rolling, "lacrosse ball pec release" a soft-tissue release), and a
stretch by the place it names ("soleus stretch" is the calf stretch). A name
that could mean two movements (``rowing``) is decided by its prescription: a
duration, intervals or a distance mean the machine, sets and reps a row. A name
that matches nothing is reported with the rules that could not judge it and with
suggestions only of the movement pattern its words reveal ("... push up" is
never offered a pull-up, "calorie row" never a cable row) and never of another
part of the body than the one it names ("quadruped t-spine rotation" is never
offered a neck exercise, nor a wrist extension a hip extension); when its words
reveal no pattern, only a near-certain spelling match is offered, or none. A
name that stays ambiguous is reported with what it may mean.
``trainlint exercises --resolve NAME`` shows what a name resolves to and why.

**Severity.** A name almost exactly spelt like a known one (``dedlift``,
``bulgarian split sqat``) is most likely a slip, and a name that may mean two
movements needs the fuller name: both have the rule's severity. A name unlike
any the catalog knows is most likely a real exercise the catalog lacks; the
program is not wrong, so the finding is ``info``, still naming the rules that
could not judge it and any close names of the same movement pattern.

**Why.** The other rules need to know what an exercise trains: an unknown
exercise is silently left out of back-exercise counts, set and rep checks and
the weekly frequency. Define it under ``custom-exercises`` (name, primary
muscles, tags) to have it checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.catalog_suggest import spelt_like
from checker.findings import Severity
from checker.program import Program
from checker.rule import Options, Rule, Violation


class UnknownExercise(Rule):
    id = "unknown-exercise"
    summary = "An exercise is not in the catalog (with suggestions)"
    default_severity = Severity.WARNING
    uses_catalog = False
    failing_example = """\
program: Typo
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: dedlift
        sets: 3
        reps: 8
"""
    passing_example = """\
program: Custom
custom-exercises:
  - name: sandbag shouldering
    primary: [lower-back, glutes]
    tags: [heavy]
workouts:
  - name: Day A
    warmup: 5 min
    exercises:
      - exercise: sandbag shouldering
        sets: 3
        reps: 8
"""

    def check(self, program: Program, options: Options) -> Iterator[Violation]:
        judged = [r for r in program.catalog_rules if r != self.id]
        for _, use in program.exercises():
            if use.exercise is not None:
                continue
            candidates = program.catalog.resolve(use.name, use.entry).candidates
            if candidates:
                names = [program.catalog.get(c) for c in candidates]
                message = f"ambiguous exercise '{use.name}': it may mean " + " or ".join(
                    f"'{e.name}'" for e in names if e is not None
                )
            else:
                message = f"unknown exercise '{use.name}'"
                suggestions = program.catalog.suggest(use.name)
                if suggestions:
                    quoted = " or ".join(f"'{s}'" for s in suggestions)
                    message += f" (did you mean {quoted}?)"
                slip = bool(suggestions) and spelt_like(use.name, suggestions[0])
            if judged:
                message += f"; not judged by {', '.join(judged)}"
            if candidates:
                message += "; write the fuller name"
                yield Violation(program.name_span(use), message)
            elif slip:
                message += "; define it under 'custom-exercises' if the name is right"
                yield Violation(program.name_span(use), message)
            else:
                message += (
                    "; most likely an exercise trainlint's catalog lacks: define it under "
                    "'custom-exercises' to have it judged"
                )
                yield Violation(program.name_span(use), message, Severity.INFO)
