// A frame kernel of dynamic frames for the families and options the golden files do not exercise
// (TRUE_EQUATOR, ROTATION_STATE = INERTIAL, FREEZE_EPOCH on an of-date frame, EULER, PRODUCT,
// TARGET_NEAR_POINT, CONSTANT vectors in latitudinal and RA/DEC form with their corrections,
// negative axes, one dynamic frame inside another), plus broken definitions for CSPICE's errors.
// Used by dynamic-frames.test.mjs, which compares spicecraft with CSPICE (tspice) on them.

/** One frame definition: `FRAME_<name> = id` and the keywords under FRAME_<id>_ (center 399). */
function frame(name, id, keywords, { center = 399, relative = "J2000" } = {}) {
  const lines = [
    `FRAME_${name} = ${id}`,
    `FRAME_${id}_NAME = '${name}'`,
    `FRAME_${id}_CLASS = 5`,
    `FRAME_${id}_CLASS_ID = ${id}`,
    `FRAME_${id}_CENTER = ${center}`,
  ];
  if (relative !== null) lines.push(`FRAME_${id}_RELATIVE = '${relative}'`);
  lines.push(`FRAME_${id}_DEF_STYLE = 'PARAMETERIZED'`);
  for (const [k, v] of Object.entries(keywords)) lines.push(`FRAME_${id}_${k} = ${v}`);
  return lines.join("\n");
}

const q = (s) => `'${s}'`;

/** Frames CSPICE evaluates; name -> definition. */
export const GOOD = {
  TOD: frame("TOD", 1900001, { FAMILY: q("TRUE_EQUATOR_AND_EQUINOX_OF_DATE"), PREC_MODEL: q("EARTH_IAU_1976"),
    NUT_MODEL: q("EARTH_IAU_1980"), ROTATION_STATE: q("ROTATING") }),
  TOD_ECL: frame("TOD_ECL", 1900002, { FAMILY: q("TRUE_EQUATOR_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_1976"), NUT_MODEL: q("EARTH_IAU_1980"), ROTATION_STATE: q("ROTATING") },
  { relative: "ECLIPJ2000" }),
  MOD_INERT: frame("MOD_INERT", 1900003, { FAMILY: q("MEAN_EQUATOR_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_1976"), ROTATION_STATE: q("INERTIAL") }),
  MOD_INERT_IAU: frame("MOD_INERT_IAU", 1900004, { FAMILY: q("MEAN_EQUATOR_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_1976"), ROTATION_STATE: q("INERTIAL") }, { relative: "IAU_EARTH" }),
  MECL_FROZEN: frame("MECL_FROZEN", 1900005, { FAMILY: q("MEAN_ECLIPTIC_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_1976"), OBLIQ_MODEL: q("EARTH_IAU_1980"), FREEZE_EPOCH: "@2015-01-01/00:00" }),
  EUL: frame("EUL", 1900006, { FAMILY: q("EULER"), EPOCH: "@2015-03-01/00:00", AXES: "( 3 1 3 )",
    UNITS: q("DEGREES"), ANGLE_1_COEFFS: "( 10.5 1.0D-3 -2.0D-9 )", ANGLE_2_COEFFS: "( -23.4 2.0D-5 )",
    ANGLE_3_COEFFS: "( 100.0 -3.5D-4 1.0D-10 4.0D-16 )" }, { relative: "IAU_EARTH" }),
  EUL_RAD: frame("EUL_RAD", 1900007, { FAMILY: q("EULER"), EPOCH: "4.785D8", AXES: "( 1 2 3 )",
    UNITS: q("RADIANS"), ANGLE_1_COEFFS: "( 0.3 1.0D-6 )", ANGLE_2_COEFFS: "( -0.2 )",
    ANGLE_3_COEFFS: "( 1.2 -2.0D-7 )" }),
  PROD: frame("PROD", 1900008, { FAMILY: q("PRODUCT"), FROM_FRAMES: "( 'IAU_EARTH' 'ECLIPJ2000' )",
    TO_FRAMES: "( 'TOD' 'IAU_MOON' )" }),
  TV_MOON: frame("TV_MOON", 1900009, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("-X"), PRI_VECTOR_DEF: q("OBSERVER_TARGET_POSITION"), PRI_OBSERVER: q("EARTH"),
    PRI_TARGET: q("MOON"), PRI_ABCORR: q("LT+S"),
    SEC_AXIS: q("-Y"), SEC_VECTOR_DEF: q("OBSERVER_TARGET_VELOCITY"), SEC_OBSERVER: q("EARTH"),
    SEC_TARGET: q("MOON"), SEC_ABCORR: q("LT"), SEC_FRAME: q("IAU_EARTH") }),
  TV_CONST: frame("TV_CONST", 1900010, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("Z"), PRI_VECTOR_DEF: q("CONSTANT"), PRI_FRAME: q("IAU_EARTH"), PRI_SPEC: q("LATITUDINAL"),
    PRI_UNITS: q("DEGREES"), PRI_LONGITUDE: "30.0", PRI_LATITUDE: "60.0", PRI_ABCORR: q("LT"),
    PRI_OBSERVER: q("MOON"),
    SEC_AXIS: q("+X"), SEC_VECTOR_DEF: q("CONSTANT"), SEC_FRAME: q("J2000"), SEC_SPEC: q("RA/DEC"),
    SEC_UNITS: q("DEGREES"), SEC_RA: "45.0", SEC_DEC: "-10.0", SEC_ABCORR: q("S"), SEC_OBSERVER: q("EARTH") },
  { relative: "ECLIPJ2000" }),
  TV_XMIT: frame("TV_XMIT", 1900011, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("Y"), PRI_VECTOR_DEF: q("CONSTANT"), PRI_FRAME: q("IAU_MOON"), PRI_SPEC: q("RECTANGULAR"),
    PRI_VECTOR: "( 1 2 3 )", PRI_ABCORR: q("XLT"), PRI_OBSERVER: q("EARTH"),
    SEC_AXIS: q("Z"), SEC_VECTOR_DEF: q("CONSTANT"), SEC_FRAME: q("ECLIPJ2000"), SEC_SPEC: q("RECTANGULAR"),
    SEC_VECTOR: "( 0 0 1 )", SEC_ABCORR: q("XS"), SEC_OBSERVER: q("MOON") }),
  TV_NEAR: frame("TV_NEAR", 1900012, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("TARGET_NEAR_POINT"), PRI_OBSERVER: q("MOON"), PRI_TARGET: q("EARTH"),
    PRI_ABCORR: q("NONE"),
    SEC_AXIS: q("Y"), SEC_VECTOR_DEF: q("OBSERVER_TARGET_VELOCITY"), SEC_OBSERVER: q("MOON"),
    SEC_TARGET: q("EARTH"), SEC_ABCORR: q("NONE"), SEC_FRAME: q("J2000") }),
  TV_NEAR_LT: frame("TV_NEAR_LT", 1900013, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("Z"), PRI_VECTOR_DEF: q("TARGET_NEAR_POINT"), PRI_OBSERVER: q("MOON"), PRI_TARGET: q("EARTH"),
    PRI_ABCORR: q("CN+S"),
    SEC_AXIS: q("X"), SEC_VECTOR_DEF: q("OBSERVER_TARGET_POSITION"), SEC_OBSERVER: q("EARTH"),
    SEC_TARGET: q("SUN"), SEC_ABCORR: q("XLT+S") }),
  TV_NEST: frame("TV_NEST", 1900014, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("OBSERVER_TARGET_POSITION"), PRI_OBSERVER: q("EARTH"),
    PRI_TARGET: q("SUN"), PRI_ABCORR: q("NONE"),
    SEC_AXIS: q("Z"), SEC_VECTOR_DEF: q("CONSTANT"), SEC_FRAME: q("TOD"), SEC_SPEC: q("RECTANGULAR"),
    SEC_VECTOR: "( 0 0 1 )", ANGLE_SEP_TOL: "0.01" }),
  TV_ON_TOD: frame("TV_ON_TOD", 1900015, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("Z"), PRI_VECTOR_DEF: q("OBSERVER_TARGET_VELOCITY"), PRI_OBSERVER: q("SUN"),
    PRI_TARGET: q("EARTH"), PRI_ABCORR: q("NONE"), PRI_FRAME: q("MOD_INERT"),
    SEC_AXIS: q("X"), SEC_VECTOR_DEF: q("OBSERVER_TARGET_POSITION"), SEC_OBSERVER: q("SUN"),
    SEC_TARGET: q("EARTH"), SEC_ABCORR: q("NONE") }, { relative: "TOD" }),
  EUL_FROZEN: frame("EUL_FROZEN", 1900016, { FAMILY: q("EULER"), EPOCH: "0.0", AXES: "( 3 2 1 )",
    UNITS: q("DEGREES"), ANGLE_1_COEFFS: "( 1.0 1.0D-7 )", ANGLE_2_COEFFS: "( 2.0 )",
    ANGLE_3_COEFFS: "( 3.0 1.0D-8 )", FREEZE_EPOCH: "4.786D8" }, { relative: "IAU_MOON" }),
};

/** Broken definitions: name -> definition (CSPICE's short code is the expected answer). */
export const BAD = {
  DEEP: frame("DEEP", 1900101, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("OBSERVER_TARGET_POSITION"), PRI_OBSERVER: q("EARTH"),
    PRI_TARGET: q("SUN"), PRI_ABCORR: q("NONE"),
    SEC_AXIS: q("Z"), SEC_VECTOR_DEF: q("CONSTANT"), SEC_FRAME: q("TV_NEST"), SEC_SPEC: q("RECTANGULAR"),
    SEC_VECTOR: "( 0 0 1 )" }),
  BAD_AXIS: frame("BAD_AXIS", 1900102, { FAMILY: q("TWO-VECTOR"), PRI_AXIS: q("W") }),
  BAD_FAMILY: frame("BAD_FAMILY", 1900103, { FAMILY: q("SPINNING_TOP") }),
  BOTH_KEYS: frame("BOTH_KEYS", 1900104, { FAMILY: q("MEAN_EQUATOR_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_1976"), ROTATION_STATE: q("ROTATING"), FREEZE_EPOCH: "0.0" }),
  NEITHER_KEY: frame("NEITHER_KEY", 1900105, { FAMILY: q("MEAN_EQUATOR_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_1976") }),
  MARS_MOD: frame("MARS_MOD", 1900106, { FAMILY: q("MEAN_EQUATOR_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_1976"), ROTATION_STATE: q("ROTATING") }, { center: 499 }),
  BAD_PREC: frame("BAD_PREC", 1900107, { FAMILY: q("MEAN_EQUATOR_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_2006"), ROTATION_STATE: q("ROTATING") }),
  PARALLEL: frame("PARALLEL", 1900108, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("CONSTANT"), PRI_FRAME: q("J2000"), PRI_SPEC: q("RECTANGULAR"),
    PRI_VECTOR: "( 1 0 0 )",
    SEC_AXIS: q("Y"), SEC_VECTOR_DEF: q("CONSTANT"), SEC_FRAME: q("J2000"), SEC_SPEC: q("RECTANGULAR"),
    SEC_VECTOR: "( 1 0 1.0D-4 )" }),
  MISSING_DEF: frame("MISSING_DEF", 1900109, { FAMILY: q("TWO-VECTOR"), PRI_AXIS: q("X") }),
  PROD_COUNT: frame("PROD_COUNT", 1900110, { FAMILY: q("PRODUCT"), FROM_FRAMES: "( 'J2000' 'IAU_EARTH' )",
    TO_FRAMES: "( 'ECLIPJ2000' )" }),
  BAD_STYLE: frame("BAD_STYLE", 1900111, { FAMILY: q("EULER") }),
  BAD_ROTSTATE: frame("BAD_ROTSTATE", 1900112, { FAMILY: q("MEAN_EQUATOR_AND_EQUINOX_OF_DATE"),
    PREC_MODEL: q("EARTH_IAU_1976"), ROTATION_STATE: q("SPINNING") }),
  SAME_AXIS: frame("SAME_AXIS", 1900113, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("CONSTANT"), PRI_FRAME: q("J2000"), PRI_SPEC: q("RECTANGULAR"),
    PRI_VECTOR: "( 1 0 0 )",
    SEC_AXIS: q("-X"), SEC_VECTOR_DEF: q("CONSTANT"), SEC_FRAME: q("J2000"), SEC_SPEC: q("RECTANGULAR"),
    SEC_VECTOR: "( 0 1 0 )" }),
  BAD_SPEC: frame("BAD_SPEC", 1900114, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("CONSTANT"), PRI_FRAME: q("J2000"), PRI_SPEC: q("CYLINDRICAL") }),
  BAD_VECDEF: frame("BAD_VECDEF", 1900115, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("OBSERVER_TARGET_ACCELERATION") }),
  CONST_LT_S: frame("CONST_LT_S", 1900116, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("CONSTANT"), PRI_FRAME: q("IAU_EARTH"), PRI_SPEC: q("RECTANGULAR"),
    PRI_VECTOR: "( 1 0 0 )", PRI_ABCORR: q("LT+S") }),
  NO_RELATIVE: frame("NO_RELATIVE", 1900117, { FAMILY: q("EULER") }, { relative: null }),
  NUMERIC_FAMILY: frame("NUMERIC_FAMILY", 1900118, { FAMILY: "5" }),
  TOO_MANY_AXES: frame("TOO_MANY_AXES", 1900119, { FAMILY: q("EULER"), EPOCH: "0.0", AXES: "( 3 1 3 1 )" }),
  UNKNOWN_BODY: frame("UNKNOWN_BODY", 1900120, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("OBSERVER_TARGET_POSITION"), PRI_TARGET: q("NO_SUCH_BODY") }),
  UNKNOWN_FRAME: frame("UNKNOWN_FRAME", 1900121, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("CONSTANT"), PRI_FRAME: q("NO_SUCH_FRAME") }),
  TEXT_EPOCH: frame("TEXT_EPOCH", 1900122, { FAMILY: q("EULER"), EPOCH: q("2015-03-01") }),
  NO_EPHEMERIS: frame("NO_EPHEMERIS", 1900123, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("OBSERVER_TARGET_POSITION"), PRI_OBSERVER: q("EARTH"),
    PRI_TARGET: q("PLUTO"), PRI_ABCORR: q("NONE"),
    SEC_AXIS: q("Z"), SEC_VECTOR_DEF: q("CONSTANT"), SEC_FRAME: q("J2000"), SEC_SPEC: q("RECTANGULAR"),
    SEC_VECTOR: "( 0 0 1 )" }),
  BAD_ABCORR: frame("BAD_ABCORR", 1900124, { FAMILY: q("TWO-VECTOR"),
    PRI_AXIS: q("X"), PRI_VECTOR_DEF: q("CONSTANT"), PRI_FRAME: q("J2000"), PRI_SPEC: q("RECTANGULAR"),
    PRI_VECTOR: "( 1 0 0 )", PRI_ABCORR: q("LT+Q") }),
};
// BAD_STYLE: the style is the error, not its (incomplete) family.
BAD.BAD_STYLE = BAD.BAD_STYLE.replace("DEF_STYLE = 'PARAMETERIZED'", "DEF_STYLE = 'TABULATED'");

/** The whole kernel as text. */
export function dynamicFramesKernel() {
  return ["KPL/FK", "", "\\begindata", ...Object.values(GOOD), ...Object.values(BAD), "\\begintext", ""].join("\n");
}
