// Entry point of spicecraft.<platform>-<arch>[-<variant>].node: exports the Context class, the
// library version, the ABI version, the CPU variant and the release sentinel.
#include <napi.h>

#include "context_wrap.hpp"

#ifndef SC_NATIVE_SENTINEL
#error "SC_NATIVE_SENTINEL (e.g. __spicecraftV0_1_0) must be defined by the build"
#endif
#ifndef SC_NATIVE_VARIANT
#define SC_NATIVE_VARIANT ""
#endif

#define SC_STRINGIFY_(x) #x
#define SC_STRINGIFY(x) SC_STRINGIFY_(x)

#if defined(_WIN32)
#define SC_SENTINEL_EXPORT __declspec(dllexport)
#else
#define SC_SENTINEL_EXPORT __attribute__((visibility("default")))
#endif

// The release sentinel as a real dynamic symbol, so `nm -D <file>.node` tells which release a binary
// belongs to without loading it. Its value is the version string. The loader checks the property of
// the same name below, because a loaded module's C symbols are not visible from JavaScript.
// (A const object has internal linkage unless declared extern first.)
extern "C" {
SC_SENTINEL_EXPORT extern const char SC_NATIVE_SENTINEL[];
const char SC_NATIVE_SENTINEL[] = SC_VERSION;
}

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  const sc_api* api = sc_get_api(SC_ABI_VERSION);
  exports.Set("Context", sc::node::ContextWrap::Define(env));
  exports.Set("version", Napi::String::New(env, api != nullptr ? api->version() : "unknown"));
  exports.Set("abiVersion", Napi::Number::New(env, SC_ABI_VERSION));
  exports.Set("variant", Napi::String::New(env, SC_NATIVE_VARIANT));
  exports.Set(SC_STRINGIFY(SC_NATIVE_SENTINEL), Napi::Boolean::New(env, SC_NATIVE_SENTINEL[0] != '\0'));
  return exports;
}

}  // namespace

NODE_API_MODULE(spicecraft, Init)
