// The kernel types the registry holds as DAF segment files, with the summary layout each must have
// (spk.req "Segments--The Fundamental SPK Building Blocks": ND = 2, NI = 6; pck.req: ND = 2,
// NI = 5; ck.req "Segments--The Fundamental CK Building Blocks": ND = 2, NI = 6). Named here, below spk and pck, because the registry opens these files at furnsh and
// the segment search filters by them; the readers above only evaluate what is found.
#pragma once

#include <string_view>

#include "daf/segment_file.hpp"

namespace sc::kernels {

struct SegmentKind {
  std::string_view type;  // the file type of the DAF ID word ("DAF/SPK"), kdata's FILTYP
  daf::SummaryFormat format;
};

inline constexpr SegmentKind kSpk{"SPK", {2, 6, "SPK", "SPK"}};
inline constexpr SegmentKind kPck{"PCK", {2, 5, "binary PCK", "PCK"}};
inline constexpr SegmentKind kCk{"CK", {2, 6, "CK", "CK"}};  // keyed by instrument; times are encoded SCLK

}  // namespace sc::kernels
