"""Bad input: every case is a problem (or a warning) that names the file and says what to do; nothing aborts."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.loaders import MAX_FILE_BYTES, load_articles, read_article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "loaders"
GOOD = "市慈善总会召开三届六次理事会议\n\n2023年4月18日 来源:某市慈善总会\n\n4月17日，市慈善总会召开三届六次理事会议，会长出席。\n"
ADVICE = ("check", "save", "add", "remove", "fix", "split", "put", "keep", "rename", "write")


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load_with_a_good_file(tmp_path: Path, bad: Path):
    """The bad file next to a good one: the good one must still load."""
    good = write(tmp_path / "good.txt", GOOD)
    result = load_articles([good, bad])
    assert [a.article_id for a in result.articles] == ["good"], "the good file must still load"
    return result


def the_problem(result, path: Path, line: int | None = None) -> InputError:
    problems = [p for p in result.problems if p.path == str(path)]
    assert len(problems) == 1, [str(p) for p in result.problems]
    problem = problems[0]
    assert problem.line == line
    message = str(problem)
    assert message.startswith(f"{path}:{line}: " if line is not None else f"{path}: "), message
    assert any(word in problem.problem for word in ADVICE), f"no advice in: {message}"
    return problem


def test_a_path_that_does_not_exist(tmp_path):
    missing = tmp_path / "nope" / "article.txt"
    result = load_with_a_good_file(tmp_path, missing)
    assert "no such file or folder; check the path" in the_problem(result, missing).problem
    with pytest.raises(InputError, match="no such file"):
        read_article(missing)


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  ", b"\xef\xbb\xbf\n"])
def test_an_empty_file(tmp_path, content):
    empty = write(tmp_path / "empty.txt", content)
    result = load_with_a_good_file(tmp_path, empty)
    assert "the file is empty" in the_problem(result, empty).problem


def test_only_a_title_and_no_text(tmp_path):
    bare = write(tmp_path / "bare.txt", "市慈善总会召开理事会\n\n2023年4月18日\n")
    assert "no article text" in the_problem(load_with_a_good_file(tmp_path, bare), bare).problem


PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6e0a50000000049454e44ae426082")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("photo.txt", PNG, "PNG image"),
        ("scan.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        ("report.md", b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), "ZIP archive"),
        ("nul.txt", "慈善总会".encode() + b"\x00\x00\x01\x02" + "会长".encode(), "NUL bytes"),
    ],
)
def test_a_binary_file(tmp_path, name, data, kind):
    binary = write(tmp_path / name, data)
    problem = the_problem(load_with_a_good_file(tmp_path, binary), binary)
    assert kind in problem.problem and "not text" in problem.problem
    assert ".txt" in problem.problem


def test_bytes_undecodable_in_every_candidate_encoding(tmp_path):
    junk = bytes(random.Random(5).choice([0x80, 0xFF, 0xFE, 0xA0, 0x81]) for _ in range(400))
    bad = write(tmp_path / "junk.txt", b"title\n" + junk)
    problem = the_problem(load_with_a_good_file(tmp_path, bad), bad)
    assert problem.problem == (
        "cannot decode the text as UTF-8, GB18030 (GBK) or Big5; open it in an editor and save it as UTF-8"
    )


def test_a_few_stray_bytes_load_with_a_warning(tmp_path):
    text = GOOD + "会议强调，要做好慈善救助工作。" * 80
    data = text.encode("gbk")
    data = data[:300] + b"\x80" + data[300:]
    path = write(tmp_path / "stray.txt", data)
    result = load_articles([path])
    assert result.problems == []
    assert result.articles[0].text.count("\ufffd") == 1
    assert "会长出席" in result.articles[0].text
    assert any("1 bytes could not be decoded as gb18030" in str(w) for w in result.warnings)


def test_an_html_page_with_no_article(tmp_path):
    nav = FIXTURES / "nav-only.html"
    problem = the_problem(load_with_a_good_file(tmp_path, nav), nav)
    assert problem.problem.startswith("no article text found in this page")


def test_a_page_of_scripts_only(tmp_path):
    scripts = write(tmp_path / "app.html", "<html><head><script>var a = '很长的一句话。'.repeat(40);</script></head><body><div id='app'></div></body></html>")
    assert "no article text found" in the_problem(load_with_a_good_file(tmp_path, scripts), scripts).problem


def test_a_json_record_without_text(tmp_path):
    record = write(tmp_path / "record.json", json.dumps({"title": "标题", "date": "2023-04-18"}, ensure_ascii=False))
    problem = the_problem(load_with_a_good_file(tmp_path, record), record)
    assert 'add the text as a "text" field' in problem.problem


def test_a_jsonl_line_without_text_names_its_line(tmp_path):
    good = json.dumps({"title": "标题", "date": "2023-04-18", "text": "会长出席会议并讲话。"}, ensure_ascii=False)
    path = write(tmp_path / "records.jsonl", f"{good}\n{json.dumps({'title': 'x', 'content': ''})}\n")
    result = load_articles([path])
    assert [a.article_id for a in result.articles] == ["records-1"]
    assert "no article text" in the_problem(result, path, line=2).problem


def test_a_facts_file_among_articles_is_one_problem_not_one_per_line(tmp_path):
    facts = write(tmp_path / "gold.jsonl", "\n".join(json.dumps({"kind": "person", "name": f"张{i}"}) for i in range(40)))
    problem = the_problem(load_with_a_good_file(tmp_path, facts), facts)
    assert "none of its 40 records has article text" in problem.problem and "gold file" in problem.problem


def test_malformed_json_lines_do_not_stop_the_good_lines(tmp_path):
    record = lambda n: json.dumps({"title": f"第{n}篇", "date": "2023-04-18", "text": f"第{n}篇的正文，会长出席。"}, ensure_ascii=False)  # noqa: E731
    lines = [record(1), '{"title": "断了", "text": "没有结尾', record(3), "[1, 2]", "not json at all", record(6)]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    result = load_articles([path])
    assert [a.article_id for a in result.articles] == ["mixed-1", "mixed-3", "mixed-6"]
    assert [(p.line, p.problem.split(" (")[0]) for p in result.problems] == [
        (2, "not valid JSON"),
        (4, "expected a JSON object with the article's fields, found a list"),
        (5, "not valid JSON"),
    ]
    assert str(result.problems[0]).startswith(f"{path}:2: not valid JSON (")
    assert "fix or remove this line" in result.problems[0].problem


def test_a_broken_json_file_names_the_line(tmp_path):
    path = write(tmp_path / "broken.json", '{\n  "title": "标题",\n  "text": "正文"\n  "date": "2023-04-18"\n}\n')
    problem = the_problem(load_with_a_good_file(tmp_path, path), path, line=4)
    assert "not valid JSON" in problem.problem and "line 4" in problem.problem


@pytest.mark.parametrize(
    ("name", "content", "advice"),
    [
        ("nodate.txt", "市慈善总会召开理事会\n\n会议在南昌召开，会长出席会议并讲话。\n", "under the title"),
        ("nodate.json", json.dumps({"title": "标题", "text": "会长出席会议并讲话。"}), 'add a "date" field'),
        ("nodate.md", "# 市慈善总会召开理事会\n\n会议在南昌召开，会长出席会议并讲话。\n", "front matter"),
        ("nodate.html", "<html><body><h1>市慈善总会召开理事会</h1><p>会议在南昌召开，会长出席会议并讲话。</p></body></html>", "file name"),
    ],
)
def test_an_article_with_no_date_anywhere_loads_with_a_warning(tmp_path, name, content, advice):
    path = write(tmp_path / name, content)
    result = load_articles([path])
    assert result.problems == []
    assert len(result.articles) == 1 and result.articles[0].date == ""
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert warning.path == str(path) and str(warning).startswith(f"{path}: no publication date found")
    assert advice in warning.problem


def test_an_unreadable_date_field_is_a_warning_that_quotes_it(tmp_path):
    path = write(tmp_path / "d.json", json.dumps({"title": "标题", "date": "unknown", "text": "会长出席会议。"}))
    result = load_articles([path])
    assert result.articles[0].date == ""
    assert [w.problem for w in result.warnings] == [
        "the date 'unknown' is not a date I can read; no other date was found, so the article loads without one; "
        "write it as YYYY-MM-DD"
    ]


def test_a_50_mb_file_is_refused_unread(tmp_path):
    big = tmp_path / "huge.txt"
    chunk = ("慈善总会召开理事会。" * 1000 + "\n").encode("utf-8")
    with big.open("wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    assert big.stat().st_size > MAX_FILE_BYTES
    result = load_with_a_good_file(tmp_path, big)
    problem = the_problem(result, big)
    assert problem.problem.startswith("the file is 50.0 MB, over the 20.0 MB limit for one file;")
    assert "one file per article" in problem.problem


def test_the_same_article_twice_under_two_names_loads_once(tmp_path):
    first = write(tmp_path / "a-original.txt", GOOD)
    copy = write(tmp_path / "b-copy.txt", GOOD.replace("\n", "\r\n").encode("gbk"))
    result = load_articles([tmp_path])
    assert [a.article_id for a in result.articles] == ["a-original"]
    assert result.articles[0].source_file == "a-original.txt"
    assert result.duplicates == {"a-original": [str(copy)]}
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert warning.path == str(copy)
    assert warning.problem == f"the same article as {first} (loaded once, as 'a-original'); remove one of the copies"


def test_a_duplicate_record_in_a_jsonl_file_names_its_line(tmp_path):
    record = json.dumps({"title": "标题", "date": "2023-04-18", "text": "会长出席会议。"}, ensure_ascii=False)
    path = write(tmp_path / "dup.jsonl", f"{record}\n{record}\n")
    result = load_articles([path])
    assert [a.article_id for a in result.articles] == ["dup-1"]
    assert result.duplicates == {"dup-1": [f"{path}:2"]}


def test_a_folder_of_10000_small_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(10_000):
        (folder / f"a{n:05d}.txt").write_bytes(
            f"第{n}号简讯\n\n2023年4月18日 来源:某市慈善总会\n\n第{n}户困难家庭得到慈善总会的救助。\n".encode()
        )
    result = load_articles([folder])
    assert result.problems == [] and result.warnings == []
    assert len(result.articles) == 10_000
    assert result.articles[0].article_id == "a00000" and result.articles[-1].article_id == "a09999"
    assert result.articles[1234].date == "2023-04-18"


def test_unknown_suffix_explicit_is_a_problem_but_in_a_folder_is_skipped(tmp_path):
    docx = write(tmp_path / "folder" / "report.docx", b"PK\x03\x04")
    write(tmp_path / "folder" / "good.txt", GOOD)
    result = load_articles([tmp_path / "folder"])
    assert result.problems == [] and len(result.articles) == 1
    problem = the_problem(load_articles([docx]), docx)
    assert problem.problem.startswith("unknown file type .docx; save the article as one of .txt")


def test_a_folder_with_no_article_files(tmp_path):
    folder = tmp_path / "photos"
    write(folder / "a.jpg", PNG)
    assert "holds no article files" in the_problem(load_articles([folder]), folder).problem


def test_problems_are_sorted_whatever_the_order_given(tmp_path):
    bad = [
        write(tmp_path / "z.txt", b""),
        write(tmp_path / "a.txt", b""),
        tmp_path / "m-missing.txt",
        write(tmp_path / "c.jsonl", "{bad\n{worse\n"),
    ]
    orders = [load_articles(paths) for paths in (bad, list(reversed(bad)), [bad[2], bad[0], bad[3], bad[1]])]
    listed = [[(p.path, p.line) for p in result.problems] for result in orders]
    assert listed[0] == listed[1] == listed[2]
    assert listed[0] == sorted(listed[0], key=lambda item: (item[0], item[1] or 0))
    assert orders[0].skipped == sorted({str(p) for p in bad})


def test_read_article_raises_the_files_problem(tmp_path):
    with pytest.raises(InputError) as caught:
        read_article(write(tmp_path / "x.png.txt", PNG))
    assert str(caught.value).startswith(f"{tmp_path / 'x.png.txt'}: this is a PNG image, not text")


def test_a_dropped_copy_does_not_repeat_the_warnings_of_the_kept_one(tmp_path):
    text = "市慈善总会召开理事会\n\n会议在南昌召开，会长出席会议并讲话。\n"
    write(tmp_path / "a.txt", text)
    write(tmp_path / "b.txt", text)
    result = load_articles([tmp_path])
    assert [(Path(w.path).name, w.problem.split(";")[0]) for w in result.warnings] == [
        ("a.txt", "no publication date found"),
        ("b.txt", f"the same article as {tmp_path / 'a.txt'} (loaded once, as 'a')"),
    ]
