-- English is English (issue 19 item 5, decision 0046): the fields English pages show that had no English twin.
-- Each is optional; a page falls back to the Chinese value of that one field when its English is missing.
ALTER TABLE category ADD COLUMN name_en VARCHAR(60);
ALTER TABLE product ADD COLUMN unit_en VARCHAR(16);
ALTER TABLE campaign ADD COLUMN name_en VARCHAR(200);
ALTER TABLE campaign ADD COLUMN banner_text_en VARCHAR(500);

-- Where the buyer orders (issue 19 item 7): the supplier's shop and the product's listing on the marketplaces
-- they already sell on. Optional http(s) URLs, checked like image URLs (MarketplaceUrls), at most 500 characters.
ALTER TABLE supplier ADD COLUMN shop_url VARCHAR(500);
ALTER TABLE product ADD COLUMN listing_url VARCHAR(500);
