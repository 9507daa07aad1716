// A node:test reporter that writes only the failed tests, each with its error (message, expected/actual
// and the first lines of the stack), so scripts/test.sh can repeat them at the very end of a long run:
// CI keeps only the tail of the output, and a failure reported 40 minutes earlier would be cut off.
export default async function* failuresReporter(source) {
  let failures = 0;
  for await (const event of source) {
    if (event.type !== "test:fail") continue;
    const { name, details, file, line } = event.data;
    // A suite fails when a test inside it does; its own entry adds nothing.
    if (details?.error?.failureType === "subtestsFailed") continue;
    failures++;
    const error = details?.error?.cause ?? details?.error;
    const text = String(error?.stack ?? error?.message ?? error ?? "unknown error").split("\n").slice(0, 40).join("\n");
    yield `--- FAILED: ${name} (${file ?? "?"}:${line ?? "?"})\n${text}\n\n`;
  }
  if (failures === 0) yield "";
}
