// CSPICE N0067's answers for tparse, tpictr and the TIMDEF sequences of pool-extras.json, run on
// the core calls directly: every tparse and tpictr case, and every `steps` case made only of
// timdef/str2et/tparse/tpictr/et2utc steps (the file's other calls belong to other issues).
// Numbers must match exactly (the file's tolerance is 0) and messages character for character.
// These calls need only the file's leapseconds kernel, so only that is loaded.
#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>

#include "golden_fixture.hpp"
#include "time/time_api.hpp"

namespace {

using sc_test::Json;

std::string describe(const sc::Error& e) { return e.short_code + " " + e.long_msg; }

// A call that CSPICE answers with an error message (tparse_c, tpictr_c): SPICE(UNPARSEDTIME) here.
template <class T>
std::string check_errmsg(const sc::Result<T>& got, const std::string& errmsg) {
  if (got.ok()) return "expected the message \"" + errmsg + "\", got a result";
  if (got.error().short_code != "SPICE(UNPARSEDTIME)") return "expected SPICE(UNPARSEDTIME), got " + describe(got.error());
  if (got.error().long_msg != errmsg) return "message \"" + got.error().long_msg + "\", want \"" + errmsg + "\"";
  return "";
}

std::string check_number(const sc::Result<double>& got, const Json& want) {
  if (!got.ok()) return "threw " + describe(got.error());
  if (*got != want.number()) {
    std::ostringstream out;
    out.precision(17);
    out << "got " << *got << ", want " << want.number();
    return out.str();
  }
  return "";
}

std::string check_text(const sc::Result<std::string>& got, const Json& want) {
  if (!got.ok()) return "threw " + describe(got.error());
  if (*got != want.string()) return "got \"" + *got + "\", want \"" + want.string() + "\"";
  return "";
}

// One step against its recorded result: { expect }, { error: short code } or { errmsg }.
template <class T>
std::string check_step(const sc::Result<T>& got, const Json& want) {
  if (want.has("errmsg")) return check_errmsg(got, want["errmsg"].string());
  if (want.has("error")) {
    if (got.ok()) return "expected " + want["error"].string() + ", got a result";
    if (got.error().short_code != want["error"].string()) return "expected " + want["error"].string() + ", got " + describe(got.error());
    return "";
  }
  if constexpr (std::is_same_v<T, double>) {
    return check_number(got, want["expect"]);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return check_text(got, want["expect"]);
  } else {
    if (!got.ok()) return "threw " + describe(got.error());
    return want["expect"].is_number() || want["expect"].is_string() ? "expected a value, got none" : "";
  }
}

std::string run_step(sc::Context& ctx, const std::string& call, const Json& args, const Json& want) {
  sc::time::TimeDefaults& defaults = ctx.time_defaults();
  if (call == "tparse") return check_step(sc::time::tparse(defaults, args[0].string()), want);
  if (call == "tpictr") return check_step(sc::time::tpictr(defaults, args[0].string()), want);
  if (call == "str2et") return check_step(sc::time::str2et(ctx.pool(), defaults, args[0].string()), want);
  if (call == "et2utc") {
    return check_step(sc::time::et2utc(ctx.pool(), defaults, args[0].number(), args[1].string(),
                                       static_cast<int>(args[2].number())),
                      want);
  }
  // timdef: ["GET", item] or ["SET", item, value].
  if (args[0].string() == "GET") return check_step(sc::time::timdef_get(defaults, args[1].string()), want);
  return check_step(sc::time::timdef_set(defaults, args[1].string(), args[2].string()), want);
}

bool only_time_calls(const Json& steps) {
  static const std::set<std::string> kTimeCalls = {"timdef", "str2et", "tparse", "tpictr", "et2utc"};
  for (const Json& step : steps.array()) {
    if (kTimeCalls.count(step[0].string()) == 0) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("pool-extras golden: tparse, tpictr and TIMDEF sequences, exactly as CSPICE N0067") {
  const Json doc = sc_test::read_json_file(sc_test::kFixturesDir + "/golden/pool-extras.json");
  REQUIRE(doc["tolerance"]["abs"].number() == 0.0);
  REQUIRE(doc["tolerance"]["rel"].number() == 0.0);
  REQUIRE(doc["kernels"][0].string() == "lsk/naif0012.tls");
  sc::Context ctx(sc::io::map_host_file);
  const auto loaded = ctx.kernels().furnsh(sc_test::kFixturesDir + "/kernels/lsk/naif0012.tls");
  REQUIRE_MESSAGE(loaded.ok(), loaded.error().long_msg);
  const sc::time::TimeDefaults initial = ctx.time_defaults();

  int tparse_total = 0, tparse_pass = 0, tpictr_total = 0, tpictr_pass = 0, steps_total = 0, steps_pass = 0;
  for (const Json& c : doc["cases"].array()) {
    const std::string call = c["call"].string();
    const std::string id = c["id"].string();
    if (call == "tparse" || call == "tpictr") {
      const std::string text = c["args"][0].string();
      const std::string why = c.has("errmsg")
                                  ? (call == "tparse" ? check_errmsg(sc::time::tparse(ctx.time_defaults(), text),
                                                                     c["errmsg"].string())
                                                      : check_errmsg(sc::time::tpictr(ctx.time_defaults(), text),
                                                                     c["errmsg"].string()))
                                  : (call == "tparse" ? check_number(sc::time::tparse(ctx.time_defaults(), text),
                                                                     c["expect"])
                                                      : check_text(sc::time::tpictr(ctx.time_defaults(), text),
                                                                   c["expect"]));
      CHECK_MESSAGE(why.empty(), id << " (" << text << "): " << why);
      (call == "tparse" ? tparse_total : tpictr_total) += 1;
      if (why.empty()) (call == "tparse" ? tparse_pass : tpictr_pass) += 1;
    } else if (call == "steps" && only_time_calls(c["args"][0])) {
      const Json& steps = c["args"][0];
      const Json& results = c["expect"];
      REQUIRE(steps.array().size() == results.array().size());
      bool all = true;
      for (std::size_t i = 0; i < steps.array().size(); ++i) {
        const std::string why = run_step(ctx, steps[i][0].string(), steps[i][1], results[i]);
        CHECK_MESSAGE(why.empty(), id << " step " << i << " (" << steps[i][0].string() << "): " << why);
        all = all && why.empty();
      }
      // Each sequence restores the defaults it found, so the next one starts from CSPICE's own.
      CHECK(ctx.time_defaults() == initial);
      ++steps_total;
      if (all) ++steps_pass;
    }
  }
  MESSAGE("pool-extras.json: tparse " << tparse_pass << "/" << tparse_total << ", tpictr " << tpictr_pass << "/"
                                      << tpictr_total << ", timdef steps " << steps_pass << "/" << steps_total);
  CHECK(tparse_total == 34);
  CHECK(tpictr_total == 16);
  CHECK(steps_total == 5);
}
