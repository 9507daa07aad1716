// OutputRegistry's EK side (issue 18): EKs being written share the handle counter, the names in use
// and the finished virtual outputs with the DAF and DSK writers.
#include "errors/quoted.hpp"
#include "kernels/output_registry.hpp"

namespace sc::kernels {

Result<int> OutputRegistry::open_ek(std::string name, OutputKind kind, ek::writing::EkWriter writer) {
  if (is_open(name)) {
    return make_error("SPICE(FILEOPENFAIL)", "The file " + quoted(name) +
                                                 " is already open for writing; close it before opening it again.");
  }
  const int handle = next_handle_++;
  finished_.erase(name);
  if (auto it = released_.find(name); it != released_.end()) released_.erase(it);
  open_ek_.emplace(handle, OpenEk{std::move(name), kind, std::move(writer)});
  return handle;
}

Result<ek::writing::EkWriter*> OutputRegistry::ek_writer(int handle) {
  auto it = open_ek_.find(handle);
  if (it == open_ek_.end()) {
    if (closed_handles_.count(handle) != 0) {
      return make_error("SPICE(NOSUCHHANDLE)", "The EK with handle " + std::to_string(handle) +
                                                   " was already closed; it can no longer be written.");
    }
    return make_error("SPICE(NOSUCHHANDLE)",
                      "There is no EK open for writing with handle " + std::to_string(handle) + ".");
  }
  return &it->second.writer;
}

Result<ClosedOutput> OutputRegistry::close_ek(int handle) {
  SC_TRY(ek_writer(handle));
  auto it = open_ek_.find(handle);
  ClosedOutput closed{std::move(it->second.name), it->second.kind, io::Bytes::from_vector(it->second.writer.image())};
  open_ek_.erase(it);
  closed_handles_.insert(handle);
  if (closed.kind == OutputKind::virtual_output) finished_.insert_or_assign(closed.name, closed.bytes);
  return closed;
}

}  // namespace sc::kernels
