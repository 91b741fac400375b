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
