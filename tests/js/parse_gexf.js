// Parse a GEXF file with graphology-gexf (the parser of Gephi Lite and sigma.js) and print a JSON summary:
// node count, edge count, and for every node its kind and colour, as the parser read them.
const fs = require("fs");
const { DOMParser } = require("@xmldom/xmldom");
const Graph = require("graphology");
const gexf = require("graphology-gexf");

const xml = fs.readFileSync(process.argv[2], "utf-8");
const graph = gexf.parse(Graph, xml, { allowUndeclaredAttributes: false, addMissingNodes: false, DOMParser });
const nodes = [];
graph.forEachNode((key, attrs) => nodes.push({ key, kind: attrs.kind, color: attrs.color, size: attrs.size, label: attrs.label }));
const relations = {};
graph.forEachEdge((key, attrs) => { relations[attrs.relation] = (relations[attrs.relation] || 0) + 1; });
process.stdout.write(JSON.stringify({ order: graph.order, size: graph.size, nodes, relations }));
