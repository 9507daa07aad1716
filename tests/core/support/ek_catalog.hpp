// The tables of the EK fixtures (tests/fixtures/kernels/ek/*.bes), built by hand from
// tests/fixtures/kernels/README.md, in the order CSPICE loads them (EVENT_LOG from
// spicecraft_events.bes, then INSTRUMENTS and CALIBRATION from spicecraft_instruments.bes), with
// their columns in the files' order.
#pragma once

#include <vector>

#include "ek/query/ek_query.hpp"

namespace sc_test {

inline const std::vector<sc::ek::TableInfo>& ek_fixture_tables() {
  using sc::ek::ColumnInfo;
  using sc::ek::DataType;
  static const std::vector<sc::ek::TableInfo> tables{
      {"EVENT_LOG",
       {
           ColumnInfo{"EVENT_ID", DataType::integer, 1, 0, true, false},
           ColumnInfo{"EVENT_TIME", DataType::time, 1, 0, true, false},
           ColumnInfo{"EVENT_TYPE", DataType::character, 1, 16, true, false},
           ColumnInfo{"INSTRUMENT_ID", DataType::integer, 1, 0, false, true},
           ColumnInfo{"DURATION", DataType::dp, 1, 0, false, true},
           ColumnInfo{"SEVERITY", DataType::integer, 1, 0, true, false},
           ColumnInfo{"MESSAGE", DataType::character, 1, -1, false, true},
           ColumnInfo{"COUNTS", DataType::integer, -1, 0, false, true},
           ColumnInfo{"QUAT", DataType::dp, 4, 0, false, true},
       }},
      {"INSTRUMENTS",
       {
           ColumnInfo{"INSTRUMENT_ID", DataType::integer, 1, 0, true, false},
           ColumnInfo{"NAME", DataType::character, 1, 24, true, false},
           ColumnInfo{"SPACECRAFT", DataType::character, 1, 12, false, false},
           ColumnInfo{"FOCAL_LENGTH", DataType::dp, 1, 0, false, true},
           ColumnInfo{"PIXEL_SIZE", DataType::dp, 1, 0, false, false},
           ColumnInfo{"DETECTOR", DataType::integer, 2, 0, false, false},
           ColumnInfo{"FILTERS", DataType::character, -1, 8, false, true},
           ColumnInfo{"INSTALLED", DataType::time, 1, 0, false, true},
       }},
      {"CALIBRATION",
       {
           ColumnInfo{"CAL_ID", DataType::integer, 1, 0, true, false},
           ColumnInfo{"INSTRUMENT_ID", DataType::integer, 1, 0, true, false},
           ColumnInfo{"CAL_TIME", DataType::time, 1, 0, true, false},
           ColumnInfo{"GAIN", DataType::dp, 1, 0, true, true},
           ColumnInfo{"OFFSET", DataType::dp, 1, 0, false, false},
           ColumnInfo{"COEFFS", DataType::dp, -1, 0, false, false},
           ColumnInfo{"QUALITY", DataType::character, 1, 4, false, true},
           ColumnInfo{"VALID", DataType::time, 2, 0, false, false},
       }},
  };
  return tables;
}

}  // namespace sc_test
