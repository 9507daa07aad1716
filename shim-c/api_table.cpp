// The versioned function table. Append-only: new functions go at the end of sc_api, and an old
// caller keeps working because struct_size tells it which members exist.
#include "calls.hpp"

namespace {

constexpr sc_api make_table() {
  using namespace sc::shim;
  sc_api t{};
  t.struct_size = sizeof(sc_api);
  t.abi_version = SC_ABI_VERSION;
  t.version = version;
  t.context_create = context_create;
  t.context_create_native = context_create_native;
  t.context_destroy = context_destroy;
  t.furnsh = furnsh;
  t.furnsh_bytes = furnsh_bytes;
  t.unload = unload;
  t.kclear = kclear;
  t.ktotal = ktotal;
  t.kdata = kdata;
  t.kinfo = kinfo;
  t.getfat = getfat;
  t.gdpool = gdpool;
  t.gipool = gipool;
  t.gcpool = gcpool;
  t.gnpool = gnpool;
  t.dtpool = dtpool;
  t.expool = expool;
  t.pdpool = pdpool;
  t.pipool = pipool;
  t.pcpool = pcpool;
  t.lmpool = lmpool;
  t.bodfnd = bodfnd;
  t.bodvcd = bodvcd;
  t.bodvrd = bodvrd;
  t.bodn2c = bodn2c;
  t.bods2c = bods2c;
  t.bodc2n = bodc2n;
  t.bodc2s = bodc2s;
  t.boddef = boddef;
  t.str2et = str2et;
  t.et2utc = et2utc;
  t.timout = timout;
  t.deltet = deltet;
  t.unitim = unitim;
  t.spkezr = spkezr;
  t.spkpos = spkpos;
  t.spkez = spkez;
  t.spkezp = spkezp;
  t.spkgeo = spkgeo;
  t.spkgps = spkgps;
  t.spkssb = spkssb;
  t.spkezr_batch = spkezr_batch;
  t.spkpos_batch = spkpos_batch;
  t.pxform = pxform;
  t.sxform = sxform;
  t.pxfrm2 = pxfrm2;
  t.pxform_batch = pxform_batch;
  t.namfrm = namfrm;
  t.frmnam = frmnam;
  t.frinfo = frinfo;
  t.cidfrm = cidfrm;
  t.cnmfrm = cnmfrm;
  t.ccifrm = ccifrm;
  t.spkopn = spkopn;
  t.spkopa = spkopa;
  t.spkcls = spkcls;
  t.spkw02 = spkw02;
  t.spkw03 = spkw03;
  t.spkw08 = spkw08;
  t.spkw09 = spkw09;
  t.spkw12 = spkw12;
  t.spkw13 = spkw13;
  t.dafac = dafac;
  t.read_virtual_output = read_virtual_output;
  t.spkcov = spkcov;
  t.spkobj = spkobj;
  t.pckcov = pckcov;
  t.pckfrm = pckfrm;
  t.spksfs = spksfs;
  t.dafec = dafec;
  t.spkw14 = spkw14;
  t.spkw15 = spkw15;
  t.spkw17 = spkw17;
  t.spkw18 = spkw18;
  t.spkw19 = spkw19;
  t.spkw20 = spkw20;
  t.spkw05 = spkw05;
  t.spkw21 = spkw21;
  return t;
}

constexpr sc_api kTable = make_table();

}  // namespace

extern "C" const sc_api* sc_get_api(uint32_t abi_version) {
  // Version 1 is the only one so far; later versions extend the same table.
  return abi_version == 1u ? &kTable : nullptr;
}
