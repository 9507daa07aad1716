// Embind binding of the shim: the JS class `Context`, bound through sc_get_api() only. Its methods
// mirror the Node addon's one for one and return the same shapes (values, null for "not found", or
// an error record { short, long, trace }), so the shared TS layer cannot tell the backends apart.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdio>
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

// A function this library build does not provide (its table slot is empty).
val unavailable(const char* name) {
  sc_error e{};
  std::snprintf(e.short_code, sizeof e.short_code, "SPICE(NOTIMPLEMENTED)");
  std::snprintf(e.long_msg, sizeof e.long_msg, "%s is not available in this build of spicecraft.", name);
  return error_record(e);
}

val doubles(const double* values, std::size_t n) {
  val a = val::array();
  for (std::size_t i = 0; i < n; ++i) a.call<void>("push", values[i]);
  return a;
}

val with_lt(const char* key, const double* values, std::size_t n, double lt) {
  val o = val::object();
  o.set(key, doubles(values, n));
  o.set("lt", lt);
  return o;
}

// A JS Float64Array holding a copy of `values` (the WASM heap may move when memory grows).
val float64_copy(const std::vector<double>& values) {
  val view = val(emscripten::typed_memory_view(values.size(), values.data()));
  return val::global("Float64Array").new_(view);
}

#define SC_PROVIDED(member) \
  if (api_->member == nullptr) return unavailable(#member)

val named_frame(int32_t found, int32_t code, const std::vector<std::string>& names) {
  if (!found) return val::null();
  val o = val::object();
  o.set("frcode", code);
  o.set("frname", names.empty() ? std::string() : names[0]);
  return o;
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

  val str2et(const std::string& text) {
    SC_PROVIDED(str2et);
    double et = 0;
    if (api_->str2et(ctx_, text.c_str(), &et, &err_) != SC_OK) return error_record(err_);
    return val(et);
  }

  val et2utc(double et, const std::string& format, int32_t precision) {
    SC_PROVIDED(et2utc);
    std::vector<std::string> out;
    if (api_->et2utc(ctx_, et, format.c_str(), precision, collect_string, &out, &err_) != SC_OK) {
      return error_record(err_);
    }
    return val(out.empty() ? std::string() : out[0]);
  }

  val timout(double et, const std::string& picture) {
    SC_PROVIDED(timout);
    std::vector<std::string> out;
    if (api_->timout(ctx_, et, picture.c_str(), collect_string, &out, &err_) != SC_OK) return error_record(err_);
    return val(out.empty() ? std::string() : out[0]);
  }

  val deltet(double epoch, const std::string& type) {
    SC_PROVIDED(deltet);
    double delta = 0;
    if (api_->deltet(ctx_, epoch, type.c_str(), &delta, &err_) != SC_OK) return error_record(err_);
    return val(delta);
  }

  val unitim(double epoch, const std::string& from, const std::string& to) {
    SC_PROVIDED(unitim);
    double out = 0;
    if (api_->unitim(ctx_, epoch, from.c_str(), to.c_str(), &out, &err_) != SC_OK) return error_record(err_);
    return val(out);
  }

  val spkezr(const std::string& target, double et, const std::string& ref, const std::string& abcorr,
             const std::string& observer) {
    SC_PROVIDED(spkezr);
    double state[6] = {}, lt = 0;
    if (api_->spkezr(ctx_, target.c_str(), et, ref.c_str(), abcorr.c_str(), observer.c_str(), state, &lt, &err_) !=
        SC_OK) {
      return error_record(err_);
    }
    return with_lt("state", state, 6, lt);
  }

  val spkpos(const std::string& target, double et, const std::string& ref, const std::string& abcorr,
             const std::string& observer) {
    SC_PROVIDED(spkpos);
    double pos[3] = {}, lt = 0;
    if (api_->spkpos(ctx_, target.c_str(), et, ref.c_str(), abcorr.c_str(), observer.c_str(), pos, &lt, &err_) !=
        SC_OK) {
      return error_record(err_);
    }
    return with_lt("pos", pos, 3, lt);
  }

  val spkez(int32_t target, double et, const std::string& ref, const std::string& abcorr, int32_t observer) {
    SC_PROVIDED(spkez);
    double state[6] = {}, lt = 0;
    if (api_->spkez(ctx_, target, et, ref.c_str(), abcorr.c_str(), observer, state, &lt, &err_) != SC_OK) {
      return error_record(err_);
    }
    return with_lt("state", state, 6, lt);
  }

  val spkezp(int32_t target, double et, const std::string& ref, const std::string& abcorr, int32_t observer) {
    SC_PROVIDED(spkezp);
    double pos[3] = {}, lt = 0;
    if (api_->spkezp(ctx_, target, et, ref.c_str(), abcorr.c_str(), observer, pos, &lt, &err_) != SC_OK) {
      return error_record(err_);
    }
    return with_lt("pos", pos, 3, lt);
  }

  val spkgeo(int32_t target, double et, const std::string& ref, int32_t observer) {
    SC_PROVIDED(spkgeo);
    double state[6] = {}, lt = 0;
    if (api_->spkgeo(ctx_, target, et, ref.c_str(), observer, state, &lt, &err_) != SC_OK) return error_record(err_);
    return with_lt("state", state, 6, lt);
  }

  val spkgps(int32_t target, double et, const std::string& ref, int32_t observer) {
    SC_PROVIDED(spkgps);
    double pos[3] = {}, lt = 0;
    if (api_->spkgps(ctx_, target, et, ref.c_str(), observer, pos, &lt, &err_) != SC_OK) return error_record(err_);
    return with_lt("pos", pos, 3, lt);
  }

  val spkssb(int32_t target, double et, const std::string& ref) {
    SC_PROVIDED(spkssb);
    double state[6] = {};
    if (api_->spkssb(ctx_, target, et, ref.c_str(), state, &err_) != SC_OK) return error_record(err_);
    return doubles(state, 6);
  }

  val spkezrBatch(const std::string& target, val ets, const std::string& ref, const std::string& abcorr,
                  const std::string& observer) {
    return batch(api_->spkezr_batch, 6, "states", target, ets, ref, abcorr, observer);
  }

  val spkposBatch(const std::string& target, val ets, const std::string& ref, const std::string& abcorr,
                  const std::string& observer) {
    return batch(api_->spkpos_batch, 3, "positions", target, ets, ref, abcorr, observer);
  }

  val pxform(const std::string& from, const std::string& to, double et) {
    SC_PROVIDED(pxform);
    double m[9] = {};
    if (api_->pxform(ctx_, from.c_str(), to.c_str(), et, m, &err_) != SC_OK) return error_record(err_);
    return doubles(m, 9);
  }

  val sxform(const std::string& from, const std::string& to, double et) {
    SC_PROVIDED(sxform);
    double m[36] = {};
    if (api_->sxform(ctx_, from.c_str(), to.c_str(), et, m, &err_) != SC_OK) return error_record(err_);
    return doubles(m, 36);
  }

  val pxfrm2(const std::string& from, const std::string& to, double et_from, double et_to) {
    SC_PROVIDED(pxfrm2);
    double m[9] = {};
    if (api_->pxfrm2(ctx_, from.c_str(), to.c_str(), et_from, et_to, m, &err_) != SC_OK) return error_record(err_);
    return doubles(m, 9);
  }

  val pxformBatch(const std::string& from, const std::string& to, val ets) {
    SC_PROVIDED(pxform_batch);
    auto epochs = emscripten::convertJSArrayToNumberVector<double>(ets);
    std::vector<double> matrices(9 * epochs.size());
    if (api_->pxform_batch(ctx_, from.c_str(), to.c_str(), epochs.data(), epochs.size(), matrices.data(), &err_) !=
        SC_OK) {
      return error_record(err_);
    }
    return float64_copy(matrices);
  }

  val namfrm(const std::string& name) {
    SC_PROVIDED(namfrm);
    int32_t code = 0, found = 0;
    if (api_->namfrm(ctx_, name.c_str(), &code, &found, &err_) != SC_OK) return error_record(err_);
    return found ? val(code) : val::null();
  }

  val frmnam(int32_t code) {
    SC_PROVIDED(frmnam);
    std::vector<std::string> names;
    int32_t found = 0;
    if (api_->frmnam(ctx_, code, collect_string, &names, &found, &err_) != SC_OK) return error_record(err_);
    return found && !names.empty() ? val(names[0]) : val::null();
  }

  val frinfo(int32_t code) {
    SC_PROVIDED(frinfo);
    int32_t center = 0, frame_class = 0, class_id = 0, found = 0;
    if (api_->frinfo(ctx_, code, &center, &frame_class, &class_id, &found, &err_) != SC_OK) return error_record(err_);
    if (!found) return val::null();
    val o = val::object();
    o.set("center", center);
    o.set("frameClass", frame_class);
    o.set("classId", class_id);
    return o;
  }

  val cidfrm(int32_t center) {
    SC_PROVIDED(cidfrm);
    std::vector<std::string> names;
    int32_t code = 0, found = 0;
    if (api_->cidfrm(ctx_, center, &code, collect_string, &names, &found, &err_) != SC_OK) return error_record(err_);
    return named_frame(found, code, names);
  }

  val cnmfrm(const std::string& name) {
    SC_PROVIDED(cnmfrm);
    std::vector<std::string> names;
    int32_t code = 0, found = 0;
    if (api_->cnmfrm(ctx_, name.c_str(), &code, collect_string, &names, &found, &err_) != SC_OK) {
      return error_record(err_);
    }
    return named_frame(found, code, names);
  }

  val ccifrm(int32_t frame_class, int32_t class_id) {
    SC_PROVIDED(ccifrm);
    std::vector<std::string> names;
    int32_t code = 0, center = 0, found = 0;
    if (api_->ccifrm(ctx_, frame_class, class_id, &code, &center, collect_string, &names, &found, &err_) != SC_OK) {
      return error_record(err_);
    }
    val frame = named_frame(found, code, names);
    if (found) frame.set("center", center);
    return frame;
  }

  // ---- SPK writers. Arrays arrive as Float64Arrays, host-file bytes leave as a Uint8Array copy.

  val spkopn(const std::string& name, const std::string& ifname, int32_t ncomch, bool host_file) {
    SC_PROVIDED(spkopn);
    int32_t handle = 0;
    if (api_->spkopn(ctx_, name.c_str(), ifname.c_str(), ncomch, host_file ? 1 : 0, &handle, &err_) != SC_OK) {
      return error_record(err_);
    }
    return val(handle);
  }

  val spkopa(const std::string& name, bool host_file) {
    SC_PROVIDED(spkopa);
    int32_t handle = 0;
    if (api_->spkopa(ctx_, name.c_str(), host_file ? 1 : 0, &handle, &err_) != SC_OK) return error_record(err_);
    return val(handle);
  }

  val spkcls(int32_t handle) {
    SC_PROVIDED(spkcls);
    struct Sink {
      std::vector<std::uint8_t> bytes;
      bool delivered = false;
    } sink;
    auto deliver = [](void* user, const std::uint8_t* data, std::size_t length) {
      auto* s = static_cast<Sink*>(user);
      s->bytes.assign(data, data + length);
      s->delivered = true;
    };
    if (api_->spkcls(ctx_, handle, deliver, &sink, &err_) != SC_OK) return error_record(err_);
    return sink.delivered ? uint8_copy(sink.bytes) : val::null();
  }

  val spkw02(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, double intlen, int32_t n, int32_t polydg, val cdata, double btime) {
    return chebyshev(api_->spkw02, "spkw02", handle, body, center, frame, first, last, segid, intlen, n, polydg, cdata,
                     btime);
  }
  val spkw03(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, double intlen, int32_t n, int32_t polydg, val cdata, double btime) {
    return chebyshev(api_->spkw03, "spkw03", handle, body, center, frame, first, last, segid, intlen, n, polydg, cdata,
                     btime);
  }
  val spkw08(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, int32_t degree, int32_t n, val states, double epoch1, double step) {
    return equal_step(api_->spkw08, "spkw08", handle, body, center, frame, first, last, segid, degree, n, states,
                      epoch1, step);
  }
  val spkw12(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, int32_t degree, int32_t n, val states, double epoch1, double step) {
    return equal_step(api_->spkw12, "spkw12", handle, body, center, frame, first, last, segid, degree, n, states,
                      epoch1, step);
  }
  val spkw09(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, int32_t degree, int32_t n, val states, val epochs) {
    return unequal_step(api_->spkw09, "spkw09", handle, body, center, frame, first, last, segid, degree, n, states,
                        epochs);
  }
  val spkw13(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, int32_t degree, int32_t n, val states, val epochs) {
    return unequal_step(api_->spkw13, "spkw13", handle, body, center, frame, first, last, segid, degree, n, states,
                        epochs);
  }

  val dafac(int32_t handle, val lines) {
    SC_PROVIDED(dafac);
    auto text = emscripten::vecFromJSArray<std::string>(lines);
    std::vector<const char*> pointers;
    for (const auto& line : text) pointers.push_back(line.c_str());
    return done(api_->dafac(ctx_, handle, static_cast<int32_t>(pointers.size()), pointers.data(), &err_));
  }

  val readVirtualOutput(const std::string& name) {
    SC_PROVIDED(read_virtual_output);
    std::vector<std::uint8_t> bytes;
    auto collect = [](void* user, const std::uint8_t* data, std::size_t length) {
      static_cast<std::vector<std::uint8_t>*>(user)->assign(data, data + length);
    };
    if (api_->read_virtual_output(ctx_, name.c_str(), collect, &bytes, &err_) != SC_OK) return error_record(err_);
    return uint8_copy(bytes);
  }

  val spkcov(const std::string& file, int32_t idcode, val cover) { return coverage(api_->spkcov, "spkcov", file, idcode, cover); }
  val pckcov(const std::string& file, int32_t idcode, val cover) { return coverage(api_->pckcov, "pckcov", file, idcode, cover); }
  val spkobj(const std::string& file, val ids) { return id_set(api_->spkobj, "spkobj", file, ids); }
  val pckfrm(const std::string& file, val ids) { return id_set(api_->pckfrm, "pckfrm", file, ids); }

  val spksfs(int32_t body, double et) {
    SC_PROVIDED(spksfs);
    std::vector<std::string> names;  // file, segment name
    double dc[2] = {};
    int32_t ic[6] = {};
    int32_t handle = 0, found = 0;
    if (api_->spksfs(ctx_, body, et, collect_string, &names, dc, ic, &handle, &found, &err_) != SC_OK) {
      return error_record(err_);
    }
    if (!found) return val::null();
    names.resize(2);  // the shim always sends both; this only guards the indexing
    val o = val::object();
    o.set("file", names[0]);
    o.set("ident", names[1]);
    o.set("handle", handle);
    o.set("dc", number_array({dc[0], dc[1]}));
    o.set("ic", number_array(std::vector<double>(ic, ic + 6)));
    return o;
  }

  val dafec(const std::string& file) {
    SC_PROVIDED(dafec);
    std::vector<std::string> lines;
    if (api_->dafec(ctx_, file.c_str(), collect_string, &lines, &err_) != SC_OK) return error_record(err_);
    return string_array(lines);
  }

  val spkw14(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, int32_t n, int32_t chbdeg, val records, val epochs) {
    SC_PROVIDED(spkw14);
    auto r = numbers(records), e = numbers(epochs);
    return done(api_->spkw14(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), n, chbdeg, r.data(),
                             r.size(), e.data(), e.size(), &err_));
  }

  val spkw15(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, double epoch, val tp, val pa, double p, double ecc, double j2flg, val pv,
             double gm, double j2, double radius) {
    SC_PROVIDED(spkw15);
    auto t = numbers(tp), a = numbers(pa), v = numbers(pv);
    if (t.size() != 3 || a.size() != 3 || v.size() != 3) return type_error("spkw15: tp, pa and pv must hold 3 numbers");
    return done(api_->spkw15(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), epoch, t.data(),
                             a.data(), p, ecc, j2flg, v.data(), gm, j2, radius, &err_));
  }

  val spkw17(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, double epoch, val eqel, double rapol, double decpol) {
    SC_PROVIDED(spkw17);
    auto el = numbers(eqel);
    if (el.size() != 9) return type_error("spkw17: eqel must hold 9 numbers");
    return done(api_->spkw17(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), epoch, el.data(),
                             rapol, decpol, &err_));
  }

  val spkw18(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, int32_t subtype, int32_t degree, int32_t n, val packets, val epochs) {
    SC_PROVIDED(spkw18);
    auto pk = numbers(packets), e = numbers(epochs);
    return done(api_->spkw18(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), subtype, degree, n,
                             pk.data(), pk.size(), e.data(), e.size(), &err_));
  }

  val spkw19(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, int32_t nintvl, val npkts, val subtps, val degres, val packets, val epochs,
             val ivlbds, int32_t sellst) {
    SC_PROVIDED(spkw19);
    const std::size_t count = nintvl > 0 ? static_cast<std::size_t>(nintvl) : 0;
    auto np = emscripten::convertJSArrayToNumberVector<int32_t>(npkts);
    auto st = emscripten::convertJSArrayToNumberVector<int32_t>(subtps);
    auto dg = emscripten::convertJSArrayToNumberVector<int32_t>(degres);
    auto pk = numbers(packets), e = numbers(epochs), b = numbers(ivlbds);
    if (np.size() != count || st.size() != count || dg.size() != count || b.size() != (count > 0 ? count + 1 : 0)) {
      return type_error("spkw19: npkts, subtps and degres must hold nintvl numbers and ivlbds nintvl + 1");
    }
    return done(api_->spkw19(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), nintvl, np.data(),
                             st.data(), dg.data(), pk.data(), pk.size(), e.data(), e.size(), b.data(), sellst, &err_));
  }

  val spkw20(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, double intlen, int32_t n, int32_t polydg, val cdata, double dscale,
             double tscale, double initjd, double initfr) {
    SC_PROVIDED(spkw20);
    auto c = numbers(cdata);
    return done(api_->spkw20(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), intlen, n, polydg,
                             c.data(), c.size(), dscale, tscale, initjd, initfr, &err_));
  }

  val spkw05(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, double gm, int32_t n, val states, val epochs) {
    SC_PROVIDED(spkw05);
    auto s = numbers(states), e = numbers(epochs);
    return done(api_->spkw05(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), gm, n, s.data(),
                             s.size(), e.data(), e.size(), &err_));
  }

  val spkw21(int32_t handle, int32_t body, int32_t center, const std::string& frame, double first, double last,
             const std::string& segid, int32_t n, int32_t dlsize, val dlines, val epochs) {
    SC_PROVIDED(spkw21);
    auto d = numbers(dlines), e = numbers(epochs);
    return done(api_->spkw21(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), n, dlsize, d.data(),
                             d.size(), e.data(), e.size(), &err_));
  }

 private:
  static std::vector<double> numbers(val array) {
    return emscripten::convertJSArrayToNumberVector<double>(array);
  }

  // The raw binding was called with arrays of the wrong size (the TS layer checks first).
  static val type_error(const char* message) {
    val::global("TypeError").new_(std::string(message)).throw_();
    return val::undefined();
  }

  // A JS Uint8Array holding a copy of `bytes` (the WASM heap may move when memory grows).
  static val uint8_copy(const std::vector<std::uint8_t>& bytes) {
    val view = val(emscripten::typed_memory_view(bytes.size(), bytes.data()));
    return val::global("Uint8Array").new_(view);
  }

  // spkcov/pckcov and spkobj/pckfrm share their C signatures.
  val coverage(decltype(sc_api::spkcov) query, const char* name, const std::string& file, int32_t idcode, val cover) {
    if (query == nullptr) return unavailable(name);
    auto input = emscripten::convertJSArrayToNumberVector<double>(cover);
    std::vector<double> window;
    if (query(ctx_, file.c_str(), idcode, input.data(), input.size(), collect_numbers<double>, &window, &err_) != SC_OK) {
      return error_record(err_);
    }
    return number_array(window);
  }

  val id_set(decltype(sc_api::spkobj) query, const char* name, const std::string& file, val ids) {
    if (query == nullptr) return unavailable(name);
    auto input = emscripten::convertJSArrayToNumberVector<int32_t>(ids);
    std::vector<double> out;  // collect_numbers always fills doubles (exact for int32)
    if (query(ctx_, file.c_str(), input.data(), input.size(), collect_numbers<int32_t>, &out, &err_) != SC_OK) {
      return error_record(err_);
    }
    return number_array(out);
  }

  // spkw02/03, spkw08/12 and spkw09/13 share their C signatures.
  val chebyshev(decltype(sc_api::spkw02) writer, const char* name, int32_t handle, int32_t body, int32_t center,
                const std::string& frame, double first, double last, const std::string& segid, double intlen,
                int32_t n, int32_t polydg, val cdata, double btime) {
    if (writer == nullptr) return unavailable(name);
    auto values = emscripten::convertJSArrayToNumberVector<double>(cdata);
    return done(writer(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), intlen, n, polydg,
                       values.data(), values.size(), btime, &err_));
  }

  val equal_step(decltype(sc_api::spkw08) writer, const char* name, int32_t handle, int32_t body, int32_t center,
                 const std::string& frame, double first, double last, const std::string& segid, int32_t degree,
                 int32_t n, val states, double epoch1, double step) {
    if (writer == nullptr) return unavailable(name);
    auto values = emscripten::convertJSArrayToNumberVector<double>(states);
    return done(writer(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), degree, n, values.data(),
                       values.size(), epoch1, step, &err_));
  }

  val unequal_step(decltype(sc_api::spkw09) writer, const char* name, int32_t handle, int32_t body, int32_t center,
                   const std::string& frame, double first, double last, const std::string& segid, int32_t degree,
                   int32_t n, val states, val epochs) {
    if (writer == nullptr) return unavailable(name);
    auto values = emscripten::convertJSArrayToNumberVector<double>(states);
    auto times = emscripten::convertJSArrayToNumberVector<double>(epochs);
    return done(writer(ctx_, handle, body, center, frame.c_str(), first, last, segid.c_str(), degree, n, values.data(),
                       values.size(), times.data(), times.size(), &err_));
  }

  // One crossing for the whole sweep: epochs copied in once, results copied out once. Both batch
  // functions share one C signature and differ in row width (6 or 3) and the result's name.
  val batch(decltype(sc_api::spkezr_batch) function, std::size_t width, const char* rows_key,
            const std::string& target, val ets, const std::string& ref, const std::string& abcorr,
            const std::string& observer) {
    if (function == nullptr) return unavailable(rows_key);
    auto epochs = emscripten::convertJSArrayToNumberVector<double>(ets);
    std::vector<double> rows(width * epochs.size()), lts(epochs.size());
    if (function(ctx_, target.c_str(), epochs.data(), epochs.size(), ref.c_str(), abcorr.c_str(), observer.c_str(),
                 rows.data(), lts.data(), &err_) != SC_OK) {
      return error_record(err_);
    }
    val o = val::object();
    o.set(rows_key, float64_copy(rows));
    o.set("lts", float64_copy(lts));
    return o;
  }

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
      .function("boddef", &WasmContext::boddef)
      .function("str2et", &WasmContext::str2et)
      .function("et2utc", &WasmContext::et2utc)
      .function("timout", &WasmContext::timout)
      .function("deltet", &WasmContext::deltet)
      .function("unitim", &WasmContext::unitim)
      .function("spkezr", &WasmContext::spkezr)
      .function("spkpos", &WasmContext::spkpos)
      .function("spkez", &WasmContext::spkez)
      .function("spkezp", &WasmContext::spkezp)
      .function("spkgeo", &WasmContext::spkgeo)
      .function("spkgps", &WasmContext::spkgps)
      .function("spkssb", &WasmContext::spkssb)
      .function("spkezrBatch", &WasmContext::spkezrBatch)
      .function("spkposBatch", &WasmContext::spkposBatch)
      .function("pxform", &WasmContext::pxform)
      .function("sxform", &WasmContext::sxform)
      .function("pxfrm2", &WasmContext::pxfrm2)
      .function("pxformBatch", &WasmContext::pxformBatch)
      .function("namfrm", &WasmContext::namfrm)
      .function("frmnam", &WasmContext::frmnam)
      .function("frinfo", &WasmContext::frinfo)
      .function("cidfrm", &WasmContext::cidfrm)
      .function("cnmfrm", &WasmContext::cnmfrm)
      .function("ccifrm", &WasmContext::ccifrm)
      .function("spkopn", &WasmContext::spkopn)
      .function("spkopa", &WasmContext::spkopa)
      .function("spkcls", &WasmContext::spkcls)
      .function("spkw02", &WasmContext::spkw02)
      .function("spkw03", &WasmContext::spkw03)
      .function("spkw08", &WasmContext::spkw08)
      .function("spkw09", &WasmContext::spkw09)
      .function("spkw12", &WasmContext::spkw12)
      .function("spkw13", &WasmContext::spkw13)
      .function("dafac", &WasmContext::dafac)
      .function("readVirtualOutput", &WasmContext::readVirtualOutput)
      .function("spkcov", &WasmContext::spkcov)
      .function("spkobj", &WasmContext::spkobj)
      .function("pckcov", &WasmContext::pckcov)
      .function("pckfrm", &WasmContext::pckfrm)
      .function("spksfs", &WasmContext::spksfs)
      .function("dafec", &WasmContext::dafec)
      .function("spkw14", &WasmContext::spkw14)
      .function("spkw15", &WasmContext::spkw15)
      .function("spkw17", &WasmContext::spkw17)
      .function("spkw18", &WasmContext::spkw18)
      .function("spkw19", &WasmContext::spkw19)
      .function("spkw20", &WasmContext::spkw20)
      .function("spkw05", &WasmContext::spkw05)
      .function("spkw21", &WasmContext::spkw21);
}
