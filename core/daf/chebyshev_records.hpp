// The fixed-length Chebyshev record arrays that SPK types 2 and 3 and binary PCK type 2 share
// (spk.req "Type 2: Chebyshev (position only)", "Type 3: Chebyshev (position and velocity)";
// pck.req "Type 02: Chebyshev polynomials for Euler angles only"): N records of RSIZE words, each
//    MID, RADIUS, then `components` blocks of NCOF coefficients,
// followed by the directory INIT, INTLEN, RSIZE, N in the array's last four words. One reader for
// the three formats, so every record-directory check is written (and fuzzed) once.
#pragma once

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "daf/array_description.hpp"
#include "daf/daf_file.hpp"
#include "errors/result.hpp"

namespace sc::daf {

// The words of one record: inline up to kInline words (the records of NAIF's planetary and
// satellite ephemerides fit), on the heap beyond, so that reading a record does not allocate.
// Copies carry only the words in use.
class RecordWords {
 public:
  static constexpr std::size_t kInline = 96;

  RecordWords() = default;
  RecordWords(const RecordWords& other) { *this = other; }
  RecordWords& operator=(const RecordWords& other) {
    if (this != &other) {
      resize(other.size_);
      std::copy(other.data(), other.data() + other.size_, data());
    }
    return *this;
  }

  void resize(std::size_t n) {
    size_ = n;
    if (n > kInline) heap_.assign(n, 0.0);
  }
  std::size_t size() const { return size_; }
  double* data() { return size_ > kInline ? heap_.data() : inline_.data(); }
  const double* data() const { return size_ > kInline ? heap_.data() : inline_.data(); }
  double operator[](std::size_t i) const { return data()[i]; }
  std::span<double> span() { return {data(), size_}; }
  std::span<const double> span() const { return {data(), size_}; }

 private:
  std::size_t size_ = 0;
  std::array<double, kInline> inline_;  // only the first size_ words are meaningful
  std::vector<double> heap_;
};

struct ChebyshevRecord {
  double midpoint = 0;
  double radius = 0;
  std::size_t coefficient_count = 0;  // NCOF per component
  RecordWords words;                  // the whole record as stored (MID, RADIUS, coefficients)
};

// The array at DAF addresses [begin, end] (inclusive), and how messages name it ("the type 2
// segment 'X' for body 399 (center 3) in 'de430.bsp'").
struct ChebyshevArray {
  long long begin = 0;
  long long end = 0;
  ArrayDescription description;
};

// The record covering `et`, chosen as SPKR02/SPKR03/PCKR02 choose it:
//    recno = INT((et - INIT) / INTLEN) + 1, at most N
// so an epoch exactly on a boundary between records belongs to the later record, and the array's
// last instant to the last record. (Where CSPICE would compute a record before the first one, from
// an epoch before INIT, the first record is used instead of reading outside the array.)
// Errors, naming the array:
//   SPICE(INVALIDCOUNT)   NCOF = (RSIZE - 2) / components is below 1 (as SPKE02/SPKE03 check), or
//                         the directory's RSIZE/N do not fit the array;
//   SPICE(INTLENNOTPOS)   INTLEN is not a positive number;
//   SPICE(INVALIDRADIUS)  the record's RADIUS is not positive (as SPKE02/SPKE03 check).
Result<ChebyshevRecord> read_chebyshev_record(const DafFile& daf, const ChebyshevArray& array, double et,
                                              std::size_t components);
// The same into the caller's record: the evaluators' form, which copies the record's words once
// (from the file) instead of again into and out of a Result.
Status read_chebyshev_record(const DafFile& daf, const ChebyshevArray& array, double et, std::size_t components,
                             ChebyshevRecord& out);

// read_chebyshev_record in its three steps, for a reader that keeps the directory and the last
// record across epochs (spk/leg_cache.hpp): the same checks, in the same order, with the same errors.
struct ChebyshevDirectory {
  double init = 0;
  double intlen = 0;
  long long record_size = 0;
  long long record_count = 0;
  std::size_t coefficient_count = 0;  // NCOF per component
};
// The directory and NCOF (SPICE(INVALIDCOUNT), SPICE(INTLENNOTPOS)).
Result<ChebyshevDirectory> read_chebyshev_directory(const DafFile& daf, const ChebyshevArray& array,
                                                   std::size_t components);
// The 1-based record covering `et` (see above).
long long chebyshev_record_number(const ChebyshevDirectory& dir, double et);
// Record `recno` (SPICE(INVALIDRADIUS)).
Status read_chebyshev_record_at(const DafFile& daf, const ChebyshevArray& array, const ChebyshevDirectory& dir,
                                long long recno, ChebyshevRecord& out);

}  // namespace sc::daf
