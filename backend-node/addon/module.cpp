// Entry point of spicecraft.<platform>.node: exports the Context class, the library version and
// the ABI version the addon was built against.
#include <napi.h>

#include "context_wrap.hpp"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  const sc_api* api = sc_get_api(SC_ABI_VERSION);
  exports.Set("Context", sc::node::ContextWrap::Define(env));
  exports.Set("version", Napi::String::New(env, api != nullptr ? api->version() : "unknown"));
  exports.Set("abiVersion", Napi::Number::New(env, SC_ABI_VERSION));
  return exports;
}

}  // namespace

NODE_API_MODULE(spicecraft, Init)
