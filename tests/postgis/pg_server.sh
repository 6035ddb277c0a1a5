#!/usr/bin/env bash
# A private PostgreSQL + PostGIS server for the PostGIS tests and benchmarks, in a folder of its
# own, reachable only on a Unix socket in that folder: no port is opened and no other server of
# this machine is touched.
#
#   pg_server.sh start DIR [HEXAGONS]   initdb, start, load the test data (HEXAGONS hexagons,
#                                       default 100000), write DIR/pg_service.conf and DIR/pgpass
#   pg_server.sh stop DIR               stop it (whatever state it is in) and remove DIR
#
# As root (CI) the server runs as the unprivileged "postgres" user (or "nobody"): PostgreSQL
# refuses to run as root. The roles the tests log in as:
#   planner   password from DIR/pgpass (PGPASSFILE), SELECT on every table, INSERT on "scratch"
#   outsider  password from DIR/pgpass, no privilege on any table
# and the admin role (the server's owner, trusted on the socket) loads the data; the service
# "atlas_owner" logs in as it, as an operator building overviews would.
set -euo pipefail
action="${1:?usage: pg_server.sh start|stop DIR [HEXAGONS]}"
dir="${2:?usage: pg_server.sh start|stop DIR [HEXAGONS]}"
hexagons="${3:-100000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin=/usr/lib/postgresql/15/bin
port=5439

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    local owner=postgres
    id postgres >/dev/null 2>&1 || owner=nobody
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
  stop)
    stop
    exit 0
    ;;
  start) ;;
  *)
    echo "pg_server.sh: unknown action '$action' (start or stop)" >&2
    exit 2
    ;;
esac

[ -x "$bin/postgres" ] || { echo "pg_server.sh: PostgreSQL 15 is not installed ($bin/postgres); run third_party/install-deps.sh" >&2; exit 1; }
stop  # a server left by a run that was killed
mkdir -p "$dir/socket"
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id postgres >/dev/null 2>&1 || owner=nobody
  chown "$owner" "$dir" "$dir/socket"
fi
as_owner "$bin/initdb" -D "$dir/data" -U atlas_admin -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
cat >"$dir/hba.conf" <<HBA
local all atlas_admin trust
local all all scram-sha-256
HBA
[ "$(id -u)" -eq 0 ] && chown "$owner" "$dir/hba.conf"
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -p $port -c hba_file='$dir/hba.conf' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U atlas_admin "$@"; }
psql_admin -d postgres -c "CREATE DATABASE atlas"
psql_admin -d atlas -v hexagons="$hexagons" -f "$here/test_data.sql" >"$dir/load.log" 2>&1 ||
  { cat "$dir/load.log" >&2; exit 1; }
# The built-in statistical units, as a planning office would have loaded them.
psql_admin -d atlas -v units="$here/../../geodata/statistical_units.geojson" -f "$here/units.sql" >>"$dir/load.log" 2>&1 ||
  { cat "$dir/load.log" >&2; exit 1; }

cat >"$dir/pg_service.conf" <<SERVICE
[atlas]
host=$dir/socket
port=$port
dbname=atlas
user=planner

[atlas_owner]
host=$dir/socket
port=$port
dbname=atlas
user=atlas_admin

[atlas_outsider]
host=$dir/socket
port=$port
dbname=atlas
user=outsider

[atlas_nowhere]
host=$dir/socket-gone
port=$port
dbname=atlas
user=planner
SERVICE
cat >"$dir/pgpass" <<PASS
*:*:atlas:planner:planner-secret-7
*:*:atlas:outsider:outsider-secret-7
PASS
chmod 600 "$dir/pgpass"
echo "PostgreSQL with PostGIS on $dir/socket (port $port); PGSERVICEFILE=$dir/pg_service.conf PGPASSFILE=$dir/pgpass"
