#include "daf/file_record.hpp"

#include <optional>

#include "daf/daf_layout.hpp"
#include "errors/quoted.hpp"

namespace sc::daf {
namespace {

std::string_view chars(std::span<const std::uint8_t> bytes, std::size_t at, std::size_t n) {
  return {reinterpret_cast<const char*>(bytes.data()) + at, n};
}

std::string trim_right(std::string_view s) {
  auto end = s.find_last_not_of(std::string_view(" \0", 2));
  return end == std::string_view::npos ? std::string() : std::string(s.substr(0, end + 1));
}

bool is_daf_id_word(std::string_view id) {
  return id.substr(0, 4) == "DAF/" || id == "NAIF/DAF";
}

// The summary format limits of daf.req: a summary must fit a summary record next to the three
// control words, and an array summary needs at least the two address integers.
bool plausible_format(int nd, int ni) {
  return nd >= 0 && nd <= 124 && ni >= 2 && ni <= 250 && nd + (ni + 1) / 2 <= 125;
}

bool plausible_in(std::span<const std::uint8_t> bytes, ByteOrder order) {
  return plausible_format(load_int32(bytes, kNdAt, order), load_int32(bytes, kNiAt, order));
}

// Which byte order the file is in: its marker when it has one, otherwise the one order in which
// ND/NI make sense (files written before the marker existed leave those bytes blank or zero).
std::optional<ByteOrder> marked_order(std::string_view marker) {
  if (marker == "LTL-IEEE") return ByteOrder::little;
  if (marker == "BIG-IEEE") return ByteOrder::big;
  return std::nullopt;
}

}  // namespace

Result<FileRecord> read_file_record(std::span<const std::uint8_t> bytes, std::string_view file_name) {
  if (bytes.size() < kRecordBytes) {
    return make_error("SPICE(DAFFRNOTFOUND)", "The DAF file record of " + quoted(file_name) +
                                                  " cannot be read: the file has " + std::to_string(bytes.size()) +
                                                  " bytes, fewer than the 1024 of a file record.");
  }
  FileRecord fr;
  fr.id_word = trim_right(chars(bytes, kIdWordAt, kIdWordChars));
  if (!is_daf_id_word(fr.id_word)) {
    return make_error("SPICE(NOTADAFFILE)", "The file " + quoted(file_name) + " has the ID word '" + fr.id_word +
                                                "', which is not that of a DAF (DAF/xxxx or NAIF/DAF).");
  }

  const std::string marker = trim_right(chars(bytes, kFormatAt, kFormatChars));
  if (auto order = marked_order(marker)) {
    fr.byte_order = *order;
  } else if (marker.substr(0, 4) == "VAX-") {
    return make_error("SPICE(UNSUPPORTEDBFF)", "The DAF " + quoted(file_name) + " is in the binary format '" +
                                                   marker + "'; only LTL-IEEE and BIG-IEEE files can be read.");
  } else {
    const bool little = plausible_in(bytes, ByteOrder::little);
    const bool big = plausible_in(bytes, ByteOrder::big);
    if (little == big) {
      return make_error("SPICE(UNSUPPORTEDBFF)",
                        "The byte order of the DAF " + quoted(file_name) + " cannot be determined: its format marker is '" +
                            marker + "' and its summary format (ND, NI) is " +
                            (little ? "plausible in both byte orders." : "implausible in both byte orders."));
    }
    fr.byte_order = little ? ByteOrder::little : ByteOrder::big;
    fr.byte_order_inferred = true;
  }

  fr.nd = load_int32(bytes, kNdAt, fr.byte_order);
  fr.ni = load_int32(bytes, kNiAt, fr.byte_order);
  fr.internal_name = trim_right(chars(bytes, kInternalNameAt, kInternalNameChars));
  fr.fward = load_int32(bytes, kFwardAt, fr.byte_order);
  fr.bward = load_int32(bytes, kBwardAt, fr.byte_order);
  fr.free = load_int32(bytes, kFreeAt, fr.byte_order);

  if (!plausible_format(fr.nd, fr.ni)) {
    return make_error("SPICE(DAFINVALIDPARAMS)",
                      "The DAF " + quoted(file_name) + " declares summaries of ND = " + std::to_string(fr.nd) +
                          " doubles and NI = " + std::to_string(fr.ni) +
                          " integers; a DAF needs 0 <= ND <= 124, 2 <= NI <= 250 and ND + (NI+1)/2 <= 125.");
  }
  if (fr.fward < 2) {
    return make_error("SPICE(DAFINVALIDPARAMS)", "The DAF " + quoted(file_name) + " gives " +
                                                     std::to_string(fr.fward) +
                                                     " as its first summary record (FWARD); record 1 is the file "
                                                     "record, so it must be 2 or more.");
  }
  return fr;
}

}  // namespace sc::daf
