// The JS class `Context` over one sc_context, bound through the shim's function table only.
// Methods return plain values, or an error record { short, long, trace } that the shared TS layer
// turns into a SpiceError, exactly as the WASM binding does, so both backends raise identical errors.
#pragma once

#include <napi.h>

#include "spicecraft.h"

namespace sc::node {

class ContextWrap : public Napi::ObjectWrap<ContextWrap> {
 public:
  static Napi::Function Define(Napi::Env env);
  explicit ContextWrap(const Napi::CallbackInfo& info);
  ~ContextWrap() override;

 private:
  Napi::Value Furnsh(const Napi::CallbackInfo& info);
  Napi::Value FurnshBytes(const Napi::CallbackInfo& info);
  Napi::Value Unload(const Napi::CallbackInfo& info);
  Napi::Value Kclear(const Napi::CallbackInfo& info);
  Napi::Value Ktotal(const Napi::CallbackInfo& info);
  Napi::Value Kdata(const Napi::CallbackInfo& info);
  Napi::Value Kinfo(const Napi::CallbackInfo& info);
  Napi::Value Getfat(const Napi::CallbackInfo& info);
  Napi::Value Gdpool(const Napi::CallbackInfo& info);
  Napi::Value Gipool(const Napi::CallbackInfo& info);
  Napi::Value Gcpool(const Napi::CallbackInfo& info);
  Napi::Value Gnpool(const Napi::CallbackInfo& info);
  Napi::Value Dtpool(const Napi::CallbackInfo& info);
  Napi::Value Expool(const Napi::CallbackInfo& info);
  Napi::Value Pdpool(const Napi::CallbackInfo& info);
  Napi::Value Pipool(const Napi::CallbackInfo& info);
  Napi::Value Pcpool(const Napi::CallbackInfo& info);
  Napi::Value Lmpool(const Napi::CallbackInfo& info);
  Napi::Value Bodfnd(const Napi::CallbackInfo& info);
  Napi::Value Bodvcd(const Napi::CallbackInfo& info);
  Napi::Value Bodvrd(const Napi::CallbackInfo& info);
  Napi::Value Bodn2c(const Napi::CallbackInfo& info);
  Napi::Value Bods2c(const Napi::CallbackInfo& info);
  Napi::Value Bodc2n(const Napi::CallbackInfo& info);
  Napi::Value Bodc2s(const Napi::CallbackInfo& info);
  Napi::Value Boddef(const Napi::CallbackInfo& info);
  Napi::Value Str2et(const Napi::CallbackInfo& info);
  Napi::Value Et2utc(const Napi::CallbackInfo& info);
  Napi::Value Timout(const Napi::CallbackInfo& info);
  Napi::Value Deltet(const Napi::CallbackInfo& info);
  Napi::Value Unitim(const Napi::CallbackInfo& info);
  Napi::Value Spkezr(const Napi::CallbackInfo& info);
  Napi::Value Spkpos(const Napi::CallbackInfo& info);
  Napi::Value Spkez(const Napi::CallbackInfo& info);
  Napi::Value Spkezp(const Napi::CallbackInfo& info);
  Napi::Value Spkgeo(const Napi::CallbackInfo& info);
  Napi::Value Spkgps(const Napi::CallbackInfo& info);
  Napi::Value Spkssb(const Napi::CallbackInfo& info);
  Napi::Value SpkezrBatch(const Napi::CallbackInfo& info);
  Napi::Value SpkposBatch(const Napi::CallbackInfo& info);
  Napi::Value Pxform(const Napi::CallbackInfo& info);
  Napi::Value Sxform(const Napi::CallbackInfo& info);
  Napi::Value Pxfrm2(const Napi::CallbackInfo& info);
  Napi::Value PxformBatch(const Napi::CallbackInfo& info);
  Napi::Value Namfrm(const Napi::CallbackInfo& info);
  Napi::Value Frmnam(const Napi::CallbackInfo& info);
  Napi::Value Frinfo(const Napi::CallbackInfo& info);
  Napi::Value Cidfrm(const Napi::CallbackInfo& info);
  Napi::Value Cnmfrm(const Napi::CallbackInfo& info);
  Napi::Value Ccifrm(const Napi::CallbackInfo& info);
  Napi::Value Spkopn(const Napi::CallbackInfo& info);
  Napi::Value Spkopa(const Napi::CallbackInfo& info);
  Napi::Value Spkcls(const Napi::CallbackInfo& info);
  Napi::Value Spkw02(const Napi::CallbackInfo& info);
  Napi::Value Spkw03(const Napi::CallbackInfo& info);
  Napi::Value Spkw08(const Napi::CallbackInfo& info);
  Napi::Value Spkw09(const Napi::CallbackInfo& info);
  Napi::Value Spkw12(const Napi::CallbackInfo& info);
  Napi::Value Spkw13(const Napi::CallbackInfo& info);
  Napi::Value Dafac(const Napi::CallbackInfo& info);
  Napi::Value ReadVirtualOutput(const Napi::CallbackInfo& info);
  Napi::Value Spkcov(const Napi::CallbackInfo& info);
  Napi::Value Spkobj(const Napi::CallbackInfo& info);
  Napi::Value Pckcov(const Napi::CallbackInfo& info);
  Napi::Value Pckfrm(const Napi::CallbackInfo& info);
  Napi::Value Spksfs(const Napi::CallbackInfo& info);
  Napi::Value Dafec(const Napi::CallbackInfo& info);
  Napi::Value Spkw14(const Napi::CallbackInfo& info);
  Napi::Value Spkw15(const Napi::CallbackInfo& info);
  Napi::Value Spkw17(const Napi::CallbackInfo& info);
  Napi::Value Spkw18(const Napi::CallbackInfo& info);
  Napi::Value Spkw19(const Napi::CallbackInfo& info);
  Napi::Value Spkw20(const Napi::CallbackInfo& info);
  Napi::Value Spkw05(const Napi::CallbackInfo& info);
  Napi::Value Spkw21(const Napi::CallbackInfo& info);
  Napi::Value Dispose(const Napi::CallbackInfo& info);

  using BatchFunction = decltype(sc_api::spkezr_batch);
  Napi::Value Batch(const Napi::CallbackInfo& info, BatchFunction function, std::size_t width, const char* rows_key);

  // spkw02/03 and spkw08/12 (and spkw09/13) share their argument lists.
  using ChebyshevWriter = decltype(sc_api::spkw02);
  using EqualStepWriter = decltype(sc_api::spkw08);
  using UnequalStepWriter = decltype(sc_api::spkw09);
  Napi::Value WriteChebyshev(const Napi::CallbackInfo& info, ChebyshevWriter writer, const char* name);
  Napi::Value WriteEqualStep(const Napi::CallbackInfo& info, EqualStepWriter writer, const char* name);
  Napi::Value WriteUnequalStep(const Napi::CallbackInfo& info, UnequalStepWriter writer, const char* name);

  // spkcov/pckcov and spkobj/pckfrm share their argument lists.
  using CoverageQuery = decltype(sc_api::spkcov);
  using IdSetQuery = decltype(sc_api::spkobj);
  Napi::Value Coverage(const Napi::CallbackInfo& info, CoverageQuery query, const char* name);
  Napi::Value IdSet(const Napi::CallbackInfo& info, IdSetQuery query, const char* name);

  const sc_api* api_;
  sc_context* ctx_ = nullptr;
};

}  // namespace sc::node
