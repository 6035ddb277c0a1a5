#pragma once
// One session with a PostgreSQL server, read-only: every statement runs in a READ ONLY
// transaction of its own, under a statement timeout, with values as bound parameters. Errors
// come back as one message naming the source and what the server (or libpq) said.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "postgis/pg_source.h"

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
typedef struct pg_cancel PGcancel;

namespace bashu {

/// A statement's parameters, bound as text (a null: SQL NULL); the server casts each to the type
/// its place in the statement asks for, so no value is ever spliced into SQL.
using PgParams = std::vector<std::optional<std::string>>;

/// A number as a parameter's text, to the last bit (%.17g): read back, the same double.
std::string pgNumber(double value);

/// One statement and its parameters.
struct PgStatement {
    std::string sql;
    PgParams params;
    // A box of a table read through its spatial index, the planner kept from a scan of every row
    // (stream's throughIndex).
    bool throughIndex = false;
};

/// A whole result, rows of binary values (the statements cast what they read to float8, text or
/// bytea, so only those three are decoded).
class PgRows {
public:
    explicit PgRows(PGresult* result);
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    double number(int row, int column) const;  // a float8 column
    std::string columnName(int column) const;
    uint32_t columnType(int column) const;  // the type's oid

private:
    std::shared_ptr<PGresult> result_;
};

/// One row of a streamed result (PgConnection::stream), valid during the callback.
class PgRow {
public:
    explicit PgRow(const PGresult* result) : result_(result) {}
    bool isNull(int column) const;
    std::string text(int column) const;
    double number(int column) const;
    const uint8_t* bytes(int column) const;
    size_t size(int column) const;

private:
    const PGresult* result_;
};

class PgConnection {
public:
    /// Connects as libpq does (service file, ~/.pgpass, PG* variables), then sets the session
    /// read-only with `statementTimeoutMs` (0: none) as its statement timeout.
    static Result<PgConnection> open(const PgSource& source, int statementTimeoutMs = 60000);

    PgConnection(PgConnection&&) noexcept;
    PgConnection& operator=(PgConnection&&) noexcept;
    ~PgConnection();

    /// Runs one statement and returns its rows (binary values).
    Result<PgRows> query(const std::string& sql, const PgParams& params = {});
    /// Runs one statement, handing each row to `onRow` as it arrives, so a result of any size is
    /// never held whole; `onRow` returning false cancels the statement ("cancelled"). With
    /// `throughIndex`, the statement's transaction turns sequential scans off: a box of a table
    /// is read through its index. The planner, counting each heap page of a bitmap scan as a
    /// random read, took a scan of all 10^7 rows for a view's 410k (1.5-3.7 s, against 0.2-0.5 s
    /// through the index, the heap pages being few and near each other).
    Status stream(const std::string& sql, const PgParams& params,
                  const std::function<bool(const PgRow&)>& onRow, bool throughIndex = false);
    /// Runs statements in one read-write transaction, committed when all succeed and rolled back
    /// otherwise: the tool's only writes, the overviews an operator asks for (pg_overview.h).
    Status write(const std::vector<PgStatement>& statements);
    /// Asks the server to stop the statement running now; safe from any thread.
    void cancel();
    /// cancel() as a function another thread can keep and call while this one runs a statement.
    std::function<void()> canceller() const;
    /// Whether the connection is up; if not, tries once to connect again (a server restarted).
    bool reconnect();

    const PgSource& source() const { return source_; }

private:
    PgConnection() = default;
    Status begin(const char* transaction = "BEGIN TRANSACTION READ ONLY");
    Status finish(bool commit);
    Error failure(const std::string& what) const;
    Status prepareSession();

    PgSource source_;
    int statementTimeoutMs_ = 0;
    std::unique_ptr<PGconn, void (*)(PGconn*)> connection_{nullptr, nullptr};
    std::shared_ptr<PGcancel> cancel_;
};

/// A name as an SQL identifier: in double quotes, quotes inside doubled. Table and column names
/// go into statements only through this.
std::string quoteIdentifier(const std::string& name);

}  // namespace bashu
