#include "daf/chebyshev_records.hpp"

#include "errors/number_text.hpp"

#include <array>
#include <limits>

namespace sc::daf {
namespace {

constexpr long long kDirectoryWords = 4;

using Directory = ChebyshevDirectory;

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
  Directory d{init, intlen, static_cast<long long>(rsize), static_cast<long long>(n), 0};
  if (d.record_count > (length - kDirectoryWords) / d.record_size) {
    return fail("SPICE(INVALIDCOUNT)", "its directory gives " + std::to_string(d.record_count) + " records of " +
                                           std::to_string(d.record_size) + " words, more than its " +
                                           std::to_string(length) + " words hold.");
  }
  return d;
}

}  // namespace

long long chebyshev_record_number(const Directory& d, double et) {
  const double q = (et - d.init) / d.intlen;
  const auto n = static_cast<double>(d.record_count);
  if (q >= n) return d.record_count;                   // MIN(recno, N); also +inf
  if (q > -1.0) return static_cast<long long>(q) + 1;  // INT truncates toward zero
  return 1;                                            // before INIT, or NaN
}

Result<ChebyshevRecord> read_chebyshev_record(const DafFile& daf, const ChebyshevArray& array, double et,
                                              std::size_t components) {
  ChebyshevRecord rec;
  SC_TRY(read_chebyshev_record(daf, array, et, components, rec));
  return rec;
}

Status read_chebyshev_record(const DafFile& daf, const ChebyshevArray& array, double et, std::size_t components,
                             ChebyshevRecord& rec) {
  SC_TRY_ASSIGN(auto&& dir, read_chebyshev_directory(daf, array, components));
  return read_chebyshev_record_at(daf, array, dir, chebyshev_record_number(dir, et), rec);
}

Result<ChebyshevDirectory> read_chebyshev_directory(const DafFile& daf, const ChebyshevArray& array,
                                                   std::size_t components) {
  SC_TRY_ASSIGN(auto&& dir, read_directory(daf, array));
  dir.coefficient_count = static_cast<std::size_t>((dir.record_size - 2) / static_cast<long long>(components));
  if (dir.record_size < 2 || dir.coefficient_count < 1) {
    return make_error("SPICE(INVALIDCOUNT)", "Cannot use " + array.description() +
                                                 ": its records of " + std::to_string(dir.record_size) +
                                                 " words hold no coefficients (NCOF must be positive).");
  }
  return dir;
}

Status read_chebyshev_record_at(const DafFile& daf, const ChebyshevArray& array, const ChebyshevDirectory& dir,
                                long long recno, ChebyshevRecord& rec) {
  rec.coefficient_count = dir.coefficient_count;
  rec.words.resize(static_cast<std::size_t>(dir.record_size));
  SC_TRY(daf.read_words(array.begin + (recno - 1) * dir.record_size, rec.words.span()));
  rec.midpoint = rec.words[0];
  rec.radius = rec.words[1];
  if (!(rec.radius > 0.0)) {
    return make_error("SPICE(INVALIDRADIUS)", "Cannot use " + array.description() + ": record " +
                                                  std::to_string(recno) + " has the interval radius " +
                                                  number_text(rec.radius) + "; it must be positive.");
  }
  return {};
}

}  // namespace sc::daf
