-- The console's product search by SKU or title (issue 16, decision 0039). A LIKE '%...%' cannot use an
-- index, so it read every row of the belt, descriptions and image lists included: 1.2 s for a rare word on
-- a 200,000-product belt. The search index holds active products only, and the console must find inactive
-- ones too, so the lookup stays in the database but reads a narrow index instead of the rows:
-- * sku_key and title_key are the SKU and title in lower case with a binary collation (the /*! */ part, which
--   MySQL and MariaDB read and H2 skips), so LIKE compares bytes instead of applying unicode_ci to each
--   character; the query is lowered the same way, which keeps "sku" finding "SKU-1".
-- * ix_product_text holds them with every other filter of the admin list (status, supplier, category, images)
--   in id order, so a text search with any filter is read from this index alone, newest first, and only the
--   rows of the page shown are fetched.
ALTER TABLE product ADD COLUMN sku_key VARCHAR(64) /*!CHARACTER SET utf8mb4 COLLATE utf8mb4_bin*/ GENERATED ALWAYS AS (LOWER(sku));
ALTER TABLE product ADD COLUMN title_key VARCHAR(200) /*!CHARACTER SET utf8mb4 COLLATE utf8mb4_bin*/ GENERATED ALWAYS AS (LOWER(title));
CREATE INDEX ix_product_text ON product (tenant_id, id, status, supplier_id, category_id, has_images, sku_key, title_key);
