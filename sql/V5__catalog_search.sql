-- The public catalogue at city scale (a million products): full-text search, browse orders served by
-- indexes, facet counts from one covering index, and the vocabulary the typo suggestion picks from.
-- InnoDB indexes words of 3 characters or more (innodb_ft_min_token_size) with its built-in English
-- stopword list; the catalogue's query builder drops shorter words and those stopwords itself.

-- One FULLTEXT index per ALTER: InnoDB builds them one at a time.
ALTER TABLE product ADD FULLTEXT INDEX ft_product_name (name);
ALTER TABLE product ADD FULLTEXT INDEX ft_product_name_description (name, description);

-- Browse without words: every sort walks an index instead of sorting the visible rows.
CREATE INDEX ix_product_visible_price ON product (visible, price_rupiah);
CREATE INDEX ix_product_visible_category_new ON product (visible, category_id, published_at);
CREATE INDEX ix_product_visible_kecamatan_new ON product (visible, kecamatan_id, published_at);
CREATE INDEX ix_product_visible_seller_new ON product (seller_id, visible, published_at);
-- Facet counts (category x kecamatan x scale x price bucket) read this index alone.
CREATE INDEX ix_product_facets ON product (visible, category_id, kecamatan_id, seller_scale, price_rupiah);
-- Queries made only of words shorter than the full-text minimum ("es") match names starting with them.
CREATE INDEX ix_product_visible_name ON product (visible, name(24));

-- Words of product names, for "did you mean": filled in product id order, so catching up reads new rows only.
CREATE TABLE catalog_word (
    word VARCHAR(40) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalog_vocabulary (
    id              TINYINT NOT NULL PRIMARY KEY,
    last_product_id BIGINT  NOT NULL,
    CONSTRAINT ck_catalog_vocabulary_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO catalog_vocabulary (id, last_product_id) VALUES (1, 0);
