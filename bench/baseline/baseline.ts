// The benchmark's baseline: the plainest d3 force graph of the same data — d3-force with default
// forces run to rest (300 ticks), then circles, lines and labels drawn once with d3-selection.
// No validation, no graph model, no collision, no interaction.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceCenter,
  type SimulationNodeDatum,
} from "d3-force";
import { select } from "d3-selection";
import seed from "../../data/edan-alexander-backchannel.json";

interface Node extends SimulationNodeDatum {
  id: string;
  name: string;
}
const nodes: Node[] = seed.actors.map((a) => ({ id: a.id, name: a.name }));
const links = seed.ties.map((t) => ({ source: t.source, target: t.target }));
const width = innerWidth;
const height = innerHeight;
forceSimulation(nodes)
  .force(
    "link",
    forceLink<Node, { source: string | Node; target: string | Node }>(links).id((d) => d.id),
  )
  .force("charge", forceManyBody())
  .force("center", forceCenter(width / 2, height / 2))
  .stop()
  .tick(300);
const svg = select("#graph");
svg
  .append("g")
  .selectAll("line")
  .data(links)
  .join("line")
  .attr("stroke", "#999")
  .attr("x1", (d) => (d.source as unknown as Node).x ?? 0)
  .attr("y1", (d) => (d.source as unknown as Node).y ?? 0)
  .attr("x2", (d) => (d.target as unknown as Node).x ?? 0)
  .attr("y2", (d) => (d.target as unknown as Node).y ?? 0);
const node = svg
  .append("g")
  .selectAll("g")
  .data(nodes)
  .join("g")
  .attr("transform", (d) => `translate(${d.x},${d.y})`);
node.append("circle").attr("r", 8).attr("fill", "#0072B2");
node
  .append("text")
  .attr("dy", 20)
  .attr("text-anchor", "middle")
  .text((d) => d.name);
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("backchannel:settled")));
