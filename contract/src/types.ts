import type { SpiceWindow } from "./window.js";

/** Value types shared by every backend. */

/** The result of a look-up that may miss, CSPICE's `found` flag made a type (tspice compatible). */
export type Found<T> = { found: false } | ({ found: true } & T);

/** Bytes of a kernel handed over in memory, named by a virtual id such as `/kernels/lsk/naif0012.tls`. */
export interface KernelBytes {
  /** Virtual id (normalised to `/kernels/<relative>`) or a relative path below `/kernels/`. */
  path: string;
  /** The file's bytes. They are copied once into the core; the caller may reuse the buffer. */
  bytes: Uint8Array;
  /**
   * For a meta-kernel: may the files it lists (KERNELS_TO_LOAD) be host files? Default `false`:
   * a kernel given as bytes names only other kernels given as bytes, by virtual id (relative names
   * such as `lsk/naif0012.tls` mean `/kernels/lsk/naif0012.tls`; `/etc/passwd` or `../x` fail with
   * SPICE(BADVIRTUALID)), so bytes from a network or an upload cannot read the machine's files.
   * `true` restores CSPICE's behaviour: listed names are host paths as written (where the backend
   * has host files), virtual ids still first. Has no effect on other kernels.
   */
  allowHostPaths?: boolean;
}

/** A kernel to load: a host path (Node backends), a virtual id, or bytes with a virtual id. */
export type KernelSource = string | KernelBytes;

/**
 * Kernel kinds as CSPICE's ktotal/kdata take them, or a blank-separated list of them (`"SPK CK"`).
 * tspice's `LSK`, `FK`, `IK` and `SCLK` are accepted too: they select the TEXT kernels whose file
 * name ends in `.tls`/`.lsk`, `.tf`/`.fk`, `.ti`/`.ik`, `.tsc`/`.sclk` (reported as `TEXT`).
 */
export type KernelKind =
  | "ALL" | "SPK" | "CK" | "PCK" | "DSK" | "EK" | "TEXT" | "META" | "LSK" | "FK" | "IK" | "SCLK" | (string & {});

/** ktotal/kdata's kinds: one kind, a blank-separated list, or an array of kinds (any of them). */
export type KernelKindInput = KernelKind | readonly KernelKind[];

/** Which of CSPICE's error messages getmsg returns. */
export type GetmsgWhich = "SHORT" | "LONG" | "EXPLAIN";

/** An SPK segment descriptor packed as a DAF summary (spkpds_c): 2 doubles, then 6 integers in 3. */
export type SpkPackedDescriptor = [number, number, number, number, number];

/** What kdata reports for one loaded kernel. */
export interface KernelData {
  /** The name the kernel was loaded by: the virtual id or the host path the caller used. */
  file: string;
  /** SPK, PCK, CK, DSK, EK, TEXT or META. */
  filtyp: string;
  /** The meta-kernel that loaded it, `""` when it was loaded directly. */
  source: string;
  /** The DAF/DAS handle, 0 for text kernels. Informational: not stable across backends or runs. */
  handle: number;
}

/** What kinfo reports for one loaded kernel. */
export type KernelInfo = Omit<KernelData, "file">;

/** Type of a kernel pool variable: `N` numeric, `C` character. */
export type PoolType = "N" | "C";

/** The defaults of the time-string language that timdef reads and sets. */
export type TimeDefaultItem = "CALENDAR" | "SYSTEM" | "ZONE" | (string & {});

/** Which backend runs the core. */
export type BackendKind = "node" | "wasm";

/** A 3-vector (km). */
export type Vector3 = [number, number, number];

/** A state: position (km) and velocity (km/s). */
export type State6 = [number, number, number, number, number, number];

/** Aberration corrections as CSPICE spells them (case and blanks are ignored). */
export type AbCorr = "NONE" | "LT" | "LT+S" | "CN" | "CN+S" | "XLT" | "XLT+S" | "XCN" | "XCN+S" | (string & {});

/** A state with the one-way light time between target and observer. */
export interface StateLt {
  /** Position (km) and velocity (km/s) of the target relative to the observer. */
  state: State6;
  /** One-way light time, seconds. */
  lt: number;
}

/** A position with the one-way light time. */
export interface PositionLt {
  /** Position of the target relative to the observer, km. */
  pos: Vector3;
  /** One-way light time, seconds. */
  lt: number;
}

/**
 * Osculating conic elements, as CSPICE's oscelt_c returns them and conics_c takes them:
 * `[rp, ecc, inc, lnode, argp, m0, t0, mu]`: perifocal distance (km), eccentricity, inclination,
 * longitude of the ascending node, argument of periapsis, mean anomaly at epoch (radians), epoch
 * (TDB seconds past J2000) and the central body's GM (km^3/s^2).
 */
export type ConicElements = [number, number, number, number, number, number, number, number];

/**
 * CSPICE's extended elements (oscltx_c), SPICE_OSCLTX_NELTS = 20 numbers: the 8 of
 * {@link ConicElements}, then `nu` (true anomaly at epoch, radians in [0, 2 pi)), `a` (semi-major
 * axis, km; 0 for a parabola or where it cannot be computed safely) and `tau` (period, s; 0 unless
 * the orbit is an ellipse), then 9 numbers CSPICE reserves, always 0.
 */
export type ExtendedConicElements = number[];

/** States for many epochs: `states[6*i .. 6*i+5]` belongs to epoch i. */
export interface StateBatch {
  states: Float64Array;
  lts: Float64Array;
}

/** Positions for many epochs: `positions[3*i .. 3*i+2]` belongs to epoch i. */
export interface PositionBatch {
  positions: Float64Array;
  lts: Float64Array;
}

/** A 3x3 rotation matrix, row-major: element (r, c) is at index 3*r + c. */
export type Matrix3 = number[];

/** A 6x6 state transformation matrix, row-major: element (r, c) is at index 6*r + c. */
export type Matrix6 = number[];

/**
 * A SPICE window as plain pairs: disjoint closed intervals `[start, end]` (TDB seconds past J2000),
 * in increasing order; what `SpiceWindow.toPairs()` returns and every window argument accepts.
 */
export type Window = Array<[number, number]>;

/** An SPK segment descriptor, unpacked (CSPICE's spkuds_c fields). */
export interface SpkSegmentDescriptor {
  /** NAIF ID of the target body. */
  body: number;
  /** NAIF ID of the center of motion. */
  center: number;
  /** Frame ID of the states (1 = J2000). */
  frame: number;
  /** SPK data type. */
  type: number;
  /** Start of coverage, TDB seconds past J2000 (inclusive). */
  first: number;
  /** End of coverage (inclusive). */
  last: number;
  /** First DAF address of the segment's data. */
  baddr: number;
  /** Last DAF address of the segment's data. */
  eaddr: number;
}

/** The loaded segment that serves a state request (spksfs). */
export interface SpkSegmentLookup {
  /** The kernel holding the segment, named as it was loaded (virtual id or host path). */
  file: string;
  /** The kernel's DAF handle as kdata reports it (informational, not stable across backends). */
  handle: number;
  /** The segment identifier (up to 40 characters). */
  ident: string;
  /**
   * The descriptor packed as a DAF summary (ND = 2, NI = 6) in this machine's byte order, as
   * spksfs_c returns it (and tspice's `descr`); unpack it with spkuds or dafus.
   */
  descr: [number, number, number, number, number];
  /** The same descriptor, unpacked. */
  segment: SpkSegmentDescriptor;
}

/** What frinfo reports for a frame. */
export interface FrameInfo {
  /** NAIF ID of the frame's center. */
  center: number;
  /** 1 inertial, 2 PCK, 3 CK, 4 TK, 5 dynamic, 6 switch. */
  frameClass: number;
  /** The frame's ID within its class. */
  classId: number;
}

/** A frame by code and name (cidfrm, cnmfrm). */
export interface NamedFrame {
  frcode: number;
  frname: string;
}

/**
 * A file a writer builds in memory instead of on the host file system (tspice compatible). `path` is
 * a virtual id, normalised to `/kernels/<relative>`. After the writer is closed, `readVirtualOutput`
 * returns the bytes and `furnsh(path)` loads them.
 */
export interface VirtualOutput {
  kind: "virtual-output";
  path: string;
}

/**
 * Where a writer puts its file: a {@link VirtualOutput}, a virtual id (`/kernels/...`), or, on Node
 * backends, a host path (written atomically when the writer is closed).
 */
export type OutputTarget = string | VirtualOutput;

/** Numbers passed to the writers: a plain array or a Float64Array. */
export type NumberArray = readonly number[] | Float64Array;

// --- Observers (issue 15): fixed observers and targets, azimuth/elevation, light-time building blocks

/**
 * Where a non-inertial output frame is evaluated (spkcpo, spkcpt, spkcvo, spkcvt): at the
 * observation epoch (`OBSERVER`), at the target's epoch et -+ lt (`TARGET`), or at the epoch its
 * center is seen at (`CENTER`, as spkezr does). Case and blanks are ignored.
 */
export type ReferenceLocus = "OBSERVER" | "TARGET" | "CENTER" | (string & {});

/** Range, azimuth and elevation with their rates, and the light time (azlcpo). */
export interface AzElStateLt {
  /** [range (km), azimuth (rad), elevation (rad), d range/dt (km/s), d az/dt (rad/s), d el/dt (rad/s)]. */
  azlsta: State6;
  /** One-way light time between observer and target, seconds. */
  lt: number;
}

/** azlcpo for many epochs: `azlstas[6*i .. 6*i+5]` belongs to epoch i. */
export interface AzElBatch {
  /** Six numbers per epoch, as {@link AzElStateLt.azlsta}. */
  azlstas: Float64Array;
  /** One-way light time per epoch, seconds. */
  lts: Float64Array;
}

/** Range (same unit as the vector), azimuth and elevation (radians) of a vector (recazl). */
export interface RangeAzEl {
  range: number;
  az: number;
  el: number;
}

/** A corrected target state with the light time and its rate (spkltc, spkaps, spkacs). */
export interface StateLtRate {
  /** Position (km) and velocity (km/s) of the target relative to the observer. */
  starg: State6;
  /** One-way light time, seconds. */
  lt: number;
  /** d(lt)/d(et), unitless: the one-way Doppler factor is 1 - dlt. */
  dlt: number;
}

/** An apparent target position with the light time (spkapo). */
export interface ApparentPosition {
  /** Position of the target relative to the observer, km. */
  ptarg: Vector3;
  /** One-way light time, seconds. */
  lt: number;
}

/** What one SPK segment gives at an epoch (spkpvn). */
export interface SegmentState {
  /** Frame ID of the state (1 = J2000). */
  ref: number;
  /** The segment's target relative to its center: position (km) and velocity (km/s). */
  state: State6;
  /** NAIF ID of the center. */
  center: number;
}

/** The far end of a signal (ltime). */
export interface SignalTime {
  /** TDB seconds past J2000 at which the signal reaches (`->`) or left (`<-`) the target. */
  ettarg: number;
  /** The signal's travel time, seconds. */
  elapsd: number;
}

/** spkacs for many epochs: `stargs[6*i .. 6*i+5]`, `lts[i]` and `dlts[i]` belong to epoch i. */
export interface StateLtRateBatch {
  stargs: Float64Array;
  lts: Float64Array;
  dlts: Float64Array;
}

/** ltime for many epochs: `ettargs[i]` and `elapsds[i]` belong to epoch i. */
export interface SignalTimeBatch {
  ettargs: Float64Array;
  elapsds: Float64Array;
}

/** A signal's direction for ltime: `->` from the observer to the target, `<-` from the target. */
export type SignalDirection = "->" | "<-" | (string & {});
// ---- Issue 15, frame-rate utilities and two-line elements (astro-frames-tle) ----

/** A rotation and an angular velocity, as xf2rav returns them. */
export interface RotationAndAngularVelocity {
  /** The rotation block R of the state transformation, row-major 3x3. */
  rot: Matrix3;
  /**
   * Angular velocity (rad/s) of the "to" frame relative to the "from" frame, expressed in the
   * "from" frame.
   */
  av: Vector3;
}

/** Euler angles and their rates, as xf2eul returns them. */
export interface EulerAnglesAndRates {
  /**
   * `[alpha, beta, gamma, dalpha/dt, dbeta/dt, dgamma/dt]` (radians, rad/s) such that the
   * rotation is `[alpha]_axisa [beta]_axisb [gamma]_axisc`.
   */
  eulang: number[];
  /**
   * False when the angles are not unique (the middle angle makes the outer rotations share an
   * axis); `alpha` and its rate are then 0 and `gamma` carries the whole outer rotation.
   */
  unique: boolean;
}

/** A two-line element set in SPICE's units, as getelm returns it. */
export interface TwoLineElements {
  /** The epoch of the elements, TDB seconds past J2000. */
  epoch: number;
  /**
   * The ten elements, in CSPICE's order and units: `[NDT20 (rad/min^2), NDD60 (rad/min^3),
   * BSTAR (1/Earth radii), INCL (rad), NODE0 (rad), ECC, OMEGA (rad), M0 (rad), N0 (rad/min),
   * EPOCH (TDB seconds past J2000)]`, as evsgp4 and spkw10 take them.
   */
  elems: number[];
}

/** An instrument's field of view as getfov reads it from an IK. */
export interface FieldOfView {
  /** `CIRCLE`, `ELLIPSE`, `POLYGON` or `RECTANGLE`. */
  shape: string;
  /** The frame the boresight and boundary vectors are expressed in (e.g. `TGO_CASSIS_FSA`). */
  frame: string;
  /** The boresight vector, as the IK gives it (not necessarily a unit vector). */
  bsight: [number, number, number];
  /** The number of boundary vectors (`bounds.length`). */
  n: number;
  /**
   * The boundary vectors: one for a circle, two (the semi-axis ends) for an ellipse, the corners
   * of a rectangle or polygon, in the IK's order (counter-clockwise about the boresight when
   * computed from ANGLES).
   */
  bounds: [number, number, number][];
}

// ---- Issue 12, CK reading (ck) ----

/** Pointing of a CK instrument (ckgp_c). */
export interface CkPointing {
  /** The C-matrix: rotation from the requested frame to the instrument frame, row-major 3x3. */
  cmat: Matrix3;
  /** The encoded SCLK (ticks) the pointing is for: the request, or the nearest data within the tolerance. */
  clkout: number;
}

/** Pointing with angular velocity (ckgpav_c). */
export interface CkPointingAv extends CkPointing {
  /** Angular velocity of the instrument frame relative to the requested frame, in that frame (rad/s). */
  av: Vector3;
}

/** ckcov_c's coverage level: whole segments, or the intervals over which their data give pointing. */
export type CkCoverageLevel = "SEGMENT" | "INTERVAL";

/** ckcov_c's time system: encoded SCLK ticks, or TDB seconds past J2000. */
export type CkTimeSystem = "SCLK" | "TDB";

// ---- Issue 16, writers: output lifetime (h16-writers) ----

/** Options of `readVirtualOutput`. */
export interface ReadVirtualOutputOptions {
  /**
   * Also release the output (as `releaseVirtualOutput` does) once its bytes are copied out: the
   * backend then holds no copy, and reading it again throws SPICE(OUTPUTRELEASED). Default false.
   */
  release?: boolean;
}

// ---- Issue 13, vectors (h13-vectors): planes, ellipses, vector and matrix utilities ----

/**
 * A SPICE plane (CSPICE's SpicePlane): the points x with `dot(x, normal) = constant`. Planes made
 * by `nvc2pl`, `nvp2pl` and `psv2pl` have a unit `normal` and `constant >= 0` (the plane's distance
 * from the origin).
 */
export interface Plane {
  normal: Vector3;
  constant: number;
}

/**
 * A SPICE ellipse (CSPICE's SpiceEllipse): the points `center + cos(t) semiMajor + sin(t) semiMinor`.
 * Ellipses made by `cgv2el` (and returned by the other calls) have orthogonal semi-axes with
 * |semiMajor| >= |semiMinor|; either may be zero for a degenerate ellipse.
 */
export interface Ellipse {
  center: Vector3;
  semiMajor: Vector3;
  semiMinor: Vector3;
}

/** An ellipse's center and semi-axes as `el2cgv` returns them (CSPICE's output names). */
export interface EllipseVectors {
  center: Vector3;
  smajor: Vector3;
  sminor: Vector3;
}

/** A plane's unit normal and constant (pl2nvc_c). */
export interface PlaneNormalConstant {
  normal: Vector3;
  konst: number;
}

/** A plane's unit normal and its point nearest the origin, `constant * normal` (pl2nvp_c). */
export interface PlaneNormalPoint {
  normal: Vector3;
  point: Vector3;
}

/** A plane's point nearest the origin and two orthonormal vectors spanning it (pl2psv_c). */
export interface PlanePointSpans {
  point: Vector3;
  span1: Vector3;
  span2: Vector3;
}

/**
 * Where a ray meets a plane (inrypl_c): `nxpts` is 1 (one point, `xpt`), 0 (none: the ray points
 * away, is parallel outside the plane, or the point would be too far; `xpt` is zero) or -1 (the ray
 * lies in the plane; `xpt` is its vertex).
 */
export interface RayPlaneIntersection {
  nxpts: number;
  xpt: Vector3;
}

/** A nearest point and its distance (nplnpt_c, npelpt_c, npedln_c). */
export interface NearPointDistance {
  pnear: Vector3;
  dist: number;
}

/** The semi-axes of the ellipse two vectors generate (saelgv_c). */
export interface EllipseSemiAxes {
  smajor: Vector3;
  sminor: Vector3;
}

/**
 * Where an ellipse meets a plane (inelpl_c): `nxpts` is 0, 1 or 2 points (`xpt1`, `xpt2`; zero when
 * absent), or -1 when the ellipse lies in the plane.
 */
export interface EllipsePlaneIntersection {
  nxpts: number;
  xpt1: Vector3;
  xpt2: Vector3;
}

/** A rotation's unit axis and angle in radians, [0, pi] (raxisa_c). */
export interface AxisAndAngle {
  axis: Vector3;
  angle: number;
}

/** Euler angles in radians: r = [angle3]_axis3 [angle2]_axis2 [angle1]_axis1 (m2eul_c). */
export interface EulerAngles3 {
  angle3: number;
  angle2: number;
  angle1: number;
}

// ---- Issue 13, coordinates (h13-coords) ----

/** Latitudinal coordinates (reclat, cyllat, sphlat): angles in radians. */
export interface LatitudinalCoordinates {
  /** Distance from the origin (the unit of the input). */
  radius: number;
  /** Longitude, (-pi, pi] from reclat; passed through unchanged by cyllat and sphlat. 0 on the z-axis. */
  lon: number;
  /** Latitude, [-pi/2, pi/2]. */
  lat: number;
}

/** Spherical coordinates of a rectangular vector (recsph): angles in radians. */
export interface SphericalCoordinates {
  /** Distance from the origin. */
  radius: number;
  /** Angle from the +z axis, [0, pi]. */
  colat: number;
  /** Longitude, (-pi, pi]; 0 on the z-axis. */
  lon: number;
}

/** Spherical coordinates from cylindrical ones (cylsph): angles in radians. */
export interface CylindricalToSpherical {
  /** Distance from the origin. */
  radius: number;
  /** Angle from the +z axis, [0, pi]. */
  colat: number;
  /** Longitude: the cylindrical longitude, unchanged. */
  slon: number;
}

/** Spherical coordinates from latitudinal ones (latsph): angles in radians. */
export interface LatitudinalToSpherical {
  /** Distance from the origin: the latitudinal radius, unchanged. */
  rho: number;
  /** pi/2 - latitude. */
  colat: number;
  /** Longitude: the latitudinal longitude, unchanged. */
  slon: number;
}

/** Cylindrical coordinates (reccyl, latcyl, sphcyl): the angle in radians. */
export interface CylindricalCoordinates {
  /** Distance from the z-axis. */
  r: number;
  /** Longitude: [0, 2 pi) from reccyl; passed through unchanged by latcyl and sphcyl. */
  clon: number;
  /** Height above the x-y plane. */
  z: number;
}

/** Range, right ascension and declination (recrad): angles in radians. */
export interface RaDecCoordinates {
  /** Distance from the origin. */
  range: number;
  /** Right ascension, [0, 2 pi). */
  ra: number;
  /** Declination, [-pi/2, pi/2]. */
  dec: number;
}

/** Geodetic (recgeo) or planetographic (recpgr) coordinates: angles in radians. */
export interface GeodeticCoordinates {
  /** Longitude: geodetic (-pi, pi], planetographic [0, 2 pi) in the body's positive sense. */
  lon: number;
  /** Latitude of the spheroid's surface normal, [-pi/2, pi/2]. */
  lat: number;
  /** Signed distance above the nearest point of the spheroid (the unit of re). */
  alt: number;
}

/**
 * A coordinate system of xfmsta. Any case and blanks are accepted as well ("geodetic", "Planeto
 * graphic"); these are the canonical spellings.
 */
export type CoordinateSystem =
  | "RECTANGULAR"
  | "CYLINDRICAL"
  | "LATITUDINAL"
  | "SPHERICAL"
  | "GEODETIC"
  | "PLANETOGRAPHIC";

/** A surface's name, or its ID code as a decimal string when it has none (srfc2s, srfcss). */
export interface SurfaceString {
  /** The name as the kernel spells it (at most 36 characters), or the code's digits. */
  srfstr: string;
  /** Whether `srfstr` is a name (false: the code's digits). */
  isname: boolean;
}

// ---- Issue 13, surface geometry (h13-surface) ----

/** A sub-observer or sub-solar point, or a ray's surface intercept (subpnt_c, subslr_c, sincpt_c). */
export interface SurfacePoint {
  /** The surface point, in the target's body-fixed frame at `trgepc` (km). */
  spoint: Vector3;
  /** The epoch of the target at the surface point: et -+ the one-way light time when corrected (TDB s). */
  trgepc: number;
  /** The vector from the observer to the surface point, body-fixed frame at `trgepc` (km). */
  srfvec: Vector3;
}

/** Illumination angles at a surface point (ilumin_c, illumg_c). Angles in radians. */
export interface IlluminationAngles {
  /** The epoch of the surface point (TDB s). */
  trgepc: number;
  /** Observer to surface point, body-fixed frame at `trgepc` (km). */
  srfvec: Vector3;
  /** Angle between the directions from the point to the observer and to the light source. */
  phase: number;
  /** Angle between the surface normal and the direction to the light source. */
  incdnc: number;
  /** Angle between the surface normal and the direction to the observer. */
  emissn: number;
}

/** Illumination angles with visibility and lighting flags (illumf_c). */
export interface IlluminationFlags extends IlluminationAngles {
  /** The point faces the observer (emission angle <= pi/2). */
  visibl: boolean;
  /** The point faces the light source's center (incidence angle <= pi/2). */
  lit: boolean;
}

/** The point of a ray nearest a target's reference ellipsoid (tangpt_c); km, body-fixed frame at `trgepc`. */
export interface TangentPoint {
  /** The point of the ray nearest the ellipsoid (the observer itself when the ray points away). */
  tanpt: Vector3;
  /** Altitude of `tanpt` above `srfpt`; 0 when the ray meets the ellipsoid. */
  alt: number;
  /** Distance from the observer to `tanpt`. */
  range: number;
  /** The ellipsoid point nearest the ray. */
  srfpt: Vector3;
  /** Target epoch (TDB s). */
  trgepc: number;
  /** Observer to `srfpt`. */
  srfvec: Vector3;
}

/** Limb or terminator points found in cutting half-planes (limbpt_c, termpt_c). */
export interface CutPoints {
  /** How many points each half-plane gave, in order. */
  npts: number[];
  /** The points of all half-planes in order (km, body-fixed frame at each point's epoch). */
  points: Vector3[];
  /** Each point's epoch (TDB s). */
  epochs: number[];
  /** Each point's observer-to-point vector (km). */
  tangts: Vector3[];
}

/** Local solar time (et2lst_c). */
export interface LocalSolarTime {
  /** Hours, minutes, seconds after local midnight (integers). */
  hr: number;
  mn: number;
  sc: number;
  /** "HH:MM:SS". */
  time: string;
  /** "HH:MM:SS A.M." or "... P.M." (12-hour clock). */
  ampm: string;
}

/** An ellipsoid's terminator (edterm_c). */
export interface EllipsoidTerminator {
  /** The target's epoch (TDB s). */
  trgepc: number;
  /** The observer relative to the target's center, body-fixed frame at `trgepc` (km). */
  obspos: Vector3;
  /** The terminator points (km, body-fixed frame at `trgepc`). */
  trmpts: Vector3[];
}

// ---- Issue 13, DSK (h13-dsk) ----

/**
 * A DLA segment descriptor (dla.req): pointers to the neighbouring descriptors in the file's
 * segment list (DAS integer addresses, -1 at the ends) and the base address and size of the
 * segment's integer, double precision and character components (the segment's first integer is
 * at `ibase + 1`).
 */
export interface DlaDescriptor {
  bwdptr: number;
  fwdptr: number;
  ibase: number;
  isize: number;
  dbase: number;
  dsize: number;
  cbase: number;
  csize: number;
}

/**
 * A DSK segment descriptor (dskdsc.inc), as dskgd_c returns it: surface and body (center) IDs,
 * data class (1 single-valued surface, 2 general) and type, the frame ID, the coordinate system
 * (1 latitudinal, 2 cylindrical, 3 rectangular, 4 planetodetic) with its 10 parameters
 * (planetodetic: equatorial radius and flattening first), the coverage bounds of the three
 * coordinates (radians or km) and the time bounds (TDB seconds past J2000).
 */
export interface DskDescriptor {
  surfce: number;
  center: number;
  dclass: number;
  dtype: number;
  frmcde: number;
  corsys: number;
  corpar: number[];
  co1min: number;
  co1max: number;
  co2min: number;
  co2max: number;
  co3min: number;
  co3max: number;
  start: number;
  stop: number;
}

/**
 * The sizes and spatial index parameters of a DSK type 2 segment (dskb02_c): vertex and plate
 * counts, the voxel count, the vertex bounds `[[xmin, xmax], [ymin, ymax], [zmin, zmax]]` (km),
 * the voxel edge length (km) and the grid origin (km), the grid extents in voxels, the coarse
 * grid scale, and the sizes of the vertex-plate list, voxel-plate pointer array and voxel-plate list.
 */
export interface DskType2Bounds {
  nv: number;
  np: number;
  nvxtot: number;
  vtxbds: [[number, number], [number, number], [number, number]];
  voxsiz: number;
  voxori: [number, number, number];
  vgrext: [number, number, number];
  cgscal: number;
  vtxnpl: number;
  voxnpt: number;
  voxnpl: number;
}

/** A DSK ray intercept with its source (dskxsi_c). */
export interface DskRayIntercept {
  /** The intercept (km, body-fixed frame of the request). */
  xpt: [number, number, number];
  /** The DLA descriptor of the segment hit. */
  dladsc: DlaDescriptor;
  /** The DSK descriptor of the segment hit. */
  dskdsc: DskDescriptor;
  /** Double precision details (type 2: none; `[0]`). */
  dc: number[];
  /** Integer details (type 2: the plate ID). */
  ic: number[];
}

// ---- Issue 14: async GF searches ----

/**
 * How an async GF search (`gfsepAsync`, `gfdistAsync`, ...) reports and stops.
 *
 * On the Node addon the search runs on the libuv thread pool, so timers, I/O and `signal` work while
 * it runs; meanwhile the backend refuses other calls with SPICE(CONTEXTBUSY) (it is the search's
 * until the Promise settles; async searches on one backend run one after the other). On the WASM
 * backend the search runs on the calling thread: `onProgress` is called as it goes and `signal` is
 * honoured when aborted before the call or from `onProgress`; run the WASM backend in a Worker to
 * keep a page responsive.
 */
export interface SearchOptions {
  /**
   * Called with the fraction of the search done: 0 to 1, never decreasing, over all of the search's
   * passes (the share of the confinement window examined). If it throws, the search stops and the
   * Promise rejects with what it threw.
   */
  onProgress?: (fraction: number) => void;
  /** Stops the search between two of its steps; the Promise then rejects with SpiceError SPICE(CANCELLED). */
  signal?: AbortSignal;
}

// ---- Issue 14: user-defined GF searches ----

/** A caller's scalar quantity of time (CSPICE's UDFUNS): TDB seconds past J2000 to a number. */
export type ScalarFunction = (et: number) => number;

/**
 * gfuds's "is the quantity decreasing at `et`?" (CSPICE's UDQDEC), called with the search's
 * `udfuns` as CSPICE calls it; `(f, et) => spice.uddc(f, et, dt)` is CSPICE's usual choice.
 */
export type DecreasingFunction = (udfuns: ScalarFunction, et: number) => boolean;

/** gfudb's condition (CSPICE's UDFUNB), called with the search's `udfuns` as CSPICE calls it. */
export type ConditionFunction = (udfuns: ScalarFunction, et: number) => boolean;

// ---- Issue 14: the mid-level GF searches' functions (gfocce, gffove) ----

/** UDSTEP: the step (seconds) to take from `et`. `spice.gfstep` is CSPICE's default (gfsstp's step). */
export type StepFunction = (et: number) => number;

/**
 * UDREFN: the epoch to try next between `t1` and `t2`, whose states are `s1` and `s2` (kept within
 * them). `spice.gfrefn` is CSPICE's default, the midpoint.
 */
export type RefineFunction = (t1: number, t2: number, s1: boolean, s2: boolean) => number;

/** UDREPI: a search starts over `cnfine`; CSPICE's reporter prints `prefix`, the percentage, `suffix`. */
export type ReportInitFunction = (cnfine: SpiceWindow, prefix: string, suffix: string) => void;

/** UDREPU: the search reached `et` in the confinement interval [`ivbeg`, `ivend`]. */
export type ReportUpdateFunction = (ivbeg: number, ivend: number, et: number) => void;

/** UDREPF: the search is done. */
export type ReportFinalFunction = () => void;

/** UDBAIL: true stops the search at once; it returns the intervals found so far (no error). */
export type InterruptFunction = () => boolean;

// ---- Issue 17: the helpers users reach for first ----

/** An epoch: TDB seconds past J2000 (ET), a `Date` (its UTC instant), or a time string `str2et` reads. */
export type Epoch = number | Date | string;

/** A 3x3 matrix as three rows: `m[r][c]`. */
export type Matrix3x3 = [Vector3, Vector3, Vector3];

/** What {@link SpiceBackend.getState} asks for. */
export interface StateQuery {
  /** The target body: a name (`"MOON"`) or NAIF ID (301). */
  target: string | number;
  /** The observing body: a name or NAIF ID. */
  observer: string | number;
  /** When: ET, a `Date`, or a time string (`"2015-03-02T12:00:00"`, UTC unless labelled). */
  at: Epoch;
  /** The reference frame of the result. Default `J2000`. */
  frame?: string;
  /** The aberration correction. Default `NONE`. */
  abcorr?: AbCorr;
}

/** A state by name: what `spkezr` returns, split and labelled. */
export interface NamedState {
  /** km, in the query's frame. */
  position: Vector3;
  /** km/s. */
  velocity: Vector3;
  /** One-way light time between observer and target, seconds. */
  lightTime: number;
  /** The epoch used (ET, TDB seconds past J2000). */
  et: number;
}

// ---- Issue 18: inventory(file), in the spirit of NAIF's brief ----

/** One segment of an SPK (DAF array): body relative to center in a frame, over [start, stop] (ET). */
export interface SpkInventorySegment {
  kind: "SPK";
  /** The segment identifier. */
  name: string;
  body: number;
  center: number;
  /** The frame's name (its ID as text when the frame is not known). */
  frame: string;
  frameId: number;
  /** SPK data type (2, 3, 13, ...). */
  dataType: number;
  /** Coverage, TDB seconds past J2000. */
  start: number;
  stop: number;
}

/** One segment of a CK: an instrument's attitude relative to a frame, over encoded SCLK ticks. */
export interface CkInventorySegment {
  kind: "CK";
  name: string;
  instrument: number;
  frame: string;
  frameId: number;
  dataType: number;
  /** Whether the segment has angular velocity. */
  angularVelocity: boolean;
  /** Coverage in encoded spacecraft clock ticks (convert with sct2e and the SCLK kernel). */
  startTicks: number;
  stopTicks: number;
}

/** One segment of a binary PCK: a frame class ID's orientation relative to a frame, over [start, stop] (ET). */
export interface PckInventorySegment {
  kind: "PCK";
  name: string;
  frameClassId: number;
  frame: string;
  frameId: number;
  dataType: number;
  start: number;
  stop: number;
}

/** One segment of a DSK: a surface of a body in a body-fixed frame. */
export interface DskInventorySegment {
  kind: "DSK";
  surface: number;
  center: number;
  frame: string;
  frameId: number;
  dataType: number;
  dataClass: number;
  start: number;
  stop: number;
}

/** A segment as inventory lists it. */
export type InventorySegment = SpkInventorySegment | CkInventorySegment | PckInventorySegment | DskInventorySegment;

/** What a kernel file holds (inventory). */
export interface FileInventory {
  /** The file as given. */
  file: string;
  /** getfat's architecture and type (`DAF`/`SPK`, `DAS`/`DSK`, `KPL`/`LSK`, ...). */
  arch: string;
  type: string;
  /** Every segment, in file order; empty for text kernels and EKs. */
  segments: InventorySegment[];
  /** The distinct bodies (SPK), instruments (CK), frame class IDs (PCK) or surfaces (DSK), sorted. */
  ids: number[];
}

// ---- Issue 18, EK ----

/**
 * What {@link SpiceBackend.ekfind} answers (tspice compatible): the number of rows the query
 * selected, or, for a query that does not parse or names what is not loaded, CSPICE's message
 * (ekfind_c reports those through its error flag, not as a SPICE error).
 */
export type EkFindResult = { ok: true; nmrows: number } | { ok: false; errmsg: string };

/**
 * One element of a query result (ekgc/ekgd/ekgi, tspice compatible): `found: false` when the entry
 * has no such element (an array's index past its end), `isNull` for a null entry, else the value.
 */
export type EkGetResult<T> = { found: false } | { found: true; isNull: true } | { found: true; isNull: false; value: T };
