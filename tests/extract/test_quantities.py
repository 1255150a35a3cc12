import math

import pytest

from kg.extract.quantities import quantities


@pytest.mark.parametrize("text, low, high, unit, hedge", [
    ("the army holds at least 1,000 sq km (386 square miles) of land", 1000, math.inf, "km2", "at least"),
    ("nearly 200,000 people fled", 180000, 200000, "people", "nearly"),
    ("troops moved one to two kilometres", 1, 2, "km", "range"),
    ("a strip about 12 km deep and 40 km wide", 432, 528, "km2", "about"),
    ("a zone of 50 square miles", 50 * 2.58999, 50 * 2.58999, "km2", "exact"),
    ("the drones numbered 117 drones", 117, 117, "count", "exact"),
    ("3 million people were displaced", 3e6, 3e6, "people", "exact"),
    # numbers in words: a compound is one number, not a range ("forty-three" was read as 40 to 3)
    ("Forty-three percent of donors gave online", 43, 43, "percent", "exact"),
    ("thirty-two miners were trapped", 32, 32, "count", "exact"),
    ("between twenty-one and thirty-four people were hurt", 21, 34, "people", "range"),
    ("Twelve people were rescued from the roof", 12, 12, "people", "exact"),
    # casualties with no noun after the figure
    ("the blast killed nine and injured 30 more", 9, 9, "people", "exact"),
    ("rebels said 140 were dead", 140, 140, "people", "exact"),
    ("the storm killed at least five", 5, math.inf, "people", "at least"),
    ("the death toll has risen to 64", 64, 64, "people", "exact"),
    ("a death toll of about 30", 27, 33, "people", "about"),
    # a noun starting like a month is still a noun ("sep", "mar", "may")
    ("about 20 separatists were captured", 18, 22, "count", "about"),
    ("40 marines landed at dawn", 40, 40, "count", "exact"),
])
def test_quantities_are_normalised_with_hedges(text, low, high, unit, hedge):
    q = quantities(text)[0]
    assert (round(q.low, 3), q.high if math.isinf(q.high) else round(q.high, 3), q.unit, q.hedge) == \
        (round(low, 3), high if math.isinf(high) else round(high, 3), unit, hedge)


def test_years_and_restated_units_are_not_extra_figures():
    qs = quantities("in 2023 it took 1,000 sq km (386 square miles)")
    assert [q.unit for q in qs] == ["km2"]


@pytest.mark.parametrize("text, km_h", [
    ("gusts reached 120 km/h on the coast", 120),
    ("the storm's winds peaked at 90 mph overnight", 90 * 1.60934),
    ("the ferry cruised at 20 knots", 20 * 1.852),
    ("a limit of 30 miles per hour near schools", 30 * 1.60934),
])
def test_a_speed_is_not_a_distance(text, km_h):
    q = quantities(text)[0]
    assert (q.unit, q.measure, round(q.low, 2)) == ("km/h", "speed", round(km_h, 2))


def test_a_distance_stays_a_distance():
    q = quantities("the village lies 30 miles north of the border")[0]
    assert (q.unit, q.measure) == ("km", "distance")


def test_a_casualty_verb_before_a_noun_leaves_the_noun_to_say_what_is_counted():
    assert [(q.low, q.unit, q.measure) for q in quantities("the flood killed 300 cattle")] == [(300, "count", "cattle")]
    assert [q.low for q in quantities("the raid killed nine and wounded 14")] == [9, 14]
    assert quantities("He was killed in 2004") == []
    assert quantities("May 5 was quiet") == []  # a date, not five of something called "was"
