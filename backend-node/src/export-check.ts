/**
 * Export validation: a loaded addon must implement every call of the call list (shim-c/calls.idl,
 * whose names reach TypeScript as `rawCallNames`). The release sentinel proves the file is from this
 * release; this proves it is complete. A binary built from an older calls.idl of the same version
 * (a stale build folder, a partial copy) would otherwise fail later, at its first missing call.
 */

/** The command that rebuilds the addon from a spicecraft checkout. */
export const REBUILD_COMMAND = "cmake --build build/native (or bash scripts/setup.sh) in a spicecraft checkout";

/** The calls of `calls` that the addon's `Context` class does not implement (empty: it is complete). */
export function missingCalls(addon: unknown, calls: readonly string[]): string[] {
  const context = (addon as { Context?: unknown } | null)?.Context;
  const proto = typeof context === "function" ? (context.prototype as Record<string, unknown> | undefined) : undefined;
  if (proto === undefined || proto === null) return [...calls];
  return calls.filter((name) => typeof proto[name] !== "function");
}

/** The loader's refusal text for an incomplete addon: the missing names (all of them, up to 20) and the fix. */
export function incompleteText(missing: readonly string[], total: number): string {
  const shown = missing.length > 20 ? `${missing.slice(0, 20).join(", ")} and ${missing.length - 20} more` : missing.join(", ");
  return `incomplete: lacks ${missing.length} of the ${total} calls of the call list (${shown}); rebuild it: ${REBUILD_COMMAND}`;
}
