#include "daf/daf_writer.hpp"

#include <algorithm>
#include <cstring>

#include "daf/daf_layout.hpp"
#include "daf/file_record.hpp"
#include "errors/quoted.hpp"
#include "math/ieee_bits.hpp"

namespace sc::daf {
namespace {

constexpr std::size_t kCharRecord = kCommentCharsPerRecord;  // 1000: names and comments

// CSPICE's FTP validation string (ZZFTPSTR): characters an ASCII-mode transfer would mangle (CR, LF,
// CR LF, CR NUL, 0x81, DLE 0xCE) between ':' delimiters, so a damaged copy can be recognised.
constexpr char kFtpString[] = {'F', 'T', 'P', 'S', 'T', 'R', ':', '\r', ':', '\n', ':', '\r', '\n', ':',
                               '\r', '\0', ':', '\x81', ':', '\x10', '\xce', ':', 'E', 'N', 'D', 'F', 'T', 'P'};
static_assert(sizeof kFtpString == 28);

void put_u64(std::uint8_t* at, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) at[i] = static_cast<std::uint8_t>(v >> (8 * i));
}
std::uint64_t get_u64(const std::uint8_t* at) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | at[i];
  return v;
}
void put_double(std::uint8_t* at, double d) { put_u64(at, math::detail::to_bits(d)); }
double get_double(const std::uint8_t* at) { return math::detail::from_bits(get_u64(at)); }
void put_int(std::uint8_t* at, std::int32_t value) {
  const auto v = static_cast<std::uint32_t>(value);
  for (int i = 0; i < 4; ++i) at[i] = static_cast<std::uint8_t>(v >> (8 * i));
}
std::int32_t get_int(const std::uint8_t* at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | at[i];
  return static_cast<std::int32_t>(v);
}

// Word `index` (0-based) of a double-precision record.
double word(const std::array<std::uint8_t, 1024>& record, std::size_t index) {
  return get_double(record.data() + index * kWordBytes);
}
void set_word(std::array<std::uint8_t, 1024>& record, std::size_t index, double value) {
  put_double(record.data() + index * kWordBytes, value);
}

// DAFARW: the record holding a word address.
long long record_of(long long address) { return (address - 1) / static_cast<long long>(kWordsPerRecord) + 1; }
// DAFRWA with word 1: the first address of a record.
long long first_address_of(long long record) { return (record - 1) * static_cast<long long>(kWordsPerRecord) + 1; }

// A count or pointer stored as a double, as the Fortran reads it with INT(): truncated, and only
// trusted inside [lo, hi].
bool int_in(double d, long long lo, long long hi) { return d >= static_cast<double>(lo) && d <= static_cast<double>(hi); }

// INT() of a pointer or count read from the file, defined for any bits: values no DAF can hold
// (NaN, 1e300) become -1, which every caller treats as "no such record".
long long as_int(double d) { return d > -1e15 && d < 1e15 ? static_cast<long long>(d) : -1; }

std::size_t last_nonblank(std::string_view s) {
  auto end = s.find_last_not_of(' ');
  return end == std::string_view::npos ? 0 : end + 1;
}

}  // namespace

Result<DafWriter> DafWriter::create(std::string_view file_name, std::string_view file_type, int nd, int ni,
                                    std::string_view internal_name, int reserved_records) {
  DafWriter w;
  w.file_name_ = std::string(file_name);
  const int resv = std::max(reserved_records, 0);
  SC_TRY(w.check_room((static_cast<std::size_t>(resv) + 3) * kRecordBytes));
  w.nd_ = nd;
  w.ni_ = ni;
  w.fward_ = resv + 2;
  w.bward_ = w.fward_;
  w.free_ = static_cast<int>(first_address_of(w.fward_ + 2));

  DpRecord fr{};
  std::string id = "DAF/" + std::string(file_type.substr(0, 4));
  id.resize(8, ' ');
  std::memcpy(fr.data(), id.data(), 8);
  put_int(fr.data() + kNdAt, nd);
  put_int(fr.data() + kNiAt, ni);
  std::string ifname(internal_name.substr(0, kInternalNameChars));
  ifname.resize(kInternalNameChars, ' ');
  std::memcpy(fr.data() + kInternalNameAt, ifname.data(), kInternalNameChars);
  put_int(fr.data() + kFwardAt, w.fward_);
  put_int(fr.data() + kBwardAt, w.bward_);
  put_int(fr.data() + kFreeAt, w.free_);
  std::memcpy(fr.data() + kFormatAt, "LTL-IEEE", 8);
  std::memcpy(fr.data() + kFtpAt, kFtpString, sizeof kFtpString);
  w.write_dp_record(1, fr);

  // An empty comment area is a first reserved record that starts with the end-of-comments mark.
  if (resv > 0) w.write_char_record(2, std::string(1, kEndOfComments) + std::string(kCharRecord - 1, '\0'));
  w.write_dp_record(w.fward_, DpRecord{});                      // NEXT = PREV = NSUM = 0
  w.write_char_record(w.fward_ + 1, std::string(kCharRecord, ' '));  // no names yet
  return w;
}

Result<DafWriter> DafWriter::append_to(std::span<const std::uint8_t> bytes, std::string_view file_name) {
  SC_TRY_ASSIGN(auto&& fr, read_file_record(bytes, file_name));
  if (fr.byte_order != ByteOrder::little) {
    return make_error("SPICE(UNSUPPORTEDBFF)", "The DAF " + quoted(file_name) +
                                                   " is in the BIG-IEEE binary format; only LTL-IEEE files can be "
                                                   "opened for writing (convert it with NAIF's bingo first).");
  }
  DafWriter w;
  w.file_name_ = std::string(file_name);
  w.nd_ = fr.nd;
  w.ni_ = fr.ni;
  w.fward_ = fr.fward;
  w.bward_ = fr.bward;
  w.free_ = fr.free;
  if (bytes.size() > kMaxBytes) {
    return make_error("SPICE(DAFOVERFLOW)", "The DAF " + quoted(file_name) + " has " + std::to_string(bytes.size()) +
                                                " bytes; files opened for writing are limited to " +
                                                std::to_string(kMaxBytes) + " bytes.");
  }
  const long long records = static_cast<long long>((bytes.size() + kRecordBytes - 1) / kRecordBytes);
  const bool pointers_ok = w.bward_ >= w.fward_ && w.bward_ < records &&
                           w.free_ >= first_address_of(w.bward_ + 2) && w.free_ > 0;
  if (!pointers_ok) {
    return make_error("SPICE(DAFCORRUPTED)", "The file record of the DAF " + quoted(file_name) + " gives FWARD = " +
                                                 std::to_string(w.fward_) + ", BWARD = " + std::to_string(w.bward_) +
                                                 ", FREE = " + std::to_string(w.free_) + " for a file of " +
                                                 std::to_string(records) +
                                                 " records: new arrays cannot be placed after them.");
  }
  w.image_.assign(bytes.begin(), bytes.end());
  const auto per_record = 125 / (w.nd_ + (w.ni_ + 1) / 2);
  if (!int_in(word(w.read_dp_record(w.bward_), 2), 0, per_record - 1)) {
    return make_error("SPICE(DAFCORRUPTED)", "The last summary record (" + std::to_string(w.bward_) +
                                                 ") of the DAF " + quoted(file_name) +
                                                 " does not hold a valid summary count.");
  }
  return w;
}

int DafWriter::array_count() const {
  int count = 0;
  long long record = fward_;
  const auto records = static_cast<long long>(image_.size() / kRecordBytes + 1);
  for (long long steps = 0; record > 0 && record <= records && steps <= records; ++steps) {
    const DpRecord r = read_dp_record(record);
    count += static_cast<int>(std::max(as_int(word(r, 2)), 0LL));
    record = as_int(word(r, 0));
  }
  return count;
}

DafWriter::DpRecord DafWriter::read_dp_record(long long record) const {
  DpRecord r{};
  const auto at = static_cast<std::size_t>(record - 1) * kRecordBytes;
  if (at < image_.size()) {
    const std::size_t n = std::min(kRecordBytes, image_.size() - at);
    std::memcpy(r.data(), image_.data() + at, n);
  }
  return r;
}

std::string DafWriter::read_char_record(long long record) const {
  std::string r(kCharRecord, '\0');
  const auto at = static_cast<std::size_t>(record - 1) * kRecordBytes;
  if (at < image_.size()) {
    const std::size_t n = std::min(kCharRecord, image_.size() - at);
    std::memcpy(r.data(), image_.data() + at, n);
  }
  return r;
}

void DafWriter::grow_to(std::size_t size) {
  if (size <= image_.size()) return;
  // Grow the capacity by hand: a vector's own doubling could ask for twice kMaxBytes.
  if (size > image_.capacity()) image_.reserve(std::max(size, std::min(image_.capacity() * 2, kMaxBytes)));
  image_.resize(size, 0);
}

void DafWriter::write_dp_record(long long record, const DpRecord& data) {
  const auto at = static_cast<std::size_t>(record - 1) * kRecordBytes;
  grow_to(at + kRecordBytes);
  std::memcpy(image_.data() + at, data.data(), kRecordBytes);
}

void DafWriter::write_char_record(long long record, std::string_view chars) {
  const auto at = static_cast<std::size_t>(record - 1) * kRecordBytes;
  grow_to(at + kCharRecord);
  std::string padded(chars.substr(0, kCharRecord));
  padded.resize(kCharRecord, ' ');
  std::memcpy(image_.data() + at, padded.data(), kCharRecord);
}

Status DafWriter::check_room(std::size_t extra_bytes) const {
  if (extra_bytes <= kMaxBytes && image_.size() <= kMaxBytes - extra_bytes) return {};
  return make_error("SPICE(DAFOVERFLOW)", "Writing to the DAF " + quoted(file_name_) +
                                              " would make it larger than the " + std::to_string(kMaxBytes) +
                                              " bytes a writer can hold in memory.");
}

void DafWriter::write_file_record_pointers() {
  // DAFWFR rewrites ND, NI, the internal name and the three pointers and keeps the ID word, the
  // format and the tail (FTP string) as they are; ND, NI and the name never change here.
  put_int(image_.data() + kFwardAt, fward_);
  put_int(image_.data() + kBwardAt, bward_);
  put_int(image_.data() + kFreeAt, free_);
}

void DafWriter::write_data(long long first_address, std::span<const double> data) {
  if (data.empty()) return;
  // DAFWDA writes whole records: every record the data touches ends up 1024 bytes long, with zeros
  // after the last word when the record is new.
  const long long last = first_address + static_cast<long long>(data.size()) - 1;
  grow_to(static_cast<std::size_t>(record_of(last)) * kRecordBytes);
  std::uint8_t* at = image_.data() + static_cast<std::size_t>(first_address - 1) * kWordBytes;
  for (double d : data) {
    put_double(at, d);
    at += kWordBytes;
  }
}

Status DafWriter::add_array(std::span<const double> dc, std::span<const int> ic, std::string_view name,
                            std::span<const double> data) {
  const auto n = static_cast<unsigned long long>(data.size());
  if (n > kMaxBytes / kWordBytes) return check_room(kMaxBytes + 1);
  const long long last_record = record_of(free_ + static_cast<long long>(n));
  const auto needed = static_cast<std::size_t>(last_record + 2) * kRecordBytes;
  SC_TRY(check_room(needed > image_.size() ? needed - image_.size() : 0));

  const long long begin = free_;
  write_data(begin, data);
  free_ = static_cast<int>(begin + static_cast<long long>(n));

  // DAFPS: ND doubles, then the NI integers two to a word, in the file's (little-endian) order.
  const std::size_t sumsiz = static_cast<std::size_t>(nd_ + (ni_ + 1) / 2);
  std::vector<std::uint8_t> packed(sumsiz * kWordBytes, 0);
  for (std::size_t k = 0; k < static_cast<std::size_t>(nd_); ++k) {
    put_double(packed.data() + k * kWordBytes, k < dc.size() ? dc[k] : 0.0);
  }
  std::uint8_t* ints = packed.data() + static_cast<std::size_t>(nd_) * kWordBytes;
  for (std::size_t k = 0; k + 2 < static_cast<std::size_t>(ni_); ++k) put_int(ints + 4 * k, k < ic.size() ? ic[k] : 0);
  put_int(ints + 4 * static_cast<std::size_t>(ni_ - 2), static_cast<std::int32_t>(begin));
  put_int(ints + 4 * static_cast<std::size_t>(ni_ - 1), free_ - 1);
  end_array(packed, name);
  return {};
}

void DafWriter::end_array(std::span<const std::uint8_t> packed_summary, std::string_view name) {
  const auto sumsiz = packed_summary.size() / kWordBytes;
  const std::size_t namsiz = 8 * sumsiz;
  const auto per_record = static_cast<int>(125 / sumsiz);

  // The summary goes into the last summary record, after the ones already there.
  DpRecord sumrec = read_dp_record(bward_);
  std::string namrec = read_char_record(bward_ + 1);
  const auto narray = static_cast<std::size_t>(word(sumrec, 2));
  std::memcpy(sumrec.data() + (narray * sumsiz + kSummaryControlWords) * kWordBytes, packed_summary.data(),
              packed_summary.size());
  std::string padded(name.substr(0, namsiz));
  padded.resize(namsiz, ' ');
  namrec.replace(narray * namsiz, namsiz, padded);
  set_word(sumrec, 2, word(sumrec, 2) + 1.0);

  if (static_cast<int>(word(sumrec, 2)) < per_record) {
    write_dp_record(bward_, sumrec);
    write_char_record(bward_ + 1, namrec);
  } else {
    // The record is full: a new, empty summary/name pair is written right after the record that
    // holds the last data word, and linked in both directions.
    const long long next = record_of(free_ - 1) + 1;
    set_word(sumrec, 0, static_cast<double>(next));
    write_dp_record(bward_, sumrec);
    write_char_record(bward_ + 1, namrec);
    DpRecord fresh{};
    set_word(fresh, 1, static_cast<double>(bward_));
    write_dp_record(next, fresh);
    write_char_record(next + 1, std::string(kCharRecord, ' '));
    bward_ = static_cast<int>(next);
    free_ = static_cast<int>(first_address_of(next + 2));
  }
  write_file_record_pointers();
}

Status DafWriter::add_comments(std::span<const std::string> lines) {
  if (lines.empty()) {
    return make_error("SPICE(INVALIDARGUMENT)", "The number of comment lines to be added to the DAF " +
                                                    quoted(file_name_) + " was not positive: 0.");
  }
  long long nchars = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t length = last_nonblank(lines[i]);
    for (std::size_t j = 0; j < length; ++j) {
      const auto c = static_cast<unsigned char>(lines[i][j]);
      if (c < 32 || c > 126) {
        return make_error("SPICE(ILLEGALCHARACTER)",
                          "Comment line " + std::to_string(i + 1) + " for the DAF " + quoted(file_name_) +
                              " contains the nonprinting character " + std::to_string(c) + " at position " +
                              std::to_string(j + 1) + "; comments may hold only ASCII 32..126.");
      }
    }
    nchars += static_cast<long long>(length);
  }
  nchars += static_cast<long long>(lines.size()) + 1;  // an end-of-line mark per line, and the end mark

  // Find the end of the existing comments, scanning the reserved records from the last one back:
  // trailing all-NUL records are reserved but unused.
  long long ncomr = fward_ - 2;
  long long ncomc = 0;
  long long notusd = 0;
  std::string crec;
  if (ncomr > 0) {
    bool empty = true;
    bool found = false;
    std::size_t eocpos = 0;
    while (ncomr > 0 && !found && empty) {
      crec = read_char_record(ncomr + 1);
      if (auto p = crec.find(kEndOfComments); p != std::string::npos) {
        found = true;
        eocpos = p + 1;
      } else if (crec.find_first_not_of(kEndOfLine) != std::string::npos) {
        empty = false;
      } else {
        --ncomr;
        ++notusd;
      }
    }
    if (!found && !empty) {
      return make_error("SPICE(BADCOMMENTAREA)", "The comment area of the DAF " + quoted(file_name_) +
                                                     " may be damaged: the end of the comments could not be found.");
    }
    ncomc = found ? (ncomr - 1) * 1000 + static_cast<long long>(eocpos) - 1 : 0;
  }
  const long long space = ncomr + notusd > 0 ? notusd * 1000 + ncomr * 1000 - ncomc : 0;
  const long long newrec = nchars > space ? (nchars - space - 1) / 1000 + 1 : 0;
  if (newrec > 0) {
    if (newrec > static_cast<long long>(kMaxBytes / kRecordBytes)) return check_room(kMaxBytes + 1);
    SC_TRY(reserve_records(static_cast<int>(newrec)));
  }

  long long recno = 2;
  std::size_t curpos = 1;
  if (ncomc == 0) {
    crec.assign(kCharRecord, ' ');
  } else {
    // Continue in the record that holds the end mark, overwriting the mark.
    const long long rinuse = ncomc / 1000 + 1;
    recno = rinuse + 1;
    curpos = static_cast<std::size_t>(ncomc - (rinuse - 1) * 1000 + 1);
  }
  auto flush = [&] {
    write_char_record(recno, crec);
    ++recno;
    curpos = 1;
    crec.assign(kCharRecord, ' ');
  };
  for (const auto& line : lines) {
    const std::size_t length = last_nonblank(line);
    for (std::size_t j = 0; j < length; ++j) {
      if (curpos > kCharRecord) flush();
      crec[curpos - 1] = line[j];
      ++curpos;
    }
    if (curpos > kCharRecord) flush();
    crec[curpos - 1] = kEndOfLine;
    ++curpos;
  }
  if (curpos > kCharRecord) flush();
  crec[curpos - 1] = kEndOfComments;
  write_char_record(recno, crec);
  return {};
}

Status DafWriter::reserve_records(int count) {
  // Check the backward list first, so a damaged file fails before anything moves.
  for (long long rec = bward_, steps = 0; rec > 0; ++steps) {
    const long long prev = as_int(word(read_dp_record(rec), 1));
    if (steps > bward_ || (prev != 0 && (prev < fward_ || prev >= rec))) {
      return make_error("SPICE(DAFCORRUPTED)", "The summary records of the DAF " + quoted(file_name_) +
                                                   " do not form a backward list ending at FWARD; comment records "
                                                   "cannot be inserted before them.");
    }
    rec = prev;
  }
  const long long rec_free = record_of(free_);
  const auto end_before = image_.size();
  const auto needed = std::max(end_before + static_cast<std::size_t>(count) * kRecordBytes,
                               static_cast<std::size_t>(rec_free + count) * kRecordBytes);
  SC_TRY(check_room(needed - end_before));

  // DAFARR, step by step. First it extends the file past the record holding FREE, so a failure
  // later would leave the logical contents intact.
  for (long long i = 1; i <= count; ++i) write_dp_record(rec_free + i, DpRecord{});
  // Then it moves blocks (summary record, name record, data records) towards the end of the file,
  // the last block first, adjusting the summary records' NEXT and PREV pointers.
  long long begblk = bward_;
  long long endblk = rec_free;
  while (begblk > 0) {
    for (long long rec = endblk; rec >= begblk + 2; --rec) write_dp_record(rec + count, read_dp_record(rec));
    write_char_record(begblk + 1 + count, read_char_record(begblk + 1));
    DpRecord sumrec = read_dp_record(begblk);
    const long long next = as_int(word(sumrec, 1));
    if (as_int(word(sumrec, 0)) > 0) set_word(sumrec, 0, word(sumrec, 0) + count);
    if (next > 0) set_word(sumrec, 1, word(sumrec, 1) + count);
    write_dp_record(begblk + count, sumrec);
    endblk = begblk - 1;
    begblk = next;
  }
  fward_ += count;
  bward_ += count;
  const int increment = count * static_cast<int>(kWordsPerRecord);
  free_ += increment;
  write_file_record_pointers();
  shift_array_addresses(increment);
  // The new reserved records are written as 1000 NULs (unused comment records).
  for (long long rec = fward_ - count; rec < fward_; ++rec) write_char_record(rec, std::string(kCharRecord, '\0'));
  return {};
}

Status DafWriter::delete_comments() { return remove_reserved_records(fward_ - 2); }

Status DafWriter::remove_reserved_records(int count) {
  const int remove = std::min(count, fward_ - 2);
  if (remove < 1) return {};
  // Check the forward list first, so a damaged file fails before anything moves.
  const long long records = static_cast<long long>(image_.size() / kRecordBytes) + 1;
  for (long long rec = fward_, steps = 0; rec > 0; ++steps) {
    const long long next = as_int(word(read_dp_record(rec), 0));
    if (steps > records || (next != 0 && (next <= rec || next > records))) {
      return make_error("SPICE(DAFCORRUPTED)", "The summary records of the DAF " + quoted(file_name_) +
                                                   " do not form a forward list; its comment records cannot be "
                                                   "removed.");
    }
    rec = next;
  }
  // DAFRRR, block by block from the first: the summary record (its NEXT and PREV pointers moved
  // down too), the name record's 1000 characters, then the data records up to the next block, or up
  // to the record holding FREE after the last.
  long long begblk = fward_;
  while (begblk > 0) {
    DpRecord sumrec = read_dp_record(begblk);
    const long long next = as_int(word(sumrec, 0));
    const long long endblk = next > 0 ? next - 1 : record_of(free_);
    if (next > 0) set_word(sumrec, 0, word(sumrec, 0) - remove);
    if (as_int(word(sumrec, 1)) > 0) set_word(sumrec, 1, word(sumrec, 1) - remove);
    write_dp_record(begblk - remove, sumrec);
    write_char_record(begblk + 1 - remove, read_char_record(begblk + 1));
    for (long long rec = begblk + 2; rec <= endblk; ++rec) write_dp_record(rec - remove, read_dp_record(rec));
    begblk = next;
  }
  fward_ -= remove;
  bward_ -= remove;
  const int decrement = remove * static_cast<int>(kWordsPerRecord);
  free_ -= decrement;
  write_file_record_pointers();
  shift_array_addresses(-decrement);
  return {};
}

void DafWriter::shift_array_addresses(int increment) {
  const std::size_t sumsiz = static_cast<std::size_t>(nd_ + (ni_ + 1) / 2);
  const std::size_t addresses_at = static_cast<std::size_t>(nd_) * kWordBytes + 4 * static_cast<std::size_t>(ni_ - 2);
  for (long long rec = fward_, steps = 0; rec > 0 && steps <= bward_; ++steps) {
    DpRecord sumrec = read_dp_record(rec);
    // The count comes from the file: never trust it beyond what a record can hold.
    const auto nsum = static_cast<std::size_t>(std::clamp(as_int(word(sumrec, 2)), 0LL, static_cast<long long>(125 / sumsiz)));
    for (std::size_t k = 0; k < nsum; ++k) {
      std::uint8_t* s = sumrec.data() + (kSummaryControlWords + k * sumsiz) * kWordBytes + addresses_at;
      put_int(s, get_int(s) + increment);
      put_int(s + 4, get_int(s + 4) + increment);
    }
    write_dp_record(rec, sumrec);
    rec = as_int(word(sumrec, 0));
  }
}

}  // namespace sc::daf
