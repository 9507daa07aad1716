// The text-kernel parser (core/pool/text_kernel_parser): the real NAIF kernels in
// tests/fixtures/kernels, one synthetic case per rule of the Kernel Required Reading, one per
// error, and hostile input.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "pool/cspice_decimal.hpp"
#include "pool/text_kernel_parser.hpp"

namespace {

using sc::pool::Assignment;
using sc::pool::parse_text_kernel;
using sc::pool::VarType;

std::filesystem::path kernels_dir() { return sc_test::fixtures_dir() / "kernels"; }

std::string read_kernel(const std::string& relative) {
  std::ifstream in(kernels_dir() / relative, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << (kernels_dir() / relative).string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<Assignment> parse_ok(const std::string& text, const char* file = "test.tk") {
  auto result = parse_text_kernel(text, file);
  REQUIRE_MESSAGE(result.ok(), (result.ok() ? std::string() : result.error().short_code + " " + result.error().long_msg));
  return std::move(result).value();
}

std::vector<Assignment> parse_data(const std::string& data) { return parse_ok("\\begindata\n" + data); }

// The error of a text that must fail; checks the message names the file and the line.
sc::Error parse_error(const std::string& text, int line) {
  auto result = parse_text_kernel(text, "bad.tk");
  REQUIRE_FALSE(result.ok());
  const sc::Error& error = result.error();
  CHECK_MESSAGE(error.long_msg.find("'bad.tk'") != std::string::npos, error.long_msg);
  CHECK_MESSAGE(error.long_msg.find("line " + std::to_string(line) + ":") != std::string::npos, error.long_msg);
  return error;
}

std::string data_error(const std::string& data, int line_in_data) {
  return parse_error("\\begindata\n" + data, line_in_data + 1).short_code;
}

// The last assignment to a name (later assignments replace earlier ones in a pool).
const Assignment* find(const std::vector<Assignment>& all, const std::string& name) {
  const Assignment* found = nullptr;
  for (const auto& a : all) {
    if (a.name == name) found = &a;
  }
  return found;
}

std::vector<double> numbers(const std::vector<Assignment>& all, const std::string& name) {
  const Assignment* a = find(all, name);
  REQUIRE_MESSAGE(a != nullptr, name);
  REQUIRE_MESSAGE(a->value.type == VarType::Numeric, name);
  return a->value.numbers;
}

std::vector<std::string> strings(const std::vector<Assignment>& all, const std::string& name) {
  const Assignment* a = find(all, name);
  REQUIRE_MESSAGE(a != nullptr, name);
  REQUIRE_MESSAGE(a->value.type == VarType::Character, name);
  return a->value.strings;
}

double one_number(const std::string& value) {
  const auto all = parse_data("X = " + value + "\n");
  REQUIRE(all.size() == 1);
  REQUIRE(all[0].value.numbers.size() == 1);
  return all[0].value.numbers[0];
}

bool same_assignments(const std::vector<Assignment>& a, const std::vector<Assignment>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].name != b[i].name || a[i].append != b[i].append || a[i].value.type != b[i].value.type ||
        a[i].value.numbers != b[i].value.numbers || a[i].value.strings != b[i].value.strings) {
      return false;
    }
  }
  return true;
}

// The bits of a double, so that 0.0 and -0.0 differ and a failure message shows the bits.
std::uint64_t bits(double x) {
  std::uint64_t b = 0;
  std::memcpy(&b, &x, sizeof b);
  return b;
}

}  // namespace

TEST_SUITE("text kernel parser: real kernels") {
  TEST_CASE("naif0012.tls leap seconds") {
    const auto all = parse_ok(read_kernel("lsk/naif0012.tls"), "naif0012.tls");
    const auto delta_at = numbers(all, "DELTET/DELTA_AT");
    REQUIRE(delta_at.size() == 56);
    CHECK(delta_at[0] == 10);
    CHECK(delta_at[1] == -883656000);
    CHECK(delta_at[2] == 11);
    CHECK(delta_at[3] == -867931200);
    CHECK(delta_at[54] == 37);
    CHECK(delta_at[55] == 536500800);  // 2017-JAN-1
    CHECK(numbers(all, "DELTET/K") == std::vector<double>{0.001657});
    CHECK(numbers(all, "DELTET/DELTA_T_A") == std::vector<double>{32.184});
    CHECK(numbers(all, "DELTET/EB") == std::vector<double>{1.671e-2});
    CHECK(numbers(all, "DELTET/M") == std::vector<double>{6.239996e0, 1.99096871e-7});
    CHECK(all.size() == 5);
  }

  TEST_CASE("LF, CRLF and lone CR line ends give the same assignments") {
    const auto lf = parse_ok(read_kernel("lsk/naif0012.tls"));
    const auto crlf = parse_ok(read_kernel("lsk/naif0012-crlf.tls"));
    CHECK(same_assignments(lf, crlf));
    std::string cr = read_kernel("lsk/naif0012.tls");
    for (char& c : cr) {
      if (c == '\n') c = '\r';
    }
    CHECK(same_assignments(lf, parse_ok(cr)));
  }

  TEST_CASE("pck00010.tpc") {
    const auto all = parse_ok(read_kernel("pck/pck00010.tpc"));
    CHECK(numbers(all, "BODY399_RADII") == std::vector<double>{6378.1366, 6378.1366, 6356.7519});
    CHECK(numbers(all, "BODY399_POLE_RA") == std::vector<double>{0, -0.641, 0});
    CHECK(numbers(all, "BODY399_PM") == std::vector<double>{190.147, 360.9856235, 0});
    CHECK(numbers(all, "BODY5_NUT_PREC_ANGLES").size() == 30);
    CHECK(numbers(all, "BODY599_NUT_PREC_RA").size() == 15);
    const auto moon_pm = numbers(all, "BODY301_PM");
    REQUIRE(moon_pm.size() == 3);
    CHECK(moon_pm[2] == -1.3999999999999999e-12);  // written -1.4D-12; CSPICE's value, 1 ulp from -1.4e-12
    CHECK(numbers(all, "BODY499_RADII") == std::vector<double>{3396.19, 3396.19, 3376.2});
    CHECK(numbers(all, "BODY399_LONG_AXIS") == std::vector<double>{0});
    CHECK(find(all, "NUT_PREC_ANGLES") == nullptr);
  }

  TEST_CASE("gm_de440.tpc") {
    const auto all = parse_ok(read_kernel("pck/gm_de440.tpc"));
    // CSPICE's number reader is not correctly rounded; these are its values, bit for bit, each an
    // ulp or two from the double nearest the text.
    CHECK(bits(numbers(all, "BODY399_GM")[0]) == bits(398600.4355070226));        // 3.9860043550702266D+05
    CHECK(bits(numbers(all, "BODY10_GM")[0]) == bits(132712440041.27939));        // 1.3271244004127942E+11
    CHECK(bits(numbers(all, "BODY3_GM")[0]) == bits(403503.23562548007));         // 4.0350323562548019E+05
    CHECK(bits(numbers(all, "BODY2000001_GM")[0]) == bits(62.628888644409926));   // 6.2628888644409933E+01
  }

  TEST_CASE("moon_080317.tf frames kernel") {
    const auto all = parse_ok(read_kernel("fk/moon_080317.tf"));
    CHECK(strings(all, "TKFRAME_31007_UNITS") == std::vector<std::string>{"ARCSECONDS"});
    CHECK(strings(all, "FRAME_31001_NAME") == std::vector<std::string>{"MOON_ME"});
    CHECK(strings(all, "FRAME_31007_NAME") == std::vector<std::string>{"MOON_ME_DE421"});
    CHECK(numbers(all, "FRAME_MOON_ME_DE421") == std::vector<double>{31007});
    CHECK(numbers(all, "TKFRAME_31007_AXES") == std::vector<double>{3, 2, 1});
    CHECK(numbers(all, "TKFRAME_31007_ANGLES") == std::vector<double>{67.92, 78.56, 0.3});
    CHECK(numbers(all, "FRAME_31001_CLASS") == std::vector<double>{4});
    // The example meta-kernel in the comments uses '@begindata' and must stay comment.
    CHECK(find(all, "KERNELS_TO_LOAD") == nullptr);
    CHECK(find(all, "FRAME_31001_RELATIVE") == nullptr);
  }

  TEST_CASE("every other text kernel in the fixtures parses") {
    for (const char* name : {"pck/pck00008.tpc", "pck/pck00011.tpc", "fk/moon_de440_220930.tf", "fk/heliospheric_v004u.tf"}) {
      CAPTURE(name);
      CHECK_FALSE(parse_ok(read_kernel(name)).empty());
    }
    // A CRLF kernel with an @-date followed by a time of day.
    const auto helio = parse_ok(read_kernel("fk/heliospheric_v004u.tf"));
    CHECK(numbers(helio, "FRAME_1810420_FREEZE_EPOCH") == std::vector<double>{0.0});
    CHECK(strings(helio, "FRAME_1810420_NAME") == std::vector<std::string>{"HCI"});
  }

  TEST_CASE("a binary kernel is rejected as non-printing text") {
    const std::string bsp = read_kernel("bad/de440s-truncated.bsp");
    const auto result = parse_text_kernel(bsp, "de440s.bsp");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().short_code == "SPICE(NONPRINTINGCHAR)");
    CHECK(result.error().long_msg.find("de440s.bsp") != std::string::npos);
  }
}

TEST_SUITE("text kernel parser: sections") {
  TEST_CASE("text before the first \\begindata is comment") {
    CHECK(parse_ok("A = 1\nB = ( 2 3 )\n").empty());
    CHECK(parse_ok("").empty());
    CHECK(parse_ok("\n\n\r\n").empty());
    const auto all = parse_ok("KPL/PCK\nX = 'not data'\n\\begindata\nX = 1\n");
    REQUIRE(all.size() == 1);
    CHECK(numbers(all, "X") == std::vector<double>{1});
  }

  TEST_CASE("\\begintext and \\begindata switch sections, any number of times") {
    const auto all = parse_ok(
        "\\begindata\nA = 1\n\\begintext\nB = 2\n\\begindata\nC = 3\n\\begintext\n\\begindata\nD = 4\n");
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == "A");
    CHECK(all[1].name == "C");
    CHECK(all[2].name == "D");
  }

  TEST_CASE("a marker may have blanks and tabs around it, nothing else") {
    CHECK(parse_ok("   \\begindata \t\nA = 1\n").size() == 1);
    CHECK(parse_ok("\t\\begindata\nA = 1\n  \\begintext  \nB = 2\n").size() == 1);
    CHECK(parse_ok("\\begindata now\nA = 1\n").empty());
    CHECK(parse_ok("\\BEGINDATA\nA = 1\n").empty());   // markers are case-sensitive
    CHECK(parse_ok("@begindata\nA = 1\n").empty());
  }

  TEST_CASE("blank lines inside data are skipped, the last line needs no line end") {
    const auto all = parse_data("\n   \n\t\nA = 1\n\nB = 2");
    CHECK(numbers(all, "A") == std::vector<double>{1});
    CHECK(numbers(all, "B") == std::vector<double>{2});
  }

  TEST_CASE("comment lines may be long and hold any printable byte") {
    const std::string long_comment(5000, 'x');
    const auto all = parse_ok(long_comment + "\n\xC3\xA9t\xC3\xA9 \f page\n\\begindata\nA = 1\n\\begintext\n" + long_comment +
                              "\n\x1a");
    CHECK(all.size() == 1);
  }
}

TEST_SUITE("text kernel parser: assignments") {
  TEST_CASE("scalar, vector and += assignments") {
    const auto all = parse_data("A = 1\nB = ( 1, 2, 3 )\nB += 4\nC += ( 'x' 'y' )\n");
    REQUIRE(all.size() == 4);
    CHECK_FALSE(all[0].append);
    CHECK(all[1].value.numbers == std::vector<double>{1, 2, 3});
    CHECK(all[2].append);
    CHECK(all[2].name == "B");
    CHECK(all[2].value.numbers == std::vector<double>{4});
    CHECK(all[3].append);
    CHECK(all[3].value.strings == std::vector<std::string>{"x", "y"});
  }

  TEST_CASE("operators need no blanks around them") {
    const auto all = parse_data("A=1\nB=(2,3)\nC+=4\nD +=5\nE+= 6\nF=('s')\n");
    CHECK(numbers(all, "A") == std::vector<double>{1});
    CHECK(numbers(all, "B") == std::vector<double>{2, 3});
    CHECK(find(all, "C")->append);
    CHECK(numbers(all, "C") == std::vector<double>{4});
    CHECK(find(all, "D")->append);
    CHECK(find(all, "E")->append);
    CHECK(strings(all, "F") == std::vector<std::string>{"s"});
  }

  TEST_CASE("values may span many lines; commas and blanks both separate") {
    const auto all = parse_data("V = ( 1 2,3 ,4\n\n   5\t6\n,7\n)\nW = 1\n");
    CHECK(numbers(all, "V") == std::vector<double>{1, 2, 3, 4, 5, 6, 7});
    CHECK(numbers(all, "W") == std::vector<double>{1});
  }

  TEST_CASE("a vector continues across a comment block, as CSPICE reads it") {
    const auto all = parse_data("V = ( 1 2\n\\begintext\nthis is comment 99\n\\begindata\n3 )\n");
    CHECK(numbers(all, "V") == std::vector<double>{1, 2, 3});
  }

  TEST_CASE("without parentheses every value on the line is taken (CSPICE's reading)") {
    CHECK(numbers(parse_data("A = 1 2 3\n"), "A") == std::vector<double>{1, 2, 3});
    CHECK(strings(parse_data("S = 'a' 'b'\n"), "S") == std::vector<std::string>{"a", "b"});
  }

  TEST_CASE("text after the closing parenthesis is ignored, as CSPICE does") {
    CHECK(numbers(parse_data("A = ( 1 2 ) 3 junk\n"), "A") == std::vector<double>{1, 2});
  }

  TEST_CASE("variable names: case-sensitive, any printable character but separators, up to 32") {
    const std::string name32(32, 'N');
    const auto all = parse_data("abc = 1\nABC = 2\nDELTET/K = 3\n" + name32 + " = 4\nA.B-C:D@E = 5\n");
    CHECK(numbers(all, "abc") == std::vector<double>{1});
    CHECK(numbers(all, "ABC") == std::vector<double>{2});
    CHECK(numbers(all, "DELTET/K") == std::vector<double>{3});
    CHECK(numbers(all, name32) == std::vector<double>{4});
    CHECK(numbers(all, "A.B-C:D@E") == std::vector<double>{5});
  }

  TEST_CASE("assignments keep file order, repeated names included") {
    const auto all = parse_data("A = 1\nB = 2\nA = 3\nA += 4\n");
    REQUIRE(all.size() == 4);
    CHECK(all[0].name == "A");
    CHECK(all[2].value.numbers == std::vector<double>{3});
    CHECK(all[3].append);
  }
}

TEST_SUITE("text kernel parser: values") {
  TEST_CASE("integers and decimals") {
    CHECK(one_number("-883656000") == -883656000.0);
    CHECK(one_number("+5") == 5.0);
    CHECK(one_number(".5") == 0.5);
    CHECK(one_number("5.") == 5.0);
    CHECK(one_number("-.25") == -0.25);
    CHECK(one_number("0") == 0.0);
    CHECK(one_number("32.184") == 32.184);
    CHECK(one_number("000123.4500") == 123.45);
  }

  TEST_CASE("exponents with E, e, D or d") {
    CHECK(one_number("1.0D-3") == 1.0e-3);
    CHECK(one_number("1.657d-3") == 1.657e-3);
    CHECK(one_number("-28.19729871E+12") == -28.19729871e12);
    CHECK(one_number("1.276828e11") == 1.276828e11);
    CHECK(one_number("4.0350323562548019E+05") == 403503.23562548007);  // CSPICE's value, not 403503.2356254802
    CHECK(one_number("1D0") == 1.0);
    CHECK(one_number("E3") == 1000.0);  // NAIF's reader allows a missing mantissa
    CHECK(one_number("1e") == 1.0);     // ... or a missing exponent
    CHECK(one_number("1.5E+") == 1.5);
    CHECK(one_number("1e-400") == 0.0);  // underflow is zero, not an error
    // NPARSD multiplies by 1e10 thirty times, so the largest double is out of its reach.
    CHECK(one_number("1.7976931348623157E308") == 1.797693134862314e308);
  }

  TEST_CASE("PI in any case is pi") {
    CHECK(one_number("PI") == 3.14159265358979323846);
    CHECK(one_number("-pi") == -3.14159265358979323846);
    CHECK(one_number("+Pi") == 3.14159265358979323846);
  }

  TEST_CASE("quoted strings: doubled quotes, blanks, separators inside") {
    const auto all = parse_data(
        "S = ( 'it''s', '  lead and trail  ', 'a = (b, c)', '''', 'x''''y' )\nT = 'tab\there'\n");
    CHECK(strings(all, "S") == std::vector<std::string>{"it's", "  lead and trail  ", "a = (b, c)", "'", "x''y"});
    CHECK(strings(all, "T") == std::vector<std::string>{"tab here"});  // CSPICE turns tabs into blanks
  }

  TEST_CASE("a string ending in // is stored unchanged, one element per piece") {
    const auto all = parse_data("PATH = ( '/a/very/long/path//'\n'/continued' )\n");
    CHECK(strings(all, "PATH") == std::vector<std::string>{"/a/very/long/path//", "/continued"});
  }

  TEST_CASE("a quote ends an unquoted token, and a value may follow a string directly") {
    CHECK(strings(parse_data("S = ( 'a''b' 'c' )\n"), "S") == std::vector<std::string>{"a'b", "c"});
    CHECK(data_error("S = ( 'a'b )\n", 1) == "SPICE(TYPEMISMATCH)");
  }

  TEST_CASE("@-dates are seconds past J2000 on a formal calendar") {
    CHECK(one_number("@1972-JAN-1") == -883656000.0);
    CHECK(one_number("@1972-JUL-1") == -867931200.0);
    CHECK(one_number("@2017-JAN-1") == 536500800.0);
    CHECK(one_number("@2000-01-01T12:00:00") == 0.0);
    CHECK(one_number("@2000-JAN-01/12:00:00") == 0.0);
    CHECK(one_number("@1972-JUL-1/00:00") == -867931200.0);
    CHECK(one_number("@1-JAN-1994") == one_number("@1994-JAN-1"));
    CHECK(one_number("@2000-001T12:00") == 0.0);
    CHECK(one_number("@2000-002//00:00") == 43200.0);
    CHECK(one_number("@JD2451545.0") == 0.0);
    CHECK(one_number("@2451546.5JD") == 129600.0);
    CHECK(numbers(parse_data("D = ( @1972-JAN-1 10 )\n"), "D") == std::vector<double>{-883656000.0, 10.0});
  }
}

TEST_SUITE("text kernel parser: errors") {
  TEST_CASE("missing or wrong assignment operator") {
    CHECK(data_error("A 1 2\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("A : 1\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("X = 1\nA + = 1\n", 2) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("'A' = 1\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("= 1 2\n", 1) == "SPICE(BADVARASSIGN)");
  }

  TEST_CASE("missing values") {
    CHECK(data_error("A =\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("A = ( )\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("A += ( )\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("A = (\n\n)\n", 3) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("A = )\n", 1) == "SPICE(BADVARASSIGN)");
    // CSPICE wants the first value, or '(', on the line of the name.
    CHECK(data_error("A =\n( 1 2 )\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("A = = 1\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("A = ( ( 1 ) )\n", 1) == "SPICE(BADVARASSIGN)");
  }

  TEST_CASE("an unclosed parenthesis") {
    CHECK(data_error("A = ( 1 2\n3\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(data_error("A = ( 1 2\n\\begintext\n", 1) == "SPICE(BADVARASSIGN)");
  }

  TEST_CASE("a string not closed on its line runs to the line's last non-blank character, as in CSPICE") {
    // NAIF's rssd0002.tf: FRAME_1503399_FAMILY = 'MEAN_ECLIPTIC_AND_EQUINOX_OF_DATE (no closing quote).
    CHECK(strings(parse_data("S = 'abc def   \nT = 'x'\n"), "S") == std::vector<std::string>{"abc def"});
    CHECK(strings(parse_data("S = ( 'a'\n'abc''\n)\n"), "S") == std::vector<std::string>{"a", "abc'"});
    CHECK(strings(parse_data("S = ( 'a, b ) \n)\n"), "S") == std::vector<std::string>{"a, b )"});
    CHECK(data_error("S = '\n", 1) == "SPICE(TYPEMISMATCH)");
    CHECK(data_error("S = '   \n", 1) == "SPICE(TYPEMISMATCH)");
  }

  TEST_CASE("a value that is neither number, string nor date") {
    CHECK(data_error("A = abc\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = ( 1 2\n1.2.3 )\n", 2) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 1e5e\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 1.5E+-3\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 1-\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 2PI\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = P\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 1.7976931348623157E309\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = .\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = +\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 0x10\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = inf\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = nan\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 1e400\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 1E99999999999999999999\n", 1) == "SPICE(NUMBEREXPECTED)");
    CHECK(data_error("A = 12\xC3\xA9\n", 1) == "SPICE(NUMBEREXPECTED)");
  }

  TEST_CASE("mixed types in one assignment") {
    CHECK(data_error("A = ( 1 'two' )\n", 1) == "SPICE(TYPEMISMATCH)");
    CHECK(data_error("A = ( 'one'\n 2 )\n", 2) == "SPICE(TYPEMISMATCH)");
    CHECK(data_error("A = ( 'one' @2000-JAN-1 )\n", 1) == "SPICE(TYPEMISMATCH)");
    CHECK(data_error("A = ( 1 2\n( 3 ) )\n", 2) == "SPICE(TYPEMISMATCH)");
    CHECK(data_error("A = ( 1 = 3 )\n", 1) == "SPICE(TYPEMISMATCH)");
  }

  TEST_CASE("an empty string, which CSPICE refuses with TYPEMISMATCH") {
    CHECK(data_error("S = ''\n", 1) == "SPICE(TYPEMISMATCH)");
  }

  TEST_CASE("bad @-dates") {
    for (const char* date : {"@", "@1972-FOO-1", "@1972-13-01", "@1972-JAN-32", "@1972-JAN-1/25:00", "@1972--1",
                             "@JUNK", "@1972-JAN", "@2000-01-01T12:60", "@2000-000", "@2000-367", "@1972-JAN-1/12:3x",
                             "@1972-JAN-1-FEB", "@1000-JAN-2000", "@2000-01-01T1.5:00", "@1972-JAN-1//"}) {
      CAPTURE(date);
      CHECK(data_error(std::string("A = ( 1\n") + date + " )\n", 2) == "SPICE(BADTIMESPEC)");
    }
  }

  TEST_CASE("variable name rules") {
    CHECK(data_error(std::string(33, 'N') + " = 1\n", 1) == "SPICE(BADVARNAME)");
    CHECK(data_error("A\xC3\xA9 = 1\n", 1) == "SPICE(NONPRINTINGCHAR)");
  }

  TEST_CASE("non-printing characters anywhere in the file; TAB is fine") {
    CHECK(parse_error(std::string("comment\0here\n\\begindata\nA = 1\n", 30), 1).short_code == "SPICE(NONPRINTINGCHAR)");
    CHECK(data_error(std::string("A = 1\nB = 2\x01\n"), 2) == "SPICE(NONPRINTINGCHAR)");
    CHECK(data_error("A = 1\x7f\n", 1) == "SPICE(NONPRINTINGCHAR)");
    CHECK(data_error("A = \f1\n", 1) == "SPICE(NONPRINTINGCHAR)");
    CHECK(data_error("A = 1\x1a\n", 1) == "SPICE(NONPRINTINGCHAR)");
    CHECK(parse_error(std::string("\\begindata\nA = 1\n\\begintext\n\x1b[0m\n"), 4).short_code == "SPICE(NONPRINTINGCHAR)");
    CHECK(numbers(parse_data("\tA\t=\t(\t1\t2\t)\n"), "A") == std::vector<double>{1, 2});
  }

  TEST_CASE("a data line longer than CSPICE's 132 characters") {
    const std::string values(140, '1');
    CHECK(data_error("A = 1\nB = " + values + "\n", 2) == "SPICE(BADVARASSIGN)");
    // Trailing blanks do not count; 132 characters are fine.
    const std::string line132 = "C = " + std::string(128, '2');
    CHECK(parse_data(line132 + std::string(300, ' ') + "\n").size() == 1);
  }

  TEST_CASE("error messages name the file and the line, counting every line end style") {
    CHECK(parse_error("c\r\nc\r\\begindata\nA = 1\r\nB = x\n", 5).short_code == "SPICE(NUMBEREXPECTED)");
    const sc::Error e = parse_error("\\begindata\nAB = ( 1\n 2 'three' )\n", 3);
    CHECK(e.long_msg.find("AB") != std::string::npos);
    CHECK(e.long_msg.find("'three'") != std::string::npos);
  }
}

TEST_SUITE("text kernel parser: hostile input") {
  TEST_CASE("random bytes never crash") {
    std::mt19937 rng(12345);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(0, 2000);
    for (int i = 0; i < 500; ++i) {
      std::string text(static_cast<std::size_t>(length(rng)), '\0');
      for (char& c : text) c = static_cast<char>(byte(rng));
      if (i % 2 == 0) text = "\\begindata\n" + text;
      (void)parse_text_kernel(text, "random");
    }
  }

  TEST_CASE("random printable kernels never crash") {
    std::mt19937 rng(777);
    const std::string alphabet = "AB=+()',@-.:/ \t\n\rEDe0123456789JANT\\begindata\\begintext";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 400);
    for (int i = 0; i < 3000; ++i) {
      std::string text = "\\begindata\n";
      const int n = length(rng);
      for (int k = 0; k < n; ++k) text.push_back(alphabet[pick(rng)]);
      (void)parse_text_kernel(text, "random");
    }
  }

  TEST_CASE("mutations of a real kernel never crash") {
    const std::string base = read_kernel("lsk/naif0012.tls");
    std::mt19937 rng(99);
    std::uniform_int_distribution<std::size_t> where(0, base.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int i = 0; i < 300; ++i) {
      std::string text = base;
      for (int k = 0; k < 8; ++k) text[where(rng)] = static_cast<char>(byte(rng));
      (void)parse_text_kernel(text, "mutated");
      text.resize(where(rng));  // truncated anywhere
      (void)parse_text_kernel(text, "truncated");
    }
  }

  TEST_CASE("a huge line is an error in data and harmless in comments") {
    const std::string huge(1 << 20, '7');
    CHECK(data_error("A = " + huge + "\n", 1) == "SPICE(BADVARASSIGN)");
    CHECK(parse_ok(huge + "\n\\begindata\nA = 1\n").size() == 1);
    CHECK(data_error("S = '" + huge + "\n", 1) == "SPICE(BADVARASSIGN)");
  }

  // Only behaviour is checked here; how fast the parser is belongs in the benchmarks.
  TEST_CASE("big inputs parse whole, with any line ends") {
    auto build = [](int lines) {
      std::string text = "\\begindata\nBIG = (\n";
      for (int i = 0; i < lines; ++i) text += "  1.5D0, 2, 'x', 3\n";
      return text;
    };
    // Strings in a numeric vector fail only at the first one; make it all numbers.
    auto numeric = [](int lines) {
      std::string text = "\\begindata\nBIG = (\n";
      for (int i = 0; i < lines; ++i) text += "  1.5D0, 2, -3.25E-2, @2000-JAN-01\n";
      text += ")\n";
      for (int i = 0; i < lines / 4; ++i) {
        text += 'V';
        text += std::to_string(i);
        text += " = ( 'a' 'b''c' )\n";
      }
      return text;
    };
    CHECK(data_error(build(10).substr(11), 2) == "SPICE(TYPEMISMATCH)");
    const std::string big = numeric(100000);  // about 4 MB
    const auto all = parse_ok(big);
    REQUIRE(all.size() == 1 + 25000);
    REQUIRE(all[0].value.numbers.size() == 400000);
    CHECK(all[0].value.numbers[399996] == 1.5);
    CHECK(all[0].value.numbers[399998] == -3.25e-2);
    CHECK(all[0].value.numbers[399999] == -43200.0);
    CHECK(strings(all, "V24999") == std::vector<std::string>{"a", "b'c"});

    // The same text with lone CRs.
    std::string cr = big;
    for (char& c : cr) {
      if (c == '\n') c = '\r';
    }
    CHECK(same_assignments(all, parse_ok(cr)));
  }
}
