// The spkezr family in two steps: everything that does not depend on the epoch (argument checks,
// names to NAIF IDs, the aberration correction, the output frame) is resolved once into a request;
// each epoch is then evaluated from it. The single calls (states.hpp) are the two steps back to
// back, so a batch that prepares once returns every epoch's single-call bits, and fails first
// where the single call at its first epoch fails (CSPICE checks all of these before the epoch
// matters, except SPKEZP's correction, which it parses after the observer's state: see
// PositionRequest).
#pragma once

#include <optional>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/output_frame.hpp"
#include "geometry/states.hpp"
#include "spk/leg_cache.hpp"

namespace sc::geometry {

// spkez/spkgeo's request (the state).
struct StateRequest {
  enum class Path {
    Zero,                // SPKGEO with target == observer: zeros, before the frame is looked at
    GeometricInertial,   // NONE into an inertial frame
    GeometricRotating,   // NONE into any other frame (J2000 state, then the frame's transformation)
    ApparentInertial,    // corrected, inertial frame
    ApparentRotating,    // corrected, non-inertial frame (SPKEZ's light time to the frame's center)
  };
  Path path = Path::Zero;
  int target = 0;
  int observer = 0;
  AbCorr corr;
  OutputFrame frame;
  int level = 0;
};

// spkezp/spkgps's request (the position).
struct PositionRequest {
  enum class Path {
    Geometric,          // NONE: spkgeo's state, its position part (`state` holds the request)
    ApparentInertial,   // corrected, inertial frame
    ApparentRotating,   // corrected, non-inertial frame
  };
  Path path = Path::Geometric;
  StateRequest state;  // for Path::Geometric
  int target = 0;
  int observer = 0;
  OutputFrame frame;
  int level = 0;
  // SPKEZP parses the correction only after the observer's SSB state, so a bad correction
  // surfaces per epoch, after that state's own errors.
  std::optional<AbCorr> corr;
  std::optional<Error> corr_error;
  bool transmission = false;  // the correction starts with 'X' (the frame's center light time negated)
};

// SPKGEO's frame check: any name the frame system maps to an ID (missing frame data surface later,
// from the transformation); SPICE(UNKNOWNFRAME) otherwise.
Result<OutputFrame> known_frame(const Context& ctx, std::string_view ref);

Result<StateRequest> prepare_spkezr(const Context& ctx, std::string_view target, std::string_view ref,
                                    std::string_view abcorr, std::string_view observer);
Result<StateRequest> prepare_spkez(const Context& ctx, int target, std::string_view ref, std::string_view abcorr,
                                   int observer, int level = 0);
Result<StateRequest> prepare_spkgeo(const Context& ctx, int target, std::string_view ref, int observer,
                                    int level = 0);
// `legs` (may be null) keeps segments and records across a batch's epochs (the frames' own data,
// PCK and CK, are read afresh).
Result<StateLt> evaluate_state(const Context& ctx, const StateRequest& request, double et,
                               spk::LegCache* legs = nullptr);

Result<PositionRequest> prepare_spkpos(const Context& ctx, std::string_view target, std::string_view ref,
                                       std::string_view abcorr, std::string_view observer);
Result<PositionRequest> prepare_spkezp(const Context& ctx, int target, std::string_view ref,
                                       std::string_view abcorr, int observer, int level = 0);
Result<PositionLt> evaluate_position(const Context& ctx, const PositionRequest& request, double et,
                                     spk::LegCache* legs = nullptr);

// What spkezrBatch and spkposBatch prepare: the request and the legs its epochs share.
struct StateBatch {
  StateRequest request;
  spk::LegCache legs;
  Result<StateLt> evaluate(const Context& ctx, double et) { return evaluate_state(ctx, request, et, &legs); }
};
struct PositionBatch {
  PositionRequest request;
  spk::LegCache legs;
  Result<PositionLt> evaluate(const Context& ctx, double et) { return evaluate_position(ctx, request, et, &legs); }
};
Result<StateBatch> prepare_spkezr_batch(const Context& ctx, std::string_view target, std::string_view ref,
                                        std::string_view abcorr, std::string_view observer);
Result<PositionBatch> prepare_spkpos_batch(const Context& ctx, std::string_view target, std::string_view ref,
                                           std::string_view abcorr, std::string_view observer);

}  // namespace sc::geometry
