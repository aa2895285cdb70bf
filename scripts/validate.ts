// `npm run validate -- FILE…`: check Backchannel documents by hand. Prints a one-screen summary of
// each valid file, or every problem with its path; exits 1 when any file has problems.
import { readFileSync } from "node:fs";
import { formatProblem, parseDocumentText } from "../src/schema/parseDocument";
import { summarizeDocument } from "../src/schema/documentSummary";

const files = process.argv.slice(2).filter((arg) => arg !== "--");
if (files.length === 0) {
  console.error("usage: npm run validate -- FILE [FILE…]");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(
      `${file}: cannot read (${error instanceof Error ? error.message : String(error)})`,
    );
    failed = true;
    continue;
  }
  const result = parseDocumentText(text);
  if (result.ok) {
    console.log(`${file}: valid\n${summarizeDocument(result.document)}\n`);
  } else {
    failed = true;
    const count = result.problems.length;
    console.error(`${file}: ${count} problem${count === 1 ? "" : "s"}`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
