"""Every command is documented in the README and has a test that runs it."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"charity-kg {name}" in readme, f"document `charity-kg {name}` in README.md"


def test_every_command_is_exercised_by_a_test() -> None:
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    for name in main.commands:
        invoked = re.search(rf'invoke\(main, \[\s*"{name}"', tests) or re.search(rf'"-m", "kg", "{name}"', tests)
        assert invoked, f"no test runs `charity-kg {name}`"


def test_every_command_has_help() -> None:
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        first_line = " ".join(command.help.split("\n")[0].split())
        assert result.exit_code == 0 and first_line in " ".join(result.output.split())


def test_formats_lists_the_registry() -> None:
    result = CliRunner().invoke(main, ["formats"])
    assert result.exit_code == 0
    for name in ("facts", "trig", "nquads", "gexf", "html"):
        assert re.search(rf"^{name}\s", result.output, re.M)


def test_readme_set_up_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m pip install -e . && charity-kg build" in readme
    test_command = "python -m pip install -q -e '.[test]' && python -m pytest -q"
    assert test_command in ci
    assert "python3 -m pip install -e '.[test]' && python3 -m pytest -q" in readme


def test_readme_example_query_gives_the_answer_it_shows(seed_build) -> None:
    from kg.store import open_store, run_query

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## An example query", 1)[1]
    query = re.search(r"charity-kg query '(.*?)'\n```", section, re.S).group(1)
    answer = re.search(r"answers\n\n```\n(.*?)\n```", section, re.S).group(1)
    out, _ = seed_build
    assert run_query(open_store(out), query).to_text() == answer


def test_verbose_logs_loader_decisions(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("标题\n\n2023年4月18日 来源:某市慈善总会\n\n4月17日，市慈善总会会长王某出席。\n".encode("gb18030"))
    result = CliRunner().invoke(main, ["-v", "build", str(gbk), "-o", str(tmp_path / "out"), "-f", "facts", "--no-cache"])
    assert result.exit_code == 0
    assert "gb18030" in result.output.lower() or "gbk" in result.output.lower()


def test_sparql_doc_worked_questions_give_the_answers_shown(seed_build) -> None:
    """docs/sparql.md: each worked question's command, run on the bundled corpus, prints the answer shown."""
    import shlex

    from kg.cli import main as cli

    doc = (ROOT / "docs" / "sparql.md").read_text(encoding="utf-8")
    section = doc.split("## Five research questions", 1)[1]
    examples = re.findall(r"```sh\n(charity-kg query .*?)\n```\n\nanswers\n\n```\n(.*?)\n```", section, re.S)
    assert len(examples) == 5
    out, _ = seed_build
    for command, answer in examples:
        result = CliRunner().invoke(cli, shlex.split(command)[1:] + ["--data", str(out)])
        assert result.exit_code == 0, result.output
        assert result.output.rstrip("\n") == answer, command
    for prefix in ("ck:", "org:", "foaf:", "prov:", "time:"):
        assert f"| `{prefix}` |" in doc
