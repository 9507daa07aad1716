/** The order the bundled kernels load in: leapseconds, then constants, frames and ephemerides, so each finds what it needs. */
const ORDER = [".tls", ".tpc", ".tf", ".bsp"];
const rank = (file: string) => ORDER.findIndex((ext) => file.endsWith(ext));

/** The kernel files among `files` (by extension), in load order. */
export function inLoadOrder(files: readonly string[]): string[] {
  return files.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
