-- Regions above belts (issue 18, decision 0040): province -> city -> county, keyed by the national administrative
-- division code (GB/T 2260). path lists the codes from the province down ('/330000/330700/330782/'), so "every
-- belt under a node" is one indexed prefix match at any depth.
CREATE TABLE region (
    code        VARCHAR(12)  NOT NULL PRIMARY KEY,
    parent_code VARCHAR(12),
    level       VARCHAR(16)  NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    path        VARCHAR(100) NOT NULL,
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_region_path ON region (path);
CREATE INDEX ix_region_parent ON region (parent_code);

-- The belt's node; null only for belts created before regions (or through the API without one): those are
-- reached by platform admins alone.
ALTER TABLE tenant ADD COLUMN region_code VARCHAR(12);
ALTER TABLE tenant ADD CONSTRAINT fk_tenant_region FOREIGN KEY (region_code) REFERENCES region (code);
CREATE INDEX ix_tenant_region ON tenant (region_code);

-- regional_admin is granted on a node, not on a belt: tenant_id stays null, region_code names the node.
ALTER TABLE role_grant ADD COLUMN region_code VARCHAR(12);
ALTER TABLE role_grant ADD CONSTRAINT fk_grant_region FOREIGN KEY (region_code) REFERENCES region (code) ON DELETE CASCADE;

INSERT INTO region (code, parent_code, level, name, name_en, path) VALUES
    ('330000', NULL,     'province', '浙江省',   'Zhejiang',   '/330000/'),
    ('330100', '330000', 'city',     '杭州市',   'Hangzhou',   '/330000/330100/'),
    ('330300', '330000', 'city',     '温州市',   'Wenzhou',    '/330000/330300/'),
    ('330500', '330000', 'city',     '湖州市',   'Huzhou',     '/330000/330500/'),
    ('330502', '330500', 'county',   '吴兴区',   'Wuxing',     '/330000/330500/330502/'),
    ('330600', '330000', 'city',     '绍兴市',   'Shaoxing',   '/330000/330600/'),
    ('330681', '330600', 'county',   '诸暨市',   'Zhuji',      '/330000/330600/330681/'),
    ('330700', '330000', 'city',     '金华市',   'Jinhua',     '/330000/330700/'),
    ('330782', '330700', 'county',   '义乌市',   'Yiwu',       '/330000/330700/330782/'),
    ('330784', '330700', 'county',   '永康市',   'Yongkang',   '/330000/330700/330784/'),
    ('331000', '330000', 'city',     '台州市',   'Taizhou',    '/330000/331000/'),
    ('331003', '331000', 'county',   '黄岩区',   'Huangyan',   '/330000/331000/331003/'),
    ('130000', NULL,     'province', '河北省',   'Hebei',      '/130000/'),
    ('130600', '130000', 'city',     '保定市',   'Baoding',    '/130000/130600/'),
    ('130684', '130600', 'county',   '高碑店市', 'Gaobeidian', '/130000/130600/130684/'),
    ('210000', NULL,     'province', '辽宁省',   'Liaoning',   '/210000/'),
    ('211400', '210000', 'city',     '葫芦岛市', 'Huludao',    '/210000/211400/'),
    ('211481', '211400', 'county',   '兴城市',   'Xingcheng',  '/210000/211400/211481/'),
    ('370000', NULL,     'province', '山东省',   'Shandong',   '/370000/'),
    ('370200', '370000', 'city',     '青岛市',   'Qingdao',    '/370000/370200/'),
    ('370283', '370200', 'county',   '平度市',   'Pingdu',     '/370000/370200/370283/'),
    ('440000', NULL,     'province', '广东省',   'Guangdong',  '/440000/'),
    ('440100', '440000', 'city',     '广州市',   'Guangzhou',  '/440000/440100/'),
    ('440104', '440100', 'county',   '越秀区',   'Yuexiu',     '/440000/440100/440104/'),
    ('440113', '440100', 'county',   '番禺区',   'Panyu',      '/440000/440100/440113/');

-- The demo belts and any belt created under their slugs before regions existed.
UPDATE tenant SET region_code = '330782' WHERE slug = 'yiwu';
UPDATE tenant SET region_code = '330502' WHERE slug = 'zhili';
UPDATE tenant SET region_code = '330681' WHERE slug = 'zhuji';
UPDATE tenant SET region_code = '130684' WHERE slug = 'baigou';
UPDATE tenant SET region_code = '211481' WHERE slug = 'huludao';
UPDATE tenant SET region_code = '370283' WHERE slug = 'pingdu';
UPDATE tenant SET region_code = '440113' WHERE slug = 'panyu';
UPDATE tenant SET region_code = '331000' WHERE slug = 'taizhou';
UPDATE tenant SET region_code = '330300' WHERE slug = 'wenzhou';
UPDATE tenant SET region_code = '370200' WHERE slug = 'qingdao';
