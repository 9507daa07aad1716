#include "ck/ck_meta.hpp"

#include <string>

#include "pool/pool_queries.hpp"

namespace sc::ck {

namespace {

Result<int> lookup(const pool::Pool& pool, int ckid, const char* suffix) {
  const std::string name = "CK_" + std::to_string(ckid) + suffix;
  SC_TRY_ASSIGN(const auto values, pool::gipool(pool, name, 0, 1));
  if (values && !values->empty()) return values->front();
  return ckid <= -1000 ? ckid / 1000 : 0;
}

}  // namespace

Result<int> ck_sclk_id(const pool::Pool& pool, int ckid) { return lookup(pool, ckid, "_SCLK"); }
Result<int> ck_spk_id(const pool::Pool& pool, int ckid) { return lookup(pool, ckid, "_SPK"); }

}  // namespace sc::ck
