// Embind binding of the shim: the JS class `Context`, bound through sc_get_api() only. Its methods
// mirror the Node addon's one for one and return the same shapes (values, null for "not found", or
// an error record { short, long, trace }), so the shared TS layer cannot tell the backends apart.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "spicecraft.h"

namespace {

using emscripten::val;

val error_record(const sc_error& e) {
  val o = val::object();
  o.set("short", std::string(e.short_code));
  o.set("long", std::string(e.long_msg));
  o.set("trace", std::string(e.trace));
  return o;
}

void collect_string(void* user, const char* text, std::size_t length) {
  static_cast<std::vector<std::string>*>(user)->emplace_back(text, length);
}

void collect_kernel(void* user, const sc_kernel_info* k) {
  val o = val::object();
  o.set("file", std::string(k->file));
  o.set("filtyp", std::string(k->filtyp));
  o.set("source", std::string(k->source));
  o.set("handle", k->handle);
  *static_cast<val*>(user) = o;
}

val string_array(const std::vector<std::string>& values) {
  val a = val::array();
  for (const auto& v : values) a.call<void>("push", v);
  return a;
}

// Numeric sinks: the shim hands over exactly the values it has, so nothing is sized by `room`.
template <class T>
void collect_numbers(void* user, const T* values, std::size_t count) {
  static_cast<std::vector<double>*>(user)->assign(values, values + count);
}

val number_array(const std::vector<double>& values) {
  val a = val::array();
  for (double v : values) a.call<void>("push", v);
  return a;
}

// The host's file reader: a JS function (path) => Uint8Array | { short, long }. Under Node the TS
// layer passes one that reads host files; in browsers there is none.
sc_status read_with_js(void* reader_user, const char* path, sc_bytes_sink deliver, void* sink_user, sc_error* err) {
  val& reader = *static_cast<val*>(reader_user);
  val got = reader(std::string(path));
  if (got.instanceof(val::global("Uint8Array"))) {
    auto bytes = emscripten::convertJSArrayToNumberVector<std::uint8_t>(got);
    deliver(sink_user, bytes.data(), bytes.size());
    return SC_OK;
  }
  auto copy = [](char* out, std::size_t cap, const std::string& s) {
    std::size_t n = s.size() < cap - 1 ? s.size() : cap - 1;
    s.copy(out, n);
    out[n] = '\0';
  };
  copy(err->short_code, SC_SHORT_LEN, got["short"].as<std::string>());
  copy(err->long_msg, SC_LONG_LEN, got["long"].as<std::string>());
  err->trace[0] = '\0';
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

  void dispose() {
    if (ctx_ != nullptr) api_->context_destroy(ctx_);
    ctx_ = nullptr;
  }

  val furnsh(const std::string& name) { return done(api_->furnsh(ctx_, name.c_str(), &err_)); }

  val furnshBytes(const std::string& name, val bytes) {
    auto data = emscripten::convertJSArrayToNumberVector<std::uint8_t>(bytes);
    return done(api_->furnsh_bytes(ctx_, name.c_str(), data.data(), data.size(), &err_));
  }

  val unload(const std::string& name) { return done(api_->unload(ctx_, name.c_str(), &err_)); }
  val kclear() { return done(api_->kclear(ctx_, &err_)); }

  val ktotal(const std::string& kinds) {
    int32_t count = 0;
    if (api_->ktotal(ctx_, kinds.c_str(), &count, &err_) != SC_OK) return error_record(err_);
    return val(count);
  }

  val kdata(int32_t which, const std::string& kinds) {
    val out = val::null();
    int32_t found = 0;
    if (api_->kdata(ctx_, which, kinds.c_str(), collect_kernel, &out, &found, &err_) != SC_OK) return error_record(err_);
    return out;
  }

  val kinfo(const std::string& file) {
    val out = val::null();
    int32_t found = 0;
    if (api_->kinfo(ctx_, file.c_str(), collect_kernel, &out, &found, &err_) != SC_OK) return error_record(err_);
    return out;
  }

  val getfat(const std::string& file) {
    std::vector<std::string> parts;
    if (api_->getfat(ctx_, file.c_str(), collect_string, &parts, &err_) != SC_OK) return error_record(err_);
    return string_array(parts);
  }

  val gdpool(const std::string& name, int32_t start, int32_t room) {
    std::vector<double> values;
    int32_t found = 0;
    if (api_->gdpool(ctx_, name.c_str(), start, room, collect_numbers<double>, &values, &found, &err_) != SC_OK) {
      return error_record(err_);
    }
    return found ? number_array(values) : val::null();
  }

  val gipool(const std::string& name, int32_t start, int32_t room) {
    std::vector<double> values;
    int32_t found = 0;
    if (api_->gipool(ctx_, name.c_str(), start, room, collect_numbers<int32_t>, &values, &found, &err_) != SC_OK) {
      return error_record(err_);
    }
    return found ? number_array(values) : val::null();
  }

  val gcpool(const std::string& name, int32_t start, int32_t room) {
    std::vector<std::string> values;
    int32_t found = 0;
    if (api_->gcpool(ctx_, name.c_str(), start, room, collect_string, &values, &found, &err_) != SC_OK) {
      return error_record(err_);
    }
    return found ? string_array(values) : val::null();
  }

  val gnpool(const std::string& name, int32_t start, int32_t room) {
    std::vector<std::string> values;
    int32_t found = 0;
    if (api_->gnpool(ctx_, name.c_str(), start, room, collect_string, &values, &found, &err_) != SC_OK) {
      return error_record(err_);
    }
    return found ? string_array(values) : val::null();
  }

  val dtpool(const std::string& name) {
    int32_t found = 0, n = 0;
    char type = 'X';
    if (api_->dtpool(ctx_, name.c_str(), &found, &n, &type, &err_) != SC_OK) return error_record(err_);
    if (!found) return val::null();
    val o = val::object();
    o.set("n", n);
    o.set("type", std::string(1, type));
    return o;
  }

  val expool(const std::string& name) {
    int32_t found = 0;
    if (api_->expool(ctx_, name.c_str(), &found, &err_) != SC_OK) return error_record(err_);
    return val(found != 0);
  }

  val pdpool(const std::string& name, val values) {
    auto v = emscripten::convertJSArrayToNumberVector<double>(values);
    return done(api_->pdpool(ctx_, name.c_str(), static_cast<int32_t>(v.size()), v.data(), &err_));
  }

  val pipool(const std::string& name, val values) {
    auto v = emscripten::convertJSArrayToNumberVector<int32_t>(values);
    return done(api_->pipool(ctx_, name.c_str(), static_cast<int32_t>(v.size()), v.data(), &err_));
  }

  val pcpool(const std::string& name, val values) {
    auto v = emscripten::vecFromJSArray<std::string>(values);
    std::vector<const char*> pointers;
    for (const auto& s : v) pointers.push_back(s.c_str());
    return done(api_->pcpool(ctx_, name.c_str(), static_cast<int32_t>(pointers.size()), pointers.data(), &err_));
  }

  val lmpool(const std::string& text) { return done(api_->lmpool(ctx_, text.data(), text.size(), &err_)); }

  val bodfnd(int32_t body, const std::string& item) {
    int32_t found = 0;
    if (api_->bodfnd(ctx_, body, item.c_str(), &found, &err_) != SC_OK) return error_record(err_);
    return val(found != 0);
  }

  val bodvcd(int32_t body, const std::string& item, int32_t maxn) {
    std::vector<double> values;
    if (api_->bodvcd(ctx_, body, item.c_str(), maxn, collect_numbers<double>, &values, &err_) != SC_OK) {
      return error_record(err_);
    }
    return number_array(values);
  }

  val bodvrd(const std::string& body, const std::string& item, int32_t maxn) {
    std::vector<double> values;
    if (api_->bodvrd(ctx_, body.c_str(), item.c_str(), maxn, collect_numbers<double>, &values, &err_) != SC_OK) {
      return error_record(err_);
    }
    return number_array(values);
  }

  val bodn2c(const std::string& name) {
    int32_t code = 0, found = 0;
    if (api_->bodn2c(ctx_, name.c_str(), &code, &found, &err_) != SC_OK) return error_record(err_);
    return found ? val(code) : val::null();
  }

  val bods2c(const std::string& name) {
    int32_t code = 0, found = 0;
    if (api_->bods2c(ctx_, name.c_str(), &code, &found, &err_) != SC_OK) return error_record(err_);
    return found ? val(code) : val::null();
  }

  val bodc2n(int32_t code) {
    std::vector<std::string> names;
    int32_t found = 0;
    if (api_->bodc2n(ctx_, code, collect_string, &names, &found, &err_) != SC_OK) return error_record(err_);
    return found && !names.empty() ? val(names[0]) : val::null();
  }

  val bodc2s(int32_t code) {
    std::vector<std::string> names;
    if (api_->bodc2s(ctx_, code, collect_string, &names, &err_) != SC_OK) return error_record(err_);
    return val(names.empty() ? std::string() : names[0]);
  }

  val boddef(const std::string& name, int32_t code) { return done(api_->boddef(ctx_, name.c_str(), code, &err_)); }

 private:
  val done(sc_status s) { return s == SC_OK ? val::undefined() : error_record(err_); }

  const sc_api* api_;
  val reader_;
  sc_context* ctx_ = nullptr;
  sc_error err_{};
};

std::string version() { return sc_get_api(SC_ABI_VERSION)->version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(spicecraft) {
  emscripten::function("version", &version);
  emscripten::constant("abiVersion", SC_ABI_VERSION);
  emscripten::class_<WasmContext>("Context")
      .constructor<val>()
      .function("dispose", &WasmContext::dispose)
      .function("furnsh", &WasmContext::furnsh)
      .function("furnshBytes", &WasmContext::furnshBytes)
      .function("unload", &WasmContext::unload)
      .function("kclear", &WasmContext::kclear)
      .function("ktotal", &WasmContext::ktotal)
      .function("kdata", &WasmContext::kdata)
      .function("kinfo", &WasmContext::kinfo)
      .function("getfat", &WasmContext::getfat)
      .function("gdpool", &WasmContext::gdpool)
      .function("gipool", &WasmContext::gipool)
      .function("gcpool", &WasmContext::gcpool)
      .function("gnpool", &WasmContext::gnpool)
      .function("dtpool", &WasmContext::dtpool)
      .function("expool", &WasmContext::expool)
      .function("pdpool", &WasmContext::pdpool)
      .function("pipool", &WasmContext::pipool)
      .function("pcpool", &WasmContext::pcpool)
      .function("lmpool", &WasmContext::lmpool)
      .function("bodfnd", &WasmContext::bodfnd)
      .function("bodvcd", &WasmContext::bodvcd)
      .function("bodvrd", &WasmContext::bodvrd)
      .function("bodn2c", &WasmContext::bodn2c)
      .function("bods2c", &WasmContext::bods2c)
      .function("bodc2n", &WasmContext::bodc2n)
      .function("bodc2s", &WasmContext::bodc2s)
      .function("boddef", &WasmContext::boddef);
}
