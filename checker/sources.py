"""Where the built-in rules' thresholds come from.

Every threshold of a built-in rule cites either a passage of one of the three
guidance texts (``000:95`` is text 000, line 95) or a published standard from
:data:`STANDARDS`. ``tests/test_rules.py`` checks that every option default of
every built-in rule carries such a citation.
"""

from __future__ import annotations

import re

#: The guidance texts by number, named by subject (shown in ``explain``, docs and README).
GUIDANCE: dict[str, str] = {
    "000": "back training: superficial and deep back muscles, the three basic back "
    "exercises, how many back exercises, sets and reps",
    "001": "the best back exercises: the deadlift first in the session, each muscle "
    "group twice a week, back paired with biceps",
    "002": "back definition and fat loss: per-exercise prescriptions (sets, reps, "
    "holds), a three-day template, cardio, nutrition and the warm-up",
}

#: Published standards cited where the guidance texts are silent, or to say that a
#: program the texts would not write is still supported for its goal.
STANDARDS: dict[str, str] = {
    "ACSM 2009": "American College of Sports Medicine position stand, 'Progression models "
    "in resistance training for healthy adults', Med Sci Sports Exerc 41(3):687-708 (2009): "
    "novices 8-12 RM and 1-3 sets; intermediate and advanced lifters a periodized 1-12 RM "
    "with emphasis on 1-6 RM for strength and 6-12 RM for hypertrophy, multiple sets (3-6 "
    "for advanced hypertrophy); exercise order large before small muscle groups, "
    "multiple-joint before single-joint, higher before lower intensity",
    "Baz-Valle 2022": "Baz-Valle, Balsalobre-Fernandez, Alix-Fages and Santos-Concejero, 'A "
    "systematic review of the effects of different resistance training volumes on muscle "
    "hypertrophy', J Hum Kinet 81:199-210 (2022): in trained men, 12-20 weekly sets per "
    "muscle group grew muscle as well as more than 20 (the triceps aside)",
    "Carpinelli 1998": "Carpinelli and Otto, 'Strength training: single versus multiple "
    "sets', Sports Med 26(2):73-84 (1998): a review in which one set to fatigue gave "
    "strength gains like those of several sets in most of the studies it found",
    "NSCA 2016": "Haff and Triplett (eds.), 'Essentials of Strength Training and "
    "Conditioning', 4th ed., NSCA / Human Kinetics (2016), chapter 17, volume assignments by "
    "training goal: strength 2-6 sets of 6 or fewer reps, hypertrophy 3-6 sets of 6-12 reps, "
    "muscular endurance 2-3 sets of 12 or more",
    "Rhea 2003": "Rhea, Alvar, Burkett and Ball, 'A meta-analysis to determine the dose "
    "response for strength development', Med Sci Sports Exerc 35(3):456-464 (2003): four "
    "sets per muscle group gave the largest strength gains in trained and untrained people",
    "ACSM GETP": "ACSM's Guidelines for Exercise Testing and Prescription (11th ed., 2021): "
    "a warm-up of at least 5-10 minutes of light to moderate activity",
    "Amirthalingam 2017": "Amirthalingam, Mavros, Wilson, Clarke, Mitchell and Hackett, "
    "'Effects of a modified German volume training program on muscular hypertrophy and "
    "strength', J Strength Cond Res 31(11):3109-3119 (2017): 10 sets of 10 (German volume "
    "training) and 5 sets of 10 both increased lean mass in trained men; 10 sets did no "
    "better than 5",
    "Nunes 2021": "Nunes, Grgic, Cunha, Ribeiro, Schoenfeld, de Salles and Cyrino, 'What "
    "influence does resistance exercise order have on muscular strength gains and muscle "
    "hypertrophy? A systematic review and meta-analysis', Eur J Sport Sci 21(2):149-157 "
    "(2021): the exercises done first gain the most strength; the order made no difference "
    "to hypertrophy",
    "Schoenfeld 2014": "Schoenfeld, Ratamess, Peterson, Contreras, Sonmez and Alvar, "
    "'Effects of different volume-equated resistance training loading strategies on "
    "muscular adaptations in well-trained men', J Strength Cond Res 28(10):2909-2918 (2014): "
    "7 sets of 3 grew muscle as much as 3 sets of 10, and gained more strength",
    "Schoenfeld 2016": "Schoenfeld, Ogborn and Krieger, 'Effects of resistance training "
    "frequency on measures of muscle hypertrophy: a systematic review and meta-analysis', "
    "Sports Med 46(11):1689-1697 (2016): training a muscle group twice a week beat once",
    "Schoenfeld 2017": "Schoenfeld, Ogborn and Krieger, 'Dose-response relationship between "
    "weekly resistance training volume and increases in muscle mass', J Sports Sci "
    "35(11):1073-1082 (2017): 10 or more weekly sets per muscle group grew more",
    "Schoenfeld 2019": "Schoenfeld, Grgic and Krieger, 'How many times per week should a "
    "muscle be trained to maximize muscle hypertrophy?', J Sports Sci 37(11):1286-1295 "
    "(2019): with weekly volume equated, frequency made no significant difference",
}

#: What a guidance rule says about a ``goal: rehab`` program: its findings are ``info``.
HEALTHY_TRAINEES: dict[str, str] = {
    "rehab": "the guidance texts and the standards write for healthy trainees; "
    "a rehab program follows its clinician",
}

_PASSAGE = re.compile(r"\b(000|001|002):[0-9]+(-[0-9]+)?\b")


def cited(text: str) -> list[str]:
    """The guidance passages and standards a citation names (empty: it cites nothing)."""
    found = [m.group(0) for m in _PASSAGE.finditer(text)]
    found += [name for name in STANDARDS if name in text]
    return found


def describe_guidance() -> str:
    """One line per guidance text: its number and subject."""
    return "\n".join(f"- guidance {number}: {subject}" for number, subject in GUIDANCE.items())
