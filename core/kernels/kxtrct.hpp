// KXTRCT: pulls the words that follow a keyword out of a word sequence, up to the first of a set
// of terminating words (a string utility of CSPICE's, which tspice lists with the kernel calls).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "errors/result.hpp"

namespace sc::kernels {

struct Extracted {
  std::string wordsq;  // the sequence without the keyword and the words taken (trailing blanks dropped)
  std::string substr;  // the words between the keyword and the terminator ("" when there are none)
};

// Words are runs of characters other than ' ' (a tab is part of a word, as in CSPICE). The first
// occurrence of `keywd` as a whole word counts (case matters; blanks around `keywd` do not); a
// term matches a word exactly, trailing blanks aside. nullopt when the keyword is not there.
// SPICE(EMPTYSTRING) for an empty keyword (kxtrct_c's check).
Result<std::optional<Extracted>> kxtrct(std::string_view keywd, std::span<const std::string> terms,
                                        std::string_view wordsq);

}  // namespace sc::kernels
