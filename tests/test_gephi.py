"""The network files for Gephi and scripts: schema-valid dynamic GEXF, whole GraphML, Data Laboratory CSV, projections."""

from __future__ import annotations

import copy
import csv
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
import pytest
from click.testing import CliRunner
from lxml import etree

from kg.build import BuildReport, build
from kg.cli import main
from kg.errors import ExportError
from kg.exporters import Bundle, get_exporter
from kg.exporters.graphs import GEXF_NS, VIZ_NS, GraphMLWriter, date_bounds, export_tables, gexf_text, graph_tables, graphml_text, read_network
from kg.projections import PROJECTIONS, export_projection, project

from tests.conftest import MULTI

SCHEMA = Path(__file__).parent / "schemas" / "gexf-1.3" / "gexf.xsd"
NETWORK_FILES = ["gexf", "graphml", "nodes-csv", "edges-csv", "network"]
E = f"{{{GEXF_NS}}}"


@pytest.fixture(scope="module")
def gexf_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


@pytest.fixture(scope="module")
def multi_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The multi corpus (12 articles over 2021-2024) built into the network files only."""
    out = tmp_path_factory.mktemp("multi") / "exports"
    build([MULTI / "articles"], out, NETWORK_FILES, validate=False, cache_dir=None)
    return out


def schema_errors(schema: etree.XMLSchema, path: Path) -> list[str]:
    """Errors of the GEXF file against the official schema, checked twice since its viz.xsd has no namespace:
    the document without its viz: elements, then with them moved into the GEXF namespace, where the schema
    declares color, size and position with viz.xsd's attribute groups."""
    document = etree.parse(str(path))
    errors = []
    without_viz = copy.deepcopy(document)
    for element in list(without_viz.iter(f"{{{VIZ_NS}}}*")):
        element.getparent().remove(element)
    if not schema.validate(without_viz):
        errors += [f"without viz: {e.message}" for e in schema.error_log]
    viz_checked = copy.deepcopy(document)
    for element in list(viz_checked.iter(f"{{{VIZ_NS}}}*")):
        element.tag = E + etree.QName(element).localname
    if not schema.validate(viz_checked):
        errors += [f"viz: {e.message}" for e in schema.error_log]
    return errors


def all_gexf_files(out: Path, tmp: Path) -> list[Path]:
    """The build's GEXF and one file per projection (org-org twice: by events and by people)."""
    files = [out / "graph.gexf"]
    for name in PROJECTIONS:
        files += export_projection(out, "gexf", tmp / f"{name}.gexf", name)
    files += export_projection(out, "gexf", tmp / "org-org-people.gexf", "org-org", by="people")
    return files


@pytest.mark.parametrize("corpus", ["seed", "multi"])
def test_every_gexf_is_valid_and_keeps_every_edge(corpus: str, request: pytest.FixtureRequest, gexf_schema: etree.XMLSchema, tmp_path: Path) -> None:
    out = request.getfixturevalue("seed_build")[0] if corpus == "seed" else request.getfixturevalue("multi_build")
    network = read_network(out)
    for path in all_gexf_files(out, tmp_path):
        assert schema_errors(gexf_schema, path) == [], path.name
        text = path.read_text(encoding="utf-8")
        assert 'xmlns="http://gexf.net/1.3"' in text and 'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"' in text
        assert "lastmodifieddate" not in text
        read = nx.read_gexf(path)
        graph = etree.parse(str(path)).getroot().find(f"{E}graph")
        assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
        edges = graph.findall(f"{E}edges/{E}edge")
        ids = [edge.get("id") for edge in edges]
        assert len(ids) == len(set(ids)) == read.number_of_edges(), path.name
        assert all(edge.get("kind") and edge.get("label") and float(edge.get("weight")) > 0 for edge in edges)
        # Gephi keeps parallel edges only when their kinds differ.
        pairs = Counter((edge.get("source"), edge.get("target"), edge.get("kind")) for edge in edges)
        assert max(pairs.values(), default=1) == 1, path.name
        labels = [node.get("label") for node in graph.iter(f"{E}node")]
        assert all(label and label.strip() for label in labels)
        if path.name in ("graph.gexf", "network.gexf", "org-org.gexf", "person-person.gexf"):
            assert read.number_of_edges() > 0, path.name
        if path.name == "graph.gexf":
            assert read.number_of_edges() == network.number_of_edges()
            assert read.number_of_nodes() == network.number_of_nodes()


def test_viz_check_catches_a_bad_colour(gexf_schema: etree.XMLSchema, seed_build: tuple[Path, BuildReport], tmp_path: Path) -> None:
    text = (seed_build[0] / "graph.gexf").read_text(encoding="utf-8")
    broken = tmp_path / "broken.gexf"
    broken.write_text(text.replace('<viz:color r="', '<viz:color r="999', 1), encoding="utf-8")
    assert [e for e in schema_errors(gexf_schema, broken) if e.startswith("viz:")]
    broken.write_text(text.replace('<attvalue for="kind"', '<attvalue', 1), encoding="utf-8")
    assert [e for e in schema_errors(gexf_schema, broken) if e.startswith("without viz:")]


def test_gexf_has_colours_positions_and_typed_attributes(seed_build: tuple[Path, BuildReport]) -> None:
    out = seed_build[0]
    root = etree.parse(str(out / "graph.gexf")).getroot()
    columns = {a.get("title"): a.get("type") for a in root.iter(f"{E}attribute") if a.getparent().get("class") == "node"}
    assert columns["kind"] == "string" and columns["aliases"] == "liststring" and columns["first_year"] == "integer"
    nodes = root.findall(f"{E}graph/{E}nodes/{E}node")
    colours = {node.find(f"{{{VIZ_NS}}}color").get("hex") for node in nodes}
    assert len(colours) >= 4
    assert all(node.find(f"{{{VIZ_NS}}}position") is not None for node in nodes)
    person = next(n for n in nodes if n.get("label") == "钟燕群")
    values = {v.get("for"): v.get("value") for v in person.iter(f"{E}attvalue")}
    assert values["kind"] == "person" and values["iri"] == person.get("id")


def test_positions_are_the_shared_layout(seed_build: tuple[Path, BuildReport]) -> None:
    from kg.layout import layout

    network = read_network(seed_build[0])
    positions = layout(network)
    read = nx.read_gexf(seed_build[0] / "graph.gexf")
    for node, (x, y) in positions.items():
        position = read.nodes[node]["viz"]["position"]
        assert (position["x"], position["y"]) == pytest.approx((x, y), abs=0.01)


def test_graphml_loads_whole_in_networkx_and_igraph(multi_build: Path) -> None:
    network = read_network(multi_build)
    path = multi_build / "graph.graphml"
    root = etree.parse(str(path)).getroot()
    ids = [element.get("id") for element in root.iter("{*}node", "{*}edge")]
    assert len(ids) == len(set(ids))
    read = nx.read_graphml(path, force_multigraph=True)
    assert read.number_of_edges() == network.number_of_edges()
    assert sorted(iri for _, iri in read.nodes(data="iri")) == sorted(network.nodes)
    assert all(label for _, label in read.nodes(data="label"))
    loaded = igraph.Graph.Read_GraphML(str(path))
    assert (loaded.vcount(), loaded.ecount()) == (network.number_of_nodes(), network.number_of_edges())
    assert set(loaded.es["relation"]) == {r for *_, r in network.edges(data="relation")}
    assert all(isinstance(w, float) for w in loaded.es["weight"])


def test_csv_tables_in_data_laboratory_shape(multi_build: Path) -> None:
    network = read_network(multi_build)
    nodes_bytes = (multi_build / "nodes.csv").read_bytes()
    assert nodes_bytes.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    with open(multi_build / "nodes.csv", encoding="utf-8-sig", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with open(multi_build / "edges.csv", encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        edges = list(reader)
    assert reader.fieldnames[:8] == ["Source", "Target", "Type", "kind", "Label", "Weight", "Start", "End"]
    assert list(nodes[0])[:3] == ["Id", "Label", "kind"]
    assert len(nodes) == network.number_of_nodes() and len(edges) == network.number_of_edges()
    assert {row["Type"] for row in edges} == {"Directed"}
    assert len({row["Id"] for row in edges}) == len(edges)
    assert {row["relation"] for row in edges} >= {"participation", "position"}


def test_network_files_are_byte_identical_on_rebuild(multi_build: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build([MULTI / "articles"], again, NETWORK_FILES, validate=False, cache_dir=None)
    for name in ("graph.gexf", "graph.graphml", "nodes.csv", "edges.csv", "network.json"):
        assert (again / name).read_bytes() == (multi_build / name).read_bytes(), name
    first = export_projection(multi_build, "gexf", tmp_path / "a.gexf", "org-org")[0]
    second = export_projection(again, "gexf", tmp_path / "b.gexf", "org-org")[0]
    assert first.read_bytes() == second.read_bytes()


# --- on a network of the contract's shape (dates, parallel edges, nameless nodes) -------------

ID = "https://w3id.org/charity-kg/id/"


def contract_network() -> nx.MultiDiGraph:
    """A small network as CONTRACT.md describes it: one person who attended, spoke at and chaired one event."""
    graph = nx.MultiDiGraph()

    def node(kind: str, name: str, **attrs: object) -> str:
        iri = f"{ID}{kind}/{name}"
        defaults = {"type": "", "region": "", "aliases": [], "network": "", "start": "", "end": "", "articles": ["a1"], "facts": [iri]}
        graph.add_node(iri, label=name, kind=kind, **(defaults | attrs))
        return iri

    person = node("person", "甲某")
    other = node("person", "乙某")
    org = node("organization", "某市慈善总会", region="某市", aliases=["市慈善总会"], network=f"{ID}network/某协作")
    org2 = node("organization", "某省慈善联合会")
    net = node("network", "某协作")
    event = node("event", "某会议2024", date="2024-05-08", place="某市")
    event2 = node("event", "某论坛", date="2023-11")
    graph.add_node(f"{ID}network/", label="", kind="network")  # nameless: must not reach any file
    for role in ("出席", "发言", "主持"):
        graph.add_edge(person, event, key=f"{ID}participation/x {role}", relation="participation", role=role, status="", start="2024-05-08", end="2024-05-08", weight=1, fact="f", articles=["a1"])
    graph.add_edge(other, event, key="p2", relation="participation", role="出席", start="2024-05-08", end="2024-05-08", weight=1, articles=["a1"])
    graph.add_edge(other, event2, key="p3", relation="participation", role="出席", start="2023-11", end="2023-11", weight=1, articles=["a2"])
    graph.add_edge(person, event2, key="p4", relation="participation", role="出席", start="2023-11", end="2023-11", weight=1, articles=["a2"])
    graph.add_edge(person, org, key="pos1", relation="position", role="会长", status="current", start="2021-03", end="", weight=1, articles=["a1"])
    graph.add_edge(other, org2, key="pos2", relation="position", role="秘书长", status="", start="", end="", weight=1, articles=["a1"])
    graph.add_edge(person, org, key="pos0", relation="position", role="会长", status="former", start="2015", end="2018", weight=1, articles=["a3"])
    for year in ("2022", "2024"):
        term = node("chair_term", f"{year} 轮值主席 某市慈善总会", year=year, network=net)
        graph.add_edge(org, term, key=f"t{year}", relation="chair_term", role="轮值主席", start=year, end=year, weight=1, fact=term, articles=["a1"])
        graph.add_edge(org, net, key=f"m{year}", relation="network_member", role="", start=year, end=year, weight=1, fact=term, articles=["a1"])
    graph.add_edge(person, term, key="cp2024", relation="chair_person", role="轮值主席", start="2024", end="2024", weight=1, articles=["a1"])
    graph.add_edge(f"{ID}network/", org, key="bad", relation="network_member", role="", weight=1)
    return graph


def test_dates_become_gephi_intervals() -> None:
    tables = graph_tables(contract_network())
    edges = {edge.id: edge for edge in tables.edges}
    assert (edges["pos1"].start, edges["pos1"].end) == ("2021-03-01", "")  # since March 2021, open end
    assert (edges["pos2"].start, edges["pos2"].end) == ("", "")  # undated post: always there
    assert (edges["t2022"].start, edges["t2022"].end) == ("2022-01-01", "2022-12-31")  # a chair term over its year
    assert (edges["p3"].start, edges["p3"].end) == ("2023-11-01", "2023-11-30")
    nodes = {node.label: node for node in tables.nodes}
    assert (nodes["某市慈善总会"].start, nodes["某市慈善总会"].end) == ("2015-01-01", "2024-12-31")  # the span of its facts
    assert (nodes["2022 轮值主席 某市慈善总会"].start, nodes["2022 轮值主席 某市慈善总会"].end) == ("2022-01-01", "2022-12-31")
    assert (nodes["某会议2024"].start, nodes["某会议2024"].end) == ("2024-05-08", "2024-05-08")
    assert nodes["某市慈善总会"].values["first_year"] == 2015 and nodes["某市慈善总会"].values["network"] == "某协作"
    assert date_bounds("2024-02") == ("2024-02-01", "2024-02-29") and date_bounds("不详") == ("", "")


def test_parallel_roles_survive_and_nameless_nodes_are_left_out(gexf_schema: etree.XMLSchema, tmp_path: Path) -> None:
    network = contract_network()
    path = tmp_path / "contract.gexf"
    path.write_text(gexf_text(graph_tables(network)), encoding="utf-8")
    assert schema_errors(gexf_schema, path) == []
    text = path.read_text(encoding="utf-8")
    assert f'id="{ID}network/"' not in text and 'label=""' not in text
    read = nx.read_gexf(path)
    person, event = f"{ID}person/甲某", f"{ID}event/某会议2024"
    assert sorted(attrs["role"] for attrs in read[person][event].values()) == ["主持", "出席", "发言"]
    assert read.number_of_edges() == network.number_of_edges() - 1
    edges = etree.parse(str(path)).getroot().findall(f"{E}graph/{E}edges/{E}edge")
    kinds = [e.get("kind") for e in edges if e.get("source") == person and e.get("target") == event]
    assert sorted(kinds) == ["participation:主持", "participation:出席", "participation:发言"]
    posts = [e for e in edges if e.get("source") == person and e.get("target") == f"{ID}organization/某市慈善总会"]
    assert sorted(e.get("kind") for e in posts) == ["position:会长", "position:会长#2"]  # two terms in one post: both kept
    chair = [e for e in edges if e.get("kind", "").startswith("chair_term")]
    assert {(e.get("start"), e.get("end")) for e in chair} == {("2022-01-01", "2022-12-31"), ("2024-01-01", "2024-12-31")}
    graphml = tmp_path / "contract.graphml"
    graphml.write_text(graphml_text(graph_tables(network)), encoding="utf-8")
    assert nx.read_graphml(graphml).number_of_edges() == network.number_of_edges() - 1


def test_projections_count_shared_events_people_and_posts() -> None:
    network = contract_network()
    people = project(network, "person-person")
    assert people.number_of_edges() == 1
    (_, _, attrs), = people.edges(data=True)
    assert attrs["weight"] == 2 and (attrs["start"], attrs["end"]) == ("2023-11-01", "2024-05-08")  # two shared events
    orgs = project(network, "org-org")  # each organization attends through the person holding a post there
    assert [attrs["weight"] for *_, attrs in orgs.edges(data=True)] == [2]
    assert project(network, "org-org", since=2024).number_of_edges() == 1
    assert project(network, "person-person", since=2024, until=2024).edges(data="weight").__iter__().__next__()[2] == 1
    bipartite = project(network, "person-org")
    assert {(network.nodes[s]["label"], network.nodes[t]["label"], a["role"], a["weight"]) for s, t, a in bipartite.edges(data=True)} == {
        ("甲某", "某市慈善总会", "会长", 2), ("乙某", "某省慈善联合会", "秘书长", 1)}
    membership = project(network, "org-network")  # a chair term and the membership it shows are one fact
    (source, target, attrs), = membership.edges(data=True)
    assert (network.nodes[source]["label"], network.nodes[target]["label"]) == ("某市慈善总会", "某协作")
    assert attrs["weight"] == 2 and attrs["role"] == "轮值主席 2022 / 轮值主席 2024" and (attrs["start"], attrs["end"]) == ("2022-01-01", "2024-12-31")
    assert project(network, "person-org", since=2022).number_of_edges() == 1  # the undated post cannot be placed in a window
    with pytest.raises(ExportError, match="after --until"):
        project(network, "org-org", since=2024, until=2021)


def test_export_command(multi_build: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--data", str(multi_build), "--format", "csv", "--projection", "org-org", "--since", "2022", "-o", str(tmp_path / "orgs.csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "orgs-nodes.csv").read_bytes().startswith(b"\xef\xbb\xbf") and (tmp_path / "orgs-edges.csv").is_file()
    result = runner.invoke(main, ["export", "--data", str(multi_build), "--format", "graphml", "--projection", "person-person", "-o", str(tmp_path / "people.graphml")])
    assert result.exit_code == 0 and nx.read_graphml(tmp_path / "people.graphml").number_of_edges() > 0
    missing = runner.invoke(main, ["export", "--data", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x.gexf")])
    assert missing.exit_code == 1 and "network.json: not found" in missing.output and "Traceback" not in missing.output
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "network.json").write_text("{not json", encoding="utf-8")
    bad = runner.invoke(main, ["export", "--data", str(tmp_path / "bad"), "-o", str(tmp_path / "x.gexf")])
    assert bad.exit_code == 1 and "bad/network.json: not a network file" in bad.output
    assert not (tmp_path / "x.gexf").exists() and not list(tmp_path.glob(".x.gexf*"))


def test_the_projection_commands_in_docs_run(multi_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = (Path(__file__).parents[1] / "docs" / "gephi.md").read_text(encoding="utf-8")
    commands = [line.split("#")[0].split() for line in docs.splitlines() if line.startswith("charity-kg export")]
    assert len(commands) >= 5
    monkeypatch.chdir(tmp_path)
    for command in commands:
        args = [str(multi_build) if arg == "/tmp/multi" else arg for arg in command[1:]]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (command, result.output)
        for line in result.output.splitlines():
            assert Path(line.removeprefix("wrote ")).stat().st_size > 0


def test_timeline_of_the_multi_corpus(multi_build: Path) -> None:
    """Posts over their years, events on their day, chair terms over their year, nodes around their edges."""
    network = read_network(multi_build)
    root = etree.parse(str(multi_build / "graph.gexf")).getroot()
    nodes = {n.get("id"): n for n in root.iter(f"{E}node")}
    edges = {e.get("id"): e for e in root.iter(f"{E}edge")}
    checked: Counter = Counter()
    for source, target, key, attrs in network.edges(keys=True, data=True):
        qualified = f"{source} {target} {key}"  # a key used twice is qualified by the end points
        edge = edges[qualified] if qualified in edges else edges[key]
        interval = (edge.get("start", ""), edge.get("end", ""))
        assert interval == (date_bounds(attrs["start"])[0], date_bounds(attrs["end"])[1]), key
        relation = attrs["relation"]
        if relation == "chair_term":
            year = network.nodes[target]["year"]
            assert interval == (f"{year}-01-01", f"{year}-12-31")
            assert (nodes[target].get("start"), nodes[target].get("end")) == interval  # the term node too
        elif relation == "participation" and len(network.nodes[target]["date"]) == 10:
            assert interval == (network.nodes[target]["date"],) * 2
        elif relation == "position":
            assert interval[0] and interval[1] and interval[0] <= interval[1]
        checked[relation] += 1
        for end_point in (source, target):
            node = nodes[end_point]
            if network.nodes[end_point]["kind"] not in ("event", "chair_term"):
                assert node.get("start") <= interval[0] and interval[1] <= node.get("end"), (end_point, key)
    assert checked["position"] >= 30 and checked["chair_term"] >= 3 and checked["participation"] >= 100


def test_events_of_one_name_are_told_apart_by_their_date() -> None:
    network = contract_network()
    for date in ("2022-05-20", "2023-05-18"):
        network.add_node(f"{ID}event/{date}-交接仪式", label="某协作轮值主席交接仪式", kind="event", date=date)
    labels = sorted(node.label for node in graph_tables(network).nodes if "交接仪式" in node.label)
    assert labels == ["某协作轮值主席交接仪式（2022-05-20）", "某协作轮值主席交接仪式（2023-05-18）"]
    assert "某会议2024" in {node.label for node in graph_tables(network).nodes}  # a unique label stays as it is


def test_markup_and_line_breaks_in_names_survive_the_xml_files(tmp_path: Path) -> None:
    """The GEXF and GraphML files are written as text: every special character must come back as it was."""
    tricky = '甲&乙 <会>\t"某"\'s\n第二\r行'
    graph = nx.MultiDiGraph()
    graph.add_node(f"{ID}organization/a&b", label=tricky, kind="organization", aliases=["x<y", "z>w"], articles=["a1"])
    graph.add_node(f"{ID}person/甲", label="甲", kind="person", articles=["a1"])
    graph.add_edge(f"{ID}person/甲", f"{ID}organization/a&b", key="k&1", relation="position", role=tricky, weight=1, articles=["a1"])
    tables = graph_tables(graph)
    gexf = etree.fromstring(gexf_text(tables, "描述 & <说明>").encode("utf-8"))
    node = next(n for n in gexf.iter(f"{E}node") if n.get("id") == f"{ID}organization/a&b")
    assert node.get("label") == tricky
    assert {v.get("for"): v.get("value") for v in node.iter(f"{E}attvalue")}["aliases"] == "x<y|z>w"
    (edge,) = gexf.iter(f"{E}edge")
    assert edge.get("id") == "k&1" and edge.get("label") == tricky
    assert gexf.find(f"{E}meta/{E}description").text == "描述 & <说明>"
    path = tmp_path / "tricky.graphml"
    path.write_text(graphml_text(tables), encoding="utf-8")
    read = nx.read_graphml(path)
    assert read.nodes["n0"]["label"].replace("\r", "\n") == tricky.replace("\r", "\n")  # an XML parser reads \r as \n
    graph.nodes[f"{ID}person/甲"]["label"] = "甲\x01"
    with pytest.raises(ExportError, match="U\\+0001"):
        gexf_text(graph_tables(graph))


def test_a_build_writes_the_table_files_in_one_pass_as_each_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """export_tables (one pass over the rows for all four files) writes what each exporter writes alone;
    a writer's failure leaves none of the four files, nor a half-written one."""
    names = ["edges-csv", "gexf", "graphml", "nodes-csv"]
    network = contract_network()
    bundle = Bundle(None, None, network, derived={"graph_tables": graph_tables(network)})  # type: ignore[arg-type]
    together, alone, failed = tmp_path / "together", tmp_path / "alone", tmp_path / "failed"
    for folder in (together, alone, failed):
        folder.mkdir()
    written = export_tables(bundle, together, [get_exporter(name) for name in names])
    assert sorted(path.name for path in written) == ["edges.csv", "graph.gexf", "graph.graphml", "nodes.csv"]
    for name in names:
        path = get_exporter(name).export(bundle, alone)
        assert (together / path.name).read_bytes() == path.read_bytes(), name
    assert "<edge " in (together / "graph.gexf").read_text(encoding="utf-8")

    def broken(self: GraphMLWriter, row: object) -> None:
        raise ExportError("a writer failed")

    monkeypatch.setattr(GraphMLWriter, "edge", broken)
    with pytest.raises(ExportError, match="a writer failed"):
        export_tables(bundle, failed, [get_exporter(name) for name in names])
    assert list(failed.iterdir()) == []
