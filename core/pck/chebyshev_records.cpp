#include "pck/chebyshev_records.hpp"

#include <array>
#include <limits>

#include "pck/number_text.hpp"

namespace sc::pck {
namespace {

constexpr long long kDirectoryWords = 4;
constexpr long long kAngles = 3;

struct Directory {
  double init;
  double intlen;
  long long record_size;
  long long record_count;
};

Result<Directory> read_directory(const PckFile& file, const Segment& segment) {
  auto fail = [&](std::string code, std::string what) {
    return make_error(std::move(code), "Cannot use " + describe(segment, file.file_name()) + ": " + std::move(what));
  };
  const long long length = segment.length();
  if (length < kDirectoryWords) {
    return fail("SPICE(INVALIDCOUNT)", "it has " + std::to_string(length) +
                                           " words, too few for the four-word record directory.");
  }
  std::array<double, kDirectoryWords> dir{};
  SC_TRY(file.daf().read_words(segment.end - kDirectoryWords + 1, dir));
  const double init = dir[0], intlen = dir[1], rsize = dir[2], n = dir[3];
  if (!(intlen > 0.0 && intlen < std::numeric_limits<double>::infinity())) {
    return fail("SPICE(INTLENNOTPOS)", "its record interval length INTLEN is " + number_text(intlen) + ".");
  }
  const double room = static_cast<double>(length - kDirectoryWords);
  // PCKR02 converts RSIZE and N with INT (truncation); values that cannot describe this segment
  // are rejected before converting.
  if (!(rsize >= 1.0 && rsize <= room) || !(n >= 1.0 && n <= room)) {
    return fail("SPICE(INVALIDCOUNT)", "its directory gives RSIZE = " + number_text(rsize) + " and N = " +
                                           number_text(n) + ", which do not fit its " + std::to_string(length) +
                                           " words.");
  }
  Directory d{init, intlen, static_cast<long long>(rsize), static_cast<long long>(n)};
  if (d.record_count > (length - kDirectoryWords) / d.record_size) {
    return fail("SPICE(INVALIDCOUNT)", "its directory gives " + std::to_string(d.record_count) + " records of " +
                                           std::to_string(d.record_size) + " words, more than its " +
                                           std::to_string(length) + " words hold.");
  }
  return d;
}

long long record_number(const Directory& d, double et) {
  const double q = (et - d.init) / d.intlen;
  const auto n = static_cast<double>(d.record_count);
  if (q >= n) return d.record_count;                   // MIN(recno, N); also +inf
  if (q > -1.0) return static_cast<long long>(q) + 1;  // INT truncates toward zero
  return 1;                                            // before INIT, or NaN
}

}  // namespace

Result<ChebyshevRecord> read_chebyshev_record(const PckFile& file, const Segment& segment, double et) {
  auto dir = read_directory(file, segment);
  if (!dir) return std::move(dir).error();

  ChebyshevRecord rec;
  // SPKE02: NCOF = (INT(RECORD(1)) - 2) / 3, integer division.
  const long long ncof = (dir->record_size - 2) / kAngles;
  if (dir->record_size < 2 || ncof < 1) {
    return make_error("SPICE(INVALIDCOUNT)", "Cannot use " + describe(segment, file.file_name()) +
                                                 ": its records of " + std::to_string(dir->record_size) +
                                                 " words hold no coefficients (NCOF must be positive).");
  }
  rec.coefficient_count = static_cast<std::size_t>(ncof);
  const long long recno = record_number(*dir, et);
  rec.words.resize(static_cast<std::size_t>(dir->record_size));
  SC_TRY(file.daf().read_words(segment.begin + (recno - 1) * dir->record_size, rec.words));
  rec.midpoint = rec.words[0];
  rec.radius = rec.words[1];
  if (!(rec.radius > 0.0)) {
    return make_error("SPICE(INVALIDRADIUS)", "Cannot use " + describe(segment, file.file_name()) + ": record " +
                                                  std::to_string(recno) + " has the interval radius " +
                                                  number_text(rec.radius) + "; it must be positive.");
  }
  return rec;
}

}  // namespace sc::pck
