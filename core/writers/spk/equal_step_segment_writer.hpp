// What the writers of SPK types 8 and 12 share (internal to writers/spk/): N states at equal steps,
// stored as the states, then the first epoch, the step, a type-specific word and N, with the same
// identifier and time checks.
#pragma once

#include <span>
#include <vector>

#include "errors/result.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::writers {

// SPICE(BADDESCRTIMES) (first >= last), SPICE(INVALIDSTEPSIZE) (step <= 0), then SPICE(COVERAGEGAP).
Status check_equal_step_times(const spk::SegmentSpec& spec, int n, double epoch1, double step);
// SPICE(INVALIDREFFRAME), SPICE(SEGIDTOOLONG), then SPICE(NONPRINTABLECHARS).
Status check_equal_step_identifier(const spk::SegmentSpec& spec);
// The segment's words: the n states, epoch1, step, `last_word` (degree or window size - 1), n.
std::vector<double> equal_step_data(std::span<const double> states, int n, double epoch1, double step, int last_word);

}  // namespace sc::writers
