// Writes KaTeX's own test cases (katex-cases.portable.jsonl) as Markdown, one formula per
// paragraph, so the math rules see them as a bank would hold them. Cases that Markdown cannot
// carry unchanged (more than one line, or a dollar sign) are left out and counted on stderr.
import { readFileSync } from "node:fs";

const [input] = process.argv.slice(2);
let skipped = 0;
const blocks = [];
for (const line of readFileSync(input, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const { tex, display } = JSON.parse(line);
  if (tex.includes("\n") || tex.includes("$") || tex.trim() === "") {
    skipped++;
    continue;
  }
  blocks.push(display ? `$$\n${tex}\n$$` : `Formula: $${tex}$ end.`);
}
process.stdout.write(blocks.join("\n\n") + "\n");
console.error(`katex cases: ${blocks.length} written, ${skipped} left out (multi-line, blank or with $)`);
