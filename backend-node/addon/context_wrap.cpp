#include "context_wrap.hpp"

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

}  // namespace sc::node
