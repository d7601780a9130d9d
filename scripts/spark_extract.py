#!/usr/bin/env python3
"""Run `hetu extract` as a mapper under Apache Spark (local mode) and check
that the merged output equals a direct `hetu build` of the same corpus.

    python3 scripts/spark_extract.py CORPUS.jsonl [HETU_BIN]

Needs pyspark (pip install pyspark) and Java 17. On a cluster, the same
`rdd.pipe` runs on every executor: ship the hetu binary with
`spark-submit --files target/release/hetu` and pipe to `./hetu`.
The corpus lines should carry "id" and "source" (as `examples/gen_corpus`
writes them), so that both paths name the articles alike.
"""
import os
import subprocess
import sys
import tempfile

corpus = os.path.abspath(sys.argv[1])
hetu = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "target/release/hetu")

from pyspark.sql import SparkSession  # noqa: E402

spark = SparkSession.builder.master("local[2]").appName("hetu-extract").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
lines = spark.sparkContext.textFile(corpus, minPartitions=4)
partitions = lines.getNumPartitions()
mapped = lines.pipe(f"{hetu} extract - --format nquads").distinct().collect()
spark.stop()
spark_quads = sorted(set(mapped))

with tempfile.TemporaryDirectory() as tmp:
    store = os.path.join(tmp, "store")
    subprocess.run([hetu, "build", corpus, "--store", store], check=True, capture_output=True)
    dump = subprocess.run([hetu, "export", "--store", store, "--format", "nquads"], check=True, capture_output=True, text=True).stdout
# the build adds the ontology graph, the gazetteer graph's own description and its bookkeeping; compare
# the article graphs, the entities graph and the gazetteer inferences, which is what the mappers produce
built = sorted({l for l in dump.splitlines() if "/id/doc/" in l.rsplit(" ", 2)[-2] or l.rsplit(" ", 2)[-2].endswith(("/graph/gazetteer>", "/graph/entities>"))})

print(f"spark: {len(spark_quads)} distinct quads from {partitions} partitions; build: {len(built)}")
if spark_quads != built:
    only_spark = [q for q in spark_quads if q not in set(built)][:5]
    only_build = [q for q in built if q not in set(spark_quads)][:5]
    print("differ:\n  spark only:", *only_spark, "\n  build only:", *only_build, sep="\n  ")
    sys.exit(1)
print("equal: the Spark mappers' merged output is the build's graph")
