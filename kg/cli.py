"""The `charity-kg` command: a few lines per command over the library; KGError becomes a message and exit 1."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

import click

from .errors import KGError
from .paths import DEFAULT_CURATED
from .store import DEFAULT_PORT, DEFAULT_TIMEOUT

# The build pipeline is imported inside the commands that run it: `query`, `serve` and `publish`
# start without it (check: python -X importtime -m kg query --list).

DEFAULT_INPUT = Path("data/articles")
DEFAULT_OUT = Path("exports")


class LazyChoice(click.Choice):
    """click.Choice whose choices come from a module imported only when a command line needs them."""

    def __init__(self, load: Callable[[], list[str]]) -> None:
        self._load = load
        super().__init__([])

    @property  # type: ignore[override]
    def choices(self) -> list[str]:
        return list(self._load())

    @choices.setter
    def choices(self, _: object) -> None:
        pass


def _exporter_names() -> list[str]:
    from .exporters import EXPORTERS

    return sorted(EXPORTERS)


def _projections(name: str) -> Callable[[], list[str]]:
    def load() -> list[str]:
        from . import projections

        return list(getattr(projections, name))

    return load


class KGGroup(click.Group):
    """Turns library errors into one clear line on stderr and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=KGGroup)
@click.version_option(package_name="charity-kg")
@click.option("-v", "--verbose", is_flag=True, help="Log what the loaders decide (encodings, dates, skipped files) to stderr.")
def main(verbose: bool) -> None:
    """charity-kg: a knowledge graph of regional charity networks from news articles."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s", force=True)


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Folder for the exports.")
@click.option("-f", "--format", "formats", multiple=True, type=LazyChoice(_exporter_names), help="Only these exports (repeatable); default all.")
@click.option("--explain", is_flag=True, help="Write each fact's evidence sentence, offsets, rule and confidence into facts.jsonl.")
@click.option("--min-confidence", type=float, default=None, help="Leave facts below this confidence out of facts.jsonl (they are flagged otherwise).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL validation of the built graph.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input file was skipped.")
@click.option("--curated", type=click.Path(path_type=Path), default=DEFAULT_CURATED, show_default=True, help="Folder of curated corrections.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None, help="Extraction cache folder [default: .kg-cache beside DIR].")
@click.option("--no-cache", is_flag=True, help="Extract every article again.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes for reading and extraction [default: all cores]; the output is the same for any number.")
def build(
    inputs: tuple[Path, ...], out_dir: Path, formats: tuple[str, ...], explain: bool, min_confidence: float | None,
    no_validate: bool, strict: bool, curated: Path, cache_dir: Path | None, no_cache: bool, jobs: int | None,
) -> None:
    """Build the graph from articles (files or folders; default data/articles) and write every export."""
    from .build import build as run_build

    cache = None if no_cache else (cache_dir or out_dir.resolve().parent / ".kg-cache")
    report = run_build(
        list(inputs) or [DEFAULT_INPUT], out_dir, list(formats) or None, explain, min_confidence, not no_validate, curated, cache,
        jobs=jobs, progress=sys.stderr.isatty(),
    )
    click.echo(report.summary())
    if strict and report.problems:
        raise KGError(f"--strict: {len(report.problems)} input file(s) were skipped")


@main.command()
@click.argument("sparql", required=False)
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Build folder to query.")
@click.option("--format", "output", type=click.Choice(["table", "csv", "json", "turtle"]), default="table", show_default=True,
              help="SELECT/ASK: table, csv, json (SPARQL 1.1 Query Results JSON); CONSTRUCT/DESCRIBE: Turtle (json: JSON-LD).")
@click.option("--list", "list_library", is_flag=True, help="List the query library (queries/*.rq) with their research questions.")
@click.option("--bind", "binds", multiple=True, metavar="VAR=VALUE", help="Fix a variable before the query runs (an IRI or a string), e.g. fact=https://…")
def query(sparql: str | None, data_dir: Path, output: str, list_library: bool, binds: tuple[str, ...]) -> None:
    """Run a SPARQL query over the built graph: a library NAME, a .rq file, or the query text."""
    from .queries import library_listing, resolve_query
    from .store import open_store, query_output

    if list_library:
        click.echo(library_listing())
        return
    if not sparql:
        raise KGError("give a query: a library name (see `charity-kg query --list`), a .rq file, or SPARQL text")
    bindings = dict(bind.split("=", 1) for bind in binds if "=" in bind)
    if len(bindings) != len(binds):
        raise KGError("--bind takes VAR=VALUE, e.g. --bind fact=https://w3id.org/charity-kg/id/…")
    text = resolve_query(sparql)
    click.echo(query_output(open_store(data_dir), text, output, bindings).rstrip("\n"))


@main.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("facts", type=click.Path(path_type=Path))
@click.option("--misses", is_flag=True, help="Also list the missing and extra facts.")
def evaluate(gold: Path, facts: Path, misses: bool) -> None:
    """Score FACTS against GOLD (files, or folders paired by name) as docs/FACTS.md defines."""
    from .evaluate import evaluate_paths

    report = evaluate_paths(gold, facts)
    click.echo(f"{'kind':<18} {'P':>6} {'R':>6} {'F1':>6} {'system':>7} {'gold':>6}")
    for row in report.as_rows():
        click.echo(f"{row['kind']:<18} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} {row['system']:>7} {row['gold']:>6}")
    if misses:
        for miss in report.misses:
            click.echo(str(miss))


@main.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True)
def validate(data_dir: Path) -> None:
    """Check the built graph against ontology/shapes.ttl; violations come with article and sentence."""
    from .validate import validate_folder

    violations = validate_folder(data_dir)
    for v in violations:
        click.echo(f"{v.article or '-'}: {v.focus} {v.path}: {v.message}\n    {v.sentence}")
    if violations:
        raise KGError(f"{len(violations)} SHACL violation(s) in {data_dir}")
    click.echo(f"{data_dir}: the graph conforms to the shapes")


@main.command()
def formats() -> None:
    """List the export formats: name, extension, file, media type."""
    from .exporters import EXPORTERS

    for name in sorted(EXPORTERS):
        exporter = EXPORTERS[name]
        click.echo(f"{name:<10} {exporter.extension:<8} {exporter.filename:<14} {exporter.media_type:<24} {exporter.description}")


@main.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Build folder holding network.json.")
@click.option("--format", "fmt", type=LazyChoice(_projections("FORMATS")), default="gexf", show_default=True)
@click.option("--projection", type=LazyChoice(_projections("PROJECTIONS")), default="network", show_default=True, help="The whole network or one of its projections.")
@click.option("--by", type=LazyChoice(_projections("ORG_ORG_BY")), default="events", show_default=True, help="org-org: link by shared events or shared people.")
@click.option("--since", type=int, default=None, help="Only facts dated in or after this year.")
@click.option("--until", type=int, default=None, help="Only facts dated in or before this year.")
@click.option("-o", "--out", type=click.Path(path_type=Path), required=True, help="File to write (csv: <stem>-nodes.csv and <stem>-edges.csv).")
def export(data_dir: Path, fmt: str, projection: str, by: str, since: int | None, until: int | None, out: Path) -> None:
    """Write the built network, or a projection of it, for Gephi and scripts (GEXF, GraphML or CSV)."""
    from .projections import export_projection

    for path in export_projection(data_dir, fmt, out, projection, by, since, until):
        click.echo(f"wrote {path}")


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--curated", type=click.Path(path_type=Path), default=DEFAULT_CURATED, show_default=True)
def review(inputs: tuple[Path, ...], curated: Path) -> None:
    """List what a human should check: homonyms, candidate merges, low-confidence facts, unhandled titles."""
    from .build import prepare
    from .curate import apply_curation
    from .resolve import resolve
    from .review import review_items

    prepared = prepare(list(inputs) or [DEFAULT_INPUT], curated)
    corpus = apply_curation(prepared.corpus, prepared.curation)
    items = review_items(corpus, resolve(corpus, prepared.curation))
    for item in items:
        click.echo(item.to_text())
    skipped = f"; {len(prepared.problems)} input file(s) skipped" if prepared.problems else ""
    click.echo(f"{len(items)} item(s) to review{skipped}")


@main.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; 0.0.0.0 opens the endpoint to the network.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=int)
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=float, help="Seconds after which a query is ended.")
@click.option("--detach", is_flag=True, help="Start the server in the background and return (PID in DIR/serve.pid).")
@click.option("--stop", is_flag=True, help="Stop the server started for DIR with --detach.")
def serve(data_dir: Path, host: str, port: int, timeout: float, detach: bool, stop: bool) -> None:
    """Serve the built graph read-only at http://HOST:PORT/sparql with Oxigraph's SPARQL 1.1 server."""
    from .server import serve_forever, start_server, stop_recorded

    if stop:
        click.echo(f"stopped the SPARQL server (pid {stop_recorded(data_dir)})")
        return
    server = start_server(data_dir, host, port, timeout)
    announce = f"SPARQL endpoint: {server.url} (query page {server.base_url}/, pid {server.process.pid}, timeout {timeout:g} s)"
    if detach:
        click.echo(f"{announce}; `charity-kg serve --stop --data {data_dir}` stops it")
    else:
        serve_forever(server, ready=lambda: click.echo(f"{announce}; Ctrl-C stops it"))


@main.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Build folder to publish.")
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://localhost:7878/store or http://host:3030/DATASET/data.")
@click.option("--user", default=None, help="User for HTTP basic authentication.")
@click.option("--password", default=None, envvar="CHARITY_KG_PASSWORD", help="Password (or set CHARITY_KG_PASSWORD).")
def publish(data_dir: Path, endpoint: str, user: str | None, password: str | None) -> None:
    """Put every named graph of the build into a triple store (SPARQL 1.1 Graph Store Protocol; replaces, never duplicates)."""
    from .publish import publish as run_publish

    click.echo(run_publish(data_dir, endpoint, user, password).summary())
