package org.beltportal.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the generated catalogues are made of, in the style of the demo belts
 * (portal-core/src/main/resources/demo/belts): per goods family a category tree (top / mid / leaf, or
 * top / leaf), product nouns, materials, selling points and buyer groups, each with an English gloss
 * used for {@code titleEn} and for the English queries. 100 real belt towns are mapped to 30 families,
 * so neighbouring belts share a vocabulary the way Jinjiang, Putian and Wenzhou all make shoes.
 */
final class Vocabulary {

    record Word(String zh, String en) {
    }

    /** A leaf category ({@code path} below the family's top category) and the nouns its products use. */
    record Leaf(String path, List<Word> nouns) {
    }

    record Family(String key, String top, String topEn, String trade, List<String> units, int[] moqs,
                  double priceLo, double priceHi, String materialKey, List<Leaf> leaves, List<Word> materials,
                  List<Word> features, List<Word> audiences) {
    }

    record Place(String slug, String zh, String region, Family family) {
    }

    static final List<Word> SEASONS = words("2026新款=2026 new, 春季=spring, 夏季=summer, 秋冬=autumn winter, "
            + "春夏新款=new spring summer, 四季通用=all season, 秋季新款=new autumn");
    static final List<Word> STYLES = words("韩版=korean style, 欧美风=european style, 复古=vintage, 简约=minimalist, "
            + "休闲=casual, 潮流=trendy, 国潮=guochao, ins风=ins style, 日系=japanese style, 百搭=versatile");
    static final List<Word> TRADE = words("厂家直销=factory direct, 批发=wholesale, 一件代发=dropshipping, 现货=in stock, "
            + "跨境专供=cross-border, 外贸=export, 源头工厂=source factory, 可定制=customizable, 爆款=bestseller, "
            + "72小时发货=ships in 72 hours");
    static final List<String> COLORS = List.of("黑色", "白色", "米白", "卡其", "藏青", "酒红", "浅灰", "粉色", "雾霾蓝",
            "牛油果绿", "多色可选", "混色");
    static final String BRAND_FIRST = "恒鑫永华金宏佳瑞博顺诚嘉联盛新泰辉凯美亿汇天利源丰伟明正宝兴隆润晨";
    static final String BRAND_SECOND = "达源盛美豪发禾祥雅通信创业邦鼎峰晟越鸿福昌辰远驰航宇阳悦尚";

    static final List<Family> FAMILIES = new ArrayList<>();
    static final Map<String, Family> BY_KEY = new LinkedHashMap<>();

    static {
        fam("smallgoods", "日用百货", "daily goods", "日用品", "个,件,套,包", "10,20,50,100,200,500,1000", 0.3, 30, "材质", """
                收纳/收纳盒: 收纳盒=storage box, 整理箱=storage bin, 桌面收纳架=desk organizer
                收纳/衣架: 衣架=hanger, 防滑衣架=non-slip hanger
                雨具/雨伞: 雨伞=umbrella, 折叠伞=folding umbrella, 晴雨伞=sun umbrella
                节庆用品/圣诞用品: 圣诞帽=christmas hat, 圣诞挂件=christmas ornament, 彩灯串=string lights
                节庆用品/气球: 气球=balloon, 铝膜气球=foil balloon, 派对装饰=party decoration
                钥匙扣: 钥匙扣=keychain, 亚克力挂件=acrylic pendant
                清洁用品/海绵擦: 海绵擦=sponge, 百洁布=scouring pad, 拖把=mop
                水杯: 水杯=cup, 保温杯=thermos, 塑料杯=plastic cup""",
                "塑料=plastic, 不锈钢=stainless steel, 亚克力=acrylic, 硅胶=silicone, 木质=wooden, PP=pp, 环保=eco-friendly",
                "可折叠=foldable, 大容量=large capacity, 便携=portable, 创意=creative, 卡通=cartoon, 多功能=multifunctional",
                "家用=household, 学生=students, 办公室=office");
        fam("kids", "童装", "children's wear", "服饰", "件,套,条", "3,5,10,20,30,50", 8, 120, "面料", """
                女童/连衣裙: 连衣裙=dress, 公主裙=princess dress, 背心裙=pinafore dress
                女童/半身裙: 半身裙=skirt, 百褶裙=pleated skirt
                男童/T恤: T恤=t-shirt, 短袖=short sleeve tee, POLO衫=polo shirt
                男童/裤子: 短裤=shorts, 卫裤=sweatpants, 牛仔裤=jeans
                婴童/连体衣: 连体衣=romper, 爬服=crawling suit, 哈衣=bodysuit
                婴童/礼盒: 新生儿礼盒=newborn gift set
                童外套/羽绒服: 羽绒服=down jacket, 羽绒马甲=down vest
                童外套/卫衣: 卫衣=hoodie, 开衫=cardigan
                套装: 套装=outfit set, 两件套=two-piece set""",
                "纯棉=cotton, 莫代尔=modal, 雪纺=chiffon, 针织=knit, 加绒=fleece-lined, 牛仔=denim, 冰丝=ice silk",
                "洋气=stylish, 网红=trendy, 碎花=floral, 卡通印花=cartoon print, 分色分码=assorted sizes, 亲子装=family matching",
                "女童=girls, 男童=boys, 宝宝=baby, 中大童=big kids, 小童=toddler, 儿童=kids");
        fam("bags", "箱包皮具", "bags and luggage", "皮具", "个,只", "2,5,10,20,50,100", 10, 300, "材质", """
                旅行箱/拉杆箱: 拉杆箱=trolley case, 行李箱=luggage, 登机箱=carry-on
                女包/单肩包: 单肩包=shoulder bag, 斜挎包=crossbody bag, 托特包=tote bag
                女包/手提包: 手提包=handbag, 小方包=square bag
                双肩包: 双肩包=backpack, 书包=school bag, 电脑包=laptop bag
                钱包/卡包: 钱包=wallet, 卡包=card holder, 零钱包=coin purse
                男包/公文包: 公文包=briefcase, 胸包=chest bag""",
                "真皮=genuine leather, PU=pu leather, 牛津布=oxford cloth, 帆布=canvas, 尼龙=nylon, ABS=abs, PC=pc",
                "大容量=large capacity, 防水=waterproof, 静音万向轮=spinner wheels, 轻便=lightweight, 时尚=fashion, 小众设计=niche design",
                "女士=women, 男士=men, 学生=students, 商务=business");
        fam("socks", "袜子", "socks", "袜业", "双,打", "10,20,50,100,200", 0.8, 25, "材质", """
                男袜/船袜: 船袜=no-show socks, 隐形袜=invisible socks
                男袜/中筒袜: 中筒袜=crew socks, 商务袜=dress socks
                女袜/丝袜: 丝袜=stockings, 连裤袜=pantyhose, 打底袜=tights
                女袜/短袜: 短袜=ankle socks, 花边袜=lace socks
                童袜: 童袜=kids socks, 宝宝袜=baby socks, 防滑地板袜=floor socks
                运动袜: 运动袜=sports socks, 毛巾底袜=terry socks, 篮球袜=basketball socks""",
                "纯棉=cotton, 精梳棉=combed cotton, 竹纤维=bamboo fiber, 锦纶=nylon, 羊毛=wool, 冰丝=ice silk",
                "吸汗=sweat-absorbing, 防臭=anti-odor, 透气=breathable, 加厚=thickened, 硅胶防滑=silicone grip, 无骨=seamless toe",
                "男士=men, 女士=women, 儿童=kids, 学生=students");
        fam("swim", "泳装", "swimwear", "泳装", "件,套", "2,3,5,10,20", 20, 200, "面料", """
                女士泳衣/连体泳衣: 连体泳衣=one-piece swimsuit, 裙式泳衣=skirted swimsuit
                女士泳衣/比基尼: 比基尼=bikini, 分体泳衣=two-piece swimsuit
                男士泳裤: 泳裤=swim trunks, 沙滩裤=board shorts
                儿童泳衣: 儿童泳衣=kids swimsuit, 防晒泳衣=sun protection swimsuit
                泳具配件/泳帽: 泳帽=swim cap, 泳镜=goggles""",
                "莱卡=lycra, 锦纶=nylon, 速干=quick-dry, 聚酯纤维=polyester",
                "显瘦=slimming, 遮肚=tummy control, 保守=modest, 性感=sexy, 温泉=hot spring, 度假=holiday",
                "女士=women, 男士=men, 儿童=kids, 大码=plus size");
        fam("lashes", "美妆工具", "beauty tools", "美妆", "盒,对,套", "10,20,50,100", 1, 60, "材质", """
                假睫毛/自然款: 假睫毛=false eyelashes, 仿真睫毛=natural lashes
                假睫毛/浓密款: 浓密假睫毛=volume lashes, 3D假睫毛=3d lashes
                嫁接睫毛: 嫁接睫毛=lash extensions, 单簇睫毛=individual lashes
                睫毛工具/睫毛胶: 睫毛胶=lash glue, 睫毛夹=eyelash curler
                美甲/穿戴甲: 穿戴甲=press-on nails, 美甲贴=nail stickers""",
                "貂毛=mink, 仿貂毛=faux mink, 化纤=synthetic fiber, 真丝=silk",
                "自然=natural, 浓密=dense, 磁吸=magnetic, 可重复使用=reusable, 手工=handmade, 跨境=cross-border",
                "女士=women, 新手=beginners, 美容院=salon");
        fam("acg", "动漫周边", "anime merchandise", "文创", "个,套", "5,10,20,50,100", 2, 200, "材质", """
                手办/模型: 手办=figure, 模型=model, 盲盒=blind box
                徽章/吧唧: 吧唧=badge, 徽章=pin badge, 马口铁徽章=tinplate badge
                亚克力/立牌: 亚克力立牌=acrylic stand, 镭射票=laser ticket
                毛绒/玩偶: 毛绒玩偶=plush doll, 棉花娃娃=cotton doll
                cos服: cos服=cosplay costume, 动漫假发=cosplay wig""",
                "亚克力=acrylic, PVC=pvc, 马口铁=tinplate, 毛绒=plush, 树脂=resin",
                "二次元=anime, 原创=original, 限定=limited, 定制=custom, 周边=merch, 同人=fan-made",
                "学生=students, 动漫迷=anime fans");
        fam("gloves", "劳保手套", "work gloves", "塑胶制品", "双,盒,箱", "100,200,500,1000", 0.2, 20, "材质", """
                一次性手套/PVC手套: PVC手套=pvc gloves, 一次性手套=disposable gloves
                一次性手套/丁腈手套: 丁腈手套=nitrile gloves, 乳胶手套=latex gloves
                劳保手套/浸胶手套: 浸胶手套=coated gloves, 耐磨手套=wear-resistant gloves
                家务手套: 洗碗手套=dishwashing gloves, 硅胶手套=silicone gloves
                塑料制品/保鲜膜: 保鲜膜=cling film, 保鲜袋=food bag""",
                "PVC=pvc, 丁腈=nitrile, 乳胶=latex, 硅胶=silicone, TPE=tpe, 食品级=food grade",
                "加厚=thickened, 防滑=non-slip, 耐油=oil-resistant, 无粉=powder-free, 防水=waterproof, 耐用=durable",
                "厨房=kitchen, 医用=medical, 工业=industrial, 家用=household");
        fam("shoes", "鞋靴", "shoes", "鞋业", "双", "6,12,24,30,60", 15, 260, "材质", """
                运动鞋/跑步鞋: 跑步鞋=running shoes, 运动鞋=sneakers, 老爹鞋=chunky sneakers
                运动鞋/板鞋: 板鞋=skate shoes, 小白鞋=white sneakers
                皮鞋/男士皮鞋: 皮鞋=leather shoes, 商务皮鞋=dress shoes, 乐福鞋=loafers
                女鞋/单鞋: 单鞋=flats, 高跟鞋=high heels, 玛丽珍鞋=mary jane shoes
                凉拖鞋/拖鞋: 拖鞋=slippers, 凉鞋=sandals, 洞洞鞋=clogs
                靴子: 马丁靴=martin boots, 雪地靴=snow boots""",
                "真皮=genuine leather, 飞织=flyknit, 网面=mesh, EVA=eva, 橡胶底=rubber sole, 牛皮=cowhide",
                "透气=breathable, 防滑=non-slip, 轻便=lightweight, 软底=soft sole, 增高=height increasing, 减震=shock absorbing",
                "男士=men, 女士=women, 情侣=couples, 学生=students, 儿童=kids");
        fam("wigs", "假发", "wigs", "发制品", "顶,个,束", "1,2,5,10,20", 15, 900, "材质", """
                女士假发/长直发: 长直发=long straight wig, 假发套=full wig
                女士假发/卷发: 卷发=curly wig, 大波浪=body wave wig
                发片/接发: 接发片=hair extensions, 刘海片=clip-in bangs
                男士假发: 男士发块=men's toupee, 补发块=hair patch
                蕾丝头套: 蕾丝头套=lace front wig, 头套=wig cap""",
                "真人发=human hair, 化纤丝=synthetic, 高温丝=heat-resistant fiber, 蕾丝=lace, 巴西发=brazilian hair",
                "自然=natural, 逼真=realistic, 蓬松=fluffy, 透气=breathable, 跨境=cross-border, 非洲=african",
                "女士=women, 男士=men");
        fam("womens", "女装", "women's fashion", "服饰", "件,条,套", "2,3,5,10,20", 20, 400, "面料", """
                上衣/衬衫: 衬衫=shirt, 雪纺衫=chiffon blouse
                上衣/T恤: T恤=t-shirt, 吊带=camisole, 打底衫=base layer top
                连衣裙/长裙: 连衣裙=dress, 长裙=maxi dress, 碎花裙=floral dress
                裤装/阔腿裤: 阔腿裤=wide-leg pants, 休闲裤=casual pants, 西装裤=suit pants
                外套/西装: 西装外套=blazer, 风衣=trench coat, 大衣=overcoat
                套装: 套装=suit set, 两件套=two-piece set
                半身裙: 半身裙=skirt, A字裙=a-line skirt""",
                "雪纺=chiffon, 真丝=silk, 棉麻=cotton linen, 针织=knit, 羊毛=wool, 醋酸=acetate, 牛仔=denim",
                "显瘦=slimming, 气质=elegant, 法式=french style, 收腰=waisted, 宽松=loose, 通勤=commuter, 高级感=premium",
                "女士=women, 大码=plus size, 中老年=middle-aged, 少女=young women");
        fam("knit", "针织毛衫", "knitwear", "毛织", "件", "2,3,5,10,30", 30, 500, "材质", """
                毛衣/套头毛衣: 毛衣=sweater, 套头衫=pullover, 高领毛衣=turtleneck
                毛衣/开衫: 开衫=cardigan, 针织外套=knit jacket
                羊绒制品/羊绒衫: 羊绒衫=cashmere sweater, 羊绒大衣=cashmere coat
                羊绒制品/围巾: 围巾=scarf, 披肩=shawl
                针织配件: 针织帽=knit hat, 针织手套=knit gloves""",
                "羊毛=wool, 羊绒=cashmere, 马海毛=mohair, 纯羊毛=pure wool, 腈纶=acrylic, 羊驼毛=alpaca",
                "加厚=thickened, 保暖=warm, 慵懒风=lazy style, 百搭=versatile, 软糯=soft, 无缝=seamless",
                "女士=women, 男士=men, 中老年=middle-aged");
        fam("hardware", "五金工具", "hardware and tools", "五金", "把,套,个,台", "1,5,10,20,50,100", 2, 600, "材质", """
                手动工具/扳手: 扳手=wrench, 套筒扳手=socket wrench, 活动扳手=adjustable wrench
                手动工具/钳子: 钳子=pliers, 老虎钳=lineman pliers, 尖嘴钳=needle nose pliers
                电动工具/电钻: 电钻=electric drill, 冲击钻=impact drill, 锂电钻=cordless drill
                电动工具/角磨机: 角磨机=angle grinder, 切割机=cutting machine
                刀具/菜刀: 菜刀=kitchen knife, 水果刀=fruit knife, 刀具套装=knife set
                锁具: 门锁=door lock, 挂锁=padlock, 指纹锁=fingerprint lock""",
                "铬钒钢=chrome vanadium steel, 不锈钢=stainless steel, 碳钢=carbon steel, 锂电=lithium, 锌合金=zinc alloy",
                "多功能=multifunctional, 工业级=industrial grade, 无刷=brushless, 充电式=rechargeable, 省力=labor-saving, 家用=household",
                "专业=professional, 电工=electrician, 家用=home");
        fam("appliances", "小家电", "small appliances", "电器", "台,个", "1,2,5,10,20,50", 15, 800, "材质", """
                厨房电器/电饭煲: 电饭煲=rice cooker, 电压力锅=pressure cooker
                厨房电器/榨汁机: 榨汁机=juicer, 破壁机=blender, 料理机=food processor
                厨房电器/电热水壶: 电热水壶=electric kettle, 养生壶=health pot
                生活电器/电风扇: 电风扇=electric fan, 落地扇=floor fan, 小风扇=mini fan
                生活电器/取暖器: 取暖器=heater, 暖风机=fan heater
                个护电器/吹风机: 吹风机=hair dryer, 卷发棒=curling iron, 直发器=hair straightener""",
                "不锈钢=stainless steel, 304不锈钢=304 stainless steel, 塑料=plastic, 陶瓷=ceramic, 玻璃=glass",
                "智能=smart, 静音=silent, 便携=portable, USB充电=usb rechargeable, 大功率=high power, 迷你=mini",
                "家用=home, 宿舍=dorm, 办公室=office");
        fam("lighting", "灯饰照明", "lighting", "照明", "盏,个,套", "1,2,5,10,20,50", 5, 2000, "材质", """
                室内灯/吊灯: 吊灯=pendant light, 水晶吊灯=crystal chandelier
                室内灯/吸顶灯: 吸顶灯=ceiling light, 客厅灯=living room light
                台灯/落地灯: 台灯=table lamp, 落地灯=floor lamp, 护眼台灯=desk lamp
                户外灯/太阳能灯: 太阳能灯=solar light, 庭院灯=garden light, 路灯=street light
                LED灯/灯带: 灯带=led strip, 灯串=string lights, 球泡灯=led bulb""",
                "LED=led, 铁艺=wrought iron, 水晶=crystal, 黄铜=brass, 亚克力=acrylic, 全铜=all copper",
                "北欧=nordic, 轻奢=light luxury, 现代简约=modern minimalist, 遥控=remote control, 防水=waterproof, 调光=dimmable",
                "客厅=living room, 卧室=bedroom, 酒店=hotel, 工程=project");
        fam("toys", "玩具", "toys", "玩具", "个,套,盒", "6,12,24,36,48,100", 2, 300, "材质", """
                益智玩具/积木: 积木=building blocks, 拼图=puzzle, 磁力片=magnetic tiles
                益智玩具/教具: 早教玩具=educational toy, 蒙氏教具=montessori toy
                遥控玩具/遥控车: 遥控车=rc car, 遥控飞机=rc plane, 无人机=drone
                毛绒玩具: 毛绒玩具=plush toy, 公仔=stuffed doll
                户外玩具/泡泡机: 泡泡机=bubble machine, 水枪=water gun, 风筝=kite
                童车/滑板车: 滑板车=scooter, 平衡车=balance bike, 童车=kids bike""",
                "ABS=abs, 木制=wooden, 塑料=plastic, 毛绒=plush, 硅胶=silicone",
                "益智=educational, 网红=viral, 电动=electric, 发光=light-up, 亲子互动=parent-child, 创意=creative",
                "宝宝=baby, 男孩=boys, 女孩=girls, 儿童=kids");
        fam("hometextile", "家纺", "home textiles", "家纺", "套,条,件", "1,2,5,10,20,50", 10, 900, "面料", """
                床上用品/四件套: 四件套=bedding set, 床单=bed sheet, 被套=duvet cover
                床上用品/被子: 被子=quilt, 羽绒被=down duvet, 夏凉被=summer quilt
                枕头: 枕头=pillow, 乳胶枕=latex pillow, 记忆枕=memory foam pillow
                毛巾浴巾: 毛巾=towel, 浴巾=bath towel
                窗帘布艺/窗帘: 窗帘=curtain, 遮光窗帘=blackout curtain
                毯子: 毛毯=blanket, 法兰绒毯=flannel blanket""",
                "纯棉=cotton, 长绒棉=long-staple cotton, 天丝=tencel, 磨毛=brushed, 真丝=silk, 珊瑚绒=coral fleece",
                "全棉=all cotton, 亲肤=skin-friendly, 简约=simple, 北欧风=nordic style, 加厚=thickened, 酒店风=hotel style",
                "学生宿舍=dorm, 儿童=kids, 婚庆=wedding");
        fam("ceramics", "陶瓷", "ceramics", "陶瓷", "个,套,件", "10,20,50,100", 2, 500, "材质", """
                餐具/碗盘: 碗=bowl, 盘子=plate, 餐具套装=dinnerware set
                茶具/茶杯: 茶杯=tea cup, 功夫茶具=kung fu tea set, 盖碗=gaiwan
                茶具/茶壶: 茶壶=teapot, 公道杯=fair cup
                花瓶摆件: 花瓶=vase, 陶瓷摆件=ceramic ornament
                马克杯: 马克杯=mug, 咖啡杯=coffee cup""",
                "白瓷=white porcelain, 骨瓷=bone china, 青瓷=celadon, 粗陶=stoneware, 釉下彩=underglaze, 手绘=hand-painted",
                "日式=japanese style, 中式=chinese style, 高颜值=pretty, 礼品=gift, 可定制logo=custom logo, 家用=household",
                "酒店=hotel, 家用=home, 礼品=gift");
        fam("furniture", "家具", "furniture", "家具", "张,套,把,个", "1,2,5,10", 50, 6000, "材质", """
                客厅家具/沙发: 沙发=sofa, 布艺沙发=fabric sofa, 真皮沙发=leather sofa
                客厅家具/茶几: 茶几=coffee table, 电视柜=tv cabinet
                卧室家具/床: 床=bed, 实木床=solid wood bed, 儿童床=kids bed
                卧室家具/衣柜: 衣柜=wardrobe, 床头柜=nightstand
                办公家具/办公椅: 办公椅=office chair, 电竞椅=gaming chair, 人体工学椅=ergonomic chair
                餐桌椅: 餐桌=dining table, 餐椅=dining chair""",
                "实木=solid wood, 橡木=oak, 松木=pine, 岩板=sintered stone, 皮质=leather, 布艺=fabric",
                "北欧=nordic, 现代简约=modern minimalist, 轻奢=light luxury, 可折叠=foldable, 小户型=small apartment, 新中式=new chinese style",
                "家用=home, 办公=office, 酒店=hotel");
        fam("eyewear", "眼镜", "eyewear", "眼镜", "副,个", "5,10,20,50,100", 3, 300, "材质", """
                镜架/近视镜架: 眼镜框=eyeglass frame, 近视眼镜=myopia glasses
                镜架/防蓝光: 防蓝光眼镜=blue light glasses, 平光镜=plain glasses
                太阳镜: 太阳镜=sunglasses, 墨镜=shades, 偏光镜=polarized sunglasses
                老花镜: 老花镜=reading glasses
                镜片: 树脂镜片=resin lens, 镜片=lens""",
                "纯钛=pure titanium, TR90=tr90, 板材=acetate, 金属=metal, 合金=alloy",
                "超轻=ultralight, 复古=vintage, 偏光=polarized, 防紫外线=uv protection, 大框=oversized, 时尚=fashion",
                "男士=men, 女士=women, 学生=students, 儿童=kids");
        fam("hanfu", "汉服", "hanfu", "汉服", "套,件", "1,2,3,5,10", 40, 600, "面料", """
                女款汉服/襦裙: 齐胸襦裙=chest-high ruqun, 襦裙=ruqun, 马面裙=mamian skirt
                女款汉服/褙子: 褙子=beizi, 宋制汉服=song style hanfu
                男款汉服: 圆领袍=round collar robe, 直裰=zhiduo robe
                儿童汉服: 儿童汉服=kids hanfu, 古装=ancient costume
                汉服配饰/发簪: 发簪=hairpin, 步摇=buyao hairpin""",
                "织金=gold brocade, 刺绣=embroidered, 妆花=zhuanghua brocade, 雪纺=chiffon, 真丝=silk",
                "国风=chinese style, 古风=ancient style, 明制=ming style, 日常=daily, 改良=modern, 仙气=fairy",
                "女士=women, 男士=men, 儿童=kids, 学生=students");
        fam("denim", "牛仔服装", "denim", "制衣", "条,件", "5,10,20,50", 20, 200, "面料", """
                牛仔裤/直筒裤: 牛仔裤=jeans, 直筒裤=straight jeans
                牛仔裤/阔腿裤: 阔腿牛仔裤=wide-leg jeans, 喇叭裤=flare jeans
                牛仔外套: 牛仔外套=denim jacket, 牛仔衬衫=denim shirt
                牛仔短裤: 牛仔短裤=denim shorts, 牛仔裙=denim skirt""",
                "弹力=stretch, 纯棉=cotton, 水洗=washed, 破洞=ripped",
                "高腰=high waist, 显瘦=slimming, 宽松=loose, 复古=vintage, 修身=slim fit, 九分=cropped",
                "男士=men, 女士=women, 大码=plus size");
        fam("underwear", "内衣", "underwear", "内衣", "件,套,条", "3,5,10,20,50", 5, 150, "面料", """
                文胸/无钢圈文胸: 文胸=bra, 无钢圈文胸=wireless bra, 运动内衣=sports bra
                内裤/女士内裤: 内裤=panties, 三角裤=briefs, 平角裤=boxers
                家居服/睡衣: 睡衣=pajamas, 睡裙=nightgown, 家居服=loungewear
                保暖内衣: 保暖内衣=thermal underwear, 秋衣秋裤=long johns""",
                "纯棉=cotton, 莫代尔=modal, 冰丝=ice silk, 蕾丝=lace, 乳胶=latex, 无痕=seamless",
                "聚拢=push-up, 舒适=comfortable, 透气=breathable, 抗菌=antibacterial, 大码=plus size, 少女=girly",
                "女士=women, 男士=men, 情侣=couples");
        fam("kitchen", "厨具", "kitchenware", "不锈钢制品", "个,套,口", "5,10,20,50,100", 3, 400, "材质", """
                锅具/炒锅: 炒锅=wok, 不粘锅=non-stick pan, 平底锅=frying pan
                锅具/汤锅: 汤锅=stock pot, 蒸锅=steamer pot
                餐具/刀叉: 刀叉=cutlery, 筷子=chopsticks, 勺子=spoon
                保温杯壶: 保温杯=thermos, 保温壶=vacuum flask, 焖烧杯=food jar
                厨房收纳: 沥水架=dish rack, 调料盒=spice box""",
                "304不锈钢=304 stainless steel, 316不锈钢=316 stainless steel, 铸铁=cast iron, 麦饭石=maifan stone, 铝合金=aluminum alloy",
                "不粘=non-stick, 加厚=thickened, 商用=commercial, 电磁炉通用=induction compatible, 无涂层=uncoated, 家用=household",
                "家用=home, 酒店=hotel, 餐厅=restaurant");
        fam("jewelry", "饰品配件", "jewelry and accessories", "饰品", "个,对,条,件", "10,20,50,100,200", 0.5, 200, "材质", """
                耳饰/耳环: 耳环=earrings, 耳钉=stud earrings, 耳夹=ear clips
                项链吊坠: 项链=necklace, 吊坠=pendant, 锁骨链=choker
                发饰/发夹: 发夹=hair clip, 抓夹=claw clip, 发圈=scrunchie
                手饰/手链: 手链=bracelet, 戒指=ring, 手镯=bangle
                珍珠饰品: 珍珠项链=pearl necklace, 珍珠耳环=pearl earrings
                领带围巾: 领带=tie, 丝巾=silk scarf""",
                "925银=925 silver, 钛钢=titanium steel, 合金=alloy, 淡水珍珠=freshwater pearl, 锆石=zircon, 醋酸=acetate",
                "气质=elegant, 小众=niche, 高级感=premium, 不掉色=non-fading, 韩式=korean style, 网红=trendy",
                "女士=women, 男士=men, 少女=girls");
        fam("stationery", "文具办公", "stationery", "文具", "支,盒,本,个", "12,24,50,100,500", 0.3, 80, "材质", """
                书写工具/中性笔: 中性笔=gel pen, 圆珠笔=ballpoint pen, 签字笔=signing pen
                书写工具/马克笔: 马克笔=marker, 荧光笔=highlighter
                本册/笔记本: 笔记本=notebook, 活页本=loose-leaf notebook, 手账本=journal
                学生用品/文具盒: 文具盒=pencil case, 笔袋=pen bag
                办公用品: 订书机=stapler, 文件夹=file folder""",
                "塑料=plastic, 金属=metal, 牛皮纸=kraft paper, PU=pu leather",
                "速干=quick-dry, 大容量=large capacity, 可爱=cute, 简约=simple, 可定制logo=custom logo, 学生=student",
                "学生=students, 办公=office, 儿童=kids");
        fam("sanitary", "卫浴洁具", "bathroom fixtures", "卫浴", "套,个", "1,5,10,20,50", 10, 2000, "材质", """
                水龙头: 水龙头=faucet, 面盆龙头=basin faucet, 厨房龙头=kitchen faucet
                花洒/淋浴: 花洒=shower head, 淋浴套装=shower set
                卫浴五金/地漏: 地漏=floor drain, 毛巾架=towel rack
                马桶: 马桶=toilet, 智能马桶=smart toilet
                浴室柜: 浴室柜=bathroom cabinet, 镜柜=mirror cabinet""",
                "全铜=all copper, 304不锈钢=304 stainless steel, 陶瓷=ceramic, 枪灰=gunmetal, 太空铝=space aluminum",
                "增压=pressurized, 恒温=thermostatic, 防臭=anti-odor, 冷热=hot and cold, 轻奢=light luxury, 工程=project",
                "家用=home, 酒店=hotel, 工程=project");
        fam("fabric", "纺织面料", "textile fabrics", "纺织", "米,码,公斤", "50,100,300,500,1000", 2, 80, "成分", """
                化纤面料/雪纺: 雪纺面料=chiffon fabric, 涤纶布=polyester fabric
                化纤面料/春亚纺: 春亚纺=pongee, 牛津布=oxford fabric
                棉麻面料: 棉布=cotton fabric, 亚麻布=linen fabric
                丝绸面料: 真丝面料=silk fabric, 桑蚕丝=mulberry silk
                针织面料: 针织布=knit fabric, 罗纹布=rib fabric""",
                "涤纶=polyester, 全棉=cotton, 桑蚕丝=mulberry silk, 氨纶=spandex, 锦纶=nylon",
                "印花=printed, 弹力=stretch, 阻燃=flame retardant, 防水=waterproof, 现货=in stock, 可定染=custom dyed",
                "服装=apparel, 家纺=home textile, 箱包=bags");
        fam("autoparts", "汽车配件", "auto parts", "汽配", "个,套,只", "5,10,20,50,100", 5, 1500, "材质", """
                汽车电子/行车记录仪: 行车记录仪=dash cam, 车载充电器=car charger
                汽车内饰/座垫: 汽车座垫=car seat cushion, 脚垫=floor mats
                汽车外饰/雨刮: 雨刮器=wiper blade, 车贴=car sticker
                汽修配件/刹车片: 刹车片=brake pads, 火花塞=spark plug, 滤清器=filter""",
                "陶瓷=ceramic, 皮革=leather, 硅胶=silicone, 合金=alloy",
                "通用=universal, 专车专用=vehicle specific, 高清=hd, 四季通用=all season, 原厂=oem, 耐磨=wear-resistant",
                "轿车=sedan, SUV=suv, 货车=truck");
        fam("fitness", "运动健身", "sports and fitness", "体育用品", "个,套,台", "1,2,5,10,20,50", 5, 3000, "材质", """
                健身器材/哑铃: 哑铃=dumbbell, 杠铃=barbell, 壶铃=kettlebell
                健身器材/跑步机: 跑步机=treadmill, 动感单车=spin bike
                瑜伽用品: 瑜伽垫=yoga mat, 瑜伽球=yoga ball, 弹力带=resistance band
                球类/篮球: 篮球=basketball, 足球=football
                户外用品/帐篷: 帐篷=tent, 露营椅=camping chair""",
                "铸铁=cast iron, 包胶=rubber coated, TPE=tpe, PU=pu, 碳纤维=carbon fiber",
                "可调节=adjustable, 折叠=foldable, 静音=silent, 防滑=non-slip, 加厚=thickened, 家用=home",
                "男士=men, 女士=women, 健身房=gym, 学生=students");
    }

    /** 100 belt towns; the first entries are the largest catalogues (see {@link CatalogGenerator}). */
    static final List<Place> PLACES = places("""
            yiwu 义乌 浙江省金华市 smallgoods
            zhili 织里 浙江省湖州市 kids
            baigou 白沟 河北省保定市 bags
            zhuji 诸暨 浙江省绍兴市 socks
            shisanhang 十三行 广东省广州市 womens
            jinjiang 晋江 福建省泉州市 shoes
            huludao 葫芦岛 辽宁省葫芦岛市 swim
            pingdu 平度 山东省青岛市 lashes
            panyu 番禺 广东省广州市 acg
            taizhou 台州 浙江省台州市 gloves
            wenzhou 温州 浙江省温州市 shoes
            qingdao 青岛 山东省青岛市 wigs
            putian 莆田 福建省莆田市 shoes
            humen 虎门 广东省东莞市 womens
            changshu 常熟 江苏省苏州市 womens
            puyuan 濮院 浙江省嘉兴市 knit
            dalang 大朗 广东省东莞市 knit
            qinghe 清河 河北省邢台市 knit
            yongkang 永康 浙江省金华市 hardware
            yangjiang 阳江 广东省阳江市 hardware
            cixi 慈溪 浙江省宁波市 appliances
            shunde 顺德 广东省佛山市 appliances
            guzhen 古镇 广东省中山市 lighting
            chenghai 澄海 广东省汕头市 toys
            yongjia 永嘉 浙江省温州市 toys
            nantong 南通 江苏省南通市 hometextile
            dieshiqiao 叠石桥 江苏省南通市 hometextile
            dehua 德化 福建省泉州市 ceramics
            jingdezhen 景德镇 江西省景德镇市 ceramics
            nankang 南康 江西省赣州市 furniture
            anji 安吉 浙江省湖州市 furniture
            danyang 丹阳 江苏省镇江市 eyewear
            caoxian 曹县 山东省菏泽市 hanfu
            shiling 狮岭 广东省广州市 bags
            pinghu 平湖 浙江省嘉兴市 bags
            xuchang 许昌 河南省许昌市 wigs
            linyi 临沂 山东省临沂市 smallgoods
            haining 海宁 浙江省嘉兴市 hometextile
            tongxiang 桐乡 浙江省嘉兴市 knit
            xintang 新塘 广东省广州市 denim
            gurao 谷饶 广东省汕头市 underwear
            puning 普宁 广东省揭阳市 underwear
            chaozhou 潮州 广东省潮州市 ceramics
            foshan 佛山 广东省佛山市 ceramics
            shishi 石狮 福建省泉州市 womens
            jieyang 揭阳 广东省揭阳市 kitchen
            caitang 彩塘 广东省潮州市 kitchen
            yuyao 余姚 浙江省宁波市 appliances
            leqing 乐清 浙江省温州市 hardware
            ruian 瑞安 浙江省温州市 autoparts
            shengzhou 嵊州 浙江省绍兴市 jewelry
            shanxiahu 山下湖 浙江省绍兴市 jewelry
            fenshui 分水 浙江省杭州市 stationery
            ninghai 宁海 浙江省宁波市 stationery
            anping 安平 河北省衡水市 hardware
            pingxiang 平乡 河北省邢台市 toys
            ningjin 宁津 山东省德州市 fitness
            weifang 潍坊 山东省潍坊市 toys
            quanzhou 泉州 福建省泉州市 shoes
            xinhui 新会 广东省江门市 kitchen
            kaiping 开平 广东省江门市 sanitary
            nanan 南安 福建省泉州市 sanitary
            wenling 温岭 浙江省台州市 shoes
            sijiqing 四季青 浙江省杭州市 womens
            wuyi 武义 浙江省金华市 kitchen
            keqiao 柯桥 浙江省绍兴市 fabric
            shengze 盛泽 江苏省苏州市 fabric
            yangzhou 扬州 江苏省扬州市 toys
            shaodong 邵东 湖南省邵阳市 smallgoods
            anxi 安溪 福建省泉州市 furniture
            gaobeidian 高碑店 河北省保定市 bags
            rongcheng 容城 河北省保定市 womens
            yunhe 云和 浙江省丽水市 toys
            jiashan 嘉善 浙江省嘉兴市 furniture
            changxing 长兴 浙江省湖州市 fabric
            huaqiangbei 华强北 广东省深圳市 appliances
            dongyang 东阳 浙江省金华市 furniture
            xianyou 仙游 福建省莆田市 furniture
            jinyun 缙云 浙江省丽水市 hardware
            xiqiao 西樵 广东省佛山市 fabric
            lecong 乐从 广东省佛山市 furniture
            xiaolan 小榄 广东省中山市 hardware
            houjie 厚街 广东省东莞市 shoes
            baiyun 白云 广东省广州市 lashes
            xiamen 厦门 福建省厦门市 fitness
            fenghua 奉化 浙江省宁波市 womens
            jiangyin 江阴 江苏省无锡市 fabric
            changle 长乐 福建省福州市 fabric
            chaonan 潮南 广东省汕头市 underwear
            lanxi 兰溪 浙江省金华市 hometextile
            zhangqiu 章丘 山东省济南市 kitchen
            dingzhou 定州 河北省保定市 fitness
            xinji 辛集 河北省石家庄市 bags
            lixian 蠡县 河北省保定市 knit
            gaoyang 高阳 河北省保定市 hometextile
            cangnan 苍南 浙江省温州市 stationery
            longgang 龙港 浙江省温州市 stationery
            qiaotou 桥头 浙江省温州市 jewelry
            pujiang 浦江 浙江省金华市 jewelry
            yuhuan 玉环 浙江省台州市 sanitary""");

    private Vocabulary() {
    }

    private static void fam(String key, String top, String topEn, String trade, String units, String moqs, double lo,
                            double hi, String materialKey, String leaves, String materials, String features,
                            String audiences) {
        List<Leaf> parsed = new ArrayList<>();
        for (String line : leaves.strip().split("\n")) {
            String[] parts = line.strip().split(":", 2);
            parsed.add(new Leaf(parts[0].strip(), words(parts[1])));
        }
        int[] moqList = java.util.Arrays.stream(moqs.split(",")).mapToInt(Integer::parseInt).toArray();
        Family family = new Family(key, top, topEn, trade, List.of(units.split(",")), moqList, lo, hi, materialKey,
                List.copyOf(parsed), words(materials), words(features), words(audiences));
        FAMILIES.add(family);
        BY_KEY.put(key, family);
    }

    static List<Word> words(String list) {
        List<Word> words = new ArrayList<>();
        for (String item : list.split(",")) {
            String[] pair = item.strip().split("=", 2);
            words.add(new Word(pair[0].strip(), pair[1].strip()));
        }
        return List.copyOf(words);
    }

    private static List<Place> places(String table) {
        List<Place> places = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] cols = line.strip().split("\\s+");
            Family family = BY_KEY.get(cols[3]);
            if (family == null) {
                throw new IllegalStateException("unknown family " + cols[3]);
            }
            places.add(new Place(cols[0], cols[1], cols[2], family));
        }
        return List.copyOf(places);
    }
}
