// EK column declarations as EKBSEG and EKIFLD take them ("DATATYPE = CHARACTER*(24), SIZE = 2,
// INDEXED = TRUE, NULLS_OK = TRUE"), parsed as ZZEKPDEC parses them into a column descriptor's
// class, type, string length, size and flags; and CSPICE's rules for table and column names
// (CHCKID's length and printable characters, LXIDNT's identifier syntax).
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"

namespace sc::ek::writing {

struct ColumnDeclaration {
  int column_class = 0;  // 1-6 (scalar/array integer, double, character), 7-9 FIXED_COUNT scalars
  int type = 0;          // 1 CHARACTER, 2 DOUBLE PRECISION, 3 INTEGER, 4 TIME
  int length = 1;        // string length; -1 for CHARACTER*(*)
  int size = 1;          // elements per entry; -1 for VARIABLE
  bool indexed = false;
  bool nulls_ok = false;
};

// ZZEKPDEC. SPICE(BADCOLUMDECL) (sic: CSPICE's spelling) for a missing DATATYPE,
// SPICE(BADCOLUMNDECL) for everything else it rejects, with its messages.
Result<ColumnDeclaration> parse_declaration(std::string_view decl);

// CHCKID then LXIDNT, as EKBSEG checks table names (`what` = "EK table name", 64 characters) and
// column names ("EK column name", 32). SPICE(IDSTRINGTOOLONG), SPICE(NONPRINTABLECHARS),
// SPICE(INVALIDNAME).
Status check_name(std::string_view what, std::string_view kind, std::string_view name, int max_length);

}  // namespace sc::ek::writing
