// The built-in NAIF body name <-> ID table that CSPICE N0067 ships (naif_ids.req): barycenters,
// planets, natural satellites, spacecraft, comets, asteroids and ground stations, with all synonyms.
// Immutable data, shared by every Context.
#pragma once

#include <span>
#include <string_view>

namespace sc::bodies {

struct BuiltinBody {
  int code;
  std::string_view name;  // spelled (case and blanks) exactly as bodc2n returns it
};

// All 692 built-in mappings in CSPICE's order. The order carries precedence: when several names
// share a code, the last one listed is the one bodc2n returns.
std::span<const BuiltinBody> builtin_bodies();

}  // namespace sc::bodies
