#include "das/das_file.hpp"

#include <algorithm>
#include <limits>
#include <set>

#include "errors/quoted.hpp"

namespace sc::das {
namespace {

constexpr std::size_t kRecordBytes = 1024;

std::string trimmed(std::span<const std::uint8_t> bytes) {
  std::string s(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  const auto end = s.find_last_not_of(std::string_view(" \0", 2));
  s.erase(end == std::string::npos ? 0 : end + 1);
  return s;
}

// DASA2L's cyclic order of data types in a directory's cluster descriptors: a positive count
// means the successor of the previous cluster's type, a negative count its predecessor.
constexpr std::array<int, 3> kNext{2, 3, 1};
constexpr std::array<int, 3> kPrev{3, 1, 2};

}  // namespace

Result<DasFile> DasFile::open(io::Bytes bytes, std::string file_name) {
  const auto all = bytes.span();
  if (all.size() < kRecordBytes) {
    return make_error("SPICE(FILEISTOOSHORT)", "The DAS file " + quoted(file_name) + " has " +
                                                   std::to_string(all.size()) +
                                                   " bytes, less than its 1024-byte file record.");
  }
  DasFileRecord rec;
  rec.id_word = trimmed(all.first(8));
  if (rec.id_word.rfind("DAS/", 0) != 0) {
    return make_error("SPICE(NOTADASFILE)", "The file " + quoted(file_name) + " has the ID word " +
                                                quoted(rec.id_word) + ", which is not that of a DAS file.");
  }
  rec.internal_name = trimmed(all.subspan(8, 60));
  const std::string format = trimmed(all.subspan(84, 8));
  if (format == "BIG-IEEE") {
    rec.byte_order = daf::ByteOrder::big;
  } else if (format == "LTL-IEEE" || format.empty()) {
    // Files older than the marker carry none; they were written on IEEE little-endian hosts or
    // converted by TOXFR/TOBIN, the case CSPICE accepts as native.
    rec.byte_order = daf::ByteOrder::little;
  } else {
    return make_error("SPICE(UNSUPPORTEDBFF)", "The DAS file " + quoted(file_name) + " has the binary format " +
                                                   quoted(format) + "; only LTL-IEEE and BIG-IEEE are read.");
  }
  // ZZDASRFR: NRESVR, NRESVC, NCOMR, NCOMC at bytes 69..84.
  rec.nresvr = daf::load_int32(all, 68, rec.byte_order);
  rec.nresvc = daf::load_int32(all, 72, rec.byte_order);
  rec.ncomr = daf::load_int32(all, 76, rec.byte_order);
  rec.ncomc = daf::load_int32(all, 80, rec.byte_order);

  DasFile file;
  file.bytes_ = std::move(bytes);
  file.file_name_ = std::move(file_name);
  file.record_ = rec;

  const auto bad_directory = [&](int record, const std::string& why) {
    return make_error("SPICE(BADDASDIRECTORY)", "Directory record " + std::to_string(record) + " of the DAS file " +
                                                    quoted(file.file_name_) + " is corrupt: " + why + ".");
  };
  const long long nrecords = static_cast<long long>(all.size() / kRecordBytes);
  if (rec.nresvr < 0 || rec.ncomr < 0 || rec.ncomc < 0) {
    return make_error("SPICE(BADDASFILE)", "The DAS file " + quoted(file.file_name_) +
                                               " has negative reserved or comment record counts.");
  }
  // The first directory follows the file record, the reserved records and the comment records.
  long long dir = static_cast<long long>(rec.nresvr) + rec.ncomr + 2;
  std::array<long long, 3> next_address{1, 1, 1};  // long long: hostile cluster sizes cannot overflow
  std::set<long long> seen;
  while (dir > 0) {
    if (dir > nrecords) {
      return bad_directory(static_cast<int>(dir), "it lies beyond the end of the file");
    }
    if (!seen.insert(dir).second) return bad_directory(static_cast<int>(dir), "the directory chain loops");
    const std::size_t base = static_cast<std::size_t>(dir - 1) * kRecordBytes;
    std::array<std::int32_t, 256> d{};
    for (std::size_t i = 0; i < d.size(); ++i) d[i] = daf::load_int32(all, base + 4 * i, rec.byte_order);
    for (std::size_t t = 0; t < 3; ++t) file.last_[t] = std::max(file.last_[t], d[3 + 2 * t]);
    if (d[8] < 1 || d[8] > 3) {
      // An empty directory (a new file) has no first type; nothing follows it.
      if (d[9] == 0) break;
      return bad_directory(static_cast<int>(dir), "its first cluster type is " + std::to_string(d[8]));
    }
    int prvtyp = kPrev[static_cast<std::size_t>(d[8] - 1)];
    long long record = dir + 1;
    for (std::size_t loc = 9; loc < 256 && d[loc] != 0; ++loc) {
      const int curtyp = d[loc] > 0 ? kNext[static_cast<std::size_t>(prvtyp - 1)] : kPrev[static_cast<std::size_t>(prvtyp - 1)];
      prvtyp = curtyp;
      const long long size = d[loc] > 0 ? d[loc] : -static_cast<long long>(d[loc]);
      if (record + size - 1 > nrecords) return bad_directory(static_cast<int>(dir), "a cluster runs past the end of the file");
      const auto t = static_cast<std::size_t>(curtyp - 1);
      if (next_address[t] > std::numeric_limits<int>::max()) return bad_directory(static_cast<int>(dir), "its addresses overflow");
      file.clusters_[t].push_back(Cluster{static_cast<int>(next_address[t]), static_cast<int>(record), static_cast<int>(size)});
      next_address[t] += size * kWordsPerRecord[t];
      record += size;
    }
    dir = d[1];
  }
  for (std::size_t t = 0; t < 3; ++t) {
    if (file.last_[t] >= next_address[t]) {
      return make_error("SPICE(BADDASDIRECTORY)", "The DAS file " + quoted(file.file_name_) +
                                                      " names addresses its clusters do not hold.");
    }
  }
  return file;
}

std::size_t DasFile::offset_of(DataType type, int address) const {
  const auto t = index(type);
  const auto& list = clusters_[t];
  // The last cluster whose first address is <= address.
  auto it = std::upper_bound(list.begin(), list.end(), address,
                             [](int a, const Cluster& c) { return a < c.first_address; });
  const Cluster& c = *(it - 1);
  const int within = address - c.first_address;
  const int per = kWordsPerRecord[t];
  const std::size_t word_bytes = type == DataType::character ? 1 : type == DataType::dp ? 8 : 4;
  return static_cast<std::size_t>(c.first_record - 1 + within / per) * kRecordBytes +
         static_cast<std::size_t>(within % per) * word_bytes;
}

Status DasFile::check_range(DataType type, int first, std::size_t count) const {
  const int last = last_[index(type)];
  if (count == 0) return {};
  const long long end = static_cast<long long>(first) + static_cast<long long>(count) - 1;
  if (first < 1 || end > last) {
    const int bad = first < 1 ? first : static_cast<int>(end);
    return make_error("SPICE(DASNOSUCHADDRESS)", "ADDRSS was " + std::to_string(bad) + "; valid range for type " +
                                                     std::to_string(static_cast<int>(type)) + " is 1 to " +
                                                     std::to_string(last) + ".  File was " + quoted(file_name_));
  }
  return {};
}

double DasFile::double_at(int address) const {
  return daf::load_double(bytes_.span(), offset_of(DataType::dp, address), record_.byte_order);
}

std::int32_t DasFile::int_at(int address) const {
  return daf::load_int32(bytes_.span(), offset_of(DataType::integer, address), record_.byte_order);
}

Status DasFile::read_doubles(int first, std::span<double> out) const {
  SC_TRY(check_range(DataType::dp, first, out.size()));
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = double_at(first + static_cast<int>(i));
  return {};
}

Status DasFile::read_ints(int first, std::span<std::int32_t> out) const {
  SC_TRY(check_range(DataType::integer, first, out.size()));
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = int_at(first + static_cast<int>(i));
  return {};
}

Result<std::string> DasFile::read_chars(int first, int count) const {
  if (count < 0) count = 0;
  SC_TRY(check_range(DataType::character, first, static_cast<std::size_t>(count)));
  std::string s;
  s.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    s.push_back(static_cast<char>(bytes_.span()[offset_of(DataType::character, first + i)]));
  }
  return s;
}

Result<std::vector<std::string>> DasFile::comments() const {
  std::vector<std::string> lines;
  if (record_.ncomr == 0 || record_.ncomc == 0) return lines;
  const std::size_t start = (static_cast<std::size_t>(record_.nresvr) + 1) * kRecordBytes;
  const std::size_t n = static_cast<std::size_t>(record_.ncomc);
  if (start + n > bytes_.size()) {
    return make_error("SPICE(DASFILEREADFAILED)", "The comment area of the DAS file " + quoted(file_name_) +
                                                      " runs past the end of the file.");
  }
  std::string line;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = static_cast<char>(bytes_.span()[start + i]);
    if (c == '\0') {
      lines.push_back(std::move(line));
      line.clear();
    } else {
      line.push_back(c);
    }
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace sc::das
