// What the writers of SPK types 9 and 13 share (internal to writers/spk/): N states at N epochs,
// stored as the states, the epochs, a directory of every 100th epoch, a type-specific word and N.
#pragma once

#include <span>
#include <vector>

#include "errors/result.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::writers {

// SPICE(BADDESCRTIMES) unless first < last.
Status check_unequal_step_descriptor_order(const spk::SegmentSpec& spec);
// SPICE(INVALIDSIZE) unless `states` and `epochs` hold n states and n epochs.
Status check_unequal_step_sizes(int n, std::span<const double> states, std::span<const double> epochs);
// The segment's words: the states, the epochs, the directory, `last_word` (degree or window
// size - 1), n = epochs.size().
std::vector<double> unequal_step_data(std::span<const double> states, std::span<const double> epochs, int last_word);

}  // namespace sc::writers
