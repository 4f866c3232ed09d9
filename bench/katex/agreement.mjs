// Reads MathAgreementDump's JSON lines on stdin, asks KaTeX (default options, throwOnError) about
// every formula, and prints how the three strict math rules agree with it. See bench/README.md.
import katex from "katex";
import { createInterface } from "node:readline";

const examples = Number(process.env.EXAMPLES ?? 8);
const buckets = { rejectedFlagged: [], rejectedMissed: [], acceptedFlagged: [], acceptedClean: [] };
const strayFindings = [];
const acceptedLines = new Set();
const flaggedAcceptedLines = new Set();
const print = console.log.bind(console);
// KaTeX's strict-mode warnings are not errors under default options, and \message prints.
console.warn = () => {};
console.log = () => {};

for await (const text of createInterface({ input: process.stdin })) {
  if (!text.trim()) continue;
  const formula = JSON.parse(text);
  if (formula.tex === null) {
    strayFindings.push(formula);
    continue;
  }
  let error = null;
  try {
    katex.renderToString(formula.tex, { displayMode: formula.display, throwOnError: true });
  } catch (e) {
    error = String(e.message ?? e).split("\n")[0];
  }
  const flagged = formula.findings.length > 0;
  const where = `${formula.file}:${formula.line}`;
  if (error === null) {
    acceptedLines.add(where);
    if (flagged) flaggedAcceptedLines.add(where);
  }
  const bucket =
    error !== null
      ? flagged ? "rejectedFlagged" : "rejectedMissed"
      : flagged ? "acceptedFlagged" : "acceptedClean";
  buckets[bucket].push({ ...formula, error });
}

const rejected = buckets.rejectedFlagged.length + buckets.rejectedMissed.length;
const accepted = buckets.acceptedFlagged.length + buckets.acceptedClean.length;
const pct = (n, d) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
print(`formulas: ${rejected + accepted} (KaTeX rejects ${rejected}, accepts ${accepted})`);
print(`rejected and flagged: ${buckets.rejectedFlagged.length} (${pct(buckets.rejectedFlagged.length, rejected)} recall)`);
print(`rejected and missed:  ${buckets.rejectedMissed.length}`);
print(`accepted and flagged: ${buckets.acceptedFlagged.length} (${pct(buckets.acceptedFlagged.length, accepted)} of accepted formulas)`);
print(`lines with accepted formulas: ${acceptedLines.size}, flagged: ${flaggedAcceptedLines.size} (${pct(flaggedAcceptedLines.size, acceptedLines.size)})`);
print(`strict findings outside any formula (stray delimiters): ${strayFindings.length}`);

const show = (title, list, detail) => {
  if (list.length === 0) return;
  print(`\n${title} (${Math.min(examples, list.length)} of ${list.length}):`);
  for (const f of list.slice(0, examples)) {
    const tex = f.tex === null ? "" : JSON.stringify(f.tex.length > 70 ? f.tex.slice(0, 70) + "…" : f.tex);
    print(`  ${f.file}:${f.line} ${tex}\n      ${detail(f)}`);
  }
};
show("rejected and missed", buckets.rejectedMissed, (f) => `KaTeX: ${f.error}`);
show("accepted and flagged", buckets.acceptedFlagged, (f) => f.findings.join(" | "));
show("stray findings", strayFindings, (f) => f.findings.join(" | "));
