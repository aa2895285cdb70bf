// Undo and redo from the keyboard: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Inside a
// text field the browser's own undo of the typing wins.
export function attachEditShortcuts(
  target: Document | HTMLElement,
  actions: { undo(): void; redo(): void; enabled(): boolean },
): () => void {
  const onKeydown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (!(key.ctrlKey || key.metaKey) || key.altKey || !actions.enabled()) return;
    const element = key.target as HTMLElement | null;
    if (element?.closest?.("input, textarea, select, [contenteditable='true']")) return;
    const letter = key.key.toLowerCase();
    if (letter === "z" && !key.shiftKey) actions.undo();
    else if ((letter === "z" && key.shiftKey) || (letter === "y" && !key.metaKey)) actions.redo();
    else return;
    key.preventDefault();
  };
  target.addEventListener("keydown", onKeydown);
  return () => target.removeEventListener("keydown", onKeydown);
}
