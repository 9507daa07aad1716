// The files a context is writing (spkopn/spkopa ... spkcls), by handle, and the bytes of the virtual
// outputs it has finished. A handle is an int of this context, never reused, so a closed handle is
// told apart from one that never existed. Host-file outputs are not kept after spkcls: their bytes
// go back to the host, which writes the file.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "daf/daf_writer.hpp"
#include "daf/variable_packet_segment.hpp"
#include "das/dla_writer.hpp"
#include "ek/writing/ek_writer.hpp"
#include "errors/result.hpp"
#include "io/bytes.hpp"

namespace sc::kernels {

// Where a writer's bytes go when it is closed.
enum class OutputKind {
  virtual_output,  // kept in the context: readVirtualOutput, and staged for furnsh under its name
  host_file,       // handed back to the host (Node), which writes the file
};

struct ClosedOutput {
  std::string name;
  OutputKind kind = OutputKind::virtual_output;
  io::Bytes bytes;
};

class OutputRegistry {
 public:
  // Starts tracking a writer. SPICE(FILEOPENFAIL) when `name` is already open for writing.
  Result<int> open(std::string name, OutputKind kind, daf::DafWriter writer);

  // The writer behind an open handle. SPICE(DAFNOSUCHHANDLE) for a handle that was closed or never
  // opened (the message says which).
  Result<daf::DafWriter*> writer(int handle);
  Result<std::string> name_of(int handle) const;
  // The generic segment in progress on an open writer, if any (CSPICE keeps it in SGSEQW's saved
  // variables): CK type 4's ckw04b ... ckw04e (writers/ck/, issue 12). Dropped when the writer closes.
  Result<std::optional<daf::VariablePacketSegment>*> segment_in_progress(int handle);
  bool is_open(std::string_view name) const;

  // Ends a writer. A virtual output's bytes stay readable by name until the name is opened again.
  Result<ClosedOutput> close(int handle);

  // readVirtualOutput: the bytes of a closed virtual output. SPICE(OUTPUTSTILLOPEN) while a writer
  // for the name is open, SPICE(NOSUCHFILE) for a name no writer of this context produced.
  Result<io::Bytes> read(std::string_view name) const;

  // releaseVirtualOutput (issue 16): forgets a closed virtual output's bytes, so read() fails with
  // SPICE(OUTPUTRELEASED) until a writer produces the name again. SPICE(OUTPUTSTILLOPEN) while a
  // writer for the name is open, SPICE(NOSUCHFILE) for a name no writer of this context produced;
  // releasing twice is allowed (like dispose).
  Status release(std::string_view name);

  // Issue 13 (h13-dsk): DAS files being written (dskopn ... dskcls), beside the DAF writers, with
  // the same handles, names and virtual outputs (output_registry_das.cpp).
  Result<int> open_das(std::string name, OutputKind kind, das::DlaWriter writer);
  Result<das::DlaWriter*> das_writer(int handle);
  Result<ClosedOutput> close_das(int handle);

  // Issue 18: EKs being written (ekopn/ekopw ... ekcls), with the same handles, names and virtual
  // outputs (output_registry_ek.cpp). SPICE(NOSUCHHANDLE) for a handle not open for writing an EK.
  Result<int> open_ek(std::string name, OutputKind kind, ek::writing::EkWriter writer);
  Result<ek::writing::EkWriter*> ek_writer(int handle);
  bool is_ek_writer(int handle) const { return open_ek_.count(handle) != 0; }
  Result<ClosedOutput> close_ek(int handle);

 private:
  struct OpenOutput {
    std::string name;
    OutputKind kind;
    daf::DafWriter writer;
    std::optional<daf::VariablePacketSegment> in_progress;  // see segment_in_progress
  };

  Error no_such_handle(int handle) const;

  std::map<int, OpenOutput> open_;
  std::set<int> closed_handles_;
  std::map<std::string, io::Bytes, std::less<>> finished_;  // closed virtual outputs by name
  std::set<std::string, std::less<>> released_;             // names released since their last close
  int next_handle_ = 1;
  struct OpenDas {
    std::string name;
    OutputKind kind;
    das::DlaWriter writer;
  };
  std::map<int, OpenDas> open_das_;  // issue 13: DSKs being written
  struct OpenEk {
    std::string name;
    OutputKind kind;
    ek::writing::EkWriter writer;
  };
  std::map<int, OpenEk> open_ek_;  // issue 18: EKs being written
};

}  // namespace sc::kernels
