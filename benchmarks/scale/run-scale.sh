#!/usr/bin/env bash
# Whole-process scale benchmark of `khabar analyze --input jsonl` on SaudiNewsNet (see docs/scale.md).
#
#   benchmarks/scale/run-scale.sh [THREADS...]        (default threads: 1 2)
#   SCALE_INPUTS=1x benchmarks/scale/run-scale.sh 2   (a quick smoke run: the 1 MB input only)
#
# 1. builds the CLI and benchmarks jars, every time (offline when possible);
# 2. turns ../shared/data/text/saudinewsnet into target/scale/saudinewsnet.jsonl (never committed);
# 3. cuts inputs of 1x (1 MB), 10x (10 MB) and 100x (100 MB: the whole corpus and then its first lines
#    again) by whole lines;
# 4. runs each input with each thread count (JVM options SCALE_JAVA_OPTS, default -Xmx512m
#    -XX:+UseParallelGC) under /usr/bin/time -v, output to /dev/null; then the 100 MB input with -Xmx128m;
# 5. prints a Markdown table: documents, MB, wall time, in-process time (the CLI's own summary, JVM
#    start excluded), documents/s and MB/s (in-process), CPU time (user + system, all threads), the CPU
#    of the reading/writing main thread and of the worker threads (--stats), peak RSS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
threads=("$@"); [ ${#threads[@]} -eq 0 ] && threads=(1 2)
read -r -a inputs <<< "${SCALE_INPUTS:-1x 10x 100x}"
for i in "${inputs[@]}"; do
  case "$i" in 1x|10x|100x) ;; *) echo "run-scale.sh: SCALE_INPUTS: unknown input '$i' (1x, 10x, 100x)" >&2; exit 2;; esac
done
has() { [[ " ${inputs[*]} " == *" $1 "* ]]; }
jvm=(${SCALE_JAVA_OPTS:--Xmx512m -XX:+UseParallelGC})   # as ./khabar, with the heap capped
out=target/scale; mkdir -p "$out"
cli=examples/target/khabar-cli.jar; bench=benchmarks/target/benchmarks.jar
# always (re)build: a jar left from an older checkout would measure old code
mvn -q -B -o -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl examples,benchmarks -am package \
  || mvn -q -B -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl examples,benchmarks -am package
full=$out/saudinewsnet.jsonl
[ -s "$full" ] || java -cp "$bench" org.khabar.benchmarks.scale.CorpusToJsonl "$full"
# whole lines up to N bytes; the corpus is 98 MB, so 100x starts again from its first line
cut_lines() { awk -v max="$1" '{ n += length($0) + 1; if (n > max) exit; print }'; }
has 1x && LC_ALL=C cut_lines 1000000 < "$full" > "$out/1x.jsonl"
has 10x && LC_ALL=C cut_lines 10000000 < "$full" > "$out/10x.jsonl"
has 100x && { cat "$full"; LC_ALL=C cut_lines $(( 100000000 - $(stat -c %s "$full") + 5000 )) < "$full"; } > "$out/100x.jsonl"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"
echo
echo "| input | threads | documents | MB | wall s | in-process s | documents/s | MB/s | CPU s | main / workers CPU s | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for input in "${inputs[@]}"; do
  f=$out/$input.jsonl
  docs=$(wc -l < "$f"); bytes=$(stat -c %s "$f")
  for t in "${threads[@]}"; do
    log=$out/time-$input-$t.txt
    /usr/bin/time -v java "${jvm[@]}" -jar "$cli" analyze --input jsonl --threads "$t" --progress lines --stats "$f" \
      > /dev/null 2> "$log"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
    split=$(grep -o 'main thread CPU .*' "$log" | awk '{ printf "%s / %s", $4, $9 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
    inproc=$(grep -o 'khabar: done: .*' "$log" | awk -F', ' '{ x=$NF; if (x ~ / s$/) { sub(/ s$/, "", x); print x }
      else { n=split(x, a, ":"); s=0; for (i=1;i<=n;i++) s=s*60+a[i]; print s } }')
    awk -v i="$input" -v t="$t" -v d="$docs" -v b="$bytes" -v w="$wall" -v p="$inproc" -v r="$rss" -v c="$cpu" -v x="$split" \
      'BEGIN { printf "| %s | %d | %d | %.1f | %.2f | %.2f | %.0f | %.2f | %s | %s | %s |\n", i, t, d, b/1e6, w, p, d/p, b/1e6/p, c, x, r }'
  done
done
echo
has 100x || exit 0
# bounded memory: the 100 MB input with a heap of 128 MB
f=$out/100x.jsonl; log=$out/time-100x-xmx128m.txt
/usr/bin/time -v java -Xmx128m -XX:+UseParallelGC -jar "$cli" analyze --input jsonl --threads "${threads[-1]}" --progress lines "$f" \
  > /dev/null 2> "$log"
echo "100x with -Xmx128m, ${threads[-1]} threads: $(grep -o 'done: .*' "$log"); exit status" \
  "$(awk -F': ' '/Exit status/ {print $2}' "$log"), peak RSS $(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log") MB"
