-- The catalogue console (issue 16, decision 0032).
-- A supplier's own code (its number in the belt's register, or the one an integrator uses): optional,
-- unique in its belt, so an import row can name its supplier without knowing the portal's numeric id.
ALTER TABLE supplier ADD COLUMN code VARCHAR(64);
CREATE UNIQUE INDEX uq_supplier_code ON supplier (tenant_id, code);

-- "Products without images" is a console filter and a to-do on the belt's home. A generated column keeps
-- it true however a row is written (the mappers, the bench generator), and its index makes the filter a
-- range instead of a read of every product's image list. "[]" is how the mappers store no images.
ALTER TABLE product ADD COLUMN has_images BOOLEAN GENERATED ALWAYS AS (COALESCE(CHAR_LENGTH(images), 0) > 2);
CREATE INDEX ix_product_images ON product (tenant_id, has_images, id);

-- The admin list filters by category (with its subcategories), newest first by id.
CREATE INDEX ix_product_category ON product (tenant_id, category_id, id);

-- Supplier list filters: verified and credit rating, in id order.
CREATE INDEX ix_supplier_verified ON supplier (tenant_id, verified, id);
CREATE INDEX ix_supplier_rating ON supplier (tenant_id, credit_rating, id);
