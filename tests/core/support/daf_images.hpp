// DAF files in tests: opened from bytes or from a fixture, and byte-level surgery on their images
// to build synthetic or hostile variants (a word, an integer or a text field at a byte offset, in
// either byte order; where a record or a summary integer lies).
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "daf/byte_order.hpp"
#include "daf/daf_file.hpp"
#include "errors/result.hpp"
#include "fixtures.hpp"
#include "io/bytes.hpp"

namespace sc_test {

using sc::daf::ByteOrder;

inline sc::Result<sc::daf::DafFile> open_daf_bytes(std::vector<std::uint8_t> bytes, const std::string& name = "test.bsp") {
  return sc::daf::DafFile::open(sc::io::Bytes::from_vector(std::move(bytes)), name);
}

inline sc::daf::DafFile open_daf_fixture(const std::string& relative) {
  auto daf = open_daf_bytes(fixture_bytes(relative), relative);
  REQUIRE_MESSAGE(daf.ok(), relative << ": " << (daf.ok() ? "" : daf.error().long_msg));
  return std::move(daf).value();
}

inline void put_u64(std::vector<std::uint8_t>& b, std::size_t at, std::uint64_t v, ByteOrder order = ByteOrder::little) {
  for (std::size_t i = 0; i < 8; ++i) {
    const std::size_t k = order == ByteOrder::little ? i : 7 - i;
    b.at(at + k) = static_cast<std::uint8_t>(v >> (8 * i));
  }
}
inline void put_double_at(std::vector<std::uint8_t>& b, std::size_t at, double d, ByteOrder order = ByteOrder::little) {
  std::uint64_t v;
  std::memcpy(&v, &d, 8);
  put_u64(b, at, v, order);
}
inline void put_int_at(std::vector<std::uint8_t>& b, std::size_t at, std::int32_t value,
                       ByteOrder order = ByteOrder::little) {
  const auto v = static_cast<std::uint32_t>(value);
  for (std::size_t i = 0; i < 4; ++i) {
    const std::size_t k = order == ByteOrder::little ? i : 3 - i;
    b.at(at + k) = static_cast<std::uint8_t>(v >> (8 * i));
  }
}
// `s` blank-padded (or cut) to `width` characters.
inline void put_text_at(std::vector<std::uint8_t>& b, std::size_t at, const std::string& s, std::size_t width) {
  std::string padded = s;
  padded.resize(width, ' ');
  std::memcpy(b.data() + at, padded.data(), width);
}

// A DAF that must fail to open with `code`, the message naming the file.
inline void check_open_error(const sc::Result<sc::daf::DafFile>& r, const std::string& code,
                             const std::string& name = "test.bsp") {
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().short_code == code);
  CHECK_MESSAGE(r.error().long_msg.find("'" + name + "'") != std::string::npos, r.error().long_msg);
}

// All words of an array, as stored.
inline std::vector<double> array_words(const sc::daf::DafFile& daf, const sc::daf::ArraySummary& a) {
  std::vector<double> words(static_cast<std::size_t>(a.end_address() - a.begin_address() + 1));
  auto status = daf.read_words(a.begin_address(), words);
  REQUIRE_MESSAGE(status.ok(), (status.ok() ? "" : status.error().long_msg));
  return words;
}

// Byte offset of a 1-based record, and of integer `k` (0-based) of summary `i` (0-based) in an
// SPK summary record (ND = 2, NI = 6).
inline std::size_t record_at(std::size_t record) { return (record - 1) * 1024; }
inline std::size_t summary_int_at(std::size_t record, std::size_t i, std::size_t k) {
  return record_at(record) + 24 + i * 40 + 16 + 4 * k;
}

}  // namespace sc_test
