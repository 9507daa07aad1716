#include <memory>

#include "sc_calls.hpp"
#include "shim_support.hpp"
#ifdef SC_HAVE_HOST_FILES
#include "io/host_file_reader.hpp"
#endif

#ifndef SC_VERSION
#error "SC_VERSION must be defined by the build (taken from package.json)"
#endif

namespace sc::shim {
namespace {

// Adapts a C sc_file_reader to the core's HostFileReader.
io::HostFileReader adapt_reader(sc_file_reader reader, void* reader_user) {
  if (reader == nullptr) return {};
  return [reader, reader_user](std::string_view path) -> Result<io::Bytes> {
    std::string p(path);
    std::vector<std::uint8_t> data;
    sc_bytes_sink deliver = [](void* user, const uint8_t* bytes, size_t length) {
      auto* out = static_cast<std::vector<std::uint8_t>*>(user);
      out->assign(bytes, bytes + length);
    };
    sc_error err{};
    if (reader(reader_user, p.c_str(), deliver, &data, &err) != SC_OK) {
      return make_error(err.short_code[0] ? err.short_code : "SPICE(NOSUCHFILE)", err.long_msg);
    }
    return io::Bytes::from_vector(std::move(data));
  };
}

sc_status create(io::HostFileReader reader, sc_context** out, sc_error* err) {
  if (out == nullptr) return fail(err, make_error("SPICE(NULLPOINTER)", "context_create: out is a null pointer."));
  // Ownership passes to the caller through the C ABI; context_destroy takes it back.
  auto ctx = std::make_unique<sc_context>(sc_context{Context(std::move(reader))});
  *out = ctx.release();
  return SC_OK;
}

}  // namespace

const char* version() { return SC_VERSION; }

sc_status context_create(sc_file_reader reader, void* reader_user, sc_context** out, sc_error* err) {
  return create(adapt_reader(reader, reader_user), out, err);
}

sc_status context_create_native(sc_context** out, sc_error* err) {
#ifdef SC_HAVE_HOST_FILES
  return create(io::map_host_file, out, err);
#else
  (void)out;
  return fail(err, make_error("SPICE(UNSUPPORTED)", "This build of spicecraft has no host file access."));
#endif
}

void context_destroy(sc_context* ctx) { std::unique_ptr<sc_context> owned(ctx); }

}  // namespace sc::shim
