#!/bin/bash
# Every library query's CSV answers and the validation verdict on data/ and four test corpora, built by the code in CODE:
# run it for two trees (e.g. `git archive main | tar -x -C /tmp/before`) and compare the folders with `diff -r`, to show a
# change of the model leaves every answer the same.
# Run:  benchmarks/library_answers.sh CODE OUT [PYTHON]   (CODE: a source tree of this repository; OUT: emptied)

CODE=$(cd "$1" && pwd); OUT=$2; PY=${3:-python}
rm -rf "$OUT" && mkdir -p "$OUT"/in/seed "$OUT"/in/dev "$OUT"/in/multi "$OUT"/in/devparts
cp "$CODE"/data/articles/* "$OUT"/in/seed/
cp "$CODE"/tests/corpus/dev/articles/* "$OUT"/in/dev/
cp "$CODE"/tests/corpus/multi/articles/* "$OUT"/in/multi/
for corpus in pages news wire federation delta gov; do  # development parts only (??D*): held-out halves stay unread
  find "$CODE"/tests/corpus/$corpus/articles -maxdepth 1 -type f -name '??D*' -exec cp {} "$OUT"/in/devparts/ \;
done
OUT=$(cd "$OUT" && pwd); mkdir -p "$OUT/answers"
for set in seed dev multi devparts; do
  (cd "$CODE" && PYTHONPATH="$CODE" $PY -m kg build "$OUT/in/$set" -o "$OUT/build-$set" --no-cache --jobs 1 --curated "$CODE/data/curated" > "$OUT/build-$set.log" 2>&1)
  for query in "$CODE"/queries/*.rq; do
    name=$(basename "$query" .rq)
    (cd "$CODE" && PYTHONPATH="$CODE" $PY -m kg query "$name" --data "$OUT/build-$set" --format csv > "$OUT/answers/$set-$name.csv" 2>&1)
  done
  (cd "$CODE" && PYTHONPATH="$CODE" $PY -m kg validate --data "$OUT/build-$set" 2>&1 | sed "s#$OUT/##" > "$OUT/answers/$set-validate.txt") || true
done
