// How a record reader names the array it reads in its messages ("the type 2 segment 'X' for body
// 301 ... in 'de430.bsp'"): a function the reader calls only when it has a message to write, so a
// successful read formats no text (building the name on every read cost ~5% of a batch).
#pragma once

#include <functional>
#include <string>

namespace sc::daf {

using ArrayDescription = std::function<std::string()>;

}  // namespace sc::daf
