"""The fat-loss rules, one module per rule (module docstring = documentation)."""

from __future__ import annotations

from checker.api import Rule
from trainlint_fat_loss.rules.calorie_deficit import CalorieDeficit
from trainlint_fat_loss.rules.cardio_duration import CardioDuration
from trainlint_fat_loss.rules.cardio_frequency import CardioFrequency
from trainlint_fat_loss.rules.fiber import Fiber
from trainlint_fat_loss.rules.program_length import ProgramLength
from trainlint_fat_loss.rules.protein import Protein

RULES: list[type[Rule]] = [
    CardioFrequency,
    CardioDuration,
    CalorieDeficit,
    Protein,
    Fiber,
    ProgramLength,
]
