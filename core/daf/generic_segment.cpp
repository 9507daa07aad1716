#include "daf/generic_segment.hpp"

#include <array>
#include <cmath>

#include "errors/number_text.hpp"

namespace sc::daf {
namespace {

constexpr long long kMinMeta = 15;  // MNMETA: old files, NMETA not counted
constexpr long long kMaxMeta = 17;  // NMETA (= MXMETA) in this SPICELIB version

// Zero-based positions of the meta data items (sgparam.inc mnemonics minus one).
enum Item { CONBAS, NCON, RDRBAS, NRDR, RDRTYP, REFBAS, NREF, PDRBAS, NPDR, PDRTYP, PKTBAS, NPKT, RSVBAS, NRSV, PKTSZ, PKTOFF };

Error fail(const GenericSegmentRef& seg, std::string code, const std::string& what) {
  return make_error(std::move(code), "Cannot use " + seg.description + ": " + what);
}

// Fortran NINT (f2c's i_dnnt): the nearest integer, halves away from zero. Values that are not
// plausible DAF integers are reported instead of converted.
bool nearest_int(double x, long long& out) {
  if (!(std::fabs(x) < 2147483648.0)) return false;
  out = static_cast<long long>(x >= 0 ? std::floor(x + 0.5) : -std::floor(0.5 - x));
  return true;
}

// Fortran INT of a stored address, or nothing for values no DAF address can have.
std::optional<long long> fortran_int_or_none(double x) {
  if (!(std::fabs(x) < 2147483648.0)) return std::nullopt;
  return static_cast<long long>(std::trunc(x));
}

}  // namespace

Result<GenericSegmentMeta> read_generic_meta(const GenericSegmentRef& seg) {
  std::array<double, 1> last{};
  SC_TRY(seg.daf->read_words(seg.end, last));
  long long stored = 0;
  if (!nearest_int(last[0], stored) || stored < kMinMeta || stored > seg.end - seg.begin + 1) {
    return fail(seg, "SPICE(INVALIDMETADATA)",
                "its last word gives " + number_text(last[0]) + " meta data items; a generic segment has at least 15.");
  }
  // Old files hold 15 items plus the count; newer SPICELIB versions may append items before the
  // count, which are skipped. Items this file lacks (PKTOFF in old files) are zero.
  const long long present = stored == kMinMeta ? kMinMeta + 1 : stored;
  const long long known = present < kMaxMeta ? present : kMaxMeta;
  std::array<double, kMaxMeta> words{};
  SC_TRY(seg.daf->read_words(seg.end - present + 1, std::span<double>(words.data(), static_cast<std::size_t>(known))));
  std::array<long long, kMaxMeta> item{};
  for (long long i = 0; i < known - 1; ++i) {  // the last word read is the count or a newer item
    if (!nearest_int(words[i], item[i])) {
      return fail(seg, "SPICE(INVALIDMETADATA)",
                  "its meta data item " + std::to_string(i + 1) + " is " + number_text(words[i]) + ".");
    }
  }
  if (known < kMaxMeta) item[PKTOFF] = 0;  // the word read there was the count

  GenericSegmentMeta m;
  const long long before = seg.begin - 1;
  m.constants_base = item[CONBAS] + before;
  m.constant_count = item[NCON];
  m.reference_index_type = static_cast<int>(item[RDRTYP]);
  m.references_base = item[REFBAS] + before;
  m.reference_count = item[NREF];
  m.packet_directory_type = static_cast<int>(item[PDRTYP]);
  m.packets_base = item[PKTBAS] + before;
  m.packet_count = item[NPKT];
  m.packet_size = item[PKTSZ];
  m.packet_offset = item[PKTOFF];
  m.packet_directory_base = item[PDRBAS] + before;
  m.packet_directory_count = item[NPDR];

  // Every partition read later must lie inside the segment.
  auto inside = [&](long long base, long long words) {
    return base >= before && words >= 0 && base + words <= seg.end;
  };
  // Fixed-size packets must fit as a block; variable-size ones are checked packet by packet when
  // read, against a directory of NPKT + 1 entries inside the segment.
  const bool packets_ok =
      m.packet_directory_type == 0
          ? m.packet_size >= 1 && m.packet_count <= (seg.end - seg.begin + 1) / (m.packet_size + m.packet_offset) &&
                inside(m.packets_base, m.packet_count * (m.packet_size + m.packet_offset))
          : m.packet_directory_count >= m.packet_count + 1 &&
                inside(m.packet_directory_base, m.packet_directory_count) && inside(m.packets_base, 0);
  const bool ok = inside(m.constants_base, m.constant_count) && inside(m.references_base, m.reference_count) &&
                  m.packet_offset >= 0 && m.packet_count >= 0 && packets_ok;
  if (!ok) {
    return fail(seg, "SPICE(INVALIDMETADATA)",
                "its meta data describe constants, reference values or packets outside its " +
                    std::to_string(seg.end - seg.begin + 1) + " words.");
  }
  return m;
}

Status read_constants(const GenericSegmentRef& seg, const GenericSegmentMeta& meta, long long first,
                      std::span<double> out) {
  const auto count = static_cast<long long>(out.size());
  if (first < 1 || first + count - 1 > meta.constant_count) {
    return fail(seg, "SPICE(REQUESTOUTOFBOUNDS)",
                "constants " + std::to_string(first) + " to " + std::to_string(first + count - 1) +
                    " were requested; the segment has " + std::to_string(meta.constant_count) + ".");
  }
  return seg.daf->read_words(meta.constants_base + first, out);
}

Result<long long> find_packet_at_or_before(const GenericSegmentRef& seg, const GenericSegmentMeta& meta, double key) {
  if (meta.reference_index_type != static_cast<int>(ReferenceIndex::explicit_le)) {
    return fail(seg, "SPICE(NOTSUPPORTED)",
                "its reference index type is " + std::to_string(meta.reference_index_type) +
                    "; only type 3 (explicit, last reference value <= the epoch) is read here.");
  }
  // Invariant: references 1 .. lo are <= key, references hi + 1 .. n are > key.
  long long lo = 0, hi = meta.reference_count;
  std::array<double, 1> ref{};
  while (lo < hi) {
    const long long mid = lo + (hi - lo + 1) / 2;
    SC_TRY(seg.daf->read_words(meta.references_base + mid, ref));
    if (ref[0] <= key) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  if (lo == 0) {
    return fail(seg, "SPICE(REQUESTOUTOFBOUNDS)",
                "the epoch " + number_text(key) + " precedes its first reference epoch, so no packet applies.");
  }
  return lo;
}

Result<std::optional<SelectedReference>> select_reference(const GenericSegmentRef& seg, const GenericSegmentMeta& meta,
                                                          double key) {
  const int type = meta.reference_index_type;
  if (type < static_cast<int>(ReferenceIndex::explicit_lt) || type > static_cast<int>(ReferenceIndex::explicit_closest)) {
    return fail(seg, "SPICE(NOTSUPPORTED)",
                "its reference index type is " + std::to_string(type) + "; only the explicit types 2, 3 and 4 are read here.");
  }
  const long long n = meta.reference_count;
  std::array<double, 1> word{};
  auto reference = [&](long long i) -> Result<double> {
    SC_TRY(seg.daf->read_words(meta.references_base + i, word));
    return word[0];
  };
  // How many references are <= key (or < key for EXPLT): the index of the last such reference.
  const bool strict = type == static_cast<int>(ReferenceIndex::explicit_lt);
  long long lo = 0, hi = n;
  while (lo < hi) {
    const long long mid = lo + (hi - lo + 1) / 2;
    SC_TRY_ASSIGN(const double r, reference(mid));
    if (strict ? r < key : r <= key) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  if (type != static_cast<int>(ReferenceIndex::explicit_closest)) {
    if (lo == 0) return std::optional<SelectedReference>{};
    SC_TRY_ASSIGN(const double r, reference(lo));
    return std::optional<SelectedReference>{SelectedReference{lo, r}};
  }
  if (n == 0) return std::optional<SelectedReference>{};
  const long long i = lo == 0 ? 1 : lo;
  SC_TRY_ASSIGN(const double r, reference(i));
  if (lo == 0 || lo == n) return std::optional<SelectedReference>{SelectedReference{i, r}};
  SC_TRY_ASSIGN(const double next, reference(i + 1));
  if (next - key <= key - r) return std::optional<SelectedReference>{SelectedReference{i + 1, next}};
  return std::optional<SelectedReference>{SelectedReference{i, r}};
}

Result<std::vector<double>> read_packet(const GenericSegmentRef& seg, const GenericSegmentMeta& meta, long long index) {
  if (meta.packet_directory_type != 0 && meta.packet_directory_type != 1) {
    return fail(seg, "SPICE(UNKNOWNPACKETDIR)",
                "its packet directory type is " + std::to_string(meta.packet_directory_type) +
                    "; only fixed-size (0) and variable-size (1) packets exist.");
  }
  if (index < 1 || index > meta.packet_count) {
    return fail(seg, "SPICE(REQUESTOUTOFBOUNDS)",
                "packet " + std::to_string(index) + " was requested; the segment has " +
                    std::to_string(meta.packet_count) + ".");
  }
  if (meta.packet_directory_type == 1) {
    // SGFPKT: the directory holds where each packet begins, relative to the packet base (its
    // entries already step over the PKTOFF words); entries are truncated as INT does.
    std::array<double, 2> bounds{};
    SC_TRY(seg.daf->read_words(meta.packet_directory_base + index, bounds));
    const auto begin1 = fortran_int_or_none(bounds[0]);
    const auto begin2 = fortran_int_or_none(bounds[1]);
    const long long size = begin1 && begin2 ? *begin2 - *begin1 - meta.packet_offset : -1;
    const long long first = begin1 ? meta.packets_base + *begin1 : 0;
    if (size < 0 || first < seg.begin || first + size - 1 > seg.end) {
      return fail(seg, "SPICE(INVALIDMETADATA)",
                  "its packet directory puts packet " + std::to_string(index) + " at relative words " +
                      number_text(bounds[0]) + " .. " + number_text(bounds[1]) + ", outside the segment.");
    }
    std::vector<double> packet(static_cast<std::size_t>(size));
    SC_TRY(seg.daf->read_words(first, packet));
    return packet;
  }
  std::vector<double> packet(static_cast<std::size_t>(meta.packet_size));
  const long long stride = meta.packet_size + meta.packet_offset;
  SC_TRY(seg.daf->read_words(meta.packets_base + (index - 1) * stride + 1 + meta.packet_offset, packet));
  return packet;
}

}  // namespace sc::daf
