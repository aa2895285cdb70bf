// Where JSON text first goes wrong, as an offset: JSON.parse in older engines does not say.
// A small scanner that follows the JSON grammar and stops at the first character it cannot accept.

export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text[i] ?? "";
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === "\\") {
        i++;
        const esc = text[i] ?? "";
        if (esc === "u") {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? "")) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(esc) && esc !== "") i++;
        else fail();
      } else if (ch < " ") fail();
      else i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ":") fail();
    i++;
  };
  // Iterative, with the open objects and lists on a stack of its own: a file of 200,000 nested
  // brackets must not overflow the call stack.
  const value = (): void => {
    const open: ("}" | "]")[] = [];
    for (;;) {
      ws();
      const ch = text[i];
      if (ch === "{" || ch === "[") {
        const close = ch === "{" ? "}" : "]";
        i++;
        ws();
        if (text[i] !== close) {
          open.push(close);
          if (close === "}") key();
          continue;
        }
        i++;
      } else if (ch === '"') string();
      else if (ch === "t") literal("true");
      else if (ch === "f") literal("false");
      else if (ch === "n") literal("null");
      else number();
      // A value is complete: close what it completes, or go on to the next item.
      for (;;) {
        const close = open[open.length - 1];
        if (close === undefined) return;
        ws();
        if (text[i] === ",") {
          i++;
          if (close === "}") key();
          break;
        }
        if (text[i] !== close) fail();
        i++;
        open.pop();
      }
    }
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (offset) {
    if (typeof offset === "number") return offset;
    throw offset;
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
