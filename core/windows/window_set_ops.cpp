// WNUNID, WNINTD, WNDIFD and WNCOMD: union, intersection, difference and complement, each one pass
// over the windows in CSPICE's order (f2c's min/max: the first argument on ties, which only
// matters for -0.0 against 0.0).
#include <cstddef>
#include <span>
#include <vector>

#include "windows/window_ops.hpp"

namespace sc::windows {

namespace {

double f2c_max(double a, double b) { return a >= b ? a : b; }

}  // namespace

Window wnunid(const Window& a, const Window& b) {
  const std::span<const double> A = a.endpoints();
  const std::span<const double> B = b.endpoints();
  Window c;
  std::vector<double>& C = c.storage();
  std::size_t ap = 0;
  std::size_t bp = 0;
  double end = 0;  // right end of the last output interval (read only once there is one)
  while (ap < A.size() || bp < B.size()) {
    // The interval that starts first; b's on equal starts, as WNUNID.
    const bool use_a = bp >= B.size() ? true : ap >= A.size() ? false : A[ap] < B[bp];
    const std::span<const double> S = use_a ? A : B;
    std::size_t& p = use_a ? ap : bp;
    if (!C.empty() && S[p] <= end) {
      C.back() = f2c_max(C.back(), S[p + 1]);
    } else {
      C.push_back(S[p]);
      C.push_back(S[p + 1]);
    }
    end = C.back();
    p += 2;
  }
  return c;
}

Window wnintd(const Window& a, const Window& b) {
  const std::span<const double> A = a.endpoints();
  const std::span<const double> B = b.endpoints();
  Window c;
  std::size_t ap = 0;
  std::size_t bp = 0;
  while (ap < A.size() && bp < B.size()) {
    // The interval that ends first decides; b's on equal ends, as WNINTD.
    if (A[ap + 1] < B[bp + 1]) {
      if (A[ap + 1] >= B[bp]) c.append(f2c_max(B[bp], A[ap]), A[ap + 1]);
      ap += 2;
    } else {
      if (B[bp + 1] >= A[ap]) c.append(f2c_max(A[ap], B[bp]), B[bp + 1]);
      bp += 2;
    }
  }
  return c;
}

Window wndifd(const Window& a, const Window& b) {
  const std::span<const double> A = a.endpoints();
  const std::span<const double> B = b.endpoints();
  if (B.empty()) return a;
  Window c;
  if (A.empty()) return c;
  std::size_t bpb = 0;  // current interval of b: [B[bpb], B[bpb + 1]]
  for (std::size_t apb = 0; apb < A.size(); apb += 2) {
    double f = A[apb];
    double l = A[apb + 1];
    bool unresolved = bpb < B.size();
    bool keep = true;
    while (unresolved) {
      const double bb = B[bpb];
      const double be = B[bpb + 1];
      if (l < bb) {
        unresolved = false;  // b's interval is past what is left of a's
      } else if (f > be) {
        bpb += 2;  // b's interval is before it
        unresolved = bpb < B.size();
      } else if (bb <= f && l <= be) {
        keep = false;  // covered
        unresolved = false;
      } else if (bb <= f) {
        f = be;  // covers the start
        bpb += 2;
        unresolved = bpb < B.size();
      } else if (f <= bb && l >= be && bb < be) {
        // Strictly inside: the piece before it is out; continue after it.
        c.append(f, bb);
        f = be;
        if (f == l) {
          keep = false;
          unresolved = false;
        }
        bpb += 2;
        unresolved = unresolved && bpb < B.size();
      } else if (f <= bb && l >= be && bb == be) {
        bpb += 2;  // a single point of b removes nothing
        unresolved = bpb < B.size();
      } else {
        l = bb;  // covers the end
        unresolved = false;
      }
    }
    if (keep) c.append(f, l);
  }
  return c;
}

Result<Window> wncomd(double left, double right, const Window& window) {
  const std::span<const double> W = window.endpoints();
  Window result;
  if (left > right) {
    return make_error("SPICE(BADENDPOINTS)", "WNCOMD: Left endpoint may not exceed right endpoint.");
  }
  const std::size_t card = W.size();
  if (card == 0 || W[0] >= right || W[card - 1] <= left) {
    SC_TRY(wninsd(left, right, result));
    return result;
  }
  // The first interval whose right end is not before `left`; 1-based even index i as in WNCOMD,
  // its right end W[i - 1].
  std::size_t i = 2;
  while (i <= card && W[i - 1] < left) i += 2;
  // CSPICE's quirk, kept: when [left, right] lies inside a gap of the window, this inserts
  // [left, start of the next interval], past `right`.
  if (i <= card && W[i - 2] > left) SC_TRY(wninsd(left, W[i - 2], result));
  while (i < card && W[i] < right) {
    SC_TRY(wninsd(W[i - 1], W[i], result));
    i += 2;
  }
  if (i <= card && W[i - 1] < right) SC_TRY(wninsd(W[i - 1], right, result));
  return result;
}

}  // namespace sc::windows
