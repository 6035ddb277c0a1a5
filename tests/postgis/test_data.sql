-- Test data of the PostGIS tests (pg_server.sh loads it as the admin role):
-- hexagons over the Chengdu-Chongqing circle with indicator columns, the roles the tests log in
-- as, a table whose name is an injection attempt, and a table a read-only session must not write.
CREATE EXTENSION postgis;

CREATE ROLE planner LOGIN PASSWORD 'planner-secret-7';
CREATE ROLE outsider LOGIN PASSWORD 'outsider-secret-7';

-- Hexagons of equal area (Web Mercator, as tile servers keep them) over the circle's extent, as
-- many as :hexagons asks (the size follows from the count), with values that vary smoothly
-- across the region and a few nulls.
CREATE TABLE hexes AS
WITH extent AS (
  SELECT ST_Transform(ST_MakeEnvelope(101.5, 27.5, 110.5, 33.0, 4326), 3857) AS box
), sized AS (
  SELECT box, sqrt(ST_Area(box) / :hexagons / (1.5 * sqrt(3))) AS edge FROM extent
)
SELECT row_number() OVER (ORDER BY h.i, h.j)::integer AS id,
       h.i, h.j,
       'H' || h.i || '_' || h.j AS name,
       h.geom::geometry(Polygon, 3857) AS geom
FROM sized, LATERAL ST_HexagonGrid(sized.edge, sized.box) AS h;
ALTER TABLE hexes ADD PRIMARY KEY (id);
ALTER TABLE hexes
  ADD COLUMN density double precision,
  ADD COLUMN population integer,
  ADD COLUMN kind text;
UPDATE hexes SET
  density = CASE WHEN id % 97 = 0 THEN NULL
                 ELSE round((500 + 400 * sin(i / 40.0) * cos(j / 30.0) + (id % 13) * 7)::numeric, 2) END,
  population = 1000 + (id::bigint * 7919) % 50000,
  kind = (ARRAY['urban', 'rural', 'forest'])[1 + id % 3];
CREATE INDEX hexes_geom ON hexes USING gist (geom);
-- Names searched with ILIKE '%...%' (the window's search): a trigram index serves it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX hexes_name ON hexes USING gin (name gin_trgm_ops);

-- A table whose name and column are injection attempts: read as they are, never run.
CREATE TABLE "hex""es; DROP TABLE hexes; --" AS
  SELECT id, geom, density AS "v""; DELETE FROM hexes; --" FROM hexes WHERE id <= 100;
ALTER TABLE "hex""es; DROP TABLE hexes; --" ADD PRIMARY KEY (id);

-- Rows a session could insert were it not read-only.
CREATE TABLE scratch (note text);

-- A table without a geometry column, and one with points in another CRS (CGCS2000).
CREATE TABLE notes AS SELECT 1 AS id, 'a table without geometry'::text AS note;
CREATE TABLE towns (id integer PRIMARY KEY, name text, geom geometry(Point, 4490));
INSERT INTO towns VALUES (1, '成都', ST_SetSRID(ST_MakePoint(104.066, 30.572), 4490)),
                         (2, '重庆', ST_SetSRID(ST_MakePoint(106.551, 29.563), 4490));

-- Parcels: 50,400 hexagons of 100 m near Chengdu and 21 of 150 km over the region, a
-- table whose overview (bashu overview) merges the small ones per cell and keeps the big ones;
-- three copies, so the tests that build overviews never share a table.
CREATE TABLE parcels AS
SELECT row_number() OVER (ORDER BY h.i, h.j)::integer AS id,
       CASE WHEN (h.i + h.j) % 11 = 0 THEN NULL ELSE round((100 + 30 * sin(h.i / 9.0) + h.j % 17)::numeric, 1) END
         ::double precision AS density,
       h.geom::geometry(Polygon, 3857) AS geom
FROM ST_HexagonGrid(100, ST_Transform(ST_MakeEnvelope(103.9, 30.5, 104.2, 30.8, 4326), 3857)) AS h;
INSERT INTO parcels
SELECT 1000000 + row_number() OVER (ORDER BY h.i, h.j), 50, h.geom
FROM ST_HexagonGrid(150000, ST_Transform(ST_MakeEnvelope(101.5, 27.5, 110.5, 33.0, 4326), 3857)) AS h;
ALTER TABLE parcels ADD PRIMARY KEY (id);
CREATE INDEX parcels_geom ON parcels USING gist (geom);
CREATE TABLE parcels_b AS SELECT * FROM parcels;
ALTER TABLE parcels_b ADD PRIMARY KEY (id);
CREATE INDEX parcels_b_geom ON parcels_b USING gist (geom);
CREATE TABLE parcels_c AS SELECT * FROM parcels WHERE id <= 5 OR id > 1000000;
ALTER TABLE parcels_c ADD PRIMARY KEY (id);

GRANT SELECT ON ALL TABLES IN SCHEMA public TO planner;
GRANT INSERT ON scratch TO planner;


-- A function that writes: a query layer calling it must be refused by the read-only session.
CREATE FUNCTION scribble() RETURNS integer LANGUAGE sql AS $$
  INSERT INTO scratch VALUES ('written by a query layer'); SELECT 1;
$$;
GRANT EXECUTE ON FUNCTION scribble() TO planner;
ANALYZE;
