// Context: all state of one SPICE session (loaded kernels, kernel pool, body-name definitions,
// the time-string defaults of TIMDEF).
// There is no global state anywhere in the core: two contexts never see each other, and a context
// that is only read from can serve several threads.
#pragma once

#include "bodies/body_names.hpp"
#include "ek/query_results.hpp"
#include "errors/error_status.hpp"
#include "file_access/open_files.hpp"
#include "io/bytes.hpp"
#include "kernels/dsk_tolerances.hpp"
#include "kernels/gf_step.hpp"
#include "kernels/gf_tolerance.hpp"
#include "kernels/kernel_registry.hpp"
#include "kernels/output_registry.hpp"
#include "time/time_defaults.hpp"
#include "windows/cells.hpp"

namespace sc {

class Context {
 public:
  explicit Context(io::HostFileReader host_reader = {}) : kernels_(std::move(host_reader)) {}

  kernels::KernelRegistry& kernels() { return kernels_; }
  const kernels::KernelRegistry& kernels() const { return kernels_; }
  pool::Pool& pool() { return kernels_.pool(); }
  const pool::Pool& pool() const { return kernels_.pool(); }
  bodies::BodyNames& body_names() { return body_names_; }
  const bodies::BodyNames& body_names() const { return body_names_; }
  // Files being written (spkopn ... spkcls) and finished virtual outputs.
  kernels::OutputRegistry& outputs() { return outputs_; }
  const kernels::OutputRegistry& outputs() const { return outputs_; }
  // TIMDEF's defaults: read by str2et and timout, changed by timdef_set (CSPICE keeps them in
  // TIMDEF's saved variables, shared by the whole process).
  time::TimeDefaults& time_defaults() { return time_defaults_; }
  const time::TimeDefaults& time_defaults() const { return time_defaults_; }
  // DSKTOL's tolerances (issue 13): read by the DSK ray and normal computations, set by dskstl.
  kernels::DskTolerances& dsk_tolerances() { return dsk_tolerances_; }
  const kernels::DskTolerances& dsk_tolerances() const { return dsk_tolerances_; }
  // Values derived from the pool, kept until the pool changes (util/derived_values.hpp).
  const util::DerivedValues& derived() const { return pool().derived(); }
  // CSPICE's cells behind handles (issue 14: newWindow ... insrtd); freed with the context.
  windows::CellRegistry& cells() { return cells_; }
  // gfstol's convergence tolerance (issue 14, GF): read by every GF search, set by gf::gfstol.
  kernels::GfTolerance& gf_tolerance() { return gf_tolerance_; }
  const kernels::GfTolerance& gf_tolerance() const { return gf_tolerance_; }
  // Files opened by dafopr/dasopr and DAF searches (file_access/): issue 18, low-level access.
  file_access::OpenFiles& open_files() { return open_files_; }
  // The last EK query's result set (ekfind; ekgc, ekgd, ekgi read it).
  ek::QueryResults& ek_results() { return ek_results_; }
  const ek::QueryResults& ek_results() const { return ek_results_; }
  // GFSSTP's step (issue 14, GF): recorded by every GF search and gfsstp, read by gfstep.
  const kernels::GfStep& gf_step() const { return gf_step_; }
  // CSPICE's error subsystem calls (issue 18: chkin, setmsg, sigerr, getmsg ...).
  errors::ErrorStatus& error_status() { return error_status_; }

 private:
  kernels::KernelRegistry kernels_;
  bodies::BodyNames body_names_;
  kernels::OutputRegistry outputs_;
  time::TimeDefaults time_defaults_;
  kernels::DskTolerances dsk_tolerances_;
  windows::CellRegistry cells_;  // issue 14: cell handles
  kernels::GfTolerance gf_tolerance_;  // issue 14, GF
  kernels::GfStep gf_step_;            // issue 14, GF
  errors::ErrorStatus error_status_;   // issue 18
  file_access::OpenFiles open_files_;  // issue 18
  ek::QueryResults ek_results_;        // issue 18
};

}  // namespace sc
