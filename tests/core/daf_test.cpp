// DAF reader tests: the file record and summaries of the real fixture kernels in both byte orders,
// the comment area, unpadded files, and hostile inputs (truncation, cyclic or broken summary
// lists, counts and addresses out of range) which must fail with a clear error, never a crash.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

#include "daf/comment_area.hpp"
#include "daf/daf_file.hpp"
#include "kernels/kernel_registry.hpp"

namespace {

using sc::daf::ByteOrder;
using sc::daf::DafFile;

std::filesystem::path kernel_path(const std::string& relative) {
  return std::filesystem::path(SC_FIXTURES_DIR) / "kernels" / relative;
}

std::vector<std::uint8_t> fixture_bytes(const std::string& relative) {
  std::ifstream in(kernel_path(relative), std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << relative);
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

sc::Result<DafFile> open_bytes(std::vector<std::uint8_t> bytes, const std::string& name = "test.bsp") {
  return DafFile::open(sc::io::Bytes::from_vector(std::move(bytes)), name);
}

DafFile open_fixture(const std::string& relative) {
  auto daf = open_bytes(fixture_bytes(relative), relative);
  REQUIRE_MESSAGE(daf.ok(), relative << ": " << (daf.ok() ? "" : daf.error().long_msg));
  return std::move(daf).value();
}

// Writers for building hostile variants of real files.
void put_u64(std::vector<std::uint8_t>& b, std::size_t at, std::uint64_t v, ByteOrder order) {
  for (std::size_t i = 0; i < 8; ++i) {
    const std::size_t k = order == ByteOrder::little ? i : 7 - i;
    b.at(at + k) = static_cast<std::uint8_t>(v >> (8 * i));
  }
}
void put_double(std::vector<std::uint8_t>& b, std::size_t at, double d, ByteOrder order) {
  std::uint64_t v;
  std::memcpy(&v, &d, 8);
  put_u64(b, at, v, order);
}
void put_int(std::vector<std::uint8_t>& b, std::size_t at, std::int32_t value, ByteOrder order) {
  const auto v = static_cast<std::uint32_t>(value);
  for (std::size_t i = 0; i < 4; ++i) {
    const std::size_t k = order == ByteOrder::little ? i : 3 - i;
    b.at(at + k) = static_cast<std::uint8_t>(v >> (8 * i));
  }
}
std::size_t record_at(std::size_t record) { return (record - 1) * 1024; }
// Byte offset of integer `k` (0-based) of summary `i` (0-based) in an SPK summary record.
std::size_t summary_int_at(std::size_t record, std::size_t i, std::size_t k) {
  return record_at(record) + 24 + i * 40 + 16 + 4 * k;
}

void check_error(const sc::Result<DafFile>& r, const std::string& code, const std::string& name = "test.bsp") {
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().short_code == code);
  CHECK_MESSAGE(r.error().long_msg.find("'" + name + "'") != std::string::npos, r.error().long_msg);
}

std::vector<double> all_words(const DafFile& daf, const sc::daf::ArraySummary& a) {
  std::vector<double> words(static_cast<std::size_t>(a.end_address() - a.begin_address() + 1));
  auto status = daf.read_words(a.begin_address(), words);
  REQUIRE_MESSAGE(status.ok(), (status.ok() ? "" : status.error().long_msg));
  return words;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("DAF file record and summaries of the DE430 excerpt") {
  const DafFile daf = open_fixture("spk/de430-2015-03-02.bsp");
  const auto& fr = daf.file_record();
  CHECK(fr.id_word == "DAF/SPK");
  CHECK(fr.nd == 2);
  CHECK(fr.ni == 6);
  CHECK(fr.internal_name == "NIO2SPK");
  CHECK(fr.fward == 4);
  CHECK(fr.bward == 4);
  CHECK(fr.free == 1173);
  CHECK(fr.byte_order == ByteOrder::little);
  CHECK_FALSE(fr.byte_order_inferred);
  CHECK(fr.summary_words() == 5);
  CHECK(fr.name_chars() == 40);
  CHECK(fr.summaries_per_record() == 25);

  const auto arrays = daf.arrays();
  REQUIRE(arrays.size() == 14);
  // First: Mercury barycenter relative to the SSB; last: Venus relative to its barycenter.
  CHECK(arrays[0].doubles == std::vector<double>{478267200.0, 478958400.0});
  CHECK(arrays[0].ints == std::vector<int>{1, 0, 1, 2, 641, 688});
  CHECK(arrays[0].name == "XE-0430LE-0430");
  CHECK(arrays[0].summary_record == 4);
  CHECK(arrays[11].ints == std::vector<int>{399, 3, 1, 2, 1063, 1148});
  CHECK(arrays[13].doubles == std::vector<double>{-14200747200.0, 20514081600.0});
  CHECK(arrays[13].ints == std::vector<int>{299, 2, 1, 2, 1161, 1172});
  CHECK(arrays[13].begin_address() == 1161);
  CHECK(arrays[13].end_address() == 1172);

  // The last words of a type 2 segment are its directory INIT, INTLEN, RSIZE, N.
  std::vector<double> dir(4);
  REQUIRE(daf.read_words(1172 - 3, dir).ok());
  CHECK(dir[2] == 8.0);
  CHECK(dir[3] == 1.0);
}

TEST_CASE("DAF summaries spread over two summary records (DE441 merged excerpt)") {
  const DafFile daf = open_fixture("spk/de441-1969.bsp");
  CHECK(daf.file_record().internal_name == "SPKMERGE");
  CHECK(daf.file_record().fward == 62);
  CHECK(daf.file_record().bward == 71);
  const auto arrays = daf.arrays();
  REQUIRE(arrays.size() == 28);
  CHECK(arrays[0].ints == std::vector<int>{299, 2, 1, 2, 8065, 8076});
  CHECK(arrays[24].summary_record == 62);
  CHECK(arrays[25].summary_record == 71);
  CHECK(arrays[25].ints == std::vector<int>{3, 0, 1, 2, 9217, 9261});
  CHECK(arrays[27].doubles == std::vector<double>{-960120000.0, -959428800.0});
  for (const auto& a : arrays) CHECK(a.name == "XE-0441LE-0441");
}

TEST_CASE("DAF in big-endian order reads the same as its little-endian twin") {
  const DafFile little = open_fixture("spk/de430-2015-03-02.bsp");
  const DafFile big = open_fixture("spk/de430-2015-03-02-big-endian.bsp");
  CHECK(big.file_record().byte_order == ByteOrder::big);
  CHECK_FALSE(big.file_record().byte_order_inferred);
  CHECK(big.file_record().nd == 2);
  CHECK(big.file_record().ni == 6);
  CHECK(big.file_record().fward == little.file_record().fward);
  CHECK(big.file_record().free == little.file_record().free);
  REQUIRE(big.arrays().size() == little.arrays().size());
  for (std::size_t i = 0; i < big.arrays().size(); ++i) {
    const auto& a = little.arrays()[i];
    const auto& b = big.arrays()[i];
    CHECK(a.doubles == b.doubles);
    CHECK(a.ints == b.ints);
    CHECK(a.name == b.name);
    const auto wa = all_words(little, a);
    const auto wb = all_words(big, b);
    REQUIRE(wa.size() == wb.size());
    bool identical = true;
    for (std::size_t k = 0; k < wa.size(); ++k) identical = identical && same_bits(wa[k], wb[k]);
    CHECK_MESSAGE(identical, "array " << i);
  }
}

TEST_CASE("DAF byte order without a marker is inferred from ND/NI") {
  for (const char* file : {"spk/de430-2015-03-02.bsp", "spk/de430-2015-03-02-big-endian.bsp"}) {
    auto bytes = fixture_bytes(file);
    const auto reference = open_fixture(file);
    std::fill(bytes.begin() + 88, bytes.begin() + 96, std::uint8_t{' '});  // pre-marker files
    auto daf = open_bytes(bytes);
    REQUIRE_MESSAGE(daf.ok(), file << ": " << (daf.ok() ? "" : daf.error().long_msg));
    CHECK(daf->file_record().byte_order_inferred);
    CHECK(daf->file_record().byte_order == reference.file_record().byte_order);
    CHECK(daf->arrays().size() == 14);
    CHECK(daf->arrays()[11].ints == reference.arrays()[11].ints);
  }
  // The old "NAIF/DAF" ID word is a DAF too.
  auto bytes = fixture_bytes("spk/de430-2015-03-02.bsp");
  std::memcpy(bytes.data(), "NAIF/DAF", 8);
  std::fill(bytes.begin() + 88, bytes.begin() + 96, std::uint8_t{0});
  auto daf = open_bytes(bytes);
  REQUIRE(daf.ok());
  CHECK(daf->file_record().id_word == "NAIF/DAF");
  CHECK(daf->arrays().size() == 14);
}

TEST_CASE("DAF comment area reads like DAFEC") {
  const auto de430 = open_fixture("spk/de430-2015-03-02.bsp").comments();
  REQUIRE(de430.ok());
  REQUIRE(de430->size() == 39);
  CHECK((*de430)[0].empty());
  CHECK((*de430)[2] == "September 03, 2013");
  CHECK((*de430)[3] == "C. Acton");

  const auto de441 = open_fixture("spk/de441-1969.bsp").comments();
  REQUIRE(de441.ok());
  REQUIRE(de441->size() == 1123);
  CHECK((*de441)[1] == "JPL planetary and lunar ephemeris DE441");
  CHECK((*de441)[1122] == "MA8236        5.5227699716988214D-13");

  const auto jup = open_fixture("spk/jup310.bsp").comments();
  REQUIRE(jup.ok());
  REQUIRE(jup->size() == 83);
  CHECK((*jup)[1] == "; This is an ephemeris excerpt created by jplephem 2.24, which was");

  // FWARD = 2: no comment records at all.
  const auto none = open_fixture("spk/example1spk_seg12.bsp").comments();
  REQUIRE(none.ok());
  CHECK(none->empty());
}

TEST_CASE("DAF comment area: reserved records without EOT, records beyond the end") {
  auto bytes = fixture_bytes("spk/de430-2015-03-02.bsp");
  // Blank the two comment records (2 and 3): reserved but unused, so no comments.
  std::fill(bytes.begin() + 1024, bytes.begin() + 3 * 1024, std::uint8_t{0});
  auto daf = open_bytes(bytes);
  REQUIRE(daf.ok());
  auto comments = daf->comments();
  REQUIRE(comments.ok());
  CHECK(comments->empty());

  // A file record whose FWARD lies past the end cannot open; the comment reader on its own still
  // refuses to read records that are not there.
  sc::daf::FileRecord fr = daf->file_record();
  fr.fward = 100;
  std::vector<std::uint8_t> short_file(bytes.begin(), bytes.begin() + 2 * 1024 + 10);
  short_file[1024 + 5] = 'x';  // no EOT in record 2, so record 3 must be read
  auto r = sc::daf::read_comment_area(short_file, fr, "short.bsp");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().short_code == "SPICE(DAFCRNOTFOUND)");
  CHECK(r.error().long_msg.find("'short.bsp'") != std::string::npos);
}

TEST_CASE("DAF unpadded files (last record partial) read like their padded twins") {
  const char* twins[][2] = {
      {"quirks/de430-2015-03-02-unpadded.bsp", "spk/de430-2015-03-02.bsp"},
      {"quirks/de441-1969-unpadded.bsp", "spk/de441-1969.bsp"},
      {"quirks/jup310-unpadded.bsp", "spk/jup310.bsp"},
      {"quirks/jup310-2015-03-02-unpadded.bsp", "spk/jup310-2015-03-02.bsp"},
      {"quirks/jup310-2053-10-08-unpadded.bsp", "spk/jup310-2053-10-08.bsp"},
  };
  for (const auto& twin : twins) {
    const DafFile unpadded = open_fixture(twin[0]);
    const DafFile padded = open_fixture(twin[1]);
    CHECK(unpadded.word_count() < padded.word_count());
    REQUIRE(unpadded.arrays().size() == padded.arrays().size());
    for (std::size_t i = 0; i < padded.arrays().size(); ++i) {
      CHECK(unpadded.arrays()[i].ints == padded.arrays()[i].ints);
      CHECK(all_words(unpadded, unpadded.arrays()[i]) == all_words(padded, padded.arrays()[i]));
    }
    // The last array ends exactly at the last complete word of the unpadded file.
    CHECK(static_cast<std::size_t>(unpadded.arrays().back().end_address()) <= unpadded.word_count());
    std::vector<double> past(1);
    auto status = unpadded.read_words(static_cast<long long>(unpadded.word_count()) + 1, past);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().short_code == "SPICE(DAFBEGGTEND)");
  }
}

TEST_CASE("DAF bad/de440s-truncated.bsp: everything its summaries describe is inside the file") {
  // The fixture's README calls this file truncated with summaries pointing far past the end, but
  // its bytes say otherwise: an spkmerge-style subset whose 14 arrays end at word 49502, exactly
  // where the 396016-byte file ends (FREE = 49503). Like the unpadded quirks, it reads.
  const DafFile daf = open_fixture("bad/de440s-truncated.bsp");
  CHECK(daf.word_count() == 49502);
  REQUIRE(daf.arrays().size() == 14);
  CHECK(daf.arrays().back().end_address() == 49502);
  CHECK(daf.file_record().free == 49503);
}

TEST_CASE("DAF truncated files fail at open, naming the file") {
  const auto full = fixture_bytes("bad/de440s-truncated.bsp");
  for (std::size_t cut : {std::size_t{396015}, std::size_t{300000}, std::size_t{70000}}) {
    std::vector<std::uint8_t> bytes(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(cut));
    auto r = open_bytes(bytes, "de440s-cut.bsp");
    check_error(r, "SPICE(DAFBEGGTEND)", "de440s-cut.bsp");
    CHECK(r.error().long_msg.find("truncated") != std::string::npos);
  }
  // Cut inside the summary record, the name record, or the file record.
  for (std::size_t cut : {std::size_t{61 * 1024 + 100}, std::size_t{62 * 1024 + 100}}) {
    std::vector<std::uint8_t> bytes(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(cut));
    check_error(open_bytes(bytes, "de440s-cut.bsp"), "SPICE(DAFCORRUPTED)", "de440s-cut.bsp");
  }
  std::vector<std::uint8_t> tiny(full.begin(), full.begin() + 1000);
  check_error(open_bytes(tiny, "tiny.bsp"), "SPICE(DAFFRNOTFOUND)", "tiny.bsp");
  check_error(open_bytes({}, "empty.bsp"), "SPICE(DAFFRNOTFOUND)", "empty.bsp");
}

TEST_CASE("DAF file record errors") {
  const auto good = fixture_bytes("spk/de430-2015-03-02.bsp");
  SUBCASE("not a DAF") {
    auto b = good;
    std::memcpy(b.data(), "KPL/SPK ", 8);
    check_error(open_bytes(b), "SPICE(NOTADAFFILE)");
  }
  SUBCASE("VAX binary format") {
    auto b = good;
    std::memcpy(b.data() + 88, "VAX-GFLT", 8);
    check_error(open_bytes(b), "SPICE(UNSUPPORTEDBFF)");
  }
  SUBCASE("no marker and implausible ND/NI in both orders") {
    auto b = good;
    std::fill(b.begin() + 88, b.begin() + 96, std::uint8_t{' '});
    put_int(b, 8, 0x01000001, ByteOrder::little);
    check_error(open_bytes(b), "SPICE(UNSUPPORTEDBFF)");
  }
  SUBCASE("ND/NI out of range") {
    for (auto [nd, ni] : {std::pair{125, 2}, std::pair{-1, 6}, std::pair{2, 1}, std::pair{2, 251}, std::pair{100, 60}}) {
      auto b = good;
      put_int(b, 8, nd, ByteOrder::little);
      put_int(b, 12, ni, ByteOrder::little);
      check_error(open_bytes(b), "SPICE(DAFINVALIDPARAMS)");
    }
  }
  SUBCASE("FWARD not a summary record") {
    for (int fward : {0, 1, -5}) {
      auto b = good;
      put_int(b, 76, fward, ByteOrder::little);
      check_error(open_bytes(b), "SPICE(DAFINVALIDPARAMS)");
    }
    for (int fward : {11, 1000000, std::numeric_limits<int>::max()}) {
      auto b = good;
      put_int(b, 76, fward, ByteOrder::little);
      check_error(open_bytes(b), "SPICE(DAFCORRUPTED)");
    }
  }
}

TEST_CASE("DAF summary list errors: cycles, bad pointers and counts") {
  SUBCASE("a summary record pointing to itself") {
    auto b = fixture_bytes("spk/de430-2015-03-02.bsp");
    put_double(b, record_at(4), 4.0, ByteOrder::little);
    auto r = open_bytes(b);
    check_error(r, "SPICE(DAFCORRUPTED)");
    CHECK(r.error().long_msg.find("loops") != std::string::npos);
  }
  SUBCASE("a two-record cycle") {
    auto b = fixture_bytes("spk/de441-1969.bsp");
    put_double(b, record_at(71), 62.0, ByteOrder::little);
    check_error(open_bytes(b), "SPICE(DAFCORRUPTED)");
  }
  SUBCASE("NEXT pointers that are no record of the file") {
    for (double next : {1.0, 1e300, -3.0, 2.5, std::numeric_limits<double>::quiet_NaN(),
                        std::numeric_limits<double>::infinity(), 10.0 + 1.0}) {
      auto b = fixture_bytes("spk/de430-2015-03-02.bsp");
      put_double(b, record_at(4), next, ByteOrder::little);
      check_error(open_bytes(b), "SPICE(DAFCORRUPTED)");
    }
  }
  SUBCASE("summary counts out of range") {
    for (double count : {26.0, -1.0, 1e18, 3.5, std::numeric_limits<double>::quiet_NaN()}) {
      auto b = fixture_bytes("spk/de430-2015-03-02-big-endian.bsp");
      put_double(b, record_at(4) + 16, count, ByteOrder::big);
      check_error(open_bytes(b), "SPICE(DAFCORRUPTED)");
    }
  }
  SUBCASE("a count of 25 reads garbage summaries, but only inside the file") {
    auto b = fixture_bytes("spk/de430-2015-03-02.bsp");
    put_double(b, record_at(4) + 16, 25.0, ByteOrder::little);
    auto r = open_bytes(b);
    // Summaries 15..25 are zeros: their array starts at address 0.
    check_error(r, "SPICE(DAFNEGADDR)");
  }
}

TEST_CASE("DAF array addresses out of range") {
  const auto good = fixture_bytes("spk/de430-2015-03-02.bsp");
  SUBCASE("end beyond the end of the file") {
    auto b = good;
    put_int(b, summary_int_at(4, 13, 5), 1281, ByteOrder::little);  // the file has 1280 words
    auto r = open_bytes(b);
    check_error(r, "SPICE(DAFBEGGTEND)");
    CHECK(r.error().long_msg.find("Array 14") != std::string::npos);
    put_int(b, summary_int_at(4, 13, 5), std::numeric_limits<int>::max(), ByteOrder::little);
    check_error(open_bytes(b), "SPICE(DAFBEGGTEND)");
  }
  SUBCASE("begin after end") {
    auto b = good;
    put_int(b, summary_int_at(4, 2, 4), 800, ByteOrder::little);
    put_int(b, summary_int_at(4, 2, 5), 799, ByteOrder::little);
    check_error(open_bytes(b), "SPICE(DAFBEGGTEND)");
  }
  SUBCASE("begin below 1") {
    for (int begin : {0, -1, std::numeric_limits<int>::min()}) {
      auto b = good;
      put_int(b, summary_int_at(4, 0, 4), begin, ByteOrder::little);
      check_error(open_bytes(b), "SPICE(DAFNEGADDR)");
    }
  }
  SUBCASE("reading words outside the file") {
    auto daf = open_bytes(good);
    REQUIRE(daf.ok());
    std::vector<double> w(4);
    CHECK(daf->read_words(1, w).ok());
    CHECK(daf->read_words(1277, w).ok());
    CHECK(daf->read_words(1278, w).error().short_code == "SPICE(DAFBEGGTEND)");
    CHECK(daf->read_words(0, w).error().short_code == "SPICE(DAFNEGADDR)");
    CHECK(daf->read_words(std::numeric_limits<long long>::max(), w).error().short_code == "SPICE(DAFBEGGTEND)");
    CHECK(daf->read_words(std::numeric_limits<long long>::min(), w).error().short_code == "SPICE(DAFNEGADDR)");
  }
}

TEST_CASE("A corrupt SPK fails at furnsh and leaves nothing loaded") {
  sc::kernels::KernelRegistry registry;
  REQUIRE(registry.furnsh_bytes("/kernels/de430.bsp",
                                sc::io::Bytes::from_vector(fixture_bytes("spk/de430-2015-03-02.bsp")))
              .ok());
  auto bad = fixture_bytes("spk/de441-1969.bsp");
  put_double(bad, record_at(71), 62.0, ByteOrder::little);
  auto status = registry.furnsh_bytes("/kernels/cyclic.bsp", sc::io::Bytes::from_vector(std::move(bad)));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFCORRUPTED)");
  CHECK(status.error().long_msg.find("'/kernels/cyclic.bsp'") != std::string::npos);
  CHECK(registry.ktotal("SPK") == 1);
  CHECK_FALSE(registry.kinfo("/kernels/cyclic.bsp"));

  const auto full = fixture_bytes("bad/de440s-truncated.bsp");
  std::vector<std::uint8_t> cut(full.begin(), full.begin() + 300000);
  status = registry.furnsh_bytes("/kernels/cut.bsp", sc::io::Bytes::from_vector(std::move(cut)));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFBEGGTEND)");
  CHECK(registry.ktotal("ALL") == 1);
}
