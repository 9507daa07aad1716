#include "das/das_image.hpp"

#include <cstring>

namespace sc::das {
namespace {

constexpr std::size_t kRecord = 1024;
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

void put_text(std::vector<std::uint8_t>& b, std::size_t at, std::string_view s, std::size_t width) {
  for (std::size_t k = 0; k < width; ++k) b[at + k] = static_cast<std::uint8_t>(k < s.size() ? s[k] : ' ');
}

}  // namespace

std::vector<std::uint8_t> segregated_image(const DasImageSpec& spec) {
  const std::size_t ncomr = (static_cast<std::size_t>(spec.ncomch > 0 ? spec.ncomch : 0) + kRecord - 1) / kRecord;
  const std::size_t counts[3] = {spec.chars.size(), spec.doubles.size(), spec.ints.size()};
  const std::size_t per_record[3] = {1024, 128, 256};
  std::size_t records[3];
  for (int t = 0; t < 3; ++t) records[t] = (counts[t] + per_record[t] - 1) / per_record[t];
  const std::size_t dir = 2 + ncomr;  // the one directory record: three clusters fit in any directory
  std::vector<std::uint8_t> b((dir + records[0] + records[1] + records[2]) * kRecord, 0);
  // File record (DASWFR's layout).
  put_text(b, 0, std::string("DAS/") + std::string(spec.type.substr(0, 4)), 8);
  put_text(b, 8, spec.ifname.substr(0, 60), 60);
  put_i32(b, 68, 0);
  put_i32(b, 72, 0);
  put_i32(b, 76, static_cast<std::int32_t>(ncomr));
  put_i32(b, 80, 0);
  put_text(b, 84, "LTL-IEEE", 8);
  std::memcpy(b.data() + 699, kFtp, sizeof kFtp);
  // Directory: no neighbours (words 1-2), first and last logical address per type (3-8), the first
  // cluster's type (9), then each cluster's record count, signed: positive when its type follows the
  // previous cluster's in the cycle character -> double -> integer -> character, negative otherwise.
  const std::size_t db = (dir - 1) * kRecord;
  std::int32_t d[256] = {};
  int first_type = 0;
  int previous = -1;  // no cluster yet (0 is the character type's index)
  std::size_t k = 9;
  for (int t = 0; t < 3; ++t) {
    if (counts[t] == 0) continue;
    d[2 + 2 * t] = 1;
    d[3 + 2 * t] = static_cast<std::int32_t>(counts[t]);
    if (first_type == 0) first_type = t + 1;
    const bool follows = previous < 0 || t == (previous + 1) % 3;
    d[k++] = static_cast<std::int32_t>(records[t]) * (follows ? 1 : -1);
    previous = t;
  }
  d[8] = first_type == 0 ? 1 : first_type;
  for (std::size_t i = 0; i < 256; ++i) put_i32(b, db + 4 * i, d[i]);
  std::size_t at = dir * kRecord;
  for (std::size_t i = 0; i < counts[0]; ++i) b[at + i] = static_cast<std::uint8_t>(spec.chars[i]);
  at += records[0] * kRecord;
  for (std::size_t i = 0; i < counts[1]; ++i) put_f64(b, at + 8 * i, spec.doubles[i]);
  at += records[1] * kRecord;
  for (std::size_t i = 0; i < counts[2]; ++i) put_i32(b, at + 4 * i, spec.ints[i]);
  return b;
}

}  // namespace sc::das
