"""CiteGraph's Spark engine: the co-authorship projection and its whole-graph measures on Spark DataFrames.

Reads one or more contract folders (docs/spark-contract.md), and for each one writes node and edge results:
the projection (full or fractional counting, the author cap, min-papers, group authors), degree and strength,
PageRank (weighted, damping 0.85, dangling mass spread uniformly, uniform teleport: CiteGraph's convention),
connected components by min-label propagation, the largest component, and the top nodes by the size measure with
the edges among them. Iterations are checkpointed every `checkpoint_every` rounds so lineage stays short.

Usage: spark-submit citegraph_job.py PARAMS.json, where PARAMS.json is {"jobs": [{...}, ...]} (one JVM for many
inputs: the tests run several contracts in one session).
"""

import json
import os
import sys
import time

from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

WORKS = T.StructType(
    [
        T.StructField("work", T.LongType()),
        T.StructField("year", T.IntegerType()),
        T.StructField("n", T.IntegerType()),
    ]
)
AUTHORSHIPS = T.StructType([T.StructField("work", T.LongType()), T.StructField("author", T.LongType())])
AUTHORS = T.StructType(
    [
        T.StructField("author", T.LongType()),
        T.StructField("papers", T.IntegerType()),
        T.StructField("group", T.IntegerType()),
        T.StructField("name", T.StringType()),
    ]
)


def read_table(spark, folder, name, schema):
    """Reads one contract table (CSV with a header, RFC 4180 quoting, optionally gzipped) with a fixed schema."""
    path = os.path.join(folder, name)
    if not os.path.exists(path) and os.path.exists(path + ".gz"):
        path += ".gz"
    return (
        spark.read.option("header", True)
        .option("escape", '"')
        .option("mode", "FAILFAST")
        .schema(schema)
        .csv(path)
    )


def project(spark, job):
    """The co-authorship projection, as CoauthorshipNetwork.build: nodes and weighted undirected edges (u < v).

    Nodes are the eligible authors (papers >= min_papers; group authors only when include_groups). A work with
    more than max_authors author slots makes no edges (its authors keep their papers); a work's pairs are among
    its eligible authors; full counting adds 1 per joint paper, fractional 1/(n-1) with n = the work's slots.
    """
    folder = job["contract"]
    works = read_table(spark, folder, "works.csv", WORKS)
    authorships = read_table(spark, folder, "authorships.csv", AUTHORSHIPS).distinct()
    authors = read_table(spark, folder, "authors.csv", AUTHORS)
    eligible = authors.where(F.col("papers") >= job["min_papers"])
    if not job["include_groups"]:
        eligible = eligible.where(F.col("group") == 0)
    eligible = eligible.select("author", "papers")
    slots = authorships.join(eligible.select("author"), "author")
    nodes = slots.select("author").distinct().join(eligible, "author")
    edge_works = works.where((F.col("n") <= job["max_authors"]) & (F.col("n") >= 2))
    if job["counting"] == "fractional":
        edge_works = edge_works.withColumn("w", F.lit(1.0) / (F.col("n") - 1).cast("double"))
    else:
        edge_works = edge_works.withColumn("w", F.lit(1.0))
    paired = slots.join(edge_works.select("work", "w"), "work")
    left = paired.select("work", F.col("author").alias("u"), "w")
    right = paired.select("work", F.col("author").alias("v"))
    edges = (
        left.join(right, "work")
        .where(F.col("u") < F.col("v"))
        .groupBy("u", "v")
        .agg(F.sum("w").alias("weight"), F.count(F.lit(1)).alias("joint"))
    )
    capped = works.where(F.col("n") > job["max_authors"]).count()
    return nodes, edges, capped


def arcs_of(edges):
    """Both directions of each undirected edge: (src, dst, weight)."""
    forward = edges.select(F.col("u").alias("src"), F.col("v").alias("dst"), "weight")
    backward = edges.select(F.col("v").alias("src"), F.col("u").alias("dst"), "weight")
    return forward.unionByName(backward)


def degrees(nodes, arcs):
    """Degree (distinct neighbours) and strength (sum of edge weights) of every node, 0 for isolated ones."""
    per = arcs.groupBy(F.col("src").alias("author")).agg(
        F.count(F.lit(1)).alias("degree"), F.sum("weight").alias("strength")
    )
    return (
        nodes.join(per, "author", "left")
        .fillna({"degree": 0, "strength": 0.0})
        .select("author", "papers", "degree", "strength")
    )


def cut(frame, step, job):
    """Cuts the lineage of an iteration's result: a local checkpoint every round (the plan of an iterated join
    otherwise doubles each round), a reliable one every `checkpoint_every` rounds when a checkpoint folder is set.
    Lazy: the round's own action (its convergence test) materializes it, so a round is one Spark job."""
    every = job.get("checkpoint_every", 10)
    if job.get("reliable_checkpoints") and every > 0 and step % every == 0:
        return frame.checkpoint(eager=False)
    return frame.localCheckpoint(eager=False)


def pagerank(table, arcs, job):
    """Weighted PageRank by power iteration over DataFrame joins, matching GraphAlgorithms.PageRank.

    x starts uniform; each round every node passes x[u]·w(u,v)/out(u) to its neighbours, dangling nodes' mass and
    the teleport are spread uniformly: x' = alpha·(push + dangling/n) + (1 − alpha)/n. Stops when the L1 change
    is below n·tolerance or after max_iterations. One action per round: the change and the next dangling mass.
    """
    alpha, tolerance, limit = job["alpha"], job["tolerance"], job["max_iterations"]
    n = table.count()
    out = table.select("author", F.col("strength").alias("out"))
    share = arcs.join(out.withColumnRenamed("author", "src"), "src").select(
        "src", "dst", (F.col("weight") / F.col("out")).alias("share")
    )
    share = share.localCheckpoint(eager=True)
    x = out.select("author", F.lit(1.0 / n).alias("x"), (F.col("out") == 0).alias("dangling"))
    x = x.localCheckpoint(eager=True)
    dangling_sum = x.where("dangling").count() / n
    iterations, converged = 0, False
    while iterations < limit:
        iterations += 1
        base = alpha * dangling_sum / n + (1 - alpha) / n
        pushed = (
            share.join(x.select(F.col("author").alias("src"), "x"), "src")
            .groupBy(F.col("dst").alias("author"))
            .agg(F.sum(F.col("x") * F.col("share")).alias("push"))
        )
        y = F.lit(alpha) * F.coalesce(F.col("push"), F.lit(0.0)) + F.lit(base)
        nxt = cut(x.join(pushed, "author", "left").select("author", "dangling", "x", y.alias("y")), iterations, job)
        totals = nxt.agg(
            F.sum(F.abs(F.col("y") - F.col("x"))).alias("change"),
            F.sum(F.when(F.col("dangling"), F.col("y")).otherwise(0.0)).alias("dangling"),
        ).first()
        change, dangling_sum = totals["change"] or 0.0, totals["dangling"] or 0.0
        x = nxt.select("author", F.col("y").alias("x"), "dangling")
        if change < n * tolerance:
            converged = True
            break
    return x.select("author", F.col("x").alias("pagerank")), iterations, converged


def components(table, arcs, job):
    """Connected components by min-label propagation: each node takes the least label among itself and its
    neighbours until nothing changes; a component is named by its least author id."""
    labels = table.select("author", F.col("author").alias("label")).localCheckpoint(eager=True)
    links = arcs.select("src", "dst").localCheckpoint(eager=True)
    rounds = 0
    while True:
        rounds += 1
        offered = (
            links.join(labels.withColumnRenamed("author", "src"), "src")
            .groupBy(F.col("dst").alias("author"))
            .agg(F.min("label").alias("offer"))
        )
        nxt = labels.join(offered, "author", "left").select(
            "author", "label", F.least(F.col("label"), F.coalesce(F.col("offer"), F.col("label"))).alias("next")
        )
        nxt = cut(nxt, rounds, job)
        changed = nxt.where(F.col("next") != F.col("label")).count()
        labels = nxt.select("author", F.col("next").alias("label"))
        if changed == 0:
            break
    return labels.withColumnRenamed("label", "component"), rounds


def write_csv(frame, path, single):
    """Writes a DataFrame as CSV with a header (one part file when `single`), replacing what was there."""
    if single:
        frame = frame.coalesce(1)
    frame.write.mode("overwrite").option("header", True).option("escape", '"').csv(path)


def top_nodes(result, job):
    """The `top` nodes by the size measure (pagerank, degree, strength or papers), ties by author id (= name
    order, since the contract numbers authors in name order)."""
    measure = job["size_by"] if job["size_by"] in ("pagerank", "degree", "strength", "papers") else "pagerank"
    order = Window.orderBy(F.col(measure).desc(), F.col("author").asc())
    return result.withColumn("rank", F.row_number().over(order)).where(F.col("rank") <= job["top"]), measure


def run_job(spark, job):
    """One contract folder: projection, measures, results; returns the summary written to summary.json."""
    started = time.time()
    nodes, edges, capped = project(spark, job)
    edges = edges.cache()
    arcs = arcs_of(edges).cache()
    table = degrees(nodes, arcs).cache()
    node_count, edge_count = table.count(), edges.count()
    projected = time.time()
    ranks, pr_iterations, pr_converged = pagerank(table, arcs, job)
    ranked = time.time()
    comps, cc_rounds = components(table, arcs, job)
    result = table.join(ranks, "author").join(comps, "author").cache()
    sizes = result.groupBy("component").agg(F.count(F.lit(1)).alias("size"))
    largest = sizes.orderBy(F.col("size").desc(), F.col("component").asc()).first()
    result = result.withColumn("largest", (F.col("component") == F.lit(largest["component"] if largest else -1)))
    result = result.withColumn("largest", F.col("largest").cast("int"))
    out = job["out"]
    columns = ["author", "papers", "degree", "strength", "pagerank", "component", "largest"]
    write_csv(result.select(*columns).orderBy("author"), os.path.join(out, "nodes"), job.get("single_node_file", False))
    top, measure = top_nodes(result, job)
    top = top.select(*columns, "rank").cache()
    write_csv(top.orderBy("rank"), os.path.join(out, "top_nodes"), True)
    ids = top.select("author")
    among = edges.join(ids.withColumnRenamed("author", "u"), "u").join(ids.withColumnRenamed("author", "v"), "v")
    write_csv(among.select("u", "v", "weight", "joint").orderBy("u", "v"), os.path.join(out, "top_edges"), True)
    finished = time.time()
    return {
        "nodes": node_count,
        "edges": edge_count,
        "cappedWorks": capped,
        "components": sizes.count(),
        "largestComponent": int(largest["size"]) if largest else 0,
        "pagerankIterations": pr_iterations,
        "pagerankConverged": pr_converged,
        "componentRounds": cc_rounds,
        "sizeBy": measure,
        "seconds": {
            "projection": round(projected - started, 3),
            "pagerank": round(ranked - projected, 3),
            "componentsAndWrite": round(finished - ranked, 3),
            "total": round(finished - started, 3),
        },
    }


def main(argv):
    """Runs every job of the parameters file in one Spark session and writes each one's summary.json."""
    if len(argv) != 2:
        print("usage: citegraph_job.py PARAMS.json", file=sys.stderr)
        return 64
    with open(argv[1], encoding="utf-8") as handle:
        params = json.load(handle)
    spark = SparkSession.builder.appName("citegraph").getOrCreate()
    checkpoints = params.get("checkpoint_dir")
    if checkpoints:
        spark.sparkContext.setCheckpointDir(checkpoints)
    for job in params["jobs"]:
        job.setdefault("reliable_checkpoints", bool(checkpoints))
        summary = run_job(spark, job)
        summary["sparkVersion"] = spark.version
        summary["master"] = spark.sparkContext.master
        os.makedirs(job["out"], exist_ok=True)
        with open(os.path.join(job["out"], "summary.json"), "w", encoding="utf-8") as handle:
            json.dump(summary, handle, indent=1, sort_keys=True)
        print("citegraph-spark: %s: %d nodes, %d edges" % (job["out"], summary["nodes"], summary["edges"]))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
