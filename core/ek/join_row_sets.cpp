#include "ek/join_row_sets.hpp"

#include <cstddef>

namespace sc::ek {

int JoinRowSet::row_count() const {
  int n = 0;
  for (const auto& rows : row_sets) n += static_cast<int>(rows.size());
  return n;
}

const std::vector<int>& JoinRowSet::segments_of(const RowVector& row) const {
  return segment_vectors[static_cast<std::size_t>((row.sv_offset - kFirstSegmentVector) / tables)];
}

void squeeze(JoinRowSet& set) {
  const std::size_t nsv = set.segment_vectors.size();
  std::vector<std::vector<int>> kept_vectors;
  std::size_t deleted_vectors = 0;
  for (std::size_t i = 0; i < nsv; ++i) {
    const auto& rows = set.row_sets[i];
    std::size_t deleted_rows = 0;
    for (const auto& r : rows) deleted_rows += r.records.front() == 0;
    if (rows.empty() || deleted_rows == rows.size()) {
      ++deleted_vectors;
    } else {
      kept_vectors.push_back(set.segment_vectors[i]);
    }
  }
  std::vector<std::vector<RowVector>> sets;
  if (deleted_vectors > 0) {
    // N0067 moves the row sets of every vector that had rows, deleted or not, into the first slots.
    for (auto& rows : set.row_sets) {
      if (!rows.empty()) sets.push_back(std::move(rows));
    }
    sets.resize(kept_vectors.size());
  } else {
    sets = std::move(set.row_sets);
  }
  for (std::size_t slot = 0; slot < sets.size(); ++slot) {
    std::vector<RowVector> kept;
    for (auto& r : sets[slot]) {
      if (r.records.front() == 0) continue;
      r.sv_offset = kFirstSegmentVector + static_cast<int>(slot) * set.tables;
      kept.push_back(std::move(r));
    }
    sets[slot] = std::move(kept);
  }
  set.segment_vectors = std::move(kept_vectors);
  set.row_sets = std::move(sets);
}

void weed(std::vector<JoinRowSet>& sets) {
  for (std::size_t cand = 1; cand < sets.size(); ++cand) {
    for (auto& candidate_rows : sets[cand].row_sets) {
      for (std::size_t pred = 0; pred < cand; ++pred) {
        for (const auto& predecessor_rows : sets[pred].row_sets) {
          for (auto& row : candidate_rows) {
            for (const auto& earlier : predecessor_rows) {
              if (row == earlier) {
                row.records.front() = 0;
                break;
              }
            }
          }
        }
      }
    }
  }
  std::vector<JoinRowSet> kept;
  for (auto& s : sets) {
    squeeze(s);
    if (s.row_count() > 0) kept.push_back(std::move(s));
  }
  sets = std::move(kept);
}

}  // namespace sc::ek
