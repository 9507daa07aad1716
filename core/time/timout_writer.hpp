// The output half of timout: given the picture's tokens (meta markers already applied and
// removed), computes each time component once and writes the string, following TIMOUT's
// construction step by step (component values from TTRANS, truncation of fractions, DPFMT).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "time/leapseconds.hpp"
#include "time/picture_scanner.hpp"
#include "time/time_vector.hpp"

namespace sc::time {

enum class OutputScale { Utc, Tdb, Tdt };

struct OutputSystem {
  OutputScale scale = OutputScale::Utc;
  bool zoned = false;  // UTC shifted by the offset below
  double hours = 0.0;
  double minutes = 0.0;
};

enum class CalendarChoice { Gregorian, Julian, Mixed };

// Half of one unit of a numeric component, in seconds: the pad ::RND adds to the epoch (0 for
// markers that are not numeric components).
double half_unit(picture::Part part);

class TimoutWriter {
 public:
  // `pad` is added to the epoch in the output scale (rounding). Fails when the LSK is missing.
  static Result<TimoutWriter> create(const TimeKernel& kernel, double et, double pad, OutputSystem system,
                                     CalendarChoice calendar, bool era_wanted);

  Result<std::string> write(std::string_view text, const std::vector<picture::Token>& tokens);

 private:
  using Part = picture::Part;

  TimoutWriter(const TimeKernel& kernel, OutputSystem system, CalendarChoice calendar, bool era_wanted)
      : kernel_(kernel), system_(system), calendar_(calendar), era_wanted_(era_wanted) {}

  double& value(Part p) { return values_[static_cast<std::size_t>(p)]; }
  bool& have(Part p) { return have_[static_cast<std::size_t>(p)]; }

  Status start_component(picture::Marker marker, Part part);
  Status compute(Part part);
  Status compute_calendar();
  Status compute_weekday();
  void write_words(picture::Marker marker, Part part);
  Status prepare_neighbours(Part part);
  Status add_fraction();
  void finish_number();

  const TimeKernel& kernel_;
  OutputSystem system_;
  CalendarChoice calendar_;
  bool era_wanted_;

  double epoch_ = 0.0;  // in the base kind below
  TimeVectorKind base_ = TimeVectorKind::Tdt;
  TimeVectorKind ymd_ = TimeVectorKind::Ymd;
  TimeVectorKind ymwd_ = TimeVectorKind::Ymwd;

  std::array<double, picture::kPartSlots> values_{};
  std::array<bool, picture::kPartSlots> have_{};
  bool to_julian_ = false;  // the calendar components are Julian-calendar dates
  bool era_vanishes_ = false;

  std::string out_;
  // The number being written: its DPFMT picture, kind, value and neighbouring epochs.
  bool making_ = false;
  bool have_point_ = false;
  std::string format_;
  Part number_part_ = Part::Literal;
  double number_ = 0.0;
  bool continuous_ = false;  // JD, SP2000, SP1950: the value carries its own fraction
  TimeVectorKind neighbour_kind_ = TimeVectorKind::Ymd;
  TimeVector previous_{};
  TimeVector next_{};
};

}  // namespace sc::time
