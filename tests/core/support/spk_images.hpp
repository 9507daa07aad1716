// SPK files built byte by byte for tests: a minimal LTL-IEEE SPK writer for segments shaped the way
// a test needs (any type, any words), the epoch directories of the record types, and checks that a
// segment fails to evaluate with a given code, naming its file.
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "errors/error.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"

namespace sc_test {

struct SpkSegmentSpec {
  int type;
  double start;
  double end;
  std::vector<double> data;
  int target = 1000;
  int center = 0;
  int frame = 1;
};

// An LTL-IEEE SPK: file record, one summary record (record 2), one name record (record 3), data
// from record 4 (address 385) on, segments one after another.
inline std::vector<std::uint8_t> make_spk(const std::vector<SpkSegmentSpec>& segments) {
  std::size_t total = 0;
  for (const auto& s : segments) total += s.data.size();
  std::vector<std::uint8_t> b(3 * 1024 + ((total * 8 + 1023) / 1024) * 1024, 0);
  auto put_chars = [&](std::size_t at, const std::string& s) { std::memcpy(b.data() + at, s.data(), s.size()); };
  auto put_i32 = [&](std::size_t at, std::int32_t v) { std::memcpy(b.data() + at, &v, 4); };
  auto put_f64 = [&](std::size_t at, double v) { std::memcpy(b.data() + at, &v, 8); };
  put_chars(0, "DAF/SPK ");
  put_i32(8, 2);
  put_i32(12, 6);
  put_chars(16, std::string(60, ' '));
  put_i32(76, 2);
  put_i32(80, 2);
  put_i32(84, static_cast<std::int32_t>(385 + total));
  put_chars(88, "LTL-IEEE");
  put_f64(1024 + 0, 0.0);
  put_f64(1024 + 8, 0.0);
  put_f64(1024 + 16, static_cast<double>(segments.size()));
  std::int32_t address = 385;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& s = segments[i];
    const std::size_t at = 1024 + 24 + i * 40;
    put_f64(at, s.start);
    put_f64(at + 8, s.end);
    const std::int32_t last = address + static_cast<std::int32_t>(s.data.size()) - 1;
    const std::int32_t ints[6] = {s.target, s.center, s.frame, s.type, address, last};
    for (std::size_t k = 0; k < 6; ++k) put_i32(at + 16 + 4 * k, ints[k]);
    put_chars(2048 + i * 40, ("SEGMENT " + std::to_string(i + 1) + std::string(40, ' ')).substr(0, 40));
    std::memcpy(b.data() + (address - 1) * 8, s.data.data(), s.data.size() * 8);
    address = last + 1;
  }
  return b;
}

// `more` appended to `to`.
inline void append(std::vector<double>& to, const std::vector<double>& more) { to.insert(to.end(), more.begin(), more.end()); }

// Every 100th of `epochs`: the directory of types 1, 5 and 21 (N/100 entries) or 9 and 13
// ((N - 1)/100 entries).
inline std::vector<double> directory(const std::vector<double>& epochs, std::size_t count) {
  std::vector<double> d;
  for (std::size_t k = 1; k <= count; ++k) d.push_back(epochs[100 * k - 1]);
  return d;
}

// The error of evaluating a file's first segment at `et`, if any.
inline std::optional<sc::Error> evaluation_error(const std::vector<std::uint8_t>& bytes, const std::string& name, double et) {
  const auto file = open_spk(bytes, name);
  const sc::spk::Segment seg = sc_test::spk_segments(*file)[0];
  auto s = sc::spk::evaluate_segment(*file, seg, et);
  if (s.ok()) return std::nullopt;
  return s.error();
}

// The first segment fails at `et` with `code`, and the message names the file.
inline void expect_error(const std::vector<std::uint8_t>& bytes, const std::string& name, double et, const std::string& code) {
  const auto e = evaluation_error(bytes, name, et);
  REQUIRE_MESSAGE(e.has_value(), name << " evaluated at " << et);
  CHECK_MESSAGE(e->short_code == code, name << ": " << e->short_code << " " << e->long_msg);
  CHECK_MESSAGE(e->long_msg.find(name) != std::string::npos, e->long_msg);
}

}  // namespace sc_test
