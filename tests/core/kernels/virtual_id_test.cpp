// Virtual ids in the core (core/kernels/virtual_id): the names a byte-backed meta-kernel lists.
#include <doctest/doctest.h>

#include <string>

#include "kernels/virtual_id.hpp"

TEST_CASE("relative names and /kernels/ ids normalise to one canonical id") {
  // A pair, not a structured binding: clang 14 cannot capture a binding in REQUIRE_MESSAGE's lambda
  // (issue 16, item 9; scripts/sanitize.sh builds the tests with clang).
  for (const auto& c : {std::pair{"naif0012.tls", "/kernels/naif0012.tls"},
                                    std::pair{"lsk/naif0012.tls", "/kernels/lsk/naif0012.tls"},
                                    std::pair{"/kernels/lsk/./naif0012.tls", "/kernels/lsk/naif0012.tls"},
                                    std::pair{"lsk//naif0012.tls", "/kernels/lsk/naif0012.tls"},
                                    std::pair{"./a b/c.bsp", "/kernels/a b/c.bsp"},
                                    std::pair{"1x:y", "/kernels/1x:y"}}) {
    const char* input = c.first;
    const char* want = c.second;
    auto got = sc::kernels::normalize_virtual_id(input);
    REQUIRE_MESSAGE(got.ok(), input);
    CHECK(*got == want);
  }
}

TEST_CASE("escapes and look-alikes are refused with SPICE(BADVIRTUALID)") {
  for (const char* bad : {"..", "../x", "a/../b", "/kernels/../x", "/kernelsx/a", "/etc/passwd", "//kernels/a",
                          "http://x/a.bsp", "file:a", "C:\\a", "C:/a", "a\\b", "", "   ", "/kernels/", "lsk/",
                          "a\x01" "b", "a\x7f"}) {
    auto got = sc::kernels::normalize_virtual_id(bad);
    REQUIRE_MESSAGE(!got.ok(), bad);
    CHECK(got.error().short_code == "SPICE(BADVIRTUALID)");
    CHECK(got.error().long_msg.find("/kernels/") != std::string::npos);
  }
}
