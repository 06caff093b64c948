"""Generate realistic program corpora for the benchmarks.

    python benchmarks/generate.py OUT --files 1000 [--mistakes 0.2] [--seed 1]
    python benchmarks/generate.py OUT --big 5   # one program of about 5 MB

Files are deterministic for a given seed. About one file in five (``--mistakes``)
carries the mistakes coaches make: typos in keys and exercise names, too many back
exercises, the deadlift late in the workout, out-of-range reps and sets.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

HEAVY = ["deadlift", "back squat", "barbell row", "bench press", "overhead press", "front squat"]
BACK = [
    "lat pulldown",
    "seated cable row",
    "pull-up",
    "chin-up",
    "single-arm dumbbell row",
    "face pull",
    "chest-supported row",
    "straight-arm pulldown",
]
# one of each per workout, so that a realistic clean program trains every group twice
OTHER = [
    ["walking lunge", "bulgarian split squat", "leg press", "leg curl", "goblet squat", "step-up"],
    ["push-up", "incline dumbbell press", "cable fly", "dips"],
    ["lateral raise", "arnold press", "front raise"],
    ["dumbbell curl", "hammer curl", "triceps pushdown", "skull crusher"],
]
CORE = ["plank", "side plank", "bird dog", "dead bug", "Pallof press", "hollow hold"]
DEADLIFTS = ["deadlift", "Romanian deadlift", "trap bar deadlift", "sumo deadlift"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
LEVELS = ["beginner", "intermediate", "advanced"]
GOALS = ["strength", "hypertrophy", "posture", "general"]
NOTES = [
    "Add weight when every set reaches the top of the range.",
    "Keep one or two reps in reserve on the last set.",
    "Film the first set of the main lift every second week.",
    "Move the session if sleep was under six hours.",
]


def _exercise(rng: random.Random, name: str, level: str, heavy: bool, mistake: bool) -> str:
    low, high = (8, 10) if level == "beginner" or not heavy else (5, 8)
    reps = f"{low}-{high}" if rng.random() < 0.6 else str(rng.randint(low, high))
    sets = rng.choice([2, 3])
    lines = [f"      - exercise: {name}", f"        sets: {sets}", f"        reps: {reps}"]
    if mistake:
        kind = rng.randrange(4)
        if kind == 0:
            lines[2] = f"        rep: {reps}"
        elif kind == 1:
            lines[1] = "        sets: 5"
        elif kind == 2:
            lines[2] = "        reps: 3"
        else:
            lines[0] = f"      - exercise: {name[:-1] + 'x'}"
    if heavy:
        lines.append(f"        load: {rng.choice([40, 60, 80, 100, 120])} kg")
        lines.append(f"        rest: {rng.choice(['2 min', '3 min', '150 s'])}")
    elif rng.random() < 0.5:
        lines.append(f"        load: {rng.choice(['12 kg', 'RPE 8', 'bodyweight', '70% 1RM'])}")
    if rng.random() < 0.15:
        lines.append(f"        notes: {rng.choice(NOTES)}")
    return "\n".join(lines)


def _core(rng: random.Random) -> str:
    name = rng.choice(CORE)
    if name in ("plank", "side plank", "hollow hold"):
        return (
            f"      - exercise: {name}\n        sets: 2\n        hold: {rng.choice([20, 30, 45])} s"
        )
    return f"      - exercise: {name}\n        sets: 2\n        reps: 8\n        per-side: true"


def _workout(rng: random.Random, index: int, day: str, level: str, mistake: bool) -> str:
    parts = [
        f"  - name: Day {chr(ord('A') + index % 26)}{index // 26 or ''}",
        f"    day: {day}",
        f"    warmup: {rng.choice([5, 6, 7, 8])} min",
        "    exercises:",
    ]
    exercises = [_exercise(rng, rng.choice(DEADLIFTS), level, True, False)]
    back_limit = 2 if level == "beginner" else 3
    backs = rng.sample(BACK, back_limit - 1 + (1 if mistake and rng.random() < 0.3 else 0))
    others = [rng.choice(group) for group in OTHER]
    main = rng.choice(HEAVY[1:])
    if main not in ("barbell row",):
        exercises.append(_exercise(rng, main, level, True, False))
    for name in [*backs, *others]:
        exercises.append(_exercise(rng, name, level, False, mistake and rng.random() < 0.25))
    if mistake and rng.random() < 0.3:
        exercises[0], exercises[1] = exercises[1], exercises[0]
    exercises.append(_core(rng))
    return "\n".join(parts + exercises)


def program(rng: random.Random, mistake: bool, workouts: int | None = None) -> str:
    level = rng.choice(LEVELS)
    count = workouts or rng.choice([2, 3])
    days = sorted(rng.sample(range(7), min(count, 7))) if count <= 7 else list(range(count))
    header = [
        "# yaml-language-server: $schema=../schemas/program.schema.json",
        f"program: Block {rng.randint(1, 999)}, {level}",
        f"level: {level}",
        f"goal: {rng.choice(GOALS)}",
        f"weeks: {rng.choice([6, 8, 10, 12])}",
        f"notes: {rng.choice(NOTES)}",
        "workouts:",
    ]
    body = [
        _workout(rng, i, DAYS[d % 7], level, mistake and rng.random() < 0.5)
        for i, d in enumerate(days)
    ]
    return "\n".join(header + body) + "\n"


def generate(out: Path, files: int, mistakes: float, seed: int) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(files):
        path = out / f"{index // 1000:03d}" / f"program-{index:05d}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(program(rng, rng.random() < mistakes), encoding="utf-8")
        written.append(path)
    return written


def generate_big(out: Path, megabytes: float, seed: int) -> Path:
    """One program whose weekly template has as many workouts as it takes."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    size = int(megabytes * 1024 * 1024)
    workouts = max(1, size // 785)
    text = program(rng, False, workouts=workouts)
    path = out / f"big-{megabytes:g}mb.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--mistakes", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--big", type=float, help="write one program of about this many MB")
    args = parser.parse_args(argv)
    if args.big:
        print(generate_big(args.out, args.big, args.seed))
    else:
        generate(args.out, args.files, args.mistakes, args.seed)
        print(f"wrote {args.files} programs under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
