// The variable-packet generic segment (core/daf/variable_packet_segment, SGBWVS/SGWVPK/SGWES):
// packets with their references and sizes, the packet directory with its extra entry, the
// references and every 100th of them, and the 17 meta data items, over several additions.
#include <doctest/doctest.h>

#include <vector>

#include "daf/variable_packet_segment.hpp"
#include "fixtures.hpp"

using sc::daf::VariablePacketSegment;
using sc_test::error_code;
using sc_test::ok;

TEST_CASE("a variable-packet segment lays out packets, directories and meta data as SGWES does") {
  VariablePacketSegment segment({1.0, 2.0}, {7, 1, 4, 0}, "S", std::vector<double>{9.0}, 3);
  // 150 packets of 1 or 2 words, added in two calls; reference i is 10 * i.
  std::vector<int> sizes;
  std::vector<double> data;
  std::vector<double> refs;
  for (int i = 1; i <= 150; ++i) {
    sizes.push_back(i % 2 + 1);
    for (int k = 0; k < i % 2 + 1; ++k) data.push_back(i + 0.5 * k);
    refs.push_back(10.0 * i);
  }
  const auto first_words = static_cast<std::size_t>(sizes[0] + sizes[1]);
  ok(segment.add_packets(std::span(sizes).first(2), std::span(data).first(first_words), std::span(refs).first(2)));
  CHECK(error_code(segment.add_packets(std::span(sizes).first(1), data, std::span(refs).first(1))) ==
        "SPICE(UNORDEREDREFS)");
  ok(segment.add_packets(std::span(sizes).subspan(2), std::span(data).subspan(first_words), std::span(refs).subspan(2)));
  const auto w = segment.words();
  const long long packet_words = 75 * 2 + 75 * 1;  // odd i: 2 words, even i: 1
  // Constant, then [ref, size, words...] per packet.
  CHECK(w[0] == 9.0);
  CHECK(w[1] == 10.0);
  CHECK(w[2] == 2.0);
  CHECK(w[3] == 1.0);
  const auto pdr = static_cast<std::size_t>(1 + packet_words + 2 * 150);
  CHECK(w[pdr] == 3.0);         // packet 1's words start at the third word of the packet area
  CHECK(w[pdr + 1] == 3.0 + 4); // after 2 words and the next packet's reference and size
  CHECK(w[pdr + 150] == static_cast<double>(packet_words + 2 * 150 + 1 + 2));  // the packet after the last
  const auto ref = pdr + 151;
  CHECK(w[ref] == 10.0);
  CHECK(w[ref + 149] == 1500.0);
  CHECK(w[ref + 150] == 1000.0);  // the directory: reference 100
  REQUIRE(w.size() == ref + 151 + 17);
  const std::vector<double> meta(w.end() - 17, w.end());
  CHECK(meta == std::vector<double>{0, 1, static_cast<double>(ref + 150 - 0), 1, 3, static_cast<double>(ref), 150,
                                    static_cast<double>(pdr), 151, 1, 1, 150, 0, 0, 2, 2, 17});
  CHECK(error_code(segment.add_packets({}, {}, {})) == "SPICE(NUMPACKETSNOTPOS)");
  CHECK(error_code(segment.add_packets(std::vector<int>{0}, data, std::vector<double>{2000})) ==
        "SPICE(NONPOSPACKETSIZE)");
  CHECK(error_code(segment.add_packets(std::vector<int>{1}, data, std::vector<double>{2000, 3000})) ==
        "SPICE(INCOMPATIBLENUMREF)");
}
