// UNITIM's uniform time scales and the conversion between any two of them, with CSPICE's
// formulas and operation order: TDT-based scales (TAI, GPS, TDT/TT, JDTDT) and TDB-based scales
// (TDB/ET, JDTDB/JED) meet through TDB = TDT + K sin(M0 + M1 TDT + EB sin(M0 + M1 TDT)), inverted
// by three fixed-point steps. Non-finite epochs propagate as NaN/inf; nothing loops on the value.
#pragma once

#include <optional>
#include <string_view>

#include "time/leapseconds.hpp"

namespace sc::time {

// One value per accepted name: aliases (TT/TDT, ET/TDB, JED/JDTDB) stay distinct because CSPICE
// shortcuts only a conversion between identical names (JED to JDTDB takes the round trip).
enum class UniformScale { Tai, Gps, Tt, Tdt, Jdtdt, Tdb, Et, Jed, Jdtdb };

// "TAI", "GPS", "TT", "TDT", "JDTDT", "TDB", "ET", "JED", "JDTDB" in any case, trailing blanks
// ignored (as UNITIM reads them: only the first 8 characters count); nullopt for anything else.
std::optional<UniformScale> uniform_scale(std::string_view name);

double convert_uniform(const UniformConstants& c, double epoch, UniformScale from, UniformScale to);

}  // namespace sc::time
