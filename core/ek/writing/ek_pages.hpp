// An EK being written, in memory: its three DAS logical arrays and CSPICE's page manager over them
// (ZZEKPGIN, ZZEKPGAN, ZZEKPGAL, ZZEKPGFR, ZZEKPGRI/ZZEKPGWI). A new file's free lists are empty,
// so allocations append until a page is freed (a tree node that disappears on deletion, or a page
// CSPICE freed in a file opened for writing); ZZEKPGAL reuses free pages first. The page sizes and bases are the reader's (ek/ek_layout.hpp); at close the arrays become a
// segregated DAS file, followed by the directory records CSPICE's segregation leaves at its end
// (das_directories.hpp), which depend on the order in which pages were appended.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ek/ek_layout.hpp"

namespace sc::ek::writing {

enum class PageType { character = 1, dp = 2, integer = 3 };

using IntPage = std::array<std::int32_t, sc::ek::layout::kIntPageSize>;

class EkPages {
 public:
  // ZZEKPGIN: the page directory (the first 256 integers) with the paging architecture and the
  // page sizes and bases.
  EkPages();
  // An existing EK's logical arrays (EKOPW), as a segregated file holds them: its records are its
  // character, then double, then integer records.
  EkPages(std::string chars, std::vector<double> doubles, std::vector<std::int32_t> ints);

  // ZZEKPGAN: appends a page of `type` (blanks or zeros) and returns its number (1-based, per type).
  int append(PageType type);
  // ZZEKPGAL: the first free page of `type` if there is one (its old contents kept), else append().
  int allocate(PageType type);
  // ZZEKPGFR: puts allocated page `page` of `type` at the head of its free list; the page keeps its
  // contents but for the link to the next free page in its first word(s), which allocate() reads.
  // `page` must be an allocated page (CSPICE signals SPICE(INVALIDINDEX) otherwise; the tree code
  // frees only nodes it has just unlinked).
  void free_page(PageType type, int page);
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
  // PRTDEC: the integer encoded at `address`.
  int read_encoded(int address) const;

  // DASCLS: the file's bytes (segregated, LTL-IEEE, with DASSDR's leftover directory records).
  // `comments`: an existing file's comment records and characters in use, kept as they are.
  std::vector<std::uint8_t> image(std::string_view ifname, int ncomch, std::span<const std::uint8_t> comments = {},
                                  int ncomc = 0) const;

 private:
  std::string chars_;
  std::vector<double> doubles_;
  std::vector<std::int32_t> ints_;
  std::vector<PageType> records_;  // the type of each DAS record in the order they were appended
};

}  // namespace sc::ek::writing
