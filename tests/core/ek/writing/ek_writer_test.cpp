// The EK fast-load writer (core/ek/writing): EKs CSPICE's own fast load wrote (the two of the golden
// files, and the two of make-large-eks.mjs whose trees split) are read back entry by entry and
// written again through EkWriter, declaration for declaration, column for column; the result must
// be the same file, byte for byte.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "ek/ek_file.hpp"
#include "ek/ek_layout.hpp"
#include "ek/ek_tree.hpp"
#include "ek/entry_values.hpp"
#include "fixtures.hpp"
#include "ek/writing/column_declaration.hpp"
#include "ek/writing/ek_writer.hpp"

using sc_test::error_code;
using sc_test::ok;

namespace {

std::string declaration_of(const sc::ek::ColumnDescriptor& c) {
  std::string type;
  switch (c.type) {
    case sc::ek::DataType::integer: type = "INTEGER"; break;
    case sc::ek::DataType::dp: type = "DOUBLE PRECISION"; break;
    case sc::ek::DataType::time: type = "TIME"; break;
    case sc::ek::DataType::character:
      type = c.string_length < 0 ? "CHARACTER*(*)" : "CHARACTER*(" + std::to_string(c.string_length) + ")";
      break;
  }
  std::string d = "DATATYPE = " + type;
  if (c.size != 1) d += ", SIZE = " + (c.size < 0 ? std::string("VARIABLE") : std::to_string(c.size));
  d += std::string(", INDEXED = ") + (c.indexed ? "TRUE" : "FALSE");
  d += std::string(", NULLS_OK = ") + (c.nulls_ok ? "TRUE" : "FALSE");
  return d;
}

std::string trimmed(std::string s) {
  s.erase(s.find_last_not_of(' ') + 1);
  return s;
}

// Reads `name` and writes it again; returns both images.
std::pair<std::vector<std::uint8_t>, std::vector<std::uint8_t>> rewrite(const std::string& name) {
  auto bytes = sc_test::fixture_bytes("ek/" + name);
  const auto ek = ok(sc::ek::EkFile::open(sc::io::Bytes::from_vector(bytes), name));
  sc::ek::writing::EkWriter writer(ek->das().file_record().internal_name, 0);
  for (const auto& s : ek->segments()) {
    std::vector<std::string> names, decls;
    for (const auto& c : s.columns) {
      names.push_back(c.name);
      decls.push_back(declaration_of(c));
    }
    std::vector<int> rcptrs;
    const int segno = ok(writer.begin_fast_load(s.table, names, decls, s.rows, rcptrs));
    for (const auto& c : s.columns) {
      std::vector<int> ints, sizes;
      std::vector<double> doubles;
      std::vector<std::string> strings;
      std::unique_ptr<bool[]> nulls(new bool[static_cast<std::size_t>(s.rows)]);
      int longest = 0;
      for (int row = 0; row < s.rows; ++row) {
        const auto e = ok(sc::ek::read_row_entry(*ek, s, c, row));
        nulls[static_cast<std::size_t>(row)] = e.null;
        // tspice's packing: a null entry of a VARIABLE column has no values, of a fixed-size column
        // placeholders.
        const int n = e.null ? (c.size < 0 ? 0 : c.size) : static_cast<int>(e.size());
        sizes.push_back(n);
        for (int k = 0; k < n; ++k) {
          if (c.type == sc::ek::DataType::integer) ints.push_back(e.null ? 0 : e.ints[static_cast<std::size_t>(k)]);
          if (c.type == sc::ek::DataType::dp || c.type == sc::ek::DataType::time) {
            doubles.push_back(e.null ? 0.0 : e.doubles[static_cast<std::size_t>(k)]);
          }
          if (c.type == sc::ek::DataType::character) {
            strings.push_back(e.null ? std::string() : trimmed(e.strings[static_cast<std::size_t>(k)]));
            longest = std::max(longest, static_cast<int>(strings.back().size()));
          }
        }
      }
      const std::span<const bool> flags(nulls.get(), static_cast<std::size_t>(s.rows));
      if (c.type == sc::ek::DataType::integer) ok(writer.add_int_column(segno, c.name, ints, sizes, flags, rcptrs));
      if (c.type == sc::ek::DataType::dp || c.type == sc::ek::DataType::time) {
        ok(writer.add_double_column(segno, c.name, doubles, sizes, flags, rcptrs));
      }
      if (c.type == sc::ek::DataType::character) {
        ok(writer.add_char_column(segno, c.name, strings, sizes, flags, rcptrs, std::max(longest, 1)));
      }
    }
    ok(writer.finish_fast_load(segno, rcptrs));
  }
  return {bytes, writer.image()};
}

void check_same(const std::vector<std::uint8_t>& want, const std::vector<std::uint8_t>& got) {
  CHECK(got.size() == want.size());
  const auto n = std::min(want.size(), got.size());
  std::size_t first = n;
  int differing = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (want[i] != got[i]) {
      if (first == n) first = i;
      ++differing;
    }
  }
  INFO("first difference at byte " << first << " (record " << first / 1024 + 1 << ", offset " << first % 1024
                                   << "), " << differing << " bytes differ");
  CHECK(differing == 0);
}

namespace L = sc::ek::layout;

int int_word(const sc::das::DasFile& das, int address) {
  std::array<std::int32_t, 1> w{};
  ok(das.read_ints(address, w));
  return w[0];
}

// What a tree's root records about the tree.
struct TreeShape {
  int depth = 0, keys = 0, nodes = 0;
};
TreeShape shape(const sc::das::DasFile& das, int root) {
  const int base = L::int_page_base(root);
  return {int_word(das, base + L::kTreeDepth), int_word(das, base + L::kTreeKeys), int_word(das, base + L::kTreeNodes)};
}

// The file's segment list.
int segment_list(const sc::das::DasFile& das) { return int_word(das, L::int_page_base(1) + L::kSegmentTreeWord); }

// Segment `index` (0-based)'s character, double and integer page lists (the words after its record
// tree in its descriptor), each checked to hold as many pages as its root says.
std::array<TreeShape, 3> page_lists(const sc::das::DasFile& das, int index) {
  const auto metadata = ok(sc::ek::tree_values(das, segment_list(das)));
  const int base = L::int_page_base(metadata[static_cast<std::size_t>(index)]);
  std::array<TreeShape, 3> lists;
  for (int k = 0; k < 3; ++k) {
    const int root = int_word(das, base + L::kSegRecordTree + 1 + k);
    lists[static_cast<std::size_t>(k)] = shape(das, root);
    CHECK(static_cast<int>(ok(sc::ek::tree_values(das, root)).size()) == lists[static_cast<std::size_t>(k)].keys);
  }
  return lists;
}

}  // namespace

TEST_CASE("EkWriter rewrites CSPICE's instruments EK (two tables, every scalar and array class) byte for byte") {
  const auto [want, got] = rewrite("spicecraft_instruments.bes");
  check_same(want, got);
}

TEST_CASE("EkWriter rewrites CSPICE's events EK (one table in two segments, nulls, indexes) byte for byte") {
  const auto [want, got] = rewrite("spicecraft_events.bes");
  check_same(want, got);
}

TEST_CASE("column declarations parse as ZZEKPDEC parses them") {
  using sc::ek::writing::parse_declaration;
  const auto c = ok(parse_declaration("DATATYPE = CHARACTER*(24), INDEXED = TRUE, NULLS_OK = TRUE"));
  CHECK(c.column_class == 3);
  CHECK(c.length == 24);
  CHECK(c.indexed);
  CHECK(c.nulls_ok);
  const auto v = ok(parse_declaration("datatype = double precision, size = variable"));
  CHECK(v.column_class == 5);
  CHECK(v.size == -1);
  CHECK(ok(parse_declaration("DATATYPE = CHARACTER*(*)")).length == -1);
  CHECK(ok(parse_declaration("DATATYPE = INTEGER, FIXED_COUNT = TRUE")).column_class == 7);
  CHECK(error_code(parse_declaration("SIZE = 3")) == "SPICE(BADCOLUMDECL)");
  CHECK(error_code(parse_declaration("DATATYPE = REAL")) == "SPICE(BADCOLUMNDECL)");
  CHECK(error_code(parse_declaration("DATATYPE = INTEGER, SIZE = 3, INDEXED = TRUE")) == "SPICE(BADCOLUMNDECL)");
  CHECK(error_code(parse_declaration("DATATYPE = CHARACTER*(*), SIZE = VARIABLE")) == "SPICE(BADCOLUMNDECL)");
  CHECK(error_code(parse_declaration("DATATYPE = CHARACTER(4)")) == "SPICE(BADCOLUMNDECL)");
  CHECK(error_code(sc::ek::writing::check_name("EK column name", "Column", "1ABC", 32)) == "SPICE(INVALIDNAME)");
  CHECK(error_code(sc::ek::writing::check_name("EK column name", "Column", std::string(33, 'A'), 32)) ==
        "SPICE(IDSTRINGTOOLONG)");
  CHECK(sc::ek::writing::check_name("EK table name", "Table", "EVENT_LOG", 64).ok());
}

TEST_CASE("EkWriter rewrites CSPICE's large-table EK (page lists split to depth 3) byte for byte") {
  const auto [want, got] = rewrite("spicecraft_large_table.bes");
  // What the fixture exercises, read from CSPICE's file: the double list went past the first 2-to-3
  // split of two inner nodes (5334 keys), the others past a root split, a balance and a 2-to-3 split
  // of leaves (126 keys).
  const auto ek = ok(sc::ek::EkFile::open(sc::io::Bytes::from_vector(want), "large"));
  REQUIRE(ek->segments().size() == 1);
  CHECK(ek->segments()[0].rows == 4000);
  const auto [chars, doubles, ints] = page_lists(ek->das(), 0);
  CHECK(doubles.depth == 3);
  CHECK(doubles.keys > 5334);
  CHECK(chars.depth == 2);
  CHECK(chars.keys > 126);
  CHECK(ints.depth == 2);
  CHECK(ints.keys > 126);
  check_same(want, got);
}

TEST_CASE("EkWriter rewrites CSPICE's EK of 300 segments (the segment list splits) byte for byte") {
  const auto [want, got] = rewrite("spicecraft_many_segments.bes");
  const auto ek = ok(sc::ek::EkFile::open(sc::io::Bytes::from_vector(want), "many"));
  CHECK(ek->segments().size() == 300);
  const auto segments = shape(ek->das(), segment_list(ek->das()));
  CHECK(segments.depth == 2);
  CHECK(segments.keys == 300);
  check_same(want, got);
}
