-- A seller names each product once: the import's duplicate check and concurrent creates are decided
-- by this key (the column's collation makes it case-insensitive).
-- Products of a seller whose draft profile has no kecamatan or scale yet may be prepared; they carry
-- NULL there until the seller fills them in, and are never visible meanwhile.
ALTER TABLE product
    MODIFY kecamatan_id SMALLINT NULL,
    MODIFY seller_scale VARCHAR(8) NULL,
    ADD CONSTRAINT uq_product_seller_name UNIQUE (seller_id, name);
