// The DAS directory records CSPICE leaves at the end of a written EK. While a DAS file is written,
// DASCUD describes its records in directory records as they are appended: one signed record count
// per run of records of one type (a cluster), 247 to a directory record, and a new directory record
// in line with the data when one is full. At close, DASSDR segregates the records by type under a
// rewritten first directory (das/das_image) and moves the other directory records, unchanged, to
// the end of the file, where they stay. An EK appends one record per page it allocates, so a file
// whose page types alternate more than 247 times (large or many-segment EKs) ends with them.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "ek/writing/ek_pages.hpp"

namespace sc::ek::writing {

using DirectoryRecord = std::array<std::int32_t, 256>;

// The directory records after the first, in file order, of a DAS file whose first directory record
// is `first_directory` (1-based, after the file record and comment records) and whose data records
// were appended one at a time with the types `records`.
std::vector<DirectoryRecord> trailing_directories(int first_directory, std::span<const PageType> records);

}  // namespace sc::ek::writing
