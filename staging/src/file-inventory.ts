/**
 * inventory(file): what an SPK, CK, binary PCK or DSK holds, segment by segment, in the spirit of
 * NAIF's brief/ckbrief/dskbrief (issue 18, item 2). Built from the low-level calls (dafopr, a
 * forward array search, dafgs/dafgn/dafus; dasopr, dlabfs/dlafns, dskgd): every number is what those
 * calls return, in file order. Frame names come from frmnam where the frame is known.
 */
import type { FileInventory, InventorySegment, SpiceBackend } from "@spicecraft/contract";

/** The calls the inventory is built from. */
export type InventoryCalls = Pick<
  SpiceBackend,
  "getfat" | "dafopr" | "dafcls" | "dafhsf" | "dafbfs" | "daffna" | "dafgs" | "dafgn" | "dafus" | "dasopr" | "dascls" | "dlafns" | "dskgd" | "frmnam"
> & { dlabfs(handle: number): ReturnType<SpiceBackend["dlafns"]> };

const frameName = (calls: InventoryCalls, code: number): string => {
  const f = calls.frmnam(code);
  return f.found ? f.name : String(code);
};

/** One DAF array as a segment of its kernel type. */
function dafSegment(calls: InventoryCalls, type: string, name: string, dc: number[], ic: number[]): InventorySegment {
  const [start = 0, stop = 0] = dc;
  if (type === "SPK") {
    const [body = 0, center = 0, frame = 0, dataType = 0] = ic;
    return { kind: "SPK", name, body, center, frame: frameName(calls, frame), frameId: frame, dataType, start, stop };
  }
  if (type === "CK") {
    const [instrument = 0, frame = 0, dataType = 0, rates = 0] = ic;
    return { kind: "CK", name, instrument, frame: frameName(calls, frame), frameId: frame, dataType, angularVelocity: rates === 1, startTicks: start, stopTicks: stop };
  }
  const [classId = 0, frame = 0, dataType = 0] = ic;
  return { kind: "PCK", name, frameClassId: classId, frame: frameName(calls, frame), frameId: frame, dataType, start, stop };
}

/** What a segment is about: its body (SPK), instrument (CK), frame class ID (PCK) or surface (DSK). */
function segmentKey(s: InventorySegment): number {
  switch (s.kind) {
    case "SPK":
      return s.body;
    case "CK":
      return s.instrument;
    case "PCK":
      return s.frameClassId;
    case "DSK":
      return s.surface;
  }
}

/**
 * The inventory of one kernel file (a virtual id or host path, loaded or not). SPICE(UNKNOWNFILARC)
 * style errors for files that are not binary kernels; text kernels have no segments to list.
 */
export function fileInventory(calls: InventoryCalls, file: string): FileInventory {
  const { arch, type } = calls.getfat(file);
  const segments: InventorySegment[] = [];
  if (arch === "DAF") {
    const h = calls.dafopr(file);
    try {
      const { nd, ni } = calls.dafhsf(h);
      calls.dafbfs(h);
      while (calls.daffna(h)) {
        const { dc, ic } = calls.dafus(calls.dafgs(h), nd, ni);
        segments.push(dafSegment(calls, type, calls.dafgn(h), dc, ic));
      }
    } finally {
      calls.dafcls(h);
    }
  } else if (arch === "DAS" && type === "DSK") {
    const h = calls.dasopr(file);
    try {
      let i = 0;
      for (let f = calls.dlabfs(h); f.found; f = calls.dlafns(h, f.descr), i++) {
        const d = calls.dskgd(file, i);
        segments.push({
          kind: "DSK", surface: d.surfce, center: d.center, frame: frameName(calls, d.frmcde), frameId: d.frmcde,
          dataType: d.dtype, dataClass: d.dclass, start: d.start, stop: d.stop,
        });
      }
    } finally {
      calls.dascls(h);
    }
  }
  const ids = [...new Set(segments.map(segmentKey))].sort((a, b) => a - b);
  return { file, arch, type, segments, ids };
}
