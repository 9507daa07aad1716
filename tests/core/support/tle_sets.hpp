// Two-line element sets the SPK type 10 tests share: NAIF's getelm_c example (NORAD 18123, nine
// sets over 25 days of 1987), read with GETELM, and geophysical.ker's constants.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "io/host_file_reader.hpp"
#include "tle/tle_api.hpp"

namespace sc_test {

inline const std::vector<double> kGeophysicalKer{1.082616e-3, -2.53881e-6, -1.65597e-6, 7.43669161e-2,
                                                 120.0,       78.0,        6378.135,    1.0};

inline const std::vector<std::string> kNorad18123{
    "1 18123U 87 53  A 87324.61041692 -.00000023  00000-0 -75103-5 0 00675",
    "2 18123  98.8296 152.0074 0014950 168.7820 191.3688 14.12912554 21686",
    "1 18123U 87 53  A 87326.73487726  .00000045  00000-0  28709-4 0 00684",
    "2 18123  98.8335 154.1103 0015643 163.5445 196.6235 14.12912902 21988",
    "1 18123U 87 53  A 87331.40868801  .00000104  00000-0  60183-4 0 00690",
    "2 18123  98.8311 158.7160 0015481 149.9848 210.2220 14.12914624 22644",
    "1 18123U 87 53  A 87334.24129978  .00000086  00000-0  51111-4 0 00702",
    "2 18123  98.8296 161.5054 0015372 142.4159 217.8089 14.12914879 23045",
    "1 18123U 87 53  A 87336.93227900 -.00000107  00000-0 -52860-4 0 00713",
    "2 18123  98.8317 164.1627 0014570 135.9191 224.2321 14.12910572 23425",
    "1 18123U 87 53  A 87337.28635487  .00000173  00000-0  10226-3 0 00726",
    "2 18123  98.8284 164.5113 0015289 133.5979 226.6438 14.12916140 23475",
    "1 18123U 87 53  A 87339.05673569  .00000079  00000-0  47069-4 0 00738",
    "2 18123  98.8288 166.2585 0015281 127.9985 232.2567 14.12916010 24908",
    "1 18123U 87 53  A 87345.43010859  .00000022  00000-0  16481-4 0 00758",
    "2 18123  98.8241 172.5226 0015362 109.1515 251.1323 14.12915487 24626",
    "1 18123U 87 53  A 87349.04167543  .00000042  00000-0  27370-4 0 00764",
    "2 18123  98.8301 176.1010 0015565 100.0881 260.2047 14.12916361 25138"};

// A context holding naif0012.tls.
inline sc::Context context_with_lsk() {
  sc::Context ctx(sc::io::map_host_file);
  ok(ctx.kernels().furnsh(kFixturesDir + "/kernels/lsk/naif0012.tls"));
  return ctx;
}

struct TleSets {
  std::vector<double> elems;   // 10 per set
  std::vector<double> epochs;  // one per set
};

// GETELM on each pair of kNorad18123 (first year 1950, as the example).
inline TleSets norad_18123(const sc::Context& ctx) {
  TleSets s;
  for (std::size_t i = 0; i + 1 < kNorad18123.size(); i += 2) {
    const std::vector<std::string> pair{kNorad18123[i], kNorad18123[i + 1]};
    const auto r = ok(sc::tle::getelm(ctx.pool(), 1950, pair));
    s.elems.insert(s.elems.end(), r.elems.begin(), r.elems.end());
    s.epochs.push_back(r.epoch);
  }
  return s;
}

}  // namespace sc_test
