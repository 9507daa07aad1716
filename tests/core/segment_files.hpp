// SPK and binary PCK files in tests: opened as the registry opens them (a daf::SegmentFile of the
// kernel kind), and their segments as typed descriptors, in file order.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"
#include "kernels/segment_kinds.hpp"
#include "kernels/segment_search.hpp"
#include "pck/segment.hpp"
#include "spk/segment.hpp"

namespace sc_test {

inline sc::Result<std::shared_ptr<const sc::daf::SegmentFile>> open_spk_file(sc::io::Bytes bytes, std::string name) {
  return sc::daf::SegmentFile::open(std::move(bytes), std::move(name), sc::kernels::kSpk.format);
}

inline sc::Result<std::shared_ptr<const sc::daf::SegmentFile>> open_pck_file(sc::io::Bytes bytes, std::string name) {
  return sc::daf::SegmentFile::open(std::move(bytes), std::move(name), sc::kernels::kPck.format);
}

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

// The segment the registry's search finds (kernels::find_segment), as a typed descriptor.
template <class Segment>
struct FoundSegment {
  const sc::daf::SegmentFile* file;
  Segment segment;
};

inline std::optional<FoundSegment<sc::spk::Segment>> find_spk(const sc::kernels::KernelRegistry& r, int body,
                                                              double et) {
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
