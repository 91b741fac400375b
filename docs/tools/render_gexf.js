// Renders a GEXF file the way Gephi Lite reads it (graphology-gexf) and draws it with sigma in headless Chromium.
// Dev-only, for the screenshot in docs/gephi.md; not part of the package or the tests.
//   npm install graphology graphology-gexf @xmldom/xmldom sigma   (in a scratch folder outside the repo)
//   NODE_PATH=/that/folder/node_modules node docs/tools/render_gexf.js exports/graph.gexf docs/gephi-graph.png
// It also prints what the parser read: node and edge counts, attributes, whether any start/end survived.
const fs = require('fs');
const os = require('os');
const path = require('path');
const {execFileSync} = require('child_process');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const [source, target, width = '1400', height = '1000'] = process.argv.slice(2);
const graph = gexf.parse(Graph, fs.readFileSync(source, 'utf-8'));
const count = (items) => items.reduce((acc, k) => ((acc[k] = (acc[k] || 0) + 1), acc), {});
const nodeKeys = new Set(), edgeKeys = new Set();
graph.forEachNode((_, a) => Object.keys(a).forEach((k) => nodeKeys.add(k)));
graph.forEachEdge((_, a) => Object.keys(a).forEach((k) => edgeKeys.add(k)));
console.log(JSON.stringify({
  file: source, type: graph.type, multi: graph.multi, nodes: graph.order, edges: graph.size,
  nodeKinds: count(graph.mapNodes((_, a) => a.kind)), edgeRelations: count(graph.mapEdges((_, a) => a.relation)),
  nodeAttributes: [...nodeKeys].sort(), edgeAttributes: [...edgeKeys].sort(),
}));
if (!target) process.exit(0);

// Sigma draws what the file says: viz:position, viz:color, the label; viz:size scaled to the picture; edges thin and grey.
graph.forEachEdge((e) => graph.mergeEdgeAttributes(e, {color: '#b4b4b4', size: 0.8}));
graph.forEachNode((n, a) => graph.mergeNodeAttributes(n, {size: a.size * 0.2, label: a.kind === 'document' ? '' : a.label}));
const modules = process.env.NODE_PATH.split(path.delimiter)[0];
const page = `<!doctype html><meta charset="utf-8"><style>html,body,#c{margin:0;width:${width}px;height:${height}px;background:#fff}</style>
<div id="c"></div>
<script>${fs.readFileSync(path.join(modules, 'graphology/dist/graphology.umd.min.js'), 'utf-8')}</script>
<script>${fs.readFileSync(path.join(modules, 'sigma/dist/sigma.min.js'), 'utf-8')}</script>
<script>
const g = graphology.Graph.from(${JSON.stringify(graph.export())});
new Sigma(g, document.getElementById('c'), {labelFont: 'Noto Sans CJK SC, sans-serif', labelSize: 13, labelRenderedSizeThreshold: 4, renderEdgeLabels: false, stagePadding: 30});
</script>`;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gexf-render-'));
fs.writeFileSync(path.join(folder, 'page.html'), page);
execFileSync('chromium', ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--hide-scrollbars',
  `--window-size=${width},${height}`, '--virtual-time-budget=3000', `--screenshot=${path.resolve(target)}`, `file://${folder}/page.html`], {stdio: 'inherit'});
fs.rmSync(folder, {recursive: true});
