// The window operations the GF engine needs, on windows held as flat sorted endpoint lists
// [l1, r1, l2, r2, ...] (what the searches index and return): WNINSD/ZZWNINSD, WNEXPD, WNINTD and
// WNDIFD are core/windows' (CSPICE's treatment of touching intervals and singletons, which decides
// what a search returns at interval ends), with the bound CSPICE's workspace windows have:
// `capacity` is the number of intervals a window of the caller's `nintvls` holds, and more is
// SPICE(WINDOWEXCESS), as in CSPICE. WNEXTD and ZZGFWSTS's sift are the GF's own.
#pragma once

#include <cstddef>
#include <vector>

#include "errors/result.hpp"

namespace sc::gf {

using FlatWindow = std::vector<double>;

inline std::size_t wncard(const FlatWindow& w) { return w.size() / 2; }

// WNINSD: [left, right] into w, merging every interval it overlaps or touches.
Status wninsd(double left, double right, FlatWindow& w, std::size_t capacity);
// WNEXPD: each interval [a, b] becomes [a - left, b + right]; intervals that end up with a > b are
// dropped and overlapping ones merged.
FlatWindow wnexpd(double left, double right, const FlatWindow& w);
// WNEXTD: the singletons of every interval's left ('L') or right ('R') endpoint.
FlatWindow wnextd(char side, const FlatWindow& w);
// WNINTD and WNDIFD.
Result<FlatWindow> wnintd(const FlatWindow& a, const FlatWindow& b, std::size_t capacity);
Result<FlatWindow> wndifd(const FlatWindow& a, const FlatWindow& b, std::size_t capacity);
// ZZGFWSTS with the '()' inclusion: the intervals of a lying strictly inside an interval of b.
FlatWindow sift_open(const FlatWindow& a, const FlatWindow& b);
// The sum of the interval lengths (WNSUMD's measure).
double measure(const FlatWindow& w);

}  // namespace sc::gf

namespace sc::gf {

// WNUNID and WNCOND (ZZGFLONG combines its regions' windows with the first; ZZGFCSLV contracts the
// window on which a surface intercept exists with the second).
Result<FlatWindow> wnunid(const FlatWindow& a, const FlatWindow& b, std::size_t capacity);
FlatWindow wncond(double left, double right, const FlatWindow& w);

}  // namespace sc::gf
