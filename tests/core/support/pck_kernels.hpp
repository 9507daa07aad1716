// Binary PCKs in tests: the MOON_PA_DE421 fixture and its facts, a small writer of synthetic
// DAF/PCK files (type 2 and type 3 segments), the orientation found through the registry, and the
// derivative-block check every type's state transformation must pass.
#pragma once

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "daf/daf_writer.hpp"
#include "daf_images.hpp"
#include "segment_files.hpp"
#include "kernels/kernel_registry.hpp"
#include "math/rotation.hpp"
#include "pck/pck_api.hpp"

namespace sc_test {

constexpr int kMoonPaDe421 = 31006;
constexpr double kMoonStart = -3155716800.0;  // the fixture's segment coverage
constexpr double kMoonEnd = 1609416000.0;
inline const std::string kMoonPck = "pck/moon_pa_de421_1900-2050.bpc";

// A binary PCK image that must open.
inline SegmentFilePtr open_pck(std::vector<std::uint8_t> bytes, const std::string& name) {
  return ok(open_pck_file(sc::io::Bytes::from_vector(std::move(bytes)), name));
}

// A new, empty PCK (ND = 2, NI = 5) being written.
inline sc::daf::DafWriter new_pck(const std::string& name = "/kernels/t20.bpc") {
  return ok(sc::daf::DafWriter::create(name, "PCK", 2, 5, "type 20 test", 0));
}

// The base-to-body state transformation of class `class_id` at `et`, which must exist.
inline sc::math::Mat6 xform_at(const sc::kernels::KernelRegistry& r, int class_id, double et) {
  auto o = sc::pck::orientation(r, class_id, et);
  REQUIRE_MESSAGE(o.ok(), "class " << class_id << " at " << et << ": " << (o.ok() ? "" : o.error().long_msg));
  REQUIRE_MESSAGE(o->has_value(), "class " << class_id << " at " << et << ": no segment");
  return (**o).xform;
}

// A segment of a synthetic PCK: descriptor, words and name.
struct PckSegmentSpec {
  double start, end;
  int class_id;
  int type;
  std::vector<double> data;
  std::string name;
  int base_frame = 1;
};

// An LTL-IEEE DAF/PCK: record 1 the file record, record 2 the only summary record, record 3 its
// names, data from record 4 on. ND = 2, NI = 5 unless told otherwise.
inline std::vector<std::uint8_t> build_pck(const std::vector<PckSegmentSpec>& segments, int ni = 5) {
  std::size_t words = 0;
  for (const auto& s : segments) words += s.data.size();
  std::vector<std::uint8_t> b((3 * 1024 + words * 8 + 1023) / 1024 * 1024, 0);
  put_text_at(b, 0, "DAF/PCK", 8);
  put_int_at(b, 8, 2);
  put_int_at(b, 12, ni);
  put_text_at(b, 16, "synthetic", 60);
  put_int_at(b, 76, 2);
  put_int_at(b, 80, 2);
  put_text_at(b, 88, "LTL-IEEE", 8);
  const std::size_t summary_words = 2 + (static_cast<std::size_t>(ni) + 1) / 2;
  put_double_at(b, 1024, 0.0);
  put_double_at(b, 1024 + 8, 0.0);
  put_double_at(b, 1024 + 16, static_cast<double>(segments.size()));
  std::int32_t next_address = 3 * 128 + 1;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& s = segments[i];
    const std::size_t at = 1024 + 24 + i * summary_words * 8;
    put_double_at(b, at, s.start);
    put_double_at(b, at + 8, s.end);
    const std::int32_t begin = next_address;
    const std::int32_t end = begin + static_cast<std::int32_t>(s.data.size()) - 1;
    // NI = 5 is the PCK layout; other NI put zeros between the type and the addresses.
    std::vector<std::int32_t> ints{s.class_id, s.base_frame, s.type};
    ints.resize(static_cast<std::size_t>(ni) - 2, 0);
    ints.push_back(begin);
    ints.push_back(end);
    for (std::size_t k = 0; k < ints.size(); ++k) put_int_at(b, at + 16 + 4 * k, ints[k]);
    put_text_at(b, 2048 + i * summary_words * 8, s.name, summary_words * 8);
    for (std::size_t k = 0; k < s.data.size(); ++k) {
      put_double_at(b, static_cast<std::size_t>(begin - 1 + static_cast<std::int32_t>(k)) * 8, s.data[k]);
    }
    next_address = end + 1;
  }
  put_int_at(b, 84, next_address);
  return b;
}

// A type 2 segment of one record: each angle a polynomial c0 + c1 s in s = (t - mid) / radius.
inline PckSegmentSpec type2(double start, double end, int class_id, std::array<double, 3> c0,
                            std::array<double, 3> c1, std::string name) {
  const double mid = (start + end) / 2, radius = (end - start) / 2;
  std::vector<double> data{mid, radius, c0[0], c1[0], c0[1], c1[1], c0[2], c1[2]};
  data.insert(data.end(), {start, end - start, 8.0, 1.0});  // INIT, INTLEN, RSIZE, N
  return {start, end, class_id, 2, data, std::move(name)};
}

// A type 3 generic segment with NCOEFF = 2 and one packet per interval [starts[i], starts[i+1]):
// packets[i] holds the six (c0, c1) pairs for RA, DEC, W (degrees), and the angular velocity
// (degrees/s). `meta_items` 17 (current files) or 15 (old files: no PKTOFF, NMETA not counted).
inline PckSegmentSpec type3(std::vector<double> starts, double end, int class_id,
                            const std::vector<std::array<double, 12>>& packets, int meta_items = 17) {
  std::vector<double> data{2.0};  // the constant NCOEFF
  const double packet_size = 2 + 12;
  for (std::size_t i = 0; i < packets.size(); ++i) {
    const double a = starts[i], z = i + 1 < packets.size() ? starts[i + 1] : end;
    data.push_back((a + z) / 2);
    data.push_back((z - a) / 2);
    data.insert(data.end(), packets[i].begin(), packets[i].end());
  }
  const double n = static_cast<double>(packets.size());
  const double refbas = 1 + n * packet_size;
  data.insert(data.end(), starts.begin(), starts.end());
  // CONBAS NCON RDRBAS NRDR RDRTYP REFBAS NREF PDRBAS NPDR PDRTYP PKTBAS NPKT RSVBAS NRSV PKTSZ
  std::vector<double> meta{0, 1, refbas + n, 0, 3, refbas, n, refbas, 0, 0, 1, n, refbas + n, 0, packet_size};
  if (meta_items == 17) meta.push_back(0);  // PKTOFF
  meta.push_back(meta_items);
  data.insert(data.end(), meta.begin(), meta.end());
  return {starts.front(), end, class_id, 3, data, "type 3"};
}

// The derivative block against a central difference of the rotation block.
inline void check_derivative_block(const std::function<sc::math::Mat6(double)>& at, double et, double h,
                                   double tolerance) {
  const sc::math::Mat6 x = at(et), before = at(et - h), after = at(et + h);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      const double numeric = (after[i][j] - before[i][j]) / (2 * h);
      CHECK_MESSAGE(std::fabs(x[i + 3][j] - numeric) <= tolerance,
                    "d/dt of element " << i << j << " at " << et << ": " << x[i + 3][j] << " vs " << numeric);
      CHECK(x[i][j + 3] == 0.0);
      CHECK(x[i + 3][j + 3] == x[i][j]);
    }
  }
}

}  // namespace sc_test
