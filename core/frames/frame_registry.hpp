// Frame name <-> ID <-> attributes (CSPICE's FRAMEX entries NAMFRM, FRMNAM, FRINFO) over the
// built-in table and the kernel pool. Built-in definitions always win: a frame kernel cannot
// rename or redefine a built-in frame. Kernel frames are defined by
//    FRAME_<name> = <id>            (name -> ID; the key is the upper-cased, left-justified name)
//    FRAME_<id>_NAME = '<name>'     (ID -> name, and the entry point for FRINFO)
//    FRAME_<id or name>_CENTER / _CLASS / _CLASS_ID
// IDs 13000-13999 with no definition are DSN Earth frames: center 399, PCK class, class ID - 10000.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/frames_api.hpp"

namespace sc::frames {

// NAMFRM; nullopt where CSPICE returns code 0. Errors only for malformed pool values.
Result<std::optional<int>> namfrm_checked(const Context& ctx, std::string_view name);
// FRMNAM; nullopt where CSPICE returns a blank name.
std::optional<std::string> frame_name(const Context& ctx, int code);
// FRINFO, with its errors for incomplete kernel definitions (SPICE(KERNELVARNOTFOUND),
// SPICE(INVALIDDIMENSION), SPICE(BADVARIABLETYPE), ...).
Result<std::optional<FrameInfo>> frinfo_checked(const Context& ctx, int code);

}  // namespace sc::frames
