// CSPICE's join row sets (ekjrs.inc), the structure EKSRCH builds a query's result in: for each
// combination of segments of the FROM tables (a segment vector), the matching rows, each a row
// vector of one record per table plus the offset of its segment vector. Modelled as values, with
// the offsets CSPICE stores, because two of its steps read them:
// - ZZEKJSQZ (squeeze) drops deleted rows and empty segment vectors. When a segment vector lost
//   all its rows to deletion, N0067 moves the row sets of all vectors that had rows, so a later
//   vector's rows can end up under an earlier vector's slot (and the last one's are lost). That
//   changes query results, and it is reproduced here.
// - ZZEKWEED removes from each later conjunction's result the rows an earlier one already has. It
//   compares a candidate's segment vector with itself (N0067 reads the candidate's where it means
//   the predecessor's), so a row counts as a duplicate when some earlier row has the same records
//   and the same segment-vector offset, whatever that earlier row's segments are.
#pragma once

#include <vector>

namespace sc::ek {

// JSVBAS: the offset of a join row set's first segment vector.
inline constexpr int kFirstSegmentVector = 4;

struct RowVector {
  std::vector<int> records;  // one per table; records[0] == 0 marks a deleted row, as CSPICE marks it
  int sv_offset = 0;         // kFirstSegmentVector + slot * tables, as CSPICE stores it
  bool operator==(const RowVector&) const = default;
};

struct JoinRowSet {
  int tables = 1;
  std::vector<std::vector<int>> segment_vectors;  // LoadedTables::segments indices, one per table
  std::vector<std::vector<RowVector>> row_sets;   // the rows of segment vector k (CSPICE's pointer/count pairs)

  int row_count() const;
  // The segment vector a row's stored offset names (the one CSPICE reads the row's entries through).
  const std::vector<int>& segments_of(const RowVector& row) const;
};

// ZZEKJSQZ, with N0067's handling of fully deleted segment vectors (above).
void squeeze(JoinRowSet& set);

// ZZEKWEED over the conjunction results so far: deletes duplicates (above), squeezes every set and
// drops those left without rows.
void weed(std::vector<JoinRowSet>& sets);

}  // namespace sc::ek
