#include "daf/daf_file.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "daf/comment_area.hpp"
#include "daf/daf_layout.hpp"
#include "errors/quoted.hpp"

namespace sc::daf {

Result<DafFile> DafFile::open(io::Bytes bytes, std::string file_name, AddressCheck addresses) {
  SC_TRY_ASSIGN(auto&& record, read_file_record(bytes.span(), file_name));
  SC_TRY_ASSIGN(auto&& arrays, read_array_summaries(bytes.span(), record, file_name, addresses));
  return DafFile(std::move(bytes), std::move(file_name), std::move(record), std::move(arrays));
}

Status DafFile::read_words(long long first, std::span<double> out) const {
  const auto words = static_cast<long long>(word_count());
  const auto count = static_cast<long long>(out.size());
  if (first < 1) {
    return make_error("SPICE(DAFNEGADDR)", "Cannot read address " + std::to_string(first) + " of the DAF " +
                                               quoted(file_name_) + ": addresses start at 1.");
  }
  if (first > words || count > words - first + 1) {
    return make_error("SPICE(DAFBEGGTEND)", "Cannot read " + std::to_string(count) + " words from address " +
                                                std::to_string(first) + " of the DAF " + quoted(file_name_) +
                                                ": the file ends at address " + std::to_string(words) + ".");
  }
  const auto data = bytes_.span();
  std::size_t at = word_offset(static_cast<std::size_t>(first));
  if (record_.byte_order == native_byte_order()) {
    // The file's order is the machine's: the bytes are the doubles (memcpy: no alignment needed).
    std::memcpy(out.data(), data.data() + at, out.size() * kWordBytes);
    return {};
  }
  for (double& d : out) {
    d = load_double(data, at, record_.byte_order);
    at += kWordBytes;
  }
  return {};
}

void DafFile::read_words_zero_filled(long long first, std::span<double> out) const {
  const auto words = static_cast<long long>(word_count());
  const long long present = std::clamp(words - first + 1, 0LL, static_cast<long long>(out.size()));
  if (present > 0) (void)read_words(first, out.first(static_cast<std::size_t>(present)));
  std::fill(out.begin() + present, out.end(), 0.0);
}

std::vector<double> DafFile::packed_summary(const ArraySummary& summary) const {
  const auto nd = static_cast<std::size_t>(record_.nd);
  const auto ni = static_cast<std::size_t>(record_.ni);
  std::vector<double> packed(nd + (ni + 1) / 2, 0.0);
  const auto data = bytes_.span();
  const std::size_t at = summary.summary_offset;
  if (record_.byte_order == native_byte_order()) {
    // The stored words are the packed summary, including whatever fills the last half word.
    std::memcpy(packed.data(), data.data() + at, packed.size() * kWordBytes);
    return packed;
  }
  for (std::size_t k = 0; k < nd; ++k) packed[k] = load_double(data, at + k * kWordBytes, record_.byte_order);
  std::vector<std::int32_t> ints(2 * (packed.size() - nd), 0);
  for (std::size_t k = 0; k < ni; ++k) ints[k] = load_int32(data, at + nd * kWordBytes + k * 4, record_.byte_order);
  std::memcpy(packed.data() + nd, ints.data(), ints.size() * sizeof(std::int32_t));
  return packed;
}

Result<std::vector<std::string>> DafFile::comments() const {
  return read_comment_area(bytes_.span(), record_, file_name_);
}

}  // namespace sc::daf
