#include "daf/chebyshev_records.hpp"

#include "errors/number_text.hpp"

#include <array>
#include <limits>

namespace sc::daf {
namespace {

constexpr long long kDirectoryWords = 4;

struct Directory {
  double init;
  double intlen;
  long long record_size;
  long long record_count;
};

Result<Directory> read_directory(const DafFile& daf, const ChebyshevArray& array) {
  auto fail = [&](std::string code, std::string what) {
    return make_error(std::move(code), "Cannot use " + array.description() + ": " + std::move(what));
  };
  const long long length = array.end - array.begin + 1;
  if (length < kDirectoryWords) {
    return fail("SPICE(INVALIDCOUNT)", "it has " + std::to_string(length) +
                                           " words, too few for the four-word record directory.");
  }
  std::array<double, kDirectoryWords> dir{};
  SC_TRY(daf.read_words(array.end - kDirectoryWords + 1, dir));
  const double init = dir[0], intlen = dir[1], rsize = dir[2], n = dir[3];
  if (!(intlen > 0.0 && intlen < std::numeric_limits<double>::infinity())) {
    return fail("SPICE(INTLENNOTPOS)", "its record interval length INTLEN is " + number_text(intlen) + ".");
  }
  const double room = static_cast<double>(length - kDirectoryWords);
  // CSPICE converts RSIZE and N with INT (truncation); values that cannot describe this array
  // are rejected before converting.
  if (!(rsize >= 1.0 && rsize <= room) || !(n >= 1.0 && n <= room)) {
    return fail("SPICE(INVALIDCOUNT)", "its directory gives RSIZE = " + number_text(rsize) + " and N = " + number_text(n) +
                                           ", which do not fit its " + std::to_string(length) + " words.");
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

Result<ChebyshevRecord> read_chebyshev_record(const DafFile& daf, const ChebyshevArray& array, double et,
                                              std::size_t components) {
  SC_TRY_ASSIGN(auto&& dir, read_directory(daf, array));

  ChebyshevRecord rec;
  rec.coefficient_count = static_cast<std::size_t>((dir.record_size - 2) / static_cast<long long>(components));
  if (dir.record_size < 2 || rec.coefficient_count < 1) {
    return make_error("SPICE(INVALIDCOUNT)", "Cannot use " + array.description() +
                                                 ": its records of " + std::to_string(dir.record_size) +
                                                 " words hold no coefficients (NCOF must be positive).");
  }
  const long long recno = record_number(dir, et);
  rec.words.resize(static_cast<std::size_t>(dir.record_size));
  SC_TRY(daf.read_words(array.begin + (recno - 1) * dir.record_size, rec.words.span()));
  rec.midpoint = rec.words[0];
  rec.radius = rec.words[1];
  if (!(rec.radius > 0.0)) {
    return make_error("SPICE(INVALIDRADIUS)", "Cannot use " + array.description() + ": record " +
                                                  std::to_string(recno) + " has the interval radius " +
                                                  number_text(rec.radius) + "; it must be positive.");
  }
  return rec;
}

}  // namespace sc::daf
