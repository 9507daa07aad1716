#include "context_wrap.hpp"

#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace sc::node {
namespace {

Napi::Object error_record(Napi::Env env, const sc_error& e) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("short", e.short_code);
  o.Set("long", e.long_msg);
  o.Set("trace", e.trace);
  return o;
}

// Argument readers: the TS layer validates first, so a failure here means the raw binding was
// called directly; it raises a TypeError instead of crashing or truncating at a NUL.
std::optional<std::string> string_arg(const Napi::CallbackInfo& info, std::size_t i) {
  if (info.Length() <= i || !info[i].IsString()) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i + 1) + " must be a string")
        .ThrowAsJavaScriptException();
    return std::nullopt;
  }
  std::string s = info[i].As<Napi::String>().Utf8Value();
  if (s.find('\0') != std::string::npos) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i + 1) + " contains a NUL character")
        .ThrowAsJavaScriptException();
    return std::nullopt;
  }
  return s;
}

std::optional<int32_t> int_arg(const Napi::CallbackInfo& info, std::size_t i) {
  if (info.Length() <= i || !info[i].IsNumber()) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i + 1) + " must be a number")
        .ThrowAsJavaScriptException();
    return std::nullopt;
  }
  return info[i].As<Napi::Number>().Int32Value();
}

std::optional<double> double_arg(const Napi::CallbackInfo& info, std::size_t i) {
  if (info.Length() <= i || !info[i].IsNumber()) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i + 1) + " must be a number")
        .ThrowAsJavaScriptException();
    return std::nullopt;
  }
  return info[i].As<Napi::Number>().DoubleValue();
}

std::optional<Napi::Float64Array> float64_arg(const Napi::CallbackInfo& info, std::size_t i) {
  if (info.Length() <= i || !info[i].IsTypedArray() ||
      info[i].As<Napi::TypedArray>().TypedArrayType() != napi_float64_array) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i + 1) + " must be a Float64Array")
        .ThrowAsJavaScriptException();
    return std::nullopt;
  }
  return info[i].As<Napi::Float64Array>();
}

// A Float64Array of exactly `length` numbers (a fixed-size vector such as spkw15's tp).
std::optional<Napi::Float64Array> sized_float64_arg(const Napi::CallbackInfo& info, std::size_t i, std::size_t length) {
  auto a = float64_arg(info, i);
  if (a && a->ElementLength() != length) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i + 1) + " must hold " + std::to_string(length) +
                                         " numbers")
        .ThrowAsJavaScriptException();
    return std::nullopt;
  }
  return a;
}

std::vector<int32_t> to_ints(const Napi::Float64Array& a) {
  std::vector<int32_t> out(a.ElementLength());
  for (std::size_t k = 0; k < out.size(); ++k) out[k] = static_cast<int32_t>(a[k]);
  return out;
}

// A function this library build does not provide (its table slot is empty).
Napi::Object unavailable(Napi::Env env, const char* name) {
  sc_error e{};
  std::snprintf(e.short_code, sizeof e.short_code, "SPICE(NOTIMPLEMENTED)");
  std::snprintf(e.long_msg, sizeof e.long_msg, "%s is not available in this build of spicecraft.", name);
  return error_record(env, e);
}

Napi::Array doubles(Napi::Env env, const double* values, std::size_t n) {
  Napi::Array a = Napi::Array::New(env, n);
  for (uint32_t i = 0; i < n; ++i) a.Set(i, Napi::Number::New(env, values[i]));
  return a;
}

Napi::Object with_lt(Napi::Env env, const char* key, const double* values, std::size_t n, double lt) {
  Napi::Object o = Napi::Object::New(env);
  o.Set(key, doubles(env, values, n));
  o.Set("lt", lt);
  return o;
}

std::optional<Napi::Array> array_arg(const Napi::CallbackInfo& info, std::size_t i) {
  if (info.Length() <= i || !info[i].IsArray()) {
    Napi::TypeError::New(info.Env(), "argument " + std::to_string(i + 1) + " must be an array")
        .ThrowAsJavaScriptException();
    return std::nullopt;
  }
  return info[i].As<Napi::Array>();
}

void collect_string(void* user, const char* text, std::size_t length) {
  static_cast<std::vector<std::string>*>(user)->emplace_back(text, length);
}

struct KernelRecord {
  std::string file, filtyp, source;
  int32_t handle = 0;
};

void collect_kernel(void* user, const sc_kernel_info* k) {
  *static_cast<KernelRecord*>(user) = KernelRecord{k->file, k->filtyp, k->source, k->handle};
}

Napi::Value kernel_object(Napi::Env env, const KernelRecord& k) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("file", k.file);
  o.Set("filtyp", k.filtyp);
  o.Set("source", k.source);
  o.Set("handle", k.handle);
  return o;
}

Napi::Array string_array(Napi::Env env, const std::vector<std::string>& values) {
  Napi::Array a = Napi::Array::New(env, values.size());
  for (uint32_t i = 0; i < values.size(); ++i) a.Set(i, values[i]);
  return a;
}

// Numeric sinks: the shim hands over exactly the values it has, so nothing is sized by `room`.
template <class T>
void collect_numbers(void* user, const T* values, std::size_t count) {
  static_cast<std::vector<double>*>(user)->assign(values, values + count);
}

Napi::Array number_array(Napi::Env env, const std::vector<double>& values) {
  Napi::Array a = Napi::Array::New(env, values.size());
  for (uint32_t i = 0; i < values.size(); ++i) a.Set(i, Napi::Number::New(env, values[i]));
  return a;
}

}  // namespace

#define SC_ARG(var, reader) \
  auto var = reader;        \
  if (!var) return env.Undefined()
#define SC_CALL(expr) \
  if ((expr) != SC_OK) return error_record(env, err)

Napi::Function ContextWrap::Define(Napi::Env env) {
  return DefineClass(env, "Context",
                     {
                         InstanceMethod<&ContextWrap::Furnsh>("furnsh"),
                         InstanceMethod<&ContextWrap::FurnshBytes>("furnshBytes"),
                         InstanceMethod<&ContextWrap::Unload>("unload"),
                         InstanceMethod<&ContextWrap::Kclear>("kclear"),
                         InstanceMethod<&ContextWrap::Ktotal>("ktotal"),
                         InstanceMethod<&ContextWrap::Kdata>("kdata"),
                         InstanceMethod<&ContextWrap::Kinfo>("kinfo"),
                         InstanceMethod<&ContextWrap::Getfat>("getfat"),
                         InstanceMethod<&ContextWrap::Gdpool>("gdpool"),
                         InstanceMethod<&ContextWrap::Gipool>("gipool"),
                         InstanceMethod<&ContextWrap::Gcpool>("gcpool"),
                         InstanceMethod<&ContextWrap::Gnpool>("gnpool"),
                         InstanceMethod<&ContextWrap::Dtpool>("dtpool"),
                         InstanceMethod<&ContextWrap::Expool>("expool"),
                         InstanceMethod<&ContextWrap::Pdpool>("pdpool"),
                         InstanceMethod<&ContextWrap::Pipool>("pipool"),
                         InstanceMethod<&ContextWrap::Pcpool>("pcpool"),
                         InstanceMethod<&ContextWrap::Lmpool>("lmpool"),
                         InstanceMethod<&ContextWrap::Bodfnd>("bodfnd"),
                         InstanceMethod<&ContextWrap::Bodvcd>("bodvcd"),
                         InstanceMethod<&ContextWrap::Bodvrd>("bodvrd"),
                         InstanceMethod<&ContextWrap::Bodn2c>("bodn2c"),
                         InstanceMethod<&ContextWrap::Bods2c>("bods2c"),
                         InstanceMethod<&ContextWrap::Bodc2n>("bodc2n"),
                         InstanceMethod<&ContextWrap::Bodc2s>("bodc2s"),
                         InstanceMethod<&ContextWrap::Boddef>("boddef"),
                         InstanceMethod<&ContextWrap::Str2et>("str2et"),
                         InstanceMethod<&ContextWrap::Et2utc>("et2utc"),
                         InstanceMethod<&ContextWrap::Timout>("timout"),
                         InstanceMethod<&ContextWrap::Deltet>("deltet"),
                         InstanceMethod<&ContextWrap::Unitim>("unitim"),
                         InstanceMethod<&ContextWrap::Spkezr>("spkezr"),
                         InstanceMethod<&ContextWrap::Spkpos>("spkpos"),
                         InstanceMethod<&ContextWrap::Spkez>("spkez"),
                         InstanceMethod<&ContextWrap::Spkezp>("spkezp"),
                         InstanceMethod<&ContextWrap::Spkgeo>("spkgeo"),
                         InstanceMethod<&ContextWrap::Spkgps>("spkgps"),
                         InstanceMethod<&ContextWrap::Spkssb>("spkssb"),
                         InstanceMethod<&ContextWrap::SpkezrBatch>("spkezrBatch"),
                         InstanceMethod<&ContextWrap::SpkposBatch>("spkposBatch"),
                         InstanceMethod<&ContextWrap::Pxform>("pxform"),
                         InstanceMethod<&ContextWrap::Sxform>("sxform"),
                         InstanceMethod<&ContextWrap::Pxfrm2>("pxfrm2"),
                         InstanceMethod<&ContextWrap::PxformBatch>("pxformBatch"),
                         InstanceMethod<&ContextWrap::Namfrm>("namfrm"),
                         InstanceMethod<&ContextWrap::Frmnam>("frmnam"),
                         InstanceMethod<&ContextWrap::Frinfo>("frinfo"),
                         InstanceMethod<&ContextWrap::Cidfrm>("cidfrm"),
                         InstanceMethod<&ContextWrap::Cnmfrm>("cnmfrm"),
                         InstanceMethod<&ContextWrap::Ccifrm>("ccifrm"),
                         InstanceMethod<&ContextWrap::Spkopn>("spkopn"),
                         InstanceMethod<&ContextWrap::Spkopa>("spkopa"),
                         InstanceMethod<&ContextWrap::Spkcls>("spkcls"),
                         InstanceMethod<&ContextWrap::Spkw02>("spkw02"),
                         InstanceMethod<&ContextWrap::Spkw03>("spkw03"),
                         InstanceMethod<&ContextWrap::Spkw08>("spkw08"),
                         InstanceMethod<&ContextWrap::Spkw09>("spkw09"),
                         InstanceMethod<&ContextWrap::Spkw12>("spkw12"),
                         InstanceMethod<&ContextWrap::Spkw13>("spkw13"),
                         InstanceMethod<&ContextWrap::Dafac>("dafac"),
                         InstanceMethod<&ContextWrap::Spkcov>("spkcov"),
                         InstanceMethod<&ContextWrap::Spkobj>("spkobj"),
                         InstanceMethod<&ContextWrap::Pckcov>("pckcov"),
                         InstanceMethod<&ContextWrap::Pckfrm>("pckfrm"),
                         InstanceMethod<&ContextWrap::Spksfs>("spksfs"),
                         InstanceMethod<&ContextWrap::Dafec>("dafec"),
                         InstanceMethod<&ContextWrap::Spkw14>("spkw14"),
                         InstanceMethod<&ContextWrap::Spkw15>("spkw15"),
                         InstanceMethod<&ContextWrap::Spkw17>("spkw17"),
                         InstanceMethod<&ContextWrap::Spkw18>("spkw18"),
                         InstanceMethod<&ContextWrap::Spkw19>("spkw19"),
                         InstanceMethod<&ContextWrap::Spkw20>("spkw20"),
                         InstanceMethod<&ContextWrap::Spkw05>("spkw05"),
                         InstanceMethod<&ContextWrap::Spkw21>("spkw21"),
                         InstanceMethod<&ContextWrap::ReadVirtualOutput>("readVirtualOutput"),
                         InstanceMethod<&ContextWrap::Dispose>("dispose"),
                     });
}

ContextWrap::ContextWrap(const Napi::CallbackInfo& info)
    : Napi::ObjectWrap<ContextWrap>(info), api_(sc_get_api(SC_ABI_VERSION)) {
  sc_error err{};
  if (api_ == nullptr || api_->context_create_native(&ctx_, &err) != SC_OK) {
    Napi::Error::New(info.Env(), std::string("spicecraft: cannot create a context: ") + err.long_msg)
        .ThrowAsJavaScriptException();
  }
}

ContextWrap::~ContextWrap() {
  if (ctx_ != nullptr) api_->context_destroy(ctx_);
}

// Every method below first checks the context is alive: dispose() frees it early.
#define SC_ALIVE                                                                               \
  Napi::Env env = info.Env();                                                                  \
  sc_error err{};                                                                              \
  if (ctx_ == nullptr) {                                                                       \
    Napi::Error::New(env, "spicecraft: this backend was disposed").ThrowAsJavaScriptException(); \
    return env.Undefined();                                                                    \
  }

Napi::Value ContextWrap::Dispose(const Napi::CallbackInfo& info) {
  if (ctx_ != nullptr) api_->context_destroy(ctx_);
  ctx_ = nullptr;
  return info.Env().Undefined();
}

Napi::Value ContextWrap::Furnsh(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_CALL(api_->furnsh(ctx_, name->c_str(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::FurnshBytes(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  if (info.Length() < 2 || !info[1].IsTypedArray() ||
      info[1].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    Napi::TypeError::New(env, "argument 2 must be a Uint8Array").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  auto bytes = info[1].As<Napi::Uint8Array>();
  SC_CALL(api_->furnsh_bytes(ctx_, name->c_str(), bytes.Data(), bytes.ByteLength(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Unload(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_CALL(api_->unload(ctx_, name->c_str(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Kclear(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_CALL(api_->kclear(ctx_, &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Ktotal(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(kinds, string_arg(info, 0));
  int32_t count = 0;
  SC_CALL(api_->ktotal(ctx_, kinds->c_str(), &count, &err));
  return Napi::Number::New(env, count);
}

Napi::Value ContextWrap::Kdata(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(which, int_arg(info, 0));
  SC_ARG(kinds, string_arg(info, 1));
  KernelRecord k;
  int32_t found = 0;
  SC_CALL(api_->kdata(ctx_, *which, kinds->c_str(), collect_kernel, &k, &found, &err));
  return found ? kernel_object(env, k) : env.Null();
}

Napi::Value ContextWrap::Kinfo(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(file, string_arg(info, 0));
  KernelRecord k;
  int32_t found = 0;
  SC_CALL(api_->kinfo(ctx_, file->c_str(), collect_kernel, &k, &found, &err));
  return found ? kernel_object(env, k) : env.Null();
}

Napi::Value ContextWrap::Getfat(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(file, string_arg(info, 0));
  std::vector<std::string> parts;
  SC_CALL(api_->getfat(ctx_, file->c_str(), collect_string, &parts, &err));
  return string_array(env, parts);
}

Napi::Value ContextWrap::Gdpool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(start, int_arg(info, 1));
  SC_ARG(room, int_arg(info, 2));
  std::vector<double> values;
  int32_t found = 0;
  SC_CALL(api_->gdpool(ctx_, name->c_str(), *start, *room, collect_numbers<double>, &values, &found, &err));
  return found ? Napi::Value(number_array(env, values)) : env.Null();
}

Napi::Value ContextWrap::Gipool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(start, int_arg(info, 1));
  SC_ARG(room, int_arg(info, 2));
  std::vector<double> values;
  int32_t found = 0;
  SC_CALL(api_->gipool(ctx_, name->c_str(), *start, *room, collect_numbers<int32_t>, &values, &found, &err));
  return found ? Napi::Value(number_array(env, values)) : env.Null();
}

Napi::Value ContextWrap::Gcpool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(start, int_arg(info, 1));
  SC_ARG(room, int_arg(info, 2));
  std::vector<std::string> values;
  int32_t found = 0;
  SC_CALL(api_->gcpool(ctx_, name->c_str(), *start, *room, collect_string, &values, &found, &err));
  return found ? Napi::Value(string_array(env, values)) : env.Null();
}

Napi::Value ContextWrap::Gnpool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(start, int_arg(info, 1));
  SC_ARG(room, int_arg(info, 2));
  std::vector<std::string> values;
  int32_t found = 0;
  SC_CALL(api_->gnpool(ctx_, name->c_str(), *start, *room, collect_string, &values, &found, &err));
  return found ? Napi::Value(string_array(env, values)) : env.Null();
}

Napi::Value ContextWrap::Dtpool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  int32_t found = 0, n = 0;
  char type = 'X';
  SC_CALL(api_->dtpool(ctx_, name->c_str(), &found, &n, &type, &err));
  if (!found) return env.Null();
  Napi::Object o = Napi::Object::New(env);
  o.Set("n", n);
  o.Set("type", std::string(1, type));
  return o;
}

Napi::Value ContextWrap::Expool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  int32_t found = 0;
  SC_CALL(api_->expool(ctx_, name->c_str(), &found, &err));
  return Napi::Boolean::New(env, found != 0);
}

Napi::Value ContextWrap::Pdpool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(list, array_arg(info, 1));
  Napi::Array arr = *list;
  std::vector<double> values(arr.Length());
  for (uint32_t i = 0; i < arr.Length(); ++i) values[i] = arr.Get(i).ToNumber().DoubleValue();
  SC_CALL(api_->pdpool(ctx_, name->c_str(), static_cast<int32_t>(values.size()), values.data(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Pipool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(list, array_arg(info, 1));
  Napi::Array arr = *list;
  std::vector<int32_t> values(arr.Length());
  for (uint32_t i = 0; i < arr.Length(); ++i) values[i] = arr.Get(i).ToNumber().Int32Value();
  SC_CALL(api_->pipool(ctx_, name->c_str(), static_cast<int32_t>(values.size()), values.data(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Pcpool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(list, array_arg(info, 1));
  Napi::Array arr = *list;
  std::vector<std::string> values;
  for (uint32_t i = 0; i < arr.Length(); ++i) values.push_back(arr.Get(i).ToString().Utf8Value());
  std::vector<const char*> pointers;
  for (const auto& v : values) pointers.push_back(v.c_str());
  SC_CALL(api_->pcpool(ctx_, name->c_str(), static_cast<int32_t>(pointers.size()), pointers.data(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Lmpool(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(text, string_arg(info, 0));
  SC_CALL(api_->lmpool(ctx_, text->data(), text->size(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Bodfnd(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(body, int_arg(info, 0));
  SC_ARG(item, string_arg(info, 1));
  int32_t found = 0;
  SC_CALL(api_->bodfnd(ctx_, *body, item->c_str(), &found, &err));
  return Napi::Boolean::New(env, found != 0);
}

Napi::Value ContextWrap::Bodvcd(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(body, int_arg(info, 0));
  SC_ARG(item, string_arg(info, 1));
  SC_ARG(maxn, int_arg(info, 2));
  std::vector<double> values;
  SC_CALL(api_->bodvcd(ctx_, *body, item->c_str(), *maxn, collect_numbers<double>, &values, &err));
  return number_array(env, values);
}

Napi::Value ContextWrap::Bodvrd(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(body, string_arg(info, 0));
  SC_ARG(item, string_arg(info, 1));
  SC_ARG(maxn, int_arg(info, 2));
  std::vector<double> values;
  SC_CALL(api_->bodvrd(ctx_, body->c_str(), item->c_str(), *maxn, collect_numbers<double>, &values, &err));
  return number_array(env, values);
}

Napi::Value ContextWrap::Bodn2c(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  int32_t code = 0, found = 0;
  SC_CALL(api_->bodn2c(ctx_, name->c_str(), &code, &found, &err));
  return found ? Napi::Value(Napi::Number::New(env, code)) : env.Null();
}

Napi::Value ContextWrap::Bods2c(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  int32_t code = 0, found = 0;
  SC_CALL(api_->bods2c(ctx_, name->c_str(), &code, &found, &err));
  return found ? Napi::Value(Napi::Number::New(env, code)) : env.Null();
}

Napi::Value ContextWrap::Bodc2n(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(code, int_arg(info, 0));
  std::vector<std::string> names;
  int32_t found = 0;
  SC_CALL(api_->bodc2n(ctx_, *code, collect_string, &names, &found, &err));
  return found && !names.empty() ? Napi::Value(Napi::String::New(env, names[0])) : env.Null();
}

Napi::Value ContextWrap::Bodc2s(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(code, int_arg(info, 0));
  std::vector<std::string> names;
  SC_CALL(api_->bodc2s(ctx_, *code, collect_string, &names, &err));
  return Napi::String::New(env, names.empty() ? std::string() : names[0]);
}

Napi::Value ContextWrap::Boddef(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(code, int_arg(info, 1));
  SC_CALL(api_->boddef(ctx_, name->c_str(), *code, &err));
  return env.Undefined();
}

#define SC_PROVIDED(member) \
  if (api_->member == nullptr) return unavailable(env, #member)

Napi::Value ContextWrap::Str2et(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(str2et);
  SC_ARG(text, string_arg(info, 0));
  double et = 0;
  SC_CALL(api_->str2et(ctx_, text->c_str(), &et, &err));
  return Napi::Number::New(env, et);
}

Napi::Value ContextWrap::Et2utc(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(et2utc);
  SC_ARG(et, double_arg(info, 0));
  SC_ARG(format, string_arg(info, 1));
  SC_ARG(precision, int_arg(info, 2));
  std::vector<std::string> out;
  SC_CALL(api_->et2utc(ctx_, *et, format->c_str(), *precision, collect_string, &out, &err));
  return Napi::String::New(env, out.empty() ? std::string() : out[0]);
}

Napi::Value ContextWrap::Timout(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(timout);
  SC_ARG(et, double_arg(info, 0));
  SC_ARG(picture, string_arg(info, 1));
  std::vector<std::string> out;
  SC_CALL(api_->timout(ctx_, *et, picture->c_str(), collect_string, &out, &err));
  return Napi::String::New(env, out.empty() ? std::string() : out[0]);
}

Napi::Value ContextWrap::Deltet(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(deltet);
  SC_ARG(epoch, double_arg(info, 0));
  SC_ARG(type, string_arg(info, 1));
  double delta = 0;
  SC_CALL(api_->deltet(ctx_, *epoch, type->c_str(), &delta, &err));
  return Napi::Number::New(env, delta);
}

Napi::Value ContextWrap::Unitim(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(unitim);
  SC_ARG(epoch, double_arg(info, 0));
  SC_ARG(from, string_arg(info, 1));
  SC_ARG(to, string_arg(info, 2));
  double out = 0;
  SC_CALL(api_->unitim(ctx_, *epoch, from->c_str(), to->c_str(), &out, &err));
  return Napi::Number::New(env, out);
}

Napi::Value ContextWrap::Spkezr(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkezr);
  SC_ARG(target, string_arg(info, 0));
  SC_ARG(et, double_arg(info, 1));
  SC_ARG(ref, string_arg(info, 2));
  SC_ARG(abcorr, string_arg(info, 3));
  SC_ARG(observer, string_arg(info, 4));
  double state[6] = {}, lt = 0;
  SC_CALL(api_->spkezr(ctx_, target->c_str(), *et, ref->c_str(), abcorr->c_str(), observer->c_str(), state, &lt, &err));
  return with_lt(env, "state", state, 6, lt);
}

Napi::Value ContextWrap::Spkpos(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkpos);
  SC_ARG(target, string_arg(info, 0));
  SC_ARG(et, double_arg(info, 1));
  SC_ARG(ref, string_arg(info, 2));
  SC_ARG(abcorr, string_arg(info, 3));
  SC_ARG(observer, string_arg(info, 4));
  double pos[3] = {}, lt = 0;
  SC_CALL(api_->spkpos(ctx_, target->c_str(), *et, ref->c_str(), abcorr->c_str(), observer->c_str(), pos, &lt, &err));
  return with_lt(env, "pos", pos, 3, lt);
}

Napi::Value ContextWrap::Spkez(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkez);
  SC_ARG(target, int_arg(info, 0));
  SC_ARG(et, double_arg(info, 1));
  SC_ARG(ref, string_arg(info, 2));
  SC_ARG(abcorr, string_arg(info, 3));
  SC_ARG(observer, int_arg(info, 4));
  double state[6] = {}, lt = 0;
  SC_CALL(api_->spkez(ctx_, *target, *et, ref->c_str(), abcorr->c_str(), *observer, state, &lt, &err));
  return with_lt(env, "state", state, 6, lt);
}

Napi::Value ContextWrap::Spkezp(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkezp);
  SC_ARG(target, int_arg(info, 0));
  SC_ARG(et, double_arg(info, 1));
  SC_ARG(ref, string_arg(info, 2));
  SC_ARG(abcorr, string_arg(info, 3));
  SC_ARG(observer, int_arg(info, 4));
  double pos[3] = {}, lt = 0;
  SC_CALL(api_->spkezp(ctx_, *target, *et, ref->c_str(), abcorr->c_str(), *observer, pos, &lt, &err));
  return with_lt(env, "pos", pos, 3, lt);
}

Napi::Value ContextWrap::Spkgeo(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkgeo);
  SC_ARG(target, int_arg(info, 0));
  SC_ARG(et, double_arg(info, 1));
  SC_ARG(ref, string_arg(info, 2));
  SC_ARG(observer, int_arg(info, 3));
  double state[6] = {}, lt = 0;
  SC_CALL(api_->spkgeo(ctx_, *target, *et, ref->c_str(), *observer, state, &lt, &err));
  return with_lt(env, "state", state, 6, lt);
}

Napi::Value ContextWrap::Spkgps(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkgps);
  SC_ARG(target, int_arg(info, 0));
  SC_ARG(et, double_arg(info, 1));
  SC_ARG(ref, string_arg(info, 2));
  SC_ARG(observer, int_arg(info, 3));
  double pos[3] = {}, lt = 0;
  SC_CALL(api_->spkgps(ctx_, *target, *et, ref->c_str(), *observer, pos, &lt, &err));
  return with_lt(env, "pos", pos, 3, lt);
}

Napi::Value ContextWrap::Spkssb(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkssb);
  SC_ARG(target, int_arg(info, 0));
  SC_ARG(et, double_arg(info, 1));
  SC_ARG(ref, string_arg(info, 2));
  double state[6] = {};
  SC_CALL(api_->spkssb(ctx_, *target, *et, ref->c_str(), state, &err));
  return doubles(env, state, 6);
}

// Batches read the epochs straight from the caller's Float64Array and write into new typed arrays:
// one crossing of the JS boundary for the whole sweep. spkezr_batch and spkpos_batch share one C
// signature and differ only in the row width (6 or 3) and the result's name.
Napi::Value ContextWrap::Batch(const Napi::CallbackInfo& info, BatchFunction function, std::size_t width,
                               const char* rows_key) {
  SC_ALIVE;
  if (function == nullptr) return unavailable(env, rows_key);
  SC_ARG(target, string_arg(info, 0));
  SC_ARG(ets, float64_arg(info, 1));
  SC_ARG(ref, string_arg(info, 2));
  SC_ARG(abcorr, string_arg(info, 3));
  SC_ARG(observer, string_arg(info, 4));
  const std::size_t n = ets->ElementLength();
  auto rows = Napi::Float64Array::New(env, width * n);
  auto lts = Napi::Float64Array::New(env, n);
  SC_CALL(function(ctx_, target->c_str(), ets->Data(), n, ref->c_str(), abcorr->c_str(), observer->c_str(),
                   rows.Data(), lts.Data(), &err));
  Napi::Object o = Napi::Object::New(env);
  o.Set(rows_key, rows);
  o.Set("lts", lts);
  return o;
}

Napi::Value ContextWrap::SpkezrBatch(const Napi::CallbackInfo& info) {
  return Batch(info, api_->spkezr_batch, 6, "states");
}

Napi::Value ContextWrap::SpkposBatch(const Napi::CallbackInfo& info) {
  return Batch(info, api_->spkpos_batch, 3, "positions");
}

namespace {

Napi::Value named_frame(Napi::Env env, int32_t found, int32_t code, const std::vector<std::string>& names) {
  if (!found) return env.Null();
  Napi::Object o = Napi::Object::New(env);
  o.Set("frcode", code);
  o.Set("frname", names.empty() ? std::string() : names[0]);
  return o;
}

}  // namespace

Napi::Value ContextWrap::Pxform(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(pxform);
  SC_ARG(from, string_arg(info, 0));
  SC_ARG(to, string_arg(info, 1));
  SC_ARG(et, double_arg(info, 2));
  double m[9] = {};
  SC_CALL(api_->pxform(ctx_, from->c_str(), to->c_str(), *et, m, &err));
  return doubles(env, m, 9);
}

Napi::Value ContextWrap::Sxform(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(sxform);
  SC_ARG(from, string_arg(info, 0));
  SC_ARG(to, string_arg(info, 1));
  SC_ARG(et, double_arg(info, 2));
  double m[36] = {};
  SC_CALL(api_->sxform(ctx_, from->c_str(), to->c_str(), *et, m, &err));
  return doubles(env, m, 36);
}

Napi::Value ContextWrap::Pxfrm2(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(pxfrm2);
  SC_ARG(from, string_arg(info, 0));
  SC_ARG(to, string_arg(info, 1));
  SC_ARG(et_from, double_arg(info, 2));
  SC_ARG(et_to, double_arg(info, 3));
  double m[9] = {};
  SC_CALL(api_->pxfrm2(ctx_, from->c_str(), to->c_str(), *et_from, *et_to, m, &err));
  return doubles(env, m, 9);
}

Napi::Value ContextWrap::PxformBatch(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(pxform_batch);
  SC_ARG(from, string_arg(info, 0));
  SC_ARG(to, string_arg(info, 1));
  SC_ARG(ets, float64_arg(info, 2));
  const std::size_t n = ets->ElementLength();
  auto matrices = Napi::Float64Array::New(env, 9 * n);
  SC_CALL(api_->pxform_batch(ctx_, from->c_str(), to->c_str(), ets->Data(), n, matrices.Data(), &err));
  return matrices;
}

Napi::Value ContextWrap::Namfrm(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(namfrm);
  SC_ARG(name, string_arg(info, 0));
  int32_t code = 0, found = 0;
  SC_CALL(api_->namfrm(ctx_, name->c_str(), &code, &found, &err));
  return found ? Napi::Value(Napi::Number::New(env, code)) : env.Null();
}

Napi::Value ContextWrap::Frmnam(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(frmnam);
  SC_ARG(code, int_arg(info, 0));
  std::vector<std::string> names;
  int32_t found = 0;
  SC_CALL(api_->frmnam(ctx_, *code, collect_string, &names, &found, &err));
  return found && !names.empty() ? Napi::Value(Napi::String::New(env, names[0])) : env.Null();
}

Napi::Value ContextWrap::Frinfo(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(frinfo);
  SC_ARG(code, int_arg(info, 0));
  int32_t center = 0, frame_class = 0, class_id = 0, found = 0;
  SC_CALL(api_->frinfo(ctx_, *code, &center, &frame_class, &class_id, &found, &err));
  if (!found) return env.Null();
  Napi::Object o = Napi::Object::New(env);
  o.Set("center", center);
  o.Set("frameClass", frame_class);
  o.Set("classId", class_id);
  return o;
}

Napi::Value ContextWrap::Cidfrm(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(cidfrm);
  SC_ARG(center, int_arg(info, 0));
  std::vector<std::string> names;
  int32_t code = 0, found = 0;
  SC_CALL(api_->cidfrm(ctx_, *center, &code, collect_string, &names, &found, &err));
  return named_frame(env, found, code, names);
}

Napi::Value ContextWrap::Cnmfrm(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(cnmfrm);
  SC_ARG(name, string_arg(info, 0));
  std::vector<std::string> names;
  int32_t code = 0, found = 0;
  SC_CALL(api_->cnmfrm(ctx_, name->c_str(), &code, collect_string, &names, &found, &err));
  return named_frame(env, found, code, names);
}

Napi::Value ContextWrap::Ccifrm(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(ccifrm);
  SC_ARG(frame_class, int_arg(info, 0));
  SC_ARG(class_id, int_arg(info, 1));
  std::vector<std::string> names;
  int32_t code = 0, center = 0, found = 0;
  SC_CALL(api_->ccifrm(ctx_, *frame_class, *class_id, &code, &center, collect_string, &names, &found, &err));
  Napi::Value frame = named_frame(env, found, code, names);
  if (found) frame.As<Napi::Object>().Set("center", center);
  return frame;
}

// ---- SPK writers. Arrays arrive as Float64Arrays, host-file bytes leave as a Uint8Array copy.

namespace {

void collect_bytes(void* user, const uint8_t* bytes, std::size_t length) {
  static_cast<std::vector<uint8_t>*>(user)->assign(bytes, bytes + length);
}

Napi::Uint8Array uint8_copy(Napi::Env env, const std::vector<uint8_t>& bytes) {
  Napi::Uint8Array out = Napi::Uint8Array::New(env, bytes.size());
  if (!bytes.empty()) std::memcpy(out.Data(), bytes.data(), bytes.size());
  return out;
}

}  // namespace

Napi::Value ContextWrap::Spkopn(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkopn);
  SC_ARG(name, string_arg(info, 0));
  SC_ARG(ifname, string_arg(info, 1));
  SC_ARG(ncomch, int_arg(info, 2));
  const int32_t host_file = info.Length() > 3 && info[3].ToBoolean().Value() ? 1 : 0;
  int32_t handle = 0;
  SC_CALL(api_->spkopn(ctx_, name->c_str(), ifname->c_str(), *ncomch, host_file, &handle, &err));
  return Napi::Number::New(env, handle);
}

Napi::Value ContextWrap::Spkopa(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkopa);
  SC_ARG(name, string_arg(info, 0));
  const int32_t host_file = info.Length() > 1 && info[1].ToBoolean().Value() ? 1 : 0;
  int32_t handle = 0;
  SC_CALL(api_->spkopa(ctx_, name->c_str(), host_file, &handle, &err));
  return Napi::Number::New(env, handle);
}

Napi::Value ContextWrap::Spkcls(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkcls);
  SC_ARG(handle, int_arg(info, 0));
  std::vector<uint8_t> bytes;
  bool delivered = false;
  struct Sink {
    std::vector<uint8_t>* bytes;
    bool* delivered;
  } sink{&bytes, &delivered};
  auto deliver = [](void* user, const uint8_t* data, std::size_t length) {
    auto* s = static_cast<Sink*>(user);
    collect_bytes(s->bytes, data, length);
    *s->delivered = true;
  };
  SC_CALL(api_->spkcls(ctx_, *handle, deliver, &sink, &err));
  return delivered ? Napi::Value(uint8_copy(env, bytes)) : env.Null();
}

Napi::Value ContextWrap::WriteChebyshev(const Napi::CallbackInfo& info, ChebyshevWriter writer, const char* name) {
  SC_ALIVE;
  if (writer == nullptr) return unavailable(env, name);
  SC_ARG(handle, int_arg(info, 0));
  SC_ARG(body, int_arg(info, 1));
  SC_ARG(center, int_arg(info, 2));
  SC_ARG(frame, string_arg(info, 3));
  SC_ARG(first, double_arg(info, 4));
  SC_ARG(last, double_arg(info, 5));
  SC_ARG(segid, string_arg(info, 6));
  SC_ARG(intlen, double_arg(info, 7));
  SC_ARG(n, int_arg(info, 8));
  SC_ARG(polydg, int_arg(info, 9));
  SC_ARG(cdata, float64_arg(info, 10));
  SC_ARG(btime, double_arg(info, 11));
  SC_CALL(writer(ctx_, *handle, *body, *center, frame->c_str(), *first, *last, segid->c_str(), *intlen, *n, *polydg,
                 cdata->Data(), cdata->ElementLength(), *btime, &err));
  return env.Undefined();
}

Napi::Value ContextWrap::WriteEqualStep(const Napi::CallbackInfo& info, EqualStepWriter writer, const char* name) {
  SC_ALIVE;
  if (writer == nullptr) return unavailable(env, name);
  SC_ARG(handle, int_arg(info, 0));
  SC_ARG(body, int_arg(info, 1));
  SC_ARG(center, int_arg(info, 2));
  SC_ARG(frame, string_arg(info, 3));
  SC_ARG(first, double_arg(info, 4));
  SC_ARG(last, double_arg(info, 5));
  SC_ARG(segid, string_arg(info, 6));
  SC_ARG(degree, int_arg(info, 7));
  SC_ARG(n, int_arg(info, 8));
  SC_ARG(states, float64_arg(info, 9));
  SC_ARG(epoch1, double_arg(info, 10));
  SC_ARG(step, double_arg(info, 11));
  SC_CALL(writer(ctx_, *handle, *body, *center, frame->c_str(), *first, *last, segid->c_str(), *degree, *n,
                 states->Data(), states->ElementLength(), *epoch1, *step, &err));
  return env.Undefined();
}

Napi::Value ContextWrap::WriteUnequalStep(const Napi::CallbackInfo& info, UnequalStepWriter writer, const char* name) {
  SC_ALIVE;
  if (writer == nullptr) return unavailable(env, name);
  SC_ARG(handle, int_arg(info, 0));
  SC_ARG(body, int_arg(info, 1));
  SC_ARG(center, int_arg(info, 2));
  SC_ARG(frame, string_arg(info, 3));
  SC_ARG(first, double_arg(info, 4));
  SC_ARG(last, double_arg(info, 5));
  SC_ARG(segid, string_arg(info, 6));
  SC_ARG(degree, int_arg(info, 7));
  SC_ARG(n, int_arg(info, 8));
  SC_ARG(states, float64_arg(info, 9));
  SC_ARG(epochs, float64_arg(info, 10));
  SC_CALL(writer(ctx_, *handle, *body, *center, frame->c_str(), *first, *last, segid->c_str(), *degree, *n,
                 states->Data(), states->ElementLength(), epochs->Data(), epochs->ElementLength(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Spkw02(const Napi::CallbackInfo& info) { return WriteChebyshev(info, api_->spkw02, "spkw02"); }
Napi::Value ContextWrap::Spkw03(const Napi::CallbackInfo& info) { return WriteChebyshev(info, api_->spkw03, "spkw03"); }
Napi::Value ContextWrap::Spkw08(const Napi::CallbackInfo& info) { return WriteEqualStep(info, api_->spkw08, "spkw08"); }
Napi::Value ContextWrap::Spkw12(const Napi::CallbackInfo& info) { return WriteEqualStep(info, api_->spkw12, "spkw12"); }
Napi::Value ContextWrap::Spkw09(const Napi::CallbackInfo& info) {
  return WriteUnequalStep(info, api_->spkw09, "spkw09");
}
Napi::Value ContextWrap::Spkw13(const Napi::CallbackInfo& info) {
  return WriteUnequalStep(info, api_->spkw13, "spkw13");
}

Napi::Value ContextWrap::Dafac(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(dafac);
  SC_ARG(handle, int_arg(info, 0));
  SC_ARG(list, array_arg(info, 1));
  Napi::Array arr = *list;
  std::vector<std::string> lines;
  for (uint32_t i = 0; i < arr.Length(); ++i) lines.push_back(arr.Get(i).ToString().Utf8Value());
  std::vector<const char*> pointers;
  for (const auto& line : lines) pointers.push_back(line.c_str());
  SC_CALL(api_->dafac(ctx_, *handle, static_cast<int32_t>(pointers.size()), pointers.data(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::ReadVirtualOutput(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(read_virtual_output);
  SC_ARG(name, string_arg(info, 0));
  std::vector<uint8_t> bytes;
  SC_CALL(api_->read_virtual_output(ctx_, name->c_str(), collect_bytes, &bytes, &err));
  return uint8_copy(env, bytes);
}

Napi::Value ContextWrap::Coverage(const Napi::CallbackInfo& info, CoverageQuery query, const char* name) {
  SC_ALIVE;
  if (query == nullptr) return unavailable(env, name);
  SC_ARG(file, string_arg(info, 0));
  SC_ARG(idcode, int_arg(info, 1));
  SC_ARG(cover, float64_arg(info, 2));
  std::vector<double> window;
  SC_CALL(query(ctx_, file->c_str(), *idcode, cover->Data(), cover->ElementLength(), collect_numbers<double>, &window,
                &err));
  return number_array(env, window);
}

Napi::Value ContextWrap::IdSet(const Napi::CallbackInfo& info, IdSetQuery query, const char* name) {
  SC_ALIVE;
  if (query == nullptr) return unavailable(env, name);
  SC_ARG(file, string_arg(info, 0));
  SC_ARG(list, array_arg(info, 1));
  Napi::Array arr = *list;
  std::vector<int32_t> ids(arr.Length());
  for (uint32_t i = 0; i < arr.Length(); ++i) ids[i] = arr.Get(i).ToNumber().Int32Value();
  std::vector<double> out;  // collect_numbers always fills doubles (exact for int32)
  SC_CALL(query(ctx_, file->c_str(), ids.data(), ids.size(), collect_numbers<int32_t>, &out, &err));
  return number_array(env, out);
}

Napi::Value ContextWrap::Spkcov(const Napi::CallbackInfo& info) { return Coverage(info, api_->spkcov, "spkcov"); }
Napi::Value ContextWrap::Pckcov(const Napi::CallbackInfo& info) { return Coverage(info, api_->pckcov, "pckcov"); }
Napi::Value ContextWrap::Spkobj(const Napi::CallbackInfo& info) { return IdSet(info, api_->spkobj, "spkobj"); }
Napi::Value ContextWrap::Pckfrm(const Napi::CallbackInfo& info) { return IdSet(info, api_->pckfrm, "pckfrm"); }

Napi::Value ContextWrap::Spksfs(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spksfs);
  SC_ARG(body, int_arg(info, 0));
  SC_ARG(et, double_arg(info, 1));
  std::vector<std::string> names;  // file, segment name
  double dc[2] = {};
  int32_t ic[6] = {};
  int32_t handle = 0, found = 0;
  SC_CALL(api_->spksfs(ctx_, *body, *et, collect_string, &names, dc, ic, &handle, &found, &err));
  if (!found) return env.Null();
  names.resize(2);  // the shim always sends both; this only guards the indexing
  Napi::Object o = Napi::Object::New(env);
  o.Set("file", names[0]);
  o.Set("ident", names[1]);
  o.Set("handle", handle);
  o.Set("dc", number_array(env, {dc[0], dc[1]}));
  Napi::Array ints = Napi::Array::New(env, 6);
  for (uint32_t i = 0; i < 6; ++i) ints.Set(i, ic[i]);
  o.Set("ic", ints);
  return o;
}

Napi::Value ContextWrap::Dafec(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(dafec);
  SC_ARG(file, string_arg(info, 0));
  std::vector<std::string> lines;
  SC_CALL(api_->dafec(ctx_, file->c_str(), collect_string, &lines, &err));
  return string_array(env, lines);
}

// The descriptor arguments every segment writer starts with: handle, body, center, frame, first,
// last, segid (arguments 1 to 7).
#define SC_SEGMENT_ARGS                \
  SC_ARG(handle, int_arg(info, 0));    \
  SC_ARG(body, int_arg(info, 1));      \
  SC_ARG(center, int_arg(info, 2));    \
  SC_ARG(frame, string_arg(info, 3));  \
  SC_ARG(first, double_arg(info, 4));  \
  SC_ARG(last, double_arg(info, 5));   \
  SC_ARG(segid, string_arg(info, 6))
#define SC_SEGMENT_VALUES *handle, *body, *center, frame->c_str(), *first, *last, segid->c_str()

Napi::Value ContextWrap::Spkw14(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkw14);
  SC_SEGMENT_ARGS;
  SC_ARG(n, int_arg(info, 7));
  SC_ARG(chbdeg, int_arg(info, 8));
  SC_ARG(records, float64_arg(info, 9));
  SC_ARG(epochs, float64_arg(info, 10));
  SC_CALL(api_->spkw14(ctx_, SC_SEGMENT_VALUES, *n, *chbdeg, records->Data(), records->ElementLength(), epochs->Data(),
                       epochs->ElementLength(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Spkw15(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkw15);
  SC_SEGMENT_ARGS;
  SC_ARG(epoch, double_arg(info, 7));
  SC_ARG(tp, sized_float64_arg(info, 8, 3));
  SC_ARG(pa, sized_float64_arg(info, 9, 3));
  SC_ARG(p, double_arg(info, 10));
  SC_ARG(ecc, double_arg(info, 11));
  SC_ARG(j2flg, double_arg(info, 12));
  SC_ARG(pv, sized_float64_arg(info, 13, 3));
  SC_ARG(gm, double_arg(info, 14));
  SC_ARG(j2, double_arg(info, 15));
  SC_ARG(radius, double_arg(info, 16));
  SC_CALL(api_->spkw15(ctx_, SC_SEGMENT_VALUES, *epoch, tp->Data(), pa->Data(), *p, *ecc, *j2flg, pv->Data(), *gm, *j2,
                       *radius, &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Spkw17(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkw17);
  SC_SEGMENT_ARGS;
  SC_ARG(epoch, double_arg(info, 7));
  SC_ARG(eqel, sized_float64_arg(info, 8, 9));
  SC_ARG(rapol, double_arg(info, 9));
  SC_ARG(decpol, double_arg(info, 10));
  SC_CALL(api_->spkw17(ctx_, SC_SEGMENT_VALUES, *epoch, eqel->Data(), *rapol, *decpol, &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Spkw18(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkw18);
  SC_SEGMENT_ARGS;
  SC_ARG(subtype, int_arg(info, 7));
  SC_ARG(degree, int_arg(info, 8));
  SC_ARG(n, int_arg(info, 9));
  SC_ARG(packets, float64_arg(info, 10));
  SC_ARG(epochs, float64_arg(info, 11));
  SC_CALL(api_->spkw18(ctx_, SC_SEGMENT_VALUES, *subtype, *degree, *n, packets->Data(), packets->ElementLength(),
                       epochs->Data(), epochs->ElementLength(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Spkw19(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkw19);
  SC_SEGMENT_ARGS;
  SC_ARG(nintvl, int_arg(info, 7));
  const std::size_t count = *nintvl > 0 ? static_cast<std::size_t>(*nintvl) : 0;
  SC_ARG(npkts, sized_float64_arg(info, 8, count));
  SC_ARG(subtps, sized_float64_arg(info, 9, count));
  SC_ARG(degres, sized_float64_arg(info, 10, count));
  SC_ARG(packets, float64_arg(info, 11));
  SC_ARG(epochs, float64_arg(info, 12));
  SC_ARG(ivlbds, sized_float64_arg(info, 13, count > 0 ? count + 1 : 0));
  SC_ARG(sellst, int_arg(info, 14));
  const auto np = to_ints(*npkts), st = to_ints(*subtps), dg = to_ints(*degres);
  SC_CALL(api_->spkw19(ctx_, SC_SEGMENT_VALUES, *nintvl, np.data(), st.data(), dg.data(), packets->Data(),
                       packets->ElementLength(), epochs->Data(), epochs->ElementLength(), ivlbds->Data(), *sellst,
                       &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Spkw20(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkw20);
  SC_SEGMENT_ARGS;
  SC_ARG(intlen, double_arg(info, 7));
  SC_ARG(n, int_arg(info, 8));
  SC_ARG(polydg, int_arg(info, 9));
  SC_ARG(cdata, float64_arg(info, 10));
  SC_ARG(dscale, double_arg(info, 11));
  SC_ARG(tscale, double_arg(info, 12));
  SC_ARG(initjd, double_arg(info, 13));
  SC_ARG(initfr, double_arg(info, 14));
  SC_CALL(api_->spkw20(ctx_, SC_SEGMENT_VALUES, *intlen, *n, *polydg, cdata->Data(), cdata->ElementLength(), *dscale,
                       *tscale, *initjd, *initfr, &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Spkw05(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkw05);
  SC_SEGMENT_ARGS;
  SC_ARG(gm, double_arg(info, 7));
  SC_ARG(n, int_arg(info, 8));
  SC_ARG(states, float64_arg(info, 9));
  SC_ARG(epochs, float64_arg(info, 10));
  SC_CALL(api_->spkw05(ctx_, SC_SEGMENT_VALUES, *gm, *n, states->Data(), states->ElementLength(), epochs->Data(),
                       epochs->ElementLength(), &err));
  return env.Undefined();
}

Napi::Value ContextWrap::Spkw21(const Napi::CallbackInfo& info) {
  SC_ALIVE;
  SC_PROVIDED(spkw21);
  SC_SEGMENT_ARGS;
  SC_ARG(n, int_arg(info, 7));
  SC_ARG(dlsize, int_arg(info, 8));
  SC_ARG(dlines, float64_arg(info, 9));
  SC_ARG(epochs, float64_arg(info, 10));
  SC_CALL(api_->spkw21(ctx_, SC_SEGMENT_VALUES, *n, *dlsize, dlines->Data(), dlines->ElementLength(), epochs->Data(),
                       epochs->ElementLength(), &err));
  return env.Undefined();
}

}  // namespace sc::node
