#include "daf/variable_packet_segment.hpp"

#include <algorithm>
#include <cstdio>

namespace sc::daf {
namespace {

constexpr int kPacketOffset = 2;  // a packet's reference and size precede its words
constexpr std::size_t kDirectoryStep = 100;
constexpr int kMetaItems = 17;

std::string number(double value) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.13E", value);
  return buf;
}

}  // namespace

VariablePacketSegment::VariablePacketSegment(std::vector<double> dc, std::vector<int> ic, std::string name,
                                             std::span<const double> constants, int index_type)
    : dc_(std::move(dc)), ic_(std::move(ic)), name_(std::move(name)), index_type_(index_type),
      body_(constants.begin(), constants.end()), constants_(static_cast<int>(constants.size())) {}

Status VariablePacketSegment::add_packets(std::span<const int> sizes, std::span<const double> data,
                                          std::span<const double> refs) {
  if (sizes.empty()) {
    return make_error("SPICE(NUMPACKETSNOTPOS)",
                      "The number of packets to store is not positive. The value supplied was 0.");
  }
  if (refs.size() != sizes.size()) {
    return make_error("SPICE(INCOMPATIBLENUMREF)", "The number of reference values supplied, " +
                                                       std::to_string(refs.size()) +
                                                       ", is not compatible with explicitly indexed packets, which "
                                                       "need one per packet (" +
                                                       std::to_string(sizes.size()) + ").");
  }
  if (!refs_.empty() && refs_.back() >= refs.front()) {
    return make_error("SPICE(UNORDEREDREFS)", "Reference values are out of order: the first one, " +
                                                  number(refs.front()) +
                                                  ", is not greater than the last reference value " +
                                                  number(refs_.back()) + " of the previous addition of packets.");
  }
  for (std::size_t i = 1; i < refs.size(); ++i) {
    if (refs[i - 1] >= refs[i]) {
      return make_error("SPICE(UNORDEREDREFS)", "Reference values are out of order: the value " +
                                                    number(refs[i - 1]) + " at index " + std::to_string(i) +
                                                    " is not less than the next one.");
    }
  }
  long long total = 0;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] <= 0) {
      return make_error("SPICE(NONPOSPACKETSIZE)", "The packet size for packet " + std::to_string(i + 1) +
                                                       " was not positive: " + std::to_string(sizes[i]) + ".");
    }
    total += sizes[i];
  }
  if (total > static_cast<long long>(data.size())) {
    return make_error("SPICE(INVALIDSIZE)", "The packets need " + std::to_string(total) + " values; " +
                                                std::to_string(data.size()) + " were given.");
  }
  std::size_t at = 0;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    const auto size = static_cast<std::size_t>(sizes[i]);
    body_.push_back(refs[i]);
    body_.push_back(static_cast<double>(sizes[i]));
    body_.insert(body_.end(), data.begin() + static_cast<std::ptrdiff_t>(at),
                 data.begin() + static_cast<std::ptrdiff_t>(at + size));
    at += size;
    sizes_.push_back(sizes[i]);
    refs_.push_back(refs[i]);
  }
  return {};
}

std::vector<double> VariablePacketSegment::words() const {
  std::vector<double> out = body_;
  const long long npkt = static_cast<long long>(sizes_.size());
  long long packet_words = 0;
  // The packet directory: where each packet's words begin, relative to the packet area.
  double address = kPacketOffset + 1;
  for (const int size : sizes_) {
    out.push_back(address);
    address += size + kPacketOffset;
    packet_words += size;
  }
  out.push_back(address);
  out.insert(out.end(), refs_.begin(), refs_.end());
  for (std::size_t i = kDirectoryStep; i < refs_.size(); i += kDirectoryStep) out.push_back(refs_[i - 1]);
  const long long pktbas = constants_;
  const long long pdrbas = pktbas + packet_words + kPacketOffset * npkt;
  const long long npdr = npkt + 1;
  const long long refbas = pdrbas + npdr;
  const long long nref = static_cast<long long>(refs_.size());
  const long long rdrbas = refbas + nref;
  const long long nrdr = nref > 0 ? (nref - 1) / static_cast<long long>(kDirectoryStep) : 0;
  const int largest = sizes_.empty() ? 0 : *std::max_element(sizes_.begin(), sizes_.end());
  const long long meta[kMetaItems] = {0,      constants_, rdrbas, nrdr, index_type_, refbas, nref, pdrbas, npdr,
                                      1,      pktbas,     npkt,   0,    0,           largest, kPacketOffset, kMetaItems};
  for (const long long m : meta) out.push_back(static_cast<double>(m));
  return out;
}

}  // namespace sc::daf
