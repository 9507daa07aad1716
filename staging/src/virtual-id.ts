/**
 * Virtual ids name byte-backed kernels (and, later, writer outputs) the same way on every backend:
 * `/kernels/<relative path>`. Anything that could escape that namespace or be mistaken for a host
 * file is refused, so a virtual id can never reach a real file.
 */
import { SpiceError } from "@spicecraft/contract";

/** The namespace every virtual id lives in. */
export const VIRTUAL_ROOT = "/kernels/";

/** True if a name is meant as a virtual id (it starts with `/kernels/`). */
export function isVirtualId(name: string): boolean {
  return name.startsWith(VIRTUAL_ROOT);
}

/**
 * Normalises `lsk/naif0012.tls`, `/kernels/lsk/./naif0012.tls` or `lsk//naif0012.tls` to
 * `/kernels/lsk/naif0012.tls`. Throws SPICE(BADVIRTUALID) for `..` segments, absolute OS paths
 * posing as ids, URL schemes, drive letters, backslashes, control characters and empty names.
 */
export function normalizeVirtualId(id: string, operation = "furnsh"): string {
  const refuse = (why: string): never => {
    throw new SpiceError({
      short: "SPICE(BADVIRTUALID)",
      long: `The virtual id '${id}' ${why}. Virtual ids are relative paths below ${VIRTUAL_ROOT}, such as '${VIRTUAL_ROOT}lsk/naif0012.tls'.`,
      trace: operation,
      operation,
    });
  };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(id)) refuse("contains control characters");
  if (id.trim() === "") refuse("is blank");
  if (id.includes("\\")) refuse("contains a backslash");
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(id)) refuse("looks like a URL or a drive path");
  let rest: string;
  if (id.startsWith("/")) {
    if (!isVirtualId(id)) refuse(`is an absolute path outside ${VIRTUAL_ROOT}`);
    rest = id.slice(VIRTUAL_ROOT.length);
  } else {
    rest = id;
  }
  const segments: string[] = [];
  for (const segment of rest.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") refuse("contains a '..' segment");
    segments.push(segment);
  }
  if (segments.length === 0) refuse("names no file");
  if (rest.endsWith("/")) refuse("ends with '/', so it names a folder, not a file");
  return VIRTUAL_ROOT + segments.join("/");
}
