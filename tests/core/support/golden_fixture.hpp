// The one runner of CSPICE golden files (tests/fixtures/golden/*.json, CSPICE N0067's answers) for
// the core tests: reading a file with its tolerance, loading its kernels, walking its cases, and
// comparing numbers. Every golden-driven test uses it:
//  - run_golden(g, check): check(case) returns std::nullopt (not this test's case), "" (passes) or
//    what is wrong; each case it runs is one CHECK naming the file and the case id;
//  - for_each_case(g, calls, f): the cases of some calls, each under INFO(id), for tests that make
//    their own checks (or group cases);
//  - expect_result / check_numbers / close_all / show: the comparisons those checks share.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "context.hpp"
#include "fixtures.hpp"
#include "io/host_file_reader.hpp"
#include "json.hpp"
#include "kernels/kernel_registry.hpp"

namespace sc_test {

struct Golden {
  std::string name;  // "frames.json"
  Json doc;
  double abs_tol = 0;
  double rel_tol = 0;

  const Json::Array& cases() const { return doc["cases"].array(); }
  // The file's test: |got - want| <= abs + rel * |want|.
  bool close(double got, double want) const { return std::fabs(got - want) <= abs_tol + rel_tol * std::fabs(want); }
};

inline Golden read_golden(const std::string& name) {
  Golden g{name, JsonParser(read_file(fixtures_dir() / "golden" / name)).parse(), 0, 0};
  g.abs_tol = g.doc["tolerance"]["abs"].number();
  g.rel_tol = g.doc["tolerance"]["rel"].number();
  return g;
}

inline bool close(double got, double want, const Golden& g) { return g.close(got, want); }

// A context holding the golden file's kernels, loaded by host path in the file's order.
inline sc::Context load_context(const Golden& g) {
  sc::Context ctx(sc::io::map_host_file);
  for (const auto& k : g.doc["kernels"].array()) {
    auto s = ctx.kernels().furnsh(kFixturesDir + "/kernels/" + k.string());
    REQUIRE_MESSAGE(s.ok(), k.string() << ": " << s.error().long_msg);
  }
  return ctx;
}

// The golden file's kernels as memory kernels "/kernels/<path>" of a bare registry, in the file's order.
inline void load_kernels(sc::kernels::KernelRegistry& registry, const Golden& g) {
  for (const auto& k : g.doc["kernels"].array()) load(registry, k.string());
}

// How a file's cases and numbers compared.
struct GoldenStats {
  int run = 0;       // cases checked
  int passed = 0;
  int skipped = 0;   // cases check() left to other tests
  int compared = 0;  // answers compared number by number (check_numbers)
  int bit_identical = 0;
  double max_relative = 0;         // max |got - want| / |want| over numbers with want != 0
  double max_tolerance_ratio = 0;  // max |got - want| / (abs + rel |want|)
};

// Every case whose call is one of `calls` (every case when `calls` is empty), each under INFO of
// its id; returns how many there were.
template <class F>
int for_each_case(const Golden& g, std::initializer_list<std::string_view> calls, F f) {
  int count = 0;
  for (const auto& c : g.cases()) {
    const std::string& call = c["call"].string();
    if (calls.size() != 0 && std::find(calls.begin(), calls.end(), call) == calls.end()) continue;
    INFO(g.name << " " << c["id"].string());
    f(c);
    ++count;
  }
  return count;
}

template <class Check>
GoldenStats run_golden(const Golden& g, Check check, GoldenStats stats = {}) {
  for (const auto& c : g.cases()) {
    const std::optional<std::string> failure = check(c);
    if (!failure) {
      ++stats.skipped;
      continue;
    }
    ++stats.run;
    CHECK_MESSAGE(failure->empty(), g.name << " " << c["id"].string() << ": " << *failure);
    if (failure->empty()) ++stats.passed;
  }
  return stats;
}

// "[1.0000000000000000, ...]" with every digit, for failure messages.
inline std::string show(std::span<const double> v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v[i]);
    s += (i ? ", " : "") + std::string(buf);
  }
  return s + "]";
}

// Whether every number of `got` is close to the golden list `want` (and the sizes agree).
inline bool close_all(std::span<const double> got, const Json& want, const Golden& g) {
  if (want.array().size() != got.size()) return false;
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (!g.close(got[i], want[i].number())) return false;
  }
  return true;
}

// A case's result against its answer: the case's error when it has one ("" when the result fails
// with that short code), else check(value).
template <class R, class Check>
std::string expect_result(const R& result, const Json& c, Check check) {
  const bool want_error = c.has("error");
  if (!result) {
    if (want_error && result.error().short_code == c["error"].string()) return "";
    return "got error " + result.error().short_code + " (" + result.error().long_msg + ")";
  }
  if (want_error) return "expected " + c["error"].string() + ", got a value";
  return check(*result);
}

// Each number of `got` against `want`, one CHECK per number, recorded in `stats` (for the golden
// tests that report how close, not only whether, e.g. the SPK geometric states).
inline void check_numbers(std::span<const double> got, const Json::Array& want, const Golden& g, GoldenStats& stats,
                          const std::string& what) {
  bool identical = true;
  for (std::size_t i = 0; i < want.size(); ++i) {
    const double e = want[i].number();
    const double diff = std::fabs(got[i] - e);
    identical = identical && got[i] == e;
    if (e != 0) stats.max_relative = std::max(stats.max_relative, diff / std::fabs(e));
    stats.max_tolerance_ratio = std::max(stats.max_tolerance_ratio, diff / (g.abs_tol + g.rel_tol * std::fabs(e)));
    CHECK_MESSAGE(diff <= g.abs_tol + g.rel_tol * std::fabs(e),
                  what << " component " << i << ": got " << got[i] << ", expected " << e);
  }
  ++stats.compared;
  if (identical) ++stats.bit_identical;
}

}  // namespace sc_test
