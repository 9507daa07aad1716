// DAF access by handle (core/file_access/): dafopr on host files and memory kernels, forward and
// backward searches, summaries and names against what the kernel registry's own reader finds,
// dafgda against the segment data, and CSPICE's errors in its order.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "context.hpp"
#include "file_access/daf_search.hpp"
#include "file_access/summary_packing.hpp"
#include "fixtures.hpp"
#include "io/host_file_reader.hpp"

using sc_test::error_code;
using sc_test::ok;

namespace {

const std::string kDe430 = sc_test::kFixturesDir + "/kernels/spk/de430-2015-03-02.bsp";
const std::string kDe430Big = sc_test::kFixturesDir + "/kernels/spk/de430-2015-03-02-big-endian.bsp";

struct Session {
  sc::Context ctx{sc::io::map_host_file};
  sc::file_access::OpenFiles& files() { return ctx.open_files(); }
  sc::kernels::KernelRegistry& kernels() { return ctx.kernels(); }
  int open(const std::string& name) { return ok(files().open(kernels(), name, sc::file_access::Architecture::daf)); }
};

// Every summary of a forward (or backward) search, unpacked as SPK descriptors (ND 2, NI 6).
std::vector<sc::file_access::UnpackedSummary> walk(Session& s, int h, bool forward) {
  std::vector<sc::file_access::UnpackedSummary> out;
  ok(forward ? sc::file_access::dafbfs(s.files(), s.kernels(), h) : sc::file_access::dafbbs(s.files(), s.kernels(), h));
  while (ok(forward ? sc::file_access::daffna(s.files(), s.kernels(), h) : sc::file_access::daffpa(s.files(), s.kernels(), h))) {
    out.push_back(ok(sc::file_access::dafus(ok(sc::file_access::dafgs(s.files(), s.kernels(), h)), 2, 6)));
  }
  return out;
}

}  // namespace

TEST_CASE("a forward search lists the arrays the DAF reader finds, in file order; a backward one reverses it") {
  Session s;
  const int h = s.open(kDe430);
  const auto forward = walk(s, h, true);
  REQUIRE(forward.size() == 14);
  const auto daf = ok(s.files().daf(s.kernels(), h));
  for (std::size_t i = 0; i < forward.size(); ++i) {
    CHECK(forward[i].dc == daf->arrays()[i].doubles);
    CHECK(std::vector<int>(forward[i].ic.begin(), forward[i].ic.end()) == daf->arrays()[i].ints);
  }
  const auto backward = walk(s, h, false);
  REQUIRE(backward.size() == 14);
  for (std::size_t i = 0; i < 14; ++i) CHECK(backward[i].ic == forward[13 - i].ic);
  // The same file in the other byte order packs to the same words on this machine.
  const int big = s.open(kDe430Big);
  const auto swapped = walk(s, big, true);
  REQUIRE(swapped.size() == 14);
  for (std::size_t i = 0; i < 14; ++i) CHECK(swapped[i].ic == forward[i].ic);
}

TEST_CASE("a search stays past its end, and can be walked back from there") {
  Session s;
  const int h = s.open(kDe430);
  ok(sc::file_access::dafbfs(s.files(), s.kernels(), h));
  CHECK(error_code(sc::file_access::dafgs(s.files(), s.kernels(), h)) == "SPICE(NOCURRENTARRAY)");
  for (int i = 0; i < 14; ++i) CHECK(ok(sc::file_access::daffna(s.files(), s.kernels(), h)));
  CHECK_FALSE(ok(sc::file_access::daffna(s.files(), s.kernels(), h)));
  CHECK_FALSE(ok(sc::file_access::daffna(s.files(), s.kernels(), h)));
  CHECK(error_code(sc::file_access::dafgn(s.files(), s.kernels(), h)) == "SPICE(NOCURRENTARRAY)");
  CHECK(ok(sc::file_access::daffpa(s.files(), s.kernels(), h)));  // the last array again
  const auto last = ok(s.files().daf(s.kernels(), h))->arrays().back();
  CHECK(ok(sc::file_access::dafgn(s.files(), s.kernels(), h)) == last.name);
}

TEST_CASE("dafgda reads an array's words; past the end of the file they are zero") {
  Session s;
  const int h = s.open(kDe430);
  const auto daf = ok(s.files().daf(s.kernels(), h));
  const auto& a = daf->arrays()[0];
  std::vector<double> want(5);
  ok(daf->read_words(a.begin_address(), want));
  CHECK(ok(sc::file_access::dafgda(s.files(), s.kernels(), h, a.begin_address(), a.begin_address() + 4)) == want);
  // A file whose last record is cut short (quirks/): the rest of that record reads as zeros.
  const int unpadded = s.open(sc_test::kFixturesDir + "/kernels/quirks/de430-2015-03-02-unpadded.bsp");
  const auto cut = ok(s.files().daf(s.kernels(), unpadded));
  const auto words = static_cast<int>(cut->word_count());
  REQUIRE(words % 128 != 0);
  std::vector<double> last(1);
  ok(cut->read_words(words, last));
  const auto tail = ok(sc::file_access::dafgda(s.files(), s.kernels(), unpadded, words, words + 1));
  CHECK(tail[0] == last[0]);
  CHECK(tail[1] == 0.0);
  CHECK(error_code(sc::file_access::dafgda(s.files(), s.kernels(), h, 0, 3)) == "SPICE(DAFNEGADDR)");
  CHECK(error_code(sc::file_access::dafgda(s.files(), s.kernels(), h, 9, 3)) == "SPICE(DAFBEGGTEND)");
  CHECK(error_code(sc::file_access::dafgda(s.files(), s.kernels(), h, 1, 2000000000)) == "SPICE(VALUEOUTOFRANGE)");
}

TEST_CASE("opening twice links the same handle; the last dafcls closes it") {
  Session s;
  const int a = s.open(kDe430);
  CHECK(s.open(kDe430) == a);
  s.files().close(a, sc::file_access::Architecture::daf);
  CHECK(error_code(sc::file_access::dafbfs(s.files(), s.kernels(), a)) == "(ok)");
  s.files().close(a, sc::file_access::Architecture::daf);
  CHECK(error_code(sc::file_access::dafbfs(s.files(), s.kernels(), a)) == "SPICE(DAFNOSUCHHANDLE)");
  s.files().close(a, sc::file_access::Architecture::daf);  // closing a closed handle does nothing
}

TEST_CASE("a loaded kernel's handle is a DAF handle too; a memory kernel opens by its virtual id") {
  Session s;
  ok(s.kernels().furnsh_bytes("/kernels/de430.bsp",
                              sc::io::Bytes::from_vector(sc_test::fixture_bytes("spk/de430-2015-03-02.bsp"))));
  const int loaded = s.kernels().kinfo("/kernels/de430.bsp")->handle;
  CHECK(walk(s, loaded, true).size() == 14);
  const int opened = s.open("/kernels/de430.bsp");
  CHECK(opened != loaded);
  CHECK(walk(s, opened, true).size() == 14);
}

TEST_CASE("dafopr's errors: missing file, DAS file, text file; daffna without a search") {
  Session s;
  const auto open = [&](const std::string& rel) {
    return error_code(s.files().open(s.kernels(), sc_test::kFixturesDir + "/kernels/" + rel, sc::file_access::Architecture::daf));
  };
  CHECK(open("spk/nope.bsp") == "SPICE(FILENOTFOUND)");
  CHECK(open("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds") == "SPICE(FILARCHMISMATCH)");
  CHECK(open("lsk/naif0012.tls") == "SPICE(UNKNOWNFILARC)");
  CHECK(open("bad/de440s-truncated.bsp") == "(ok)");  // addresses are not checked at open
  const int h = s.open(kDe430);
  CHECK(error_code(sc::file_access::daffna(s.files(), s.kernels(), h)) == "SPICE(DAFNOSEARCH)");
  CHECK(error_code(sc::file_access::dafbfs(s.files(), s.kernels(), 99999)) == "SPICE(DAFNOSUCHHANDLE)");
}
