// libFuzzer target: virtual ids, the names of kernels given as bytes. The TypeScript staging layer
// normalises what callers pass; the core applies the same rule (kernels::normalize_virtual_id) to the
// names a byte-backed meta-kernel lists (issue 16, item 1). Input: one name.
//   1. normalize_virtual_id directly: an accepted name becomes "/kernels/<segments>" with no empty,
//      "." or ".." segment, no backslash or control character, and normalising it again changes
//      nothing; a refused one is SPICE(BADVIRTUALID).
//   2. Through the shim, as the core meets such names: a meta-kernel given as bytes lists the name in
//      KERNELS_TO_LOAD (one kernel is staged under /kernels/staged/extra.tk). Loading may fail
//      cleanly, but the host reader must never be asked (fuzz_support.hpp's forbidden_host_reader).
// Seeds: tests/fuzz/seeds/virtual_id/; the dictionary tests/fuzz/dict/virtual_id.dict.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "kernels/virtual_id.hpp"

namespace {

using sc_fuzz::api;
using sc_fuzz::ok;

void check_normalized(std::string_view id) {
  auto once = sc::kernels::normalize_virtual_id(id);
  if (!once.ok()) {
    if (once.error().short_code != "SPICE(BADVIRTUALID)") {
      sc_fuzz::violation("normalize_virtual_id", "refused with " + once.error().short_code);
    }
    return;
  }
  const std::string& v = *once;
  if (!v.starts_with(sc::kernels::kVirtualRoot) || v.size() == sc::kernels::kVirtualRoot.size()) {
    sc_fuzz::violation("normalize_virtual_id", "'" + v + "' is not a file below /kernels/");
  }
  const std::string path = "/" + v.substr(sc::kernels::kVirtualRoot.size()) + "/";
  for (const char* bad : {"//", "/./", "/../", "\\"}) {
    if (path.find(bad) != std::string::npos) sc_fuzz::violation("normalize_virtual_id", "'" + v + "' holds " + bad);
  }
  for (const char c : v) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) sc_fuzz::violation("normalize_virtual_id", "control character");
  }
  auto twice = sc::kernels::normalize_virtual_id(v);
  if (!twice.ok() || *twice != v) sc_fuzz::violation("normalize_virtual_id", "not idempotent on '" + v + "'");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string name = sc_fuzz::as_string(data, size);
  check_normalized(name);

  // A text-kernel string cannot hold a newline, and a quote is written twice.
  std::string quoted;
  for (const char c : name) {
    if (c == '\n' || c == '\r') break;
    quoted += c;
    if (c == '\'') quoted += '\'';
  }
  const std::string meta = "\\begindata\nKERNELS_TO_LOAD = ( '" + quoted + "' )\n\\begintext\n";
  const std::string staged = "\\begindata\nSTAGED_NAME = 'staged'\n\\begintext\n";
  const sc_fuzz::Context ctx;
  sc_error err{};
  if (api().furnsh_bytes(ctx.get(), "/kernels/staged/extra.tk", reinterpret_cast<const uint8_t*>(staged.data()),
                         staged.size(), &err) != SC_OK) {
    sc_fuzz::violation("furnsh_bytes (staged kernel)", err.long_msg);
  }
  ok(api().furnsh_bytes(ctx.get(), "/kernels/fuzz/meta.tm", reinterpret_cast<const uint8_t*>(meta.data()), meta.size(),
                        &err),
     err, "furnsh_bytes (meta-kernel)");
  return 0;
}
