#include "das/dla_writer.hpp"

#include "das/das_image.hpp"

#include <algorithm>

namespace sc::das {
namespace {

constexpr int kDlaVersion = 1000000;  // DLAOPN's format version word

}  // namespace

DlaWriter::DlaWriter(std::string type, std::string ifname, int ncomch)
    : type_(std::move(type)), ifname_(std::move(ifname)), ncomch_(std::max(ncomch, 0)) {
  ints_ = {kDlaVersion, -1, -1};
}

Status DlaWriter::begin_segment() {
  if (open_ != 0) {
    return make_error("SPICE(SEGMENTOPEN)", "A DLA segment is already open; end it before beginning another.");
  }
  const int at = static_cast<int>(ints_.size()) + 1;  // this descriptor's address
  const int last = ints_[2];
  // BWD, FWD, IBASE, ISIZE, DBASE, DSIZE, CBASE, CSIZE.
  ints_.insert(ints_.end(), {last, -1, at + 7, 0, static_cast<int>(doubles_.size()), 0, 0, 0});
  if (last == -1) {
    ints_[1] = at;
  } else {
    ints_[static_cast<std::size_t>(last - 1 + 1)] = at;  // the previous descriptor's forward pointer
  }
  ints_[2] = at;
  open_ = at;
  return {};
}

void DlaWriter::add_ints(std::span<const int> values) { ints_.insert(ints_.end(), values.begin(), values.end()); }

void DlaWriter::add_doubles(std::span<const double> values) {
  doubles_.insert(doubles_.end(), values.begin(), values.end());
}

Status DlaWriter::end_segment() {
  if (open_ == 0) return make_error("SPICE(NOSEGMENT)", "No DLA segment is open.");
  const auto d = static_cast<std::size_t>(open_ - 1);
  ints_[d + 3] = static_cast<int>(ints_.size()) - ints_[d + 2];
  ints_[d + 5] = static_cast<int>(doubles_.size()) - ints_[d + 4];
  open_ = 0;
  ++segments_;
  return {};
}

std::vector<std::uint8_t> DlaWriter::image() const {
  return segregated_image({.type = type_, .ifname = ifname_, .ncomch = ncomch_, .doubles = doubles_, .ints = ints_});
}

}  // namespace sc::das
