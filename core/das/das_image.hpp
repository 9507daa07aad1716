// The bytes of a DAS file as DASCLS leaves it after segregation (DASSDR): the file record
// (LTL-IEEE, with the FTP validation string), the reserved comment records, one directory record,
// then one cluster per data type in CSPICE's order (characters, doubles, integers). Writers keep a
// DAS's three logical arrays in memory and turn them into a file only here, at close.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sc::das {

struct DasImageSpec {
  std::string_view type;    // the file type after "DAS/" ("DSK", "EK"), four characters at most
  std::string_view ifname;  // the internal file name, cut to 60 characters
  int ncomch = 0;           // comment characters to reserve (whole records), when `comments` is empty
  // An existing file's comment records (whole records) and the characters in use in them: a file
  // opened for writing (EKOPW) keeps its comment area.
  std::span<const std::uint8_t> comments;
  int ncomc = 0;
  std::string_view chars;   // each array holds its type's logical addresses 1..n
  std::span<const double> doubles;
  std::span<const std::int32_t> ints;
};

std::vector<std::uint8_t> segregated_image(const DasImageSpec& spec);

}  // namespace sc::das
