-- The built-in statistical units (geodata/statistical_units.geojson) as a table, read with the
-- server's own JSON functions: :units is the file's path.
\set content `cat :units`
CREATE TABLE units AS
SELECT (f -> 'properties' ->> 'adcode') AS adcode,
       (f -> 'properties' ->> 'name_zh') AS name_zh,
       (f -> 'properties' ->> 'name_en') AS name_en,
       (f -> 'properties' ->> 'province') AS province,
       (f -> 'properties' ->> 'area_km2')::double precision AS area_km2,
       ST_SetSRID(ST_GeomFromGeoJSON(f ->> 'geometry'), 4326)::geometry(Geometry, 4326) AS geom
FROM json_array_elements((:'content')::json -> 'features') AS f;
ALTER TABLE units ADD PRIMARY KEY (adcode);
CREATE INDEX units_geom ON units USING gist (geom);
GRANT SELECT ON units TO planner;
ANALYZE units;
