// SPK and binary PCK files in tests: opened as the registry opens them (a daf::SegmentFile of the
// kernel kind), their segments as typed descriptors in file order, their words, and the segment
// the registry's search finds.
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "fixtures.hpp"
#include "io/bytes.hpp"
#include "kernels/segment_kinds.hpp"
#include "kernels/segment_search.hpp"
#include "pck/segment.hpp"
#include "spk/segment.hpp"

namespace sc_test {

using SegmentFilePtr = std::shared_ptr<const sc::daf::SegmentFile>;

inline sc::Result<SegmentFilePtr> open_spk_file(sc::io::Bytes bytes, std::string name) {
  return sc::daf::SegmentFile::open(std::move(bytes), std::move(name), sc::kernels::kSpk.format);
}

inline sc::Result<SegmentFilePtr> open_pck_file(sc::io::Bytes bytes, std::string name) {
  return sc::daf::SegmentFile::open(std::move(bytes), std::move(name), sc::kernels::kPck.format);
}

// An SPK image that must open; a fixture SPK (tests/fixtures/kernels/<relative>).
inline SegmentFilePtr open_spk(std::vector<std::uint8_t> bytes, const std::string& name) {
  auto file = open_spk_file(sc::io::Bytes::from_vector(std::move(bytes)), name);
  REQUIRE_MESSAGE(file.ok(), name << ": " << (file.ok() ? "" : file.error().long_msg));
  return *file;
}
inline SegmentFilePtr open_fixture(const std::string& relative) { return open_spk(fixture_bytes(relative), relative); }

inline std::vector<sc::spk::Segment> spk_segments(const sc::daf::SegmentFile& file) {
  std::vector<sc::spk::Segment> out;
  for (const auto& s : file.segments()) out.push_back(sc::spk::Segment::from_summary(s));
  return out;
}

inline std::vector<sc::pck::Segment> pck_segments(const sc::daf::SegmentFile& file) {
  std::vector<sc::pck::Segment> out;
  for (const auto& s : file.segments()) out.push_back(sc::pck::Segment::from_summary(s));
  return out;
}

// The words at DAF addresses first .. first + count - 1, and one word.
inline std::vector<double> words(const sc::daf::SegmentFile& file, long long first, long long count) {
  std::vector<double> out(static_cast<std::size_t>(count));
  REQUIRE(file.daf().read_words(first, out).ok());
  return out;
}
inline double word(const sc::daf::SegmentFile& file, long long address) { return words(file, address, 1)[0]; }

// All words of a segment, as stored.
inline std::vector<double> segment_words(const sc::daf::SegmentFile& file, const sc::spk::Segment& s) {
  std::vector<double> out(static_cast<std::size_t>(s.length()));
  REQUIRE(file.daf().read_words(s.begin, out).ok());
  return out;
}

// Overwrites the word at a DAF address of a little-endian (LTL-IEEE) file image.
inline void put_double(std::vector<std::uint8_t>& bytes, long long address, double value) {
  std::memcpy(bytes.data() + (address - 1) * 8, &value, 8);
}

// The segment the registry's search finds (kernels::find_segment), as a typed descriptor.
template <class Segment>
struct FoundSegment {
  const sc::daf::SegmentFile* file;
  Segment segment;
};

inline std::optional<FoundSegment<sc::spk::Segment>> find_spk(const sc::kernels::KernelRegistry& r, int body, double et) {
  const auto found = sc::kernels::find_segment(r, sc::kernels::kSpk, body, et);
  if (!found) return std::nullopt;
  return FoundSegment<sc::spk::Segment>{found->file, sc::spk::Segment::from_summary(*found->summary)};
}

inline std::optional<FoundSegment<sc::pck::Segment>> find_pck(const sc::kernels::KernelRegistry& r, int class_id,
                                                              double et) {
  const auto found = sc::kernels::find_segment(r, sc::kernels::kPck, class_id, et);
  if (!found) return std::nullopt;
  return FoundSegment<sc::pck::Segment>{found->file, sc::pck::Segment::from_summary(*found->summary)};
}

}  // namespace sc_test
