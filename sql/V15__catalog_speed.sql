-- What visitors search for, so that every server keeps the result sets of the popular texts computed
-- ahead of time, also right after a restart or on a newly started server of a cluster. One row per
-- text (its indexed words in query order); searches are counted in memory and added here every minute.
CREATE TABLE catalog_popular_search (
    words            VARCHAR(200) NOT NULL PRIMARY KEY,
    searches         BIGINT       NOT NULL,
    matches          INT          NOT NULL,
    last_searched_at DATETIME(6)  NOT NULL,
    INDEX ix_catalog_popular_search_recent (last_searched_at, searches)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
