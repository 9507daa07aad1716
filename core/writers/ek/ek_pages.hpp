// An EK being written, in memory: its three DAS logical arrays and CSPICE's page manager over them
// (ZZEKPGIN, ZZEKPGAN, ZZEKPGRI/ZZEKPGWI). Pages are only ever appended here: a fast load never frees
// one, so ZZEKPGAL's free lists stay empty and allocation is ZZEKPGAN's. The page sizes and bases
// are the reader's (ek/ek_layout.hpp); at close the arrays become a segregated DAS file, followed
// by the directory records CSPICE's segregation leaves at its end (das_directories.hpp), which
// depend on the order in which pages were allocated.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ek/ek_layout.hpp"

namespace sc::writers::ek {

enum class PageType { character = 1, dp = 2, integer = 3 };

using IntPage = std::array<std::int32_t, sc::ek::layout::kIntPageSize>;

class EkPages {
 public:
  // ZZEKPGIN: the page directory (the first 256 integers) with the paging architecture and the
  // page sizes and bases.
  EkPages();

  // ZZEKPGAN: appends a page of `type` (blanks or zeros) and returns its number (1-based, per type).
  int allocate(PageType type);
  static int base(PageType type, int page);

  // Words by 1-based logical address, as DASRDx/DASUDx address them.
  std::int32_t& int_at(int address) { return ints_[static_cast<std::size_t>(address - 1)]; }
  double& double_at(int address) { return doubles_[static_cast<std::size_t>(address - 1)]; }
  char& char_at(int address) { return chars_[static_cast<std::size_t>(address - 1)]; }

  // ZZEKPGRI / ZZEKPGWI: a whole integer page.
  IntPage read_int_page(int page) const;
  void write_int_page(int page, const IntPage& words);
  // Characters at `address` .. (DASUDC), and PRTENC's 5-character encoding of a non-negative integer.
  void write_chars(int address, std::string_view text);
  void write_encoded(int address, int value);

  // DASCLS: the file's bytes (segregated, LTL-IEEE, with DASSDR's leftover directory records).
  std::vector<std::uint8_t> image(std::string_view ifname, int ncomch) const;

 private:
  std::string chars_;
  std::vector<double> doubles_;
  std::vector<std::int32_t> ints_;
  std::vector<PageType> records_;  // the type of each DAS record in the order they were appended
};

}  // namespace sc::writers::ek
