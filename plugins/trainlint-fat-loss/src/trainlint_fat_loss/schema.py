"""The program sections this plugin adds: ``nutrition`` and ``cardio``."""

from __future__ import annotations

from typing import Any

_NUMBER = r"\d+(\.\d+)?"
_RANGE = rf"{_NUMBER}(\s*[-–]\s*{_NUMBER})?"

NUTRITION: dict[str, Any] = {
    "type": "object",
    "description": "Daily nutrition targets of the program (added by the trainlint-fat-loss "
    "plugin).",
    "additionalProperties": False,
    "properties": {
        "calorie-deficit": {
            "type": "string",
            "pattern": rf"^{_RANGE}\s*kcal$",
            "errorMessage": "must be calories per day, like 400 kcal or 300-500 kcal",
            "patternErrorMessage": "must be calories per day, like 400 kcal or 300-500 kcal",
            "description": "Daily calorie deficit, in kcal a day: '400 kcal' or '300-500 kcal'.",
            "examples": ["400 kcal", "300-500 kcal"],
        },
        "protein": {
            "type": "string",
            "pattern": rf"^{_RANGE}\s*g/kg$",
            "errorMessage": "must be grams per kilogram of body weight, like 1.8 g/kg",
            "patternErrorMessage": "must be grams per kilogram of body weight, like 1.8 g/kg",
            "description": "Daily protein per kilogram of body weight: '1.8 g/kg' or "
            "'1.6-2.2 g/kg'.",
            "examples": ["1.8 g/kg"],
        },
        "fiber": {
            "type": "string",
            "pattern": rf"^{_RANGE}\s*g$",
            "errorMessage": "must be grams per day, like 30 g",
            "patternErrorMessage": "must be grams per day, like 30 g",
            "description": "Daily fiber, in grams: '30 g' or '25-35 g'.",
            "examples": ["30 g"],
        },
        "notes": {"type": "string", "description": "Free-form notes on nutrition."},
    },
}

CARDIO: dict[str, Any] = {
    "type": "array",
    "description": "Cardio sessions done outside the workouts, such as brisk walks or rides "
    "on rest days (added by the trainlint-fat-loss plugin).",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["activity", "duration", "per-week"],
        "description": "One kind of cardio session and how often it happens.",
        "properties": {
            "activity": {
                "type": "string",
                "minLength": 1,
                "description": "What is done: 'incline walk', 'cycling', 'rowing machine'.",
            },
            "duration": {
                "type": "string",
                "pattern": rf"^{_RANGE}\s*(min|mins|minutes?)$",
                "errorMessage": "must be minutes, like 25 min or 20-30 min",
                "patternErrorMessage": "must be minutes, like 25 min or 20-30 min",
                "description": "Length of one session in minutes: '25 min' or '20-30 min'.",
            },
            "per-week": {
                "type": "integer",
                "minimum": 1,
                "maximum": 14,
                "description": "How many such sessions a week.",
            },
            "intensity": {
                "type": "string",
                "description": "Pace or effort: 'steady', 'intervals', ...",
            },
            "notes": {"type": "string", "description": "Free-form notes."},
        },
    },
}
