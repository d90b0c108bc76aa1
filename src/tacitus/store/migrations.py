"""Named, ordered schema migrations. Each runs once, inside a transaction."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, source VARCHAR, url VARCHAR,
    dateline VARCHAR, language VARCHAR, content_hash VARCHAR NOT NULL,
    errors JSON, record JSON NOT NULL, coded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE actors (
    article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, name VARCHAR, code VARCHAR,
    country VARCHAR, role VARCHAR, kind VARCHAR, in_kb BOOLEAN, mentions JSON,
    PRIMARY KEY (article_id, actor_id)
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, cameo VARCHAR NOT NULL,
    root VARCHAR NOT NULL, plover VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source_actor VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,
    target_actor VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
    date DATE, date_precision VARCHAR, date_text VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    mode VARCHAR, attribution VARCHAR, sentence VARCHAR, start_char INTEGER, end_char INTEGER,
    confidence DOUBLE, dedup_key VARCHAR NOT NULL
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL, name VARCHAR NOT NULL, country VARCHAR, lat DOUBLE,
    lon DOUBLE, feature VARCHAR, mentions JSON, PRIMARY KEY (article_id, name, country)
);
CREATE TABLE checks (
    id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    severity VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER, message VARCHAR
);
"""),
    (2, "cross-article event clusters", """
CREATE VIEW event_clusters AS
SELECT dedup_key, min(cameo) AS cameo, min(root) AS root, min(source_code) AS source_code,
       min(target_code) AS target_code, min(date) AS date, count(*) AS mentions,
       count(DISTINCT article_id) AS articles, list(DISTINCT article_id) AS article_ids
FROM events GROUP BY dedup_key;
"""),
    (3, "places may have no country (regions such as the Korean Peninsula)", """
CREATE TABLE places_v3 (
    article_id VARCHAR NOT NULL, name VARCHAR NOT NULL, country VARCHAR, lat DOUBLE,
    lon DOUBLE, feature VARCHAR, mentions JSON, PRIMARY KEY (article_id, name)
);
INSERT INTO places_v3 SELECT * FROM places;
DROP TABLE places;
ALTER TABLE places_v3 RENAME TO places;
"""),
)
