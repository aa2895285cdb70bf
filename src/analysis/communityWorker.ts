// The community worker (module worker, bundled by vite from app/communityFinder.ts): finds the
// communities of a large network off the page's thread. DOM-free.
import { findCommunities, type CommunityInput } from "./communities";

self.addEventListener("message", (event: MessageEvent<CommunityInput>) => {
  const { groups, count } = findCommunities(event.data);
  self.postMessage({ groups, count }, { transfer: [groups.buffer] });
});
