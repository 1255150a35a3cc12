// Parse a GEXF file with graphology-gexf (the parser of Gephi Lite and sigma.js) and print a JSON summary:
// node count, edge count, every node's kind, colour, position and label, and every edge's colour, as the parser read them.
const fs = require("fs");
const { DOMParser } = require("@xmldom/xmldom");
const Graph = require("graphology");
const gexf = require("graphology-gexf");

const xml = fs.readFileSync(process.argv[2], "utf-8");
const graph = gexf.parse(Graph, xml, { allowUndeclaredAttributes: false, addMissingNodes: false, DOMParser });
const nodes = [];
graph.forEachNode((key, attrs) => nodes.push({ key, kind: attrs.kind, color: attrs.color, size: attrs.size, label: attrs.label,
                                                x: attrs.x, y: attrs.y, claimer: attrs.claimer, affiliation: attrs.affiliation }));
const relations = {};
const edgeColors = {};
const edges = [];
graph.forEachEdge((key, attrs, source, target) => {
  relations[attrs.relation] = (relations[attrs.relation] || 0) + 1;
  (edgeColors[attrs.relation] = edgeColors[attrs.relation] || []).push(attrs.color);
  edges.push({ source, target, weight: attrs.weight, color: attrs.color });
});
process.stdout.write(JSON.stringify({ order: graph.order, size: graph.size, nodes, relations, edgeColors, edges }));
