#!/usr/bin/env python3
"""Reads a CiteGraph output folder's GraphML and GEXF files with networkx and igraph (the tools users open them
with) and prints, as JSON, what each library saw: node/edge counts and the Python types of every attribute.
Used by Tests/CLITests/ExportSchemaTests.swift (run with .venv-test/bin/python; `make test-deps` creates it).

usage: read_exports.py OUTPUT_FOLDER
"""
import json
import pathlib
import sys

import igraph
import networkx


def types(items):
    """attribute name -> sorted list of the Python type names seen across the items."""
    seen = {}
    for attributes in items:
        for key, value in attributes.items():
            seen.setdefault(key, set()).add(type(value).__name__)
    return {key: sorted(names) for key, names in sorted(seen.items())}


def main():
    folder = pathlib.Path(sys.argv[1])
    out = {"networkx": networkx.__version__, "igraph": igraph.__version__, "graphml": {}, "gexf": {}}
    for path in sorted(folder.glob("*.graphml")):
        g = networkx.read_graphml(path)
        i = igraph.Graph.Read_GraphML(str(path))
        out["graphml"][path.stem] = {
            "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
            "nodeTypes": types(d for _, d in g.nodes(data=True)),
            "edgeTypes": types(d for _, _, d in g.edges(data=True)),
            "igraphNodes": i.vcount(), "igraphEdges": i.ecount(),
            "igraphNodeAttributes": sorted(i.vs.attributes()),
        }
    for path in sorted(folder.glob("*.gexf")):
        g = networkx.read_gexf(path)
        nodes = list(g.nodes(data=True))
        out["gexf"][path.stem] = {
            "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "nodeTypes": types({k: v for k, v in d.items() if k != "viz"} for _, d in nodes),
            "withColor": sum(1 for _, d in nodes if "color" in d.get("viz", {})),
            "withSize": sum(1 for _, d in nodes if "size" in d.get("viz", {})),
            "withPosition": sum(1 for _, d in nodes if "position" in d.get("viz", {})),
            "colors": {d["label"]: "#%02X%02X%02X" % (d["viz"]["color"]["r"], d["viz"]["color"]["g"],
                                                       d["viz"]["color"]["b"]) for _, d in nodes},
        }
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
