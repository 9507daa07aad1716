/**
 * Host I/O error texts: glibc's strerror() wording for the errno codes a kernel read or an output
 * write meets in practice, so the WASM backend's Node reader and writer word a failure as the native
 * addon (which calls strerror) does.
 */

const STRERROR: Record<string, string> = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  EPERM: "Operation not permitted",
  EEXIST: "File exists",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
  ENOSPC: "No space left on device",
  EDQUOT: "Disk quota exceeded",
  EIO: "Input/output error",
  EROFS: "Read-only file system",
  ENAMETOOLONG: "File name too long",
  ELOOP: "Too many levels of symbolic links",
  EMFILE: "Too many open files",
};

/** A node:fs error's errno code (`""` if none) and its strerror() text (else the error's message). */
export function errnoText(error: unknown): { code: string; text: string } {
  const code = (error as { code?: string }).code ?? "";
  return { code, text: STRERROR[code] ?? (error as Error).message };
}
