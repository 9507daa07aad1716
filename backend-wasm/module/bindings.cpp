// Embind binding of the shim: the JS class `Context`, bound through sc_get_api() only. Its methods
// are generated from shim-c/calls.idl (wasm_methods.inc), as the Node addon's are, and return the
// same shapes (values, null for "not found", or an error record { short, long, trace }), so the
// shared TS layer cannot tell the backends apart. Only the context's life cycle is written here.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "marshal.hpp"
#include "spicecraft.h"

namespace {

using namespace sc::wasm;

// The host's file reader: a JS function (path) => Uint8Array | { short, long }. Under Node the TS
// layer passes one that reads host files; in browsers there is none.
sc_status read_with_js(void* reader_user, const char* path, sc_bytes_sink deliver, void* sink_user, sc_error* err) {
  val& reader = *static_cast<val*>(reader_user);
  val got = reader(val(utf16_from_utf8(path)));  // the one conversion (utf16_text.hpp), not Embind's
  if (got.instanceof(val::global("Uint8Array"))) {
    const auto n = got["length"].as<std::size_t>();
    // The bytes' copy in the heap, and room for the core's own copy of them (the sink keeps one):
    // a file too large for the heap is SPICE(MALLOCFAILED), not an abort of the module.
    HeapArray<std::uint8_t> bytes(n);
    if (!bytes.ok() || (n > 0 && !heap_has_room(n))) {
      *err = error_of("SPICE(MALLOCFAILED)",
                      "The file '" + std::string(path) + "' (" + std::to_string(n) +
                          " bytes) does not fit in the WASM heap (at most 2 GB, holding two copies while it loads).",
                      "");
      return SC_ERROR;
    }
    if (n > 0) val(emscripten::typed_memory_view(n, bytes.data())).call<void>("set", got);
    deliver(sink_user, bytes.data(), n);
    return SC_OK;
  }
  *err = error_of(utf8_from_utf16(got["short"].as<std::u16string>()).c_str(), utf8_from_utf16(got["long"].as<std::u16string>()), "");
  return SC_ERROR;
}

class WasmContext {
 public:
  explicit WasmContext(val reader) : api_(sc_get_api(SC_ABI_VERSION)), reader_(std::move(reader)) {
    sc_error err{};
    bool has_reader = reader_.typeOf().as<std::string>() == "function";
    api_->context_create(has_reader ? read_with_js : nullptr, has_reader ? &reader_ : nullptr, &ctx_, &err);
  }
  WasmContext(const WasmContext&) = delete;
  WasmContext& operator=(const WasmContext&) = delete;
  ~WasmContext() { dispose(); }

  // Frees the context now rather than when JS deletes the object; later calls answer SPICE(DISPOSED).
  void dispose() {
    if (ctx_ != nullptr) api_->context_destroy(ctx_);
    ctx_ = nullptr;
  }

#include "wasm_methods.inc"

  // The lean methods' outputs (shim-c/codegen/lean.mjs), as a view of this object's memory in the
  // heap: JS must ask again when the heap has grown (the old view is then detached, length 0).
  val scratch() { return val(emscripten::typed_memory_view(kScratchSize, scratch_.data())); }

 private:
  double* scratch_data() { return scratch_.data(); }

  const sc_api* api_;
  std::array<double, kScratchSize> scratch_{};
  val reader_;
  sc_context* ctx_ = nullptr;
};

std::string version() { return sc_get_api(SC_ABI_VERSION)->version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(spicecraft) {
  emscripten::function("version", &version);
  emscripten::constant("abiVersion", SC_ABI_VERSION);
  const auto& cls = emscripten::class_<WasmContext>("Context")
                        .constructor<val>()
                        .function("dispose", &WasmContext::dispose)
                        .function("scratch", &WasmContext::scratch);
#include "wasm_registration.inc"
}
