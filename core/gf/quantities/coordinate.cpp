#include "gf/quantities/coordinate.hpp"

#include "gf/quantities/coordinate_quantity.hpp"
#include "gf/quantities/coordinate_solver.hpp"
#include "gf/scalar_search.hpp"

namespace sc::gf {

Result<FlatWindow> gfposc(const Context& ctx, std::string_view target, std::string_view frame, std::string_view abcorr,
                          std::string_view obsrvr, std::string_view crdsys, std::string_view coord,
                          std::string_view relate, double refval, double adjust, double step, int nintvls,
                          std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"target", target},
                        {"frame", frame},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr},
                        {"crdsys", crdsys},
                        {"coord", coord},
                        {"relate", relate}}));
  CoordinateRequest request;
  request.vecdef = VectorDef::Position;
  request.target = target;
  request.ref = frame;
  request.abcorr = abcorr;
  request.obsrvr = obsrvr;
  request.crdsys = crdsys;
  request.crdnam = coord;
  return coordinate_search(ctx, request, ScalarArgs{relate, refval, adjust, step, nintvls, cnfine}, control);
}

Result<FlatWindow> gfsubc(const Context& ctx, std::string_view target, std::string_view fixref,
                          std::string_view method, std::string_view abcorr, std::string_view obsrvr,
                          std::string_view crdsys, std::string_view coord, std::string_view relate, double refval,
                          double adjust, double step, int nintvls, std::span<const double> cnfine,
                          const SearchControl& control) {
  SC_TRY(check_strings({{"target", target},
                        {"fixref", fixref},
                        {"method", method},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr},
                        {"crdsys", crdsys},
                        {"coord", coord},
                        {"relate", relate}}));
  CoordinateRequest request;
  request.vecdef = VectorDef::SubObserver;
  request.method = method;
  request.target = target;
  request.ref = fixref;
  request.abcorr = abcorr;
  request.obsrvr = obsrvr;
  request.crdsys = crdsys;
  request.crdnam = coord;
  return coordinate_search(ctx, request, ScalarArgs{relate, refval, adjust, step, nintvls, cnfine}, control);
}

Result<FlatWindow> gfsntc(const Context& ctx, std::string_view target, std::string_view fixref,
                          std::string_view method, std::string_view abcorr, std::string_view obsrvr,
                          std::string_view dref, std::span<const double> dvec, std::string_view crdsys,
                          std::string_view coord, std::string_view relate, double refval, double adjust, double step,
                          int nintvls, std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"target", target},
                        {"fixref", fixref},
                        {"method", method},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr},
                        {"dref", dref},
                        {"crdsys", crdsys},
                        {"coord", coord},
                        {"relate", relate}}));
  CoordinateRequest request;
  request.vecdef = VectorDef::SurfaceIntercept;
  request.method = method;
  request.target = target;
  request.ref = fixref;
  request.abcorr = abcorr;
  request.obsrvr = obsrvr;
  request.dref = dref;
  request.dvec = dvec;
  request.crdsys = crdsys;
  request.crdnam = coord;
  return coordinate_search(ctx, request, ScalarArgs{relate, refval, adjust, step, nintvls, cnfine}, control);
}

}  // namespace sc::gf
