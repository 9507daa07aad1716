// CKMETA: the spacecraft clock and the SPK ID that go with a CK ID. From the kernel variables
// CK_<ckid>_SCLK and CK_<ckid>_SPK when the pool has them; otherwise, for ckid <= -1000, ckid / 1000
// (truncated, so -143000 -> -143, -82001 -> -82), and 0 for any other ckid.
#pragma once

#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::ck {

Result<int> ck_sclk_id(const pool::Pool& pool, int ckid);  // CKMETA(ckid, 'SCLK')
Result<int> ck_spk_id(const pool::Pool& pool, int ckid);   // CKMETA(ckid, 'SPK')

}  // namespace sc::ck
