#include "das/dla_writer.hpp"

#include <algorithm>
#include <cstring>

namespace sc::das {
namespace {

constexpr std::size_t kRecord = 1024;
constexpr int kDlaVersion = 1000000;  // DLAOPN's format version word
// The FTP validation string every DAF and DAS file record carries at byte 700 (ZZFTPSTR): line
// terminators and 8-bit characters a non-binary transfer would alter.
constexpr unsigned char kFtp[] = {'F', 'T', 'P', 'S', 'T', 'R', ':', '\r', ':', '\n', ':', '\r', '\n', ':',
                                  '\r', 0, ':', 0x81, ':', 0x10, 0xce, ':', 'E', 'N', 'D', 'F', 'T', 'P'};

void put_i32(std::vector<std::uint8_t>& b, std::size_t at, std::int32_t v) {
  const auto u = static_cast<std::uint32_t>(v);
  for (int k = 0; k < 4; ++k) b[at + static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(u >> (8 * k));
}

void put_f64(std::vector<std::uint8_t>& b, std::size_t at, double v) {
  std::uint64_t u = 0;
  std::memcpy(&u, &v, sizeof u);
  for (int k = 0; k < 8; ++k) b[at + static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(u >> (8 * k));
}

void put_text(std::vector<std::uint8_t>& b, std::size_t at, const std::string& s, std::size_t width) {
  for (std::size_t k = 0; k < width; ++k) b[at + k] = static_cast<std::uint8_t>(k < s.size() ? s[k] : ' ');
}

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
  const std::size_t ncomr = (static_cast<std::size_t>(ncomch_) + kRecord - 1) / kRecord;
  const std::size_t nd = doubles_.size();
  const std::size_t ni = ints_.size();
  const std::size_t drecs = (nd + 127) / 128;
  const std::size_t irecs = (ni + 255) / 256;
  const std::size_t dir = 2 + ncomr;  // the one directory record (two clusters fit in any directory)
  const std::size_t total = dir + drecs + irecs;
  std::vector<std::uint8_t> b(total * kRecord, 0);
  // File record (DASWFR's layout).
  put_text(b, 0, "DAS/" + type_, 8);
  put_text(b, 8, ifname_.substr(0, 60), 60);
  put_i32(b, 68, 0);
  put_i32(b, 72, 0);
  put_i32(b, 76, static_cast<std::int32_t>(ncomr));
  put_i32(b, 80, 0);
  put_text(b, 84, "LTL-IEEE", 8);
  std::memcpy(b.data() + 699, kFtp, sizeof kFtp);
  // Directory: no neighbours; address ranges; the first cluster's type; cluster sizes.
  const std::size_t db = (dir - 1) * kRecord;
  std::vector<std::int32_t> d(256, 0);
  if (nd > 0) {
    d[4] = 1;
    d[5] = static_cast<std::int32_t>(nd);
  }
  if (ni > 0) {
    d[6] = 1;
    d[7] = static_cast<std::int32_t>(ni);
  }
  std::size_t k = 9;
  if (nd > 0) {
    d[8] = 2;
    d[k++] = static_cast<std::int32_t>(drecs);
  } else {
    d[8] = 3;
  }
  if (ni > 0) d[k++] = static_cast<std::int32_t>(irecs);  // positive: the type after DP (or INT itself first)
  for (std::size_t i = 0; i < 256; ++i) put_i32(b, db + 4 * i, d[i]);
  std::size_t at = dir * kRecord;
  for (std::size_t i = 0; i < nd; ++i) put_f64(b, at + 8 * i, doubles_[i]);
  at += drecs * kRecord;
  for (std::size_t i = 0; i < ni; ++i) put_i32(b, at + 4 * i, ints_[i]);
  return b;
}

}  // namespace sc::das
