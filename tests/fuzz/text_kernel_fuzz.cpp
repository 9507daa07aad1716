// libFuzzer target: text kernels and meta-kernels. The input is loaded with furnsh_bytes into a fresh
// context (the text-kernel parser, KERNELS_TO_LOAD / PATH_SYMBOLS, the pool), then read back through
// the pool queries, and the things a text kernel defines are used: body names, frames (FK), leap
// seconds (LSK), clocks (SCLK) and instrument fields of view (IK). Finally the same text goes through
// lmpool, which parses it without the \begindata/\begintext requirement of a file.
//
// A fresh context per input: unloading a text kernel reloads the others (as CSPICE's UNLOAD does),
// which would make a shared base slow. The host reader is NULL, so a meta-kernel can name only the
// kernels staged below (a missing one is SPICE(NOSUCHFILE)), never a file on this machine.
// Seeds: the text fixtures (LSK, PCK, FK, SCLK, IK) and small meta-kernels (scripts/fuzz.sh).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

using sc_fuzz::api;
using sc_fuzz::ok;

constexpr const char* kId = "/kernels/fuzz/input.tm";
constexpr int32_t kRoom = 64;  // pool reads ask for at most this many values at a time

// Kernels a fuzzed meta-kernel can name (the seeds' meta-kernels do): small, so every input stays cheap.
constexpr const char* kStagedText = "/kernels/staged/extra.tk";
constexpr const char* kStagedTextBody = "\\begindata\nSTAGED_VALUE = ( 1 2 @2000-JAN-01 )\nSTAGED_NAME = 'three'\n\\begintext\n";

std::vector<std::string> pool_names(sc_context* ctx, const char* pattern) {
  sc_error err{};
  std::vector<std::string> names;
  int32_t found = 0;
  ok(api().gnpool(ctx, pattern, 0, kRoom, sc_fuzz::collect_strings, &names, &found, &err), err, "gnpool");
  return names;
}

std::vector<std::string> pool_strings(sc_context* ctx, const std::string& name) {
  sc_error err{};
  std::vector<std::string> values;
  int32_t found = 0;
  ok(api().gcpool(ctx, name.c_str(), 0, kRoom, sc_fuzz::collect_strings, &values, &found, &err), err, "gcpool");
  return values;
}

// Every variable: its type and size, then its values in the kind it holds (and in the other kind,
// which must be a clean error or nothing).
void read_pool(sc_context* ctx) {
  sc_error err{};
  for (const auto& name : pool_names(ctx, "*")) {
    int32_t found = 0, n = 0;
    char type = 0;
    ok(api().dtpool(ctx, name.c_str(), &found, &n, &type, &err), err, "dtpool");
    std::vector<double> numbers;
    ok(api().gdpool(ctx, name.c_str(), 0, kRoom, sc_fuzz::collect_doubles, &numbers, &found, &err), err, "gdpool");
    std::vector<int32_t> ints;
    ok(api().gipool(ctx, name.c_str(), 0, kRoom, sc_fuzz::collect_ints, &ints, &found, &err), err, "gipool");
    pool_strings(ctx, name);
  }
}

// What the variables define, used the way the calls of the API use them.
void use_definitions(sc_context* ctx) {
  sc_error err{};
  for (const auto& body : pool_strings(ctx, "NAIF_BODY_NAME")) {
    int32_t code = 0, found = 0;
    ok(api().bodn2c(ctx, body.c_str(), &code, &found, &err), err, "bodn2c");
  }
  double et = 0;
  if (ok(api().str2et(ctx, "2017-03-11T15:07:20", &et, &err), err, "str2et (kernel's LSK)")) {
    sc_fuzz::require_finite({&et, 1}, "str2et");
  }
  for (const auto& var : pool_names(ctx, "FRAME_*_NAME")) {
    for (const auto& frame : pool_strings(ctx, var)) {
      std::vector<double> m(36);
      if (ok(api().sxform(ctx, "J2000", frame.c_str(), et, m.data(), &err), err, "sxform")) {
        sc_fuzz::require_finite(m, "sxform");
      }
    }
  }
  for (const auto& var : pool_names(ctx, "SCLK_DATA_TYPE_*")) {
    const int32_t clock = -std::atoi(var.c_str() + std::string("SCLK_DATA_TYPE_").size());
    double ticks = 0;
    ok(api().sce2c(ctx, clock, et, &ticks, &err), err, "sce2c");
    std::vector<std::string> text;
    ok(api().sce2s(ctx, clock, et, sc_fuzz::collect_strings, &text, &err), err, "sce2s");
  }
  for (const auto& var : pool_names(ctx, "INS*_FOV_SHAPE")) {
    const int32_t inst = std::atoi(var.c_str() + 3);
    std::vector<std::string> shape, frame;
    std::vector<double> bounds;
    std::vector<double> bsight(3);
    int32_t n = 0;
    ok(api().getfov(ctx, inst, 16, sc_fuzz::collect_strings, &shape, sc_fuzz::collect_strings, &frame, bsight.data(), &n,
                    sc_fuzz::collect_doubles, &bounds, &err),
       err, "getfov");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const sc_fuzz::Context ctx;
  sc_error err{};
  const std::string staged(kStagedTextBody);
  if (api().furnsh_bytes(ctx.get(), kStagedText, reinterpret_cast<const uint8_t*>(staged.data()), staged.size(),
                         &err) != SC_OK) {
    sc_fuzz::violation("furnsh_bytes (staged kernel)", err.long_msg);
  }
  if (ok(api().furnsh_bytes(ctx.get(), kId, data, size, &err), err, "furnsh_bytes")) {
    int32_t count = 0;
    ok(api().ktotal(ctx.get(), "ALL", &count, &err), err, "ktotal");
    for (int32_t i = 0; i < count && i < 8; ++i) {
      int32_t found = 0;
      ok(api().kdata(ctx.get(), i, "ALL", sc_fuzz::ignore_kernel, nullptr, &found, &err), err, "kdata");
    }
    read_pool(ctx.get());
    use_definitions(ctx.get());
    ok(api().unload(ctx.get(), kId, &err), err, "unload");
  }
  ok(api().kclear(ctx.get(), &err), err, "kclear");
  if (ok(api().lmpool(ctx.get(), reinterpret_cast<const char*>(data), size, &err), err, "lmpool")) {
    read_pool(ctx.get());
  }
  return 0;
}
