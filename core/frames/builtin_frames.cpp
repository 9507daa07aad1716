// The built-in frame table (see builtin_frames.hpp). The non-inertial entries are data from
// CSPICE N0067's ZZFDAT (frames.req lists the same IAU frames); the inertial ones come from the
// inertial-frame table.
#include "frames/builtin_frames.hpp"

#include <array>
#include <vector>

#include "inertial/inertial_frames.hpp"

namespace sc::frames {
namespace {

constexpr int kPck = 2;
constexpr int kTk = 4;

// {id, name, center, class, class id}; IDs 10001.. in ZZFDAT order (not sorted by ID: ITRF93
// and EARTH_FIXED sit between IAU_CHARON and IAU_PAN).
constexpr BuiltinFrame kNonInertial[] = {
    {10001, "IAU_MERCURY_BARYCENTER", 1, kPck, 1},
    {10002, "IAU_VENUS_BARYCENTER", 2, kPck, 2},
    {10003, "IAU_EARTH_BARYCENTER", 3, kPck, 3},
    {10004, "IAU_MARS_BARYCENTER", 4, kPck, 4},
    {10005, "IAU_JUPITER_BARYCENTER", 5, kPck, 5},
    {10006, "IAU_SATURN_BARYCENTER", 6, kPck, 6},
    {10007, "IAU_URANUS_BARYCENTER", 7, kPck, 7},
    {10008, "IAU_NEPTUNE_BARYCENTER", 8, kPck, 8},
    {10009, "IAU_PLUTO_BARYCENTER", 9, kPck, 9},
    {10010, "IAU_SUN", 10, kPck, 10},
    {10011, "IAU_MERCURY", 199, kPck, 199},
    {10012, "IAU_VENUS", 299, kPck, 299},
    {10013, "IAU_EARTH", 399, kPck, 399},
    {10014, "IAU_MARS", 499, kPck, 499},
    {10015, "IAU_JUPITER", 599, kPck, 599},
    {10016, "IAU_SATURN", 699, kPck, 699},
    {10017, "IAU_URANUS", 799, kPck, 799},
    {10018, "IAU_NEPTUNE", 899, kPck, 899},
    {10019, "IAU_PLUTO", 999, kPck, 999},
    {10020, "IAU_MOON", 301, kPck, 301},
    {10021, "IAU_PHOBOS", 401, kPck, 401},
    {10022, "IAU_DEIMOS", 402, kPck, 402},
    {10023, "IAU_IO", 501, kPck, 501},
    {10024, "IAU_EUROPA", 502, kPck, 502},
    {10025, "IAU_GANYMEDE", 503, kPck, 503},
    {10026, "IAU_CALLISTO", 504, kPck, 504},
    {10027, "IAU_AMALTHEA", 505, kPck, 505},
    {10028, "IAU_HIMALIA", 506, kPck, 506},
    {10029, "IAU_ELARA", 507, kPck, 507},
    {10030, "IAU_PASIPHAE", 508, kPck, 508},
    {10031, "IAU_SINOPE", 509, kPck, 509},
    {10032, "IAU_LYSITHEA", 510, kPck, 510},
    {10033, "IAU_CARME", 511, kPck, 511},
    {10034, "IAU_ANANKE", 512, kPck, 512},
    {10035, "IAU_LEDA", 513, kPck, 513},
    {10036, "IAU_THEBE", 514, kPck, 514},
    {10037, "IAU_ADRASTEA", 515, kPck, 515},
    {10038, "IAU_METIS", 516, kPck, 516},
    {10039, "IAU_MIMAS", 601, kPck, 601},
    {10040, "IAU_ENCELADUS", 602, kPck, 602},
    {10041, "IAU_TETHYS", 603, kPck, 603},
    {10042, "IAU_DIONE", 604, kPck, 604},
    {10043, "IAU_RHEA", 605, kPck, 605},
    {10044, "IAU_TITAN", 606, kPck, 606},
    {10045, "IAU_HYPERION", 607, kPck, 607},
    {10046, "IAU_IAPETUS", 608, kPck, 608},
    {10047, "IAU_PHOEBE", 609, kPck, 609},
    {10048, "IAU_JANUS", 610, kPck, 610},
    {10049, "IAU_EPIMETHEUS", 611, kPck, 611},
    {10050, "IAU_HELENE", 612, kPck, 612},
    {10051, "IAU_TELESTO", 613, kPck, 613},
    {10052, "IAU_CALYPSO", 614, kPck, 614},
    {10053, "IAU_ATLAS", 615, kPck, 615},
    {10054, "IAU_PROMETHEUS", 616, kPck, 616},
    {10055, "IAU_PANDORA", 617, kPck, 617},
    {10056, "IAU_ARIEL", 701, kPck, 701},
    {10057, "IAU_UMBRIEL", 702, kPck, 702},
    {10058, "IAU_TITANIA", 703, kPck, 703},
    {10059, "IAU_OBERON", 704, kPck, 704},
    {10060, "IAU_MIRANDA", 705, kPck, 705},
    {10061, "IAU_CORDELIA", 706, kPck, 706},
    {10062, "IAU_OPHELIA", 707, kPck, 707},
    {10063, "IAU_BIANCA", 708, kPck, 708},
    {10064, "IAU_CRESSIDA", 709, kPck, 709},
    {10065, "IAU_DESDEMONA", 710, kPck, 710},
    {10066, "IAU_JULIET", 711, kPck, 711},
    {10067, "IAU_PORTIA", 712, kPck, 712},
    {10068, "IAU_ROSALIND", 713, kPck, 713},
    {10069, "IAU_BELINDA", 714, kPck, 714},
    {10070, "IAU_PUCK", 715, kPck, 715},
    {10071, "IAU_TRITON", 801, kPck, 801},
    {10072, "IAU_NEREID", 802, kPck, 802},
    {10073, "IAU_NAIAD", 803, kPck, 803},
    {10074, "IAU_THALASSA", 804, kPck, 804},
    {10075, "IAU_DESPINA", 805, kPck, 805},
    {10076, "IAU_GALATEA", 806, kPck, 806},
    {10077, "IAU_LARISSA", 807, kPck, 807},
    {10078, "IAU_PROTEUS", 808, kPck, 808},
    {10079, "IAU_CHARON", 901, kPck, 901},
    {13000, "ITRF93", 399, kPck, 3000},
    {10081, "EARTH_FIXED", 399, kTk, 10081},
    {10082, "IAU_PAN", 618, kPck, 618},
    {10083, "IAU_GASPRA", 9511010, kPck, 9511010},
    {10084, "IAU_IDA", 2431010, kPck, 2431010},
    {10085, "IAU_EROS", 2000433, kPck, 2000433},
    {10086, "IAU_CALLIRRHOE", 517, kPck, 517},
    {10087, "IAU_THEMISTO", 518, kPck, 518},
    {10088, "IAU_MEGACLITE", 519, kPck, 519},
    {10089, "IAU_TAYGETE", 520, kPck, 520},
    {10090, "IAU_CHALDENE", 521, kPck, 521},
    {10091, "IAU_HARPALYKE", 522, kPck, 522},
    {10092, "IAU_KALYKE", 523, kPck, 523},
    {10093, "IAU_IOCASTE", 524, kPck, 524},
    {10094, "IAU_ERINOME", 525, kPck, 525},
    {10095, "IAU_ISONOE", 526, kPck, 526},
    {10096, "IAU_PRAXIDIKE", 527, kPck, 527},
    {10097, "IAU_BORRELLY", 1000005, kPck, 1000005},
    {10098, "IAU_TEMPEL_1", 1000093, kPck, 1000093},
    {10099, "IAU_VESTA", 2000004, kPck, 2000004},
    {10100, "IAU_ITOKAWA", 2025143, kPck, 2025143},
    {10101, "IAU_CERES", 2000001, kPck, 2000001},
    {10102, "IAU_PALLAS", 2000002, kPck, 2000002},
    {10103, "IAU_LUTETIA", 2000021, kPck, 2000021},
    {10104, "IAU_DAVIDA", 2000511, kPck, 2000511},
    {10105, "IAU_STEINS", 2002867, kPck, 2002867},
    {10106, "IAU_BENNU", 2101955, kPck, 2101955},
    {10107, "IAU_52_EUROPA", 2000052, kPck, 2000052},
    {10108, "IAU_NIX", 902, kPck, 902},
    {10109, "IAU_HYDRA", 903, kPck, 903},
    {10110, "IAU_RYUGU", 2162173, kPck, 2162173},
    {10111, "IAU_ARROKOTH", 2486958, kPck, 2486958},
    {10112, "IAU_DIDYMOS_BARYCENTER", 20065803, kPck, 20065803},
    {10113, "IAU_DIDYMOS", 920065803, kPck, 920065803},
    {10114, "IAU_DIMORPHOS", 120065803, kPck, 120065803},
    {10115, "IAU_DONALDJOHANSON", 20052246, kPck, 20052246},
    {10116, "IAU_EURYBATES", 920003548, kPck, 920003548},
    {10117, "IAU_EURYBATES_BARYCENTER", 20003548, kPck, 20003548},
    {10118, "IAU_QUETA", 120003548, kPck, 120003548},
    {10119, "IAU_POLYMELE", 20015094, kPck, 20015094},
    {10120, "IAU_LEUCUS", 20011351, kPck, 20011351},
    {10121, "IAU_ORUS", 20021900, kPck, 20021900},
    {10122, "IAU_PATROCLUS_BARYCENTER", 20000617, kPck, 20000617},
    {10123, "IAU_PATROCLUS", 920000617, kPck, 920000617},
    {10124, "IAU_MENOETIUS", 120000617, kPck, 120000617},
};

std::vector<BuiltinFrame> make_table() {
  std::vector<BuiltinFrame> table;
  for (const inertial::Frame& f : inertial::builtin_frames()) table.push_back({f.id, f.name, 0, 1, f.id});
  for (const BuiltinFrame& f : kNonInertial) table.push_back(f);
  return table;
}

const std::vector<BuiltinFrame>& table() {
  static const std::vector<BuiltinFrame> t = make_table();
  return t;
}

// ORDERI: a Shell sort of indices by value (ties keep whatever order the gaps leave them in).
std::vector<std::size_t> order_by_center(const std::vector<BuiltinFrame>& t) {
  const std::size_t n = t.size();
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  for (std::size_t gap = n / 2; gap > 0; gap /= 2) {
    for (std::size_t i = gap; i < n; ++i) {
      // The inner loop walks j = i - gap, i - 2 gap, ... while the pair is out of order.
      for (std::size_t j = i - gap + 1; j > 0; j = (j > gap ? j - gap : 0)) {
        const std::size_t a = j - 1;
        if (t[order[a]].center <= t[order[a + gap]].center) break;
        std::swap(order[a], order[a + gap]);
      }
    }
  }
  return order;
}

const std::vector<std::size_t>& center_order() {
  static const std::vector<std::size_t> order = order_by_center(table());
  return order;
}

}  // namespace

std::span<const BuiltinFrame> builtin_frames() { return table(); }

const BuiltinFrame* builtin_frame_by_id(int id) {
  for (const BuiltinFrame& f : table()) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

const BuiltinFrame* builtin_frame_by_name(std::string_view key) {
  for (const BuiltinFrame& f : table()) {
    if (f.name == key) return &f;
  }
  return nullptr;
}

const BuiltinFrame* builtin_frame_for_center(int center) {
  // BSCHOI: plain binary search over the order vector, returning the first hit it lands on.
  const auto& t = table();
  const auto& order = center_order();
  std::ptrdiff_t left = 1;
  std::ptrdiff_t right = static_cast<std::ptrdiff_t>(order.size());
  while (left <= right) {
    const std::ptrdiff_t mid = (left + right) / 2;
    const BuiltinFrame& f = t[order[static_cast<std::size_t>(mid - 1)]];
    if (center == f.center) return &f;
    if (center < f.center) {
      right = mid - 1;
    } else {
      left = mid + 1;
    }
  }
  return nullptr;
}

}  // namespace sc::frames
