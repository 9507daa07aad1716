// The defaults of CSPICE's time-string routines (SPICELIB's TIMDEF): the time system or time zone
// of unlabelled strings and the calendar. CSPICE keeps them in TIMDEF's saved variables; here
// they are a value held by the Context (Context::time_defaults()) and passed to the calls that
// read them: str2et and timout. tparse, tpictr and et2utc take them for a regular signature but,
// as in CSPICE, ignore them.
#pragma once

#include <string>

namespace sc::time {

struct TimeDefaults {
  // The values exactly as TIMDEF stores them (upper case, at most 16 characters), because CSPICE
  // compares these strings: a SYSTEM of "TT", say, is accepted by TIMDEF and honoured by TIMOUT,
  // but STR2ET reads strings under it as UTC. Exactly one of `system` and `zone` is non-empty;
  // setting one through timdef_set clears the other.
  std::string system = "UTC";          // "UTC", "TDB", "TDT" or "TT"
  std::string zone;                    // "UTC+5:30", "UTC-8", ... (U.S. zone names stored as offsets)
  std::string calendar = "GREGORIAN";  // "GREGORIAN", "JULIAN" or "MIXED"

  bool operator==(const TimeDefaults&) const = default;
};

}  // namespace sc::time
