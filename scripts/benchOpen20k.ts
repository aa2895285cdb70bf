// A planted partition as NetworkX's node_link_data writes it (`nodes` with an id and the block
// as an attribute, `links` with source and target), for opening in the app as a new user would.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { plantedPartition } from "../tests/fixtures/randomGraphs";

/** Writes the file and returns its size in bytes. */
export function writeSbmNodeLink(file: string, actors: number): number {
  const graph = plantedPartition({ actors, blocks: 20, inside: 5, across: 0.6, seed: 1 });
  const text = JSON.stringify({
    directed: false,
    multigraph: false,
    graph: {},
    nodes: graph.nodes.map((node, i) => ({ id: node.id, block: graph.blocks[i] })),
    links: graph.links.map((link) => ({ source: link.source, target: link.target })),
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
