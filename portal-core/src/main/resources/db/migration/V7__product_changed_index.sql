-- The search index's catch-up after a restart asks each tenant which products changed since the index's
-- last commit. Without this index that question read every product row by primary key (190 s for an
-- unchanged catalogue of 1M products); with it the answer is one index range, and only changed rows are read.
CREATE INDEX ix_product_changed ON product (tenant_id, updated_at);
