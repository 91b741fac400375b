"""kg.derive: a position's tenure dates read over every article that states it."""

from __future__ import annotations

from kg.derive import derive
from kg.rdf import ArticleOutput
from kg.resolve import Resolution


def _stating(article: str, position: str, since: str, until: str) -> ArticleOutput:
    return ArticleOutput(article, f"urn:graph:{article}", "2024-05-01", "", positions=[(position, "urn:person", "urn:org", "会长", "current", since, until)])


def test_a_position_runs_from_its_earliest_since_to_its_latest_until_in_any_article_order() -> None:
    outputs = [
        _stating("a", "urn:post", "2021-03", ""),
        _stating("b", "urn:post", "", "2025-12"),
        _stating("c", "urn:post", "2019", "2024-06"),
        _stating("d", "urn:post", "", ""),
        _stating("e", "urn:undated", "", ""),
    ]
    expected = {"urn:post": ("2019", "2025-12")}  # a post no article dates gets no tenure
    assert derive(outputs, Resolution()).position_dates == expected
    assert derive(outputs[::-1], Resolution()).position_dates == expected


def test_the_people_of_one_name_are_linked_to_the_one_keeping_it_not_pairwise() -> None:
    """k people of one name make 2 × (k − 1) ck:possibleHomonym links (each other person and the first of the
    group, the one keeping the bare name, both ways), each resting on the two people's articles: linear in the
    people, where every pair was k × (k − 1)."""
    people = ["urn:p/王伟", "urn:p/王伟@a", "urn:p/王伟@b", "urn:p/王伟@c"]
    resolution = Resolution(homonyms={"王伟": people}, person_articles={p: [f"art-{i}"] for i, p in enumerate(people)})
    derived = derive([], resolution)
    hub, others = people[0], people[1:]
    assert derived.homonyms == [(hub, o) for o in others] + [(o, hub) for o in others]
    for other in others:
        basis = derived.sources[(other, "possibleHomonym", hub)]
        assert basis == derived.sources[(hub, "possibleHomonym", other)] and len(basis) == 2
    pair = derive([], Resolution(homonyms={"王伟": people[:2]}, person_articles={p: ["x"] for p in people}))
    assert pair.homonyms == [(people[0], people[1]), (people[1], people[0])]  # a pair: both ways, as every pair was
