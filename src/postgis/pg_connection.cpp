#include "postgis/pg_connection.h"

#include <libpq-fe.h>

#include <array>
#include <bit>
#include <cstdio>
#include <cstring>
#include <utility>

namespace bashu {

namespace {

// libpq's messages end in a newline and may run to several lines (DETAIL, HINT): the first line
// says what happened.
std::string firstLine(const char* message) {
    std::string text = message ? message : "";
    if (const size_t end = text.find('\n'); end != std::string::npos) text.resize(end);
    if (text.rfind("ERROR:  ", 0) == 0) text.erase(0, 8);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text.empty() ? "the server gave no reason" : text;
}

double float8At(const char* bytes) {
    uint64_t raw = 0;
    std::memcpy(&raw, bytes, sizeof raw);
    if constexpr (std::endian::native == std::endian::little) raw = __builtin_bswap64(raw);
    return std::bit_cast<double>(raw);
}

std::string timeoutSetting(int ms) { return "SET statement_timeout = " + std::to_string(ms < 0 ? 0 : ms); }

}  // namespace

PgRows::PgRows(PGresult* result) : result_(result, &PQclear) {}
int PgRows::rows() const { return PQntuples(result_.get()); }
int PgRows::columns() const { return PQnfields(result_.get()); }
bool PgRows::isNull(int row, int column) const { return PQgetisnull(result_.get(), row, column); }
std::string PgRows::text(int row, int column) const {
    return {PQgetvalue(result_.get(), row, column), size_t(PQgetlength(result_.get(), row, column))};
}
double PgRows::number(int row, int column) const { return float8At(PQgetvalue(result_.get(), row, column)); }
std::string PgRows::columnName(int column) const { return PQfname(result_.get(), column); }
uint32_t PgRows::columnType(int column) const { return PQftype(result_.get(), column); }

bool PgRow::isNull(int column) const { return PQgetisnull(result_, 0, column); }
std::string PgRow::text(int column) const {
    return {PQgetvalue(result_, 0, column), size_t(PQgetlength(result_, 0, column))};
}
double PgRow::number(int column) const { return float8At(PQgetvalue(result_, 0, column)); }
const uint8_t* PgRow::bytes(int column) const {
    return reinterpret_cast<const uint8_t*>(PQgetvalue(result_, 0, column));
}
size_t PgRow::size(int column) const { return size_t(PQgetlength(result_, 0, column)); }

Result<PgConnection> PgConnection::open(const PgSource& source, int statementTimeoutMs) {
    PgConnection connection;
    connection.source_ = source;
    connection.statementTimeoutMs_ = statementTimeoutMs;
    // The conninfo first, then what the tool adds where the user set nothing: a name the server's
    // activity view shows, and a bound on the wait for a server that does not answer.
    const std::array<const char*, 4> keys = {"dbname", "application_name", "connect_timeout", nullptr};
    const std::array<const char*, 4> values = {source.conninfo.c_str(), "bashu-atlas", "10", nullptr};
    connection.connection_ = {PQconnectdbParams(keys.data(), values.data(), 1), &PQfinish};
    if (!connection.connection_) return Error{source.source + ": out of memory connecting to the server"};
    if (PQstatus(connection.connection_.get()) != CONNECTION_OK)
        return Error{source.source +
                     ": cannot connect: " + firstLine(PQerrorMessage(connection.connection_.get()))};
    // The server's notices (a shutdown announced, a function's warning) are not the user's
    // messages: what fails comes back as the statement's error.
    PQsetNoticeProcessor(
        connection.connection_.get(), [](void*, const char*) {}, nullptr);
    if (Status prepared = connection.prepareSession(); !prepared) return prepared.error();
    return connection;
}

Status PgConnection::prepareSession() {
    PGconn* c = connection_.get();
    // Read-only twice over: the session's default, and each statement's own transaction (begin),
    // which a query cannot turn back (set_config of the default only reaches later transactions).
    const std::string setup = "SET default_transaction_read_only = on; " +
                              timeoutSetting(statementTimeoutMs_) + "; SET client_encoding = 'UTF8'" +
                              // JIT compiling (on by default since 11) helps long aggregates, not
                              // this tool's reads: rows streamed through PostGIS functions. A view of
                              // 600k rows spent 100 ms and more compiling its expressions first.
                              (PQserverVersion(c) >= 110000 ? "; SET jit = off" : "");
    PGresult* result = PQexec(c, setup.c_str());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string message = ok ? "" : firstLine(PQresultErrorMessage(result));
    PQclear(result);
    if (!ok) return Error{source_.source + ": the session could not be set up: " + message};
    cancel_ = std::shared_ptr<PGcancel>(PQgetCancel(c), &PQfreeCancel);
    return Ok{};
}

PgConnection::PgConnection(PgConnection&&) noexcept = default;
PgConnection& PgConnection::operator=(PgConnection&&) noexcept = default;
PgConnection::~PgConnection() = default;

Error PgConnection::failure(const std::string& what) const {
    PGconn* c = connection_.get();
    if (PQstatus(c) != CONNECTION_OK)
        return Error{source_.source + ": connection lost: " + firstLine(PQerrorMessage(c))};
    return Error{source_.source + ": " + what};
}

Status PgConnection::begin(const char* transaction) {
    PGresult* result = PQexec(connection_.get(), transaction);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string message = ok ? "" : firstLine(PQresultErrorMessage(result));
    PQclear(result);
    if (!ok) return failure(message);
    return Ok{};
}

Status PgConnection::finish(bool commit) {
    PGresult* result = PQexec(connection_.get(), commit ? "COMMIT" : "ROLLBACK");
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok && commit) return failure("the transaction did not end");
    return Ok{};
}

namespace {

struct BoundParams {
    std::vector<const char*> values;
    explicit BoundParams(const PgParams& params) {
        for (const std::optional<std::string>& p : params) values.push_back(p ? p->c_str() : nullptr);
    }
};

}  // namespace

Result<PgRows> PgConnection::query(const std::string& sql, const PgParams& params) {
    if (Status began = begin(); !began) return began.error();
    const BoundParams bound(params);
    PGresult* raw = PQexecParams(connection_.get(), sql.c_str(), int(bound.values.size()), nullptr,
                                 bound.values.data(), nullptr, nullptr, 1);
    PgRows rows(raw);
    if (PQresultStatus(raw) != PGRES_TUPLES_OK) {
        const std::string message = firstLine(PQresultErrorMessage(raw));
        finish(false);
        return failure(message);
    }
    if (Status ended = finish(true); !ended) return ended.error();
    return rows;
}

Status PgConnection::stream(const std::string& sql, const PgParams& params,
                            const std::function<bool(const PgRow&)>& onRow, bool throughIndex) {
    if (Status began = begin(); !began) return began.error();
    // SET LOCAL: for this transaction alone. Sent on its own, so that if it fails (a cancel
    // meant for the last statement lands on it) the transaction is ended, not left aborted.
    if (throughIndex)
        if (Status set = begin("SET LOCAL enable_seqscan = off"); !set) {
            finish(false);
            return set.error();
        }
    PGconn* c = connection_.get();
    const BoundParams bound(params);
    if (!PQsendQueryParams(c, sql.c_str(), int(bound.values.size()), nullptr, bound.values.data(), nullptr,
                           nullptr, 1)) {
        const std::string message = firstLine(PQerrorMessage(c));
        finish(false);
        return failure(message);
    }
    PQsetSingleRowMode(c);
    bool stopped = false;
    std::string error;
    // Every result is taken, whatever happens, so the connection is ready for the next statement.
    while (PGresult* result = PQgetResult(c)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_SINGLE_TUPLE && !stopped && error.empty()) {
            if (!onRow(PgRow(result))) {
                stopped = true;
                cancel();
            }
        } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && error.empty()) {
            error = firstLine(PQresultErrorMessage(result));
        }
        PQclear(result);
    }
    finish(false);  // nothing to keep: the transaction only read
    if (stopped) return Error{source_.source + ": cancelled"};
    if (!error.empty()) return failure(error);
    return Ok{};
}

Status PgConnection::write(const std::vector<PgStatement>& statements) {
    if (Status began = begin("BEGIN TRANSACTION READ WRITE"); !began) return began.error();
    for (const PgStatement& statement : statements) {
        const BoundParams bound(statement.params);
        PGresult* raw = PQexecParams(connection_.get(), statement.sql.c_str(), int(bound.values.size()),
                                     nullptr, bound.values.data(), nullptr, nullptr, 1);
        const ExecStatusType status = PQresultStatus(raw);
        const std::string message = firstLine(PQresultErrorMessage(raw));
        PQclear(raw);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            finish(false);
            return failure(message);
        }
    }
    return finish(true);
}

void PgConnection::cancel() {
    if (!cancel_) return;
    std::array<char, 256> reason{};
    PQcancel(cancel_.get(), reason.data(), int(reason.size()));
}

std::function<void()> PgConnection::canceller() const {
    return [handle = cancel_] {
        if (!handle) return;
        std::array<char, 256> reason{};
        PQcancel(handle.get(), reason.data(), int(reason.size()));
    };
}

bool PgConnection::reconnect() {
    if (PQstatus(connection_.get()) == CONNECTION_OK) return true;
    PQreset(connection_.get());
    if (PQstatus(connection_.get()) != CONNECTION_OK) return false;
    return bool(prepareSession());
}

std::string pgNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

std::string quoteIdentifier(const std::string& name) {
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace bashu
