// Numbers in error messages, written one way across the core: 17 significant digits, so the value
// a message shows is exactly the value that was read, and epochs as "ET 123.456000 (TDB seconds
// past J2000)".
#pragma once

#include <string>

namespace sc {

std::string number_text(double d);  // %.17g
std::string epoch_text(double et);  // "ET 123.456000 (TDB seconds past J2000)"

}  // namespace sc
