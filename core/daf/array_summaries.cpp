#include "daf/array_summaries.hpp"

#include <optional>

#include "daf/daf_layout.hpp"
#include "errors/number_text.hpp"
#include "errors/quoted.hpp"

namespace sc::daf {
namespace {

// A count or record number stored as a double (the control words of a summary record), accepted
// only when it is an integer in [0, max]; anything else (NaN, 1e300, 2.5) means a corrupt file.
std::optional<std::size_t> as_index(double d, std::size_t max) {
  if (!(d >= 0.0 && d <= static_cast<double>(max))) return std::nullopt;
  const auto n = static_cast<std::size_t>(d);
  if (static_cast<double>(n) != d) return std::nullopt;
  return n;
}

std::string trim_right(std::string_view s) {
  auto end = s.find_last_not_of(std::string_view(" \0", 2));
  return end == std::string_view::npos ? std::string() : std::string(s.substr(0, end + 1));
}

class SummaryWalker {
 public:
  SummaryWalker(std::span<const std::uint8_t> bytes, const FileRecord& fr, std::string_view file_name,
                AddressCheck addresses)
      : bytes_(bytes),
        fr_(fr),
        file_(file_name),
        addresses_(addresses),
        record_count_((bytes.size() + kRecordBytes - 1) / kRecordBytes),
        visited_(record_count_ + 1, false) {}

  Result<std::vector<ArraySummary>> walk() {
    std::vector<ArraySummary> out;
    auto first = static_cast<double>(fr_.fward);
    std::size_t record = 0;
    if (auto r = checked_record(first, 0)) {
      record = *r;
    } else {
      return std::move(r).error();
    }
    while (record != 0) {
      SC_TRY_ASSIGN(auto&& next, read_record(record, out));
      record = next;
    }
    return out;
  }

 private:
  Error corrupted(std::string what) const {
    return make_error("SPICE(DAFCORRUPTED)", "The summary records of the DAF " + quoted(file_) + " are corrupt: " +
                                                 std::move(what));
  }

  // A summary record number taken from the file (FWARD or a NEXT pointer), checked to be a record
  // of this file that the walk has not been to yet. 0 ends the list (only as a NEXT pointer).
  Result<std::size_t> checked_record(double value, std::size_t from) {
    const std::string origin = from == 0 ? "the file record (FWARD)" : "summary record " + std::to_string(from);
    auto record = as_index(value, record_count_);
    if (!record) {
      return corrupted(origin + " points to record " + number_text(value) + ", but the file has only " +
                       std::to_string(record_count_) + " records.");
    }
    if (*record == 0 && from != 0) return std::size_t{0};
    if (*record < 2) {
      return corrupted(origin + " points to record " + std::to_string(*record) +
                       ", which cannot be a summary record.");
    }
    if (visited_[*record]) {
      return corrupted(origin + " points back to summary record " + std::to_string(*record) +
                       ": the summary list loops.");
    }
    visited_[*record] = true;
    return *record;
  }

  bool available(std::size_t offset, std::size_t length) const {
    return offset <= bytes_.size() && length <= bytes_.size() - offset;
  }

  // Reads one summary record and its name record into `out`; returns the NEXT record (0 = end).
  Result<std::size_t> read_record(std::size_t record, std::vector<ArraySummary>& out) {
    const std::size_t base = record_offset(record);
    const std::string where = "summary record " + std::to_string(record);
    if (!available(base, kSummaryControlWords * kWordBytes)) {
      return corrupted(where + " lies beyond the end of the file (" + std::to_string(bytes_.size()) + " bytes).");
    }
    const double next_word = load_double(bytes_, base, fr_.byte_order);
    const double count_word = load_double(bytes_, base + 2 * kWordBytes, fr_.byte_order);
    const auto per_record = static_cast<std::size_t>(fr_.summaries_per_record());
    auto count = as_index(count_word, per_record);
    if (!count) {
      return corrupted(where + " claims " + number_text(count_word) + " summaries; a record holds 0 to " +
                       std::to_string(per_record) + ".");
    }

    const auto ss = static_cast<std::size_t>(fr_.summary_words());
    const auto nc = static_cast<std::size_t>(fr_.name_chars());
    if (!available(base, (kSummaryControlWords + *count * ss) * kWordBytes)) {
      return corrupted(where + " is cut off by the end of the file.");
    }
    const std::size_t names = record_offset(record + 1);
    if (*count > 0 && !available(names, *count * nc)) {
      return corrupted("the name record after " + where + " is cut off by the end of the file.");
    }

    for (std::size_t i = 0; i < *count; ++i) {
      auto summary = unpack(base + (kSummaryControlWords + i * ss) * kWordBytes, names + i * nc, nc);
      summary.summary_record = static_cast<int>(record);
      summary.summary_offset = base + (kSummaryControlWords + i * ss) * kWordBytes;
      if (addresses_ == AddressCheck::within_file) {
        if (auto ok = check_addresses(summary, out.size() + 1); !ok) return std::move(ok).error();
      }
      out.push_back(std::move(summary));
    }
    return checked_record(next_word, record);
  }

  ArraySummary unpack(std::size_t at, std::size_t name_at, std::size_t nc) const {
    ArraySummary s;
    const auto nd = static_cast<std::size_t>(fr_.nd);
    const auto ni = static_cast<std::size_t>(fr_.ni);
    s.doubles.reserve(nd);
    for (std::size_t k = 0; k < nd; ++k) s.doubles.push_back(load_double(bytes_, at + k * kWordBytes, fr_.byte_order));
    // The integers are packed two to a double word, each in the file's byte order.
    const std::size_t ints_at = at + nd * kWordBytes;
    s.ints.reserve(ni);
    for (std::size_t k = 0; k < ni; ++k) s.ints.push_back(load_int32(bytes_, ints_at + k * 4, fr_.byte_order));
    s.name = trim_right(std::string_view(reinterpret_cast<const char*>(bytes_.data()) + name_at, nc));
    return s;
  }

  Status check_addresses(const ArraySummary& s, std::size_t index) const {
    const long long begin = s.begin_address();
    const long long end = s.end_address();
    const long long words = static_cast<long long>(bytes_.size() / kWordBytes);
    const std::string array = "Array " + std::to_string(index) + " ('" + s.name + "') of the DAF " + quoted(file_) +
                              " spans addresses " + std::to_string(begin) + " to " + std::to_string(end);
    if (begin < 1) return make_error("SPICE(DAFNEGADDR)", array + "; addresses start at 1.");
    if (begin > end) return make_error("SPICE(DAFBEGGTEND)", array + ": its first address exceeds its last.");
    if (end > words) {
      return make_error("SPICE(DAFBEGGTEND)", array + ", beyond the end of the file, which holds " +
                                                  std::to_string(words) + " double words (" +
                                                  std::to_string(bytes_.size()) + " bytes): the file is truncated.");
    }
    return {};
  }

  std::span<const std::uint8_t> bytes_;
  const FileRecord& fr_;
  std::string_view file_;
  AddressCheck addresses_;
  std::size_t record_count_;    // records present, the last one possibly partial
  std::vector<bool> visited_;   // by record number
};

}  // namespace

Result<std::vector<ArraySummary>> read_array_summaries(std::span<const std::uint8_t> bytes, const FileRecord& fr,
                                                        std::string_view file_name, AddressCheck addresses) {
  return SummaryWalker(bytes, fr, file_name, addresses).walk();
}

}  // namespace sc::daf
