// Body constants: the pool variables BODY<id>_<item> (radii, GM, pole and prime-meridian models)
// read the way CSPICE's bodfnd / bodvcd / bodvrd / bodvar read them.
#pragma once

#include <string_view>
#include <vector>

#include "bodies/body_names.hpp"
#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::bodies {

bool bodfnd(const pool::Pool& pool, int body, std::string_view item);
// Fails with SPICE(KERNELVARNOTFOUND), SPICE(TYPEMISMATCH) or, when more than maxn values exist,
// SPICE(ARRAYTOOSMALL).
Result<std::vector<double>> bodvcd(const pool::Pool& pool, int body, std::string_view item, int maxn);
Result<std::vector<double>> bodvrd(const pool::Pool& pool, const BodyNames& names, std::string_view body,
                                   std::string_view item, int maxn);

}  // namespace sc::bodies
