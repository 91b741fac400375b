"""What a human should look at after a build: possible homonyms, candidate merges, weak facts, unhandled titles.

Each item says what to write in data/curated/ to settle it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .build import LOW_CONFIDENCE
from .model import ArticleFacts
from .resolve import Resolution


@dataclass(frozen=True)
class ReviewItem:
    category: str
    subject: str
    detail: str
    evidence: str = ""

    def to_text(self) -> str:
        text = f"[{self.category}] {self.subject}: {self.detail}"
        return text + (f"\n    {self.evidence}" if self.evidence else "")


def review_items(corpus: list[ArticleFacts], resolution: Resolution) -> list[ReviewItem]:
    """Everything worth a human look, sorted by category then subject."""
    items: list[ReviewItem] = []
    for name, iris in sorted(resolution.homonyms.items()):
        articles = sorted(a for (a, n), iri in resolution.person_iri.items() if n == name)
        items.append(
            ReviewItem(
                "homonym",
                name,
                f"kept as {len(iris)} people ({', '.join(str(i).rsplit('/', 1)[-1] for i in iris)}) in {', '.join(articles)}; "
                "if they are one, add a row to data/curated/merges.csv",
            )
        )
    full_names = sorted(resolution.org_iri, key=len, reverse=True)
    for name in sorted(resolution.org_iri):
        if name[:1] in "省市区县":
            matches = [full for full in full_names if full != name and full.endswith(name)]
            if matches:
                items.append(
                    ReviewItem("merge", name, f"short form left as written; perhaps {' or '.join(matches)} (data/curated/aliases.csv)")
                )
    for item in corpus:
        for fact in item.facts:
            if fact.kind != "source" and fact.confidence < LOW_CONFIDENCE:
                evidence = fact.evidence[0] if fact.evidence else None
                detail = ", ".join(f"{k}={v}" for k, v in sorted(fact.fields.items()) if v not in ("", None, []))
                items.append(
                    ReviewItem(
                        "low-confidence",
                        f"{item.article.article_id} {fact.kind}",
                        f"{detail} (rule {evidence.rule if evidence else '?'}, confidence {fact.confidence:.2f})",
                        evidence.sentence if evidence else "",
                    )
                )
        for note in item.unhandled:
            items.append(ReviewItem("unhandled", item.article.article_id, note))
    order = {"homonym": 0, "merge": 1, "low-confidence": 2, "unhandled": 3}
    return sorted(items, key=lambda i: (order[i.category], i.subject, i.detail))
